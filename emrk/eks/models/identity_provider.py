"""DOC: module identity_provider"""

from __future__ import annotations

import enum

from emrk.core.model import Response, member, model
from emrk.eks.models.common import Update

__all__ = [
    "AssociateIdentityProviderConfigRequest",
    "AssociateIdentityProviderConfigResponse",
    "DescribeIdentityProviderConfigRequest",
    "DescribeIdentityProviderConfigResponse",
    "DisassociateIdentityProviderConfigRequest",
    "DisassociateIdentityProviderConfigResponse",
    "IdentityProviderConfig",
    "IdentityProviderConfigResponse",
    "ListIdentityProviderConfigsRequest",
    "ListIdentityProviderConfigsResponse",
    "OidcIdentityProviderConfig",
    "OidcIdentityProviderConfigRequest",
    "configStatus",
]


class configStatus(str, enum.Enum):
    """DOC: configStatus"""

    CREATING = "CREATING"
    DELETING = "DELETING"
    ACTIVE = "ACTIVE"


@model
class IdentityProviderConfig:
    """DOC: IdentityProviderConfig"""

    type: str = member("type")
    name: str = member("name")


@model
class IdentityProviderConfigResponse:
    """DOC: IdentityProviderConfigResponse"""

    oidc: OidcIdentityProviderConfig | None = member("oidc", default=None)


@model
class OidcIdentityProviderConfig:
    """DOC: OidcIdentityProviderConfig"""

    identity_provider_config_name: str | None = member("identityProviderConfigName", default=None)
    identity_provider_config_arn: str | None = member("identityProviderConfigArn", default=None)
    cluster_name: str | None = member("clusterName", default=None)
    issuer_url: str | None = member("issuerUrl", default=None)
    client_id: str | None = member("clientId", default=None)
    username_claim: str | None = member("usernameClaim", default=None)
    username_prefix: str | None = member("usernamePrefix", default=None)
    groups_claim: str | None = member("groupsClaim", default=None)
    groups_prefix: str | None = member("groupsPrefix", default=None)
    required_claims: dict[str, str] | None = member("requiredClaims", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    status: configStatus | str | None = member("status", default=None)


@model
class OidcIdentityProviderConfigRequest:
    """DOC: OidcIdentityProviderConfigRequest"""

    identity_provider_config_name: str = member("identityProviderConfigName")
    issuer_url: str = member("issuerUrl")
    client_id: str = member("clientId")
    username_claim: str | None = member("usernameClaim", default=None)
    username_prefix: str | None = member("usernamePrefix", default=None)
    groups_claim: str | None = member("groupsClaim", default=None)
    groups_prefix: str | None = member("groupsPrefix", default=None)
    required_claims: dict[str, str] | None = member("requiredClaims", default=None)


@model
class AssociateIdentityProviderConfigRequest:
    """DOC: AssociateIdentityProviderConfigRequest"""

    cluster_name: str = member("name", location="uri")
    oidc: OidcIdentityProviderConfigRequest = member("oidc")
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class AssociateIdentityProviderConfigResponse(Response):
    """DOC: AssociateIdentityProviderConfigResponse"""

    update: Update | None = member("update", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)


@model
class DescribeIdentityProviderConfigRequest:
    """DOC: DescribeIdentityProviderConfigRequest"""

    cluster_name: str = member("name", location="uri")
    identity_provider_config: IdentityProviderConfig = member("identityProviderConfig")


@model
class DescribeIdentityProviderConfigResponse(Response):
    """DOC: DescribeIdentityProviderConfigResponse"""

    identity_provider_config: IdentityProviderConfigResponse | None = member(
        "identityProviderConfig", default=None
    )


@model
class DisassociateIdentityProviderConfigRequest:
    """DOC: DisassociateIdentityProviderConfigRequest"""

    cluster_name: str = member("name", location="uri")
    identity_provider_config: IdentityProviderConfig = member("identityProviderConfig")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class DisassociateIdentityProviderConfigResponse(Response):
    """DOC: DisassociateIdentityProviderConfigResponse"""

    update: Update | None = member("update", default=None)


@model
class ListIdentityProviderConfigsRequest:
    """DOC: ListIdentityProviderConfigsRequest"""

    cluster_name: str = member("name", location="uri")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListIdentityProviderConfigsResponse(Response):
    """DOC: ListIdentityProviderConfigsResponse"""

    identity_provider_configs: list[IdentityProviderConfig] | None = member(
        "identityProviderConfigs", default=None
    )
    next_token: str | None = member("nextToken", default=None)
