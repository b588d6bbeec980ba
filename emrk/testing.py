"""Test helpers for code that uses emrk: a typed stubber for any client.

:class:`Stubber` is the typed counterpart of botocore's ``Stubber``. You queue
the answers a test needs as models (or as the service's own exception
classes), then run the code under test against the real client:

```python
from emrk.testing import ANY, Stubber

with Stubber(eks) as stub:
    stub.add_response(
        "describe_cluster",
        DescribeClusterResponse(cluster=Cluster(name="prod", status=ClusterStatus.ACTIVE)),
        expected_params={"name": "prod"},
    )
    stub.add_client_error("delete_cluster", ResourceInUseException("busy"))
    code_under_test(eks)
    stub.assert_no_pending_responses()
```

It works the same with the async clients (``emrk.eks.AsyncEKSClient``...):
the stubbed calls are then awaited as usual.

While active, the Stubber is the client's transport: each request the client
signs and sends is answered with the next queued answer, encoded with the
service protocol's real codec, so the client's real validation, parsing,
error mapping, pagination and waiter logic all run. Nothing reaches the
network, and nothing else is patched.
"""

from __future__ import annotations

import difflib
import importlib
import json
import threading
import weakref
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final

import attrs

from emrk.core.client_base import ClientBase
from emrk.core.errors import ParamValidationError, ServiceError
from emrk.core.http import HttpRequest, RawResponse
from emrk.core.model import Response, plan_of
from emrk.core.operation import Operation, ServiceSpec
from emrk.core.protocols import AwsJsonProtocol, RestJsonProtocol
from emrk.core.retries import make_policy
from emrk.core.validation import validate

__all__ = ["ANY", "StubAssertionError", "StubbedCall", "Stubber"]

_OPERATIONS: dict[type, dict[str, Operation[Any, Any]]] = {}
#: Clients with an active Stubber; a second one on the same client is refused.
_ACTIVE: weakref.WeakSet[ClientBase] = weakref.WeakSet()


class StubAssertionError(AssertionError):
    """The code under test did not call the client the way the test expected.

    Raised at the offending call (wrong operation, differing parameters, no
    answer left) and by :meth:`Stubber.assert_no_pending_responses`. It is an
    ``AssertionError`` so pytest reports it as a test failure, and it is not
    an :class:`~emrk.EmrkError`, so code that handles emrk's errors does not
    swallow it by accident.
    """


class _AnyValue:
    """Equal to everything; see :data:`ANY`."""

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return False

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return "ANY"


#: Wildcard for ``expected_params``: the parameter must be set, to any value.
#: Also works inside lists and dicts, e.g. ``{"tags": {"team": ANY}}``.
ANY: Final[Any] = _AnyValue()


@attrs.frozen
class StubbedCall:
    """One call the stubbed client received, in the order received."""

    #: The client method that was called, e.g. ``describe_cluster``.
    method: str
    #: The request model, with idempotency tokens already filled in.
    request: Any


@attrs.frozen
class _Expected:
    """One queued answer: the call it is for and the HTTP reply to give."""

    method: str
    operation: Operation[Any, Any]
    expected_params: Mapping[str, object] | None
    status: int
    headers: dict[str, str]
    body: bytes


class _StubTransport:
    """A sync client's transport while stubbed: answers from the Stubber's queue."""

    def __init__(self, stubber: Stubber) -> None:
        self._stubber = stubber

    def send(self, request: HttpRequest) -> RawResponse:
        return self._stubber._answer(request)

    def close(self) -> None:
        """Nothing to release."""


class _AsyncStubTransport:
    """An async client's transport while stubbed: answers from the Stubber's queue."""

    def __init__(self, stubber: Stubber) -> None:
        self._stubber = stubber

    async def send(self, request: HttpRequest) -> RawResponse:
        return self._stubber._answer(request)

    async def close(self) -> None:
        """Nothing to release."""


