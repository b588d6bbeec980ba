"""EMR on EKS waiters on scripted state sequences (``responses``, no network).

botocore has no waiters for this service; emrk's own are checked here for
every success and failure state, exhausted attempts, not-found answers on the
``*_deleted`` waiters, the ``on_attempt`` callback and the pacing overrides.
The last section covers the two optional :class:`~emrk.core.wait.Acceptor`
fields (``describe``, ``error_matches``) these waiters rely on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import responses

import emrk
from emrk.core.errors import ServiceError
from emrk.core.wait import Acceptor, WaiterAttempt, WaiterSpec, run_waiter
from emrk.emr_containers import (
    DescribeJobRunResponse,
    DescribeManagedEndpointResponse,
    DescribeVirtualClusterResponse,
    EMRContainersClient,
    EndpointState,
    FailureReason,
    JobRunState,
    ResourceNotFoundException,
    ValidationException,
    VirtualClusterState,
)
from emrk.emr_containers import waiters as specs

BASE = "https://emr-containers.us-east-1.amazonaws.com"
VC = "vc0123456789abcdefghijklm"
RUN = "run0123456789abcdef"
EP = "ep0123456789abcdef"
JOB_URL = f"{BASE}/virtualclusters/{VC}/jobruns/{RUN}"
VC_URL = f"{BASE}/virtualclusters/{VC}"
EP_URL = f"{BASE}/virtualclusters/{VC}/endpoints/{EP}"

Reply = tuple[int, dict[str, str], str]


@pytest.fixture
def sleeps() -> list[float]:
    """The delays the client's waiters asked to sleep, in order."""
    return []


@pytest.fixture
def client(session: emrk.Session, sleeps: list[float]) -> Iterator[EMRContainersClient]:
    """A client whose sleeps are recorded instead of slept."""
    emr = EMRContainersClient(session=session, sleep=sleeps.append)
    yield emr
    emr.close()


@pytest.fixture
def mock() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=True) as rsps:
        yield rsps


def _ok(body: dict[str, Any]) -> Reply:
    return 200, {"x-amzn-RequestId": "req-ok"}, json.dumps(body)


def _error(code: str, message: str, status: int = 400) -> Reply:
    headers = {"x-amzn-ErrorType": f"{code}:http://internal.amazon.com/", "x-amzn-RequestId": "r"}
    return status, headers, json.dumps({"message": message})


def _script(mock: responses.RequestsMock, method: str, url: str, replies: list[Reply]) -> None:
    """Answer successive calls to ``url`` with ``replies`` in order (the last repeats)."""
    queue = list(replies)

    def answer(_request: Any) -> Reply:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    mock.add_callback(method, url, callback=answer)


def _calls(mock: responses.RequestsMock) -> int:
    return len(mock.calls)


def _job(state: str, **extra: Any) -> Reply:
    return _ok({"jobRun": {"id": RUN, "virtualClusterId": VC, "state": state, **extra}})


def _cluster(state: str) -> Reply:
    return _ok({"virtualCluster": {"id": VC, "name": "analytics", "state": state}})


def _endpoint(state: str, **extra: Any) -> Reply:
    return _ok({"endpoint": {"id": EP, "virtualClusterId": VC, "state": state, **extra}})


# -- wait_until_job_run_completed ---------------------------------------------


def test_job_run_completed_returns_the_completed_response(
    client: EMRContainersClient, mock: responses.RequestsMock, sleeps: list[float]
) -> None:
    states = ["PENDING", "SUBMITTED", "RUNNING", "COMPLETED"]
    _script(mock, "GET", JOB_URL, [_job(s) for s in states])

    result = client.wait_until_job_run_completed(id=RUN, virtual_cluster_id=VC)

    assert isinstance(result, DescribeJobRunResponse)
    assert result.job_run is not None
    assert result.job_run.state is JobRunState.COMPLETED
    assert _calls(mock) == 4
    assert sleeps == [30, 30, 30]


