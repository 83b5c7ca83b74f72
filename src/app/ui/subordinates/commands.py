"""Undo commands of the registry: add, edit, remove, import a list, bind a certificate.

They run through the page's ``run(summary, work)`` (see :mod:`app.ui.undo`): *work* gets the
session of one unit of work and may return the code of the subordinate to select. Removing
keeps a subordinate's returns and certificates, so undo puts it back whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.ui.undo import RunnerCommand

if TYPE_CHECKING:
    from cryptography import x509
    from sqlalchemy.orm import Session

    from app.services.subordinates import SubordinateInput

Work = Callable[["Session"], Any]
Runner = Callable[[str, Work], Any]
Reporter = Callable[[str], None]


class RegistryCommand(RunnerCommand):
    def _redo(self, session: Session) -> Any:
        raise NotImplementedError

    def _undo(self, session: Session) -> Any:
        raise NotImplementedError


class AddCommand(RegistryCommand):
    """A new subordinate, with the certificates of a trust file when one was given."""

    def __init__(
        self,
        run: Runner,
        report: Reporter,
        text: str,
        data: SubordinateInput,
        certificates: list[x509.Certificate] | None = None,
    ) -> None:
        super().__init__(run, report, text)
        self.data = data
        self.certificates = list(certificates or [])
        self.new_certificates: list[str] = []

    def _redo(self, session: Session) -> str:
        from app.services.registry import bind_certificate
        from app.services.subordinates import add_subordinate

        inst = add_subordinate(session, self.data)
        self.new_certificates = []
        for cert in self.certificates:
            sha, new = bind_certificate(session, inst.code, cert)
            if new:
                self.new_certificates.append(sha)
        return inst.code

    def _undo(self, session: Session) -> None:
        from app.services.registry import remove_subordinates, unbind_certificate

        for sha in self.new_certificates:
            unbind_certificate(session, self.data.code, sha)
        remove_subordinates(session, [self.data.code])


class EditCommand(RegistryCommand):
    def __init__(self, run: Runner, report: Reporter, text: str, data: SubordinateInput) -> None:
        super().__init__(run, report, text)
        self.data = data
        self.old: SubordinateInput | None = None

    def _redo(self, session: Session) -> str:
        from app.services.registry import update_subordinate

        self.old = update_subordinate(session, self.data)
        return self.data.code

    def _undo(self, session: Session) -> str:
        from app.services.registry import update_subordinate

        assert self.old is not None
        update_subordinate(session, self.old)
        return self.data.code


class RemoveCommand(RegistryCommand):
    def __init__(self, run: Runner, report: Reporter, text: str, codes: list[str]) -> None:
        super().__init__(run, report, text)
        self.codes = list(codes)

    def _redo(self, session: Session) -> None:
        from app.services.registry import remove_subordinates

        remove_subordinates(session, self.codes)

    def _undo(self, session: Session) -> str | None:
        from app.services.registry import restore_subordinates

        restore_subordinates(session, self.codes)
        return self.codes[0] if self.codes else None


class ImportListCommand(RegistryCommand):
    """A list taken in (off the GUI thread) before the command is pushed: undo takes the new
    subordinates off and puts the earlier values of the others back; redo again."""

    def __init__(
        self,
        run: Runner,
        report: Reporter,
        text: str,
        before: dict[str, SubordinateInput],
        after: dict[str, SubordinateInput],
    ) -> None:
        super().__init__(run, report, text)
        self.before = before  # the registry before the import
        self.after = after  # the values the import gave (the codes of the list)
        self._executed = True  # done already by the import job

    def _redo(self, session: Session) -> None:
        from app.services.registry import restore_subordinates, update_subordinate

        new = [code for code in self.after if code not in self.before]
        restore_subordinates(session, new)
        for data in self.after.values():
            update_subordinate(session, data)

    def _undo(self, session: Session) -> None:
        from app.services.registry import remove_subordinates, update_subordinate

        remove_subordinates(session, [code for code in self.after if code not in self.before])
        for code in self.after:
            if code in self.before:
                update_subordinate(session, self.before[code])


class BindCommand(RegistryCommand):
    """A certificate trusted for one subordinate (a trust file, or the signer of a return
    received from it); undo forgets it again when it was new here."""

    def __init__(
        self, run: Runner, report: Reporter, text: str, code: str, cert: x509.Certificate
    ) -> None:
        super().__init__(run, report, text)
        self.code = code
        self.cert = cert
        self.sha256 = ""
        self.new = False

    def _redo(self, session: Session) -> str:
        from app.services.registry import bind_certificate

        self.sha256, self.new = bind_certificate(session, self.code, self.cert)
        return self.code

    def _undo(self, session: Session) -> str:
        from app.services.registry import unbind_certificate

        if self.new:
            unbind_certificate(session, self.code, self.sha256)
        return self.code
