"""aiohttp does not resend a request behind emrk's retry policy.

aiohttp resends an idempotent request (GET, PUT, DELETE...) once, on its own,
when the connection breaks before the answer. emrk's retry policy is the one
that decides retries and counts them (``amz-sdk-request: attempt=n``, the
retry quota), as on the sync side: so each attempt must reach the server once.
"""

from __future__ import annotations

import pytest

import emrk
from emrk.eks import AsyncEKSClient
from tests.reliability._server import Reply

from ._helpers import AsyncSleepRecorder
from .conftest import Serve


@pytest.mark.parametrize("action", ["reset", "close"])
async def test_a_broken_get_reaches_the_server_once_per_attempt(
    asession: emrk.AsyncSession, asleeps: AsyncSleepRecorder, serve: Serve, action: str
) -> None:
    server = serve(Reply(action=action))
    async with AsyncEKSClient(session=asession, endpoint_url=server.url, sleep=asleeps) as eks:
        with pytest.raises(emrk.TransportError):
            await eks.describe_cluster(name="prod")
    assert [seen.method for seen in server.requests] == ["GET"] * 3
    assert [seen.headers["amz-sdk-request"] for seen in server.requests] == [
        "attempt=1; max=3",
        "attempt=2; max=3",
        "attempt=3; max=3",
    ]
    assert len(asleeps.delays) == 2


async def test_a_delete_that_breaks_once_is_retried_by_the_policy(
    asession: emrk.AsyncSession, asleeps: AsyncSleepRecorder, serve: Serve
) -> None:
    """The retry that recovers is emrk's: counted in the response metadata, slept for."""
    ok = Reply(body=b"{}")
    server = serve(Reply(action="reset"), ok)
    async with AsyncEKSClient(session=asession, endpoint_url=server.url, sleep=asleeps) as eks:
        await eks.delete_cluster(name="prod")
    assert len(server.requests) == 2
    assert server.requests[1].headers["amz-sdk-request"] == "attempt=2; max=3"
    assert len(asleeps.delays) == 1
