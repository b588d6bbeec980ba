"""Client-side checks of a request against what the service model states.

Run before anything is sent, so a typo costs no round trip and no retry
budget. Checks required members, Python types, string and collection lengths
(list items, map keys and map values included), numeric ranges and unions
holding exactly one member; patterns are left to the service, as botocore
does. Header values with CR or LF and empty path labels are refused too:
either would change the shape of the HTTP request.

Every problem is collected before raising, so one
:class:`~emrk.ParamValidationError` lists them all, each with its parameter
path, as botocore's validator does. A value of the wrong type counts once:
what is inside it is not checked further.
"""

from __future__ import annotations

import datetime
from typing import Any

from emrk.core.errors import ParamProblem, ParamValidationError
from emrk.core.model import FieldPlan, Kind, TypeInfo, plan_of, union_problem

__all__ = ["validate"]


def validate(request: Any, path: str = "") -> None:
    """Raise :class:`ParamValidationError` listing every problem in ``request``.

    The error's ``param`` is the first problem's path (in declaration order,
    depth first); ``problems`` holds them all.
    """
    problems: list[ParamProblem] = []
    _check_structure(request, path, problems)
    if problems:
        first, *others = problems
        raise ParamValidationError(first.param, first.problem, others=others)


def _check_structure(value: Any, path: str, problems: list[ParamProblem]) -> None:
    plan = plan_of(type(value))
    if plan.is_union:
        problem = union_problem(value, plan)
        if problem is not None:
            problems.append(ParamProblem(path or type(value).__name__, problem))
    for f in plan.fields:
        where = f"{path}.{f.name}" if path else f.name
        item = getattr(value, f.name)
        if item is None:
            if f.spec.required and not f.spec.idempotency_token:
                problems.append(ParamProblem(where, "is required"))
            continue
        found = len(problems)
        if _check_value(item, f.type, where, f, problems) and len(problems) == found:
            _check_location(item, where, f, problems)  # an empty label is already too short


def _check_location(value: Any, where: str, f: FieldPlan, problems: list[ParamProblem]) -> None:
    location = f.spec.location
    if location == "uri" and isinstance(value, str) and not value:
        problems.append(ParamProblem(where, "must not be empty (it is part of the request path)"))
    if location == "header":
        items = value if isinstance(value, (list, tuple)) else [value]
        if any("\r" in str(item) or "\n" in str(item) for item in items):
            problems.append(
                ParamProblem(where, "must not contain CR or LF (it is sent as a header)")
            )


def _check_value(
    value: Any, info: TypeInfo, where: str, f: FieldPlan | None, problems: list[ParamProblem]
) -> bool:
    """Check one value; False when its type is wrong (nothing else about it was checked)."""
    kind = info.kind
    if kind is Kind.STRING or kind is Kind.ENUM:
        if not _expect(value, str, info, where, problems):
            return False
        if f is not None:
            _check_length(len(value), f, where, "length", problems)
    elif kind is Kind.INTEGER:
        if not isinstance(value, int) or isinstance(value, bool):
            return _wrong_type(value, info, where, problems)
        if f is not None:
            _check_range(value, f, where, problems)
    elif kind is Kind.FLOAT:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return _wrong_type(value, info, where, problems)
        if f is not None:
            _check_range(value, f, where, problems)
    elif kind is Kind.BOOLEAN:
        return _expect(value, bool, info, where, problems)
    elif kind is Kind.TIMESTAMP:
        return _expect(value, datetime.datetime, info, where, problems)
    elif kind is Kind.BLOB:
        if not _expect(value, (bytes, bytearray), info, where, problems):
            return False
        if f is not None:
            _check_length(len(value), f, where, "length", problems)
    elif kind is Kind.LIST:
        return _check_list(value, info, where, f, problems)
    elif kind is Kind.MAP:
        return _check_map(value, info, where, f, problems)
    elif kind is Kind.STRUCTURE:
        if not _expect(value, info.python_type, info, where, problems):
            return False
        _check_structure(value, where, problems)
    return True


def _check_list(
    value: Any, info: TypeInfo, where: str, f: FieldPlan | None, problems: list[ParamProblem]
) -> bool:
    if not _expect(value, (list, tuple), info, where, problems):
        return False
    if f is not None:
        _check_length(len(value), f, where, "number of items", problems)
    assert info.item is not None
    for i, item in enumerate(value):
        _check_item(item, info.item, f"{where}[{i}]", f, problems)
    return True


def _check_map(
    value: Any, info: TypeInfo, where: str, f: FieldPlan | None, problems: list[ParamProblem]
) -> bool:
    if not _expect(value, dict, info, where, problems):
        return False
    if f is not None:
        _check_length(len(value), f, where, "number of entries", problems)
    assert info.item is not None
    for key, item in value.items():
        here = f"{where}[{key!r}]"
        if not isinstance(key, str):
            problems.append(ParamProblem(here, "map keys must be str"))
        elif f is not None:
            _check_bounds(
                len(key), f.spec.key_min_len, f.spec.key_max_len, here, "key length", problems
            )
        _check_item(item, info.item, here, f, problems)
    return True


def _check_item(
    item: Any, info: TypeInfo, here: str, f: FieldPlan | None, problems: list[ParamProblem]
) -> None:
    """One list item or map value: not None, of its type, a string within the item bounds."""
    if item is None:
        problems.append(ParamProblem(here, "must not be None"))
        return
    if _check_value(item, info, here, None, problems) and f is not None and isinstance(item, str):
        _check_bounds(len(item), f.spec.item_min_len, f.spec.item_max_len, here, "length", problems)


def _expect(
    value: Any,
    types: type | tuple[type, ...],
    info: TypeInfo,
    where: str,
    problems: list[ParamProblem],
) -> bool:
    if isinstance(value, types):
        return True
    return _wrong_type(value, info, where, problems)


def _wrong_type(value: Any, info: TypeInfo, where: str, problems: list[ParamProblem]) -> bool:
    problems.append(ParamProblem(where, f"expected {info.label}, got {type(value).__name__}"))
    return False


def _check_length(
    size: int, f: FieldPlan, where: str, what: str, problems: list[ParamProblem]
) -> None:
    _check_bounds(size, f.spec.min_len, f.spec.max_len, where, what, problems)


def _check_bounds(
    size: int,
    low: int | None,
    high: int | None,
    where: str,
    what: str,
    problems: list[ParamProblem],
) -> None:
    if low is not None and size < low:
        problems.append(ParamProblem(where, f"{what} {size} is below the minimum of {low}"))
    elif high is not None and size > high:
        problems.append(ParamProblem(where, f"{what} {size} is above the maximum of {high}"))


def _check_range(value: float, f: FieldPlan, where: str, problems: list[ParamProblem]) -> None:
    spec = f.spec
    if spec.min_value is not None and value < spec.min_value:
        problems.append(
            ParamProblem(where, f"value {value} is below the minimum of {spec.min_value:g}")
        )
    elif spec.max_value is not None and value > spec.max_value:
        problems.append(
            ParamProblem(where, f"value {value} is above the maximum of {spec.max_value:g}")
        )
