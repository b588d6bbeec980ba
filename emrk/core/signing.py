"""SigV4 signing as a ``requests`` auth object.

Any ``requests.auth.AuthBase`` can sign emrk's requests (pass ``auth=`` to a
client, e.g. ``aws_requests_auth``'s ``AWSRequestsAuth``); this is the
default one. It signs each attempt afresh, so retries carry a fresh date and,
after a refresh, fresh credentials, with :class:`~emrk.core.sigv4.SigV4Signer`:
the same canonical request as botocore's signer (the AWS test suite and a
comparison with botocore prove it), with the derived key cached per day and
no logging of what it signs.

botocore's own signer, which code beside emrk may still use, logs the
canonical request, string to sign and signature at DEBUG; a filter on its
logger masks those records so a debug log never carries a signature or a
session token.
"""

from __future__ import annotations

import logging

import requests

from emrk.core.credentials import CredentialProvider
from emrk.core.sigv4 import SigV4Signer

__all__ = ["SigV4Auth"]

_SIGNER_LOG_PREFIXES = ("CanonicalRequest", "StringToSign", "Signature")
_SIGNED_HEADERS = ("Authorization", "X-Amz-Date", "X-Amz-Security-Token")


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


class SigV4Auth(requests.auth.AuthBase):
    """Signs a prepared request with AWS Signature Version 4."""

    def __init__(self, credentials: CredentialProvider, service: str, region: str) -> None:
        self.credentials = credentials
        self.service = service
        self.region = region
        self._signer = SigV4Signer(region, service)
        install_signer_log_mask()

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        creds = self.credentials.get()
        body = r.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        for name in _SIGNED_HEADERS:
            r.headers.pop(name, None)
        added = self._signer.sign(
            str(r.method),
            str(r.url),
            r.headers.items(),
            body if isinstance(body, bytes) else None,
            access_key=creds.access_key,
            secret_key=creds.secret_key,
            token=creds.token,
        )
        r.headers.update(added)
        return r

    def __repr__(self) -> str:
        return f"SigV4Auth(service={self.service!r}, region={self.region!r})"
