"""EKS add-ons: cluster software (CNI, CoreDNS, CSI drivers...) that EKS installs and upgrades."""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.eks.models.common import Update

__all__ = [
    "Addon",
    "AddonHealth",
    "AddonInfo",
    "AddonIssue",
    "AddonIssueCode",
    "AddonIssueCodeLiteral",
    "AddonNamespaceConfigRequest",
    "AddonNamespaceConfigResponse",
    "AddonPodIdentityAssociations",
    "AddonPodIdentityConfiguration",
    "AddonStatus",
    "AddonStatusLiteral",
    "AddonVersionInfo",
    "Compatibility",
    "CreateAddonRequest",
    "CreateAddonResponse",
    "DeleteAddonRequest",
    "DeleteAddonResponse",
    "DescribeAddonConfigurationRequest",
    "DescribeAddonConfigurationResponse",
    "DescribeAddonRequest",
    "DescribeAddonResponse",
    "DescribeAddonVersionsRequest",
    "DescribeAddonVersionsResponse",
    "ListAddonsRequest",
    "ListAddonsResponse",
    "MarketplaceInformation",
    "ResolveConflicts",
    "ResolveConflictsLiteral",
    "UpdateAddonRequest",
    "UpdateAddonResponse",
]


class AddonIssueCode(ServiceEnum):
    """Kind of problem an add-on's health check found."""

    ACCESSDENIED = "AccessDenied"
    INTERNALFAILURE = "InternalFailure"
    CLUSTERUNREACHABLE = "ClusterUnreachable"
    INSUFFICIENTNUMBEROFREPLICAS = "InsufficientNumberOfReplicas"
    CONFIGURATIONCONFLICT = "ConfigurationConflict"
    ADMISSIONREQUESTDENIED = "AdmissionRequestDenied"
    UNSUPPORTEDADDONMODIFICATION = "UnsupportedAddonModification"
    K8SRESOURCENOTFOUND = "K8sResourceNotFound"
    ADDONSUBSCRIPTIONNEEDED = "AddonSubscriptionNeeded"
    ADDONPERMISSIONFAILURE = "AddonPermissionFailure"


AddonIssueCodeLiteral: TypeAlias = Literal[
    "AccessDenied",
    "InternalFailure",
    "ClusterUnreachable",
    "InsufficientNumberOfReplicas",
    "ConfigurationConflict",
    "AdmissionRequestDenied",
    "UnsupportedAddonModification",
    "K8sResourceNotFound",
    "AddonSubscriptionNeeded",
    "AddonPermissionFailure",
]
"""The values of :class:`AddonIssueCode` as string literals. A request argument typed
``AddonIssueCode | AddonIssueCodeLiteral`` takes a member or one of these strings, so a typo is
a type error; a value newer than this client goes through ``typing.cast``.
"""


class AddonStatus(ServiceEnum):
    """Lifecycle of an add-on. ``DEGRADED`` means installed but unhealthy (see ``health``)."""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    CREATE_FAILED = "CREATE_FAILED"
    UPDATING = "UPDATING"
    DELETING = "DELETING"
    DELETE_FAILED = "DELETE_FAILED"
    DEGRADED = "DEGRADED"
    UPDATE_FAILED = "UPDATE_FAILED"


AddonStatusLiteral: TypeAlias = Literal[
    "CREATING",
    "ACTIVE",
    "CREATE_FAILED",
    "UPDATING",
    "DELETING",
    "DELETE_FAILED",
    "DEGRADED",
    "UPDATE_FAILED",
]
"""The values of :class:`AddonStatus` as string literals. A request argument typed ``AddonStatus |
AddonStatusLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


class ResolveConflicts(ServiceEnum):
    """What EKS does when an add-on setting it manages was changed in the cluster.

    ``OVERWRITE`` resets the changed values to EKS's; ``NONE`` leaves them and
    lets the operation fail if they conflict; ``PRESERVE`` keeps your values on
    an update (on creation it behaves like ``NONE``).
    """

    OVERWRITE = "OVERWRITE"
    NONE = "NONE"
    PRESERVE = "PRESERVE"


ResolveConflictsLiteral: TypeAlias = Literal[
    "OVERWRITE",
    "NONE",
    "PRESERVE",
]
"""The values of :class:`ResolveConflicts` as string literals. A request argument typed
``ResolveConflicts | ResolveConflictsLiteral`` takes a member or one of these strings, so a typo
is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class Addon:
    """An add-on installed on a cluster."""

    addon_name: str | None = member("addonName", default=None)
    """Add-on name, such as ``vpc-cni`` or ``coredns``."""
    cluster_name: str | None = member("clusterName", default=None, min_len=1, max_len=100)
    """The cluster the add-on is installed on."""
    status: AddonStatus | str | None = member("status", default=None)
    """Where the add-on is in its lifecycle."""
    addon_version: str | None = member("addonVersion", default=None)
    """Installed version, such as ``v1.18.3-eksbuild.1``."""
    health: AddonHealth | None = member("health", default=None)
    """Problems the service found with the add-on, if any."""
    addon_arn: str | None = member("addonArn", default=None)
    """ARN of the add-on."""
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the add-on was installed."""
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    """When the add-on last changed."""
    service_account_role_arn: str | None = member("serviceAccountRoleArn", default=None)
    """IAM role bound to the add-on's Kubernetes service account (IRSA)."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    publisher: str | None = member("publisher", default=None)
    """Who publishes the add-on."""
    owner: str | None = member("owner", default=None)
    """Who owns it: ``aws``, ``aws-marketplace`` or ``community``."""
    marketplace_information: MarketplaceInformation | None = member(
        "marketplaceInformation", default=None
    )
    """Marketplace listing, for add-ons sold through AWS Marketplace."""
    configuration_values: str | None = member("configurationValues", default=None)
    """The configuration you supplied, as the JSON or YAML text you sent."""
    pod_identity_associations: list[str] | None = member("podIdentityAssociations", default=None)
    """ARNs of the EKS Pod Identity associations the add-on owns."""
    namespace_config: AddonNamespaceConfigResponse | None = member("namespaceConfig", default=None)
    """The Kubernetes namespace the add-on is installed in."""


