"""Virtual clusters: EMR on EKS registered with one Kubernetes namespace.

A virtual cluster costs nothing by itself and creates no resources: it is
the name under which jobs and endpoints are submitted into a namespace of an
EKS cluster. Several virtual clusters can share an EKS cluster, one per
namespace. Deleted clusters stay visible as TERMINATED.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.emr_containers.models.common import (
    ContainerProvider,
    ContainerProviderType,
    ContainerProviderTypeLiteral,
)

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
    "VirtualClusterStateLiteral",
]


class VirtualClusterState(ServiceEnum):
    """Where a virtual cluster is in its life.

    RUNNING accepts work; TERMINATING and TERMINATED follow a delete.
    ARRESTED means the service can no longer work in the namespace, typically
    because its access to the EKS cluster was lost; no job runs there until
    that is repaired.
    """

    RUNNING = "RUNNING"
    TERMINATING = "TERMINATING"
    TERMINATED = "TERMINATED"
    ARRESTED = "ARRESTED"


VirtualClusterStateLiteral: TypeAlias = Literal[
    "RUNNING",
    "TERMINATING",
    "TERMINATED",
    "ARRESTED",
]
"""The values of :class:`VirtualClusterState` as string literals. A request argument typed
``VirtualClusterState | VirtualClusterStateLiteral`` takes a member or one of these strings, so
a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class SchedulerConfiguration:
    """Limits on how many job runs a virtual cluster queues and runs at once.

    Leaving it out means 1,000 concurrent runs and an unbounded queue. When
    the queue is full, StartJobRun fails with a ValidationException.
    """

    max_in_queue_job_runs: int | None = member(
        "maxInQueueJobRuns", default=None, min_value=1, max_value=1000
    )
    """Most runs waiting (PENDING or SUBMITTED) at once; no limit when left out."""
    max_concurrent_job_runs: int | None = member(
        "maxConcurrentJobRuns", default=None, min_value=1, max_value=1000
    )
    """Most runs RUNNING at once (1,000 when left out); queued runs start as slots free up."""


@model
class SchedulerStatus:
    """How much of the scheduler's capacity is in use right now."""

    current_in_queue_job_runs: int | None = member(
        "currentInQueueJobRuns", default=None, min_value=0
    )
    """Runs waiting now (PENDING or SUBMITTED)."""
    current_concurrent_job_runs: int | None = member(
        "currentConcurrentJobRuns", default=None, min_value=0
    )
    """Runs RUNNING now."""


@model
class VirtualCluster:
    """A virtual cluster, as DescribeVirtualCluster and ListVirtualClusters return it."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    state: VirtualClusterState | str | None = member("state", default=None)
    container_provider: ContainerProvider | None = member("containerProvider", default=None)
    created_at: datetime.datetime | None = member(
        "createdAt", default=None, timestamp_format="iso8601"
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
    security_configuration_id: str | None = member(
        "securityConfigurationId", default=None, min_len=1, max_len=64
    )
    session_enabled: bool | None = member("sessionEnabled", default=None)
    """Whether the cluster supports interactive sessions."""
    scheduler_configuration: SchedulerConfiguration | None = member(
        "schedulerConfiguration", default=None
    )
    """The queue and concurrency limits; absent when none are configured."""
    scheduler_status: SchedulerStatus | None = member("schedulerStatus", default=None)


@model
class CreateVirtualClusterRequest:
    """Input of CreateVirtualCluster."""

    name: str = member("name", min_len=1, max_len=64)
    container_provider: ContainerProvider = member("containerProvider")
    """The EKS cluster and namespace to register."""
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    """Idempotency token; filled with a UUID4 when left out, the same on every retry."""
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
    security_configuration_id: str | None = member(
        "securityConfigurationId", default=None, min_len=1, max_len=64
    )
    """A security configuration to apply to the cluster's jobs."""
    session_enabled: bool | None = member("sessionEnabled", default=None)
    """Turn on support for interactive sessions."""
    scheduler_configuration: SchedulerConfiguration | None = member(
        "schedulerConfiguration", default=None
    )


@model
class CreateVirtualClusterResponse(Response):
    """Output of CreateVirtualCluster: the new cluster's id and ARN."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)


@model
class DeleteVirtualClusterRequest:
    """Input of DeleteVirtualCluster."""

    id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class DeleteVirtualClusterResponse(Response):
    """Output of DeleteVirtualCluster."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)


@model
class DescribeVirtualClusterRequest:
    """Input of DescribeVirtualCluster."""

    id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class DescribeVirtualClusterResponse(Response):
    """Output of DescribeVirtualCluster."""

    virtual_cluster: VirtualCluster | None = member("virtualCluster", default=None)


@model
class ListVirtualClustersRequest:
    """Input of ListVirtualClusters: every filter is optional."""

    container_provider_id: str | None = member(
        "containerProviderId", default=None, location="querystring", min_len=1, max_len=1024
    )
    """Only clusters on this EKS cluster."""
    container_provider_type: ContainerProviderType | ContainerProviderTypeLiteral | None = member(
        "containerProviderType", default=None, location="querystring"
    )
    created_after: datetime.datetime | None = member(
        "createdAfter", default=None, location="querystring", timestamp_format="iso8601"
    )
    created_before: datetime.datetime | None = member(
        "createdBefore", default=None, location="querystring", timestamp_format="iso8601"
    )
    states: list[VirtualClusterState | VirtualClusterStateLiteral] | None = member(
        "states", default=None, location="querystring", max_len=10
    )
    """Only clusters in one of these states (TERMINATED ones included unless filtered)."""
    max_results: int | None = member("maxResults", default=None, location="querystring")
    next_token: str | None = member(
        "nextToken", default=None, location="querystring", min_len=1, max_len=1024
    )
    eks_access_entry_integrated: bool | None = member(
        "eksAccessEntryIntegrated", default=None, location="querystring"
    )
    """Only clusters with (``True``) or without (``False``) EKS access entry integration."""


@model
class ListVirtualClustersResponse(Response):
    """One page of ListVirtualClusters."""

    virtual_clusters: list[VirtualCluster] | None = member("virtualClusters", default=None)
    next_token: str | None = member("nextToken", default=None, min_len=1, max_len=1024)


@model
class UpdateVirtualClusterRequest:
    """Input of UpdateVirtualCluster."""

    id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    """Idempotency token; filled with a UUID4 when left out, the same on every retry."""
    scheduler_configuration: SchedulerConfiguration | None = member(
        "schedulerConfiguration", default=None
    )
    """Replaces the whole current configuration: a limit left out returns to its default."""


@model
class UpdateVirtualClusterResponse(Response):
    """Output of UpdateVirtualCluster: the cluster after the change."""

    virtual_cluster: VirtualCluster | None = member("virtualCluster", default=None)
