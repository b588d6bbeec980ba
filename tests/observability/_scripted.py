"""Scripted transports and one operation per wire protocol, for hooks and tracing tests.

A :class:`Script` answers each request with the next queued answer (or
raises the queued :class:`~emrk.TransportError`) and keeps a copy of every
request exactly as the transport got it: signed, with the headers hooks
added. :data:`PROTOCOLS` names one operation per wire protocol (rest-json:
EKS; awsJson 1.0: PCS; awsJson 1.1: EMR) with the bodies to answer it with,
and :func:`client_for` builds its sync or async client on a script, so a
test can run the same scenario on every protocol and both drivers.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs

import emrk
from emrk.core.client import BaseClient
from emrk.core.client_base import ClientBase
from emrk.core.http import HttpRequest, RawResponse
from emrk.eks import AsyncEKSClient, EKSClient
from emrk.emr import AsyncEMRClient, EMRClient
from emrk.pcs import AsyncPCSClient, PCSClient

SESSION_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE-session-token-never-shown"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYOBSERVABILITYKEY"
RESPONSE_PASSWORD = "response-password-must-stay-out-of-spans"


@attrs.frozen
class Answer:
    """One scripted HTTP answer."""

    status: int = 200
    body: Mapping[str, Any] = attrs.field(factory=dict)
    headers: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class Sent:
    """A request as the transport got it (headers copied: later changes don't show)."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes

    @property
    def signed_headers(self) -> list[str]:
        """The ``SignedHeaders`` list of the request's SigV4 ``Authorization``."""
        auth = self.headers["Authorization"]
        return auth.split("SignedHeaders=", 1)[1].split(",", 1)[0].split(";")


class Script:
    """Queued answers, and every request received, shared by the sync and async transports."""

    def __init__(self, *answers: Answer | emrk.TransportError) -> None:
        self._answers: deque[Answer | emrk.TransportError] = deque(answers)
        self.sent: list[Sent] = []

    def add(self, *answers: Answer | emrk.TransportError) -> Script:
        """Queue more answers."""
        self._answers.extend(answers)
        return self

    def answer(self, request: HttpRequest) -> RawResponse:
        """Record ``request`` and give the next answer."""
        self.sent.append(
            Sent(request.method, request.url, dict(request.headers), bytes(request.body))
        )
        if not self._answers:
            raise AssertionError(f"nothing scripted for {request!r}")
        answer = self._answers.popleft()
        if isinstance(answer, emrk.TransportError):
            raise answer
        headers = {"x-amzn-RequestId": f"req-{len(self.sent)}", **answer.headers}
        return RawResponse(answer.status, _Headers(headers), json.dumps(answer.body).encode())

    def close(self) -> None:
        """Nothing to release."""


class SyncTransport(Script):
    """A sync client's transport."""

    def send(self, request: HttpRequest) -> RawResponse:
        """Answer from the script."""
        return self.answer(request)


class AsyncTransport(Script):
    """An async client's transport; yields to the loop once, as real I/O would."""

    async def send(self, request: HttpRequest) -> RawResponse:  # type: ignore[override]
        """Answer from the script."""
        await asyncio.sleep(0)
        return self.answer(request)

    async def close(self) -> None:  # type: ignore[override]
        """Nothing to release."""


class _Headers(dict[str, str]):
    """Response headers looked up case-insensitively, as the real transports' are."""

    def get(self, key: str, default: Any = None) -> Any:
        lowered = key.lower()
        for name, value in self.items():
            if name.lower() == lowered:
                return value
        return default


@attrs.frozen
class Protocol:
    """One operation of one service, with what to answer it with."""

    name: str
    service: str
    operation: str
    sync_client: type[BaseClient]
    async_client: type[ClientBase]
    #: Calls the operation on a client (awaitable for an async client).
    call: Callable[[Any], Any]
    ok: Mapping[str, Any]
    #: The HTTP method and the start of the URL path the operation uses.
    method: str
    path: str


PROTOCOLS = [
    Protocol(
        "rest-json",
        "EKS",
        "DescribeCluster",
        EKSClient,
        AsyncEKSClient,
        lambda client: client.describe_cluster(name="prod"),
        {"cluster": {"name": "prod", "status": "ACTIVE"}},
        "GET",
        "/clusters/prod",
    ),
    Protocol(
        "awsJson1.0",
        "PCS",
        "GetCluster",
        PCSClient,
        AsyncPCSClient,
        lambda client: client.get_cluster(cluster_identifier="pcs_4ak2ewq1bx"),
        {"cluster": {"name": "genomics", "id": "pcs_4ak2ewq1bx", "status": "ACTIVE"}},
        "POST",
        "/",
    ),
    Protocol(
        "awsJson1.1",
        "EMR",
        "GetClusterSessionCredentials",
        EMRClient,
        AsyncEMRClient,
        lambda client: client.get_cluster_session_credentials(
            cluster_id="j-2AXXXXXXGAPLF",
            execution_role_arn="arn:aws:iam::111122223333:role/emr-runtime",
        ),
        {
            "Credentials": {
                "UsernamePassword": {"Username": "hadoop", "Password": RESPONSE_PASSWORD}
            },
            "ExpiresAt": 1767225600,
        },
        "POST",
        "/",
    ),
]
PROTOCOL_IDS = [p.name for p in PROTOCOLS]


def throttled(message: str = "Rate exceeded") -> Answer:
    """A retryable (throttling) error answer."""
    return Answer(400, {"__type": "ThrottlingException", "message": message})


def not_found(message: str = "No such resource") -> Answer:
    """A final error answer."""
    return Answer(404, {"__type": "ResourceNotFoundException", "message": message})


def session() -> emrk.Session:
    """Temporary credentials (a session token) whose secrets tests look for in spans."""
    return emrk.Session(
        aws_access_key_id="ASIAOBSERVABILITYTEST",
        aws_secret_access_key=SECRET_KEY,
        aws_session_token=SESSION_TOKEN,
        region_name="us-west-2",
    )


def no_sleep(_: float) -> None:
    """Retries and waiters wait with this in tests: no time passes."""


async def no_async_sleep(_: float) -> None:
    """The async clients' no-wait sleep (still yields to the loop)."""
    await asyncio.sleep(0)


def sync_client(
    protocol: Protocol, script: Script, config: emrk.Config | None = None, **kwargs: Any
) -> Any:
    """``protocol``'s sync client, answering from ``script``."""
    return protocol.sync_client(
        session=session(), transport=script, config=config, sleep=no_sleep, **kwargs
    )


def async_client(
    protocol: Protocol, script: Script, config: emrk.Config | None = None, **kwargs: Any
) -> Any:
    """``protocol``'s async client, answering from ``script``."""
    return protocol.async_client(  # type: ignore[call-arg]
        session=session(), transport=script, config=config, sleep=no_async_sleep, **kwargs
    )


async def run(value: Any) -> Any:
    """Await ``value`` if it is awaitable: one test body drives both clients."""
    if isinstance(value, Awaitable):
        return await value
    return value
