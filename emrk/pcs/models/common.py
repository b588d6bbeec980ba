"""Small types every PCS resource shares: provisioning errors and validation details."""

from __future__ import annotations

from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import member, model

__all__ = [
    "ErrorInfo",
    "ValidationExceptionField",
    "ValidationExceptionReason",
    "ValidationExceptionReasonLiteral",
]


class ValidationExceptionReason(ServiceEnum):
    """Why PCS refused a request as invalid (``ValidationException.reason``).

    Lets callers tell a request PCS could not read at all from one with a bad
    field value without parsing the message. A reason added later by the
    service arrives as a plain ``str``.
    """

    UNKNOWN_OPERATION = "unknownOperation"
    CANNOT_PARSE = "cannotParse"
    FIELD_VALIDATION_FAILED = "fieldValidationFailed"
    OTHER = "other"


ValidationExceptionReasonLiteral: TypeAlias = Literal[
    "unknownOperation",
    "cannotParse",
    "fieldValidationFailed",
    "other",
]
"""The values of :class:`ValidationExceptionReason` as string literals. A request argument typed
``ValidationExceptionReason | ValidationExceptionReasonLiteral`` takes a member or one of these
strings, so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class ErrorInfo:
    """One problem PCS ran into while provisioning a cluster, node group or queue.

    A resource in a ``*_FAILED`` status lists these in its ``error_info``; they
    are the first thing to read when a waiter reports a failure.
    """

    code: str | None = member("code", default=None)
    """A short error code, stable enough to branch on."""
    message: str | None = member("message", default=None)
    """The detailed, human-readable explanation."""


@model
class ValidationExceptionField:
    """One request field that failed the service's validation, with the reason."""

    name: str = member("name")
    """The name of the field PCS objected to."""
    message: str = member("message")
    """What is wrong with that field."""
