"""EKS waiters on scripted state sequences: the nine botocore waiters and the four extras.

Each waiter is driven against ``responses``: a run of in-progress answers then
a final one, a failure state, a listing that never settles, and the
``ResourceNotFoundException`` that means success for the ``*_deleted``
waiters. the clients sleep through a recorder, so nothing really
sleeps and the pacing the waiter asked for can be checked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest
import responses

import emrk
from emrk.eks import EKSClient, UpdateStatus
from emrk.eks import waiters as specs

ENDPOINT = "https://eks.us-east-1.amazonaws.com"


@attrs.frozen
class Case:
    """One waiter, the URL it polls and how its answers look."""

    method: str
    kwargs: dict[str, Any]
    path: str
    wrap: Callable[[str], dict[str, Any]]
    pending: str
    success: str | None  # None: success is ResourceNotFoundException
    failures: tuple[str, ...]
    delay: float
    max_attempts: int


def _under(key: str) -> Callable[[str], dict[str, Any]]:
    return lambda status: {key: {"status": status}}


CLUSTER = {"name": "prod"}
NODEGROUP = {"cluster_name": "prod", "nodegroup_name": "workers"}
ADDON = {"cluster_name": "prod", "addon_name": "vpc-cni"}
FARGATE = {"cluster_name": "prod", "fargate_profile_name": "serverless"}
UPDATE = {"name": "prod", "update_id": "u-1"}
CAPABILITY = {"cluster_name": "prod", "capability_name": "argo"}

CASES = [
    Case(
        "wait_until_cluster_active",
        CLUSTER,
        "/clusters/prod",
        _under("cluster"),
        "CREATING",
        "ACTIVE",
        ("DELETING", "FAILED"),
        30,
        40,
    ),
    Case(
        "wait_until_cluster_deleted",
        CLUSTER,
        "/clusters/prod",
        _under("cluster"),
        "DELETING",
        None,
        ("ACTIVE", "CREATING", "PENDING"),
        30,
        40,
    ),
    Case(
        "wait_until_nodegroup_active",
        NODEGROUP,
        "/clusters/prod/node-groups/workers",
        _under("nodegroup"),
        "CREATING",
        "ACTIVE",
        ("CREATE_FAILED",),
        30,
        80,
    ),
    Case(
        "wait_until_nodegroup_deleted",
        NODEGROUP,
        "/clusters/prod/node-groups/workers",
        _under("nodegroup"),
        "DELETING",
        None,
        ("DELETE_FAILED",),
        30,
        40,
    ),
    Case(
        "wait_until_addon_active",
        ADDON,
        "/clusters/prod/addons/vpc-cni",
        _under("addon"),
        "CREATING",
        "ACTIVE",
        ("CREATE_FAILED", "DEGRADED"),
        10,
        60,
    ),
    Case(
        "wait_until_addon_deleted",
        ADDON,
        "/clusters/prod/addons/vpc-cni",
        _under("addon"),
        "DELETING",
        None,
        ("DELETE_FAILED",),
        10,
        60,
    ),
    Case(
        "wait_until_fargate_profile_active",
        FARGATE,
        "/clusters/prod/fargate-profiles/serverless",
        _under("fargateProfile"),
        "CREATING",
        "ACTIVE",
        ("CREATE_FAILED",),
        10,
        60,
    ),
    Case(
        "wait_until_fargate_profile_deleted",
        FARGATE,
        "/clusters/prod/fargate-profiles/serverless",
        _under("fargateProfile"),
        "DELETING",
        None,
        ("DELETE_FAILED",),
        30,
        60,
    ),
    Case(
        "wait_until_certificate_authority_update_complete",
        UPDATE,
        "/clusters/prod/updates/u-1",
        _under("update"),
        "InProgress",
        "Successful",
        ("Failed", "Cancelled"),
        30,
        40,
    ),
    Case(
        "wait_until_update_successful",
        UPDATE,
        "/clusters/prod/updates/u-1",
        _under("update"),
        "InProgress",
        "Successful",
        ("Failed", "Cancelled"),
        30,
        40,
    ),
    Case(
        "wait_until_capability_active",
        CAPABILITY,
        "/clusters/prod/capabilities/argo",
        _under("capability"),
        "CREATING",
        "ACTIVE",
        ("CREATE_FAILED", "UPDATE_FAILED", "DEGRADED", "DELETING", "DELETE_FAILED"),
        15,
        80,
    ),
    Case(
        "wait_until_capability_deleted",
        CAPABILITY,
        "/clusters/prod/capabilities/argo",
        _under("capability"),
        "DELETING",
        None,
        ("DELETE_FAILED",),
        15,
        80,
    ),
    Case(
        "wait_until_insights_refresh_completed",
        {"cluster_name": "prod"},
        "/clusters/prod/insights-refresh",
        lambda status: {"status": status},
        "IN_PROGRESS",
        "COMPLETED",
        ("FAILED",),
        10,
        60,
    ),
]
IDS = [c.method for c in CASES]
NOT_FOUND = {"message": "gone", "clusterName": "prod"}


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def eks(session: emrk.Session, sleeps: list[float]) -> EKSClient:
    client = EKSClient(session=session, sleep=sleeps.append)
    return client


def _answer(case: Case, status: str) -> None:
    responses.get(ENDPOINT + case.path, json=case.wrap(status))


def _final(case: Case) -> None:
    if case.success is None:
        responses.get(
            ENDPOINT + case.path,
            status=404,
            json=NOT_FOUND,
            headers={"x-amzn-ErrorType": "ResourceNotFoundException"},
        )
    else:
        _answer(case, case.success)


def _calls(case: Case) -> int:
    return sum(1 for c in responses.calls if c.request.url.split("?")[0] == ENDPOINT + case.path)


@pytest.mark.parametrize("case", CASES, ids=IDS)
@responses.activate
def test_success_after_pending_states(case: Case, eks: EKSClient, sleeps: list[float]) -> None:
    _answer(case, case.pending)
    _answer(case, case.pending)
    _final(case)
    result = getattr(eks, case.method)(**case.kwargs)
    if case.success is None:
        assert result is None
    else:
        assert result.response_metadata.http_status_code == 200
        assert _status_of(result) == case.success
    assert _calls(case) == 3
    assert sleeps == [case.delay, case.delay]


@pytest.mark.parametrize(
    ("case", "state"),
    [pytest.param(c, s, id=f"{c.method}-{s}") for c in CASES for s in c.failures],
)
@responses.activate
def test_failure_state_stops_at_once(case: Case, state: str, eks: EKSClient) -> None:
    _answer(case, state)
    with pytest.raises(emrk.WaiterError) as info:
        getattr(eks, case.method)(**case.kwargs)
    err = info.value
    assert err.attempts == 1
    assert state in err.reason
    assert _status_of(err.last_response) == state
    assert err.last_error is None
    assert _calls(case) == 1


@pytest.mark.parametrize("case", CASES, ids=IDS)
@responses.activate
def test_attempts_exhausted(case: Case, eks: EKSClient, sleeps: list[float]) -> None:
    _answer(case, case.pending)
    with pytest.raises(emrk.WaiterError) as info:
        getattr(eks, case.method)(**case.kwargs, max_attempts=3, delay=0)
    assert info.value.reason == "max attempts exceeded"
    assert info.value.attempts == 3
    assert _status_of(info.value.last_response) == case.pending
    assert _calls(case) == 3
    assert sleeps == [0, 0]


@pytest.mark.parametrize("case", CASES, ids=IDS)
@responses.activate
def test_on_attempt_reports_each_poll(case: Case, eks: EKSClient) -> None:
    _answer(case, case.pending)
    _final(case)
    seen: list[emrk.WaiterAttempt] = []
    getattr(eks, case.method)(**case.kwargs, delay=0, on_attempt=seen.append)
    assert [(a.attempt, a.state) for a in seen] == [(1, None), (2, "success")]
    assert {a.max_attempts for a in seen} == {case.max_attempts}
    if case.success is None:
        assert seen[1].response is None
        assert seen[1].error is not None and seen[1].error.code == "ResourceNotFoundException"
    else:
        assert _status_of(seen[1].response) == case.success


@pytest.mark.parametrize("case", CASES, ids=IDS)
@responses.activate
def test_unknown_status_keeps_waiting(case: Case, eks: EKSClient) -> None:
    _answer(case, "SOME_STATE_FROM_THE_FUTURE")
    _final(case)
    getattr(eks, case.method)(**case.kwargs, delay=0)
    assert _calls(case) == 2


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=c.method) for c in CASES if c.success is not None]
)
@responses.activate
def test_not_found_fails_a_waiter_for_an_existing_resource(case: Case, eks: EKSClient) -> None:
    _final(attrs.evolve(case, success=None))
    with pytest.raises(emrk.WaiterError) as info:
        getattr(eks, case.method)(**case.kwargs, delay=0)
    assert isinstance(info.value.last_error, emrk.eks.ResourceNotFoundException)
    assert info.value.last_error.cluster_name == "prod"
    assert info.value.attempts == 1


@responses.activate
def test_update_failure_message_carries_the_update_errors(eks: EKSClient) -> None:
    responses.get(
        ENDPOINT + "/clusters/prod/updates/u-1",
        json={
            "update": {
                "id": "u-1",
                "status": "Failed",
                "type": "VersionUpdate",
                "errors": [
                    {
                        "errorCode": "SubnetNotFound",
                        "errorMessage": "subnet-0abc does not exist",
                        "resourceIds": ["subnet-0abc"],
                    },
                    {"errorCode": "BrandNewCode"},
                ],
            }
        },
    )
    with pytest.raises(emrk.WaiterError) as info:
        eks.wait_until_update_successful(name="prod", update_id="u-1")
    text = str(info.value)
    assert "update.status is Failed" in text
    assert "SubnetNotFound: subnet-0abc does not exist (resources: subnet-0abc)" in text
    assert "BrandNewCode" in text
    assert info.value.last_response.update.status is UpdateStatus.FAILED


@responses.activate
def test_update_cancellation_reason_in_message(eks: EKSClient) -> None:
    responses.get(
        ENDPOINT + "/clusters/prod/updates/u-1",
        json={"update": {"status": "Cancelled", "cancellation": {"reason": "asked by admin"}}},
    )
    with pytest.raises(emrk.WaiterError, match="cancelled: asked by admin"):
        eks.wait_until_update_successful(name="prod", update_id="u-1")


@responses.activate
def test_update_waiter_sends_the_subresource_name(eks: EKSClient) -> None:
    responses.get(
        ENDPOINT + "/clusters/prod/updates/u-1", json={"update": {"status": "Successful"}}
    )
    eks.wait_until_update_successful(name="prod", update_id="u-1", nodegroup_name="workers")
    assert responses.calls[0].request.url.endswith(
        "/clusters/prod/updates/u-1?nodegroupName=workers"
    )


@responses.activate
def test_capability_failure_message_carries_health_issues(eks: EKSClient) -> None:
    responses.get(
        ENDPOINT + "/clusters/prod/capabilities/argo",
        json={
            "capability": {
                "status": "DEGRADED",
                "health": {
                    "issues": [{"code": "AccessDenied", "message": "role cannot be assumed"}]
                },
            }
        },
    )
    with pytest.raises(emrk.WaiterError, match="DEGRADED: AccessDenied: role cannot be assumed"):
        eks.wait_until_capability_active(cluster_name="prod", capability_name="argo")


@responses.activate
def test_nodegroup_failure_message_carries_health_issues(eks: EKSClient) -> None:
    responses.get(
        ENDPOINT + "/clusters/prod/node-groups/workers",
        json={
            "nodegroup": {
                "status": "CREATE_FAILED",
                "health": {
                    "issues": [
                        {
                            "code": "NodeCreationFailure",
                            "message": "instances failed to join",
                            "resourceIds": ["i-1", "i-2"],
                        }
                    ]
                },
            }
        },
    )
    with pytest.raises(emrk.WaiterError) as info:
        eks.wait_until_nodegroup_active(cluster_name="prod", nodegroup_name="workers")
    assert info.value.reason == (
        "nodegroup.status is CREATE_FAILED: NodeCreationFailure: instances failed to join "
        "(resources: i-1, i-2)"
    )


@responses.activate
def test_insights_refresh_failure_message(eks: EKSClient) -> None:
    responses.get(
        ENDPOINT + "/clusters/prod/insights-refresh",
        json={"status": "FAILED", "message": "cluster unreachable", "startedAt": 1700000000},
    )
    with pytest.raises(emrk.WaiterError, match="status is FAILED: cluster unreachable"):
        eks.wait_until_insights_refresh_completed(cluster_name="prod")


@responses.activate
def test_failure_without_details_keeps_the_plain_reason(eks: EKSClient) -> None:
    responses.get(ENDPOINT + "/clusters/prod", json={"cluster": {"status": "FAILED"}})
    with pytest.raises(emrk.WaiterError) as info:
        eks.wait_until_cluster_active(name="prod")
    assert info.value.reason == "cluster.status is FAILED"


@responses.activate
def test_unexpected_service_error_stops_the_waiter(eks: EKSClient) -> None:
    responses.get(
        ENDPOINT + "/clusters/prod",
        status=403,
        json={"message": "not allowed"},
        headers={"x-amzn-ErrorType": "AccessDeniedException"},
    )
    with pytest.raises(emrk.WaiterError) as info:
        eks.wait_until_cluster_deleted(name="prod")
    assert isinstance(info.value.last_error, emrk.eks.AccessDeniedException)
    assert info.value.attempts == 1


def test_specs_match_botocore() -> None:
    """Names, pacing and acceptors agree with botocore's waiters-2.json."""
    import botocore.session
    from botocore import xform_name

    from emrk.eks import operations
    from emrk.eks._service import SERVICE

    model = botocore.session.get_session().get_waiter_model("eks")
    assert len(model.waiter_names) == 9
    for name in model.waiter_names:
        spec = getattr(specs, xform_name(name).upper())
        config = model.get_waiter(name)
        assert (spec.name, spec.delay, spec.max_attempts) == (
            name,
            config.delay,
            config.max_attempts,
        )
        output = getattr(operations, xform_name(config.operation).upper()).output
        assert len(spec.acceptors) == len(config.acceptors)
        for ours, theirs in zip(spec.acceptors, config.acceptors, strict=True):
            assert ours.state == theirs.state
            if theirs.matcher == "error":
                assert ours.error == theirs.expected
                continue
            outer, inner = theirs.argument.split(".")
            assert inner == "status"
            hit = SERVICE.protocol.converter.structure({outer: {inner: theirs.expected}}, output)
            miss = SERVICE.protocol.converter.structure({outer: {inner: "OTHER"}}, output)
            assert ours.matches is not None
            assert ours.matches(hit) and not ours.matches(miss)


def _status_of(response: Any) -> Any:
    """The status a waiter looked at, wherever the response keeps it."""
    for key in ("cluster", "nodegroup", "addon", "fargate_profile", "update", "capability"):
        inner = getattr(response, key, None)
        if inner is not None:
            return inner.status
    return response.status
