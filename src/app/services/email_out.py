"""``Prepare e-mail``: a ready .eml with the return files attached (PlanDesk never sends)."""

from __future__ import annotations

import mimetypes
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any

from app.fileio import write_atomically

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Return for {period} — {institution}",
        "body": "Dear colleagues,\n\nplease find attached our signed return for {period} "
        '(version {version}) on the plan "{plan}".\n\nKind regards,\n{head}\n'
        "{head_title}\n{institution}\n",
    },
    "tr": {
        "subject": "{period} dönemi raporu — {institution}",
        "body": 'Sayın ilgili,\n\n"{plan}" kapsamında {period} dönemine ait e-imzalı '
        "raporumuz (sürüm {version}) ektedir.\n\nBilgilerinize arz ederim.\n{head}\n"
        "{head_title}\n{institution}\n",
    },
    "ru": {
        "subject": "Отчёт за {period} — {institution}",
        "body": "Уважаемые коллеги!\n\nНаправляем подписанный электронной подписью отчёт за "
        "{period} (версия {version}) по плану «{plan}».\n\nС уважением,\n{head}\n"
        "{head_title}\n{institution}\n",
    },
    "kk": {
        "subject": "{period} бойынша есеп — {institution}",
        "body": "Құрметті әріптестер!\n\n«{plan}» жоспары бойынша {period} кезеңіне "
        "электрондық қолтаңбамен қол қойылған есебімізді (нұсқа {version}) "
        "жолдаймыз.\n\nҚұрметпен,\n{head}\n{head_title}\n{institution}\n",
    },
    "ro": {
        "subject": "Raportul pentru {period} — {institution}",
        "body": "Stimați colegi,\n\nvă transmitem atașat raportul semnat electronic pentru "
        "{period} (versiunea {version}) privind planul „{plan}”.\n\nCu stimă,\n"
        "{head}\n{head_title}\n{institution}\n",
    },
    "vi": {
        "subject": "Báo cáo {period} — {institution}",
        "body": "Kính gửi Quý cơ quan,\n\nĐơn vị xin gửi kèm báo cáo đã ký số kỳ {period} "
        '(phiên bản {version}) theo kế hoạch "{plan}".\n\nTrân trọng,\n{head}\n'
        "{head_title}\n{institution}\n",
    },
}


def build_message(
    payload: dict[str, Any], files: list[Path], to: str = "", sender: str = ""
) -> EmailMessage:
    texts = TEXTS.get(str(payload.get("language")), TEXTS["en"])
    inst = payload["institution"]
    values = {
        "period": payload["period"]["label"],
        "institution": inst["name"],
        "version": payload["version"],
        "plan": payload["plan"]["title"],
        "head": inst.get("head_name", ""),
        "head_title": inst.get("head_title", ""),
    }
    msg = EmailMessage()
    msg["Subject"] = texts["subject"].format(**values)
    msg["To"] = to or payload.get("recipient", {}).get("email", "")
    msg["From"] = sender or inst.get("email", "")
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="plandesk.local")
    msg["X-Unsent"] = "1"  # mail programs open it as a draft to send
    msg.set_content(texts["body"].format(**values))
    for path in files:
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(
            path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name
        )
    return msg


def write_eml(payload: dict[str, Any], files: list[Path], out: Path, to: str = "") -> Path:
    write_atomically(out, bytes(build_message(payload, files, to)))
    return out
