"""What the EKS side does with a token, rewritten in Python for the tests.

``check_token`` applies the rules of aws-iam-authenticator's token verifier
(``pkg/token/token.go``) before it would replay the URL against STS: size,
prefix, unpadded base64url, https, an STS host of the cluster's partition,
path ``/``, only allowlisted query parameters each given once,
``Action=GetCallerIdentity``, ``x-k8s-aws-id`` among the signed headers,
``0 <= X-Amz-Expires <= 900`` and an ``X-Amz-Date`` less than 15 minutes old.

``sigv4_signature`` recomputes the signature from the URL alone, from the
SigV4 specification with nothing but ``hashlib``/``hmac``: the part of the
check STS itself does when the authenticator replays the URL.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import re
from urllib.parse import parse_qsl, quote, urlsplit

from emrk.core.endpoints import partition_for_region

PREFIX = "k8s-aws-v1."
MAX_TOKEN_BYTES = 4096
ALLOWED_PARAMS = {
    "action",
    "version",
    "x-amz-algorithm",
    "x-amz-credential",
    "x-amz-date",
    "x-amz-expires",
    "x-amz-security-token",
    "x-amz-signature",
    "x-amz-signedheaders",
}
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


class TokenRejected(Exception):
    """The authenticator would refuse this token."""


def decode(token: str) -> str:
    """The presigned URL inside a token (refusing padding, as Go's RawURLEncoding)."""
    if not token.startswith(PREFIX):
        raise TokenRejected("missing k8s-aws-v1. prefix")
    body = token[len(PREFIX) :]
    if "=" in body or not re.fullmatch(r"[A-Za-z0-9_-]*", body):
        raise TokenRejected("not unpadded base64url")
    return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode()


def allowed_hosts(region: str) -> set[str]:
    """STS hosts the authenticator of a cluster in ``region`` accepts."""
    partition = partition_for_region(region)
    regions = {r for r in partition.regions if not r.endswith("-global")} | {region}
    hosts = set()
    for r in regions:
        for suffix in (partition.dns_suffix, partition.dual_stack_dns_suffix):
            hosts.add(f"sts.{r}.{suffix}")
            hosts.add(f"sts-fips.{r}.{suffix}")
    if partition.name == "aws":
        hosts.add("sts.amazonaws.com")
    return hosts


def check_token(
    token: str, *, cluster_region: str, now: datetime.datetime | None = None
) -> dict[str, str]:
    """Apply the authenticator's checks; returns the query parameters (lower-cased keys)."""
    if len(token) > MAX_TOKEN_BYTES:
        raise TokenRejected("token too large")
    url = urlsplit(decode(token))
    if url.scheme != "https":
        raise TokenRejected(f"scheme {url.scheme}")
    if url.netloc not in allowed_hosts(cluster_region):
        raise TokenRejected(f"host {url.netloc}")
    if url.path != "/":
        raise TokenRejected(f"path {url.path}")
    params: dict[str, str] = {}
    for key, value in parse_qsl(url.query, keep_blank_values=True):
        if key.lower() not in ALLOWED_PARAMS:
            raise TokenRejected(f"parameter {key}")
        if key.lower() in params:
            raise TokenRejected(f"parameter {key} given twice")
        params[key.lower()] = value
    if params.get("action") != "GetCallerIdentity":
        raise TokenRejected("action")
    signed = params.get("x-amz-signedheaders", "").lower().split(";")
    if "x-k8s-aws-id" not in signed:
        raise TokenRejected("x-k8s-aws-id not signed")
    expires = int(params.get("x-amz-expires", "-1"))
    if not 0 <= expires <= 900:
        raise TokenRejected(f"X-Amz-Expires {expires}")
    date = datetime.datetime.strptime(params["x-amz-date"], "%Y%m%dT%H%M%SZ").replace(
        tzinfo=datetime.timezone.utc
    )
    now = now or datetime.datetime.now(datetime.timezone.utc)
    if now > date + datetime.timedelta(minutes=15):
        raise TokenRejected("expired")
    return params


def sigv4_signature(url: str, headers: dict[str, str], secret_key: str) -> str:
    """The SigV4 query signature of ``url`` sent with ``headers``, from the spec."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    params = dict(query)
    signed_names = params["X-Amz-SignedHeaders"].split(";")
    all_headers = {"host": parts.netloc, **{k.lower(): v for k, v in headers.items()}}
    canonical_query = "&".join(
        f"{_enc(k)}={_enc(v)}" for k, v in sorted(query) if k != "X-Amz-Signature"
    )
    canonical_headers = "".join(f"{n}:{all_headers[n].strip()}\n" for n in signed_names)
    canonical_request = "\n".join(
        [
            "GET",
            parts.path or "/",
            canonical_query,
            canonical_headers,
            ";".join(signed_names),
            EMPTY_SHA256,
        ]
    )
    _key_id, day, region, service, terminator = params["X-Amz-Credential"].split("/")
    scope = f"{day}/{region}/{service}/{terminator}"
    string_to_sign = "\n".join(
        [
            "AWS4-HMAC-SHA256",
            params["X-Amz-Date"],
            scope,
            hashlib.sha256(canonical_request.encode()).hexdigest(),
        ]
    )
    key = ("AWS4" + secret_key).encode()
    for part in (day, region, service, terminator):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()


def _enc(value: str) -> str:
    return quote(value, safe="-_.~")
