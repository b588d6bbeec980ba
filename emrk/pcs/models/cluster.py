"""PCS clusters: the managed Slurm controller everything else hangs off.

A cluster is created first; compute node groups and queues are then added to
it, and must be deleted before the cluster itself can be.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.pcs.models.common import ErrorInfo
from emrk.pcs.models.networking import Endpoint, Networking, NetworkingRequest
from emrk.pcs.models.slurm import (
    Accounting,
    AccountingRequest,
    CgroupCustomSetting,
    JwtAuth,
    Scheduler,
    SchedulerRequest,
    SlurmAuthKey,
    SlurmCustomSetting,
    SlurmdbdCustomSetting,
    SlurmRest,
    SlurmRestRequest,
    UpdateAccountingRequest,
    UpdateSchedulerRequest,
    UpdateSlurmRestRequest,
)

__all__ = [
    "Cluster",
    "ClusterSlurmConfiguration",
    "ClusterSlurmConfigurationRequest",
    "ClusterStatus",
    "ClusterStatusLiteral",
    "ClusterSummary",
    "CreateClusterRequest",
    "CreateClusterResponse",
    "DeleteClusterRequest",
    "DeleteClusterResponse",
    "GetClusterRequest",
    "GetClusterResponse",
    "ListClustersRequest",
    "ListClustersResponse",
    "Size",
    "SizeLiteral",
    "UpdateClusterRequest",
    "UpdateClusterResponse",
    "UpdateClusterSlurmConfigurationRequest",
]


class Size(ServiceEnum):
    """How big a cluster's controller is, which caps its nodes and jobs.

    The size is fixed at creation, so pick for the peak you expect.
    """

    SMALL = "SMALL"
    """Up to 32 compute nodes and 256 active or queued jobs."""
    MEDIUM = "MEDIUM"
    """Up to 512 compute nodes and 8,192 active or queued jobs."""
    LARGE = "LARGE"
    """Up to 2,048 compute nodes and 16,384 active or queued jobs."""


SizeLiteral: TypeAlias = Literal[
    "SMALL",
    "MEDIUM",
    "LARGE",
]
"""The values of :class:`Size` as string literals. A request argument typed ``Size | SizeLiteral``
takes a member or one of these strings, so a typo is a type error; a value newer than this
client goes through ``typing.cast``.
"""


class ClusterStatus(ServiceEnum):
    """Where a cluster is in its provisioning life cycle.

    This tracks provisioning only, not the health of the running scheduler.
    ``SUSPENDING``/``SUSPENDED`` mean PCS stopped a cluster whose Slurm
    release went past end of life: its controller is down and its instances
    are gone, but it still counts against quotas until deleted.
    """

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    UPDATING = "UPDATING"
    DELETING = "DELETING"
    CREATE_FAILED = "CREATE_FAILED"
    DELETE_FAILED = "DELETE_FAILED"
    UPDATE_FAILED = "UPDATE_FAILED"
    SUSPENDING = "SUSPENDING"
    SUSPENDED = "SUSPENDED"
    RESUMING = "RESUMING"


ClusterStatusLiteral: TypeAlias = Literal[
    "CREATING",
    "ACTIVE",
    "UPDATING",
    "DELETING",
    "CREATE_FAILED",
    "DELETE_FAILED",
    "UPDATE_FAILED",
    "SUSPENDING",
    "SUSPENDED",
    "RESUMING",
]
"""The values of :class:`ClusterStatus` as string literals. A request argument typed
``ClusterStatus | ClusterStatusLiteral`` takes a member or one of these strings, so a typo is a
type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class ClusterSlurmConfigurationRequest:
    """Slurm options for a new cluster; every member is optional."""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=1, max_value=10000000
    )
    """Seconds a compute node may sit idle before PCS scales it down (600 by default)."""
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    """Cluster-wide ``slurm.conf`` parameters."""
    slurmdbd_custom_settings: list[SlurmdbdCustomSetting] | None = member(
        "slurmdbdCustomSettings", default=None
    )
    """``slurmdbd.conf`` parameters for the accounting daemon."""
    cgroup_custom_settings: list[CgroupCustomSetting] | None = member(
        "cgroupCustomSettings", default=None
    )
    """``cgroup.conf`` parameters."""
    accounting: AccountingRequest | None = member("accounting", default=None)
    """Slurm accounting; off unless given."""
    slurm_rest: SlurmRestRequest | None = member("slurmRest", default=None)
    """The Slurm REST API; off unless given."""


@model
class ClusterSlurmConfiguration:
    """A cluster's Slurm options as PCS reports them, including where its secrets live."""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=1, max_value=10000000
    )
    """Seconds a compute node may sit idle before PCS scales it down."""
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    """Cluster-wide ``slurm.conf`` parameters."""
    slurmdbd_custom_settings: list[SlurmdbdCustomSetting] | None = member(
        "slurmdbdCustomSettings", default=None
    )
    """``slurmdbd.conf`` parameters."""
    cgroup_custom_settings: list[CgroupCustomSetting] | None = member(
        "cgroupCustomSettings", default=None
    )
    """``cgroup.conf`` parameters."""
    auth_key: SlurmAuthKey | None = member("authKey", default=None)
    """Where the shared Slurm key (cluster secret) is kept in Secrets Manager."""
    jwt_auth: JwtAuth | None = member("jwtAuth", default=None)
    """Token settings of the Slurm REST API, when it is on."""
    accounting: Accounting | None = member("accounting", default=None)
    """Slurm accounting settings."""
    slurm_rest: SlurmRest | None = member("slurmRest", default=None)
    """Slurm REST API settings."""