class Stubber:
    """Queue typed answers for a client and check how the code under test calls it.

    Use it as a context manager (or call :meth:`activate` and
    :meth:`deactivate`). While active, every operation the client runs takes
    the next queued answer, in order; the call must be for the queued
    operation and, when ``expected_params`` was given, with exactly those
    parameters. Paginators and waiters call operations too: queue one answer
    per page or per attempt.

    Like botocore's ``Stubber``, a stubbed answer reaches the code under test
    on the first attempt: the client does not retry stubbed errors. To test
    retry behaviour itself, give the client a ``transport=`` of your own (or
    use ``responses`` with a sync client).

    A stubbed response must be valid for its model, as botocore's Stubber
    checks: a member longer than its maximum, or a required one left out,
    raises :class:`~emrk.ParamValidationError` from :meth:`add_response`.
    """

    def __init__(self, client: ClientBase) -> None:
        self._client = client
        self._operations = _operations_of(client)
        self._methods = {op.name: method for method, op in self._operations.items()}
        self._queue: deque[_Expected] = deque()
        self._calls: list[StubbedCall] = []
        self._lock = threading.Lock()
        self._saved: tuple[Any, Any] | None = None
        self._active = False
        self._queued = 0

    def __enter__(self) -> Stubber:
        self.activate()
        return self

    def __exit__(self, *exc: object) -> None:
        self.deactivate()

    @property
    def calls(self) -> tuple[StubbedCall, ...]:
        """Every call the client received while stubbed, with its request model."""
        return tuple(self._calls)

    def activate(self) -> None:
        """Start answering the client's calls from the queue.

        Raises ``RuntimeError`` if another Stubber is already active on the
        same client: two queues for one client would make the order of
        answers ambiguous.
        """
        if self._active:
            return
        client = self._client
        if client in _ACTIVE:
            raise RuntimeError(f"a Stubber is already active on this {type(client).__name__}")
        stub = _AsyncStubTransport(self) if _is_async(client) else _StubTransport(self)
        self._saved = client._swap_transport(stub, make_policy("standard", 1))
        _ACTIVE.add(client)
        self._active = True

    def deactivate(self) -> None:
        """Give the client back its real transport and retry policy."""
        if not self._active or self._saved is None:
            return
        client = self._client
        client._swap_transport(*self._saved)
        self._saved = None
        _ACTIVE.discard(client)
        self._active = False

    def add_response(
        self,
        method: str,
        response: Response,
        expected_params: Mapping[str, object] | None = None,
        *,
        http_status_code: int = 200,
    ) -> None:
        """Queue a successful answer for the next call of ``method``.

        ``response`` must be the operation's ``<Operation>Response`` model.
        ``expected_params`` maps the method's argument names to the values the
        call must use (:data:`ANY` accepts any value); arguments left out of
        it must be left unset by the caller, except idempotency tokens, which
        the client fills in. ``None`` skips the check.
        """
        op = self._operation(method)
        if type(response) is not op.output:
            raise TypeError(
                f"{method} answers with {op.output.__name__}, "
                f"got {type(response).__name__}: pass a {op.output.__name__}"
            )
        _check_response(method, response)
        self._check_param_names(method, op, expected_params)
        body = json.dumps(self._service.protocol.codec.unstructure(response))
        headers = {"Content-Type": _content_type(self._service)}
        self._enqueue(method, op, expected_params, http_status_code, headers, body)

    def add_client_error(
        self,
        method: str,
        error: ServiceError,
        expected_params: Mapping[str, object] | None = None,
        *,
        http_status_code: int | None = None,
    ) -> None:
        """Queue a service error for the next call of ``method``.

        ``error`` is an instance of the client's own exception classes, such
        as ``emrk.eks.ResourceNotFoundException("no such cluster",
        cluster_name="prod")``; the call raises the same class with the same
        message and members, as parsed from the real wire format. An instance
        of the service's base class (``EKSError("...", code="NewCode")``)
        stands for an error code this client does not model.

        The HTTP status is ``http_status_code`` when given, else the error's
        own ``status_code``, else its class's ``http_status``, else 400.
        """
        op = self._operation(method)
        self._check_error(error)
        self._check_param_names(method, op, expected_params)
        status = _error_status(error, http_status_code)
        headers, body = _error_wire(self._service, error)
        self._enqueue(method, op, expected_params, status, headers, body)

    def assert_no_pending_responses(self) -> None:
        """Fail if a queued answer was never used by the code under test."""
        with self._lock:
            pending = [e.method for e in self._queue]
        if pending:
            raise StubAssertionError(
                f"{len(pending)} stubbed answer(s) never used, next in order: {', '.join(pending)}"
            )

    @property
    def _service(self) -> ServiceSpec:
        return self._client._SERVICE

    def _operation(self, method: str) -> Operation[Any, Any]:
        op = self._operations.get(method)
        if op is not None:
            return op
        raise ValueError(
            _unknown_method_message(type(self._client).__name__, method, self._operations)
        )

    def _check_param_names(
        self, method: str, op: Operation[Any, Any], expected: Mapping[str, object] | None
    ) -> None:
        if expected is None:
            return
        names = [f.name for f in plan_of(op.input).fields]
        for key in expected:
            if key not in names:
                hint = difflib.get_close_matches(key, names, n=1)
                suggestion = f"; did you mean {hint[0]!r}?" if hint else ""
                raise ValueError(f"{method} takes no parameter {key!r}{suggestion}")

    def _check_error(self, error: ServiceError) -> None:
        service = self._service
        if not isinstance(error, service.base_error):
            raise TypeError(
                f"{type(self._client).__name__} raises {service.base_error.__name__} subclasses, "
                f"got {type(error).__module__}.{type(error).__name__}"
            )
        parsed_as = service.errors.get(error.code, service.base_error)
        if parsed_as is not type(error):
            raise ValueError(
                f"error code {error.code!r} comes back as {parsed_as.__name__}, "
                f"not {type(error).__name__}: use that class or leave code= unset"
            )

    def _enqueue(
        self,
        method: str,
        op: Operation[Any, Any],
        expected_params: Mapping[str, object] | None,
        status: int,
        headers: dict[str, str],
        body: str,
    ) -> None:
        with self._lock:
            self._queued += 1
            headers = {"x-amzn-RequestId": f"emrk-stub-{self._queued:06d}", **headers}
            params = dict(expected_params) if expected_params is not None else None
            self._queue.append(_Expected(method, op, params, status, headers, body.encode("utf-8")))

    def _answer(self, request: HttpRequest) -> RawResponse:
        """The stubbed transport's ``send``: check the call, then give its queued answer."""
        context = request.context
        if context is None:
            raise StubAssertionError(
                f"the stubbed {type(self._client).__name__} sent a request "
                "outside an operation call"
            )
        method = self._methods.get(context.operation, context.operation)
        with self._lock:
            self._calls.append(StubbedCall(method, context.input))
            expected = self._take(method, context.operation, context.input)
        return RawResponse(expected.status, _Headers(expected.headers), expected.body)

    def _take(self, method: str, operation: str, request: Any) -> _Expected:
        if not self._queue:
            raise StubAssertionError(
                f"unexpected call to {method}: no stubbed answers left (request {request!r})"
            )
        expected = self._queue[0]
        if expected.operation.name != operation:
            raise StubAssertionError(
                f"unexpected call to {method}: the next stubbed answer is for {expected.method}"
            )
        if expected.expected_params is not None:
            _check_params(method, request, expected.expected_params)
        return self._queue.popleft()