@model
class AddonHealth:
    """Health of an add-on: the list of issues found (empty when healthy)."""

    issues: list[AddonIssue] | None = member("issues", default=None)


@model
class AddonInfo:
    """An add-on that can be installed, with its available versions."""

    addon_name: str | None = member("addonName", default=None)
    type: str | None = member("type", default=None)
    """Category, such as ``networking`` or ``storage``."""
    addon_versions: list[AddonVersionInfo] | None = member("addonVersions", default=None)
    """Versions available, each with the Kubernetes versions it supports."""
    publisher: str | None = member("publisher", default=None)
    owner: str | None = member("owner", default=None)
    """Who owns it: ``aws``, ``aws-marketplace`` or ``community``."""
    marketplace_information: MarketplaceInformation | None = member(
        "marketplaceInformation", default=None
    )
    """Marketplace listing, for add-ons sold through AWS Marketplace."""
    default_namespace: str | None = member("defaultNamespace", default=None)
    """Namespace used when the create call names none."""


@model
class AddonIssue:
    """One problem found with an add-on."""

    code: AddonIssueCode | str | None = member("code", default=None)
    message: str | None = member("message", default=None)
    """What the problem is and what may cause it."""
    resource_ids: list[str] | None = member("resourceIds", default=None)
    """Resources involved, when the service can name them."""


@model
class AddonNamespaceConfigRequest:
    """A custom Kubernetes namespace to install an add-on into."""

    namespace: str | None = member("namespace", default=None, min_len=1, max_len=63)
    """Namespace name; must be a valid RFC 1123 DNS label."""


@model
class AddonNamespaceConfigResponse:
    """The Kubernetes namespace an add-on is installed in."""

    namespace: str | None = member("namespace", default=None, min_len=1, max_len=63)


@model
class AddonPodIdentityAssociations:
    """A service account of an add-on and the IAM role its pods get through EKS Pod Identity."""

    service_account: str = member("serviceAccount")
    """Kubernetes service account name the add-on uses."""
    role_arn: str = member("roleArn")
    """IAM role its pods receive credentials for."""


@model
class AddonPodIdentityConfiguration:
    """What an add-on needs from IAM: its service account and suggested managed policies."""

    service_account: str | None = member("serviceAccount", default=None)
    """Kubernetes service account the add-on runs as."""
    recommended_managed_policies: list[str] | None = member(
        "recommendedManagedPolicies", default=None
    )
    """Managed IAM policies to attach to the add-on's role."""


@model
class AddonVersionInfo:
    """One version of an add-on and what it runs on."""

    addon_version: str | None = member("addonVersion", default=None)
    architecture: list[str] | None = member("architecture", default=None)
    """CPU architectures the version supports, such as ``amd64`` and ``arm64``."""
    compute_types: list[str] | None = member("computeTypes", default=None)
    """Compute it can run on, such as ``ec2`` or ``fargate``."""
    compatibilities: list[Compatibility] | None = member("compatibilities", default=None)
    """Kubernetes versions and platforms the version supports."""
    requires_configuration: bool | None = member("requiresConfiguration", default=None)
    """Whether configuration values are mandatory when installing it."""
    requires_iam_permissions: bool | None = member("requiresIamPermissions", default=None)
    """Whether the add-on needs an IAM role to work."""


@model
class Compatibility:
    """A Kubernetes version an add-on version works with."""

    cluster_version: str | None = member("clusterVersion", default=None)
    """Kubernetes version, such as ``1.31``."""
    platform_versions: list[str] | None = member("platformVersions", default=None)
    """EKS platform versions supported."""
    default_version: bool | None = member("defaultVersion", default=None)
    """Whether this add-on version is the default for that Kubernetes version."""


