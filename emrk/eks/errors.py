"""The exceptions Amazon EKS raises: :class:`EKSError` and one subclass per error code.

Catch the specific class to react to one condition, or :class:`EKSError` for
any answer EKS refused. Besides ``code``, ``message``, ``status_code`` and
``request_id``, many classes carry the names of the resources involved
(``cluster_name``, ``nodegroup_name``, ...); those are ``None`` when the service
did not send them. ``ERRORS`` maps each wire code to its class.

```python
try:
    eks.delete_cluster(name="prod")
except ResourceInUseException as exc:
    print("still attached:", exc.nodegroup_name)
```
"""

from __future__ import annotations

from typing import ClassVar

from emrk.core.errors import ServiceError

__all__ = [
    "EKSError",
    "AccessDeniedException",
    "BadRequestException",
    "ClientException",
    "InvalidParameterException",
    "InvalidRequestException",
    "InvalidStateException",
    "NotFoundException",
    "ResourceInUseException",
    "ResourceLimitExceededException",
    "ResourceNotFoundException",
    "ResourcePropagationDelayException",
    "ServerException",
    "ServiceUnavailableException",
    "ThrottlingException",
    "UnsupportedAvailabilityZoneException",
    "ERRORS",
]


class EKSError(ServiceError):
    """Base of every error Amazon EKS answers with.

    An error code this client does not know raises exactly this class, with the
    code in ``code``, so new service errors never go unnoticed.
    """


class AccessDeniedException(EKSError):
    """The caller's IAM policies do not allow this operation (HTTP 403)."""

    wire_code = "AccessDeniedException"
    wire_members: ClassVar[dict[str, str]] = {}


class BadRequestException(EKSError):
    """The request is well-formed but makes no sense to the operation; the message says why."""

    wire_code = "BadRequestException"
    wire_members: ClassVar[dict[str, str]] = {}


