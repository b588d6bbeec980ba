"""User-style event hooks; checked by mypy and pyright, never run."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

from typing_extensions import assert_type

import emrk
from emrk.core.http import RequestContext

log = logging.getLogger("app")


def add_header(operation: str, request: emrk.HttpRequest) -> None:
    assert_type(request.headers, dict[str, str])
    assert_type(request.context, RequestContext | None)
    request.headers["x-team"] = "data"


def log_timing(operation: str, info: emrk.ResponseInfo) -> None:
    assert_type(info.status_code, int)
    assert_type(info.request_id, str | None)
    assert_type(info.elapsed_seconds, float)
    assert_type(info.headers, Mapping[str, str])
    log.info("%s attempt %d took %.3f s", operation, info.attempt, info.elapsed_seconds)


async def fetch_tag(operation: str, request: emrk.HttpRequest) -> None:
    await asyncio.sleep(0)
    request.headers["x-tag"] = operation


class Counter:
    """A callable object is a hook too."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, operation: str, info: emrk.ResponseInfo) -> None:
        self.count += 1


inline = emrk.Config(event_hooks={"request": [add_header], "response": [log_timing, Counter()]})
async_hooks = emrk.Config(event_hooks={"request": [fetch_tag, add_header]})
lambdas = emrk.Config(event_hooks={"request": [lambda op, req: None]})

built: emrk.EventHooks = {"response": [log_timing]}
from_variable = emrk.Config(event_hooks=built)

hook: emrk.RequestHook = add_header
other: emrk.ResponseHook = log_timing

# A misspelt event, and a hook under the wrong event, are type errors.
misspelt = emrk.Config(event_hooks={"requests": [add_header]})  # type: ignore[arg-type]
swapped = emrk.Config(event_hooks={"request": [log_timing]})  # type: ignore[arg-type]
