"""Retry policies: standard (as botocore 1.44.5), legacy, adaptive, and the retry loop.

Where emrk claims botocore's behaviour, botocore's own classes are the oracle:
the same outcomes, random draws and clocks go into both and the decisions,
delays, quota and send rates must agree. emrk's deliberate extensions (any
HTTP 429 is throttling; service-listed modeled throttling codes; a modeled
``retryAfterSeconds``) are tested on their own.
"""

from __future__ import annotations

import json
import random
import types
from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
import requests
import responses
from botocore import retryhandler
from botocore.retries import adaptive as b_adaptive
from botocore.retries import bucket as b_bucket
from botocore.retries import quota as b_quota
from botocore.retries import standard as b_standard
from botocore.retries import throttling as b_throttling

import emrk
from emrk.core.rate_limit import ClientRateLimiter, CubicCalculator, RateClocker, TokenBucket
from emrk.core.retries import (
    THROTTLING_ERROR_CODES,
    TRANSIENT_ERROR_CODES,
    AttemptOutcome,
    CallState,
    RetryPolicy,
    RetryQuota,
    make_policy,
)
from tests.core._fake_service import (
    ENDPOINT,
    FakeClient,
    FakeThrottledException,
    InternalServerException,
    NotFoundException,
    ValidationException,
)

ECHO_URL = f"{ENDPOINT}/echo/x"
STATUSES = (400, 403, 404, 409, 413, 429, 500, 501, 502, 503, 504, 509)
CODES = (
    None,
    "ValidationException",
    "ResourceNotFoundException",
    "AccessDeniedException",
    "InternalFailure",
    "SomethingNew",
    *sorted(THROTTLING_ERROR_CODES),
    *sorted(TRANSIENT_ERROR_CODES),
)


# -- botocore oracles --------------------------------------------------------


def _botocore_context(
    attempt: int, status: int | None, code: str | None, headers: dict[str, str] | None = None
) -> b_standard.RetryContext:
    http = (
        None if status is None else types.SimpleNamespace(status_code=status, headers=headers or {})
    )
    parsed = None if code is None else {"Error": {"Code": code}}
    return b_standard.RetryContext(
        attempt, operation_model=_OPERATION, parsed_response=parsed, http_response=http
    )


#: An operation with no modeled errors, for botocore's checkers.
_OPERATION = types.SimpleNamespace(
    name="Echo", error_shapes=[], service_model=types.SimpleNamespace(service_name="fake")
)


def _botocore_is_throttling(context: b_standard.RetryContext) -> bool:
    detector = b_standard.ThrottlingErrorDetector(b_standard.RetryEventAdapter())
    return bool(detector.is_throttling_error_from_context(context))


def _policy(
    mode: str = "standard", max_attempts: int = 3, rand: float = 1.0, **kw: Any
) -> RetryPolicy:
    return RetryPolicy(mode=mode, max_attempts=max_attempts, rand=lambda: rand, **kw)


# -- what retries --------------------------------------------------------------


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("code", CODES)
def test_retryable_and_throttling_match_botocore(status: int, code: str | None) -> None:
    """For every status/code pair, standard mode decides as botocore does."""
    outcome = AttemptOutcome(status_code=status, error_code=code)
    context = _botocore_context(1, status, code)
    policy = _policy()
    expected = b_standard.StandardRetryConditions(max_attempts=3).is_retryable(context)
    assert policy.is_retryable(outcome) == expected
    assert policy.is_throttling(outcome) == _botocore_is_throttling(context)


