"""rest-json: members travel in the path, the query string, headers or a JSON body.

Path labels are percent-encoded as one segment each (``/`` included), so a
value can never change the request path. The body rule is botocore's: the
JSON object of body members when any is set, ``{}`` when the input has body
members but none is set, and no body when the input has no body members.
A member bound to a header must come out as printable ASCII: anything else
is refused with :class:`~emrk.core.errors.ParamValidationError` before the
request is sent (see :func:`_checked_header`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from emrk.core.errors import ParamValidationError
from emrk.core.http import HttpRequest
from emrk.core.lazy import lazy_module
from emrk.core.operation import Operation
from emrk.core.protocols.base import Protocol
from emrk.core.record import FrozenRecord

if TYPE_CHECKING:
    from emrk.core import model as _model
    from emrk.core import serde as _serde
    from emrk.core.model import FieldPlan, TypeInfo
else:  # loaded by the first request, not by building a client
    _model = lazy_module("emrk.core.model")
    _serde = lazy_module("emrk.core.serde")

__all__ = ["RestJsonProtocol"]

_Encode = Callable[[Any], Any]
_SAFE = "-_.~"
# What a header value can hold and the signer signs as sent: tab and printable ASCII.
_NOT_HEADER_TEXT = re.compile(r"[^\t -~]")


class _RequestLayout(FrozenRecord, kw_only=False):
    """A request class's members sorted by location, with their encoders."""

    labels: tuple[tuple[str, str, str], ...]
    query: tuple[tuple[str, str, FieldPlan], ...]
    headers: tuple[tuple[str, str, FieldPlan], ...]
    body: tuple[tuple[str, str, _Encode], ...]
    has_body_members: bool


class RestJsonProtocol(Protocol):
    """The rest-json protocol."""

    name = "rest-json"

    def __init__(self) -> None:
        super().__init__()
        self._layouts: dict[type, _RequestLayout] = {}

    def serialize(self, op: Operation[Any, Any], request: Any) -> HttpRequest:
        """Place each member where the model says it travels."""
        layout = self._layout(type(request))
        path = _render_path(op.request_uri, request, layout.labels)
        query = _query_pairs(request, layout.query)
        if query:
            path += ("&" if "?" in path else "?") + "&".join(
                f"{quote(k, safe=_SAFE)}={quote(v, safe=_SAFE)}" for k, v in query
            )
        headers = {}
        for name, wire, f in layout.headers:
            value = getattr(request, name)
            if value is not None:
                headers[wire] = _checked_header(
                    name, _header_value(value, f.type, f.spec.timestamp_format)
                )
        body = b""
        members = {}
        for name, wire, encode in layout.body:
            value = getattr(request, name)
            if value is not None:
                members[wire] = encode(value)
        if members:
            body = json.dumps(members).encode("utf-8")
        elif layout.has_body_members:
            body = b"{}"
        if body:
            headers["Content-Type"] = "application/json"
        return HttpRequest(op.http_method, path, headers, body)

    def _layout(self, cls: type) -> _RequestLayout:
        layout = self._layouts.get(cls)
        if layout is None:
            layout = self._layouts[cls] = self._build_layout(cls)
        return layout

    def _build_layout(self, cls: type) -> _RequestLayout:
        plan = _model.plan_of(cls)
        groups = plan.by_location
        body = groups.get("body", ())
        return _RequestLayout(
            labels=tuple(
                (f.name, f.spec.wire, f.spec.timestamp_format or "iso8601")
                for f in groups.get("uri", ())
            ),
            query=tuple((f.name, f.spec.wire, f) for f in groups.get("querystring", ())),
            headers=tuple((f.name, f.spec.wire, f) for f in groups.get("header", ())),
            body=tuple(
                (
                    f.name,
                    f.spec.wire,
                    _serde.encoder(f.type, self.codec, f.spec.timestamp_format or "unixTimestamp"),
                )
                for f in body
            ),
            has_body_members=bool(body),
        )


