"""Signing emrk's requests with SigV4, independent of any HTTP library.

:class:`RequestSigner` signs an :class:`~emrk.core.http.HttpRequest` in
place with :class:`~emrk.core.sigv4.SigV4Signer` (botocore's canonical
request, the derived key cached per day, nothing logged), at the time of the
session's :class:`~emrk.core.clock.SigningClock`, so a learned clock skew
applies to every request. Both the sync and the async clients sign this way,
before the transport adds its own framing headers (``Content-Length``), so
they send the same signed headers, as botocore does.

A sync client given ``auth=`` (any ``requests.auth.AuthBase``, e.g.
aws-requests-auth's) lets that object sign instead: see
:class:`emrk.core.transport.SigV4Auth` for emrk's own signer in that form.

botocore's own signer, which code beside emrk may still use, logs the
canonical request, string to sign and signature at DEBUG; a filter on its
logger masks those records so a debug log never carries a signature or a
session token.
"""

from __future__ import annotations

import datetime
import logging
from typing import TYPE_CHECKING, Any

from emrk.core.clock import SigningClock
from emrk.core.sigv4 import SigV4Signer

if TYPE_CHECKING:
    from emrk.core.credentials import Credentials
    from emrk.core.http import HttpRequest
    from emrk.core.transport import SigV4Auth as SigV4Auth

__all__ = ["RequestSigner", "SigV4Auth", "install_signer_log_mask"]

_SIGNER_LOG_PREFIXES = ("CanonicalRequest", "StringToSign", "Signature")
#: Headers a signature replaces; any left from an earlier attempt are dropped first.
SIGNATURE_HEADERS = ("Authorization", "X-Amz-Date", "X-Amz-Security-Token")


class _MaskSignerRecords(logging.Filter):
    """Masks the arguments of botocore.auth's canonical-request/signature records."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and record.msg.startswith(_SIGNER_LOG_PREFIXES):
            record.msg = record.msg.split(":", 1)[0] + ": *** (masked by emrk)"
            record.args = ()
        return True


_mask_installed = False


def install_signer_log_mask() -> None:
    """Add the masking filter to botocore's signer logger (once)."""
    global _mask_installed
    if not _mask_installed:
        logging.getLogger("botocore.auth").addFilter(_MaskSignerRecords())
        _mask_installed = True


class RequestSigner:
    """Signs requests for one service and region; safe to share between threads and tasks."""

    def __init__(self, service: str, region: str, clock: SigningClock | None = None) -> None:
        self.service = service
        self.region = region
        self.clock: SigningClock = clock if clock is not None else SigningClock()
        self._signer = SigV4Signer(region, service)
        install_signer_log_mask()

    def sign(self, request: HttpRequest, credentials: Credentials) -> datetime.datetime:
        """Add ``X-Amz-Date``, the session token and ``Authorization``; return the signing time."""
        headers = request.headers
        for name in SIGNATURE_HEADERS:
            headers.pop(name, None)
        now = self.clock.now()
        headers.update(
            self._signer.sign(
                request.method,
                request.url,
                headers,
                request.body or None,
                access_key=credentials.access_key,
                secret_key=credentials.secret_key,
                token=credentials.token,
                now=now,
            )
        )
        return now

    def __repr__(self) -> str:
        return f"RequestSigner(service={self.service!r}, region={self.region!r})"


def __getattr__(name: str) -> Any:
    # ``SigV4Auth`` is a requests AuthBase: it lives with the requests
    # transport, so that signing (and the async clients) never import requests.
    if name == "SigV4Auth":
        from emrk.core.transport import SigV4Auth

        return SigV4Auth
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
