"""DOC: errors module"""

from __future__ import annotations

from typing import Any

from emrk.core.errors import ServiceError

__all__ = [
    "PCSError",
    "AccessDeniedException",
    "ConflictException",
    "InternalServerException",
    "ResourceNotFoundException",
    "ServiceQuotaExceededException",
    "ThrottlingException",
    "ValidationException",
    "ERRORS",
]


class PCSError(ServiceError):
    """DOC: PCSError"""


class AccessDeniedException(PCSError):
    """DOC: AccessDeniedException"""

    wire_code = "AccessDeniedException"
    wire_members = {}


class ConflictException(PCSError):
    """DOC: ConflictException"""

    wire_code = "ConflictException"
    wire_members = {"resource_id": "resourceId", "resource_type": "resourceType"}
    resource_id: str | None
    resource_type: str | None


class InternalServerException(PCSError):
    """DOC: InternalServerException"""

    wire_code = "InternalServerException"
    wire_members = {}


class ResourceNotFoundException(PCSError):
    """DOC: ResourceNotFoundException"""

    wire_code = "ResourceNotFoundException"
    wire_members = {"resource_id": "resourceId", "resource_type": "resourceType"}
    resource_id: str | None
    resource_type: str | None


class ServiceQuotaExceededException(PCSError):
    """DOC: ServiceQuotaExceededException"""

    wire_code = "ServiceQuotaExceededException"
    wire_members = {
        "service_code": "serviceCode",
        "resource_id": "resourceId",
        "resource_type": "resourceType",
        "quota_code": "quotaCode",
    }
    service_code: str | None
    resource_id: str | None
    resource_type: str | None
    quota_code: str | None


class ThrottlingException(PCSError):
    """DOC: ThrottlingException"""

    wire_code = "ThrottlingException"
    wire_members = {"retry_after_seconds": "retryAfterSeconds"}
    retry_after_seconds: int | None


class ValidationException(PCSError):
    """DOC: ValidationException"""

    wire_code = "ValidationException"
    wire_members = {"reason": "reason", "field_list": "fieldList"}
    reason: str | None
    field_list: list[Any] | None


ERRORS: dict[str, type[PCSError]] = {
    cls.wire_code: cls
    for cls in (
        AccessDeniedException,
        ConflictException,
        InternalServerException,
        ResourceNotFoundException,
        ServiceQuotaExceededException,
        ThrottlingException,
        ValidationException,
    )
}
