"""The exceptions Amazon EKS Auth raises: :class:`EKSAuthError` and one subclass per error code.

None of them carry extra members; the ``message`` says what went wrong.
``ERRORS`` maps each wire code to its class.
"""

from __future__ import annotations

from typing import ClassVar

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
    """Base of every error Amazon EKS Auth answers with.

    An error code this client does not know raises exactly this class, with the
    code in ``code``.
    """


class AccessDeniedException(EKSAuthError):
    """The caller's IAM permissions do not allow the request."""

    wire_code = "AccessDeniedException"
    wire_members: ClassVar[dict[str, str]] = {}


class ExpiredTokenException(EKSAuthError):
    """The Kubernetes service account token has expired; get a fresh projected token."""

    wire_code = "ExpiredTokenException"
    wire_members: ClassVar[dict[str, str]] = {}


class InternalServerException(EKSAuthError):
    """The service failed on its side (HTTP 500)."""

    wire_code = "InternalServerException"
    wire_members: ClassVar[dict[str, str]] = {}


class InvalidParameterException(EKSAuthError):
    """A parameter has a value the service rejects."""

    wire_code = "InvalidParameterException"
    wire_members: ClassVar[dict[str, str]] = {}


class InvalidRequestException(EKSAuthError):
    """The request makes no sense to the service; the message says why."""

    wire_code = "InvalidRequestException"
    wire_members: ClassVar[dict[str, str]] = {}


class InvalidTokenException(EKSAuthError):
    """The Kubernetes service account token is not valid."""

    wire_code = "InvalidTokenException"
    wire_members: ClassVar[dict[str, str]] = {}


class ResourceNotFoundException(EKSAuthError):
    """Something the request names (the cluster, an association) does not exist."""

    wire_code = "ResourceNotFoundException"
    wire_members: ClassVar[dict[str, str]] = {}


class ServiceUnavailableException(EKSAuthError):
    """The service is temporarily unavailable (HTTP 503); raised once retries are exhausted."""

    wire_code = "ServiceUnavailableException"
    wire_members: ClassVar[dict[str, str]] = {}


class ThrottlingException(EKSAuthError):
    """Too many requests (HTTP 429); raised once retries are exhausted."""

    wire_code = "ThrottlingException"
    wire_members: ClassVar[dict[str, str]] = {}


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
"""Error classes by wire code; a code missing here raises plain :class:`EKSAuthError`."""
