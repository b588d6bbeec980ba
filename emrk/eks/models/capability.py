"""DOC: module capability"""

from __future__ import annotations

import datetime
import enum

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
    "ArgoCdRoleMapping",
    "Capability",
    "CapabilityConfigurationRequest",
    "CapabilityConfigurationResponse",
    "CapabilityDeletePropagationPolicy",
    "CapabilityHealth",
    "CapabilityIssue",
    "CapabilityIssueCode",
    "CapabilityStatus",
    "CapabilitySummary",
    "CapabilityType",
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
    "UpdateAckConfig",
    "UpdateArgoCdConfig",
    "UpdateCapabilityConfiguration",
    "UpdateCapabilityRequest",
    "UpdateCapabilityResponse",
    "UpdateRoleMappings",
]


class ArgoCdRole(str, enum.Enum):
    """DOC: ArgoCdRole"""

    ADMIN = "ADMIN"
    EDITOR = "EDITOR"
    VIEWER = "VIEWER"


class CapabilityDeletePropagationPolicy(str, enum.Enum):
    """DOC: CapabilityDeletePropagationPolicy"""

    RETAIN = "RETAIN"


class CapabilityIssueCode(str, enum.Enum):
    """DOC: CapabilityIssueCode"""

    ACCESSDENIED = "AccessDenied"
    CLUSTERUNREACHABLE = "ClusterUnreachable"


class CapabilityStatus(str, enum.Enum):
    """DOC: CapabilityStatus"""

    CREATING = "CREATING"
    CREATE_FAILED = "CREATE_FAILED"
    UPDATING = "UPDATING"
    DELETING = "DELETING"
    DELETE_FAILED = "DELETE_FAILED"
    ACTIVE = "ACTIVE"
    DEGRADED = "DEGRADED"


class CapabilityType(str, enum.Enum):
    """DOC: CapabilityType"""

    ACK = "ACK"
    KRO = "KRO"
    ARGOCD = "ARGOCD"


class SsoIdentityType(str, enum.Enum):
    """DOC: SsoIdentityType"""

    SSO_USER = "SSO_USER"
    SSO_GROUP = "SSO_GROUP"


@model
class AckConfigRequest:
    """DOC: AckConfigRequest"""

    enable_cross_namespace: bool | None = member("enableCrossNamespace", default=None)
    disabled_services: list[str] | None = member("disabledServices", default=None, max_len=200)


@model
class AckConfigResponse:
    """DOC: AckConfigResponse"""

    enable_cross_namespace: bool | None = member("enableCrossNamespace", default=None)
    disabled_services: list[str] | None = member("disabledServices", default=None, max_len=200)


@model
class ArgoCdAwsIdcConfigRequest:
    """DOC: ArgoCdAwsIdcConfigRequest"""

    idc_instance_arn: str = member("idcInstanceArn")
    idc_region: str | None = member("idcRegion", default=None)


@model
class ArgoCdAwsIdcConfigResponse:
    """DOC: ArgoCdAwsIdcConfigResponse"""

    idc_instance_arn: str | None = member("idcInstanceArn", default=None)
    idc_region: str | None = member("idcRegion", default=None)
    idc_managed_application_arn: str | None = member("idcManagedApplicationArn", default=None)


@model
class ArgoCdConfigRequest:
    """DOC: ArgoCdConfigRequest"""

    aws_idc: ArgoCdAwsIdcConfigRequest = member("awsIdc")
    namespace: str | None = member("namespace", default=None)
    rbac_role_mappings: list[ArgoCdRoleMapping] | None = member("rbacRoleMappings", default=None)
    network_access: ArgoCdNetworkAccessConfigRequest | None = member("networkAccess", default=None)
    endpoint_prefix: str | None = member("endpointPrefix", default=None, min_len=1, max_len=50)


@model
class ArgoCdConfigResponse:
    """DOC: ArgoCdConfigResponse"""

    namespace: str | None = member("namespace", default=None)
    aws_idc: ArgoCdAwsIdcConfigResponse | None = member("awsIdc", default=None)
    rbac_role_mappings: list[ArgoCdRoleMapping] | None = member("rbacRoleMappings", default=None)
    network_access: ArgoCdNetworkAccessConfigResponse | None = member("networkAccess", default=None)
    server_url: str | None = member("serverUrl", default=None)
    endpoint_prefix: str | None = member("endpointPrefix", default=None, min_len=1, max_len=50)


@model
class ArgoCdNetworkAccessConfigRequest:
    """DOC: ArgoCdNetworkAccessConfigRequest"""

    vpce_ids: list[str] | None = member("vpceIds", default=None)


@model
class ArgoCdNetworkAccessConfigResponse:
    """DOC: ArgoCdNetworkAccessConfigResponse"""

    vpce_ids: list[str] | None = member("vpceIds", default=None)


@model
class ArgoCdRoleMapping:
    """DOC: ArgoCdRoleMapping"""

    role: ArgoCdRole | str = member("role")
    identities: list[SsoIdentity] = member("identities")


