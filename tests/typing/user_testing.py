"""User-style tests written with emrk.testing; checked by mypy and pyright, never run."""

from __future__ import annotations

from typing_extensions import assert_type

from emrk.eks import (
    Cluster,
    ClusterStatus,
    DescribeClusterResponse,
    EKSClient,
    ResourceNotFoundException,
)
from emrk.testing import ANY, StubbedCall, Stubber


def stubbed(eks: EKSClient) -> None:
    with Stubber(eks) as stub:
        assert_type(stub, Stubber)
        stub.add_response(
            "describe_cluster",
            DescribeClusterResponse(cluster=Cluster(name="prod", status=ClusterStatus.ACTIVE)),
            expected_params={"name": "prod"},
        )
        stub.add_response("describe_cluster", DescribeClusterResponse(), {"name": ANY})
        stub.add_client_error(
            "describe_cluster",
            ResourceNotFoundException("no such cluster", cluster_name="prod"),
            http_status_code=404,
        )
        eks.describe_cluster(name="prod")
        stub.assert_no_pending_responses()
    assert_type(stub.calls, tuple[StubbedCall, ...])
    assert_type(stub.calls[0].method, str)


def mistakes(eks: EKSClient) -> None:
    """Each line below is an error the type checker must keep reporting."""
    stub = Stubber(eks)
    stub.add_response("describe_cluster", {"cluster": {}})  # type: ignore[arg-type]
    stub.add_client_error("describe_cluster", ValueError("x"))  # type: ignore[arg-type]
    Stubber("eks")  # type: ignore[arg-type]