def test_connection_errors_and_timeouts_retry_as_transient() -> None:
    """No HTTP answer (refused, reset, timeout) is retried, at the transient cost."""
    from botocore.exceptions import ConnectionError as BotocoreConnectionError

    outcome = AttemptOutcome(transport_error=True)
    context = b_standard.RetryContext(
        1, operation_model=_OPERATION, caught_exception=BotocoreConnectionError(error="x")
    )
    assert b_standard.StandardRetryConditions().is_retryable(context)
    policy = _policy()
    assert policy.is_retryable(outcome)
    assert not policy.is_throttling(outcome)
    quota_before = policy.quota.available if policy.quota else 0
    policy.retry_delay(1, outcome, CallState())
    assert policy.quota is not None and quota_before - policy.quota.available == 14


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (400, "ValidationException"),
        (404, "NotFoundException"),
        (403, "AccessDeniedException"),
        (409, "ConflictException"),
        (400, None),
    ],
)
def test_client_errors_are_not_retried(status: int, code: str | None) -> None:
    """Validation, not-found, access and conflict errors are final."""
    assert not _policy().is_retryable(AttemptOutcome(status_code=status, error_code=code))


def test_any_429_is_throttling_even_with_a_modeled_code() -> None:
    """emrk's extension: botocore lets a modeled code decide; emrk throttles every 429."""
    outcome = AttemptOutcome(status_code=429, error_code="ValidationException")
    assert _policy().is_throttling(outcome)
    assert _policy().is_retryable(outcome)


def test_service_listed_throttling_codes_are_throttling() -> None:
    """A service's modeled throttling codes (EMR on EKS's EKSRequestThrottledException)."""
    from emrk.emr_containers._service import SERVICE

    assert "EKSRequestThrottledException" in SERVICE.throttling_codes
    policy = make_policy("standard", 3, throttling_codes=SERVICE.throttling_codes)
    outcome = AttemptOutcome(status_code=400, error_code="EKSRequestThrottledException")
    assert policy.is_throttling(outcome)
    assert policy.is_retryable(outcome)
    assert not make_policy("standard", 3).is_retryable(outcome)


def test_service_listed_transient_codes_are_retried() -> None:
    """Modeled transient codes retry at the transient base and cost."""
    policy = _policy(transient_codes=frozenset({"InternalServerException"}))
    outcome = AttemptOutcome(status_code=400, error_code="InternalServerException")
    assert policy.is_retryable(outcome)
    assert not policy.is_throttling(outcome)
    assert policy.retry_delay(1, outcome, CallState()) == pytest.approx(0.05)


# -- backoff -------------------------------------------------------------------

RETRY_AFTER_VALUES = (None, "0", "1500", "3000", "100000", "-1000", "soon", "1.5", "")


@pytest.mark.parametrize("attempt", range(1, 9))
@pytest.mark.parametrize("throttled", [False, True])
@pytest.mark.parametrize("rand", [0.0, 0.3, 1.0])
@pytest.mark.parametrize("retry_after", RETRY_AFTER_VALUES)
def test_backoff_matches_botocore(
    attempt: int, throttled: bool, rand: float, retry_after: str | None
) -> None:
    """Full-jitter exponential backoff and the x-amz-retry-after bounds, as botocore."""
    headers = {} if retry_after is None else {"x-amz-retry-after": retry_after}
    status, code = (400, "Throttling") if throttled else (500, "InternalFailure")
    policy = _policy(max_attempts=100, rand=rand)
    ours = policy.retry_delay(
        attempt, AttemptOutcome(status_code=status, error_code=code, headers=headers), CallState()
    )
    backoff = b_standard.ExponentialBackoff(
        random=lambda: rand,
        throttling_detector=b_standard.ThrottlingErrorDetector(b_standard.RetryEventAdapter()),
    )
    theirs = backoff.delay_amount(_botocore_context(attempt, status, code, headers))
    assert ours == pytest.approx(theirs)


