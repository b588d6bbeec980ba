"""emrk.with_raw_response: the parsed model plus the HTTP answer, typed."""

from __future__ import annotations

import pytest
import responses

import emrk
from emrk.core.http import HttpRequest, RawResponse
from emrk.eks import (
    AsyncEKSClient,
    DescribeClusterResponse,
    EKSClient,
    ResourceNotFoundException,
)

URL = "https://eks.us-east-1.amazonaws.com/clusters/prod"
BODY = b'{"cluster": {"name": "prod", "status": "ACTIVE"}, "extra": 1}'


@responses.activate
def test_returns_parsed_model_status_headers_and_body(session: emrk.Session) -> None:
    responses.get(URL, body=BODY, headers={"x-amzn-RequestId": "rid-1"}, status=200)
    eks = session.eks()
    raw = emrk.with_raw_response(eks.describe_cluster)(name="prod")
    assert isinstance(raw.parsed, DescribeClusterResponse)
    assert raw.parsed.cluster is not None and raw.parsed.cluster.status == "ACTIVE"
    assert raw.status_code == 200
    assert raw.headers["x-amzn-RequestId"] == "rid-1"
    assert raw.body == BODY
    assert "rid-1" not in repr(raw) and "extra" not in repr(raw)


@responses.activate
def test_errors_are_raised_as_usual(session: emrk.Session) -> None:
    responses.get(
        URL,
        json={"message": "gone"},
        status=404,
        headers={"x-amzn-ErrorType": "ResourceNotFoundException"},
    )
    with pytest.raises(ResourceNotFoundException):
        emrk.with_raw_response(session.eks().describe_cluster)(name="prod")


@responses.activate
def test_after_retries_the_successful_answer_is_kept(session: emrk.Session) -> None:
    responses.get(URL, body=b"", status=503)
    responses.get(URL, body=BODY, status=200)
    eks = EKSClient(session=session, sleep=lambda _: None)
    raw = emrk.with_raw_response(eks.describe_cluster)(name="prod")
    assert raw.status_code == 200
    assert raw.parsed.response_metadata is not None
    assert raw.parsed.response_metadata.retry_attempts == 1


def test_a_call_without_http_is_reported() -> None:
    with pytest.raises(RuntimeError):
        emrk.with_raw_response(lambda: None)()


class _AsyncAnswer:
    """An async transport giving one fixed answer."""

    async def send(self, request: HttpRequest) -> RawResponse:
        return RawResponse(200, {"x-amzn-RequestId": "rid-async"}, BODY)

    async def close(self) -> None:
        pass


async def test_an_async_method_gives_a_coroutine_of_the_raw_response(
    session: emrk.Session,
) -> None:
    eks = AsyncEKSClient(session=session, transport=_AsyncAnswer())
    raw = await emrk.with_raw_response(eks.describe_cluster)(name="prod")
    assert isinstance(raw.parsed, DescribeClusterResponse)
    assert (raw.status_code, raw.body) == (200, BODY)
    assert raw.headers["x-amzn-RequestId"] == "rid-async"
