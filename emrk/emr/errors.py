"""DOC: errors module"""

from __future__ import annotations

from emrk.core.errors import ServiceError

__all__ = ["EMRError", "InternalServerError", "InvalidRequestException", "ERRORS"]


class EMRError(ServiceError):
    """DOC: EMRError"""


class InternalServerError(EMRError):
    """DOC: InternalServerError"""

    wire_code = "InternalServerError"
    wire_members = {}


class InvalidRequestException(EMRError):
    """DOC: InvalidRequestException"""

    wire_code = "InvalidRequestException"
    wire_members = {"error_code": "ErrorCode"}
    error_code: str | None


ERRORS: dict[str, type[EMRError]] = {
    cls.wire_code: cls
    for cls in (
        InternalServerError,
        InvalidRequestException,
    )
}
