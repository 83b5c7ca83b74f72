"""Typed errors with messages a clerk understands.

A service raises an error with a message code and its parameters
(``raise ValidationError(Message.CODE_IN_USE, code="2.1")``, see ``app.services.messages``):
the command line prints ``str(error)``, the English sentence; the window translates
``error.code`` with ``error.params`` (``app.ui.messages.error_text``). An error raised with a
sentence instead of a code (``code`` is None) is shown as it is, in English.
"""

from __future__ import annotations

from typing import Any

from app.services.messages import Message, check_params, text


class PlanDeskError(Exception):
    """A user-facing failure: the message is one clear sentence, nothing was changed."""

    code: Message | None = None
    params: dict[str, Any]

    def __init__(self, message: Message | str = "", /, **params: Any) -> None:
        if isinstance(message, Message):
            check_params(message, params)
            self.code = message
            self.params = dict(params)
            super().__init__(text(message, params))
        else:
            if params:
                raise TypeError("parameters go with a message code")
            self.params = {}
            super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        # subclasses take other arguments: rebuilt from the state, not by calling __init__
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[PlanDeskError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class NotFound(PlanDeskError):
    pass


class ValidationError(PlanDeskError):
    pass


class ImportRejected(PlanDeskError):
    """An incoming file that cannot be taken; nothing was written."""


class PeriodLocked(PlanDeskError):
    """The period's return has been signed; its data is frozen."""


class EnvironmentProblem(PlanDeskError):
    """Disk full, file locked, permission denied: not a bug, not the user's input."""
