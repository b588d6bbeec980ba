"""Retry policies: ``standard`` (the default), ``adaptive`` and ``legacy``.

``standard`` follows botocore 1.44.5's ``retries/standard.py``:

* retried: HTTP 500/502/503/504, connection errors and timeouts, the
  transient codes (``RequestTimeout``, ``RequestTimeoutException``,
  ``PriorRequestNotComplete``), botocore's throttling codes, and the errors
  a service models as retryable;
* emrk goes further on two points: **any** HTTP 429 is throttling (botocore
  only counts a 429 whose code is not modeled), and each service may list
  modeled throttling errors the model does not flag (EMR on EKS's
  ``EKSRequestThrottledException``);
* backoff: ``rand(0, 1) * min(base * 2 ** (attempt - 1), 20 s)`` with base
  1 s for throttling and 50 ms otherwise; an ``x-amz-retry-after`` header (ms)
  or a modeled ``retry_after_seconds`` raises the delay up to ``t + 5 s``;
* a retry quota of 500 per client: a retry costs 5 (throttling) or 14; a
  success gives back 1, or what its last retry took.

``adaptive`` adds botocore's client-side rate limiter
(:mod:`emrk.core.rate_limit`); ``legacy`` is botocore's older policy:
``rand(0, 1) * 2 ** (attempt - 1)`` seconds, no quota, 5 attempts by default.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Mapping
from types import MappingProxyType

from emrk.core.rate_limit import ClientRateLimiter
from emrk.core.record import FrozenRecord

_NO_HEADERS: Mapping[str, str] = MappingProxyType({})

__all__ = ["AttemptOutcome", "RetryPolicy", "RetryQuota", "make_policy"]

TRANSIENT_STATUS_CODES = frozenset({500, 502, 503, 504})
TRANSIENT_ERROR_CODES = frozenset(
    {"RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"}
)
THROTTLING_ERROR_CODES = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
    }
)
MAX_BACKOFF = 20.0
THROTTLING_BASE = 1.0
TRANSIENT_BASE = 0.05
RETRY_AFTER_MAX_ADDITIONAL = 5.0


class AttemptOutcome(FrozenRecord, kw_only=False):
    """What one attempt came back with, as the retry policy sees it."""

    status_code: int | None = None
    error_code: str | None = None
    headers: Mapping[str, str] = _NO_HEADERS
    #: True when no HTTP answer came back (connection error, timeout...).
    transport_error: bool = False
    #: A modeled ``retry_after_seconds`` member, when the error has one.
    retry_after_seconds: float | None = None


class RetryQuota:
    """The token bucket that stops retry storms: 500 units, shared per client."""

    INITIAL_CAPACITY = 500

    def __init__(self, capacity: int = INITIAL_CAPACITY) -> None:
        self.max_capacity = capacity
        self._available = capacity
        self._lock = threading.Lock()

    @property
    def available(self) -> int:
        """Units left."""
        return self._available

    def acquire(self, amount: int) -> bool:
        """Take ``amount`` units; ``False`` (and nothing taken) if too few are left."""
        with self._lock:
            if amount > self._available:
                return False
            self._available -= amount
            return True

    def release(self, amount: int) -> None:
        """Give units back, never above the initial capacity."""
        with self._lock:
            self._available = min(self.max_capacity, self._available + amount)


class RetryPolicy:
    """Decides whether and when to retry; one instance per client, thread-safe."""

    RETRY_COST = 14
    THROTTLING_RETRY_COST = 5
    NO_RETRY_INCREMENT = 1

    def __init__(
        self,
        *,
        mode: str,
        max_attempts: int,
        throttling_codes: frozenset[str] = frozenset(),
        transient_codes: frozenset[str] = frozenset(),
        rand: Callable[[], float] = random.random,
        quota: RetryQuota | None = None,
        rate_limiter: ClientRateLimiter | None = None,
    ) -> None:
        self.mode = mode
        self.max_attempts = max_attempts
        self._throttling = THROTTLING_ERROR_CODES | throttling_codes
        self._transient = TRANSIENT_ERROR_CODES | transient_codes
        self._rand = rand
        self.quota: RetryQuota | None = (
            quota if quota is not None else (RetryQuota() if mode != "legacy" else None)
        )
        self.rate_limiter = rate_limiter

    def is_throttling(self, outcome: AttemptOutcome) -> bool:
        """Throttling: a known throttling code, or any HTTP 429."""
        return outcome.error_code in self._throttling or outcome.status_code == 429

    def is_retryable(self, outcome: AttemptOutcome) -> bool:
        """Whether the outcome is worth another attempt, attempts aside."""
        return (
            outcome.transport_error
            or outcome.status_code in TRANSIENT_STATUS_CODES
            or outcome.error_code in self._transient
            or self.is_throttling(outcome)
        )

    def before_attempt(self) -> None:
        """Wait for the rate limiter, in adaptive mode."""
        if self.rate_limiter is not None:
            self.rate_limiter.before_send()

    def after_attempt(self, outcome: AttemptOutcome) -> None:
        """Feed the rate limiter, in adaptive mode."""
        if self.rate_limiter is not None:
            self.rate_limiter.after_response(throttled=self.is_throttling(outcome))

    def retry_delay(self, attempt: int, outcome: AttemptOutcome, call: CallState) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` to stop now.

        ``attempt`` is the 1-based number of the attempt that just failed.
        """
        if attempt >= self.max_attempts or not self.is_retryable(outcome):
            return None
        throttled = self.is_throttling(outcome)
        if self.quota is not None:
            cost = self.THROTTLING_RETRY_COST if throttled else self.RETRY_COST
            if not self.quota.acquire(cost):
                return None
            call.quota_taken = cost
        if self.mode == "legacy":
            return float(self._rand() * 2 ** (attempt - 1))
        base = THROTTLING_BASE if throttled else TRANSIENT_BASE
        delay = float(self._rand() * min(base * 2 ** (attempt - 1), MAX_BACKOFF))
        retry_after = _retry_after(outcome)
        if retry_after is not None:
            delay = max(delay, min(retry_after, delay + RETRY_AFTER_MAX_ADDITIONAL))
        return delay

    def on_success(self, call: CallState) -> None:
        """Refund the quota after a 2xx answer, as botocore does."""
        if self.quota is None:
            return
        self.quota.release(call.quota_taken or self.NO_RETRY_INCREMENT)


class CallState:
    """Per-call retry bookkeeping: what the last retry took from the quota."""

    __slots__ = ("quota_taken",)

    def __init__(self) -> None:
        self.quota_taken: int = 0


def _retry_after(outcome: AttemptOutcome) -> float | None:
    raw = outcome.headers.get("x-amz-retry-after")
    if raw is not None:
        try:
            value = int(raw) / 1000.0
        except (ValueError, OverflowError):
            value = -1.0
        if value >= 0:
            return value
    if outcome.retry_after_seconds is not None and outcome.retry_after_seconds >= 0:
        return float(outcome.retry_after_seconds)
    return None


def make_policy(
    mode: str,
    max_attempts: int,
    *,
    throttling_codes: frozenset[str] = frozenset(),
    transient_codes: frozenset[str] = frozenset(),
) -> RetryPolicy:
    """The policy for a retry mode, with a fresh quota (and limiter, if adaptive)."""
    return RetryPolicy(
        mode=mode,
        max_attempts=max_attempts,
        throttling_codes=throttling_codes,
        transient_codes=transient_codes,
        rate_limiter=ClientRateLimiter() if mode == "adaptive" else None,
    )
