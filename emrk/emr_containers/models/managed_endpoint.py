"""Managed endpoints: the gateway EMR Studio uses to run notebooks on a virtual cluster.

An endpoint goes CREATING -> ACTIVE, and TERMINATING -> TERMINATED when
deleted; TERMINATED_WITH_ERRORS means it broke, with ``failure_reason`` and
``state_details`` saying why. Clients that talk to an endpoint directly get
short-lived tokens from GetManagedEndpointSessionCredentials.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.emr_containers.models.common import ConfigurationOverrides, FailureReason

__all__ = [
    "Certificate",
    "CreateManagedEndpointRequest",
    "CreateManagedEndpointResponse",
    "Credentials",
    "DeleteManagedEndpointRequest",
    "DeleteManagedEndpointResponse",
    "DescribeManagedEndpointRequest",
    "DescribeManagedEndpointResponse",
    "Endpoint",
    "EndpointState",
    "EndpointStateLiteral",
    "GetManagedEndpointSessionCredentialsRequest",
    "GetManagedEndpointSessionCredentialsResponse",
    "ListManagedEndpointsRequest",
    "ListManagedEndpointsResponse",
]


class EndpointState(ServiceEnum):
    """Where a managed endpoint is in its life; TERMINATED_WITH_ERRORS means it failed."""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    TERMINATING = "TERMINATING"
    TERMINATED = "TERMINATED"
    TERMINATED_WITH_ERRORS = "TERMINATED_WITH_ERRORS"


EndpointStateLiteral: TypeAlias = Literal[
    "CREATING",
    "ACTIVE",
    "TERMINATING",
    "TERMINATED",
    "TERMINATED_WITH_ERRORS",
]
"""The values of :class:`EndpointState` as string literals. A request argument typed
``EndpointState | EndpointStateLiteral`` takes a member or one of these strings, so a typo is a
type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class Certificate:
    """The TLS certificate the service generated to secure a managed endpoint."""

    certificate_arn: str | None = member("certificateArn", default=None, min_len=44, max_len=2048)
    certificate_data: str | None = member("certificateData", default=None, max_len=5000)
    """The certificate in PEM form, base64-encoded."""


@model(union=True)
class Credentials:
    """Session credentials for a managed endpoint (a union: exactly one member is set).

    The token grants access to the endpoint, so it never shows in ``repr``.
    """

    token: str | None = member("token", default=None, sensitive=True, min_len=1)
    """The session token itself (hidden in ``repr``)."""


@model
class Endpoint:
    """A managed endpoint, as DescribeManagedEndpoint and ListManagedEndpoints return it."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)
    type: str | None = member("type", default=None, min_len=1, max_len=64)
    """The kind of endpoint, e.g. ``JUPYTER_ENTERPRISE_GATEWAY``."""
    state: EndpointState | str | None = member("state", default=None)
    release_label: str | None = member("releaseLabel", default=None, min_len=1, max_len=64)
    execution_role_arn: str | None = member(
        "executionRoleArn", default=None, min_len=20, max_len=2048
    )
    certificate_arn: str | None = member("certificateArn", default=None, min_len=44, max_len=2048)
    """Deprecated by the service: the ACM certificate you supplied, if any."""
    certificate_authority: Certificate | None = member("certificateAuthority", default=None)
    configuration_overrides: ConfigurationOverrides | None = member(
        "configurationOverrides", default=None
    )
    server_url: str | None = member("serverUrl", default=None, min_len=1, max_len=10280)
    """Where clients reach the endpoint's server."""
    auth_proxy_url: str | None = member("authProxyUrl", default=None, min_len=1, max_len=10280)
    """The authentication proxy in front of the server."""
    created_at: datetime.datetime | None = member(
        "createdAt", default=None, timestamp_format="iso8601"
    )
    security_group: str | None = member("securityGroup", default=None, min_len=1, max_len=256)
    """The security group that controls access to the endpoint."""
    subnet_ids: list[str] | None = member(
        "subnetIds", default=None, item_min_len=1, item_max_len=256
    )
    state_details: str | None = member("stateDetails", default=None, min_len=1, max_len=256)
    """The service's explanation of the current state; read it when creation fails."""
    failure_reason: FailureReason | str | None = member("failureReason", default=None)
    """The category of failure, set when the endpoint ends TERMINATED_WITH_ERRORS."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=0,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )


@model
class CreateManagedEndpointRequest:
    """Input of CreateManagedEndpoint."""

    name: str = member("name", min_len=1, max_len=64)
    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)
    type: str = member("type", min_len=1, max_len=64)
    """The kind of endpoint, e.g. ``JUPYTER_ENTERPRISE_GATEWAY``."""
    release_label: str = member("releaseLabel", min_len=1, max_len=64)
    execution_role_arn: str = member("executionRoleArn", min_len=20, max_len=2048)
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    """Idempotency token; filled with a UUID4 when left out, the same on every retry."""
    certificate_arn: str | None = member("certificateArn", default=None, min_len=44, max_len=2048)
    """Deprecated by the service, which now generates the certificate itself."""
    configuration_overrides: ConfigurationOverrides | None = member(
        "configurationOverrides", default=None
    )
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=0,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )
    session_idle_timeout_in_minutes: int | None = member(
        "sessionIdleTimeoutInMinutes", default=None
    )
    """Idle minutes after which a session on the endpoint times out."""


@model
class CreateManagedEndpointResponse(Response):
    """Output of CreateManagedEndpoint: the new endpoint's id and ARN."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)


