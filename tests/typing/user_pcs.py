"""User-style code against AWS PCS; checked by mypy and pyright, never run."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from typing_extensions import assert_type

from emrk.pcs import (
    Cluster,
    ClusterStatus,
    ClusterSummary,
    CreateClusterResponse,
    GetClusterResponse,
    GetComputeNodeGroupResponse,
    GetQueueResponse,
    ListClustersResponse,
    Networking,
    NetworkingRequest,
    PCSClient,
    Scheduler,
    SchedulerRequest,
    Size,
)


def create(pcs: PCSClient) -> None:
    created = pcs.create_cluster(
        cluster_name="hpc",
        scheduler=SchedulerRequest(type="SLURM", version="24.11"),
        size=Size.SMALL,
        networking=NetworkingRequest(subnet_ids=["subnet-1"], security_group_ids=["sg-1"]),
    )
    assert_type(created, CreateClusterResponse)
    assert_type(created.cluster, Cluster | None)


def inspect(pcs: PCSClient) -> None:
    cluster = pcs.get_cluster(cluster_identifier="hpc").cluster
    assert cluster is not None
    # Members PCS always returns are typed without None.
    assert_type(cluster.name, str)
    assert_type(cluster.status, ClusterStatus | str)
    assert_type(cluster.created_at, datetime.datetime)
    assert_type(cluster.scheduler, Scheduler)
    assert_type(cluster.networking, Networking)
    assert_type(cluster.networking.subnet_ids, list[str] | None)


def paginate(pcs: PCSClient) -> None:
    for summary in pcs.paginate_list_clusters():
        assert_type(summary, ClusterSummary)
        assert_type(summary.status, ClusterStatus | str)
    pages = pcs.paginate_list_clusters().pages()
    assert_type(pages, Iterator[ListClustersResponse])
    for page in pages:
        assert_type(page.clusters, list[ClusterSummary])


def wait(pcs: PCSClient) -> None:
    assert_type(pcs.wait_until_cluster_active(cluster_identifier="hpc"), GetClusterResponse)
    assert_type(pcs.wait_until_cluster_deleted(cluster_identifier="hpc"), GetClusterResponse | None)
    assert_type(
        pcs.wait_until_compute_node_group_active(
            cluster_identifier="hpc", compute_node_group_identifier="ng"
        ),
        GetComputeNodeGroupResponse,
    )
    assert_type(
        pcs.wait_until_compute_node_group_deleted(
            cluster_identifier="hpc", compute_node_group_identifier="ng"
        ),
        GetComputeNodeGroupResponse | None,
    )
    assert_type(
        pcs.wait_until_queue_active(cluster_identifier="hpc", queue_identifier="q"),
        GetQueueResponse,
    )
    assert_type(
        pcs.wait_until_queue_deleted(cluster_identifier="hpc", queue_identifier="q"),
        GetQueueResponse | None,
    )


def mistakes(pcs: PCSClient) -> None:
    """Each line below is an error the type checker must keep reporting."""
    pcs.create_cluster(  # type: ignore[call-arg]
        cluster_name="hpc",
        scheduler=SchedulerRequest(type="SLURM", version="24.11"),
        size=Size.SMALL,
    )
    pcs.create_cluster(
        cluster_name="hpc",
        scheduler=Scheduler(type="SLURM", version="24.11"),  # type: ignore[arg-type]
        size=Size.SMALL,
        networking=NetworkingRequest(subnet_ids=["subnet-1"]),
    )
    pcs.get_cluster(cluster_id="hpc")  # type: ignore[call-arg]
    pcs.get_cluster(cluster_identifier=42)  # type: ignore[arg-type]
    SchedulerRequest(type="SLURM")  # type: ignore[call-arg]
