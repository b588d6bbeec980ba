"""The errors Amazon EMR answers with, one class per modeled error shape.

Catch :class:`EMRError` for anything EMR refused. An error code this client
does not know raises ``EMRError`` itself, with the code in ``.code``.
"""

from __future__ import annotations

from typing import ClassVar

from emrk.core.errors import ServiceError

__all__ = ["EMRError", "InternalServerError", "InvalidRequestException", "ERRORS"]


class EMRError(ServiceError):
    """Base of every error Amazon EMR answers with (and of codes this client does not know)."""


class InternalServerError(EMRError):
    """EMR failed while handling the request, which did not complete; try again later."""

    wire_code = "InternalServerError"
    wire_members: ClassVar[dict[str, str]] = {}


class InvalidRequestException(EMRError):
    """EMR refused the input, for example an unknown cluster or an unusable role.

    EMR sends its text as ``Message`` (capital M); it is in ``.message`` like
    every other service's.
    """

    wire_code = "InvalidRequestException"
    wire_members: ClassVar[dict[str, str]] = {"error_code": "ErrorCode"}
    #: EMR's own, finer code for what was wrong (1 to 256 characters).
    error_code: str | None


ERRORS: dict[str, type[EMRError]] = {
    cls.wire_code: cls
    for cls in (
        InternalServerError,
        InvalidRequestException,
    )
}
