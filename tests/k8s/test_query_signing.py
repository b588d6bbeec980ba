"""emrk's stdlib query signer makes the very URL botocore's ``SigV4QueryAuth`` makes.

``python -m emrk eks get-token`` presigns without botocore; these tests sign
the same requests with both and compare the URLs character for character:
fixed cases for the shapes that matter (temporary keys, odd header values,
ports, IPv6, non-ASCII), then random ones.
"""

from __future__ import annotations

import datetime

import pytest
from botocore.auth import SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials as BotocoreCredentials
from hypothesis import given
from hypothesis import strategies as st

from emrk._sts.query_signing import presign_get_url

NOW = datetime.datetime(2025, 3, 14, 9, 26, 53, tzinfo=datetime.timezone.utc)
PARAMS = (("Action", "GetCallerIdentity"), ("Version", "2011-06-15"))


def _botocore_url(
    endpoint_url: str,
    params: tuple[tuple[str, str], ...],
    headers: dict[str, str],
    key: str,
    secret: str,
    token: str | None,
    region: str,
    expires: int,
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    naive = NOW.replace(tzinfo=None)
    monkeypatch.setattr("botocore.auth.get_current_datetime", lambda *a, **k: naive)
    query = "&".join(f"{k}={v}" for k, v in params)
    request = AWSRequest(method="GET", url=f"{endpoint_url}/?{query}", headers=dict(headers))
    creds = BotocoreCredentials(key, secret, token)
    SigV4QueryAuth(creds, "sts", region, expires=expires).add_auth(request)
    url: str = request.prepare().url
    return url


def _emrk_url(
    endpoint_url: str,
    params: tuple[tuple[str, str], ...],
    headers: dict[str, str],
    key: str,
    secret: str,
    token: str | None,
    region: str,
    expires: int,
) -> str:
    return presign_get_url(
        endpoint_url,
        params,
        headers=headers,
        access_key=key,
        secret_key=secret,
        token=token,
        region=region,
        service="sts",
        expires_in=expires,
        now=NOW,
    )


CASES = {
    "long-term keys": ("https://sts.us-east-1.amazonaws.com", {"x-k8s-aws-id": "prod"}, None),
    "temporary keys": (
        "https://sts.eu-west-1.amazonaws.com",
        {"x-k8s-aws-id": "prod"},
        "IQoJb3JpZ2luX2VjEXAMPLE+/token==",
    ),
    "china": ("https://sts.cn-north-1.amazonaws.com.cn", {"x-k8s-aws-id": "c"}, None),
    "dual-stack": ("https://sts.us-east-1.api.aws", {"x-k8s-aws-id": "c"}, None),
    "header value with runs of spaces": (
        "https://sts.us-east-1.amazonaws.com",
        {"x-k8s-aws-id": "  my   cluster  "},
        None,
    ),
    "header name in capitals": (
        "https://sts.us-east-1.amazonaws.com",
        {"X-K8S-AWS-ID": "prod"},
        None,
    ),
    "several headers": (
        "https://sts.us-east-1.amazonaws.com",
        {"x-k8s-aws-id": "prod", "x-amz-meta-b": "2", "a-first": "1"},
        None,
    ),
    "non-ASCII header value": (
        "https://sts.us-east-1.amazonaws.com",
        {"x-k8s-aws-id": "clüster-é"},
        None,
    ),
    "an explicit port": ("https://sts.us-east-1.amazonaws.com:8443", {"x-k8s-aws-id": "p"}, None),
    "the default port": ("https://sts.us-east-1.amazonaws.com:443", {"x-k8s-aws-id": "p"}, None),
    "plain http": ("http://localhost:4566", {"x-k8s-aws-id": "p"}, "t"),
    "an IPv6 literal": ("https://[::1]:8443", {"x-k8s-aws-id": "p"}, None),
    "an upper-case host": ("https://STS.US-EAST-1.AMAZONAWS.COM", {"x-k8s-aws-id": "p"}, None),
    "an empty token": ("https://sts.us-east-1.amazonaws.com", {"x-k8s-aws-id": "p"}, ""),
}


@pytest.mark.parametrize("name", list(CASES))
def test_same_url_as_botocore(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    endpoint, headers, token = CASES[name]
    args = (endpoint, PARAMS, headers, "AKIDEXAMPLE", "wJalr/K7MDENG+bPxRfiCY=", token)
    expected = _botocore_url(*args, "us-east-1", 60, monkeypatch)
    assert _emrk_url(*args, "us-east-1", 60) == expected


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)


@given(
    cluster=_text.filter(lambda s: s.strip() != ""),
    key=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=16, max_size=20),
    secret=_text.filter(bool),
    token=st.none() | _text,
    region=st.sampled_from(["us-east-1", "ap-southeast-7", "us-gov-west-1", "cn-north-1"]),
    expires=st.integers(1, 900),
)
def test_same_url_as_botocore_for_random_inputs(
    cluster: str, key: str, secret: str, token: str | None, region: str, expires: int
) -> None:
    endpoint = f"https://sts.{region}.amazonaws.com"
    args = (endpoint, PARAMS, {"x-k8s-aws-id": cluster}, key, secret, token)
    with pytest.MonkeyPatch.context() as patch:
        expected = _botocore_url(*args, region, expires, patch)
    assert _emrk_url(*args, region, expires) == expected
