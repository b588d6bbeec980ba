"""What every JSON protocol shares: body parsing and error parsing.

Error parsing follows botocore's JSON parsers: the code comes from the
``x-amzn-ErrorType`` header (rest-json), then the body's ``code``/``Code``
(rest-json) or ``__type``, then the HTTP status; anything after ``:`` and
before ``#`` is stripped. The message is ``message``/``Message``; the request
id comes from ``x-amzn-RequestId`` or ``x-amz-request-id``.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from emrk.core.errors import ResponseParseError, ServiceError
from emrk.core.model import Response, ResponseMetadata
from emrk.core.serde import WireError, make_converter

if TYPE_CHECKING:
    from emrk.core.operation import HttpRequest, Operation, ServiceSpec

__all__ = ["Protocol", "RawResponse", "request_id_of"]

_R = TypeVar("_R")


@attrs.frozen
class RawResponse:
    """The HTTP answer as the transport got it."""

    status_code: int
    headers: Mapping[str, str]
    body: bytes


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The AWS request id of a response, if the service sent one."""
    return headers.get("x-amzn-RequestId") or headers.get("x-amz-request-id")


class Protocol:
    """Base of the JSON wire protocols; subclasses serialize requests."""

    #: The protocol's name in botocore's service models.
    name: str = ""

    def __init__(self) -> None:
        self.converter = make_converter("unixTimestamp")

    def serialize(self, op: Operation[Any, Any], request: Any) -> HttpRequest:
        """Turn a validated request model into an unsigned HTTP request."""
        raise NotImplementedError  # pragma: no cover - abstract

    def parse(self, op: Operation[Any, _R], raw: RawResponse, attempts: int = 1) -> _R:
        """Turn a 2xx answer into the operation's response model."""
        data = _json_body(raw)
        if not isinstance(data, dict):
            raise _unreadable(raw, f"expected a JSON object, got {type(data).__name__}")
        try:
            result: _R = self.converter.structure(data, op.output)
        except WireError as exc:
            raise _unreadable(raw, f"{op.output.__name__}.{exc}") from None
        except (TypeError, ValueError, RecursionError) as exc:  # defensive: never leak these
            raise _unreadable(raw, f"cannot build {op.output.__name__}: {exc}") from None
        if isinstance(result, Response):
            meta = ResponseMetadata(
                request_id=request_id_of(raw.headers),
                http_status_code=raw.status_code,
                http_headers=dict(raw.headers),
                retry_attempts=attempts - 1,
            )
            object.__setattr__(result, "response_metadata", meta)
        return result

    def error_code(self, raw: RawResponse, body: Mapping[str, Any]) -> str | None:
        """The error code in an error answer (protocol-specific order)."""
        code = body.get("__type")
        return code if isinstance(code, str) else None

    def parse_error(self, raw: RawResponse, service: ServiceSpec) -> ServiceError:
        """Turn an error answer into the service's typed exception."""
        try:
            data = _json_body(raw)
        except ResponseParseError:
            data = None
        request_id = request_id_of(raw.headers)
        if not isinstance(data, dict):
            reason = http.client.responses.get(raw.status_code, "")
            return service.base_error(
                f"HTTP {raw.status_code} {reason}".strip() + " with a body that is not JSON",
                code=str(raw.status_code),
                status_code=raw.status_code,
                request_id=request_id,
            )
        code = self.error_code(raw, data) or str(raw.status_code)
        code = code.split(":", 1)[0].rsplit("#", 1)[-1]
        message = data.get("message", data.get("Message", ""))
        if not isinstance(message, str):
            message = json.dumps(message)
        cls = service.errors.get(code, service.base_error)
        fields = {name: data.get(wire) for name, wire in cls.wire_members.items()}
        return cls(message, code=code, status_code=raw.status_code, request_id=request_id, **fields)


def _json_body(raw: RawResponse) -> Any:
    if not raw.body or not raw.body.strip():
        return {}
    try:
        return json.loads(raw.body)
    except (ValueError, RecursionError):
        raise _unreadable(raw, "the body is not valid JSON") from None


def _unreadable(raw: RawResponse, reason: str) -> ResponseParseError:
    return ResponseParseError(
        reason,
        status_code=raw.status_code,
        request_id=request_id_of(raw.headers),
        body=raw.body,
    )
