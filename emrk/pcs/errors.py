"""The errors AWS PCS answers with, one class per modeled error shape.

Catch :class:`PCSError` for anything the service refused; catch a subclass to
react to one cause. Each class carries its shape's members as attributes
(``resource_id``, ``quota_code``, ``retry_after_seconds``...), parsed from the
error body. An error code this client does not know raises ``PCSError``
itself, with the code in ``.code``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, ClassVar

from emrk.core.errors import ServiceError

if TYPE_CHECKING:
    from emrk.pcs.models.common import ValidationExceptionField, ValidationExceptionReason

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
    """Base of every error AWS PCS answers with (and of codes this client does not know)."""


class AccessDeniedException(PCSError):
    """The caller may not perform this action.

    Besides missing IAM permissions, PCS uses it when the node instance
    profile fails the ``iam:PassRole`` check, or when a cluster id and the
    account do not match.
    """

    wire_code = "AccessDeniedException"
    wire_members: ClassVar[dict[str, str]] = {}


class ConflictException(PCSError):
    """The resource is not in a state that allows the request.

    Typical causes: a name already taken, a cluster not yet ``ACTIVE``, two
    changes racing on one resource, or deleting a cluster that still has
    node groups or queues. Waiting for the resource to settle usually helps.
    """

    wire_code = "ConflictException"
    wire_members: ClassVar[dict[str, str]] = {
        "resource_id": "resourceId",
        "resource_type": "resourceType",
    }
    #: Identifier of the resource in the way.
    resource_id: str | None
    #: Kind of that resource, e.g. ``cluster`` or ``queue``.
    resource_type: str | None


class InternalServerException(PCSError):
    """PCS failed on its side; emrk already retried it, so it persisted."""

    wire_code = "InternalServerException"
    wire_members: ClassVar[dict[str, str]] = {}


class ResourceNotFoundException(PCSError):
    """The cluster, compute node group or queue named does not exist (any more).

    The ``*_deleted`` waiters treat it as success.
    """

    wire_code = "ResourceNotFoundException"
    wire_members: ClassVar[dict[str, str]] = {
        "resource_id": "resourceId",
        "resource_type": "resourceType",
    }
    #: Identifier that was looked up.
    resource_id: str | None
    #: Kind of resource that was looked up.
    resource_type: str | None


class ServiceQuotaExceededException(PCSError):
    """An account or cluster quota is used up.

    For example the number of clusters or queues per account, node groups
    per cluster, total maximum instances per cluster, or more than one
    cluster ``CREATING`` at a time in a Region. ``service_code`` and
    ``quota_code`` name the quota to raise through Service Quotas.
    """

    wire_code = "ServiceQuotaExceededException"
    wire_members: ClassVar[dict[str, str]] = {
        "service_code": "serviceCode",
        "resource_id": "resourceId",
        "resource_type": "resourceType",
        "quota_code": "quotaCode",
    }
    #: Service Quotas code of the service owning the quota.
    service_code: str | None
    #: Identifier of the resource that hit the quota.
    resource_id: str | None
    #: Kind of that resource.
    resource_type: str | None
    #: Service Quotas code of the quota itself.
    quota_code: str | None


class ThrottlingException(PCSError):
    """Requests came in faster than the account's rate quota allows.

    emrk retries it with backoff and honours ``retry_after_seconds`` when
    PCS sends one; seeing this exception means the retries ran out.
    """

    wire_code = "ThrottlingException"
    wire_members: ClassVar[dict[str, str]] = {"retry_after_seconds": "retryAfterSeconds"}
    #: Seconds PCS asks the caller to wait before trying again (an ``int``), if given.
    retry_after_seconds: int | None

    def __init__(self, message: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after_seconds = _as_seconds(self.retry_after_seconds)


class ValidationException(PCSError):
    """PCS refused the request as invalid, beyond what emrk checks locally.

    For example malformed input, an unsupported scheduler version, a
    networking check that failed, or an AMI setting that contradicts the
    launch template. ``reason`` classifies it and ``field_list`` names the
    offending fields.
    """

    wire_code = "ValidationException"
    wire_members: ClassVar[dict[str, str]] = {"reason": "reason", "field_list": "fieldList"}
    #: Why the request was refused; a reason newer than this client stays a ``str``.
    reason: ValidationExceptionReason | str | None
    #: The fields that failed validation, each with its own message.
    field_list: list[ValidationExceptionField] | None

    def __init__(self, message: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.reason = _as_reason(self.reason)
        self.field_list = _as_fields(self.field_list)


def _as_seconds(value: object) -> int | None:
    """A wire ``retryAfterSeconds`` as a whole number of seconds, or ``None``."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float) and math.isfinite(value) and value >= 0:
        return math.ceil(value)
    return None


def _as_reason(value: object) -> ValidationExceptionReason | str | None:
    from emrk.pcs.models.common import ValidationExceptionReason  # models load lazily

    if isinstance(value, ValidationExceptionReason):
        return value
    if isinstance(value, str):
        try:
            return ValidationExceptionReason(value)
        except ValueError:
            return value
    return None


def _as_fields(value: object) -> list[ValidationExceptionField] | None:
    if not isinstance(value, list):
        return None
    return [field for field in (_as_field(item) for item in value) if field is not None]


def _as_field(item: object) -> ValidationExceptionField | None:
    from emrk.pcs.models.common import ValidationExceptionField  # models load lazily

    if isinstance(item, ValidationExceptionField):
        return item
    if isinstance(item, dict):
        name, message = item.get("name"), item.get("message")
        return ValidationExceptionField(
            name=name if isinstance(name, str) else "",
            message=message if isinstance(message, str) else "",
        )
    return None


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
