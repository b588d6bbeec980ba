"""The AWS query protocol: form-encoded ``POST /`` in, XML out (STS, IAM, SNS...).

A request model becomes ``Action=<Operation>&Version=<api version>`` plus one
form field per set member, flattened the way botocore's query serializer
flattens them: ``Parent.Child`` for structures, ``Name.member.N`` for lists
(``Name=`` for an empty list), ``Name.entry.N.key``/``.value`` for maps,
``true``/``false`` for booleans, ISO 8601 for timestamps and base64 for blobs.
Lists are written in their wrapped (``member``) form, the only form the
services emrk calls through this protocol use.

A 2xx answer is ``<OpResponse><OpResult>...</OpResult><ResponseMetadata>``;
the members under ``<OpResult>`` are turned into the JSON-shaped values the
shared converter reads, so models, enums, timestamps and strict type checks
work exactly as for the JSON protocols. An error answer is
``<ErrorResponse><Error><Code/><Message/></Error><RequestId/></ErrorResponse>``
(or EC2's ``<Response><Errors><Error>``).

Parsing uses the standard library's ``xml.etree.ElementTree``; a body that
declares a ``DOCTYPE`` is refused outright, since AWS never sends one and it
is the door to entity-expansion tricks.
"""

from __future__ import annotations

import base64
import http.client
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from emrk.core.errors import ResponseParseError, ServiceError
from emrk.core.http import HttpRequest
from emrk.core.model import Kind, Response, ResponseMetadata, TypeInfo, plan_of
from emrk.core.operation import Operation
from emrk.core.protocols.base import Protocol, RawResponse, request_id_of
from emrk.core.serde import WireError, format_timestamp

if TYPE_CHECKING:
    from emrk.core.operation import ServiceSpec

__all__ = ["QueryProtocol"]

_R = TypeVar("_R")
_SAFE = "-_.~"
_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8"


class QueryProtocol(Protocol):
    """The query protocol of a service with the given API version."""

    name = "query"
    body_timestamp_format = "iso8601"

    def __init__(self, *, api_version: str) -> None:
        super().__init__()
        self.api_version = api_version

    def serialize(self, op: Operation[Any, Any], request: Any) -> HttpRequest:
        """Flatten the request model into an URL-encoded form body."""
        params: list[tuple[str, str]] = [("Action", op.name), ("Version", self.api_version)]
        _flatten_structure(request, "", params)
        body = "&".join(f"{quote(k, safe=_SAFE)}={quote(v, safe=_SAFE)}" for k, v in params)
        return HttpRequest(
            method=op.http_method,
            url=op.request_uri,
            headers={"Content-Type": _CONTENT_TYPE},
            body=body.encode("utf-8"),
        )

    def parse(self, op: Operation[Any, _R], raw: RawResponse, attempts: int = 1) -> _R:
        """Read ``<OpResult>`` into the operation's response model."""
        root = _parse_xml(raw)
        result = _child(root, f"{op.name}Result")
        try:
            data = _structure_to_wire(result, op.output) if result is not None else {}
            parsed: _R = self.codec.structure(data, op.output)
        except WireError as exc:
            raise _unreadable(raw, f"{op.output.__name__}.{exc}") from None
        except (TypeError, ValueError, RecursionError) as exc:  # defensive: never leak these
            raise _unreadable(raw, f"cannot build {op.output.__name__}: {exc}") from None
        if isinstance(parsed, Response):
            meta = ResponseMetadata(
                request_id=_request_id(raw, _child(root, "ResponseMetadata")),
                http_status_code=raw.status_code,
                http_headers=raw.headers,
                retry_attempts=attempts - 1,
            )
            object.__setattr__(parsed, "response_metadata", meta)
        return parsed

    def parse_error(self, raw: RawResponse, service: ServiceSpec) -> ServiceError:
        """Turn an ``ErrorResponse`` document into the service's typed exception."""
        try:
            root: ET.Element | None = _parse_xml(raw)
        except ResponseParseError:
            root = None
        error = _error_element(root) if root is not None else None
        request_id = _request_id(raw, root)
        if error is None:
            reason = http.client.responses.get(raw.status_code, "")
            return service.base_error(
                f"HTTP {raw.status_code} {reason}".strip()
                + " with a body that is not an XML error",
                code=str(raw.status_code),
                status_code=raw.status_code,
                request_id=request_id,
            )
        code = _text(_child(error, "Code")) or str(raw.status_code)
        message = _text(_child(error, "Message"))
        cls = service.errors.get(code, service.base_error)
        fields = {
            name: _text_or_none(_child(error, wire)) for name, wire in cls.wire_members.items()
        }
        return cls(message, code=code, status_code=raw.status_code, request_id=request_id, **fields)


# -- request: model -> form fields ---------------------------------------------


def _flatten_structure(value: Any, prefix: str, out: list[tuple[str, str]]) -> None:
    for f in plan_of(type(value)).fields:
        member = getattr(value, f.name)
        if member is None:
            continue
        key = f"{prefix}.{f.spec.wire}" if prefix else f.spec.wire
        _flatten(member, f.type, key, out, f.spec.timestamp_format or "iso8601")


