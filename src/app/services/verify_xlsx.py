"""Verifying an Excel return: the signed data in the hidden sheet, its CMS signature, and
everything a reader of the workbook sees against it."""

from __future__ import annotations

import logging
from pathlib import Path


from app.services.reasons import Reason, Refusal
from app.services.verify import Trust, Verification, _finish, verify_cms

log = logging.getLogger(__name__)


def verify_xlsx(path: Path, trust: Trust) -> Verification:
    result = Verification(ok=False)
    try:
        from app.exports.xlsx_read import compare_visible, read_xlsx_return

        try:
            content = read_xlsx_return(path)
        except Exception as exc:  # openpyxl raises many kinds for broken files
            log.info("Excel file not readable: %r", exc)
            raise Refusal(Reason.XLSX_DAMAGED) from exc
        if not content.payload_bytes or not content.signature_der:
            raise Refusal(Reason.XLSX_UNSIGNED)
        verify_cms(content.payload_bytes, content.signature_der, trust, result)
        _finish(result, content.payload_bytes, path.name, trust)
        assert result.payload is not None
        diffs = compare_visible(content.visible, result.payload)
        if diffs:
            raise Refusal(Reason.XLSX_CELL_CHANGED, detail=diffs[0])
        result.checks.append("visible cells consistent")
        result.ok = True
    except Refusal as exc:
        result.refuse(exc)
    return result
