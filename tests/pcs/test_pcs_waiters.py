"""PCS waiters driven through scripted status sequences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

import emrk
from emrk.core.wait import WaiterSpec
from emrk.pcs import (
    AccessDeniedException,
    ClusterStatus,
    ComputeNodeGroupStatus,
    PCSClient,
    QueueStatus,
    ResourceNotFoundException,
)
from emrk.pcs import waiters as pcs_waiters

from . import fakes
from .fakes import FakePCS


@attrs.frozen
class Resource:
    """How to script and wait for one kind of PCS resource."""

    kind: str
    get_operation: str
    body: Callable[[str], dict[str, Any]]
    status_of: Callable[[Any], Any]
    arguments: dict[str, str]
    wire_arguments: dict[str, str]
    resource_id: str
    active: str
    deleted: str
    default_delay: float
    status_enum: Any


CLUSTER = Resource(
    kind="cluster",
    get_operation="GetCluster",
    body=lambda status: {"cluster": fakes.cluster(status)},
    status_of=lambda r: r.cluster.status,
    arguments={"cluster_identifier": fakes.CLUSTER_NAME},
    wire_arguments={"clusterIdentifier": fakes.CLUSTER_NAME},
    resource_id=fakes.CLUSTER_ID,
    active="wait_until_cluster_active",
    deleted="wait_until_cluster_deleted",
    default_delay=30,
    status_enum=ClusterStatus,
)
NODE_GROUP = Resource(
    kind="compute node group",
    get_operation="GetComputeNodeGroup",
    body=lambda status: {"computeNodeGroup": fakes.node_group(status)},
    status_of=lambda r: r.compute_node_group.status,
    arguments={
        "cluster_identifier": fakes.CLUSTER_NAME,
        "compute_node_group_identifier": fakes.NODE_GROUP_NAME,
    },
    wire_arguments={
        "clusterIdentifier": fakes.CLUSTER_NAME,
        "computeNodeGroupIdentifier": fakes.NODE_GROUP_NAME,
    },
    resource_id=fakes.NODE_GROUP_ID,
    active="wait_until_compute_node_group_active",
    deleted="wait_until_compute_node_group_deleted",
    default_delay=15,
    status_enum=ComputeNodeGroupStatus,
)
QUEUE = Resource(
    kind="queue",
    get_operation="GetQueue",
    body=lambda status: {"queue": fakes.queue(status)},
    status_of=lambda r: r.queue.status,
    arguments={"cluster_identifier": fakes.CLUSTER_NAME, "queue_identifier": fakes.QUEUE_NAME},
    wire_arguments={"clusterIdentifier": fakes.CLUSTER_NAME, "queueIdentifier": fakes.QUEUE_NAME},
    resource_id=fakes.QUEUE_ID,
    active="wait_until_queue_active",
    deleted="wait_until_queue_deleted",
    default_delay=10,
    status_enum=QueueStatus,
)
RESOURCES = [CLUSTER, NODE_GROUP, QUEUE]
BY_KIND = pytest.mark.parametrize("res", RESOURCES, ids=lambda r: r.kind.replace(" ", "_"))

ACTIVE_FAILURES = [
    (res, status)
    for res in RESOURCES
    for status in ("CREATE_FAILED", "UPDATE_FAILED", "DELETE_FAILED", "DELETING")
] + [(NODE_GROUP, "DELETED")]


def _script(fake: FakePCS, res: Resource, *statuses: str) -> None:
    for status in statuses:
        fake.reply(res.get_operation, res.body(status))


def _script_gone(fake: FakePCS, res: Resource) -> None:
    fake.fail(
        res.get_operation,
        "ResourceNotFoundException",
        f"{res.kind} not found",
        **fakes.not_found(res.kind, res.resource_id),
    )


def _wait(pcs: PCSClient, res: Resource, which: str, **kwargs: Any) -> Any:
    method = getattr(pcs, res.active if which == "active" else res.deleted)
    return method(**res.arguments, **kwargs)


@BY_KIND
def test_active_returns_the_active_response(
    pcs: PCSClient, fake: FakePCS, sleeps: list[float], res: Resource
) -> None:
    _script(fake, res, "CREATING", "CREATING", "ACTIVE")

    result = _wait(pcs, res, "active", delay=0)

    assert res.status_of(result) is res.status_enum.ACTIVE
    assert fake.operations() == [res.get_operation] * 3
    assert sleeps == [0, 0]


@BY_KIND
def test_active_sends_the_identifiers(pcs: PCSClient, fake: FakePCS, res: Resource) -> None:
    _script(fake, res, "ACTIVE")

    _wait(pcs, res, "active", delay=0)

    assert fake.calls[0].body == res.wire_arguments


@pytest.mark.parametrize(
    ("res", "status"), ACTIVE_FAILURES, ids=lambda v: getattr(v, "kind", v).replace(" ", "_")
)
def test_active_fails_fast_on_states_that_never_become_active(
    pcs: PCSClient, fake: FakePCS, res: Resource, status: str
) -> None:
    _script(fake, res, "CREATING", status)

    with pytest.raises(emrk.WaiterError) as caught:
        _wait(pcs, res, "active", delay=0)

    err = caught.value
    assert err.attempts == 2
    assert res.status_of(err.last_response) == status
    assert status in err.reason
    assert err.last_error is None
    assert len(fake.calls) == 2


@BY_KIND
def test_active_gives_up_after_max_attempts(
    pcs: PCSClient, fake: FakePCS, sleeps: list[float], res: Resource
) -> None:
    _script(fake, res, "CREATING", "CREATING", "CREATING", "ACTIVE")

    with pytest.raises(emrk.WaiterError) as caught:
        _wait(pcs, res, "active", delay=0, max_attempts=3)

    assert caught.value.attempts == 3
    assert "max attempts" in caught.value.reason
    assert res.status_of(caught.value.last_response) is res.status_enum.CREATING
    assert len(fake.calls) == 3
    assert sleeps == [0, 0]


@BY_KIND
def test_active_fails_when_the_resource_does_not_exist(
    pcs: PCSClient, fake: FakePCS, res: Resource
) -> None:
    _script_gone(fake, res)

    with pytest.raises(emrk.WaiterError) as caught:
        _wait(pcs, res, "active", delay=0)

    assert isinstance(caught.value.last_error, ResourceNotFoundException)
    assert caught.value.last_error.resource_id == res.resource_id
    assert caught.value.attempts == 1


@BY_KIND
def test_active_keeps_polling_through_unknown_statuses(
    pcs: PCSClient, fake: FakePCS, res: Resource
) -> None:
    _script(fake, res, "REBALANCING", "SUSPENDED", "RESUMING", "ACTIVE")

    result = _wait(pcs, res, "active", delay=0)

    assert res.status_of(result) is res.status_enum.ACTIVE
    assert len(fake.calls) == 4


@BY_KIND
def test_an_unexpected_service_error_stops_the_waiter(
    pcs: PCSClient, fake: FakePCS, res: Resource
) -> None:
    _script(fake, res, "CREATING")
    fake.fail(res.get_operation, "AccessDeniedException", "not allowed")

    with pytest.raises(emrk.WaiterError) as caught:
        _wait(pcs, res, "active", delay=0)

    assert isinstance(caught.value.last_error, AccessDeniedException)
    assert caught.value.attempts == 2


@BY_KIND
def test_default_delay_is_the_waiters_own(
    pcs: PCSClient, fake: FakePCS, sleeps: list[float], res: Resource
) -> None:
    _script(fake, res, "CREATING", "ACTIVE")

    _wait(pcs, res, "active")

    assert sleeps == [res.default_delay]


@BY_KIND
def test_deleted_succeeds_once_the_resource_is_gone(
    pcs: PCSClient, fake: FakePCS, sleeps: list[float], res: Resource
) -> None:
    _script(fake, res, "DELETING", "DELETING")
    _script_gone(fake, res)

    assert _wait(pcs, res, "deleted", delay=0) is None
    assert fake.operations() == [res.get_operation] * 3
    assert sleeps == [0, 0]


def test_node_group_deleted_also_succeeds_on_deleted_status(pcs: PCSClient, fake: FakePCS) -> None:
    _script(fake, NODE_GROUP, "DELETING", "DELETED")

    result = pcs.wait_until_compute_node_group_deleted(
        cluster_identifier=fakes.CLUSTER_NAME,
        compute_node_group_identifier=fakes.NODE_GROUP_NAME,
        delay=0,
    )

    assert result is not None
    assert result.compute_node_group is not None
    assert result.compute_node_group.status is ComputeNodeGroupStatus.DELETED


@BY_KIND
def test_deleted_fails_on_delete_failed(pcs: PCSClient, fake: FakePCS, res: Resource) -> None:
    _script(fake, res, "DELETING", "DELETE_FAILED")

    with pytest.raises(emrk.WaiterError) as caught:
        _wait(pcs, res, "deleted", delay=0)

    assert res.status_of(caught.value.last_response) is res.status_enum.DELETE_FAILED
    assert "DELETE_FAILED" in str(caught.value)
    assert caught.value.attempts == 2


@BY_KIND
def test_deleted_gives_up_after_max_attempts(pcs: PCSClient, fake: FakePCS, res: Resource) -> None:
    _script(fake, res, "DELETING", "DELETING")

    with pytest.raises(emrk.WaiterError) as caught:
        _wait(pcs, res, "deleted", delay=0, max_attempts=2)

    assert caught.value.attempts == 2
    assert len(fake.calls) == 2


@BY_KIND
def test_on_attempt_sees_every_poll(pcs: PCSClient, fake: FakePCS, res: Resource) -> None:
    _script(fake, res, "DELETING", "DELETING")
    _script_gone(fake, res)
    seen: list[emrk.WaiterAttempt] = []

    _wait(pcs, res, "deleted", delay=0, max_attempts=5, on_attempt=seen.append)

    assert [a.attempt for a in seen] == [1, 2, 3]
    assert {a.max_attempts for a in seen} == {5}
    assert [a.state for a in seen] == [None, None, "success"]
    assert [res.status_of(a.response) for a in seen[:2]] == ["DELETING", "DELETING"]
    assert seen[2].response is None
    assert isinstance(seen[2].error, ResourceNotFoundException)
    assert seen[0].waiter.endswith("Deleted")


def test_on_attempt_reports_the_failure_state(pcs: PCSClient, fake: FakePCS) -> None:
    _script(fake, CLUSTER, "CREATING", "CREATE_FAILED")
    seen: list[emrk.WaiterAttempt] = []

    with pytest.raises(emrk.WaiterError):
        pcs.wait_until_cluster_active(
            cluster_identifier=fakes.CLUSTER_NAME, delay=0, on_attempt=seen.append
        )

    assert [a.state for a in seen] == [None, "failure"]
    assert seen[0].waiter == "ClusterActive"


def test_failure_keeps_the_error_info_for_diagnosis(pcs: PCSClient, fake: FakePCS) -> None:
    problem = {"code": "SubnetNotFound", "message": "subnet-0a1b2c3d4e5f60718 does not exist"}
    fake.reply("GetCluster", {"cluster": fakes.cluster("CREATE_FAILED", errorInfo=[problem])})

    with pytest.raises(emrk.WaiterError) as caught:
        pcs.wait_until_cluster_active(cluster_identifier=fakes.CLUSTER_NAME, delay=0)

    info = caught.value.last_response.cluster.error_info
    assert [(e.code, e.message) for e in info] == [(problem["code"], problem["message"])]


def test_waiter_specs_have_sane_defaults() -> None:
    specs: list[WaiterSpec[Any]] = [
        pcs_waiters.CLUSTER_ACTIVE,
        pcs_waiters.CLUSTER_DELETED,
        pcs_waiters.COMPUTE_NODE_GROUP_ACTIVE,
        pcs_waiters.COMPUTE_NODE_GROUP_DELETED,
        pcs_waiters.QUEUE_ACTIVE,
        pcs_waiters.QUEUE_DELETED,
    ]
    assert [s.name for s in specs] == [
        "ClusterActive",
        "ClusterDeleted",
        "ComputeNodeGroupActive",
        "ComputeNodeGroupDeleted",
        "QueueActive",
        "QueueDeleted",
    ]
    for spec in specs:
        assert spec.delay > 0
        assert spec.delay * spec.max_attempts >= 600
