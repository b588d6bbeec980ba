"""Presigned STS ``GetCallerIdentity`` URLs, the body of an EKS token.

The URL is signed with SigV4 *query* signing (the signature travels in the
query string) by botocore's own signer, with extra headers such as
``x-k8s-aws-id`` included in the signature. Whoever holds the URL can make
that one ``GetCallerIdentity`` call as the signer, and nothing else; the EKS
authenticator does exactly that to learn who is knocking.

Imports stay light (botocore's signer and emrk's credential check only), so
the ``python -m emrk`` token path does not pay for the HTTP stack.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from urllib.parse import urlencode

from emrk._sts.endpoints import StsEndpoint
from emrk.core.credentials import Credentials
from emrk.core.sigv4 import check_credentials

__all__ = ["presign_get_caller_identity"]

_SIGNING_NAME = "sts"
_QUERY = urlencode({"Action": "GetCallerIdentity", "Version": "2011-06-15"})


def presign_get_caller_identity(
    credentials: Credentials,
    endpoint: StsEndpoint,
    *,
    headers: Mapping[str, str],
    expires_in: int,
) -> str:
    """A ``GET`` URL for ``GetCallerIdentity`` signed by ``credentials``.

    ``headers`` are signed too: whoever replays the URL must send them with
    the same values. ``expires_in`` becomes ``X-Amz-Expires``. Credentials
    with a character no AWS credential holds raise
    :class:`~emrk.core.errors.CredentialsError` naming the credential, not
    its value, as emrk's own signer does: botocore would sign them into a
    token the cluster can only refuse.
    """
    check_credentials(credentials.access_key, credentials.secret_key, credentials.token)
    from botocore.auth import SigV4QueryAuth
    from botocore.awsrequest import AWSRequest

    _mask_signer_logs()
    request = AWSRequest(method="GET", url=f"{endpoint.url}/?{_QUERY}", headers=dict(headers))
    signer = SigV4QueryAuth(credentials, _SIGNING_NAME, endpoint.signing_region, expires=expires_in)
    signer.add_auth(request)
    url: str = request.prepare().url
    return url


def _mask_signer_logs() -> None:
    """Mask botocore's canonical-request records if they would be emitted now.

    A presigned canonical request carries the session token; the mask lives
    in :mod:`emrk.core.signing`, imported only when DEBUG logging is on so
    the common path does not load ``requests``.
    """
    if logging.getLogger("botocore.auth").isEnabledFor(logging.DEBUG):
        from emrk.core.signing import install_signer_log_mask

        install_signer_log_mask()