@pytest.mark.parametrize(
    ("attempt", "throttled", "rand", "expected"),
    [
        (1, False, 1.0, 0.05),
        (2, False, 1.0, 0.1),
        (3, False, 0.5, 0.1),
        (1, True, 1.0, 1.0),
        (2, True, 1.0, 2.0),
        (5, True, 1.0, 16.0),
        (6, True, 1.0, 20.0),
        (30, True, 1.0, 20.0),
        (30, False, 1.0, 20.0),
        (3, True, 0.25, 1.0),
        (4, False, 0.0, 0.0),
    ],
)
def test_backoff_bounds(attempt: int, throttled: bool, rand: float, expected: float) -> None:
    """Base 50 ms (transient) or 1 s (throttling), doubled per attempt, capped at 20 s."""
    code = "ThrottlingException" if throttled else None
    outcome = AttemptOutcome(status_code=400 if throttled else 503, error_code=code)
    delay = _policy(max_attempts=100, rand=rand).retry_delay(attempt, outcome, CallState())
    assert delay == pytest.approx(expected)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("3000", 3.0),  # within t + 5: taken as is
        ("10000", 5.05),  # capped at t + 5
        ("0", 0.05),  # never below t
        ("20", 0.05),
        ("-1000", 0.05),  # invalid values are ignored
        ("later", 0.05),
        ("2.5", 0.05),
    ],
)
def test_retry_after_header_bounds(header: str, expected: float) -> None:
    """``max(t, min(retry_after, t + 5))``; invalid headers leave ``t`` alone."""
    outcome = AttemptOutcome(status_code=503, headers={"x-amz-retry-after": header})
    assert _policy(rand=1.0).retry_delay(1, outcome, CallState()) == pytest.approx(expected)


def test_modeled_retry_after_seconds_raises_the_delay() -> None:
    """A modeled ``retryAfterSeconds`` member works like the header (emrk's extension)."""
    outcome = AttemptOutcome(status_code=400, error_code="Throttling", retry_after_seconds=3)
    assert _policy(rand=0.5).retry_delay(1, outcome, CallState()) == pytest.approx(3.0)
    outcome = AttemptOutcome(status_code=400, error_code="Throttling", retry_after_seconds=60)
    assert _policy(rand=0.5).retry_delay(1, outcome, CallState()) == pytest.approx(5.5)


# -- max attempts ----------------------------------------------------------------


@pytest.mark.parametrize("max_attempts", [1, 2, 3, 7])
def test_max_attempts_counts_total_attempts(max_attempts: int) -> None:
    """The attempt numbered ``max_attempts`` is the last one, as in botocore."""
    policy = _policy(max_attempts=max_attempts)
    outcome = AttemptOutcome(status_code=503)
    for attempt in range(1, max_attempts + 2):
        ours = policy.retry_delay(attempt, outcome, CallState()) is not None
        context = _botocore_context(attempt, 503, None)
        theirs = b_standard.StandardRetryConditions(max_attempts=max_attempts).is_retryable(context)
        assert ours == theirs == (attempt < max_attempts)


# -- quota -----------------------------------------------------------------------


def test_quota_matches_botocore_step_by_step() -> None:
    """Acquire and release give the same answers and balances as botocore's quota."""
    rng = random.Random(7)
    ours, theirs = RetryQuota(), b_quota.RetryQuota()
    for _ in range(2000):
        amount = rng.choice((5, 14, 1))
        if rng.random() < 0.6:
            assert ours.acquire(amount) == theirs.acquire(amount)
        else:
            ours.release(amount)
            theirs.release(amount)
        assert ours.available == theirs.available_capacity


def test_quota_costs_and_drain() -> None:
    """14 per transient retry, 5 per throttling retry; when too few are left, retries stop."""
    policy = _policy(max_attempts=3)
    assert policy.quota is not None and policy.quota.available == 500
    transient = AttemptOutcome(status_code=500)
    throttled = AttemptOutcome(status_code=429)
    granted = 0
    while policy.retry_delay(1, transient, CallState()) is not None:
        granted += 1
    assert granted == 35
    assert policy.quota.available == 10
    assert policy.retry_delay(1, throttled, CallState()) is not None
    assert policy.retry_delay(1, throttled, CallState()) is not None
    assert policy.quota.available == 0
    assert policy.retry_delay(1, throttled, CallState()) is None


