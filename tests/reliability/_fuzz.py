"""Hypothesis strategies for answers a service (or something in its way) could send.

Random JSON rarely names a model's members, so besides arbitrary JSON values
the strategies build *shape-aware* bodies from the output model's plan: each
member, at any depth, is either a value of the right JSON type or any JSON
value at all. That reaches the typed decoding of every member (timestamps,
enums, blobs, unions, nested lists and maps) with wrong types, huge numbers,
NaN and odd strings. Byte bodies add garbage and JSON cut short.
"""

from __future__ import annotations

import base64
import functools
import json
import string
from typing import Any

from hypothesis import strategies as st

from emrk.core.model import Kind, TypeInfo, plan_of

#: Fuzz cases run in this session, by test kind (filled by the fuzz tests).
FUZZ_CASES: dict[str, int] = {}

_MAX_DEPTH = 4

json_leaves = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=24)
)
json_values = st.recursive(
    json_leaves,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=16,
)

#: Statuses an answer can carry: the usual ones, and anything from 200 to 599.
statuses = st.sampled_from(
    [200, 201, 204, 400, 403, 404, 409, 429, 500, 502, 503, 504]
) | st.integers(200, 599)

_header_text = st.text(alphabet=string.ascii_letters + string.digits + " -_:#.,;=/", max_size=40)


def answer_headers(codes: list[str]) -> st.SearchStrategy[dict[str, str]]:
    """Headers an answer may carry: content type, request id, error type, retry-after."""
    return st.fixed_dictionaries(
        {
            "Content-Type": st.sampled_from(
                ["application/json", "text/html", "application/x-amz-json-1.1"]
            )
        },
        optional={
            "x-amzn-RequestId": _header_text,
            "x-amzn-ErrorType": st.sampled_from(codes) | _header_text,
            "x-amz-retry-after": st.sampled_from(["0", "-5", "abc", "99999999999999999999"])
            | _header_text,
        },
    )


@functools.cache
def body_for(cls: type, depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    """A JSON object for a model: any subset of its members, each well or badly typed."""
    if depth > _MAX_DEPTH:
        return st.dictionaries(st.text(max_size=8), json_leaves, max_size=2)
    members = {f.spec.wire: member_value(f.type, depth) for f in plan_of(cls).fields}
    extra = st.dictionaries(st.text(max_size=8), json_leaves, max_size=2)
    known = st.fixed_dictionaries({}, optional=members)
    return st.tuples(extra, known).map(lambda parts: {**parts[0], **parts[1]})


def member_value(info: TypeInfo, depth: int) -> st.SearchStrategy[Any]:
    """One member's wire value: usually of the right JSON type, sometimes anything."""
    return st.one_of(_typed(info, depth), json_values)


def _typed(info: TypeInfo, depth: int) -> st.SearchStrategy[Any]:
    kind = info.kind
    if kind is Kind.STRING:
        return st.text(max_size=30)
    if kind is Kind.ENUM:
        return st.sampled_from([m.value for m in info.python_type]) | st.text(max_size=12)
    if kind is Kind.INTEGER:
        return st.integers(min_value=-(2**64), max_value=2**64)
    if kind is Kind.FLOAT:
        return st.floats() | st.sampled_from(["NaN", "Infinity", "-Infinity", "1.5"])
    if kind is Kind.BOOLEAN:
        return st.booleans()
    if kind is Kind.TIMESTAMP:
        return _timestamps
    if kind is Kind.BLOB:
        return st.binary(max_size=16).map(lambda b: base64.b64encode(b).decode()) | st.text(
            max_size=12
        )
    if kind is Kind.DOCUMENT:
        return json_values
    if kind is Kind.STRUCTURE:
        return st.deferred(lambda: body_for(info.python_type, depth + 1))
    assert info.item is not None
    item = member_value(info.item, depth + 1)
    if kind is Kind.LIST:
        return st.lists(item, max_size=3)
    return st.dictionaries(st.text(max_size=10), item, max_size=3)


_timestamps = (
    st.integers(min_value=-(2**40), max_value=2**40)
    | st.floats()
    | st.datetimes().map(lambda d: d.isoformat())
    | st.sampled_from(["2024-02-30T00:00:00Z", "Sun, 02 Jan 2000 20:34:56 GMT", "1e400", ""])
    | st.text(max_size=30)
)


def json_answer(output: type) -> st.SearchStrategy[bytes]:
    """A JSON body: shape-aware for ``output`` most of the time, any JSON value otherwise."""
    return st.one_of(body_for(output), json_values).map(_dump)


def byte_answer(output: type) -> st.SearchStrategy[bytes]:
    """Bytes that are not (all of) a JSON object: garbage, HTML, or JSON cut short."""
    cut = st.tuples(body_for(output).map(_dump), st.integers(min_value=0, max_value=400)).map(
        lambda pair: pair[0][: pair[1]]
    )
    html = st.just(b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
    return st.one_of(st.binary(max_size=200), cut, html, st.just(b""))


def _dump(value: Any) -> bytes:
    return json.dumps(value).encode("utf-8")
