"""EKS capabilities: Argo CD, ACK and kro run by EKS outside your cluster.

A capability is a managed controller EKS runs on its own infrastructure and
points at your cluster; a cluster has at most one of each type. Each type
has its own configuration block (``argo_cd`` or ``ack``; kro has none).
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.eks.models.common import Update

__all__ = [
    "AckConfigRequest",
    "AckConfigResponse",
    "ArgoCdAwsIdcConfigRequest",
    "ArgoCdAwsIdcConfigResponse",
    "ArgoCdConfigRequest",
    "ArgoCdConfigResponse",
    "ArgoCdNetworkAccessConfigRequest",
    "ArgoCdNetworkAccessConfigResponse",
    "ArgoCdRole",
    "ArgoCdRoleLiteral",
    "ArgoCdRoleMapping",
    "Capability",
    "CapabilityConfigurationRequest",
    "CapabilityConfigurationResponse",
    "CapabilityDeletePropagationPolicy",
    "CapabilityDeletePropagationPolicyLiteral",
    "CapabilityHealth",
    "CapabilityIssue",
    "CapabilityIssueCode",
    "CapabilityIssueCodeLiteral",
    "CapabilityStatus",
    "CapabilityStatusLiteral",
    "CapabilitySummary",
    "CapabilityType",
    "CapabilityTypeLiteral",
    "CreateCapabilityRequest",
    "CreateCapabilityResponse",
    "DeleteCapabilityRequest",
    "DeleteCapabilityResponse",
    "DescribeCapabilityRequest",
    "DescribeCapabilityResponse",
    "ListCapabilitiesRequest",
    "ListCapabilitiesResponse",
    "SsoIdentity",
    "SsoIdentityType",
    "SsoIdentityTypeLiteral",
    "UpdateAckConfig",
    "UpdateArgoCdConfig",
    "UpdateCapabilityConfiguration",
    "UpdateCapabilityRequest",
    "UpdateCapabilityResponse",
    "UpdateRoleMappings",
]


class ArgoCdRole(ServiceEnum):
    """Argo CD permission level granted to Identity Center users or groups."""

    ADMIN = "ADMIN"
    EDITOR = "EDITOR"
    VIEWER = "VIEWER"


ArgoCdRoleLiteral: TypeAlias = Literal[
    "ADMIN",
    "EDITOR",
    "VIEWER",
]
"""The values of :class:`ArgoCdRole` as string literals. A request argument typed ``ArgoCdRole |
ArgoCdRoleLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


class CapabilityDeletePropagationPolicy(ServiceEnum):
    """What happens to the Kubernetes resources a capability manages when it is deleted.

    ``RETAIN``, the only value today, leaves them in the cluster.
    """

    RETAIN = "RETAIN"


CapabilityDeletePropagationPolicyLiteral: TypeAlias = Literal["RETAIN",]
"""The values of :class:`CapabilityDeletePropagationPolicy` as string literals. A request argument
typed ``CapabilityDeletePropagationPolicy | CapabilityDeletePropagationPolicyLiteral`` takes a
member or one of these strings, so a typo is a type error; a value newer than this client goes
through ``typing.cast``.
"""


class CapabilityIssueCode(ServiceEnum):
    """Kind of problem found with a capability (its IAM role, or reaching the cluster)."""

    ACCESSDENIED = "AccessDenied"
    CLUSTERUNREACHABLE = "ClusterUnreachable"


