"""SigV4 signing as a ``requests`` auth object.

Any ``requests.auth.AuthBase`` can sign emrk's requests (pass ``auth=`` to a
client, e.g. ``aws_requests_auth``'s ``AWSRequestsAuth``); this is the
default one. It wraps botocore's own SigV4 signer, the implementation the AWS
test suite proves, and signs each attempt afresh so retries carry a fresh
date and, after a refresh, fresh credentials.

botocore's signer logs the canonical request, string to sign and signature
at DEBUG; a filter on its logger masks those records so a debug log never
carries a signature or a session token.
"""

from __future__ import annotations

import logging
from typing import Any

import requests

from emrk.core.credentials import CredentialProvider

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
        install_signer_log_mask()

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        from botocore.auth import SigV4Auth as _BotocoreSigV4
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import ReadOnlyCredentials

        creds = self.credentials.get()
        body: Any = r.body if r.body is not None else b""
        aws = AWSRequest(method=r.method, url=r.url, headers=dict(r.headers), data=body)
        signer = _BotocoreSigV4(
            ReadOnlyCredentials(creds.access_key, creds.secret_key, creds.token),
            self.service,
            self.region,
        )
        signer.add_auth(aws)
        for name in _SIGNED_HEADERS:
            if name in aws.headers:
                r.headers[name] = aws.headers[name]
            elif name in r.headers:
                del r.headers[name]
        return r

    def __repr__(self) -> str:
        return f"SigV4Auth(service={self.service!r}, region={self.region!r})"