@model
class UpdateClusterSlurmConfigurationRequest:
    """Slurm options to change with ``update_cluster``; unset members stay as they are."""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=1, max_value=10000000
    )
    """New idle time, in seconds, before PCS scales a compute node down."""
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    """Replacement cluster-wide ``slurm.conf`` parameters."""
    slurmdbd_custom_settings: list[SlurmdbdCustomSetting] | None = member(
        "slurmdbdCustomSettings", default=None
    )
    """Replacement ``slurmdbd.conf`` parameters."""
    cgroup_custom_settings: list[CgroupCustomSetting] | None = member(
        "cgroupCustomSettings", default=None
    )
    """Replacement ``cgroup.conf`` parameters."""
    accounting: UpdateAccountingRequest | None = member("accounting", default=None)
    """Changes to Slurm accounting."""
    slurm_rest: UpdateSlurmRestRequest | None = member("slurmRest", default=None)
    """Changes to the Slurm REST API setting."""


@model
class Cluster:
    """A PCS cluster in full: status, scheduler, networking and controller endpoints.

    Compute nodes find the controller through ``endpoints``; when the status
    ends in ``_FAILED``, ``error_info`` says why.
    """

    name: str = member("name")
    """The name chosen at creation; unique per account and Region."""
    id: str = member("id")
    """The identifier PCS generated; either this or the name identifies the cluster."""
    arn: str = member("arn")
    """The cluster's ARN, used for tagging."""
    status: ClusterStatus | str = member("status")
    """Provisioning status (not scheduler health)."""
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    scheduler: Scheduler = member("scheduler")
    """The scheduler and release the cluster runs."""
    size: Size | str = member("size")
    """Controller size, which caps nodes and jobs."""
    networking: Networking = member("networking")
    """Where the controller's network interface lives."""
    slurm_configuration: ClusterSlurmConfiguration | None = member(
        "slurmConfiguration", default=None
    )
    """Slurm options in effect."""
    endpoints: list[Endpoint] | None = member("endpoints", default=None)
    """Addresses of the Slurm daemons (controller, accounting, REST API)."""
    error_info: list[ErrorInfo] | None = member("errorInfo", default=None)
    """Problems met while provisioning, when there were any."""


@model
class ClusterSummary:
    """The short form of a cluster that ``list_clusters`` returns.

    Call ``get_cluster`` for the networking, scheduler and endpoint details.
    """

    name: str = member("name")
    id: str = member("id")
    arn: str = member("arn")
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    status: ClusterStatus | str = member("status")
    """Provisioning status (not scheduler health)."""


@model
class CreateClusterRequest:
    """Input of ``create_cluster``."""

    cluster_name: str = member("clusterName", min_len=3, max_len=40)
    """A name for the cluster, 3 to 40 characters."""
    scheduler: SchedulerRequest = member("scheduler")
    size: Size | SizeLiteral = member("size")
    networking: NetworkingRequest = member("networking")
    slurm_configuration: ClusterSlurmConfigurationRequest | None = member(
        "slurmConfiguration", default=None
    )
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )
    """Idempotency token; emrk fills a fresh UUID when left out and reuses it on retries."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=200,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )
    """Tags to put on the cluster (values may be empty strings)."""


@model
class CreateClusterResponse(Response):
    """Output of ``create_cluster``: the new cluster, normally still ``CREATING``."""

    cluster: Cluster | None = member("cluster", default=None)


@model
class DeleteClusterRequest:
    """Input of ``delete_cluster``."""

    cluster_identifier: str = member("clusterIdentifier")
    """The cluster's name or id."""
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )
    """Idempotency token; filled by emrk when left out."""


@model
class DeleteClusterResponse(Response):
    """Output of ``delete_cluster``: empty; deletion continues in the background."""


@model
class GetClusterRequest:
    """Input of ``get_cluster``."""

    cluster_identifier: str = member("clusterIdentifier")
    """The cluster's name or id."""


@model
class GetClusterResponse(Response):
    """Output of ``get_cluster``."""

    cluster: Cluster | None = member("cluster", default=None)


@model
class ListClustersRequest:
    """Input of ``list_clusters``; prefer ``paginate_list_clusters``, which follows tokens."""

    next_token: str | None = member("nextToken", default=None)
    """Token from the previous page; tokens expire after 24 hours."""
    max_results: int | None = member("maxResults", default=None, min_value=1, max_value=100)
    """Page size, up to 100 (PCS uses 10 when left out)."""


@model
class ListClustersResponse(Response):
    """One page of ``list_clusters``."""

    clusters: list[ClusterSummary] = member("clusters")
    next_token: str | None = member("nextToken", default=None)
    """Present when more pages follow."""


@model
class UpdateClusterRequest:
    """Input of ``update_cluster``."""

    cluster_identifier: str = member("clusterIdentifier")
    """The cluster's name or id."""
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )
    """Idempotency token; filled by emrk when left out."""
    slurm_configuration: UpdateClusterSlurmConfigurationRequest | None = member(
        "slurmConfiguration", default=None
    )
    scheduler: UpdateSchedulerRequest | None = member("scheduler", default=None)
    """A newer scheduler release to upgrade to."""


@model
class UpdateClusterResponse(Response):
    """Output of ``update_cluster``: the cluster, normally ``UPDATING``."""

    cluster: Cluster | None = member("cluster", default=None)