@model
class Capability:
    """DOC: Capability"""

    capability_name: str | None = member("capabilityName", default=None)
    arn: str | None = member("arn", default=None)
    cluster_name: str | None = member("clusterName", default=None)
    type: CapabilityType | str | None = member("type", default=None)
    role_arn: str | None = member("roleArn", default=None)
    status: CapabilityStatus | str | None = member("status", default=None)
    version: str | None = member("version", default=None)
    configuration: CapabilityConfigurationResponse | None = member("configuration", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    health: CapabilityHealth | None = member("health", default=None)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    delete_propagation_policy: CapabilityDeletePropagationPolicy | str | None = member(
        "deletePropagationPolicy", default=None
    )


@model
class CapabilityConfigurationRequest:
    """DOC: CapabilityConfigurationRequest"""

    argo_cd: ArgoCdConfigRequest | None = member("argoCd", default=None)
    ack: AckConfigRequest | None = member("ack", default=None)


@model
class CapabilityConfigurationResponse:
    """DOC: CapabilityConfigurationResponse"""

    argo_cd: ArgoCdConfigResponse | None = member("argoCd", default=None)
    ack: AckConfigResponse | None = member("ack", default=None)


@model
class CapabilityHealth:
    """DOC: CapabilityHealth"""

    issues: list[CapabilityIssue] | None = member("issues", default=None)


@model
class CapabilityIssue:
    """DOC: CapabilityIssue"""

    code: CapabilityIssueCode | str | None = member("code", default=None)
    message: str | None = member("message", default=None)


@model
class CapabilitySummary:
    """DOC: CapabilitySummary"""

    capability_name: str | None = member("capabilityName", default=None)
    arn: str | None = member("arn", default=None)
    type: CapabilityType | str | None = member("type", default=None)
    status: CapabilityStatus | str | None = member("status", default=None)
    version: str | None = member("version", default=None)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)


@model
class SsoIdentity:
    """DOC: SsoIdentity"""

    id: str = member("id")
    type: SsoIdentityType | str = member("type")


@model
class UpdateAckConfig:
    """DOC: UpdateAckConfig"""

    enable_cross_namespace: bool | None = member("enableCrossNamespace", default=None)
    disabled_services: list[str] | None = member("disabledServices", default=None, max_len=200)


@model
class UpdateArgoCdConfig:
    """DOC: UpdateArgoCdConfig"""

    rbac_role_mappings: UpdateRoleMappings | None = member("rbacRoleMappings", default=None)
    network_access: ArgoCdNetworkAccessConfigRequest | None = member("networkAccess", default=None)


@model
class UpdateCapabilityConfiguration:
    """DOC: UpdateCapabilityConfiguration"""

    argo_cd: UpdateArgoCdConfig | None = member("argoCd", default=None)
    ack: UpdateAckConfig | None = member("ack", default=None)


@model
class UpdateRoleMappings:
    """DOC: UpdateRoleMappings"""

    add_or_update_role_mappings: list[ArgoCdRoleMapping] | None = member(
        "addOrUpdateRoleMappings", default=None
    )
    remove_role_mappings: list[ArgoCdRoleMapping] | None = member(
        "removeRoleMappings", default=None
    )


@model
class CreateCapabilityRequest:
    """DOC: CreateCapabilityRequest"""

    capability_name: str = member("capabilityName")
    cluster_name: str = member("name", location="uri")
    type: CapabilityType | str = member("type")
    role_arn: str = member("roleArn")
    delete_propagation_policy: CapabilityDeletePropagationPolicy | str = member(
        "deletePropagationPolicy"
    )
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    configuration: CapabilityConfigurationRequest | None = member("configuration", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)


@model
class CreateCapabilityResponse(Response):
    """DOC: CreateCapabilityResponse"""

    capability: Capability | None = member("capability", default=None)


@model
class DeleteCapabilityRequest:
    """DOC: DeleteCapabilityRequest"""

    cluster_name: str = member("name", location="uri")
    capability_name: str = member("capabilityName", location="uri")


@model
class DeleteCapabilityResponse(Response):
    """DOC: DeleteCapabilityResponse"""

    capability: Capability | None = member("capability", default=None)


@model
class DescribeCapabilityRequest:
    """DOC: DescribeCapabilityRequest"""

    cluster_name: str = member("name", location="uri")
    capability_name: str = member("capabilityName", location="uri")


@model
class DescribeCapabilityResponse(Response):
    """DOC: DescribeCapabilityResponse"""

    capability: Capability | None = member("capability", default=None)


@model
class ListCapabilitiesRequest:
    """DOC: ListCapabilitiesRequest"""

    cluster_name: str = member("name", location="uri")
    next_token: str | None = member("nextToken", default=None, location="querystring")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )


@model
class ListCapabilitiesResponse(Response):
    """DOC: ListCapabilitiesResponse"""

    capabilities: list[CapabilitySummary] | None = member("capabilities", default=None)
    next_token: str | None = member("nextToken", default=None)


@model
class UpdateCapabilityRequest:
    """DOC: UpdateCapabilityRequest"""

    cluster_name: str = member("name", location="uri")
    capability_name: str = member("capabilityName", location="uri")
    role_arn: str | None = member("roleArn", default=None)
    configuration: UpdateCapabilityConfiguration | None = member("configuration", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    delete_propagation_policy: CapabilityDeletePropagationPolicy | str | None = member(
        "deletePropagationPolicy", default=None
    )


@model
class UpdateCapabilityResponse(Response):
    """DOC: UpdateCapabilityResponse"""

    update: Update | None = member("update", default=None)
