"""DOC: module managed_endpoint"""

from __future__ import annotations

import datetime
import enum

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
    "GetManagedEndpointSessionCredentialsRequest",
    "GetManagedEndpointSessionCredentialsResponse",
    "ListManagedEndpointsRequest",
    "ListManagedEndpointsResponse",
]


class EndpointState(str, enum.Enum):
    """DOC: EndpointState"""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    TERMINATING = "TERMINATING"
    TERMINATED = "TERMINATED"
    TERMINATED_WITH_ERRORS = "TERMINATED_WITH_ERRORS"


@model
class Certificate:
    """DOC: Certificate"""

    certificate_arn: str | None = member("certificateArn", default=None, min_len=44, max_len=2048)
    certificate_data: str | None = member("certificateData", default=None, max_len=5000)


@model(union=True)
class Credentials:
    """DOC: Credentials"""

    token: str | None = member("token", default=None, sensitive=True, min_len=1)


@model
class Endpoint:
    """DOC: Endpoint"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)
    type: str | None = member("type", default=None, min_len=1, max_len=64)
    state: EndpointState | str | None = member("state", default=None)
    release_label: str | None = member("releaseLabel", default=None, min_len=1, max_len=64)
    execution_role_arn: str | None = member(
        "executionRoleArn", default=None, min_len=20, max_len=2048
    )
    certificate_arn: str | None = member("certificateArn", default=None, min_len=44, max_len=2048)
    certificate_authority: Certificate | None = member("certificateAuthority", default=None)
    configuration_overrides: ConfigurationOverrides | None = member(
        "configurationOverrides", default=None
    )
    server_url: str | None = member("serverUrl", default=None, min_len=1, max_len=10280)
    auth_proxy_url: str | None = member("authProxyUrl", default=None, min_len=1, max_len=10280)
    created_at: datetime.datetime | None = member(
        "createdAt", default=None, timestamp_format="iso8601"
    )
    security_group: str | None = member("securityGroup", default=None, min_len=1, max_len=256)
    subnet_ids: list[str] | None = member("subnetIds", default=None)
    state_details: str | None = member("stateDetails", default=None, min_len=1, max_len=256)
    failure_reason: FailureReason | str | None = member("failureReason", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=0, max_len=50)


@model
class CreateManagedEndpointRequest:
    """DOC: CreateManagedEndpointRequest"""

    name: str = member("name", min_len=1, max_len=64)
    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)
    type: str = member("type", min_len=1, max_len=64)
    release_label: str = member("releaseLabel", min_len=1, max_len=64)
    execution_role_arn: str = member("executionRoleArn", min_len=20, max_len=2048)
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    certificate_arn: str | None = member("certificateArn", default=None, min_len=44, max_len=2048)
    configuration_overrides: ConfigurationOverrides | None = member(
        "configurationOverrides", default=None
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=0, max_len=50)
    session_idle_timeout_in_minutes: int | None = member(
        "sessionIdleTimeoutInMinutes", default=None
    )


@model
class CreateManagedEndpointResponse(Response):
    """DOC: CreateManagedEndpointResponse"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)


@model
class DeleteManagedEndpointRequest:
    """DOC: DeleteManagedEndpointRequest"""

    id: str = member("endpointId", location="uri", min_len=1, max_len=64)
    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class DeleteManagedEndpointResponse(Response):
    """DOC: DeleteManagedEndpointResponse"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)


@model
class DescribeManagedEndpointRequest:
    """DOC: DescribeManagedEndpointRequest"""

    id: str = member("endpointId", location="uri", min_len=1, max_len=64)
    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class DescribeManagedEndpointResponse(Response):
    """DOC: DescribeManagedEndpointResponse"""

    endpoint: Endpoint | None = member("endpoint", default=None)


@model
class GetManagedEndpointSessionCredentialsRequest:
    """DOC: GetManagedEndpointSessionCredentialsRequest"""

    endpoint_identifier: str = member("endpointId", location="uri", min_len=1, max_len=2048)
    virtual_cluster_identifier: str = member(
        "virtualClusterId", location="uri", min_len=1, max_len=2048
    )
    execution_role_arn: str = member("executionRoleArn", min_len=20, max_len=2048)
    credential_type: str = member("credentialType", min_len=1, max_len=64)
    duration_in_seconds: int | None = member("durationInSeconds", default=None)
    log_context: str | None = member("logContext", default=None, min_len=3, max_len=63)
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )


@model
class GetManagedEndpointSessionCredentialsResponse(Response):
    """DOC: GetManagedEndpointSessionCredentialsResponse"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    credentials: Credentials | None = member("credentials", default=None)
    endpoint_credentials: Credentials | None = member("endpointCredentials", default=None)
    expires_at: datetime.datetime | None = member(
        "expiresAt", default=None, timestamp_format="iso8601"
    )


@model
class ListManagedEndpointsRequest:
    """DOC: ListManagedEndpointsRequest"""

    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)
    created_before: datetime.datetime | None = member(
        "createdBefore", default=None, location="querystring", timestamp_format="iso8601"
    )
    created_after: datetime.datetime | None = member(
        "createdAfter", default=None, location="querystring", timestamp_format="iso8601"
    )
    types: list[str] | None = member("types", default=None, location="querystring", max_len=10)
    states: list[EndpointState | str] | None = member(
        "states", default=None, location="querystring", max_len=10
    )
    max_results: int | None = member("maxResults", default=None, location="querystring")
    next_token: str | None = member(
        "nextToken", default=None, location="querystring", min_len=1, max_len=1024
    )


@model
class ListManagedEndpointsResponse(Response):
    """DOC: ListManagedEndpointsResponse"""

    endpoints: list[Endpoint] | None = member("endpoints", default=None)
    next_token: str | None = member("nextToken", default=None, min_len=1, max_len=1024)
