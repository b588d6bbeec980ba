"""Client-side checks of a request against what the service model states.

Run before anything is sent, so a typo costs no round trip and no retry
budget. Checks required members, Python types, string and collection lengths
(list items, map keys and map values included) and numeric ranges; patterns
are left to the service, as botocore does.
Header values with CR or LF and empty path labels are refused too: either
would change the shape of the HTTP request.
"""

from __future__ import annotations

import datetime
from typing import Any

from emrk.core.errors import ParamValidationError
from emrk.core.model import FieldPlan, Kind, TypeInfo, plan_of

__all__ = ["validate"]


def validate(request: Any, path: str = "") -> None:
    """Raise :class:`ParamValidationError` for the first problem in ``request``."""
    for f in plan_of(type(request)).fields:
        where = f"{path}.{f.name}" if path else f.name
        value = getattr(request, f.name)
        if value is None:
            if f.spec.required and not f.spec.idempotency_token:
                raise ParamValidationError(where, "is required")
            continue
        _check_value(value, f.type, where, f)
        _check_location(value, where, f)


def _check_location(value: Any, where: str, f: FieldPlan) -> None:
    location = f.spec.location
    if location == "uri" and isinstance(value, str) and not value:
        raise ParamValidationError(where, "must not be empty (it is part of the request path)")
    if location == "header":
        items = value if isinstance(value, (list, tuple)) else [value]
        if any("\r" in str(item) or "\n" in str(item) for item in items):
            raise ParamValidationError(where, "must not contain CR or LF (it is sent as a header)")


def _check_value(value: Any, info: TypeInfo, where: str, f: FieldPlan | None) -> None:
    kind = info.kind
    if kind is Kind.STRING or kind is Kind.ENUM:
        _expect(value, str, info, where)
        if f is not None:
            _check_length(len(value), f, where, "length")
    elif kind is Kind.INTEGER:
        if not isinstance(value, int) or isinstance(value, bool):
            _wrong_type(value, info, where)
        if f is not None:
            _check_range(value, f, where)
    elif kind is Kind.FLOAT:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            _wrong_type(value, info, where)
        if f is not None:
            _check_range(value, f, where)
    elif kind is Kind.BOOLEAN:
        _expect(value, bool, info, where)
    elif kind is Kind.TIMESTAMP:
        _expect(value, datetime.datetime, info, where)
    elif kind is Kind.BLOB:
        _expect(value, (bytes, bytearray), info, where)
        if f is not None:
            _check_length(len(value), f, where, "length")
    elif kind is Kind.LIST:
        _check_list(value, info, where, f)
    elif kind is Kind.MAP:
        _check_map(value, info, where, f)
    elif kind is Kind.STRUCTURE:
        _expect(value, info.python_type, info, where)
        validate(value, where)


def _check_list(value: Any, info: TypeInfo, where: str, f: FieldPlan | None) -> None:
    _expect(value, (list, tuple), info, where)
    if f is not None:
        _check_length(len(value), f, where, "number of items")
    assert info.item is not None
    for i, item in enumerate(value):
        here = f"{where}[{i}]"
        if item is None:
            raise ParamValidationError(here, "must not be None")
        _check_value(item, info.item, here, None)
        if f is not None and isinstance(item, str):
            _check_bounds(len(item), f.spec.item_min_len, f.spec.item_max_len, here, "length")


def _check_map(value: Any, info: TypeInfo, where: str, f: FieldPlan | None) -> None:
    _expect(value, dict, info, where)
    if f is not None:
        _check_length(len(value), f, where, "number of entries")
    assert info.item is not None
    for key, item in value.items():
        here = f"{where}[{key!r}]"
        if not isinstance(key, str):
            raise ParamValidationError(here, "map keys must be str")
        if f is not None:
            _check_bounds(len(key), f.spec.key_min_len, f.spec.key_max_len, here, "key length")
        if item is None:
            raise ParamValidationError(here, "must not be None")
        _check_value(item, info.item, here, None)
        if f is not None and isinstance(item, str):
            _check_bounds(len(item), f.spec.item_min_len, f.spec.item_max_len, here, "length")


def _expect(value: Any, types: type | tuple[type, ...], info: TypeInfo, where: str) -> None:
    if not isinstance(value, types):
        _wrong_type(value, info, where)


def _wrong_type(value: Any, info: TypeInfo, where: str) -> None:
    raise ParamValidationError(where, f"expected {info.label}, got {type(value).__name__}")


def _check_length(size: int, f: FieldPlan, where: str, what: str) -> None:
    _check_bounds(size, f.spec.min_len, f.spec.max_len, where, what)


def _check_bounds(size: int, low: int | None, high: int | None, where: str, what: str) -> None:
    if low is not None and size < low:
        raise ParamValidationError(where, f"{what} {size} is below the minimum of {low}")
    if high is not None and size > high:
        raise ParamValidationError(where, f"{what} {size} is above the maximum of {high}")


def _check_range(value: float, f: FieldPlan, where: str) -> None:
    spec = f.spec
    if spec.min_value is not None and value < spec.min_value:
        raise ParamValidationError(
            where, f"value {value} is below the minimum of {spec.min_value:g}"
        )
    if spec.max_value is not None and value > spec.max_value:
        raise ParamValidationError(
            where, f"value {value} is above the maximum of {spec.max_value:g}"
        )
