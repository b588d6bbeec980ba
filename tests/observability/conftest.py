"""Fixtures: a client on a scripted transport per protocol and driver; an in-memory tracer.

``spans`` installs an OpenTelemetry SDK tracer provider with an in-memory
exporter as the *global* provider for one test, then puts back what was
there. The API allows setting the global provider once per process, so the
fixture resets the API's two module globals itself, as OpenTelemetry's own
test utilities do (``opentelemetry.test.globals_test.reset_trace_globals``);
the versions are pinned in ``constraints.txt``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.util._once import Once

import emrk
from tests.observability._scripted import (
    PROTOCOL_IDS,
    PROTOCOLS,
    Answer,
    AsyncTransport,
    Protocol,
    Script,
    SyncTransport,
    async_client,
    sync_client,
)

Make = Callable[..., tuple[Any, Script]]


@pytest.fixture(params=PROTOCOLS, ids=PROTOCOL_IDS)
def protocol(request: pytest.FixtureRequest) -> Protocol:
    """One operation per wire protocol: rest-json, awsJson 1.0, awsJson 1.1."""
    value: Protocol = request.param
    return value


@pytest.fixture(params=["sync", "async"])
def driver(request: pytest.FixtureRequest) -> str:
    """The sync or the async client."""
    value: str = request.param
    return value


@pytest.fixture
def make(protocol: Protocol, driver: str) -> Make:
    """``make(*answers, config=None)``: the client under test and its script."""

    def build(
        *answers: Answer | emrk.TransportError, config: emrk.Config | None = None, **kw: Any
    ) -> tuple[Any, Script]:
        if driver == "sync":
            script: Script = SyncTransport(*answers)
            return sync_client(protocol, script, config, **kw), script
        script = AsyncTransport(*answers)
        return async_client(protocol, script, config, **kw), script

    return build


def install_provider(provider: trace.TracerProvider | None) -> None:
    """Make ``provider`` the global tracer provider (``None``: the API's default again)."""
    trace._TRACER_PROVIDER_SET_ONCE = Once()
    trace._TRACER_PROVIDER = None
    if provider is not None:
        trace.set_tracer_provider(provider)


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    """Spans finished during the test, from a global SDK tracer provider."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    saved = (trace._TRACER_PROVIDER, trace._TRACER_PROVIDER_SET_ONCE)
    install_provider(provider)
    try:
        yield exporter
    finally:
        trace._TRACER_PROVIDER, trace._TRACER_PROVIDER_SET_ONCE = saved
        provider.shutdown()


@pytest.fixture
def untraced() -> Iterator[None]:
    """No tracer provider configured (the API imported, nothing set up)."""
    saved = (trace._TRACER_PROVIDER, trace._TRACER_PROVIDER_SET_ONCE)
    install_provider(None)
    try:
        yield
    finally:
        trace._TRACER_PROVIDER, trace._TRACER_PROVIDER_SET_ONCE = saved
