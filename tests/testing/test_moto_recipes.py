"""The moto recipes of docs/testing.md, run as written: in-process and server mode."""

from __future__ import annotations

import pytest
from moto import mock_aws

import emrk
from emrk.eks import ClusterStatus, VpcConfigRequest
from emrk.emr_containers import ContainerInfo, ContainerProvider, EksInfo, VirtualClusterState
from emrk.testing import Stubber

ROLE = "arn:aws:iam::123456789012:role/eks"


def _create_cluster_and_virtual_cluster(session: emrk.Session, endpoint_url: str | None) -> None:
    eks = session.eks(endpoint_url=endpoint_url)
    created = eks.create_cluster(
        name="prod", role_arn=ROLE, resources_vpc_config=VpcConfigRequest(subnet_ids=["subnet-1"])
    )
    assert created.cluster is not None and created.cluster.status is ClusterStatus.ACTIVE
    assert "prod" in list(eks.paginate_list_clusters())

    emr = session.emr_containers(endpoint_url=endpoint_url)
    provider = ContainerProvider(
        type="EKS", id="prod", info=ContainerInfo(eks_info=EksInfo(namespace="spark"))
    )
    vc = emr.create_virtual_cluster(name="analytics", container_provider=provider)
    assert vc.id is not None
    running = emr.wait_until_virtual_cluster_running(id=vc.id, delay=0)
    assert running.virtual_cluster is not None
    assert running.virtual_cluster.state is VirtualClusterState.RUNNING


def test_mock_aws_in_process(session: emrk.Session) -> None:
    with mock_aws():
        _create_cluster_and_virtual_cluster(session, None)


@pytest.mark.e2e
def test_moto_server(session: emrk.Session, moto_endpoint: str) -> None:
    _create_cluster_and_virtual_cluster(session, moto_endpoint)


def test_stubber_wins_over_mock_aws_for_its_client(session: emrk.Session) -> None:
    from emrk.eks import ListClustersResponse

    with mock_aws():
        eks = session.eks()
        with Stubber(eks) as stub:
            stub.add_response("list_clusters", ListClustersResponse(clusters=["stubbed"]))
            assert eks.list_clusters().clusters == ["stubbed"]
        assert eks.list_clusters().clusters == []