CapabilityIssueCodeLiteral: TypeAlias = Literal[
    "AccessDenied",
    "ClusterUnreachable",
]
"""The values of :class:`CapabilityIssueCode` as string literals. A request argument typed
``CapabilityIssueCode | CapabilityIssueCodeLiteral`` takes a member or one of these strings, so
a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class CapabilityStatus(ServiceEnum):
    """Lifecycle of a capability. ``DEGRADED`` means running with health issues.

    The service also documents ``UPDATE_FAILED``; this client keeps such values
    as plain ``str`` until the enum lists them.
    """

    CREATING = "CREATING"
    CREATE_FAILED = "CREATE_FAILED"
    UPDATING = "UPDATING"
    DELETING = "DELETING"
    DELETE_FAILED = "DELETE_FAILED"
    ACTIVE = "ACTIVE"
    DEGRADED = "DEGRADED"


CapabilityStatusLiteral: TypeAlias = Literal[
    "CREATING",
    "CREATE_FAILED",
    "UPDATING",
    "DELETING",
    "DELETE_FAILED",
    "ACTIVE",
    "DEGRADED",
]
"""The values of :class:`CapabilityStatus` as string literals. A request argument typed
``CapabilityStatus | CapabilityStatusLiteral`` takes a member or one of these strings, so a typo
is a type error; a value newer than this client goes through ``typing.cast``.
"""


class CapabilityType(ServiceEnum):
    """Which managed capability: ``ACK`` (AWS Controllers for Kubernetes), ``KRO`` or ``ARGOCD``."""

    ACK = "ACK"
    KRO = "KRO"
    ARGOCD = "ARGOCD"


CapabilityTypeLiteral: TypeAlias = Literal[
    "ACK",
    "KRO",
    "ARGOCD",
]
"""The values of :class:`CapabilityType` as string literals. A request argument typed
``CapabilityType | CapabilityTypeLiteral`` takes a member or one of these strings, so a typo is
a type error; a value newer than this client goes through ``typing.cast``.
"""


class SsoIdentityType(ServiceEnum):
    """Whether an Identity Center identity is a user or a group."""

    SSO_USER = "SSO_USER"
    SSO_GROUP = "SSO_GROUP"


SsoIdentityTypeLiteral: TypeAlias = Literal[
    "SSO_USER",
    "SSO_GROUP",
]
"""The values of :class:`SsoIdentityType` as string literals. A request argument typed
``SsoIdentityType | SsoIdentityTypeLiteral`` takes a member or one of these strings, so a typo
is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class AckConfigRequest:
    """Settings for a new ACK capability."""

    enable_cross_namespace: bool | None = member("enableCrossNamespace", default=None)
    """Let resource references point into other namespaces (off by default)."""
    disabled_services: list[str] | None = member(
        "disabledServices", default=None, max_len=200, item_min_len=1, item_max_len=63
    )
    """ACK service controllers to turn off, such as ``s3`` or ``iam``; unknown names are stored but
    turn nothing off."""


@model
class AckConfigResponse:
    """The settings in effect for an ACK capability."""

    enable_cross_namespace: bool | None = member("enableCrossNamespace", default=None)
    """Whether references may point into other namespaces."""
    disabled_services: list[str] | None = member(
        "disabledServices", default=None, max_len=200, item_min_len=1, item_max_len=63
    )
    """Service controllers turned off; their CRDs stay installed but nothing is reconciled."""


@model
class ArgoCdAwsIdcConfigRequest:
    """The IAM Identity Center instance Argo CD users sign in with."""

    idc_instance_arn: str = member("idcInstanceArn")
    """ARN of the Identity Center instance."""
    idc_region: str | None = member("idcRegion", default=None)
    """Region of the Identity Center instance, when it differs from the cluster's."""


@model
class ArgoCdAwsIdcConfigResponse:
    """The IAM Identity Center instance an Argo CD capability authenticates against."""

    idc_instance_arn: str | None = member("idcInstanceArn", default=None)
    """ARN of the Identity Center instance."""
    idc_region: str | None = member("idcRegion", default=None)
    """Region of the Identity Center instance."""
    idc_managed_application_arn: str | None = member("idcManagedApplicationArn", default=None)
    """The Identity Center application EKS created and manages for this capability."""


@model
class ArgoCdConfigRequest:
    """Settings for a new Argo CD capability."""

    aws_idc: ArgoCdAwsIdcConfigRequest = member("awsIdc")
    """Identity Center instance users sign in with."""
    namespace: str | None = member("namespace", default=None)
    """Namespace Argo CD watches for its resources (a default is used when omitted)."""
    rbac_role_mappings: list[ArgoCdRoleMapping] | None = member("rbacRoleMappings", default=None)
    """Which Identity Center users and groups get which Argo CD role."""
    network_access: ArgoCdNetworkAccessConfigRequest | None = member("networkAccess", default=None)
    """VPC endpoints for private access; when set, the public endpoint is blocked."""
    endpoint_prefix: str | None = member("endpointPrefix", default=None, min_len=1, max_len=50)
    """Prefix of the Argo CD server's hostname; generated when omitted, fixed after creation."""


