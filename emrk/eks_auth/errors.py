"""DOC: errors module"""

from __future__ import annotations

from emrk.core.errors import ServiceError

__all__ = [
    "EKSAuthError",
    "AccessDeniedException",
    "ExpiredTokenException",
    "InternalServerException",
    "InvalidParameterException",
    "InvalidRequestException",
    "InvalidTokenException",
    "ResourceNotFoundException",
    "ServiceUnavailableException",
    "ThrottlingException",
    "ERRORS",
]


class EKSAuthError(ServiceError):
    """DOC: EKSAuthError"""


class AccessDeniedException(EKSAuthError):
    """DOC: AccessDeniedException"""

    wire_code = "AccessDeniedException"
    wire_members = {}


class ExpiredTokenException(EKSAuthError):
    """DOC: ExpiredTokenException"""

    wire_code = "ExpiredTokenException"
    wire_members = {}


class InternalServerException(EKSAuthError):
    """DOC: InternalServerException"""

    wire_code = "InternalServerException"
    wire_members = {}


class InvalidParameterException(EKSAuthError):
    """DOC: InvalidParameterException"""

    wire_code = "InvalidParameterException"
    wire_members = {}


class InvalidRequestException(EKSAuthError):
    """DOC: InvalidRequestException"""

    wire_code = "InvalidRequestException"
    wire_members = {}


class InvalidTokenException(EKSAuthError):
    """DOC: InvalidTokenException"""

    wire_code = "InvalidTokenException"
    wire_members = {}


class ResourceNotFoundException(EKSAuthError):
    """DOC: ResourceNotFoundException"""

    wire_code = "ResourceNotFoundException"
    wire_members = {}


class ServiceUnavailableException(EKSAuthError):
    """DOC: ServiceUnavailableException"""

    wire_code = "ServiceUnavailableException"
    wire_members = {}


class ThrottlingException(EKSAuthError):
    """DOC: ThrottlingException"""

    wire_code = "ThrottlingException"
    wire_members = {}


ERRORS: dict[str, type[EKSAuthError]] = {
    cls.wire_code: cls
    for cls in (
        AccessDeniedException,
        ExpiredTokenException,
        InternalServerException,
        InvalidParameterException,
        InvalidRequestException,
        InvalidTokenException,
        ResourceNotFoundException,
        ServiceUnavailableException,
        ThrottlingException,
    )
}
