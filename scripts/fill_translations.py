"""Fill unfinished entries of the .ts catalogues from a JSON file of translations.

    python scripts/fill_translations.py translations.json
    # {"&Edit": {"tr": "Dü&zen", "ru": "&Правка", ...}, ...}   (keys: source texts;
    #  an optional "Context|Source" key limits an entry to one context)

Then run scripts/update_translations.sh to build the .qm files. Prints what is still
unfinished, per language.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET  # our own catalogues, not untrusted input
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGS = ("tr", "ru", "kk", "ro", "vi")


def fill(mapping: dict[str, dict[str, str]]) -> int:
    missing = 0
    for lang in LANGS:
        path = ROOT / f"plandesk_{lang}.ts"
        tree = ET.parse(path)
        left = []
        for context in tree.getroot().iter("context"):
            ctx = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                tr = message.find("translation")
                if tr is None or tr.get("type") != "unfinished":
                    continue
                entry = mapping.get(f"{ctx}|{source}") or mapping.get(source)
                text = entry.get(lang) if entry else None
                if text:
                    tr.text = text
                    del tr.attrib["type"]
                else:
                    left.append(f"{ctx}: {source!r}")
        ET.indent(tree, space="    ")
        with path.open("wb") as fh:
            fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(fh, encoding="utf-8", xml_declaration=False)
        for line in left:
            print(f"{lang}: unfinished {line}")
        missing += len(left)
    return missing


if __name__ == "__main__":
    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    sys.exit(1 if fill(data) else 0)
