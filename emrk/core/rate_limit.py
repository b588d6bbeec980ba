"""The client-side rate limiter behind ``adaptive`` retry mode.

A port of botocore's ``retries/adaptive.py``, ``bucket.py`` and
``throttling.py``: a token bucket whose fill rate follows CUBIC congestion
control. It stays out of the way until the first throttling answer, then
slows the client down and lets the rate grow back as calls succeed.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

__all__ = ["ClientRateLimiter", "CubicCalculator", "RateClocker", "TokenBucket"]


class TokenBucket:
    """Tokens refill at ``max_rate`` per second; sending takes one."""

    MIN_RATE = 0.5

    def __init__(self, max_rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._fill_rate = self.MIN_RATE
        self._max_capacity = 1.0
        self._capacity = 0.0
        self._last: float | None = None
        self._cond = threading.Condition(threading.Lock())
        self.max_rate = max_rate

    @property
    def max_rate(self) -> float:
        """The current fill rate (tokens per second)."""
        return self._fill_rate

    @max_rate.setter
    def max_rate(self, value: float) -> None:
        with self._cond:
            self._refill()
            self._fill_rate = max(value, self.MIN_RATE)
            self._max_capacity = value if value >= 1 else 1.0
            self._capacity = min(self._capacity, self._max_capacity)
            self._cond.notify_all()

    @property
    def max_capacity(self) -> float:
        """The most tokens the bucket holds (at least one)."""
        return self._max_capacity

    @property
    def available_capacity(self) -> float:
        """Tokens in the bucket at the last refill."""
        return self._capacity

    def acquire(self, amount: float = 1.0) -> None:
        """Block until ``amount`` tokens are available, then take them."""
        with self._cond:
            self._refill()
            while amount > self._capacity:
                self._cond.wait((amount - self._capacity) / self._fill_rate)
                self._refill()
            self._capacity -= amount

    def try_acquire(self, amount: float = 1.0) -> float:
        """Take ``amount`` tokens if there are enough and return 0; else the seconds to wait.

        The non-blocking form of :meth:`acquire`, for the async clients: they
        wait the answer with ``asyncio.sleep`` and ask again.
        """
        with self._cond:
            self._refill()
            if amount <= self._capacity:
                self._capacity -= amount
                return 0.0
            return (amount - self._capacity) / self._fill_rate

    def _refill(self) -> None:
        now = self._clock()
        if self._last is None:
            self._last = now
            return
        self._capacity = min(
            self._max_capacity, self._capacity + (now - self._last) * self._fill_rate
        )
        self._last = now


class CubicCalculator:
    """CUBIC: how fast the send rate may grow back after a throttle."""

    SCALE = 0.4
    BETA = 0.7

    def __init__(self, starting_max_rate: float, start_time: float) -> None:
        self._w_max = starting_max_rate
        self._k = self._zero_point()
        self._last_fail = start_time

    def _zero_point(self) -> float:
        return float((self._w_max * (1 - self.BETA) / self.SCALE) ** (1 / 3.0))

    def success_received(self, timestamp: float) -> float:
        """The rate allowed ``timestamp - last failure`` seconds after a throttle."""
        dt = timestamp - self._last_fail
        return self.SCALE * (dt - self._k) ** 3 + self._w_max

    def error_received(self, current_rate: float, timestamp: float) -> float:
        """Cut the rate after a throttle."""
        self._w_max = current_rate
        self._k = self._zero_point()
        self._last_fail = timestamp
        return current_rate * self.BETA


class RateClocker:
    """Measures the client's actual send rate, smoothed over half-second buckets."""

    SMOOTHING = 0.8
    BUCKET_RANGE = 0.5

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._rate = 0.0
        self._last_bucket: float = math.floor(clock())
        self._count = 0
        self._lock = threading.Lock()

    def record(self) -> float:
        """Count one answer and return the smoothed rate."""
        with self._lock:
            scale = 1 / self.BUCKET_RANGE
            bucket = math.floor(self._clock() * scale) / scale
            self._count += 1
            if bucket > self._last_bucket:
                current = self._count / float(bucket - self._last_bucket)
                self._rate = current * self.SMOOTHING + self._rate * (1 - self.SMOOTHING)
                self._count = 0
                self._last_bucket = bucket
            return self._rate


class ClientRateLimiter:
    """Throttles sending once the service has throttled the client."""

    MAX_RATE_ADJUST_SCALE = 2.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._cubic = CubicCalculator(0, clock())
        self._bucket = TokenBucket(1, clock)
        self._clocker = RateClocker(clock)
        self._enabled = False
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        """Whether limiting is on (it turns on at the first throttling answer)."""
        return self._enabled

    @property
    def send_rate(self) -> float:
        """The rate, in requests per second, the bucket currently allows."""
        return self._bucket.max_rate

    def before_send(self) -> None:
        """Take a token (blocking) once limiting is on."""
        if self._enabled:
            self._bucket.acquire()

    def reserve(self) -> float:
        """Take a token if limiting is on and one is there: 0; else the seconds to wait first."""
        if not self._enabled:
            return 0.0
        return self._bucket.try_acquire()

    def after_response(self, *, throttled: bool) -> None:
        """Adjust the send rate after an answer."""
        measured = self._clocker.record()
        now = self._clock()
        with self._lock:
            if not throttled:
                new_rate = self._cubic.success_received(now)
            else:
                rate = measured if not self._enabled else min(measured, self._bucket.max_rate)
                new_rate = self._cubic.error_received(rate, now)
                self._enabled = True
            self._bucket.max_rate = min(new_rate, self.MAX_RATE_ADJUST_SCALE * measured)