def _flatten(value: Any, info: TypeInfo, key: str, out: list[tuple[str, str]], ts: str) -> None:
    kind = info.kind
    if kind is Kind.STRUCTURE:
        _flatten_structure(value, key, out)
    elif kind is Kind.LIST:
        assert info.item is not None
        if not value:
            out.append((key, ""))
        for i, item in enumerate(value, 1):
            _flatten(item, info.item, f"{key}.member.{i}", out, ts)
    elif kind is Kind.MAP:
        assert info.item is not None
        for i, (map_key, item) in enumerate(value.items(), 1):
            out.append((f"{key}.entry.{i}.key", str(map_key)))
            _flatten(item, info.item, f"{key}.entry.{i}.value", out, ts)
    else:
        out.append((key, _scalar(value, kind, ts)))


def _scalar(value: Any, kind: Kind, ts: str) -> str:
    if kind is Kind.BOOLEAN:
        return "true" if value else "false"
    if kind is Kind.TIMESTAMP:
        return str(format_timestamp(value, ts))
    if kind is Kind.BLOB:
        return base64.b64encode(value).decode("ascii")
    if kind is Kind.FLOAT:
        return _float_text(float(value))
    if kind is Kind.ENUM:
        return str(getattr(value, "value", value))
    return str(value)


def _float_text(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return repr(value)


# -- response: XML -> JSON-shaped wire values -----------------------------------


def _parse_xml(raw: RawResponse) -> ET.Element:
    body = raw.body
    if not body or not body.strip():
        raise _unreadable(raw, "the body is empty, expected an XML document")
    if b"<!doctype" in body.lower():
        raise _unreadable(raw, "the body declares a DOCTYPE, which AWS never sends")
    try:
        return ET.fromstring(body)
    except (ET.ParseError, ValueError, RecursionError):
        raise _unreadable(raw, "the body is not well-formed XML") from None


def _tag(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _child(element: ET.Element, name: str) -> ET.Element | None:
    for child in element:
        if _tag(child) == name:
            return child
    return None


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _tag(child) == name]


def _text(element: ET.Element | None) -> str:
    return (element.text or "") if element is not None else ""


def _text_or_none(element: ET.Element | None) -> str | None:
    return (element.text or "") if element is not None else None


def _structure_to_wire(element: ET.Element, cls: type) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in plan_of(cls).fields:
        child = _child(element, f.spec.wire)
        if child is None:
            continue
        try:
            out[f.spec.wire] = _to_wire(child, f.type)
        except WireError as exc:
            raise exc.under(f.spec.wire) from None
    return out


def _to_wire(element: ET.Element, info: TypeInfo) -> Any:
    kind = info.kind
    if kind is Kind.STRUCTURE:
        return _structure_to_wire(element, info.python_type)
    if kind is Kind.LIST:
        assert info.item is not None
        return [_to_wire(item, info.item) for item in _children(element, "member")]
    if kind is Kind.MAP:
        assert info.item is not None
        return _map_to_wire(element, info.item)
    return _SCALARS.get(kind, _as_text)(element.text or "")


def _map_to_wire(element: ET.Element, item: TypeInfo) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for entry in _children(element, "entry"):
        key, value = _child(entry, "key"), _child(entry, "value")
        if key is None or value is None:
            raise WireError("", "a map entry lacks its key or value")
        out[_text(key)] = _to_wire(value, item)
    return out


def _as_text(text: str) -> str:
    return text


def _as_int(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise WireError("", f"expected an integer, got {text[:40]!r}") from None


def _as_float(text: str) -> float:
    try:
        return float(text.strip())
    except ValueError:
        raise WireError("", f"expected a number, got {text[:40]!r}") from None


def _as_bool(text: str) -> bool:
    return text.strip() == "true"


def _as_base64(text: str) -> str:
    return "".join(text.split())


_SCALARS: dict[Kind, Callable[[str], Any]] = {
    Kind.INTEGER: _as_int,
    Kind.FLOAT: _as_float,
    Kind.BOOLEAN: _as_bool,
    Kind.BLOB: _as_base64,
}


# -- errors ----------------------------------------------------------------------


def _error_element(root: ET.Element) -> ET.Element | None:
    if _tag(root) == "Error":
        return root
    error = _child(root, "Error")
    if error is None:
        errors = _child(root, "Errors")
        error = _child(errors, "Error") if errors is not None else None
    return error


def _request_id(raw: RawResponse, holder: ET.Element | None) -> str | None:
    header = request_id_of(raw.headers)
    if header:
        return header
    if holder is None:
        return None
    found = _child(holder, "RequestId")
    if found is None:
        found = _child(holder, "RequestID")
    return _text(found) or None


def _unreadable(raw: RawResponse, reason: str) -> ResponseParseError:
    return ResponseParseError(
        reason,
        status_code=raw.status_code,
        request_id=request_id_of(raw.headers),
        body=raw.body,
    )