def test_quota_refund_after_success() -> None:
    """A success gives back what its last retry took, or 1; never above 500."""
    policy = _policy()
    assert policy.quota is not None
    call = CallState()
    policy.retry_delay(1, AttemptOutcome(status_code=500), call)
    policy.retry_delay(2, AttemptOutcome(status_code=429), call)
    assert policy.quota.available == 500 - 14 - 5
    policy.on_success(call)
    assert policy.quota.available == 500 - 14
    policy.on_success(CallState())
    assert policy.quota.available == 500 - 13
    for _ in range(50):
        policy.on_success(CallState())
    assert policy.quota.available == 500


def test_legacy_mode_has_no_quota_and_doubles_a_random_base() -> None:
    """legacy: ``rand * 2 ** (attempt - 1)`` seconds, as botocore's delay_exponential."""
    policy = _policy(mode="legacy", max_attempts=200, rand=0.37)
    assert policy.quota is None
    for attempt in range(1, 8):
        with mock.patch.object(retryhandler.random, "random", return_value=0.37):
            expected = retryhandler.delay_exponential("rand", 2, attempt)
        delay = policy.retry_delay(attempt, AttemptOutcome(status_code=500), CallState())
        assert delay == pytest.approx(expected)
    for _ in range(100):  # no quota to drain
        assert policy.retry_delay(1, AttemptOutcome(status_code=500), CallState()) is not None


# -- adaptive: the rate limiter against botocore's -----------------------------------


class _Clock:
    """A clock tests move by hand; usable as emrk's and botocore's clock."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def current_time(self) -> float:
        return self.now

    def sleep(self, amount: float) -> None:
        self.now += amount


class _Detector:
    @staticmethod
    def is_throttling_error(**kwargs: Any) -> bool:
        return bool(kwargs["throttled"])


def _botocore_limiter(clock: _Clock) -> b_adaptive.ClientRateLimiter:
    return b_adaptive.ClientRateLimiter(
        rate_adjustor=b_throttling.CubicCalculator(starting_max_rate=0, start_time=clock.now),
        rate_clocker=b_adaptive.RateClocker(clock),
        token_bucket=b_bucket.TokenBucket(max_rate=1, clock=clock),
        throttling_detector=_Detector(),
        clock=clock,
    )


def _events(seed: int) -> Iterator[tuple[float, bool]]:
    rng = random.Random(seed)
    for _ in range(300):
        yield rng.uniform(0.0, 0.4), rng.random() < 0.15


@pytest.mark.parametrize("seed", range(5))
def test_rate_limiter_follows_botocore(seed: int) -> None:
    """Same answers at the same times: same enabled state, send rate and tokens."""
    ours_clock, their_clock = _Clock(), _Clock()
    ours = ClientRateLimiter(clock=ours_clock)
    theirs = _botocore_limiter(their_clock)
    for step, throttled in _events(seed):
        ours_clock.now += step
        their_clock.now += step
        ours.after_response(throttled=throttled)
        theirs.on_receiving_response(throttled=throttled)
        assert ours.enabled == theirs._enabled
        assert ours.send_rate == pytest.approx(theirs._token_bucket.max_rate)
        assert ours._bucket.available_capacity == pytest.approx(
            theirs._token_bucket.available_capacity
        )
        assert ours._bucket.max_capacity == pytest.approx(theirs._token_bucket.max_capacity)


def test_cubic_and_clocker_match_botocore() -> None:
    """The CUBIC calculator and the rate clocker give botocore's numbers."""
    ours_cubic, their_cubic = CubicCalculator(10, 0.0), b_throttling.CubicCalculator(10, 0.0)
    for t in (0.5, 1.0, 2.5, 4.0):
        assert ours_cubic.success_received(t) == pytest.approx(their_cubic.success_received(t))
    assert ours_cubic.error_received(8, 5.0) == pytest.approx(their_cubic.error_received(8, 5.0))
    for t in (5.5, 7.0, 12.0):
        assert ours_cubic.success_received(t) == pytest.approx(their_cubic.success_received(t))
    clock_a, clock_b = _Clock(0.0), _Clock(0.0)
    ours_clocker, their_clocker = RateClocker(clock_a), b_adaptive.RateClocker(clock_b)
    for step in (0.1, 0.2, 0.3, 0.05, 0.7, 1.3, 0.01, 0.49):
        clock_a.now += step
        clock_b.now += step
        assert ours_clocker.record() == pytest.approx(their_clocker.record())


