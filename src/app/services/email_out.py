"""``Prepare e-mail``: a ready .eml with the return files attached (PlanDesk never sends).

Written for every mail reader, old ones too: CRLF line ends; the subject as quoted-printable
encoded words (GMime-based readers drop the second of two base64 words when the first ends
in padding); each attachment named by RFC 2231 (``filename*``, read by today's programs and
by PlanDesk's own intake) with a plain ASCII ``name=`` beside it (munpack, old Outlook); the
media type of a return set explicitly, never taken from the system's table.
"""

from __future__ import annotations

import unicodedata
from email import charset as email_charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formatdate, make_msgid
from pathlib import Path
from urllib.parse import quote

from app.domain.return_format import Payload
from app.fileio import write_atomically

MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".json": "application/json",
    ".p7s": "application/pkcs7-signature",
    ".eml": "message/rfc822",
}
WRITE_POLICY = compat32.clone(linesep="\r\n", max_line_length=76)
_QP = email_charset.Charset("utf-8")
_QP.header_encoding = email_charset.QP

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Return for {period} — {institution}",
        "body": "Dear colleagues,\n\nplease find attached our signed return for {period} "
        '(version {version}) on the plan "{plan}".\n\nKind regards,\n{head}\n'
        "{head_title}\n{institution}\n",
    },
    "tr": {
        "subject": "{period} raporu — {institution}",
        "body": 'Sayın ilgili,\n\n"{plan}" kapsamında {period} için e-imzalı raporumuz '
        "(sürüm {version}) ektedir.\n\nBilgilerinize arz ederim.\n{head}\n"
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
        "body": "Kính gửi Quý cơ quan,\n\nĐơn vị xin gửi kèm báo cáo đã ký số {period} "
        '(phiên bản {version}) theo kế hoạch "{plan}".\n\nTrân trọng,\n{head}\n'
        "{head_title}\n{institution}\n",
    },
}


def ascii_name(name: str) -> str:
    """A file name in plain ASCII for readers that know no other (accents dropped, other
    letters as '_'): "TRƯỜNG-1_2021-T2_v1.pdf" -> "TRUONG-1_2021-T2_v1.pdf"."""
    flat = unicodedata.normalize("NFKD", name.replace("Đ", "D").replace("đ", "d"))
    kept = "".join(c for c in flat if not unicodedata.combining(c))
    text = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in kept)
    return text.strip("_") or "attachment"


def media_type(name: str) -> tuple[str, str]:
    kind = MEDIA_TYPES.get(Path(name).suffix.lower(), "application/octet-stream")
    main, sub = kind.split("/", 1)
    return main, sub


def _attachment(name: str, data: bytes) -> MIMEApplication:
    main, sub = media_type(name)
    part = MIMEApplication(data, _subtype=sub)
    if main != "application":
        part.replace_header("Content-Type", f"{main}/{sub}")
    part.set_param("name", ascii_name(name))
    if name.isascii():
        part.add_header("Content-Disposition", "attachment", filename=name)
    else:
        part.add_header("Content-Disposition", "attachment")
        part.set_param("filename*", f"utf-8''{quote(name, safe='')}", header="Content-Disposition")
    return part


def _header(text: str) -> Header | str:
    return text if text.isascii() else Header(text, _QP, header_name="Subject")


def compose(
    subject: str, body: str, to: str, sender: str, files: list[Path] | None = None
) -> MIMEMultipart:
    """A draft message (X-Unsent: mail programs open it to send) with *files* attached."""
    msg = MIMEMultipart("mixed", policy=WRITE_POLICY)
    msg["Subject"] = _header(subject)  # type: ignore[assignment]  # a Header is allowed
    msg["To"] = to
    msg["From"] = sender
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="plandesk.local")
    msg["X-Unsent"] = "1"
    msg.attach(MIMEText(body, "plain", "utf-8"))
    for path in files or []:
        msg.attach(_attachment(path.name, path.read_bytes()))
    return msg


def build_message(
    payload: Payload, files: list[Path], to: str = "", sender: str = ""
) -> MIMEMultipart:
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
    return compose(
        texts["subject"].format(**values),
        texts["body"].format(**values),
        to or payload.get("recipient", {}).get("email", ""),
        sender or inst.get("email", ""),
        files,
    )


def message_bytes(msg: MIMEMultipart) -> bytes:
    return msg.as_bytes(policy=WRITE_POLICY)


def write_eml(payload: Payload, files: list[Path], out: Path, to: str = "") -> Path:
    """The message for a return (the payload signed or verified) written as an .eml draft."""
    message = build_message(payload, files, to)
    write_atomically(out, message_bytes(message))
    return out
