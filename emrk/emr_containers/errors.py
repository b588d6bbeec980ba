"""DOC: errors module"""

from __future__ import annotations

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
    """DOC: EMRContainersError"""


class EKSRequestThrottledException(EMRContainersError):
    """DOC: EKSRequestThrottledException"""

    wire_code = "EKSRequestThrottledException"
    wire_members = {}


class InternalServerException(EMRContainersError):
    """DOC: InternalServerException"""

    wire_code = "InternalServerException"
    wire_members = {}


class RequestThrottledException(EMRContainersError):
    """DOC: RequestThrottledException"""

    wire_code = "RequestThrottledException"
    wire_members = {}


class ResourceNotFoundException(EMRContainersError):
    """DOC: ResourceNotFoundException"""

    wire_code = "ResourceNotFoundException"
    wire_members = {}


class ValidationException(EMRContainersError):
    """DOC: ValidationException"""

    wire_code = "ValidationException"
    wire_members = {}


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