def test_token_bucket_matches_botocore() -> None:
    """Refill, capacity limits and rate changes, step by step."""
    clock_a, clock_b = _Clock(0.0), _Clock(0.0)
    ours, theirs = TokenBucket(1, clock_a), b_bucket.TokenBucket(1, clock_b)
    for step, rate in ((2.0, 4.0), (0.5, 0.2), (3.0, 2.5), (1.0, 10.0), (0.3, 0.5)):
        clock_a.now += step
        clock_b.now += step
        ours.max_rate = rate
        theirs.max_rate = rate
        assert ours.max_rate == theirs.max_rate
        assert ours.available_capacity == pytest.approx(theirs.available_capacity)
        if ours.available_capacity >= 1:
            ours.acquire()
            theirs.acquire()
            assert ours.available_capacity == pytest.approx(theirs.available_capacity)


def test_rate_limiter_engages_only_after_throttling() -> None:
    """Before a throttle sending takes no token; after it, each send takes one."""
    clock = _Clock()
    limiter = ClientRateLimiter(clock=clock)
    for _ in range(5):
        clock.now += 0.1
        limiter.after_response(throttled=False)
        before = limiter._bucket.available_capacity
        limiter.before_send()
        assert limiter._bucket.available_capacity == before
    assert not limiter.enabled
    limiter.after_response(throttled=True)
    assert limiter.enabled
    clock.now += 60  # let the bucket fill up
    limiter._bucket.max_rate = limiter.send_rate  # refill at the new time
    before = limiter._bucket.available_capacity
    assert before >= 1
    limiter.before_send()
    assert limiter._bucket.available_capacity == pytest.approx(before - 1)


def test_adaptive_policy_feeds_its_limiter() -> None:
    """make_policy('adaptive') has a limiter, which a throttling outcome switches on."""
    policy = make_policy("adaptive", 3)
    assert policy.rate_limiter is not None and not policy.rate_limiter.enabled
    policy.after_attempt(AttemptOutcome(status_code=200))
    assert not policy.rate_limiter.enabled
    policy.after_attempt(AttemptOutcome(status_code=400, error_code="ThrottlingException"))
    assert policy.rate_limiter.enabled
    assert make_policy("standard", 3).rate_limiter is None


# -- end to end through a client -------------------------------------------------------


@pytest.fixture
def sleeps() -> list[float]:
    return []


def _client(session: emrk.Session, sleeps: list[float] | None = None, **config: Any) -> FakeClient:
    client = FakeClient(
        session=session,
        config=emrk.Config(**config) if config else None,
        sleep=sleeps.append if sleeps is not None else (lambda _s: None),
    )
    return client


def _error(status: int, code: str, message: str = "no", **headers: str) -> dict[str, Any]:
    return {
        "status": status,
        "body": json.dumps({"message": message}),
        "headers": {"x-amzn-ErrorType": code, "x-amzn-RequestId": "req-1", **headers},
        "content_type": "application/json",
    }


