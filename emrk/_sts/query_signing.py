"""SigV4 query signing (presigned URLs) with the standard library alone.

An EKS token is a presigned STS URL, and ``python -m emrk eks get-token``
runs for every kubectl command that needs a fresh token: loading botocore's
signer (and with it botocore, urllib3 and the email parser) would cost
several times more than the signing itself. This module computes exactly
what ``botocore.auth.SigV4QueryAuth`` computes for a ``GET`` without a body:

* the query string is the operation's parameters, then ``X-Amz-Algorithm``,
  ``X-Amz-Credential``, ``X-Amz-Date``, ``X-Amz-Expires``,
  ``X-Amz-SignedHeaders`` and, with temporary keys, ``X-Amz-Security-Token``,
  each percent-encoded with only ``A-Z a-z 0-9 - . _ ~`` left as they are;
* the canonical request sorts those pairs, signs ``host`` and the given
  headers (names lowercased, values with their whitespace folded) and the
  SHA-256 of the empty body;
* ``X-Amz-Signature`` goes last.

``tests/k8s/test_query_signing.py`` compares it with botocore's signer over
many inputs. Nothing here logs, so no debug log can carry a signature or a
session token.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
from collections.abc import Mapping, Sequence

from emrk.core.sigv4 import signing_key

__all__ = ["presign_get_url"]

_ALGORITHM = "AWS4-HMAC-SHA256"
_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def presign_get_url(
    endpoint_url: str,
    params: Sequence[tuple[str, str]],
    *,
    headers: Mapping[str, str],
    access_key: str,
    secret_key: str,
    token: str | None,
    region: str,
    service: str,
    expires_in: int,
    now: datetime.datetime,
) -> str:
    """A presigned ``GET <endpoint_url>/?<params>`` URL, as botocore's query signer makes it.

    ``endpoint_url`` is ``scheme://host[:port]`` without a path; ``headers``
    must be sent with the URL by whoever uses it (they are signed); ``now``
    (UTC) becomes ``X-Amz-Date``.
    """
    timestamp = now.strftime("%Y%m%dT%H%M%SZ")
    date = timestamp[:8]
    scope = f"{date}/{region}/{service}/aws4_request"
    signed_values: dict[str, list[str]] = {}
    for name, value in headers.items():
        signed_values.setdefault(name.lower(), []).append(" ".join(value.split()))
    if "host" not in signed_values:
        signed_values["host"] = [_host(endpoint_url)]
    names = sorted(signed_values)
    signed_headers = ";".join(names)
    auth = [
        ("X-Amz-Algorithm", _ALGORITHM),
        ("X-Amz-Credential", f"{access_key}/{scope}"),
        ("X-Amz-Date", timestamp),
        ("X-Amz-Expires", str(expires_in)),
        ("X-Amz-SignedHeaders", signed_headers),
    ]
    if token is not None:
        auth.append(("X-Amz-Security-Token", token))
    pairs = [(_quote(k), _quote(v)) for k, v in (*params, *auth)]
    query = "&".join(f"{k}={v}" for k, v in pairs)
    canonical_request = "\n".join(
        (
            "GET",
            "/",
            "&".join(f"{k}={v}" for k, v in sorted(pairs)),
            "".join(f"{n}:{','.join(signed_values[n])}\n" for n in names),
            signed_headers,
            _EMPTY_SHA256,
        )
    )
    string_to_sign = "\n".join(
        (_ALGORITHM, timestamp, scope, hashlib.sha256(canonical_request.encode()).hexdigest())
    )
    key = signing_key(secret_key, date, region, service)
    signature = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    return f"{endpoint_url}/?{query}&X-Amz-Signature={signature}"


def _quote(text: str) -> str:
    """``urllib.parse.quote(text, safe="-_.~")`` without importing ``urllib.parse``."""
    return "".join(chr(b) if b in _UNRESERVED else f"%{b:02X}" for b in text.encode("utf-8"))


def _host(endpoint_url: str) -> str:
    """The ``host`` header botocore signs: the hostname, with the port unless the default."""
    scheme, _, rest = endpoint_url.partition("://")
    netloc = rest.split("/", 1)[0].rpartition("@")[2].lower()
    if netloc.startswith("["):  # an IPv6 literal keeps its brackets
        host, _, tail = netloc.partition("]")
        host += "]"
        port = tail[1:] if tail.startswith(":") else ""
    else:
        host, _, port = netloc.partition(":")
    if port.isdigit() and int(port) != _DEFAULT_PORTS.get(scheme.lower()):
        return f"{host}:{int(port)}"
    return host
