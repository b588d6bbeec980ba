"""Shared pieces of the async client tests: transports that record, sleeps that do not wait.

* :class:`CapturingTransport` and :class:`AsyncCapturingTransport`: the same
  recorder behind the sync and the async transport seam. Each records a
  copy of every :class:`~emrk.core.http.HttpRequest` it is given (as signed,
  the moment it is sent) and answers with the next queued
  :class:`~emrk.core.http.RawResponse` (an empty JSON 200 when the queue is
  empty), so both clients can be fed byte-identical answers.
* :class:`AsyncSleepRecorder`: an async ``sleep=`` that records the delay and
  only yields to the event loop, so retries and waiters never wait.
* :func:`async_client_class`: the async twin of a sync client class.
"""

from __future__ import annotations

import asyncio
import importlib
from collections import deque
from collections.abc import Iterable
from typing import Any

from requests.structures import CaseInsensitiveDict

from emrk.core.http import HttpRequest, RawResponse

REQUEST_ID = "11111111-2222-3333-4444-555555555555"


def ok(body: bytes = b"{}", status: int = 200, **headers: str) -> RawResponse:
    """A canned answer with a request id (and any extra headers)."""
    return RawResponse(
        status, CaseInsensitiveDict({"x-amzn-RequestId": REQUEST_ID, **headers}), body
    )


def snapshot(request: HttpRequest) -> HttpRequest:
    """A copy that later changes to the request (a retry's headers) cannot touch."""
    return HttpRequest(
        request.method, request.url, dict(request.headers), bytes(request.body), request.context
    )


class _Recorder:
    def __init__(self, answers: Iterable[RawResponse] = ()) -> None:
        self.requests: list[HttpRequest] = []
        self.answers: deque[RawResponse] = deque(answers)
        self.closed = 0

    def queue(self, *answers: RawResponse) -> None:
        self.answers.extend(answers)

    def _take(self, request: HttpRequest) -> RawResponse:
        self.requests.append(snapshot(request))
        return self.answers.popleft() if self.answers else ok()


class CapturingTransport(_Recorder):
    """A sync transport that records each request and answers from a queue."""

    def send(self, request: HttpRequest) -> RawResponse:
        return self._take(request)

    def close(self) -> None:
        self.closed += 1


class AsyncCapturingTransport(_Recorder):
    """The async twin of :class:`CapturingTransport` (it yields to the loop once per send)."""

    async def send(self, request: HttpRequest) -> RawResponse:
        await asyncio.sleep(0)
        return self._take(request)

    async def close(self) -> None:
        self.closed += 1


class SleepRecorder:
    """A sync ``sleep=`` that records and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


class AsyncSleepRecorder:
    """An async ``sleep=`` that records the delay and only yields to the loop."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        await asyncio.sleep(0)


def async_client_for(package: str) -> Any:
    """The async client class a service package exports (``emrk.eks`` -> ``AsyncEKSClient``)."""
    module = importlib.import_module(f"emrk.{package}")
    (name,) = [n for n in module.__all__ if n.startswith("Async") and n.endswith("Client")]
    return getattr(module, name)


def async_client_class(sync_class: type) -> Any:
    """``emrk.eks.AsyncEKSClient`` for ``emrk.eks.EKSClient``, and so on."""
    package = importlib.import_module(sync_class.__module__.rsplit(".", 1)[0])
    return getattr(package, "Async" + sync_class.__name__)