class ClientException(EKSError):
    """The request failed because of the caller: missing permissions, an invalid identifier..."""

    wire_code = "ClientException"
    wire_members: ClassVar[dict[str, str]] = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "addon_name": "addonName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    """Cluster involved, if the service named it."""
    nodegroup_name: str | None
    """Managed node group involved, if any."""
    addon_name: str | None
    """Add-on involved, if any."""
    subscription_id: str | None
    """EKS Anywhere subscription involved, if any."""


class InvalidParameterException(EKSError):
    """A parameter has a value the service rejects (HTTP 400); the message names it."""

    wire_code = "InvalidParameterException"
    wire_members: ClassVar[dict[str, str]] = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "fargate_profile_name": "fargateProfileName",
        "addon_name": "addonName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    """Cluster involved, if the service named it."""
    nodegroup_name: str | None
    """Managed node group involved, if any."""
    fargate_profile_name: str | None
    """Fargate profile involved, if any."""
    addon_name: str | None
    """Add-on involved, if any."""
    subscription_id: str | None
    """EKS Anywhere subscription involved, if any."""


class InvalidRequestException(EKSError):
    """The request does not fit the resource's current state (check its status and updates)."""

    wire_code = "InvalidRequestException"
    wire_members: ClassVar[dict[str, str]] = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "addon_name": "addonName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    """Cluster involved, if the service named it."""
    nodegroup_name: str | None
    """Managed node group involved, if any."""
    addon_name: str | None
    """Add-on involved, if any."""
    subscription_id: str | None
    """EKS Anywhere subscription involved, if any."""


class InvalidStateException(EKSError):
    """EKS found upgrade-readiness problems blocking a version update.

    ``list_insights`` shows them; ``update_cluster_version(force=True)``
    overrides the check.
    """

    wire_code = "InvalidStateException"
    wire_members: ClassVar[dict[str, str]] = {"cluster_name": "clusterName"}
    cluster_name: str | None
    """Cluster involved."""


class NotFoundException(EKSError):
    """A resource the request relies on does not exist; retrying will not help."""

    wire_code = "NotFoundException"
    wire_members: ClassVar[dict[str, str]] = {}


class ResourceInUseException(EKSError):
    """The resource is in use, for example a cluster that still has node groups (HTTP 409)."""

    wire_code = "ResourceInUseException"
    wire_members: ClassVar[dict[str, str]] = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "addon_name": "addonName",
    }
    cluster_name: str | None
    """Cluster involved, if the service named it."""
    nodegroup_name: str | None
    """Managed node group involved (or blocking), if any."""
    addon_name: str | None
    """Add-on involved, if any."""


class ResourceLimitExceededException(EKSError):
    """A service quota on this kind of resource has been reached."""

    wire_code = "ResourceLimitExceededException"
    wire_members: ClassVar[dict[str, str]] = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    """Cluster involved, if the service named it."""
    nodegroup_name: str | None
    """Managed node group involved, if any."""
    subscription_id: str | None
    """EKS Anywhere subscription involved, if any."""


class ResourceNotFoundException(EKSError):
    """The named resource does not exist in this account and region (HTTP 404).

    The ``*_deleted`` waiters treat this error as success.
    """

    wire_code = "ResourceNotFoundException"
    wire_members: ClassVar[dict[str, str]] = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "fargate_profile_name": "fargateProfileName",
        "addon_name": "addonName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    """Cluster involved, if the service named it."""
    nodegroup_name: str | None
    """Managed node group involved, if any."""
    fargate_profile_name: str | None
    """Fargate profile involved, if any."""
    addon_name: str | None
    """Add-on involved, if any."""
    subscription_id: str | None
    """EKS Anywhere subscription involved, if any."""


class ResourcePropagationDelayException(EKSError):
    """Resources EKS just created (service-linked roles...) are still propagating; retry later."""

    wire_code = "ResourcePropagationDelayException"
    wire_members: ClassVar[dict[str, str]] = {}


class ServerException(EKSError):
    """The service failed on its side (HTTP 500)."""

    wire_code = "ServerException"
    wire_members: ClassVar[dict[str, str]] = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "addon_name": "addonName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    """Cluster involved, if the service named it."""
    nodegroup_name: str | None
    """Managed node group involved, if any."""
    addon_name: str | None
    """Add-on involved, if any."""
    subscription_id: str | None
    """EKS Anywhere subscription involved, if any."""


class ServiceUnavailableException(EKSError):
    """The service is temporarily unavailable (HTTP 503); raised once retries are exhausted."""

    wire_code = "ServiceUnavailableException"
    wire_members: ClassVar[dict[str, str]] = {}


class ThrottlingException(EKSError):
    """Too many requests (HTTP 429); raised once retries are exhausted."""

    wire_code = "ThrottlingException"
    wire_members: ClassVar[dict[str, str]] = {"cluster_name": "clusterName"}
    cluster_name: str | None
    """Cluster involved, if the service named it."""


class UnsupportedAvailabilityZoneException(EKSError):
    """A subnet is in an Availability Zone EKS cannot use; ``valid_zones`` lists usable ones."""

    wire_code = "UnsupportedAvailabilityZoneException"
    wire_members: ClassVar[dict[str, str]] = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "valid_zones": "validZones",
    }
    cluster_name: str | None
    """Cluster involved, if the service named it."""
    nodegroup_name: str | None
    """Managed node group involved, if any."""
    valid_zones: list[str] | None
    """Availability Zones your account can use; pick subnets in these."""


ERRORS: dict[str, type[EKSError]] = {
    cls.wire_code: cls
    for cls in (
        AccessDeniedException,
        BadRequestException,
        ClientException,
        InvalidParameterException,
        InvalidRequestException,
        InvalidStateException,
        NotFoundException,
        ResourceInUseException,
        ResourceLimitExceededException,
        ResourceNotFoundException,
        ResourcePropagationDelayException,
        ServerException,
        ServiceUnavailableException,
        ThrottlingException,
        UnsupportedAvailabilityZoneException,
    )
}
"""Error classes by wire code; a code missing here raises plain :class:`EKSError`."""
