"""What every JSON protocol shares: body parsing and error parsing.

Error parsing follows botocore's JSON parsers: the code comes from the
``x-amzn-ErrorType`` header, then the body's ``code``/``Code`` or ``__type``,
then the HTTP status; anything after ``:`` and before ``#`` is stripped. The
message is ``message``/``Message``; a body that is not a JSON object is the
message itself, and an empty or HTML 5xx naming no code (a proxy's page)
gets the status's reason phrase. The request id comes from ``x-amzn-RequestId`` or
``x-amz-request-id``.
"""

from __future__ import annotations

import abc
import http.client
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from emrk.core.errors import ResponseParseError, ServiceError
from emrk.core.http import HttpRequest, RawResponse
from emrk.core.lazy import lazy_module

if TYPE_CHECKING:
    import cattrs

    from emrk.core import model as _model
    from emrk.core import redaction as _redaction
    from emrk.core import serde as _serde
    from emrk.core.operation import Operation, ServiceSpec
else:  # loaded by the first answer, not by building a client
    _model = lazy_module("emrk.core.model")
    _redaction = lazy_module("emrk.core.redaction")
    _serde = lazy_module("emrk.core.serde")

__all__ = ["Protocol", "RawResponse", "request_id_of"]

_R = TypeVar("_R")


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The AWS request id of a response, if the service sent one."""
    return headers.get("x-amzn-RequestId") or headers.get("x-amz-request-id")


class Protocol(abc.ABC):
    """Base of the JSON wire protocols; subclasses serialize requests."""

    #: The protocol's name in botocore's service models.
    name: str = ""
    #: How body timestamps travel when a member does not say otherwise.
    body_timestamp_format: str = "unixTimestamp"

    def __init__(self) -> None:
        self._codec: _serde.Codec | None = None
        self._converter: cattrs.Converter | None = None

    @property
    def codec(self) -> _serde.Codec:
        """The protocol's model <-> JSON hooks, built on first use (a benign race at worst)."""
        codec = self._codec
        if codec is None:
            codec = self._codec = _serde.Codec(self.body_timestamp_format)
        return codec

    @property
    def converter(self) -> cattrs.Converter:
        """The protocol's cattrs converter: the same hooks as :attr:`codec`, as cattrs serves them.

        emrk's own calls use :attr:`codec` directly, so cattrs is imported only
        when something asks for this.
        """
        conv = self._converter
        if conv is None:
            conv = self._converter = _serde.make_converter(codec=self.codec)
        return conv

    @abc.abstractmethod
    def serialize(self, op: Operation[Any, Any], request: Any) -> HttpRequest:
        """Turn a validated request model into an unsigned HTTP request."""

    def parse(self, op: Operation[Any, _R], raw: RawResponse, attempts: int = 1) -> _R:
        """Turn a 2xx answer into the operation's response model."""
        out = op.output
        data = _json_body(raw, out)
        if not isinstance(data, dict):
            raise _unreadable(raw, f"expected a JSON object, got {type(data).__name__}", out)
        try:
            result: _R = self.codec.structure(data, out)
        except _serde.WireError as exc:
            raise _unreadable(raw, f"{out.__name__}.{exc}", out) from None
        except (TypeError, ValueError, RecursionError) as exc:  # defensive: never leak these
            raise _unreadable(raw, f"cannot build {out.__name__}: {exc}", out) from None
        if isinstance(result, _model.Response):
            meta = _model.ResponseMetadata(
                request_id=request_id_of(raw.headers),
                http_status_code=raw.status_code,
                http_headers=raw.headers,
                retry_attempts=attempts - 1,
            )
            object.__setattr__(result, "response_metadata", meta)
        return result

    def error_code(self, raw: RawResponse, body: Mapping[str, Any]) -> str | None:
        """The error code: the ``x-amzn-ErrorType`` header, else the body's ``code``/``__type``.

        Both JSON protocols may carry the code in any of these places (the
        protocol compliance cases check each one).
        """
        header = raw.headers.get("x-amzn-ErrorType")
        if header:
            return header
        for key in ("code", "Code", "__type"):
            code = body.get(key)
            if isinstance(code, str):
                return code
        return None

    def parse_error(self, raw: RawResponse, service: ServiceSpec) -> ServiceError:
        """Turn an error answer into the service's typed exception."""
        try:
            data = _json_body(raw)
        except ResponseParseError:
            data = None
        request_id = request_id_of(raw.headers)
        if isinstance(data, dict):
            message = _json_message(data)
        else:
            data, message = {}, _text_message(raw)
        found = self.error_code(raw, data)
        if not message and found is None and _is_generic(raw):
            message = http.client.responses.get(raw.status_code, "")
        code = (found or "").split(":", 1)[0].rsplit("#", 1)[-1].strip() or str(raw.status_code)
        cls = service.errors.get(code, service.base_error)
        fields = {name: data.get(wire) for name, wire in cls.wire_members.items()}
        return cls(message, code=code, status_code=raw.status_code, request_id=request_id, **fields)


def _is_generic(raw: RawResponse) -> bool:
    """A 5xx with no body or an HTML page: a proxy or front end, not the service, answered."""
    body = raw.body.strip()
    return raw.status_code >= 500 and (not body or body.startswith(b"<html>"))


def _json_message(data: Mapping[str, Any]) -> str:
    message = data.get("message", data.get("Message", ""))
    return message if isinstance(message, str) else json.dumps(message)


def _text_message(raw: RawResponse) -> str:
    """The message of an error whose body is not a JSON object, as botocore reads it.

    A generic 5xx page says nothing the status does not, so its message is
    the status's reason phrase; any other body is the message itself (a
    front end's ``Rate exceeded``, say).
    """
    if _is_generic(raw):
        return http.client.responses.get(raw.status_code, "")
    return raw.body.decode("utf-8", "replace")


def _json_body(raw: RawResponse, output: type | None = None) -> Any:
    if not raw.body or not raw.body.strip():
        return {}
    try:
        return json.loads(raw.body)
    except (ValueError, RecursionError):
        raise _unreadable(raw, "the body is not valid JSON", output) from None


def _unreadable(raw: RawResponse, reason: str, output: type | None = None) -> ResponseParseError:
    """The parse error for ``raw``; its body stays out of the message if ``output`` has secrets."""
    return ResponseParseError(
        reason,
        status_code=raw.status_code,
        request_id=request_id_of(raw.headers),
        body=raw.body,
        withhold_body=output is not None and _redaction.carries_secrets(output),
    )