class _Headers(Mapping[str, str]):
    """Response headers looked up case-insensitively, as a real transport's are."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._headers = dict(headers)
        self._lower = {k.lower(): v for k, v in headers.items()}

    def __getitem__(self, key: str) -> str:
        return self._lower[key.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def __len__(self) -> int:
        return len(self._headers)


def _is_async(client: ClientBase) -> bool:
    from emrk.core.async_client import AsyncBaseClient

    return isinstance(client, AsyncBaseClient)


def _check_response(method: str, response: Response) -> None:
    """Refuse a stubbed response its own model's constraints rule out."""
    try:
        validate(response)
    except ParamValidationError as exc:
        raise ParamValidationError(
            f"response.{exc.param}", f"the stubbed {method} response is invalid: {exc}"
        ) from None


def _operations_of(client: ClientBase) -> dict[str, Operation[Any, Any]]:
    """The client's operations by method name, read from its package's ``operations``.

    The package is the one of the class that declares ``_SERVICE``, so a
    user's subclass of ``EKSClient`` finds the EKS operations too.
    """
    cls = type(client)
    found = _OPERATIONS.get(cls)
    if found is None:
        from botocore import xform_name  # untyped; the contract's method naming rule

        method_of: Callable[[str], str] = xform_name
        service_cls = next(k for k in cls.__mro__ if "_SERVICE" in vars(k))
        package = service_cls.__module__.rsplit(".", 1)[0]
        module = importlib.import_module(f"{package}.operations")
        found = {}
        for value in vars(module).values():
            if isinstance(value, Operation):
                op: Operation[Any, Any] = value
                if callable(getattr(cls, method_of(op.name), None)):
                    found[method_of(op.name)] = op
        _OPERATIONS[cls] = found
    return found