@responses.activate
def test_last_error_is_raised_typed_after_max_attempts(
    session: emrk.Session, sleeps: list[float]
) -> None:
    """Three 500s: three attempts, two sleeps, then the typed error of the last answer."""
    for _ in range(3):
        responses.add(responses.POST, ECHO_URL, **_error(500, "InternalServerException", "boom"))
    with pytest.raises(InternalServerException) as info:
        _client(session, sleeps).echo(name="x")
    assert len(responses.calls) == 3
    assert len(sleeps) == 2
    assert 0 <= sleeps[0] <= 0.05 and 0 <= sleeps[1] <= 0.1
    assert info.value.status_code == 500
    assert info.value.request_id == "req-1"
    assert info.value.message == "boom"


@responses.activate
def test_retry_headers_and_tokens(session: emrk.Session) -> None:
    """amz-sdk-request counts attempts; invocation id and idempotency token stay the same."""
    responses.add(responses.POST, ECHO_URL, **_error(503, "ServiceUnavailable"))
    responses.add(responses.POST, ECHO_URL, **_error(429, "SlowDown"))
    responses.add(responses.POST, ECHO_URL, json={"name": "x"})
    result = _client(session).echo(name="x")
    sent = [call.request for call in responses.calls]
    assert [r.headers["amz-sdk-request"] for r in sent] == [
        "attempt=1; max=3",
        "attempt=2; max=3",
        "attempt=3; max=3",
    ]
    assert len({r.headers["amz-sdk-invocation-id"] for r in sent}) == 1
    tokens = {json.loads(r.body or b"")["clientToken"] for r in sent}
    assert len(tokens) == 1
    assert result.response_metadata is not None
    assert result.response_metadata.retry_attempts == 2
    responses.add(responses.POST, ECHO_URL, json={})
    _client(session).echo(name="x")
    later = responses.calls[-1].request
    assert later.headers["amz-sdk-invocation-id"] != sent[0].headers["amz-sdk-invocation-id"]
    assert json.loads(later.body or b"")["clientToken"] not in tokens


@responses.activate
def test_given_idempotency_token_is_sent_unchanged(session: emrk.Session) -> None:
    """A token the caller passes is used on every attempt as is."""
    responses.add(responses.POST, ECHO_URL, status=500, json={})
    responses.add(responses.POST, ECHO_URL, json={})
    _client(session).echo(name="x", client_token="my-token")
    assert {json.loads(c.request.body or b"")["clientToken"] for c in responses.calls} == {
        "my-token"
    }


@responses.activate
@pytest.mark.parametrize(
    ("status", "code", "exc"),
    [
        (400, "ValidationException", ValidationException),
        (404, "NotFoundException", NotFoundException),
    ],
)
def test_final_client_errors_are_sent_once(
    session: emrk.Session, status: int, code: str, exc: type[Exception]
) -> None:
    """A 4xx the policy does not retry costs exactly one request."""
    responses.add(responses.POST, ECHO_URL, **_error(status, code))
    with pytest.raises(exc):
        _client(session).echo(name="x")
    assert len(responses.calls) == 1


@responses.activate
def test_modeled_throttling_uses_the_throttling_backoff(
    session: emrk.Session, sleeps: list[float]
) -> None:
    """A service-listed throttling code is retried, with delays within the 1 s base's bounds."""
    client = _client(session, sleeps)
    responses.add(responses.POST, ECHO_URL, **_error(400, "FakeThrottledException"))
    responses.add(responses.POST, ECHO_URL, **_error(400, "FakeThrottledException"))
    responses.add(responses.POST, ECHO_URL, **_error(400, "FakeThrottledException"))
    with pytest.raises(FakeThrottledException):
        client.echo(name="x")
    assert len(sleeps) == 2
    assert 0 <= sleeps[0] <= 1.0 and 0 <= sleeps[1] <= 2.0