@model
class DeleteManagedEndpointRequest:
    """Input of DeleteManagedEndpoint."""

    id: str = member("endpointId", location="uri", min_len=1, max_len=64)
    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class DeleteManagedEndpointResponse(Response):
    """Output of DeleteManagedEndpoint."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)


@model
class DescribeManagedEndpointRequest:
    """Input of DescribeManagedEndpoint."""

    id: str = member("endpointId", location="uri", min_len=1, max_len=64)
    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class DescribeManagedEndpointResponse(Response):
    """Output of DescribeManagedEndpoint."""

    endpoint: Endpoint | None = member("endpoint", default=None)


@model
class GetManagedEndpointSessionCredentialsRequest:
    """Input of GetManagedEndpointSessionCredentials."""

    endpoint_identifier: str = member("endpointId", location="uri", min_len=1, max_len=2048)
    """The managed endpoint's ARN."""
    virtual_cluster_identifier: str = member(
        "virtualClusterId", location="uri", min_len=1, max_len=2048
    )
    """The ARN of the virtual cluster the endpoint belongs to."""
    execution_role_arn: str = member("executionRoleArn", min_len=20, max_len=2048)
    """The IAM role the session's work runs as."""
    credential_type: str = member("credentialType", min_len=1, max_len=64)
    """The kind of credential wanted; ``"TOKEN"`` is the only one today."""
    duration_in_seconds: int | None = member("durationInSeconds", default=None)
    """How long the token stays valid: 15 minutes by default, 12 hours at most."""
    log_context: str | None = member("logContext", default=None, min_len=3, max_len=63)
    """A label that separates this session's part of the logs uploaded to S3."""
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    """Idempotency token; filled with a UUID4 when left out, the same on every retry."""


@model
class GetManagedEndpointSessionCredentialsResponse(Response):
    """Output of GetManagedEndpointSessionCredentials: a token and when it expires."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    """The session token's identifier."""
    credentials: Credentials | None = member("credentials", default=None)
    endpoint_credentials: Credentials | None = member("endpointCredentials", default=None)
    """Session credentials for the endpoint; read this when ``credentials`` is unset."""
    expires_at: datetime.datetime | None = member(
        "expiresAt", default=None, timestamp_format="iso8601"
    )


@model
class ListManagedEndpointsRequest:
    """Input of ListManagedEndpoints: filters on one virtual cluster's endpoints."""

    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)
    created_before: datetime.datetime | None = member(
        "createdBefore", default=None, location="querystring", timestamp_format="iso8601"
    )
    created_after: datetime.datetime | None = member(
        "createdAfter", default=None, location="querystring", timestamp_format="iso8601"
    )
    types: list[str] | None = member(
        "types", default=None, location="querystring", max_len=10, item_min_len=1, item_max_len=64
    )
    """Only endpoints of these types."""
    states: list[EndpointState | EndpointStateLiteral] | None = member(
        "states", default=None, location="querystring", max_len=10
    )
    """Only endpoints in one of these states."""
    max_results: int | None = member("maxResults", default=None, location="querystring")
    next_token: str | None = member(
        "nextToken", default=None, location="querystring", min_len=1, max_len=1024
    )


@model
class ListManagedEndpointsResponse(Response):
    """One page of ListManagedEndpoints."""

    endpoints: list[Endpoint] | None = member("endpoints", default=None)
    next_token: str | None = member("nextToken", default=None, min_len=1, max_len=1024)
