"""Errors EMR on EKS answers with, one class per error code.

Catch :class:`EMRContainersError` for anything the service rejected, or a
subclass for one cause. A code this client does not know yet raises
:class:`EMRContainersError` itself, with the wire code in ``code``.

The service is not consistent about missing resources: describing an unknown
job run gives :class:`ResourceNotFoundException`, while some operations on an
unknown or deleted virtual cluster or endpoint answer
:class:`ValidationException` with a "does not exist" message. Code that only
wants to know whether something exists should handle both.
"""

from __future__ import annotations

from typing import ClassVar

from emrk.core.errors import ServiceError

__all__ = [
    "EMRContainersError",
    "EKSRequestThrottledException",
    "InternalServerException",
    "RequestThrottledException",
    "ResourceNotFoundException",
    "ValidationException",
    "ERRORS",
]


class EMRContainersError(ServiceError):
    """Base class of every error EMR on EKS answers with."""


class EKSRequestThrottledException(EMRContainersError):
    """EMR on EKS was throttled by the Amazon EKS API while acting for you.

    Retried automatically as throttling; raised once the retries run out.
    """

    wire_code = "EKSRequestThrottledException"
    wire_members: ClassVar[dict[str, str]] = {}


class InternalServerException(EMRContainersError):
    """The service failed on its side (HTTP 500); retried automatically before it reaches you."""

    wire_code = "InternalServerException"
    wire_members: ClassVar[dict[str, str]] = {}


class RequestThrottledException(EMRContainersError):
    """Too many requests: slow down (raised once automatic retries are exhausted)."""

    wire_code = "RequestThrottledException"
    wire_members: ClassVar[dict[str, str]] = {}


class ResourceNotFoundException(EMRContainersError):
    """The job run, template, endpoint, cluster or release named in the request does not exist."""

    wire_code = "ResourceNotFoundException"
    wire_members: ClassVar[dict[str, str]] = {}


class ValidationException(EMRContainersError):
    """The service rejected the request's parameters.

    Also what some operations answer for an unknown or deleted resource, and
    what StartJobRun answers when the virtual cluster's job queue is full; read
    ``message`` for which.
    """

    wire_code = "ValidationException"
    wire_members: ClassVar[dict[str, str]] = {}


ERRORS: dict[str, type[EMRContainersError]] = {
    cls.wire_code: cls
    for cls in (
        EKSRequestThrottledException,
        InternalServerException,
        RequestThrottledException,
        ResourceNotFoundException,
        ValidationException,
    )
}
