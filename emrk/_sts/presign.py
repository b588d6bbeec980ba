"""Presigned STS ``GetCallerIdentity`` URLs, the body of an EKS token.

The URL is signed with SigV4 *query* signing (the signature travels in the
query string), with extra headers such as ``x-k8s-aws-id`` included in the
signature. Whoever holds the URL can make that one ``GetCallerIdentity``
call as the signer, and nothing else; the EKS authenticator does exactly that
to learn who is knocking.

The signer is :mod:`emrk._sts.query_signing`, which computes what botocore's
``SigV4QueryAuth`` computes with the standard library alone, so the
``python -m emrk`` token path loads neither botocore nor the HTTP stack.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from emrk._sts.endpoints import StsEndpoint
from emrk._sts.query_signing import presign_get_url
from emrk.core.credentials import Credentials
from emrk.core.sigv4 import check_credentials

__all__ = ["presign_get_caller_identity"]

_SIGNING_NAME = "sts"
_PARAMS = (("Action", "GetCallerIdentity"), ("Version", "2011-06-15"))


def presign_get_caller_identity(
    credentials: Credentials,
    endpoint: StsEndpoint,
    *,
    headers: Mapping[str, str],
    expires_in: int,
    now: datetime.datetime | None = None,
) -> str:
    """A ``GET`` URL for ``GetCallerIdentity`` signed by ``credentials``.

    ``headers`` are signed too: whoever replays the URL must send them with
    the same values. ``expires_in`` becomes ``X-Amz-Expires``; ``now`` (UTC,
    default the current time) becomes ``X-Amz-Date``. Credentials with a
    character no AWS credential holds raise
    :class:`~emrk.core.errors.CredentialsError` naming the credential, not its
    value, as emrk's request signer does.
    """
    check_credentials(credentials.access_key, credentials.secret_key, credentials.token)
    moment = now if now is not None else datetime.datetime.now(datetime.timezone.utc)
    return presign_get_url(
        endpoint.url,
        _PARAMS,
        headers=headers,
        access_key=credentials.access_key,
        secret_key=credentials.secret_key,
        token=credentials.token,
        region=endpoint.signing_region,
        service=_SIGNING_NAME,
        expires_in=expires_in,
        now=moment,
    )