@model
class ArgoCdConfigResponse:
    """The settings of an Argo CD capability, including where to reach it."""

    namespace: str | None = member("namespace", default=None)
    """Namespace Argo CD watches for its resources."""
    aws_idc: ArgoCdAwsIdcConfigResponse | None = member("awsIdc", default=None)
    """Identity Center integration."""
    rbac_role_mappings: list[ArgoCdRoleMapping] | None = member("rbacRoleMappings", default=None)
    """Which Identity Center users and groups have which Argo CD role."""
    network_access: ArgoCdNetworkAccessConfigResponse | None = member("networkAccess", default=None)
    """VPC endpoints with private access; when present, public access is blocked."""
    server_url: str | None = member("serverUrl", default=None)
    """URL of the Argo CD web UI and API."""
    endpoint_prefix: str | None = member("endpointPrefix", default=None, min_len=1, max_len=50)
    """Prefix of the server's hostname, chosen at creation."""


@model
class ArgoCdNetworkAccessConfigRequest:
    """Private access to the Argo CD server through VPC endpoints."""

    vpce_ids: list[str] | None = member("vpceIds", default=None)
    """VPC endpoint IDs, one per VPC that needs access; setting any blocks public access."""


@model
class ArgoCdNetworkAccessConfigResponse:
    """VPC endpoints that reach the Argo CD server privately."""

    vpce_ids: list[str] | None = member("vpceIds", default=None)
    """The VPC endpoint IDs; when any are set the public endpoint is blocked."""


@model
class ArgoCdRoleMapping:
    """An Argo CD role and the Identity Center users or groups that hold it."""

    role: ArgoCdRole | ArgoCdRoleLiteral = member("role")
    """``ADMIN`` (full control), ``EDITOR`` (change resources) or ``VIEWER`` (read only)."""
    identities: list[SsoIdentity] = member("identities")
    """Users and groups given the role."""


@model
class Capability:
    """A managed capability attached to a cluster, with its configuration and health."""

    capability_name: str | None = member("capabilityName", default=None)
    """Name of the capability, unique within the cluster."""
    arn: str | None = member("arn", default=None)
    """ARN of the capability."""
    cluster_name: str | None = member("clusterName", default=None)
    """The cluster the capability manages."""
    type: CapabilityType | str | None = member("type", default=None)
    role_arn: str | None = member("roleArn", default=None)
    """IAM role the capability uses to call AWS services."""
    status: CapabilityStatus | str | None = member("status", default=None)
    """Where the capability is in its lifecycle."""
    version: str | None = member("version", default=None)
    """Version of the capability software running."""
    configuration: CapabilityConfigurationResponse | None = member("configuration", default=None)
    """Type-specific settings (Argo CD or ACK)."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    health: CapabilityHealth | None = member("health", default=None)
    """Problems affecting the capability; none when healthy."""
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the capability was created."""
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    """When it last changed."""
    delete_propagation_policy: CapabilityDeletePropagationPolicy | str | None = member(
        "deletePropagationPolicy", default=None
    )
    """What deleting the capability does to the resources it manages."""


@model
class CapabilityConfigurationRequest:
    """Type-specific settings for a new capability; set the block matching its type."""

    argo_cd: ArgoCdConfigRequest | None = member("argoCd", default=None)
    """Settings for an ``ARGOCD`` capability."""
    ack: AckConfigRequest | None = member("ack", default=None)
    """Settings for an ``ACK`` capability."""


@model
class CapabilityConfigurationResponse:
    """Type-specific settings of a capability."""

    argo_cd: ArgoCdConfigResponse | None = member("argoCd", default=None)
    """Present for an ``ARGOCD`` capability."""
    ack: AckConfigResponse | None = member("ack", default=None)
    """Present for an ``ACK`` capability."""


@model
class CapabilityHealth:
    """Health of a capability: the issues found (empty when healthy)."""

    issues: list[CapabilityIssue] | None = member("issues", default=None)


@model
class CapabilityIssue:
    """One problem affecting a capability."""

    code: CapabilityIssueCode | str | None = member("code", default=None)
    message: str | None = member("message", default=None)
    """What is wrong and how it might be fixed."""


@model
class CapabilitySummary:
    """A capability as listed by ``list_capabilities``: identity and status, no configuration."""

    capability_name: str | None = member("capabilityName", default=None)
    """Name of the capability, unique within the cluster."""
    arn: str | None = member("arn", default=None)
    """ARN of the capability."""
    type: CapabilityType | str | None = member("type", default=None)
    status: CapabilityStatus | str | None = member("status", default=None)
    version: str | None = member("version", default=None)
    """Version of the capability software running."""
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the capability was created."""
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    """When it last changed."""


@model
class SsoIdentity:
    """An IAM Identity Center user or group."""

    id: str = member("id")
    """Identity Center ID of the user or group."""
    type: SsoIdentityType | SsoIdentityTypeLiteral = member("type")
    """``SSO_USER`` or ``SSO_GROUP``."""


@model
class UpdateAckConfig:
    """Changes to an ACK capability's settings; unset members stay as they are."""

    enable_cross_namespace: bool | None = member("enableCrossNamespace", default=None)
    """Allow (``True``) or forbid (``False``) cross-namespace references."""
    disabled_services: list[str] | None = member(
        "disabledServices", default=None, max_len=200, item_min_len=1, item_max_len=63
    )
    """The complete new list of disabled service controllers (it replaces the old one); ``[]`` turns
    every service back on."""


