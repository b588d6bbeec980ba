"""PCS error answers: typed classes, their members, and which ones are retried."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

import emrk
from emrk.pcs import (
    AccessDeniedException,
    ConflictException,
    InternalServerException,
    PCSClient,
    PCSError,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ThrottlingException,
    ValidationException,
    ValidationExceptionField,
    ValidationExceptionReason,
)
from emrk.pcs.errors import ERRORS

from . import fakes
from .fakes import FakePCS

# (class, wire members sent, expected attributes)
ERROR_CASES: list[tuple[type[PCSError], dict[str, Any], dict[str, Any]]] = [
    (AccessDeniedException, {}, {}),
    (
        ConflictException,
        {"resourceId": fakes.CLUSTER_ID, "resourceType": "cluster"},
        {"resource_id": fakes.CLUSTER_ID, "resource_type": "cluster"},
    ),
    (InternalServerException, {}, {}),
    (
        ResourceNotFoundException,
        {"resourceId": "pcs_missing001", "resourceType": "queue"},
        {"resource_id": "pcs_missing001", "resource_type": "queue"},
    ),
    (
        ServiceQuotaExceededException,
        {
            "serviceCode": "pcs",
            "quotaCode": "L-2E6A1F9B",
            "resourceId": fakes.CLUSTER_ID,
            "resourceType": "cluster",
        },
        {
            "service_code": "pcs",
            "quota_code": "L-2E6A1F9B",
            "resource_id": fakes.CLUSTER_ID,
            "resource_type": "cluster",
        },
    ),
    (ThrottlingException, {"retryAfterSeconds": 7}, {"retry_after_seconds": 7}),
    (
        ValidationException,
        {
            "reason": "fieldValidationFailed",
            "fieldList": [{"name": "scheduler.version", "message": "unsupported version 22.05"}],
        },
        {
            "reason": ValidationExceptionReason.FIELD_VALIDATION_FAILED,
            "field_list": [
                ValidationExceptionField(
                    name="scheduler.version", message="unsupported version 22.05"
                )
            ],
        },
    ),
]


@pytest.fixture
def no_retry(session: emrk.Session) -> PCSClient:
    """A client that makes exactly one attempt per call."""
    return session.pcs(config=emrk.Config(retries={"max_attempts": 1}))


def test_all_seven_modeled_errors_are_registered() -> None:
    assert set(ERRORS) == {cls.__name__ for cls, _, _ in ERROR_CASES}
    assert all(issubclass(cls, PCSError) for cls in ERRORS.values())
    assert issubclass(PCSError, emrk.ServiceError)


@pytest.mark.parametrize(
    ("cls", "wire", "expected"), ERROR_CASES, ids=[c[0].__name__ for c in ERROR_CASES]
)
def test_error_answers_raise_typed_errors_with_members(
    no_retry: PCSClient, fake: FakePCS, cls: type[PCSError], wire: dict[str, Any], expected: Any
) -> None:
    status = 500 if cls is InternalServerException else 400
    fake.fail("GetCluster", cls.__name__, f"{cls.__name__} happened", status=status, **wire)

    with pytest.raises(cls) as caught:
        no_retry.get_cluster(cluster_identifier=fakes.CLUSTER_NAME)

    err = caught.value
    assert type(err) is cls
    assert err.code == cls.__name__
    assert err.message == f"{cls.__name__} happened"
    assert err.status_code == status
    assert err.request_id == f"req-{cls.__name__.lower()}"
    for name, value in expected.items():
        assert getattr(err, name) == value
    for name in set(cls.wire_members) - set(expected):
        assert getattr(err, name) is None


@pytest.mark.parametrize(
    ("cls", "wire", "expected"), ERROR_CASES, ids=[c[0].__name__ for c in ERROR_CASES]
)
def test_errors_survive_pickling(cls: type[PCSError], wire: dict[str, Any], expected: Any) -> None:
    err = cls("boom", status_code=400, request_id="r-1", **expected)

    clone = pickle.loads(pickle.dumps(err))

    assert type(clone) is cls
    assert (clone.code, clone.message, clone.request_id) == (err.code, "boom", "r-1")
    for name, value in expected.items():
        assert getattr(clone, name) == value


def test_unknown_error_code_raises_exactly_pcs_error(pcs: PCSClient, fake: FakePCS) -> None:
    fake.fail("GetCluster", "CapacityUnavailableException", "no capacity", extra="ignored")

    with pytest.raises(PCSError) as caught:
        pcs.get_cluster(cluster_identifier=fakes.CLUSTER_NAME)

    assert type(caught.value) is PCSError
    assert caught.value.code == "CapacityUnavailableException"
    assert caught.value.message == "no capacity"


def test_namespaced_error_codes_are_recognised(pcs: PCSClient, fake: FakePCS) -> None:
    fake.fail(
        "GetQueue",
        "com.amazonaws.pcs#ResourceNotFoundException",
        "gone",
        **fakes.not_found("queue", fakes.QUEUE_ID),
    )

    with pytest.raises(ResourceNotFoundException) as caught:
        pcs.get_queue(cluster_identifier=fakes.CLUSTER_NAME, queue_identifier=fakes.QUEUE_ID)

    assert caught.value.code == "ResourceNotFoundException"
    assert caught.value.resource_type == "queue"


def test_validation_reason_newer_than_the_client_stays_a_string() -> None:
    err = ValidationException(
        "bad", reason="quotaShaped", field_list=[{"name": "size"}, "junk", None]
    )

    assert err.reason == "quotaShaped"
    assert not isinstance(err.reason, ValidationExceptionReason)
    assert err.field_list == [ValidationExceptionField(name="size", message="")]


@pytest.mark.parametrize(
    ("wire", "seconds"),
    [
        (5, 5),
        (2.2, 3),
        ("4", 4),
        (" 6 ", 6),
        ("soon", None),
        (True, None),
        (-3, None),
        (None, None),
    ],
)
def test_retry_after_seconds_is_a_number(wire: Any, seconds: int | None) -> None:
    assert ThrottlingException("slow down", retry_after_seconds=wire).retry_after_seconds == seconds


@pytest.mark.parametrize(
    ("retry_after", "shortest", "longest"),
    [
        ({"retryAfterSeconds": 3}, 3.0, 3.0),
        ({"retryAfterSeconds": "2"}, 2.0, 2.0),
        ({}, 0.0, 1.0),
        ({"retryAfterSeconds": 60}, 5.0, 6.0),
    ],
    ids=["honoured", "string", "absent-backoff-only", "capped-at-backoff-plus-5s"],
)
def test_throttling_is_retried_after_the_delay_pcs_asks_for(
    pcs: PCSClient,
    fake: FakePCS,
    sleeps: list[float],
    retry_after: dict[str, Any],
    shortest: float,
    longest: float,
) -> None:
    # The first throttling backoff is rand() * 1 s: a retry-after of 2 or 3 s wins over
    # it whatever the jitter; 60 s is capped at backoff + 5 s; without one, backoff only.
    fake.fail("ListClusters", "ThrottlingException", "Rate exceeded", **retry_after)
    fake.reply("ListClusters", {"clusters": [fakes.cluster_summary(1)]})

    response = pcs.list_clusters()

    assert [c.id for c in response.clusters] == ["pcs_list000001"]
    (slept,) = sleeps
    assert shortest <= slept <= longest
    assert response.response_metadata is not None
    assert response.response_metadata.retry_attempts == 1


def test_throttling_that_persists_surfaces_after_the_last_attempt(
    pcs: PCSClient, fake: FakePCS, sleeps: list[float]
) -> None:
    for _ in range(3):
        fake.fail("ListClusters", "ThrottlingException", "Rate exceeded", retryAfterSeconds=1)

    with pytest.raises(ThrottlingException) as caught:
        pcs.list_clusters()

    assert caught.value.retry_after_seconds == 1
    assert len(fake.calls) == 3
    assert len(sleeps) == 2


def test_internal_server_errors_are_retried(
    pcs: PCSClient, fake: FakePCS, sleeps: list[float]
) -> None:
    fake.fail("GetCluster", "InternalServerException", "oops", status=500)
    fake.reply("GetCluster", {"cluster": fakes.cluster()})

    pcs.get_cluster(cluster_identifier=fakes.CLUSTER_NAME)

    assert len(fake.calls) == 2
    (slept,) = sleeps
    assert 0.0 <= slept <= 0.05  # rand() * the 50 ms transient base


@pytest.mark.parametrize(
    "cls",
    [
        AccessDeniedException,
        ConflictException,
        ResourceNotFoundException,
        ServiceQuotaExceededException,
        ValidationException,
    ],
)
def test_client_errors_are_not_retried(
    pcs: PCSClient, fake: FakePCS, sleeps: list[float], cls: type[PCSError]
) -> None:
    fake.fail("DeleteCluster", cls.__name__, "no")

    with pytest.raises(cls):
        pcs.delete_cluster(cluster_identifier=fakes.CLUSTER_NAME)

    assert len(fake.calls) == 1
    assert sleeps == []