def _render_path(template: str, request: Any, labels: tuple[tuple[str, str, str], ...]) -> str:
    for name, wire, fmt in labels:
        value = _scalar(getattr(request, name), fmt)
        if "{" + wire + "+}" in template:
            template = template.replace("{" + wire + "+}", _encode_label(value, greedy=True))
        else:
            template = template.replace("{" + wire + "}", _encode_label(value, greedy=False))
    return template


def _encode_label(value: str, *, greedy: bool) -> str:
    """Percent-encode a path label (a greedy one keeps its ``/``).

    A label that is ``.`` or ``..`` (or a greedy label's segment that is) has
    its dots encoded (``%2E``): sent as is, it would be a dot segment, which
    URL normalisation removes, sending the request to another resource. The
    transport keeps ``%2E`` as written, so the server sees one segment.
    """
    segments = value.split("/") if greedy else [value]
    encoded = (quote(segment, safe=_SAFE) for segment in segments)
    return "/".join("%2E" * len(e) if e in (".", "..") else e for e in encoded)


def _query_pairs(
    request: Any, fields: tuple[tuple[str, str, FieldPlan], ...]
) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    # A named query member wins over a map entry with the same key.
    named = {
        wire
        for name, wire, f in fields
        if f.type.kind is not _model.Kind.MAP and getattr(request, name) is not None
    }
    for name, wire, f in fields:
        value = getattr(request, name)
        if value is None:
            continue
        fmt = f.spec.timestamp_format or "iso8601"
        if f.type.kind is _model.Kind.MAP:
            for key, item in value.items():
                if key in named:
                    continue
                if isinstance(item, list):
                    pairs.extend((key, _scalar(x, fmt)) for x in item)
                else:
                    pairs.append((key, _scalar(item, fmt)))
        elif isinstance(value, (list, tuple)):
            pairs.extend((wire, _scalar(x, fmt)) for x in value)
        else:
            pairs.append((wire, _scalar(value, fmt)))
    return pairs


def _scalar(value: Any, ts_format: str = "iso8601") -> str:
    """A path label or query value as text, the way botocore writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(_serde.encode_float(value))
    if isinstance(value, str):
        return value.value if hasattr(value, "value") else value  # str-valued enums
    if hasattr(value, "timetuple"):
        return str(_serde.format_timestamp(value, ts_format))
    return str(value)


def _checked_header(param: str, text: str) -> str:
    """``text``, if it can travel as a header value; the value is never quoted.

    Validation already refuses CR and LF in header members; this catches the
    rest. A control character would reach the service as a broken value, and
    non-ASCII text is signed as UTF-8 but sent as Latin-1 by http.client
    (``SignatureDoesNotMatch``), or not sent at all (``UnicodeEncodeError``).
    """
    found = _NOT_HEADER_TEXT.search(text)
    if found is None:
        return text
    kind = "a non-ASCII character" if not found.group().isascii() else "a control character"
    raise ParamValidationError(
        param, f"must be printable ASCII (it is sent as a header); it contains {kind}"
    )


def _header_value(value: Any, info: TypeInfo, ts_format: str | None) -> str:
    if info.kind is _model.Kind.TIMESTAMP:
        return str(_serde.format_timestamp(value, ts_format or "rfc822"))
    if info.kind is _model.Kind.LIST:
        assert info.item is not None
        item_info = info.item
        parts = []
        for item in value:
            text = _header_value(item, item_info, ts_format)
            if item_info.kind in (_model.Kind.STRING, _model.Kind.ENUM) and (
                '"' in text or "," in text
            ):
                text = '"' + text.replace('"', '\\"') + '"'
            parts.append(text)
        return ", ".join(parts)
    if info.kind is _model.Kind.DOCUMENT:
        import base64

        return base64.b64encode(json.dumps(value, separators=(",", ":")).encode()).decode()
    return _scalar(value)
