"""DOC: module addon"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model
from emrk.eks.models.common import Update

__all__ = [
    "Addon",
    "AddonHealth",
    "AddonInfo",
    "AddonIssue",
    "AddonIssueCode",
    "AddonNamespaceConfigRequest",
    "AddonNamespaceConfigResponse",
    "AddonPodIdentityAssociations",
    "AddonPodIdentityConfiguration",
    "AddonStatus",
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
    "UpdateAddonRequest",
    "UpdateAddonResponse",
]


class AddonIssueCode(str, enum.Enum):
    """DOC: AddonIssueCode"""

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


class AddonStatus(str, enum.Enum):
    """DOC: AddonStatus"""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    CREATE_FAILED = "CREATE_FAILED"
    UPDATING = "UPDATING"
    DELETING = "DELETING"
    DELETE_FAILED = "DELETE_FAILED"
    DEGRADED = "DEGRADED"
    UPDATE_FAILED = "UPDATE_FAILED"


class ResolveConflicts(str, enum.Enum):
    """DOC: ResolveConflicts"""

    OVERWRITE = "OVERWRITE"
    NONE = "NONE"
    PRESERVE = "PRESERVE"


@model
class Addon:
    """DOC: Addon"""

    addon_name: str | None = member("addonName", default=None)
    cluster_name: str | None = member("clusterName", default=None, min_len=1, max_len=100)
    status: AddonStatus | str | None = member("status", default=None)
    addon_version: str | None = member("addonVersion", default=None)
    health: AddonHealth | None = member("health", default=None)
    addon_arn: str | None = member("addonArn", default=None)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    service_account_role_arn: str | None = member("serviceAccountRoleArn", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    publisher: str | None = member("publisher", default=None)
    owner: str | None = member("owner", default=None)
    marketplace_information: MarketplaceInformation | None = member(
        "marketplaceInformation", default=None
    )
    configuration_values: str | None = member("configurationValues", default=None)
    pod_identity_associations: list[str] | None = member("podIdentityAssociations", default=None)
    namespace_config: AddonNamespaceConfigResponse | None = member("namespaceConfig", default=None)


@model
class AddonHealth:
    """DOC: AddonHealth"""

    issues: list[AddonIssue] | None = member("issues", default=None)


@model
class AddonInfo:
    """DOC: AddonInfo"""

    addon_name: str | None = member("addonName", default=None)
    type: str | None = member("type", default=None)
    addon_versions: list[AddonVersionInfo] | None = member("addonVersions", default=None)
    publisher: str | None = member("publisher", default=None)
    owner: str | None = member("owner", default=None)
    marketplace_information: MarketplaceInformation | None = member(
        "marketplaceInformation", default=None
    )
    default_namespace: str | None = member("defaultNamespace", default=None)


@model
class AddonIssue:
    """DOC: AddonIssue"""

    code: AddonIssueCode | str | None = member("code", default=None)
    message: str | None = member("message", default=None)
    resource_ids: list[str] | None = member("resourceIds", default=None)


@model
class AddonNamespaceConfigRequest:
    """DOC: AddonNamespaceConfigRequest"""

    namespace: str | None = member("namespace", default=None, min_len=1, max_len=63)


@model
class AddonNamespaceConfigResponse:
    """DOC: AddonNamespaceConfigResponse"""

    namespace: str | None = member("namespace", default=None, min_len=1, max_len=63)


@model
class AddonPodIdentityAssociations:
    """DOC: AddonPodIdentityAssociations"""

    service_account: str = member("serviceAccount")
    role_arn: str = member("roleArn")


@model
class AddonPodIdentityConfiguration:
    """DOC: AddonPodIdentityConfiguration"""

    service_account: str | None = member("serviceAccount", default=None)
    recommended_managed_policies: list[str] | None = member(
        "recommendedManagedPolicies", default=None
    )


@model
class AddonVersionInfo:
    """DOC: AddonVersionInfo"""

    addon_version: str | None = member("addonVersion", default=None)
    architecture: list[str] | None = member("architecture", default=None)
    compute_types: list[str] | None = member("computeTypes", default=None)
    compatibilities: list[Compatibility] | None = member("compatibilities", default=None)
    requires_configuration: bool | None = member("requiresConfiguration", default=None)
    requires_iam_permissions: bool | None = member("requiresIamPermissions", default=None)


@model
class Compatibility:
    """DOC: Compatibility"""

    cluster_version: str | None = member("clusterVersion", default=None)
    platform_versions: list[str] | None = member("platformVersions", default=None)
    default_version: bool | None = member("defaultVersion", default=None)


@model
class MarketplaceInformation:
    """DOC: MarketplaceInformation"""

    product_id: str | None = member("productId", default=None)
    product_url: str | None = member("productUrl", default=None)


@model
class CreateAddonRequest:
    """DOC: CreateAddonRequest"""

    cluster_name: str = member("name", location="uri", min_len=1, max_len=100)
    addon_name: str = member("addonName")
    addon_version: str | None = member("addonVersion", default=None)
    service_account_role_arn: str | None = member(
        "serviceAccountRoleArn", default=None, min_len=1, max_len=255
    )
    resolve_conflicts: ResolveConflicts | str | None = member("resolveConflicts", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    configuration_values: str | None = member("configurationValues", default=None)
    pod_identity_associations: list[AddonPodIdentityAssociations] | None = member(
        "podIdentityAssociations", default=None
    )
    namespace_config: AddonNamespaceConfigRequest | None = member("namespaceConfig", default=None)


@model
class CreateAddonResponse(Response):
    """DOC: CreateAddonResponse"""

    addon: Addon | None = member("addon", default=None)


@model
class DeleteAddonRequest:
    """DOC: DeleteAddonRequest"""

    cluster_name: str = member("name", location="uri", min_len=1, max_len=100)
    addon_name: str = member("addonName", location="uri")
    preserve: bool | None = member("preserve", default=None, location="querystring")


@model
class DeleteAddonResponse(Response):
    """DOC: DeleteAddonResponse"""

    addon: Addon | None = member("addon", default=None)


@model
class DescribeAddonRequest:
    """DOC: DescribeAddonRequest"""

    cluster_name: str = member("name", location="uri", min_len=1, max_len=100)
    addon_name: str = member("addonName", location="uri")


@model
class DescribeAddonResponse(Response):
    """DOC: DescribeAddonResponse"""

    addon: Addon | None = member("addon", default=None)


@model
class DescribeAddonConfigurationRequest:
    """DOC: DescribeAddonConfigurationRequest"""

    addon_name: str = member("addonName", location="querystring")
    addon_version: str = member("addonVersion", location="querystring")


@model
class DescribeAddonConfigurationResponse(Response):
    """DOC: DescribeAddonConfigurationResponse"""

    addon_name: str | None = member("addonName", default=None)
    addon_version: str | None = member("addonVersion", default=None)
    configuration_schema: str | None = member("configurationSchema", default=None)
    pod_identity_configuration: list[AddonPodIdentityConfiguration] | None = member(
        "podIdentityConfiguration", default=None
    )


@model
class DescribeAddonVersionsRequest:
    """DOC: DescribeAddonVersionsRequest"""

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
    """DOC: DescribeAddonVersionsResponse"""

    addons: list[AddonInfo] | None = member("addons", default=None)
    next_token: str | None = member("nextToken", default=None)


@model
class ListAddonsRequest:
    """DOC: ListAddonsRequest"""

    cluster_name: str = member("name", location="uri", min_len=1, max_len=100)
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListAddonsResponse(Response):
    """DOC: ListAddonsResponse"""

    addons: list[str] | None = member("addons", default=None)
    next_token: str | None = member("nextToken", default=None)


@model
class UpdateAddonRequest:
    """DOC: UpdateAddonRequest"""

    cluster_name: str = member("name", location="uri", min_len=1, max_len=100)
    addon_name: str = member("addonName", location="uri")
    addon_version: str | None = member("addonVersion", default=None)
    service_account_role_arn: str | None = member(
        "serviceAccountRoleArn", default=None, min_len=1, max_len=255
    )
    resolve_conflicts: ResolveConflicts | str | None = member("resolveConflicts", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    configuration_values: str | None = member("configurationValues", default=None)
    pod_identity_associations: list[AddonPodIdentityAssociations] | None = member(
        "podIdentityAssociations", default=None
    )


@model
class UpdateAddonResponse(Response):
    """DOC: UpdateAddonResponse"""

    update: Update | None = member("update", default=None)
