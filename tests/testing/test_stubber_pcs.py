"""The Stubber against PCS (awsJson 1.0)."""

from __future__ import annotations

import datetime
import uuid

import pytest

import emrk
from emrk.pcs import (
    Cluster,
    ClusterStatus,
    ClusterSummary,
    ConflictException,
    CreateClusterResponse,
    GetClusterResponse,
    ListClustersResponse,
    Networking,
    NetworkingRequest,
    PCSClient,
    PCSError,
    ResourceNotFoundException,
    Scheduler,
    SchedulerRequest,
    SchedulerType,
    Size,
    ThrottlingException,
    ValidationException,
    ValidationExceptionField,
    ValidationExceptionReason,
)
from emrk.testing import ANY, StubAssertionError, Stubber

NOW = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)


def _cluster(status: ClusterStatus = ClusterStatus.ACTIVE) -> Cluster:
    return Cluster(
        name="hpc",
        id="pcs_abc123",
        arn="arn:aws:pcs:us-east-1:123456789012:cluster/pcs_abc123",
        status=status,
        created_at=NOW,
        modified_at=NOW,
        scheduler=Scheduler(type=SchedulerType.SLURM, version="24.11"),
        size=Size.SMALL,
        networking=Networking(subnet_ids=["subnet-1"], security_group_ids=["sg-1"]),
    )


def _summary(name: str) -> ClusterSummary:
    return ClusterSummary(
        name=name,
        id=f"pcs_{name}",
        arn=f"arn:aws:pcs:us-east-1:123456789012:cluster/pcs_{name}",
        created_at=NOW,
        modified_at=NOW,
        status=ClusterStatus.ACTIVE,
    )


def test_response_round_trips_into_an_equal_model(pcs: PCSClient) -> None:
    expected = GetClusterResponse(cluster=_cluster())
    with Stubber(pcs) as stub:
        stub.add_response("get_cluster", expected, {"cluster_identifier": "hpc"})
        got = pcs.get_cluster(cluster_identifier="hpc")
    assert got == expected
    assert got.cluster is not None and got.cluster.size is Size.SMALL


def test_validation_error_carries_nested_members(pcs: PCSClient) -> None:
    fields = [ValidationExceptionField(name="clusterIdentifier", message="too long")]
    error = ValidationException(
        "invalid", reason=ValidationExceptionReason.FIELD_VALIDATION_FAILED, field_list=fields
    )
    with Stubber(pcs) as stub:
        stub.add_client_error("get_cluster", error)
        with pytest.raises(ValidationException) as info:
            pcs.get_cluster(cluster_identifier="hpc")
    assert info.value.reason is ValidationExceptionReason.FIELD_VALIDATION_FAILED
    assert info.value.field_list == fields
    assert info.value.status_code == 400


def test_conflict_error_members(pcs: PCSClient) -> None:
    with Stubber(pcs) as stub:
        stub.add_client_error(
            "delete_cluster",
            ConflictException("busy", resource_id="pcs_abc123", resource_type="cluster"),
            http_status_code=409,
        )
        with pytest.raises(ConflictException) as info:
            pcs.delete_cluster(cluster_identifier="hpc")
    assert (info.value.resource_id, info.value.resource_type) == ("pcs_abc123", "cluster")
    assert info.value.status_code == 409


def test_throttling_is_raised_not_retried(pcs: PCSClient, sleeps: object) -> None:
    with Stubber(pcs) as stub:
        stub.add_client_error(
            "get_cluster", ThrottlingException("slow down", retry_after_seconds=3)
        )
        with pytest.raises(ThrottlingException) as info:
            pcs.get_cluster(cluster_identifier="hpc")
        stub.assert_no_pending_responses()
    assert info.value.retry_after_seconds == 3


def test_unknown_code_raises_the_base_class(pcs: PCSClient) -> None:
    with Stubber(pcs) as stub:
        stub.add_client_error("get_cluster", PCSError("later", code="FutureException"))
        with pytest.raises(PCSError) as info:
            pcs.get_cluster(cluster_identifier="hpc")
    assert type(info.value) is PCSError and info.value.code == "FutureException"


def test_client_token_is_filled_and_ignored_unless_expected(pcs: PCSClient) -> None:
    params = {
        "cluster_name": "hpc",
        "scheduler": SchedulerRequest(type=SchedulerType.SLURM, version="24.11"),
        "size": "SMALL",
        "networking": NetworkingRequest(subnet_ids=["subnet-1"]),
    }
    with Stubber(pcs) as stub:
        stub.add_response("create_cluster", CreateClusterResponse(cluster=_cluster()), params)
        stub.add_response(
            "create_cluster", CreateClusterResponse(), {**params, "client_token": "mine"}
        )
        pcs.create_cluster(
            cluster_name="hpc",
            scheduler=SchedulerRequest(type=SchedulerType.SLURM, version="24.11"),
            size=Size.SMALL,
            networking=NetworkingRequest(subnet_ids=["subnet-1"]),
        )
        with pytest.raises(StubAssertionError, match="create_cluster: parameter client_token"):
            pcs.create_cluster(
                cluster_name="hpc",
                scheduler=SchedulerRequest(type=SchedulerType.SLURM, version="24.11"),
                size=Size.SMALL,
                networking=NetworkingRequest(subnet_ids=["subnet-1"]),
            )
    assert uuid.UUID(stub.calls[0].request.client_token).version == 4


def test_paginator_over_queued_pages(pcs: PCSClient) -> None:
    with Stubber(pcs) as stub:
        stub.add_response(
            "list_clusters", ListClustersResponse(clusters=[_summary("a")], next_token="n1")
        )
        stub.add_response(
            "list_clusters", ListClustersResponse(clusters=[_summary("b")]), {"next_token": ANY}
        )
        assert [c.name for c in pcs.paginate_list_clusters()] == ["a", "b"]


def test_active_waiter(pcs: PCSClient) -> None:
    with Stubber(pcs) as stub:
        stub.add_response(
            "get_cluster", GetClusterResponse(cluster=_cluster(ClusterStatus.CREATING))
        )
        stub.add_response("get_cluster", GetClusterResponse(cluster=_cluster()))
        done = pcs.wait_until_cluster_active(cluster_identifier="hpc", delay=0)
    assert done.cluster is not None and done.cluster.status is ClusterStatus.ACTIVE


def test_deleted_waiter(pcs: PCSClient) -> None:
    with Stubber(pcs) as stub:
        stub.add_response(
            "get_cluster", GetClusterResponse(cluster=_cluster(ClusterStatus.DELETING))
        )
        stub.add_client_error("get_cluster", ResourceNotFoundException("gone"))
        assert pcs.wait_until_cluster_deleted(cluster_identifier="hpc", delay=0) is None


def test_deleted_waiter_failure(pcs: PCSClient) -> None:
    failed = GetClusterResponse(cluster=_cluster(ClusterStatus.DELETE_FAILED))
    with Stubber(pcs) as stub:
        stub.add_response("get_cluster", failed)
        with pytest.raises(emrk.WaiterError) as info:
            pcs.wait_until_cluster_deleted(cluster_identifier="hpc", delay=0)
    assert info.value.last_response == failed