@model
class MarketplaceInformation:
    """Where an add-on is listed in AWS Marketplace."""

    product_id: str | None = member("productId", default=None)
    product_url: str | None = member("productUrl", default=None)


@model
class CreateAddonRequest:
    """Input of :meth:`EKSClient.create_addon`."""

    cluster_name: str = member("name", location="uri", min_len=1, max_len=100)
    addon_name: str = member("addonName")
    addon_version: str | None = member("addonVersion", default=None)
    service_account_role_arn: str | None = member(
        "serviceAccountRoleArn", default=None, min_len=1, max_len=255
    )
    resolve_conflicts: ResolveConflicts | ResolveConflictsLiteral | None = member(
        "resolveConflicts", default=None
    )
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    configuration_values: str | None = member("configurationValues", default=None)
    pod_identity_associations: list[AddonPodIdentityAssociations] | None = member(
        "podIdentityAssociations", default=None
    )
    namespace_config: AddonNamespaceConfigRequest | None = member("namespaceConfig", default=None)


@model
class CreateAddonResponse(Response):
    """Output of :meth:`EKSClient.create_addon`: the add-on, usually still ``CREATING``."""

    addon: Addon | None = member("addon", default=None)


@model
class DeleteAddonRequest:
    """Input of :meth:`EKSClient.delete_addon`."""

    cluster_name: str = member("name", location="uri", min_len=1, max_len=100)
    addon_name: str = member("addonName", location="uri")
    preserve: bool | None = member("preserve", default=None, location="querystring")


@model
class DeleteAddonResponse(Response):
    """Output of :meth:`EKSClient.delete_addon`: the add-on as deletion starts."""

    addon: Addon | None = member("addon", default=None)


@model
class DescribeAddonRequest:
    """Input of :meth:`EKSClient.describe_addon`."""

    cluster_name: str = member("name", location="uri", min_len=1, max_len=100)
    addon_name: str = member("addonName", location="uri")


@model
class DescribeAddonResponse(Response):
    """Output of :meth:`EKSClient.describe_addon`."""

    addon: Addon | None = member("addon", default=None)


@model
class DescribeAddonConfigurationRequest:
    """Input of :meth:`EKSClient.describe_addon_configuration`."""

    addon_name: str = member("addonName", location="querystring")
    addon_version: str = member("addonVersion", location="querystring")


@model
class DescribeAddonConfigurationResponse(Response):
    """Output of :meth:`EKSClient.describe_addon_configuration`."""

    addon_name: str | None = member("addonName", default=None)
    addon_version: str | None = member("addonVersion", default=None)
    configuration_schema: str | None = member("configurationSchema", default=None)
    """JSON schema that configuration values are validated against."""
    pod_identity_configuration: list[AddonPodIdentityConfiguration] | None = member(
        "podIdentityConfiguration", default=None
    )
    """Service accounts and suggested IAM policies the add-on needs."""


@model
class DescribeAddonVersionsRequest:
    """Input of :meth:`EKSClient.describe_addon_versions`."""

    kubernetes_version: str | None = member(
        "kubernetesVersion", default=None, location="querystring"
    )
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")
    addon_name: str | None = member("addonName", default=None, location="querystring")
    types: list[str] | None = member("types", default=None, location="querystring")
    publishers: list[str] | None = member("publishers", default=None, location="querystring")
    owners: list[str] | None = member("owners", default=None, location="querystring")


@model
class DescribeAddonVersionsResponse(Response):
    """One page of :meth:`EKSClient.describe_addon_versions`."""

    addons: list[AddonInfo] | None = member("addons", default=None)
    """Add-ons with their versions and the Kubernetes versions they support."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""


@model
class ListAddonsRequest:
    """Input of :meth:`EKSClient.list_addons`."""

    cluster_name: str = member("name", location="uri", min_len=1, max_len=100)
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListAddonsResponse(Response):
    """One page of :meth:`EKSClient.list_addons`."""

    addons: list[str] | None = member("addons", default=None)
    """Names of the add-ons installed on the cluster."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""


@model
class UpdateAddonRequest:
    """Input of :meth:`EKSClient.update_addon`."""

    cluster_name: str = member("name", location="uri", min_len=1, max_len=100)
    addon_name: str = member("addonName", location="uri")
    addon_version: str | None = member("addonVersion", default=None)
    service_account_role_arn: str | None = member(
        "serviceAccountRoleArn", default=None, min_len=1, max_len=255
    )
    resolve_conflicts: ResolveConflicts | ResolveConflictsLiteral | None = member(
        "resolveConflicts", default=None
    )
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    configuration_values: str | None = member("configurationValues", default=None)
    pod_identity_associations: list[AddonPodIdentityAssociations] | None = member(
        "podIdentityAssociations", default=None
    )


@model
class UpdateAddonResponse(Response):
    """Output of :meth:`EKSClient.update_addon`: the update started."""

    update: Update | None = member("update", default=None)
