"""Waiters for AWS PCS, which botocore does not ship.

PCS creates, updates and deletes clusters, compute node groups and queues in
the background; these poll the matching ``get_*`` call until the resource
settles. The client exposes them as ``wait_until_<resource>_active`` and
``wait_until_<resource>_deleted``.

* ``*_active`` succeeds on ``ACTIVE`` and fails as soon as the resource can
  no longer get there: a ``*_FAILED`` status, ``DELETING`` (or ``DELETED``
  for a node group). A ``ResourceNotFoundException`` fails it too.
* ``*_deleted`` succeeds once the service answers
  ``ResourceNotFoundException`` (or, for a node group, reports ``DELETED``)
  and fails on ``DELETE_FAILED``.

Any other status (``CREATING``, ``UPDATING``, ``SUSPENDED``...) means: poll again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeVar

from emrk.core.wait import Acceptor, WaiterSpec
from emrk.pcs.models import (
    GetClusterResponse,
    GetComputeNodeGroupResponse,
    GetQueueResponse,
)

__all__ = [
    "CLUSTER_ACTIVE",
    "CLUSTER_DELETED",
    "COMPUTE_NODE_GROUP_ACTIVE",
    "COMPUTE_NODE_GROUP_DELETED",
    "QUEUE_ACTIVE",
    "QUEUE_DELETED",
]

_R = TypeVar("_R")
_NOT_FOUND = "ResourceNotFoundException"
_ACTIVE_FAILURES = ("CREATE_FAILED", "UPDATE_FAILED", "DELETE_FAILED", "DELETING")


def _status_is(
    status_of: Callable[[_R], object],
    state: Literal["success", "failure"],
    status: str,
    what: str,
) -> Acceptor[_R]:
    """An acceptor entering ``state`` when the resource's status equals ``status``."""
    return Acceptor(
        state,
        lambda response: status_of(response) == status,
        reason=f"{what} status is {status}",
    )


def _active_acceptors(
    status_of: Callable[[_R], object], what: str, extra_failures: tuple[str, ...] = ()
) -> tuple[Acceptor[_R], ...]:
    failures = tuple(
        _status_is(status_of, "failure", status, what)
        for status in (*_ACTIVE_FAILURES, *extra_failures)
    )
    return (_status_is(status_of, "success", "ACTIVE", what), *failures)


def _deleted_acceptors(
    status_of: Callable[[_R], object], what: str, extra_successes: tuple[str, ...] = ()
) -> tuple[Acceptor[_R], ...]:
    successes = tuple(_status_is(status_of, "success", s, what) for s in extra_successes)
    return (
        Acceptor("success", error=_NOT_FOUND),
        *successes,
        _status_is(status_of, "failure", "DELETE_FAILED", what),
    )


def _cluster_status(response: GetClusterResponse) -> object:
    return response.cluster.status if response.cluster is not None else None


def _node_group_status(response: GetComputeNodeGroupResponse) -> object:
    group = response.compute_node_group
    return group.status if group is not None else None


def _queue_status(response: GetQueueResponse) -> object:
    return response.queue.status if response.queue is not None else None


CLUSTER_ACTIVE: WaiterSpec[GetClusterResponse] = WaiterSpec(
    "ClusterActive",
    delay=30,
    max_attempts=60,
    acceptors=_active_acceptors(_cluster_status, "cluster"),
)
"""Polls ``get_cluster`` every 30 s, 30 minutes at most: creating a cluster takes minutes."""

CLUSTER_DELETED: WaiterSpec[GetClusterResponse] = WaiterSpec(
    "ClusterDeleted",
    delay=30,
    max_attempts=60,
    acceptors=_deleted_acceptors(_cluster_status, "cluster"),
)
"""Polls ``get_cluster`` every 30 s until it answers ``ResourceNotFoundException``."""

COMPUTE_NODE_GROUP_ACTIVE: WaiterSpec[GetComputeNodeGroupResponse] = WaiterSpec(
    "ComputeNodeGroupActive",
    delay=15,
    max_attempts=80,
    acceptors=_active_acceptors(_node_group_status, "compute node group", ("DELETED",)),
)
"""Polls ``get_compute_node_group`` every 15 s, 20 minutes at most."""

COMPUTE_NODE_GROUP_DELETED: WaiterSpec[GetComputeNodeGroupResponse] = WaiterSpec(
    "ComputeNodeGroupDeleted",
    delay=15,
    max_attempts=80,
    acceptors=_deleted_acceptors(_node_group_status, "compute node group", ("DELETED",)),
)
"""Polls ``get_compute_node_group`` every 15 s until the group is gone or ``DELETED``."""

QUEUE_ACTIVE: WaiterSpec[GetQueueResponse] = WaiterSpec(
    "QueueActive",
    delay=10,
    max_attempts=60,
    acceptors=_active_acceptors(_queue_status, "queue"),
)
"""Polls ``get_queue`` every 10 s, 10 minutes at most: queues settle quickly."""

QUEUE_DELETED: WaiterSpec[GetQueueResponse] = WaiterSpec(
    "QueueDeleted",
    delay=10,
    max_attempts=60,
    acceptors=_deleted_acceptors(_queue_status, "queue"),
)
"""Polls ``get_queue`` every 10 s until it answers ``ResourceNotFoundException``."""