@model
class UpdateArgoCdConfig:
    """Changes to an Argo CD capability's settings; unset members stay as they are."""

    rbac_role_mappings: UpdateRoleMappings | None = member("rbacRoleMappings", default=None)
    """Role mappings to add, change or remove."""
    network_access: ArgoCdNetworkAccessConfigRequest | None = member("networkAccess", default=None)
    """The new set of VPC endpoints with private access."""


@model
class UpdateCapabilityConfiguration:
    """Type-specific changes to a capability; set the block matching its type."""

    argo_cd: UpdateArgoCdConfig | None = member("argoCd", default=None)
    """Changes for an ``ARGOCD`` capability."""
    ack: UpdateAckConfig | None = member("ack", default=None)
    """Changes for an ``ACK`` capability."""


@model
class UpdateRoleMappings:
    """Argo CD role mappings to add or update, and to remove, in one update."""

    add_or_update_role_mappings: list[ArgoCdRoleMapping] | None = member(
        "addOrUpdateRoleMappings", default=None
    )
    """Mappings to add; for a role already mapped, its identities are replaced by these."""
    remove_role_mappings: list[ArgoCdRoleMapping] | None = member(
        "removeRoleMappings", default=None
    )
    """Identities to remove from the given roles."""


@model
class CreateCapabilityRequest:
    """Input of :meth:`EKSClient.create_capability`."""

    capability_name: str = member("capabilityName")
    cluster_name: str = member("name", location="uri")
    type: CapabilityType | CapabilityTypeLiteral = member("type")
    role_arn: str = member("roleArn")
    delete_propagation_policy: (
        CapabilityDeletePropagationPolicy | CapabilityDeletePropagationPolicyLiteral
    ) = member("deletePropagationPolicy")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    configuration: CapabilityConfigurationRequest | None = member("configuration", default=None)
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )


@model
class CreateCapabilityResponse(Response):
    """Output of :meth:`EKSClient.create_capability`: the capability, usually ``CREATING``."""

    capability: Capability | None = member("capability", default=None)


@model
class DeleteCapabilityRequest:
    """Input of :meth:`EKSClient.delete_capability`."""

    cluster_name: str = member("name", location="uri")
    capability_name: str = member("capabilityName", location="uri")


@model
class DeleteCapabilityResponse(Response):
    """Output of :meth:`EKSClient.delete_capability`: the capability as deletion starts."""

    capability: Capability | None = member("capability", default=None)


@model
class DescribeCapabilityRequest:
    """Input of :meth:`EKSClient.describe_capability`."""

    cluster_name: str = member("name", location="uri")
    capability_name: str = member("capabilityName", location="uri")


@model
class DescribeCapabilityResponse(Response):
    """Output of :meth:`EKSClient.describe_capability`."""

    capability: Capability | None = member("capability", default=None)


@model
class ListCapabilitiesRequest:
    """Input of :meth:`EKSClient.list_capabilities`."""

    cluster_name: str = member("name", location="uri")
    next_token: str | None = member("nextToken", default=None, location="querystring")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )


@model
class ListCapabilitiesResponse(Response):
    """One page of :meth:`EKSClient.list_capabilities`."""

    capabilities: list[CapabilitySummary] | None = member("capabilities", default=None)
    """Summaries of the cluster's capabilities."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""


@model
class UpdateCapabilityRequest:
    """Input of :meth:`EKSClient.update_capability`."""

    cluster_name: str = member("name", location="uri")
    capability_name: str = member("capabilityName", location="uri")
    role_arn: str | None = member("roleArn", default=None)
    configuration: UpdateCapabilityConfiguration | None = member("configuration", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    delete_propagation_policy: (
        CapabilityDeletePropagationPolicy | CapabilityDeletePropagationPolicyLiteral | None
    ) = member("deletePropagationPolicy", default=None)


@model
class UpdateCapabilityResponse(Response):
    """Output of :meth:`EKSClient.update_capability`: the update started."""

    update: Update | None = member("update", default=None)
