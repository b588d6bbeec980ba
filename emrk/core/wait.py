"""Waiters: poll an operation until the resource reaches a final state.

A waiter calls its operation, matches the response (or the service error)
against its acceptors in order, and either returns, fails, or sleeps
``delay`` seconds and tries again, up to ``max_attempts`` calls. This is
botocore's waiter model, typed: acceptors are plain functions of the
response model.

When the application has configured OpenTelemetry tracing, a waiter is one
span (``<Service>.wait_until_<name>``) around its polls, each of which is a
call span of its own (see :mod:`emrk.core.tracing`).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal

import attrs

from emrk.core.errors import ParamValidationError, ServiceError, WaiterError
from emrk.core.lazy import lazy_module

__all__ = [
    "Acceptor",
    "WaiterAttempt",
    "WaiterRun",
    "WaiterSpec",
    "require_response",
    "run_waiter",
    "run_waiter_async",
    "wait_for",
]

if TYPE_CHECKING:  # a default lets a bare ``WaiterAttempt`` mean ``WaiterAttempt[Any]``
    from typing_extensions import TypeVar

    from emrk.core import tracing as _tracing
    from emrk.core.tracing import WaiterTrace

    _R = TypeVar("_R", default=Any)
else:  # type checkers bundle typing_extensions' stubs; run time needs no default
    from typing import TypeVar

    _R = TypeVar("_R")
    _tracing = lazy_module("emrk.core.tracing")  # only once the application imported OpenTelemetry
State = Literal["success", "failure", "retry"]


@attrs.frozen
class Acceptor(Generic[_R]):
    """``state`` applies when ``matches(response)`` holds (or ``error`` is the code)."""

    state: State
    matches: Callable[[_R], bool] | None = None
    #: An error code (or error class name) this acceptor matches instead of a response.
    error: str | None = None
    #: Shown in the WaiterError message when a failure acceptor matches.
    reason: str = ""
    #: Builds the failure message from the response instead of ``reason``, so a
    #: WaiterError can carry the service's own explanation (a job's failure reason).
    describe: Callable[[_R], str] | None = None
    #: With ``error``: a further condition on the error itself (its message, say).
    error_matches: Callable[[ServiceError], bool] | None = None


@attrs.frozen
class WaiterSpec(Generic[_R]):
    """A waiter: its name, default pacing and acceptors."""

    name: str
    delay: float
    max_attempts: int
    acceptors: Sequence[Acceptor[_R]]


@attrs.frozen
class WaiterAttempt(Generic[_R]):
    """What a waiter saw on one attempt; passed to the ``on_attempt`` callback.

    Generic in the polled operation's response model, so a progress callback
    such as ``lambda a: print(a.response.job_run.state)`` is type-checked.
    """

    waiter: str
    attempt: int
    max_attempts: int
    #: ``success``, ``failure``, ``retry``, or ``None`` when no acceptor matched.
    state: State | None
    #: The attempt's response; ``None`` when the attempt ended in a service error.
    response: _R | None = None
    error: ServiceError | None = None


class WaiterRun(Generic[_R]):
    """One run of a waiter, without I/O: the sync and async clients drive the same logic.

    ::

        run = WaiterRun(spec, delay, max_attempts, on_attempt, service="EKS")
        try:
            while True:
                response, error = <call the operation>, or the ServiceError it raised
                pause = run.observe(response, error)   # raises WaiterError on failure
                if run.done:
                    return run.result
                <sleep pause seconds>
        except BaseException as exc:
            run.failed(exc)                            # ends the waiter's span, if tracing
            raise

    ``service`` (the service id) names the waiter's span when tracing.
    """

    def __init__(
        self,
        spec: WaiterSpec[_R],
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[_R]], object] | None = None,
        *,
        service: str | None = None,
    ) -> None:
        limit = spec.max_attempts if max_attempts is None else max_attempts
        if limit < 1:
            raise ParamValidationError("max_attempts", f"must be at least 1, got {limit}")
        self._spec = spec
        self._pause = spec.delay if delay is None else delay
        self._limit = limit
        self._on_attempt = on_attempt
        self._attempt = 0
        self._last_response: _R | None = None
        self._last_error: ServiceError | None = None
        #: True once an acceptor said success; ``result`` is then the answer.
        self.done: bool = False
        #: The response that succeeded (``None`` when success was an error).
        self.result: _R | None = None
        self._trace: WaiterTrace | None = None
        if "opentelemetry.trace" in sys.modules:
            self._trace = _tracing.start_waiter(service, spec.name, limit, self._pause)

    def observe(self, response: _R | None, error: ServiceError | None) -> float:
        """Match one poll's outcome; return the pause before the next poll.

        Sets :attr:`done` on success; raises :class:`~emrk.WaiterError` on a
        failure state, an error no acceptor expects, or the last attempt.
        """
        spec = self._spec
        self._attempt += 1
        attempt = self._attempt
        if error is None:
            self._last_response = response
        else:
            self._last_error = error
        matched = _match(spec.acceptors, response, error)
        state = matched.state if matched else None
        if self._on_attempt is not None:
            self._on_attempt(WaiterAttempt(spec.name, attempt, self._limit, state, response, error))
        if state == "success":
            self.done, self.result = True, response
            trace = self._trace
            if trace is not None:
                self._trace = None
                trace.succeeded(attempt)
            return 0.0
        if state == "failure":
            assert matched is not None
            raise self._error(_failure_reason(matched, response), attempt)
        if error is not None and matched is None:
            raise self._error(f"unexpected error {error.code}: {error.message}", attempt) from error
        if attempt >= self._limit:
            raise self._error("max attempts exceeded", attempt)
        return self._pause

    def failed(self, exc: BaseException) -> None:
        """The wait ends with ``exc``: ends its span, if tracing. Safe to call twice."""
        trace = self._trace
        if trace is not None:
            self._trace = None
            trace.failed(exc, self._attempt)

    def _error(self, reason: str, attempts: int) -> WaiterError:
        return WaiterError(
            self._spec.name,
            reason,
            attempts=attempts,
            last_response=self._last_response,
            last_error=self._last_error,
        )


def require_response(spec: WaiterSpec[_R], result: _R | None) -> _R:
    """The result of a waiter whose success always comes with a response."""
    if result is None:  # only a success-on-error acceptor gives None
        raise WaiterError(spec.name, "succeeded without a response", attempts=0)
    return result


def run_waiter(
    spec: WaiterSpec[_R],
    call: Callable[[], _R],
    *,
    delay: float | None = None,
    max_attempts: int | None = None,
    on_attempt: Callable[[WaiterAttempt[_R]], object] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    service: str | None = None,
) -> _R | None:
    """Run a waiter; return the last response (``None`` if success was an error)."""
    run = WaiterRun(spec, delay, max_attempts, on_attempt, service=service)
    try:
        while True:
            response: _R | None = None
            error: ServiceError | None = None
            try:
                response = call()
            except ServiceError as exc:
                error = exc
            pause = run.observe(response, error)
            if run.done:
                return run.result
            sleep(pause)
    except BaseException as exc:
        run.failed(exc)
        raise


async def run_waiter_async(
    spec: WaiterSpec[_R],
    call: Callable[[], Awaitable[_R]],
    *,
    delay: float | None = None,
    max_attempts: int | None = None,
    on_attempt: Callable[[WaiterAttempt[_R]], object] | None = None,
    sleep: Callable[[float], Awaitable[None]],
    service: str | None = None,
) -> _R | None:
    """:func:`run_waiter` for the async clients: awaits each poll and each pause."""
    run = WaiterRun(spec, delay, max_attempts, on_attempt, service=service)
    try:
        while True:
            response: _R | None = None
            error: ServiceError | None = None
            try:
                response = await call()
            except ServiceError as exc:
                error = exc
            pause = run.observe(response, error)
            if run.done:
                return run.result
            await sleep(pause)
    except BaseException as exc:
        run.failed(exc)
        raise


def wait_for(
    spec: WaiterSpec[_R],
    call: Callable[[], _R],
    *,
    delay: float | None = None,
    max_attempts: int | None = None,
    on_attempt: Callable[[WaiterAttempt[_R]], object] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    service: str | None = None,
) -> _R:
    """Run a waiter whose success always comes with a response, and return it."""
    result = run_waiter(
        spec,
        call,
        delay=delay,
        max_attempts=max_attempts,
        on_attempt=on_attempt,
        sleep=sleep,
        service=service,
    )
    return require_response(spec, result)


def _failure_reason(acceptor: Acceptor[_R], response: _R | None) -> str:
    if acceptor.describe is not None and response is not None:
        try:
            return acceptor.describe(response)
        except (AttributeError, TypeError, IndexError):
            pass
    return acceptor.reason or "the resource reached a failure state"


def _error_matches(acceptor: Acceptor[_R], error: ServiceError | None) -> bool:
    if error is None or acceptor.error not in (error.code, type(error).__name__):
        return False
    return acceptor.error_matches is None or acceptor.error_matches(error)


def _match(
    acceptors: Sequence[Acceptor[_R]], response: _R | None, error: ServiceError | None
) -> Acceptor[_R] | None:
    for acceptor in acceptors:
        if acceptor.error is not None:
            if _error_matches(acceptor, error):
                return acceptor
        elif response is not None and acceptor.matches is not None:
            try:
                if acceptor.matches(response):
                    return acceptor
            except (AttributeError, TypeError, IndexError):
                continue
    return None