def test_job_run_failed_message_carries_reason_and_details(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    details = "Driver pod exited with code 1: java.lang.OutOfMemoryError"
    failed = _job("FAILED", failureReason="USER_ERROR", stateDetails=details)
    _script(mock, "GET", JOB_URL, [_job("RUNNING"), failed])

    with pytest.raises(emrk.WaiterError) as info:
        client.wait_until_job_run_completed(id=RUN, virtual_cluster_id=VC, delay=0)

    err = info.value
    assert err.name == "JobRunCompleted"
    assert err.attempts == 2
    assert "FAILED" in str(err)
    assert "USER_ERROR" in str(err)
    assert details in str(err)
    assert err.reason == f"job run is FAILED (USER_ERROR): {details}"
    assert isinstance(err.last_response, DescribeJobRunResponse)
    assert err.last_response.job_run is not None
    assert err.last_response.job_run.failure_reason is FailureReason.USER_ERROR


def test_job_run_cancelled_fails_with_state_details(
    client: EMRContainersClient, mock: responses.RequestsMock, sleeps: list[float]
) -> None:
    _script(mock, "GET", JOB_URL, [_job("CANCELLED", stateDetails="JobRun CANCELLED by user.")])

    with pytest.raises(emrk.WaiterError) as info:
        client.wait_until_job_run_completed(id=RUN, virtual_cluster_id=VC)

    assert info.value.reason == "job run is CANCELLED: JobRun CANCELLED by user."
    assert info.value.attempts == 1
    assert sleeps == []


def test_job_run_failed_without_details_still_names_the_state(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _script(mock, "GET", JOB_URL, [_job("FAILED")])

    with pytest.raises(emrk.WaiterError, match=r"job run is FAILED$"):
        client.wait_until_job_run_completed(id=RUN, virtual_cluster_id=VC)


def test_job_run_unknown_failure_reason_is_shown_as_sent(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _script(mock, "GET", JOB_URL, [_job("FAILED", failureReason="QUOTA_EXCEEDED")])

    with pytest.raises(emrk.WaiterError, match=r"job run is FAILED \(QUOTA_EXCEEDED\)"):
        client.wait_until_job_run_completed(id=RUN, virtual_cluster_id=VC)


def test_job_run_attempts_exhausted(
    client: EMRContainersClient, mock: responses.RequestsMock, sleeps: list[float]
) -> None:
    _script(mock, "GET", JOB_URL, [_job("RUNNING")])

    with pytest.raises(emrk.WaiterError, match="max attempts exceeded") as info:
        client.wait_until_job_run_completed(id=RUN, virtual_cluster_id=VC, delay=5, max_attempts=3)

    assert info.value.attempts == 3
    assert _calls(mock) == 3
    assert sleeps == [5, 5]
    assert info.value.last_response.job_run.state is JobRunState.RUNNING


def test_job_run_state_unknown_to_this_client_keeps_polling(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _script(mock, "GET", JOB_URL, [_job("QUEUED_FOR_CAPACITY"), _job("COMPLETED")])

    result = client.wait_until_job_run_completed(id=RUN, virtual_cluster_id=VC, delay=0)

    assert result.job_run is not None and result.job_run.state is JobRunState.COMPLETED


def test_job_run_not_found_is_an_unexpected_error(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _script(mock, "GET", JOB_URL, [_error("ResourceNotFoundException", "Job run x doesn't exist.")])

    with pytest.raises(
        emrk.WaiterError, match="unexpected error ResourceNotFoundException"
    ) as info:
        client.wait_until_job_run_completed(id=RUN, virtual_cluster_id=VC)

    assert isinstance(info.value.last_error, ResourceNotFoundException)


def test_on_attempt_is_called_once_per_poll(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _script(mock, "GET", JOB_URL, [_job("PENDING"), _job("RUNNING"), _job("COMPLETED")])
    seen: list[WaiterAttempt] = []

    client.wait_until_job_run_completed(
        id=RUN, virtual_cluster_id=VC, delay=0, max_attempts=10, on_attempt=seen.append
    )

    assert [a.attempt for a in seen] == [1, 2, 3]
    assert {a.max_attempts for a in seen} == {10}
    assert {a.waiter for a in seen} == {"JobRunCompleted"}
    assert [a.state for a in seen] == [None, None, "success"]
    assert [a.response.job_run.state for a in seen] == ["PENDING", "RUNNING", "COMPLETED"]


def test_default_pacing_is_documented_values() -> None:
    pacing = {
        spec.name: (spec.delay, spec.max_attempts)
        for spec in (
            specs.JOB_RUN_COMPLETED,
            specs.VIRTUAL_CLUSTER_RUNNING,
            specs.VIRTUAL_CLUSTER_DELETED,
            specs.MANAGED_ENDPOINT_ACTIVE,
            specs.MANAGED_ENDPOINT_DELETED,
        )
    }
    assert pacing == {
        "JobRunCompleted": (30, 120),
        "VirtualClusterRunning": (10, 60),
        "VirtualClusterDeleted": (10, 60),
        "ManagedEndpointActive": (30, 60),
        "ManagedEndpointDeleted": (30, 60),
    }


# -- virtual clusters ---------------------------------------------------------


def test_virtual_cluster_running(client: EMRContainersClient, mock: responses.RequestsMock) -> None:
    _script(mock, "GET", VC_URL, [_cluster("RUNNING")])

    result = client.wait_until_virtual_cluster_running(id=VC)

    assert isinstance(result, DescribeVirtualClusterResponse)
    assert result.virtual_cluster is not None
    assert result.virtual_cluster.state is VirtualClusterState.RUNNING


@pytest.mark.parametrize("state", ["TERMINATED", "ARRESTED"])
def test_virtual_cluster_running_fails_on_final_states(
    client: EMRContainersClient, mock: responses.RequestsMock, state: str
) -> None:
    _script(mock, "GET", VC_URL, [_cluster(state)])

    with pytest.raises(emrk.WaiterError) as info:
        client.wait_until_virtual_cluster_running(id=VC)

    assert info.value.reason == f"virtual cluster is {state}"
    assert info.value.name == "VirtualClusterRunning"


def test_virtual_cluster_running_attempts_exhausted(
    client: EMRContainersClient, mock: responses.RequestsMock, sleeps: list[float]
) -> None:
    _script(mock, "GET", VC_URL, [_cluster("TERMINATING")])

    with pytest.raises(emrk.WaiterError, match="max attempts exceeded"):
        client.wait_until_virtual_cluster_running(id=VC, max_attempts=2)

    assert sleeps == [10]


def test_virtual_cluster_deleted_on_terminated(
    client: EMRContainersClient, mock: responses.RequestsMock, sleeps: list[float]
) -> None:
    _script(
        mock, "GET", VC_URL, [_cluster("RUNNING"), _cluster("TERMINATING"), _cluster("TERMINATED")]
    )
    seen: list[WaiterAttempt] = []

    result = client.wait_until_virtual_cluster_deleted(id=VC, delay=1, on_attempt=seen.append)

    assert result is not None and result.virtual_cluster is not None
    assert result.virtual_cluster.state is VirtualClusterState.TERMINATED
    assert len(seen) == 3
    assert sleeps == [1, 1]


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("ResourceNotFoundException", "Virtual cluster abc not found"),
        ("ValidationException", f"Virtual cluster {VC} doesn't exist."),
        ("ValidationException", "VirtualCluster does not exist"),
    ],
)
def test_virtual_cluster_deleted_on_not_found(
    client: EMRContainersClient, mock: responses.RequestsMock, code: str, message: str
) -> None:
    _script(mock, "GET", VC_URL, [_cluster("TERMINATING"), _error(code, message)])
    seen: list[WaiterAttempt] = []

    result = client.wait_until_virtual_cluster_deleted(id=VC, delay=0, on_attempt=seen.append)

    assert result is None
    assert seen[-1].state == "success"
    assert isinstance(seen[-1].error, ServiceError) and seen[-1].error.code == code


def test_virtual_cluster_deleted_other_validation_errors_fail(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _script(mock, "GET", VC_URL, [_error("ValidationException", "1 validation error detected")])

    with pytest.raises(emrk.WaiterError, match="unexpected error ValidationException") as info:
        client.wait_until_virtual_cluster_deleted(id=VC)

    assert isinstance(info.value.last_error, ValidationException)


def test_virtual_cluster_deleted_attempts_exhausted(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _script(mock, "GET", VC_URL, [_cluster("TERMINATING")])

    with pytest.raises(emrk.WaiterError, match="max attempts exceeded") as info:
        client.wait_until_virtual_cluster_deleted(id=VC, delay=0, max_attempts=4)

    assert info.value.attempts == 4
    assert _calls(mock) == 4


# -- managed endpoints --------------------------------------------------------


def test_managed_endpoint_active(
    client: EMRContainersClient, mock: responses.RequestsMock, sleeps: list[float]
) -> None:
    _script(mock, "GET", EP_URL, [_endpoint("CREATING"), _endpoint("ACTIVE")])

    result = client.wait_until_managed_endpoint_active(id=EP, virtual_cluster_id=VC)

    assert isinstance(result, DescribeManagedEndpointResponse)
    assert result.endpoint is not None and result.endpoint.state is EndpointState.ACTIVE
    assert sleeps == [30]


def test_managed_endpoint_active_fails_with_errors_and_reason(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    broken = _endpoint(
        "TERMINATED_WITH_ERRORS",
        failureReason="CLUSTER_UNAVAILABLE",
        stateDetails="The namespace has no access to the EKS cluster",
    )
    _script(mock, "GET", EP_URL, [_endpoint("CREATING"), broken])

    with pytest.raises(emrk.WaiterError) as info:
        client.wait_until_managed_endpoint_active(id=EP, virtual_cluster_id=VC, delay=0)

    assert info.value.reason == (
        "managed endpoint is TERMINATED_WITH_ERRORS (CLUSTER_UNAVAILABLE): "
        "The namespace has no access to the EKS cluster"
    )


def test_managed_endpoint_active_fails_on_terminated(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _script(mock, "GET", EP_URL, [_endpoint("TERMINATED")])

    with pytest.raises(emrk.WaiterError, match=r"managed endpoint is TERMINATED$"):
        client.wait_until_managed_endpoint_active(id=EP, virtual_cluster_id=VC)


def test_managed_endpoint_active_attempts_exhausted(
    client: EMRContainersClient, mock: responses.RequestsMock, sleeps: list[float]
) -> None:
    _script(mock, "GET", EP_URL, [_endpoint("CREATING")])

    with pytest.raises(emrk.WaiterError, match="max attempts exceeded"):
        client.wait_until_managed_endpoint_active(
            id=EP, virtual_cluster_id=VC, delay=2, max_attempts=3
        )

    assert sleeps == [2, 2]


def test_managed_endpoint_deleted_on_terminated(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _script(mock, "GET", EP_URL, [_endpoint("TERMINATING"), _endpoint("TERMINATED")])

    result = client.wait_until_managed_endpoint_deleted(id=EP, virtual_cluster_id=VC, delay=0)

    assert result is not None and result.endpoint is not None
    assert result.endpoint.state is EndpointState.TERMINATED


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("ResourceNotFoundException", "Endpoint not found"),
        ("ValidationException", f"Endpoint {EP} doesn't exist."),
    ],
)
def test_managed_endpoint_deleted_on_not_found(
    client: EMRContainersClient, mock: responses.RequestsMock, code: str, message: str
) -> None:
    _script(mock, "GET", EP_URL, [_error(code, message)])

    assert client.wait_until_managed_endpoint_deleted(id=EP, virtual_cluster_id=VC) is None


def test_managed_endpoint_deleted_fails_on_terminated_with_errors(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _script(
        mock,
        "GET",
        EP_URL,
        [_endpoint("TERMINATING"), _endpoint("TERMINATED_WITH_ERRORS", stateDetails="stuck")],
    )

    with pytest.raises(emrk.WaiterError) as info:
        client.wait_until_managed_endpoint_deleted(id=EP, virtual_cluster_id=VC, delay=0)

    assert info.value.reason == "managed endpoint is TERMINATED_WITH_ERRORS: stuck"
    assert info.value.name == "ManagedEndpointDeleted"


def test_managed_endpoint_deleted_attempts_exhausted(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _script(mock, "GET", EP_URL, [_endpoint("TERMINATING")])

    with pytest.raises(emrk.WaiterError, match="max attempts exceeded"):
        client.wait_until_managed_endpoint_deleted(
            id=EP, virtual_cluster_id=VC, delay=0, max_attempts=2
        )

    assert _calls(mock) == 2


# -- the Acceptor extensions these waiters use ----------------------------------


def _spec(*acceptors: Acceptor[dict[str, str]]) -> WaiterSpec[dict[str, str]]:
    return WaiterSpec("Probe", delay=0, max_attempts=3, acceptors=acceptors)


def _calling(*outcomes: dict[str, str] | ServiceError) -> Callable[[], dict[str, str]]:
    queue = list(outcomes)

    def call() -> dict[str, str]:
        outcome = queue.pop(0)
        if isinstance(outcome, ServiceError):
            raise outcome
        return outcome

    return call


def test_acceptor_describe_builds_the_failure_reason() -> None:
    spec = _spec(
        Acceptor(
            "failure",
            lambda r: r["state"] == "BROKEN",
            reason="static",
            describe=lambda r: f"broken because {r['why']}",
        )
    )

    with pytest.raises(emrk.WaiterError) as info:
        run_waiter(spec, _calling({"state": "BROKEN", "why": "disk full"}), sleep=lambda _s: None)

    assert info.value.reason == "broken because disk full"


def test_acceptor_describe_that_breaks_falls_back_to_reason() -> None:
    spec = _spec(
        Acceptor(
            "failure",
            lambda r: r["state"] == "BROKEN",
            reason="static",
            describe=lambda r: r.missing,  # type: ignore[attr-defined]
        )
    )

    with pytest.raises(emrk.WaiterError) as info:
        run_waiter(spec, _calling({"state": "BROKEN"}), sleep=lambda _s: None)

    assert info.value.reason == "static"


def test_acceptor_without_describe_keeps_the_static_reason() -> None:
    spec = _spec(Acceptor("failure", lambda r: r["state"] == "BROKEN", reason="static"))

    with pytest.raises(emrk.WaiterError) as info:
        run_waiter(spec, _calling({"state": "BROKEN"}), sleep=lambda _s: None)

    assert info.value.reason == "static"


def test_acceptor_error_matches_narrows_an_error_acceptor() -> None:
    spec = _spec(
        Acceptor(
            "success", error="ValidationException", error_matches=lambda e: "gone" in e.message
        )
    )
    gone = ValidationException("it is gone", code="ValidationException")
    other = ValidationException("bad name", code="ValidationException")

    assert run_waiter(spec, _calling(gone), sleep=lambda _s: None) is None
    with pytest.raises(emrk.WaiterError, match="unexpected error ValidationException"):
        run_waiter(spec, _calling(other), sleep=lambda _s: None)


def test_acceptor_error_without_error_matches_matches_on_code_alone() -> None:
    spec = _spec(Acceptor("success", error="ResourceNotFoundException"))
    missing = ResourceNotFoundException("whatever", code="ResourceNotFoundException")

    assert run_waiter(spec, _calling(missing), sleep=lambda _s: None) is None
