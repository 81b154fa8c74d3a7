"""Typed domain errors with a message a person can act on.

Each error class carries an English message template (translated by the UI through the
``errors`` context) and named parameters. Parameters never carry a BSN or a name, because an
error's text may end up in a log line.
"""

from __future__ import annotations

from typing import ClassVar

from app.services.text import QT_TRANSLATE_NOOP

CONTEXT = "errors"


class DomainError(Exception):
    """Base of every error the services raise on purpose."""

    message: ClassVar[str] = QT_TRANSLATE_NOOP("errors", "The request could not be handled.")

    def __init__(self, message: str | None = None, **params: object) -> None:
        if message is not None:
            self.message = message  # type: ignore[misc]
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError):
            return self.message


class ValidationError(DomainError):
    """Input that cannot be accepted; ``field`` names the form field to point at."""

    message = QT_TRANSLATE_NOOP("errors", "The input is not valid.")

    def __init__(self, message: str | None = None, *, field: str = "", **params: object) -> None:
        self.field = field
        super().__init__(message, **params)


class InvalidBsnError(ValidationError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This is not a valid BSN: a BSN has 9 digits and passes the elfproef. Check the number.",
    )

    def __init__(self) -> None:
        super().__init__(field="bsn")


class NotFoundError(DomainError):
    message = QT_TRANSLATE_NOOP("errors", "This was not found; it may have been removed.")


class UnknownProductError(NotFoundError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Product {code} does not exist or is no longer offered. Choose another product."
    )


class UnknownUnitError(NotFoundError):
    message = QT_TRANSLATE_NOOP("errors", "There is no back-office unit with code {code}.")


class ConflictError(DomainError):
    message = QT_TRANSLATE_NOOP("errors", "This conflicts with data that is already registered.")


class PermissionDeniedError(DomainError):
    """Refused by the role matrix; ``params['action']`` names the permission for the log."""

    message = QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow this. Ask a teamleider or beheerder."
    )


class AuthenticationError(DomainError):
    message = QT_TRANSLATE_NOOP("errors", "Username or password is incorrect.")


class AccountLockedError(DomainError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This account is locked for {minutes} minutes after too many failed logins.",
    )


class ServiceUnavailableError(DomainError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The database cannot be reached. Nothing was saved; your input is kept. Try again.",
    )
