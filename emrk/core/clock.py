"""The wall clock emrk signs with: the local clock, corrected by what AWS says.

AWS rejects a SigV4 request whose ``X-Amz-Date`` is more than five minutes
off its own clock. A laptop back from sleep, a container on a drifting host
or a VM without NTP can be that far off; botocore then fails every call. The
AWS SDKs for Java v2, Go v2 and JavaScript v3 instead learn the offset from
the ``Date`` header of the rejection and sign again with the corrected time,
and so does emrk: :class:`SigningClock` holds the offset, one per session,
so every client of the session (and every EKS token it mints) signs with it.
"""

from __future__ import annotations

import datetime
import threading

__all__ = ["CLOCK_SKEW_ERROR_CODES", "SKEW_THRESHOLD", "SigningClock", "parse_http_date"]

#: Error codes AWS front ends answer a request signed at the wrong time with.
CLOCK_SKEW_ERROR_CODES = frozenset(
    {
        "InvalidSignatureException",
        "RequestTimeTooSkewed",
        "RequestExpired",
        "RequestInTheFuture",
        "SignatureDoesNotMatch",
        "AuthFailure",
    }
)
#: How far the service's clock must be from the signing time to count as skew.
#: AWS allows five minutes; four leaves a margin for the request's own travel.
SKEW_THRESHOLD = datetime.timedelta(minutes=4)


class SigningClock:
    """UTC "now" for signing: the local clock plus the offset learned from AWS.

    Thread-safe. The offset starts at zero and changes only through
    :meth:`learn`, when a rejected request shows the local clock is more than
    :data:`SKEW_THRESHOLD` away from the service's.
    """

    def __init__(self) -> None:
        self._offset = datetime.timedelta(0)
        self._lock = threading.Lock()

    @property
    def offset(self) -> datetime.timedelta:
        """What is added to the local clock (positive: the local clock is behind)."""
        return self._offset

    def now(self) -> datetime.datetime:
        """The corrected current time, timezone-aware UTC."""
        local = datetime.datetime.now(datetime.timezone.utc)
        offset = self._offset
        return local + offset if offset else local

    def is_skewed(self, signed_at: datetime.datetime, server_time: datetime.datetime) -> bool:
        """Whether a request signed at ``signed_at`` was off from the service's clock."""
        return abs(server_time - signed_at) > SKEW_THRESHOLD

    def learn(self, server_time: datetime.datetime) -> None:
        """Adopt the offset that makes now equal ``server_time`` (the answer's ``Date``).

        Logged at WARNING when the offset changes by more than the threshold,
        so many calls rejected at once by the same skew log it once.
        """
        local = datetime.datetime.now(datetime.timezone.utc)
        offset = server_time - local
        with self._lock:
            changed = abs(offset - self._offset) > SKEW_THRESHOLD
            self._offset = offset
        if changed:
            import logging  # only when a correction is made: the token path never logs

            seconds = offset.total_seconds()
            logging.getLogger("emrk").warning(
                "emrk: this machine's clock is %.0f s %s AWS's; signing with the corrected "
                "time from now on (offset %+.0f s)",
                abs(seconds),
                "behind" if seconds > 0 else "ahead of",
                seconds,
            )


def parse_http_date(value: str | None) -> datetime.datetime | None:
    """An HTTP ``Date`` header as an aware datetime, or ``None`` if absent or unreadable."""
    if not value:
        return None
    import email.utils  # only on the error path

    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed
