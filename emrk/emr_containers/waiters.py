"""Waiters for EMR on EKS: botocore ships none for this service, so emrk defines its own.

Each :class:`~emrk.core.wait.WaiterSpec` polls one ``Describe*`` operation
and reads the resource's ``state``:

* ``JobRunCompleted`` polls DescribeJobRun every 30 s, 120 times (about an
  hour): COMPLETED succeeds, FAILED or CANCELLED fail with the run's
  failure reason and state details in the message.
* ``VirtualClusterRunning`` polls DescribeVirtualCluster every 10 s, 60 times
  (about ten minutes): RUNNING succeeds, TERMINATED or ARRESTED fail.
* ``VirtualClusterDeleted``: same pacing; TERMINATED or a not-found answer
  succeeds.
* ``ManagedEndpointActive`` polls DescribeManagedEndpoint every 30 s, 60 times
  (about half an hour): ACTIVE succeeds, TERMINATED_WITH_ERRORS or TERMINATED
  fail.
* ``ManagedEndpointDeleted``: same pacing; TERMINATED or a not-found answer
  succeeds, TERMINATED_WITH_ERRORS fails.

The pacing follows how long each resource usually takes: a virtual cluster
is bookkeeping over a namespace and settles in seconds, a managed endpoint
starts pods and a load balancer, and a Spark job can run for hours (pass a
larger ``max_attempts`` for long jobs).

Deleted resources stay visible for a while in the ``TERMINATED`` state, and
once they are gone the service answers ``ResourceNotFoundException`` or,
for some operations (and in moto), a ``ValidationException`` saying the
resource does not exist. The ``*_deleted`` waiters treat all three as
success; any other ``ValidationException`` still fails the waiter.
"""

from __future__ import annotations

from emrk.core.errors import ServiceError
from emrk.core.wait import Acceptor, WaiterSpec
from emrk.emr_containers.models import (
    DescribeJobRunResponse,
    DescribeManagedEndpointResponse,
    DescribeVirtualClusterResponse,
    EndpointState,
    JobRunState,
    VirtualClusterState,
)

__all__ = [
    "JOB_RUN_COMPLETED",
    "MANAGED_ENDPOINT_ACTIVE",
    "MANAGED_ENDPOINT_DELETED",
    "VIRTUAL_CLUSTER_DELETED",
    "VIRTUAL_CLUSTER_RUNNING",
]

_GONE_PHRASES = ("doesn't exist", "does not exist", "not found", "already terminated")


def _says_gone(error: ServiceError) -> bool:
    """True when a ValidationException really means "no such resource"."""
    text = error.message.lower()
    return any(phrase in text for phrase in _GONE_PHRASES)


def _explain(kind: str, state: object, failure_reason: object, details: str | None) -> str:
    """One readable line: state, the service's failure category and its details."""
    text = f"{kind} is {state}"  # enums print their value, as unknown (str) values do
    if failure_reason is not None:
        text += f" ({failure_reason})"
    if details:
        text += f": {details}"
    return text


# -- job runs -----------------------------------------------------------------


def _job_state(r: DescribeJobRunResponse) -> object:
    return r.job_run.state if r.job_run is not None else None


def _explain_job_run(r: DescribeJobRunResponse) -> str:
    run = r.job_run
    assert run is not None
    return _explain("job run", run.state, run.failure_reason, run.state_details)


JOB_RUN_COMPLETED: WaiterSpec[DescribeJobRunResponse] = WaiterSpec(
    "JobRunCompleted",
    delay=30,
    max_attempts=120,
    acceptors=(
        Acceptor("success", lambda r: _job_state(r) == JobRunState.COMPLETED),
        Acceptor(
            "failure",
            lambda r: _job_state(r) == JobRunState.FAILED,
            reason="job run is FAILED",
            describe=_explain_job_run,
        ),
        Acceptor(
            "failure",
            lambda r: _job_state(r) == JobRunState.CANCELLED,
            reason="job run is CANCELLED",
            describe=_explain_job_run,
        ),
    ),
)

# -- virtual clusters ---------------------------------------------------------


def _cluster_state(r: DescribeVirtualClusterResponse) -> object:
    return r.virtual_cluster.state if r.virtual_cluster is not None else None


def _explain_cluster(r: DescribeVirtualClusterResponse) -> str:
    return _explain("virtual cluster", _cluster_state(r), None, None)


VIRTUAL_CLUSTER_RUNNING: WaiterSpec[DescribeVirtualClusterResponse] = WaiterSpec(
    "VirtualClusterRunning",
    delay=10,
    max_attempts=60,
    acceptors=(
        Acceptor("success", lambda r: _cluster_state(r) == VirtualClusterState.RUNNING),
        Acceptor(
            "failure",
            lambda r: _cluster_state(r) == VirtualClusterState.TERMINATED,
            describe=_explain_cluster,
        ),
        Acceptor(
            "failure",
            lambda r: _cluster_state(r) == VirtualClusterState.ARRESTED,
            describe=_explain_cluster,
        ),
    ),
)

VIRTUAL_CLUSTER_DELETED: WaiterSpec[DescribeVirtualClusterResponse] = WaiterSpec(
    "VirtualClusterDeleted",
    delay=10,
    max_attempts=60,
    acceptors=(
        Acceptor("success", lambda r: _cluster_state(r) == VirtualClusterState.TERMINATED),
        Acceptor("success", error="ResourceNotFoundException"),
        Acceptor("success", error="ValidationException", error_matches=_says_gone),
    ),
)

# -- managed endpoints --------------------------------------------------------


def _endpoint_state(r: DescribeManagedEndpointResponse) -> object:
    return r.endpoint.state if r.endpoint is not None else None


def _explain_endpoint(r: DescribeManagedEndpointResponse) -> str:
    ep = r.endpoint
    assert ep is not None
    return _explain("managed endpoint", ep.state, ep.failure_reason, ep.state_details)


MANAGED_ENDPOINT_ACTIVE: WaiterSpec[DescribeManagedEndpointResponse] = WaiterSpec(
    "ManagedEndpointActive",
    delay=30,
    max_attempts=60,
    acceptors=(
        Acceptor("success", lambda r: _endpoint_state(r) == EndpointState.ACTIVE),
        Acceptor(
            "failure",
            lambda r: _endpoint_state(r) == EndpointState.TERMINATED_WITH_ERRORS,
            describe=_explain_endpoint,
        ),
        Acceptor(
            "failure",
            lambda r: _endpoint_state(r) == EndpointState.TERMINATED,
            describe=_explain_endpoint,
        ),
    ),
)

MANAGED_ENDPOINT_DELETED: WaiterSpec[DescribeManagedEndpointResponse] = WaiterSpec(
    "ManagedEndpointDeleted",
    delay=30,
    max_attempts=60,
    acceptors=(
        Acceptor("success", lambda r: _endpoint_state(r) == EndpointState.TERMINATED),
        Acceptor(
            "failure",
            lambda r: _endpoint_state(r) == EndpointState.TERMINATED_WITH_ERRORS,
            describe=_explain_endpoint,
        ),
        Acceptor("success", error="ResourceNotFoundException"),
        Acceptor("success", error="ValidationException", error_matches=_says_gone),
    ),
)
