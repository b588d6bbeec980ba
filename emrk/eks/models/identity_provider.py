"""OIDC identity providers: let users from an external IdP authenticate to a cluster.

After associating a provider, bind its users and groups to Kubernetes roles
with RoleBinding/ClusterRoleBinding objects; IAM principals keep working.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
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
    "configStatusLiteral",
]


class configStatus(ServiceEnum):
    """Lifecycle of an identity provider configuration."""

    CREATING = "CREATING"
    DELETING = "DELETING"
    ACTIVE = "ACTIVE"


configStatusLiteral: TypeAlias = Literal[
    "CREATING",
    "DELETING",
    "ACTIVE",
]
"""The values of :class:`configStatus` as string literals. A request argument typed ``configStatus
| configStatusLiteral`` takes a member or one of these strings, so a typo is a type error; a
value newer than this client goes through ``typing.cast``.
"""


@model
class IdentityProviderConfig:
    """Names one identity provider configuration of a cluster."""

    type: str = member("type")
    """Kind of provider; only ``oidc`` exists."""
    name: str = member("name")
    """Name of the configuration."""


@model
class IdentityProviderConfigResponse:
    """An identity provider configuration in full."""

    oidc: OidcIdentityProviderConfig | None = member("oidc", default=None)
    """The OIDC provider's settings."""


@model
class OidcIdentityProviderConfig:
    """An OIDC identity provider associated with a cluster."""

    identity_provider_config_name: str | None = member("identityProviderConfigName", default=None)
    """Name of the configuration."""
    identity_provider_config_arn: str | None = member("identityProviderConfigArn", default=None)
    """ARN of the configuration."""
    cluster_name: str | None = member("clusterName", default=None)
    """The cluster the provider is associated with."""
    issuer_url: str | None = member("issuerUrl", default=None)
    """Issuer URL the API server fetches signing keys from."""
    client_id: str | None = member("clientId", default=None)
    """The client (audience) ID tokens must be issued for."""
    username_claim: str | None = member("usernameClaim", default=None)
    """JWT claim used as the Kubernetes user name."""
    username_prefix: str | None = member("usernamePrefix", default=None)
    """Prefix added to user names to avoid clashes."""
    groups_claim: str | None = member("groupsClaim", default=None)
    """JWT claim holding the user's groups."""
    groups_prefix: str | None = member("groupsPrefix", default=None)
    """Prefix added to group names, such as ``oidc:``."""
    required_claims: dict[str, str] | None = member(
        "requiredClaims",
        default=None,
        key_min_len=1,
        key_max_len=63,
        item_min_len=1,
        item_max_len=253,
    )
    """Claims that must be present in the token with exactly these values."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    status: configStatus | str | None = member("status", default=None)
    """Where the configuration is in its lifecycle."""


@model
class OidcIdentityProviderConfigRequest:
    """An OIDC identity provider to associate with a cluster."""

    identity_provider_config_name: str = member("identityProviderConfigName")
    """Name of the configuration."""
    issuer_url: str = member("issuerUrl")
    """``https://`` URL matching the ``iss`` claim of the provider's tokens."""
    client_id: str = member("clientId")
    """The client (audience) ID tokens must be issued for."""
    username_claim: str | None = member("usernameClaim", default=None)
    """JWT claim used as the user name (default ``sub``)."""
    username_prefix: str | None = member("usernamePrefix", default=None)
    """Prefix for user names; defaults to ``<issuer>#`` unless the claim is ``email``; ``-`` turns
    prefixing off. May not contain ``system:``."""
    groups_claim: str | None = member("groupsClaim", default=None)
    """JWT claim holding the user's groups."""
    groups_prefix: str | None = member("groupsPrefix", default=None)
    """Prefix for group names, such as ``oidc:``; may not contain ``system:``."""
    required_claims: dict[str, str] | None = member(
        "requiredClaims",
        default=None,
        key_min_len=1,
        key_max_len=63,
        item_min_len=1,
        item_max_len=253,
    )
    """Claims that must be present in the token with exactly these values."""


@model
class AssociateIdentityProviderConfigRequest:
    """Input of :meth:`EKSClient.associate_identity_provider_config`."""

    cluster_name: str = member("name", location="uri")
    oidc: OidcIdentityProviderConfigRequest = member("oidc")
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class AssociateIdentityProviderConfigResponse(Response):
    """Output of :meth:`EKSClient.associate_identity_provider_config`."""

    update: Update | None = member("update", default=None)
    """The update that associates the provider."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    """Tags of the new configuration."""


@model
class DescribeIdentityProviderConfigRequest:
    """Input of :meth:`EKSClient.describe_identity_provider_config`."""

    cluster_name: str = member("name", location="uri")
    identity_provider_config: IdentityProviderConfig = member("identityProviderConfig")


@model
class DescribeIdentityProviderConfigResponse(Response):
    """Output of :meth:`EKSClient.describe_identity_provider_config`."""

    identity_provider_config: IdentityProviderConfigResponse | None = member(
        "identityProviderConfig", default=None
    )


@model
class DisassociateIdentityProviderConfigRequest:
    """Input of :meth:`EKSClient.disassociate_identity_provider_config`."""

    cluster_name: str = member("name", location="uri")
    identity_provider_config: IdentityProviderConfig = member("identityProviderConfig")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class DisassociateIdentityProviderConfigResponse(Response):
    """Output of :meth:`EKSClient.disassociate_identity_provider_config`: the update started."""

    update: Update | None = member("update", default=None)


@model
class ListIdentityProviderConfigsRequest:
    """Input of :meth:`EKSClient.list_identity_provider_configs`."""

    cluster_name: str = member("name", location="uri")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListIdentityProviderConfigsResponse(Response):
    """One page of :meth:`EKSClient.list_identity_provider_configs`."""

    identity_provider_configs: list[IdentityProviderConfig] | None = member(
        "identityProviderConfigs", default=None
    )
    """The cluster's identity provider configurations."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""
