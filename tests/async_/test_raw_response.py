"""``emrk.with_raw_response`` on async client methods, over the real aiohttp transport.

The wrapped coroutine returns the parsed model with the HTTP status, headers
and body exactly as they arrived; concurrent wrapped calls each keep their
own answer (the capture is per task); after a retry the successful answer is
the one kept; errors are raised as usual.
"""

from __future__ import annotations

import asyncio
import json

import pytest

import emrk
from emrk.eks import AsyncEKSClient, DescribeClusterResponse, ResourceNotFoundException
from tests.core._server import Seen
from tests.reliability._server import Reply

from ._helpers import AsyncSleepRecorder
from .conftest import Serve


def named(seen: Seen) -> Reply:
    name = seen.target.rsplit("/", 1)[-1]
    body = json.dumps({"cluster": {"name": name}}).encode()
    return Reply(headers={"Content-Type": "application/json", "x-amzn-RequestId": name}, body=body)


async def test_the_raw_answer_comes_with_the_model(
    asession: emrk.AsyncSession, serve: Serve
) -> None:
    server = serve(respond=named)
    async with AsyncEKSClient(session=asession, endpoint_url=server.url) as eks:
        raw = await emrk.with_raw_response(eks.describe_cluster)(name="prod")
    assert isinstance(raw.parsed, DescribeClusterResponse)
    assert raw.parsed.cluster is not None and raw.parsed.cluster.name == "prod"
    assert raw.status_code == 200
    assert raw.headers["X-AMZN-REQUESTID"] == "prod"  # looked up case-insensitively
    assert raw.body == b'{"cluster": {"name": "prod"}}'


async def test_concurrent_wrapped_calls_keep_their_own_answers(
    asession: emrk.AsyncSession, serve: Serve
) -> None:
    server = serve(respond=named)
    names = [f"c{n}" for n in range(20)]
    async with AsyncEKSClient(session=asession, endpoint_url=server.url) as eks:
        wrapped = emrk.with_raw_response(eks.describe_cluster)
        raws = await asyncio.gather(*(wrapped(name=name) for name in names))
    assert [json.loads(r.body)["cluster"]["name"] for r in raws] == names
    assert [r.headers["x-amzn-RequestId"] for r in raws] == names


async def test_after_a_retry_the_successful_answer_is_kept(
    asession: emrk.AsyncSession, asleeps: AsyncSleepRecorder, serve: Serve
) -> None:
    server = serve(Reply(status=503, body=b"busy"), Reply(body=b'{"clusters": ["a"]}'))
    async with AsyncEKSClient(session=asession, endpoint_url=server.url, sleep=asleeps) as eks:
        raw = await emrk.with_raw_response(eks.list_clusters)()
    assert (raw.status_code, raw.body) == (200, b'{"clusters": ["a"]}')
    assert raw.parsed.response_metadata is not None
    assert raw.parsed.response_metadata.retry_attempts == 1


async def test_errors_are_raised_as_usual(asession: emrk.AsyncSession, serve: Serve) -> None:
    headers = {"x-amzn-ErrorType": "ResourceNotFoundException"}
    server = serve(Reply(status=404, headers=headers, body=b'{"message": "no such cluster"}'))
    async with AsyncEKSClient(session=asession, endpoint_url=server.url) as eks:
        with pytest.raises(ResourceNotFoundException, match="no such cluster"):
            await emrk.with_raw_response(eks.describe_cluster)(name="ghost")
