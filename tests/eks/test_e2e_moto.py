"""EKS end to end against moto's server on 127.0.0.1.

A cluster with node groups and Fargate profiles is created, listed page by
page, described, tagged, waited on and torn down; bad calls come back as the
typed exceptions moto's EKS backend raises. Names carry a random suffix so
the tests share the session's moto server with other test modules safely.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

import emrk
from emrk.eks import (
    ClusterStatus,
    EKSClient,
    FargateProfileSelector,
    FargateProfileStatus,
    InvalidParameterException,
    LaunchTemplateSpecification,
    NodegroupScalingConfig,
    NodegroupStatus,
    ResourceInUseException,
    ResourceNotFoundException,
    VpcConfigRequest,
)

pytestmark = pytest.mark.e2e

ACCOUNT = "123456789012"
CLUSTER_ROLE = f"arn:aws:iam::{ACCOUNT}:role/eks-cluster"
NODE_ROLE = f"arn:aws:iam::{ACCOUNT}:role/eks-node"
POD_ROLE = f"arn:aws:iam::{ACCOUNT}:role/eks-fargate-pods"
SUBNETS = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]


@pytest.fixture
def eks(session: emrk.Session, moto_endpoint: str) -> Iterator[EKSClient]:
    with EKSClient(
        session=session, endpoint_url=moto_endpoint, sleep=lambda _seconds: None
    ) as client:
        yield client


@pytest.fixture
def cluster(eks: EKSClient) -> Iterator[str]:
    name = f"e2e-{uuid.uuid4().hex[:8]}"
    eks.create_cluster(
        name=name,
        role_arn=CLUSTER_ROLE,
        resources_vpc_config=VpcConfigRequest(subnet_ids=SUBNETS),
        tags={"team": "data"},
    )
    yield name
    _teardown(eks, name)


def _teardown(eks: EKSClient, name: str) -> None:
    try:
        for ng in eks.paginate_list_nodegroups(cluster_name=name):
            eks.delete_nodegroup(cluster_name=name, nodegroup_name=ng)
        for fp in eks.paginate_list_fargate_profiles(cluster_name=name):
            eks.delete_fargate_profile(cluster_name=name, fargate_profile_name=fp)
        eks.delete_cluster(name=name)
    except ResourceNotFoundException:
        pass


def _add_nodegroup(eks: EKSClient, cluster: str, name: str) -> None:
    eks.create_nodegroup(
        cluster_name=cluster,
        nodegroup_name=name,
        subnets=SUBNETS,
        node_role=NODE_ROLE,
        scaling_config=NodegroupScalingConfig(min_size=1, max_size=3, desired_size=2),
        instance_types=["m5.large"],
        labels={"pool": name},
    )


def test_cluster_lifecycle(eks: EKSClient) -> None:
    name = f"e2e-{uuid.uuid4().hex[:8]}"
    created = eks.create_cluster(
        name=name,
        role_arn=CLUSTER_ROLE,
        resources_vpc_config=VpcConfigRequest(subnet_ids=SUBNETS),
        version="1.31",
    )
    assert created.cluster is not None
    assert created.cluster.name == name
    assert created.cluster.arn == f"arn:aws:eks:us-east-1:{ACCOUNT}:cluster/{name}"
    assert created.cluster.client_request_token  # filled in by the client

    active = eks.wait_until_cluster_active(name=name, delay=0)
    assert active.cluster is not None
    assert active.cluster.status is ClusterStatus.ACTIVE
    assert active.cluster.version == "1.31"
    assert active.cluster.resources_vpc_config is not None
    assert active.cluster.resources_vpc_config.subnet_ids == SUBNETS
    assert active.cluster.created_at is not None and active.cluster.created_at.tzinfo is not None

    assert name in list(eks.paginate_list_clusters())
    deleted = eks.delete_cluster(name=name)
    assert deleted.cluster is not None and deleted.cluster.name == name
    assert eks.wait_until_cluster_deleted(name=name, delay=0) is None
    with pytest.raises(ResourceNotFoundException):
        eks.describe_cluster(name=name)


def test_nodegroups_paginate_and_wait(eks: EKSClient, cluster: str) -> None:
    names = [f"ng-{i}" for i in range(5)]
    for ng in names:
        _add_nodegroup(eks, cluster, ng)

    pages = list(eks.paginate_list_nodegroups(cluster_name=cluster, max_results=2).pages())
    assert [len(p.nodegroups or []) for p in pages] == [2, 2, 1]
    assert pages[-1].next_token is None
    assert list(eks.paginate_list_nodegroups(cluster_name=cluster, max_results=2)) == names

    ready = eks.wait_until_nodegroup_active(cluster_name=cluster, nodegroup_name="ng-0", delay=0)
    assert ready.nodegroup is not None
    assert ready.nodegroup.status is NodegroupStatus.ACTIVE
    assert ready.nodegroup.labels == {"pool": "ng-0"}
    assert ready.nodegroup.scaling_config == NodegroupScalingConfig(
        min_size=1, max_size=3, desired_size=2
    )

    eks.delete_nodegroup(cluster_name=cluster, nodegroup_name="ng-0")
    assert eks.wait_until_nodegroup_deleted(cluster_name=cluster, nodegroup_name="ng-0") is None
    assert list(eks.paginate_list_nodegroups(cluster_name=cluster)) == names[1:]


def test_fargate_profiles(eks: EKSClient, cluster: str) -> None:
    for i in range(3):
        eks.create_fargate_profile(
            cluster_name=cluster,
            fargate_profile_name=f"fp-{i}",
            pod_execution_role_arn=POD_ROLE,
            subnets=SUBNETS,
            selectors=[FargateProfileSelector(namespace=f"team-{i}", labels={"tier": "batch"})],
        )
    pages = list(eks.paginate_list_fargate_profiles(cluster_name=cluster, max_results=2).pages())
    assert [p.fargate_profile_names for p in pages] == [["fp-0", "fp-1"], ["fp-2"]]

    active = eks.wait_until_fargate_profile_active(
        cluster_name=cluster, fargate_profile_name="fp-1", delay=0
    )
    profile = active.fargate_profile
    assert profile is not None
    assert profile.status is FargateProfileStatus.ACTIVE
    assert profile.selectors == [
        FargateProfileSelector(namespace="team-1", labels={"tier": "batch"})
    ]

    eks.delete_fargate_profile(cluster_name=cluster, fargate_profile_name="fp-1")
    assert (
        eks.wait_until_fargate_profile_deleted(
            cluster_name=cluster, fargate_profile_name="fp-1", delay=0
        )
        is None
    )


def test_tags(eks: EKSClient, cluster: str) -> None:
    described = eks.describe_cluster(name=cluster).cluster
    assert described is not None and described.arn is not None
    arn = described.arn
    assert eks.list_tags_for_resource(resource_arn=arn).tags == {"team": "data"}

    eks.tag_resource(resource_arn=arn, tags={"env": "test", "owner": "platform"})
    assert eks.list_tags_for_resource(resource_arn=arn).tags == {
        "team": "data",
        "env": "test",
        "owner": "platform",
    }
    # moto's server reads only the first ``tagKeys`` value (boto3 sees the same), so
    # remove one key per call here; test_client.py checks the repeated-key query.
    eks.untag_resource(resource_arn=arn, tag_keys=["team"])
    eks.untag_resource(resource_arn=arn, tag_keys=["owner"])
    assert eks.list_tags_for_resource(resource_arn=arn).tags == {"env": "test"}


def test_typed_errors(eks: EKSClient, cluster: str) -> None:
    with pytest.raises(ResourceNotFoundException) as missing:
        eks.describe_cluster(name="no-such-cluster")
    assert missing.value.status_code == 404
    assert "no-such-cluster" in missing.value.message
    assert missing.value.request_id

    with pytest.raises(ResourceNotFoundException):
        eks.describe_nodegroup(cluster_name=cluster, nodegroup_name="no-such-ng")

    with pytest.raises(ResourceInUseException):
        eks.create_cluster(
            name=cluster,
            role_arn=CLUSTER_ROLE,
            resources_vpc_config=VpcConfigRequest(subnet_ids=SUBNETS),
        )

    _add_nodegroup(eks, cluster, "blocker")
    with pytest.raises(ResourceInUseException) as in_use:
        eks.delete_cluster(name=cluster)
    assert in_use.value.cluster_name == cluster
    assert in_use.value.nodegroup_name == "blocker"

    with pytest.raises(InvalidParameterException) as bad_profile:
        eks.create_fargate_profile(
            cluster_name=cluster,
            fargate_profile_name="no-selectors",
            pod_execution_role_arn=POD_ROLE,
            selectors=[],
        )
    assert bad_profile.value.status_code == 400

    with pytest.raises(InvalidParameterException):
        eks.create_nodegroup(
            cluster_name=cluster,
            nodegroup_name="lt-and-disk",
            subnets=SUBNETS,
            node_role=NODE_ROLE,
            disk_size=50,
            launch_template=LaunchTemplateSpecification(name="my-template"),
        )


def test_waiter_sees_failure_as_typed_error(eks: EKSClient) -> None:
    with pytest.raises(emrk.WaiterError) as info:
        eks.wait_until_cluster_active(name="never-created", delay=0, max_attempts=2)
    assert isinstance(info.value.last_error, ResourceNotFoundException)


def test_nodegroup_on_a_missing_cluster(eks: EKSClient) -> None:
    with pytest.raises(ResourceNotFoundException) as info:
        _add_nodegroup(eks, "no-such-cluster", "ng")
    assert isinstance(info.value, emrk.eks.EKSError)