def _unknown_method_message(
    client: str, method: str, operations: Mapping[str, Operation[Any, Any]]
) -> str:
    for prefix in ("paginate_", "wait_until_"):
        if method.startswith(prefix):
            return (
                f"{method!r} is not an operation: paginators and waiters call operations, "
                f"so queue one answer per page or attempt for the operation they call"
            )
    hint = difflib.get_close_matches(method, list(operations), n=1)
    suggestion = f"; did you mean {hint[0]!r}?" if hint else ""
    return f"{client} has no operation {method!r}{suggestion}"


def _check_params(method: str, request: Any, expected: Mapping[str, object]) -> None:
    for f in plan_of(type(request)).fields:
        actual = getattr(request, f.name)
        if f.name in expected:
            want = expected[f.name]
            if not _matches(want, actual):
                raise StubAssertionError(
                    f"{method}: parameter {f.name} differs: expected "
                    f"{_shown(want, f.spec.sensitive)}, got {_shown(actual, f.spec.sensitive)}"
                )
        elif actual is not None and not f.spec.idempotency_token:
            raise StubAssertionError(
                f"{method}: unexpected parameter {f.name}={_shown(actual, f.spec.sensitive)} "
                f"(not in expected_params)"
            )


def _matches(want: object, actual: object) -> bool:
    """``want == actual``, with a top-level :data:`ANY` requiring a value to be set."""
    if want is ANY:
        return actual is not None
    return bool(want == actual)


def _shown(value: object, sensitive: bool) -> str:
    """A parameter value for a failure message; sensitive members stay hidden."""
    return "***" if sensitive and value is not None and value is not ANY else repr(value)


def _content_type(service: ServiceSpec) -> str:
    protocol = service.protocol
    if isinstance(protocol, AwsJsonProtocol):
        return protocol.content_type
    return "application/json"


def _error_status(error: ServiceError, explicit: int | None) -> int:
    if explicit is not None:
        return explicit
    if error.status_code is not None:
        return error.status_code
    class_status = getattr(type(error), "http_status", None)
    return class_status if isinstance(class_status, int) else 400


def _error_wire(service: ServiceSpec, error: ServiceError) -> tuple[dict[str, str], str]:
    """Headers and body of ``error`` as the service would send it."""
    converter = service.protocol.codec
    body: dict[str, Any] = {"message": error.message}
    for name, wire in error.wire_members.items():
        value = getattr(error, name, None)
        if value is not None:
            body[wire] = converter.unstructure(value)
    headers = {"Content-Type": _content_type(service)}
    if isinstance(service.protocol, RestJsonProtocol):
        headers["x-amzn-ErrorType"] = error.code
    else:
        body["__type"] = error.code
    if error.request_id:
        headers["x-amzn-RequestId"] = error.request_id
    return headers, json.dumps(body)
