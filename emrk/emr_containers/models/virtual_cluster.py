"""DOC: module virtual_cluster"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model
from emrk.emr_containers.models.common import ContainerProvider, ContainerProviderType

__all__ = [
    "CreateVirtualClusterRequest",
    "CreateVirtualClusterResponse",
    "DeleteVirtualClusterRequest",
    "DeleteVirtualClusterResponse",
    "DescribeVirtualClusterRequest",
    "DescribeVirtualClusterResponse",
    "ListVirtualClustersRequest",
    "ListVirtualClustersResponse",
    "SchedulerConfiguration",
    "SchedulerStatus",
    "UpdateVirtualClusterRequest",
    "UpdateVirtualClusterResponse",
    "VirtualCluster",
    "VirtualClusterState",
]


class VirtualClusterState(str, enum.Enum):
    """DOC: VirtualClusterState"""

    RUNNING = "RUNNING"
    TERMINATING = "TERMINATING"
    TERMINATED = "TERMINATED"
    ARRESTED = "ARRESTED"


@model
class SchedulerConfiguration:
    """DOC: SchedulerConfiguration"""

    max_in_queue_job_runs: int | None = member(
        "maxInQueueJobRuns", default=None, min_value=1, max_value=1000
    )
    max_concurrent_job_runs: int | None = member(
        "maxConcurrentJobRuns", default=None, min_value=1, max_value=1000
    )


@model
class SchedulerStatus:
    """DOC: SchedulerStatus"""

    current_in_queue_job_runs: int | None = member(
        "currentInQueueJobRuns", default=None, min_value=0
    )
    current_concurrent_job_runs: int | None = member(
        "currentConcurrentJobRuns", default=None, min_value=0
    )


@model
class VirtualCluster:
    """DOC: VirtualCluster"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    state: VirtualClusterState | str | None = member("state", default=None)
    container_provider: ContainerProvider | None = member("containerProvider", default=None)
    created_at: datetime.datetime | None = member(
        "createdAt", default=None, timestamp_format="iso8601"
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=0, max_len=50)
    security_configuration_id: str | None = member(
        "securityConfigurationId", default=None, min_len=1, max_len=64
    )
    session_enabled: bool | None = member("sessionEnabled", default=None)
    scheduler_configuration: SchedulerConfiguration | None = member(
        "schedulerConfiguration", default=None
    )
    scheduler_status: SchedulerStatus | None = member("schedulerStatus", default=None)


@model
class CreateVirtualClusterRequest:
    """DOC: CreateVirtualClusterRequest"""

    name: str = member("name", min_len=1, max_len=64)
    container_provider: ContainerProvider = member("containerProvider")
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=0, max_len=50)
    security_configuration_id: str | None = member(
        "securityConfigurationId", default=None, min_len=1, max_len=64
    )
    session_enabled: bool | None = member("sessionEnabled", default=None)
    scheduler_configuration: SchedulerConfiguration | None = member(
        "schedulerConfiguration", default=None
    )


@model
class CreateVirtualClusterResponse(Response):
    """DOC: CreateVirtualClusterResponse"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)


@model
class DeleteVirtualClusterRequest:
    """DOC: DeleteVirtualClusterRequest"""

    id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class DeleteVirtualClusterResponse(Response):
    """DOC: DeleteVirtualClusterResponse"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)


@model
class DescribeVirtualClusterRequest:
    """DOC: DescribeVirtualClusterRequest"""

    id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class DescribeVirtualClusterResponse(Response):
    """DOC: DescribeVirtualClusterResponse"""

    virtual_cluster: VirtualCluster | None = member("virtualCluster", default=None)


@model
class ListVirtualClustersRequest:
    """DOC: ListVirtualClustersRequest"""

    container_provider_id: str | None = member(
        "containerProviderId", default=None, location="querystring", min_len=1, max_len=1024
    )
    container_provider_type: ContainerProviderType | str | None = member(
        "containerProviderType", default=None, location="querystring"
    )
    created_after: datetime.datetime | None = member(
        "createdAfter", default=None, location="querystring", timestamp_format="iso8601"
    )
    created_before: datetime.datetime | None = member(
        "createdBefore", default=None, location="querystring", timestamp_format="iso8601"
    )
    states: list[VirtualClusterState | str] | None = member(
        "states", default=None, location="querystring", max_len=10
    )
    max_results: int | None = member("maxResults", default=None, location="querystring")
    next_token: str | None = member(
        "nextToken", default=None, location="querystring", min_len=1, max_len=1024
    )
    eks_access_entry_integrated: bool | None = member(
        "eksAccessEntryIntegrated", default=None, location="querystring"
    )


@model
class ListVirtualClustersResponse(Response):
    """DOC: ListVirtualClustersResponse"""

    virtual_clusters: list[VirtualCluster] | None = member("virtualClusters", default=None)
    next_token: str | None = member("nextToken", default=None, min_len=1, max_len=1024)


@model
class UpdateVirtualClusterRequest:
    """DOC: UpdateVirtualClusterRequest"""

    id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    scheduler_configuration: SchedulerConfiguration | None = member(
        "schedulerConfiguration", default=None
    )


@model
class UpdateVirtualClusterResponse(Response):
    """DOC: UpdateVirtualClusterResponse"""

    virtual_cluster: VirtualCluster | None = member("virtualCluster", default=None)
