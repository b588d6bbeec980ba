"""How a Stubber attaches to a client and lives beside other HTTP mocks."""

from __future__ import annotations

import re

import pytest
import responses

import emrk
from emrk.core.http import HttpRequest, RawResponse
from emrk.eks import DescribeClusterResponse, EKSClient, ListClustersResponse
from emrk.testing import Stubber


def _listing(*names: str) -> ListClustersResponse:
    return ListClustersResponse(clusters=list(names))


class _Recorder:
    """A transport that answers every request with an empty cluster list."""

    def __init__(self) -> None:
        self.sent: list[HttpRequest] = []

    def send(self, request: HttpRequest) -> RawResponse:
        self.sent.append(request)
        return RawResponse(200, {"Content-Type": "application/json"}, b'{"clusters": []}')

    def close(self) -> None:
        pass


def test_exit_gives_the_client_its_real_transport_back(session: emrk.Session) -> None:
    real = _Recorder()
    eks = EKSClient(session=session, transport=real)
    with Stubber(eks) as stub:
        stub.add_response("list_clusters", _listing("stubbed"))
        assert eks.list_clusters().clusters == ["stubbed"]
    assert real.sent == []
    assert eks.list_clusters().clusters == []
    assert [r.context.operation for r in real.sent if r.context] == ["ListClusters"]


def test_activate_and_deactivate_without_a_with_block(eks: EKSClient) -> None:
    stub = Stubber(eks)
    stub.activate()
    stub.activate()  # idempotent
    try:
        stub.add_response("list_clusters", _listing("a"))
        assert eks.list_clusters().clusters == ["a"]
    finally:
        stub.deactivate()
    stub.deactivate()  # idempotent


def test_a_second_stubber_on_the_same_client_is_refused(eks: EKSClient) -> None:
    with Stubber(eks), pytest.raises(RuntimeError, match="already active"):
        Stubber(eks).activate()


def test_stubbers_on_two_clients_nest(session: emrk.Session) -> None:
    east, west = session.eks(), EKSClient(session=session, region_name="us-west-2")
    with Stubber(east) as outer:
        outer.add_response("list_clusters", _listing("east"))
        with Stubber(west) as inner:
            inner.add_response("list_clusters", _listing("west"))
            assert west.list_clusters().clusters == ["west"]
            assert east.list_clusters().clusters == ["east"]


def test_a_responses_mock_active_in_the_test_is_left_alone(
    eks: EKSClient, session: emrk.Session
) -> None:
    other = EKSClient(session=session, region_name="eu-west-1")
    with responses.RequestsMock() as mock:
        mock.get(
            re.compile(r"https://eks\.eu-west-1\.amazonaws\.com/clusters.*"),
            json={"clusters": ["eu"]},
        )
        with Stubber(eks) as stub:
            stub.add_response("list_clusters", _listing("stubbed"))
            assert eks.list_clusters().clusters == ["stubbed"]
            assert other.list_clusters().clusters == ["eu"]
        assert len(mock.calls) == 1


def test_after_exit_the_client_talks_to_its_endpoint_again(
    session: emrk.Session, moto_endpoint: str
) -> None:
    eks = session.eks(endpoint_url=moto_endpoint)
    with Stubber(eks) as stub:
        stub.add_response("describe_cluster", DescribeClusterResponse())
        assert eks.describe_cluster(name="ghost").cluster is None
    assert isinstance(eks.list_clusters().clusters, list)


def test_a_subclassed_client_is_stubbed_too(session: emrk.Session) -> None:
    class AuditedEKS(EKSClient):
        """A user's own subclass, defined outside emrk."""

    eks = AuditedEKS(session=session)
    with Stubber(eks) as stub:
        stub.add_response("list_clusters", _listing("mine"))
        assert eks.list_clusters().clusters == ["mine"]