def test_a_service_listed_throttling_code_gets_the_1s_base() -> None:
    """The policy a client builds from its service spec, without jitter: the delays are the bounds.

    A unit test of the policy object (``rand=`` is its constructor's seam); the
    test above checks that a client retries that code.
    """
    policy = RetryPolicy(
        mode="standard",
        max_attempts=3,
        throttling_codes=FakeClient._SERVICE.throttling_codes,
        rand=lambda: 1.0,
    )
    outcome = AttemptOutcome(status_code=400, error_code="FakeThrottledException")
    delays = [policy.retry_delay(attempt, outcome, CallState()) for attempt in (1, 2)]
    assert delays == [pytest.approx(1.0), pytest.approx(2.0)]


@responses.activate
def test_connection_errors_are_retried_then_raised_as_transport_error(
    session: emrk.Session,
) -> None:
    """No answer three times: TransportError, with the requests error as its cause."""
    for exc in (requests.ConnectionError("refused"), requests.ReadTimeout("slow")) * 2:
        responses.add(responses.POST, ECHO_URL, body=exc)
    with pytest.raises(emrk.TransportError) as info:
        _client(session).echo(name="x")
    assert len(responses.calls) == 3
    assert isinstance(info.value.__cause__, requests.RequestException)


@responses.activate
def test_retries_stop_when_the_quota_is_drained(session: emrk.Session) -> None:
    """Always failing: 17 calls with 3 attempts, then 2, then 1 while the quota is empty."""
    responses.add(responses.POST, ECHO_URL, **_error(500, "InternalServerException"))
    client = _client(session)
    attempts = []
    for _ in range(20):
        before = len(responses.calls)
        with pytest.raises(InternalServerException):
            client.echo(name="x")
        attempts.append(len(responses.calls) - before)
    assert attempts == [3] * 17 + [2, 1, 1]
    # Throttling costs less: 10 units left still buy two throttling retries.
    responses.replace(responses.POST, ECHO_URL, **_error(429, "TooManyRequestsException"))
    before = len(responses.calls)
    with pytest.raises(emrk.ServiceError):
        client.echo(name="x")
    assert len(responses.calls) - before == 3


def _attempts_for(client: FakeClient) -> int:
    before = len(responses.calls)
    with pytest.raises(emrk.ServiceError):
        client.echo(name="x")
    return len(responses.calls) - before


@responses.activate
@pytest.mark.parametrize(
    ("config", "env", "expected"),
    [
        ({}, {}, 3),
        ({"retries": {"max_attempts": 1}}, {}, 1),
        ({"retries": {"max_attempts": 5}}, {}, 5),
        ({"retries": {"total_max_attempts": 4}}, {}, 4),
        ({"retries": emrk.RetryConfig(max_attempts=2)}, {}, 2),
        ({}, {"AWS_MAX_ATTEMPTS": "1"}, 1),
        ({}, {"AWS_MAX_ATTEMPTS": "6"}, 6),
        ({"retries": {"max_attempts": 2}}, {"AWS_MAX_ATTEMPTS": "6"}, 2),
        ({}, {"AWS_RETRY_MODE": "legacy"}, 5),
        ({}, {"AWS_RETRY_MODE": "adaptive"}, 3),
        ({"retries": {"mode": "legacy"}}, {}, 5),
        ({"retries": {"mode": "legacy", "max_attempts": 2}}, {}, 2),
        ({"retries": emrk.RetryConfig(mode="legacy")}, {"AWS_MAX_ATTEMPTS": "4"}, 4),
    ],
)
def test_max_attempts_sources(
    session: emrk.Session,
    monkeypatch: pytest.MonkeyPatch,
    config: dict[str, Any],
    env: dict[str, str],
    expected: int,
) -> None:
    """Config beats AWS_MAX_ATTEMPTS beats the mode's default; all count total attempts."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    responses.add(responses.POST, ECHO_URL, **_error(503, "ServiceUnavailable"))
    client = _client(session, **config)
    # In adaptive mode a 503 is not throttling: the rate limiter stays off, nothing waits.
    assert _attempts_for(client) == expected
    last = responses.calls[-1].request.headers["amz-sdk-request"]
    assert last == f"attempt={expected}; max={expected}"


class _JumpingClock:
    """A clock that moves a minute per reading, so the token bucket never makes us wait."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 60.0
        return self.now


