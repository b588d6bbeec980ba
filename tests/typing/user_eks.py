"""User-style code against EKS; checked by mypy and pyright, never run (see test_typing.py)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

from typing_extensions import assert_type

import emrk
from emrk.eks import (
    Cluster,
    ClusterStatus,
    CreateClusterResponse,
    DescribeClusterResponse,
    DescribeNodegroupResponse,
    DescribeUpdateResponse,
    EKSClient,
    ListClustersResponse,
    ListNodegroupsResponse,
    NodegroupScalingConfig,
    UpdateStatus,
    VpcConfigRequest,
    VpcConfigResponse,
)


def clients(session: emrk.Session) -> None:
    assert_type(session.eks(), EKSClient)
    assert_type(EKSClient(region_name="us-west-2"), EKSClient)
    assert_type(emrk.Session(region_name="eu-west-1").eks(config=emrk.Config()), EKSClient)


def describe(eks: EKSClient) -> None:
    response = eks.describe_cluster(name="prod")
    assert_type(response, DescribeClusterResponse)
    assert_type(response.cluster, Cluster | None)
    cluster = response.cluster
    assert cluster is not None
    assert_type(cluster.name, str | None)
    assert_type(cluster.status, ClusterStatus | str | None)
    assert_type(cluster.created_at, datetime.datetime | None)
    assert_type(cluster.tags, dict[str, str] | None)
    assert_type(cluster.resources_vpc_config, VpcConfigResponse | None)
    if cluster.resources_vpc_config is not None:
        assert_type(cluster.resources_vpc_config.subnet_ids, list[str] | None)
    assert_type(response.response_metadata, emrk.ResponseMetadata | None)
    if isinstance(cluster.status, ClusterStatus):
        assert_type(cluster.status, ClusterStatus)
    _as_text: str = ClusterStatus.ACTIVE  # a str enum is a str
    assert_type(ClusterStatus("ACTIVE"), ClusterStatus)


def create(eks: EKSClient) -> None:
    created = eks.create_cluster(
        name="prod",
        role_arn="arn:aws:iam::123456789012:role/eks",
        resources_vpc_config=VpcConfigRequest(subnet_ids=["subnet-1"]),
        tags={"team": "data"},
    )
    assert_type(created, CreateClusterResponse)
    # Enum-typed arguments take the member or its plain value.
    eks.create_nodegroup(
        cluster_name="prod",
        nodegroup_name="ng",
        subnets=["subnet-1"],
        node_role="arn:aws:iam::123456789012:role/node",
        scaling_config=NodegroupScalingConfig(min_size=1, max_size=3, desired_size=2),
        ami_type="AL2023_x86_64_STANDARD",
    )


def paginate(eks: EKSClient) -> None:
    for name in eks.paginate_list_clusters():
        assert_type(name, str)
    pages = eks.paginate_list_clusters(max_results=10).pages()
    assert_type(pages, Iterator[ListClustersResponse])
    for page in pages:
        assert_type(page.clusters, list[str] | None)
        assert_type(page.next_token, str | None)
    paginator = eks.paginate_list_nodegroups(cluster_name="prod")
    assert_type(paginator, emrk.Paginator[ListNodegroupsResponse, str])


def wait(eks: EKSClient) -> None:
    def progress(attempt: emrk.WaiterAttempt) -> None:
        assert_type(attempt.attempt, int)

    active = eks.wait_until_cluster_active(name="prod", delay=15, on_attempt=progress)
    assert_type(active, DescribeClusterResponse)
    assert_type(eks.wait_until_cluster_deleted(name="prod"), DescribeClusterResponse | None)
    assert_type(
        eks.wait_until_nodegroup_active(cluster_name="prod", nodegroup_name="ng"),
        DescribeNodegroupResponse,
    )
    update = eks.wait_until_update_successful(name="prod", update_id="u-1", max_attempts=5)
    assert_type(update, DescribeUpdateResponse)
    if update.update is not None:
        assert_type(update.update.status, UpdateStatus | str | None)


def mistakes(eks: EKSClient, cluster: Cluster) -> None:
    """Each line below is an error the type checker must keep reporting."""
    eks.describe_cluster(nme="prod")  # type: ignore[call-arg]
    eks.describe_cluster()  # type: ignore[call-arg]
    eks.describe_cluster("prod")  # type: ignore[call-arg]
    eks.list_clusters(max_results="10")  # type: ignore[arg-type]
    eks.create_cluster(
        name="prod",
        role_arn="arn:aws:iam::123456789012:role/eks",
        resources_vpc_config=VpcConfigResponse(subnet_ids=["subnet-1"]),  # type: ignore[arg-type]
    )
    Cluster(nam="prod")  # type: ignore[call-arg]
    cluster.name = "renamed"  # type: ignore[misc]
    eks.no_such_operation()  # type: ignore[attr-defined]


def raw_and_dicts(eks: EKSClient, cluster: Cluster) -> None:
    raw = emrk.with_raw_response(eks.describe_cluster)(name="prod")
    assert_type(raw, emrk.RawResponse[DescribeClusterResponse])
    assert_type(raw.parsed, DescribeClusterResponse)
    assert_type(raw.status_code, int)
    assert_type(raw.body, bytes)
    assert_type(emrk.to_dict(cluster), dict[str, Any])
    assert_type(emrk.from_dict(Cluster, {"name": "prod"}), Cluster)
    assert_type(emrk.replace(cluster, name="other"), Cluster)
    emrk.with_raw_response(eks.describe_cluster)(nme="prod")  # type: ignore[call-arg]
