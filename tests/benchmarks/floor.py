"""The transport floor: the same HTTP requests on plain ``requests``, signed once.

No SDK can send a request faster than ``requests.Session().get/post`` with
headers computed in advance, so that is what each SDK's per-call cost is
measured against: ``overhead = sdk - floor``. The parent process signs each
request once with botocore's SigV4 signer (so headers have their real size)
and hands the finished headers to the benchmark children, which never sign.
"""

from __future__ import annotations

import json
from typing import Any

from tests.benchmarks import bodies
from tests.benchmarks.sdks import FAKE_KEY_ID, FAKE_SECRET, REGION

__all__ = ["floor_requests", "listing_urls"]

_USER_AGENT = (
    "Boto3/1.44.5 md/Botocore#1.44.5 ua/2.1 os/linux lang/python#3.11.7 cfg/retry-mode#legacy"
)

# Operation -> (signing name, method, path, target header, JSON body).
_REQUESTS: dict[str, tuple[str, str, str, str | None, dict[str, str] | None]] = {
    "DescribeCluster": ("eks", "GET", f"/clusters/{bodies.CLUSTER_NAME}", None, None),
    "DescribeJobRun": (
        "emr-containers",
        "GET",
        f"/virtualclusters/{bodies.VIRTUAL_CLUSTER_ID}/jobruns/{bodies.JOB_RUN_ID}",
        None,
        None,
    ),
    "GetCluster": (
        "pcs",
        "POST",
        "/",
        bodies.PCS_TARGET,
        {"clusterIdentifier": bodies.PCS_CLUSTER_ID},
    ),
    "ListClusters": ("eks", "GET", "/clusters", None, None),
}


def _signed(
    signing_name: str, method: str, url: str, target: str | None, body: bytes
) -> dict[str, str]:
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    headers = {"User-Agent": _USER_AGENT, "amz-sdk-request": "attempt=1; max=5"}
    headers["amz-sdk-invocation-id"] = "6c3e7b7a-1f2d-4c5b-8a9e-0d1c2b3a4f5e"
    if target is not None:
        headers["X-Amz-Target"] = target
        headers["Content-Type"] = "application/x-amz-json-1.0"
    request = AWSRequest(method=method, url=url, headers=headers, data=body)
    SigV4Auth(Credentials(FAKE_KEY_ID, FAKE_SECRET), signing_name, REGION).add_auth(request)
    return {name: str(value) for name, value in request.headers.items()}


def floor_requests(base_url: str) -> dict[str, dict[str, Any]]:
    """Per operation: ``method``, ``url``, precomputed ``headers`` and ``body``."""
    out: dict[str, dict[str, Any]] = {}
    for operation, (signing_name, method, path, target, document) in _REQUESTS.items():
        body = json.dumps(document).encode() if document is not None else b""
        url = base_url + path
        out[operation] = {
            "method": method,
            "url": url,
            "headers": _signed(signing_name, method, url, target, body),
            "body": body.decode(),
        }
    return out


def listing_urls(base_url: str, total: int) -> list[str]:
    """Every ListClusters URL a full listing of ``total`` names requests, in order."""
    urls = [f"{base_url}/clusters"]
    for offset in range(bodies.PAGE_SIZE, total, bodies.PAGE_SIZE):
        urls.append(f"{base_url}/clusters?nextToken={bodies.token_for(offset)}")
    return urls