@responses.activate
def test_adaptive_client_turns_its_limiter_on_after_throttling(
    session: emrk.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In adaptive mode a throttled answer makes the client take a token before each send."""
    taken: list[float] = []

    def take_without_waiting(self: TokenBucket, amount: float = 1.0) -> None:
        taken.append(amount)  # the real bucket would wait (real time) for its token

    monkeypatch.setattr(TokenBucket, "acquire", take_without_waiting)
    monkeypatch.setenv("AWS_RETRY_MODE", "adaptive")
    client = _client(session)
    responses.add(responses.POST, ECHO_URL, json={})
    client.echo(name="x")
    assert taken == []  # off until the service throttles
    responses.add(responses.POST, ECHO_URL, **_error(429, "Throttling"))
    responses.add(responses.POST, ECHO_URL, json={})
    client.echo(name="x")
    assert taken == [1.0]  # the retry after the throttle waited for a token
    responses.add(responses.POST, ECHO_URL, json={})
    client.echo(name="x")
    assert taken == [1.0, 1.0]


def test_a_throttled_answer_turns_the_policys_limiter_on() -> None:
    """A unit test of the policy object: its limiter (public on the policy) is fed every answer."""
    policy = make_policy("adaptive", 3)
    limiter = policy.rate_limiter = ClientRateLimiter(clock=_JumpingClock())
    policy.after_attempt(AttemptOutcome(status_code=200))
    assert not limiter.enabled
    policy.after_attempt(AttemptOutcome(status_code=429, error_code="Throttling"))
    assert limiter.enabled


@pytest.mark.parametrize(
    ("retries", "env", "param"),
    [
        ({"max_attempts": 0}, {}, "retries.max_attempts"),
        ({"max_attempts": "3"}, {}, "retries.max_attempts"),
        ({"mode": "fast"}, {}, "retries.mode"),
        ({"attempts": 3}, {}, "retries"),
        (None, {"AWS_MAX_ATTEMPTS": "three"}, "AWS_MAX_ATTEMPTS"),
        (None, {"AWS_MAX_ATTEMPTS": "0"}, "AWS_MAX_ATTEMPTS"),
        (None, {"AWS_RETRY_MODE": "aggressive"}, "AWS_RETRY_MODE"),
    ],
)
def test_bad_retry_settings_are_rejected(
    session: emrk.Session,
    monkeypatch: pytest.MonkeyPatch,
    retries: Any,
    env: dict[str, str],
    param: str,
) -> None:
    """Bad values fail at client creation, naming where the value came from."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(emrk.ParamValidationError) as info:
        FakeClient(session=session, config=emrk.Config(retries=retries))
    assert info.value.param == param


@responses.activate
def test_policy_is_per_client(session: emrk.Session) -> None:
    """Each client has its own quota, so one noisy client cannot drain another's."""
    responses.add(responses.POST, ECHO_URL, **_error(500, "InternalServerException"))
    noisy, quiet = _client(session), _client(session)
    drained = [_attempts_for(noisy) for _ in range(20)]
    assert drained[-2:] == [1, 1]  # the noisy client's quota is empty
    assert _attempts_for(quiet) == 3  # the other still retries


def test_sleep_hook_is_used_for_backoff(session: emrk.Session) -> None:
    """The retry loop sleeps through the ``sleep=`` the client was given."""
    calls: list[float] = []
    client = FakeClient(session=session, sleep=calls.append)
    with responses.RequestsMock() as rsps:
        rsps.add(responses.POST, ECHO_URL, status=502, json={})
        rsps.add(responses.POST, ECHO_URL, json={})
        client.echo(name="x")
    assert len(calls) == 1
