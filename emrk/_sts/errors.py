"""Errors of the STS operations emrk calls.

``STSError`` is the base; an error code without a class of its own (such as
``AccessDenied`` when the caller may not assume the role) raises exactly
``STSError`` with that ``code``.
"""

from __future__ import annotations

from emrk.core.errors import ServiceError

__all__ = [
    "ERRORS",
    "ExpiredTokenException",
    "MalformedPolicyDocumentException",
    "PackedPolicyTooLargeException",
    "RegionDisabledException",
    "STSError",
]


class STSError(ServiceError):
    """Base of every error AWS STS answers with."""


class MalformedPolicyDocumentException(STSError):
    """The inline session policy is not a valid policy document."""

    wire_code = "MalformedPolicyDocument"


class PackedPolicyTooLargeException(STSError):
    """Session policies and tags together exceed the packed size STS allows."""

    wire_code = "PackedPolicyTooLarge"


class RegionDisabledException(STSError):
    """STS is switched off for this account in the region the request went to."""

    wire_code = "RegionDisabledException"


class ExpiredTokenException(STSError):
    """The token presented with the request has expired or is not valid."""

    wire_code = "ExpiredTokenException"


ERRORS: dict[str, type[STSError]] = {
    cls.wire_code: cls
    for cls in (
        ExpiredTokenException,
        MalformedPolicyDocumentException,
        PackedPolicyTooLargeException,
        RegionDisabledException,
    )
}
