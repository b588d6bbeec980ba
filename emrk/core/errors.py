"""The error tree every emrk exception belongs to.

Everything emrk raises derives from :class:`EmrkError`, so one ``except``
clause catches the library's failures without catching the caller's own bugs.
Service errors carry the wire ``code`` plus the error shape's members as
attributes; each service package subclasses :class:`ServiceError` once for its
base and once per modeled error shape.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import Any, ClassVar, NamedTuple

__all__ = [
    "CredentialsError",
    "EmrkError",
    "ParamValidationError",
    "ResponseParseError",
    "ServiceError",
    "TransportError",
    "WaiterError",
]


class EmrkError(Exception):
    """Base class of every exception emrk raises."""


class ParamProblem(NamedTuple):
    """One problem validation found: the parameter path and what is wrong there."""

    #: Dotted path of the parameter, e.g. ``resources_vpc_config.subnet_ids[0]``.
    param: str
    #: What is wrong, e.g. ``expected string, got int``.
    problem: str


class ParamValidationError(EmrkError, ValueError):
    """Input failed a check the service model states; nothing was sent.

    A request is checked as a whole, so one error reports every problem
    found, the way botocore's validator does: fixing them takes one round
    of edits, not one per problem. ``problems`` lists them, each a
    :class:`ParamProblem`; ``param`` and ``problem`` are the first one's
    (``param`` is a dotted path such as
    ``job_driver.spark_submit_job_driver.entry_point``). ``str()`` shows one
    problem on one line, several on a line each.
    """

    #: At most this many problems are spelt out in the message; ``problems`` has them all.
    shown_limit: ClassVar[int] = 25

    def __init__(self, param: str, problem: str, *, others: Iterable[tuple[str, str]] = ()) -> None:
        self.param = param
        self.problem = problem
        self.problems: tuple[ParamProblem, ...] = (
            ParamProblem(param, problem),
            *(ParamProblem(p, q) for p, q in others),
        )
        super().__init__(self._describe())

    def _describe(self) -> str:
        if len(self.problems) == 1:
            return f"Invalid parameter {self.param}: {self.problem}"
        shown = self.problems[: self.shown_limit]
        lines = [f"Invalid parameters ({len(self.problems)} problems):"]
        lines += [f"  {p.param}: {p.problem}" for p in shown]
        if len(self.problems) > len(shown):
            lines.append(f"  ... and {len(self.problems) - len(shown)} more (see .problems)")
        return "\n".join(lines)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_param_error, (type(self), self.problems))


class CredentialsError(EmrkError):
    """No credentials could be found, or the ones found cannot be used."""


class TransportError(EmrkError):
    """The request did not get an HTTP answer: connection, TLS or timeout.

    Raised after retries are exhausted; the underlying exception is chained as
    ``__cause__``.
    """


class ClientClosedError(EmrkError, RuntimeError):
    """The client was closed (``close()`` or the end of its ``with`` block) and cannot send.

    Create a new client; closing one again is harmless.
    """


class ResponseParseError(EmrkError):
    """The service answered with something emrk cannot read.

    Carries the HTTP status, the request id (when the service sent one) and
    the start of the body, to help a bug report along. The message shows the
    body start with every JSON string value replaced by ``***``, so a
    credential in a malformed answer never reaches a log; ``body_preview``
    keeps the raw bytes for whoever needs them. When the answer may carry
    sensitive data (``withhold_body=True``: the operation's output has a
    sensitive member, or the body holds a secret the call knows), neither the
    message nor ``body_preview`` quotes the body at all.
    """

    body_preview_limit: ClassVar[int] = 512

    def __init__(
        self,
        reason: str,
        *,
        status_code: int | None = None,
        request_id: str | None = None,
        body: bytes = b"",
        withhold_body: bool = False,
    ) -> None:
        preview = b"" if withhold_body else body[: self.body_preview_limit]
        self.reason = reason
        self.status_code = status_code
        self.request_id = request_id
        self.body_preview = preview
        shown = (
            "body withheld: the response may carry sensitive data"
            if withhold_body
            else f"body={_redact_json_strings(preview)!r}"
            + ("..." if len(body) > len(preview) else "")
        )
        super().__init__(f"{reason} (status={status_code}, request_id={request_id}, {shown})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_parse_error,
            (type(self), self.reason, self.status_code, self.request_id, self.body_preview),
        )


class WaiterError(EmrkError):
    """A waiter reached a failure state or ran out of attempts.

    ``last_response`` is the last response model the waiter saw (or ``None``),
    ``last_error`` the last service error it saw (or ``None``).
    """

    def __init__(
        self,
        name: str,
        reason: str,
        *,
        attempts: int,
        last_response: Any = None,
        last_error: BaseException | None = None,
    ) -> None:
        super().__init__(f"Waiter {name} failed after {attempts} attempt(s): {reason}")
        self.name = name
        self.reason = reason
        self.attempts = attempts
        self.last_response = last_response
        self.last_error = last_error

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_waiter_error,
            (
                type(self),
                self.name,
                self.reason,
                self.attempts,
                self.last_response,
                self.last_error,
            ),
        )


class ServiceError(EmrkError):
    """The service answered with an error.

    ``code`` is the error code from the wire, ``message`` the service's text,
    ``status_code`` the HTTP status and ``request_id`` the id AWS support asks
    for. Subclasses add the error shape's own members as attributes.
    """

    #: Wire error code this class stands for ("" for a service base class).
    wire_code: ClassVar[str] = ""
    #: Maps attribute name -> wire member name for the shape's own members.
    wire_members: ClassVar[dict[str, str]] = {}
    #: Members the service model marks sensitive: ``str()`` shows them as ``***``.
    #: (No error shape of the services emrk covers has one today.)
    sensitive_members: ClassVar[frozenset[str]] = frozenset()

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        status_code: int | None = None,
        request_id: str | None = None,
        **fields: Any,
    ) -> None:
        self.code: str = code if code is not None else (self.wire_code or type(self).__name__)
        self.message: str = message or ""
        self.status_code: int | None = status_code
        self.request_id: str | None = request_id
        for name in self.wire_members:
            setattr(self, name, fields.pop(name, None))
        if fields:
            raise TypeError(f"{type(self).__name__} got unexpected fields: {sorted(fields)}")
        super().__init__(self.message)

    def __str__(self) -> str:
        """Code, message, the shape's members that are set, and the request id.

        A log line then says everything the service said: which field a PCS
        ``ValidationException`` is about (``field_list``), which cluster an
        EKS error names, EMR's ``error_code``. Members appear under their
        attribute names; sensitive ones as ``***``, and a model inside one
        shows as its ``repr``, which masks its own sensitive members.
        """
        text = f"{self.code}: {self.message}" if self.message else self.code
        members = [
            f"{name}={'***' if name in self.sensitive_members else _shown(value)}"
            for name in self.wire_members
            if (value := getattr(self, name, None)) is not None
        ]
        if members:
            text += f" ({', '.join(members)})"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"status_code={self.status_code!r}, request_id={self.request_id!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        extra = {name: getattr(self, name, None) for name in self.wire_members}
        return (
            _rebuild_service_error,
            (type(self), self.message, self.code, self.status_code, self.request_id, extra),
        )


def _shown(value: Any) -> str:
    """A member value in an error's text: enums as their value, strings quoted, models by repr."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_shown(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _rebuild_param_error(
    cls: type[ParamValidationError], problems: tuple[tuple[str, str], ...]
) -> ParamValidationError:
    (param, problem), *others = problems
    return cls(param, problem, others=others)


def _rebuild_service_error(
    cls: type[ServiceError],
    message: str,
    code: str,
    status_code: int | None,
    request_id: str | None,
    extra: dict[str, Any],
) -> ServiceError:
    return cls(message, code=code, status_code=status_code, request_id=request_id, **extra)


def _rebuild_parse_error(
    cls: type[ResponseParseError],
    reason: str,
    status_code: int | None,
    request_id: str | None,
    body: bytes,
) -> ResponseParseError:
    return cls(reason, status_code=status_code, request_id=request_id, body=body)


def _rebuild_waiter_error(
    cls: type[WaiterError],
    name: str,
    reason: str,
    attempts: int,
    last_response: Any,
    last_error: BaseException | None,
) -> WaiterError:
    return cls(name, reason, attempts=attempts, last_response=last_response, last_error=last_error)


# A JSON string literal (an object key when a colon follows), or one cut off at the end.
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*(?:"(\s*:)?|$)')


def _redact_json_strings(body: bytes) -> bytes:
    """Mask every string value of a JSON-looking body; other bodies are left as they are."""
    if body.lstrip()[:1] not in (b"{", b"["):
        return body
    return _JSON_STRING.sub(lambda m: m.group(0) if m.group(1) else b'"***"', body)
