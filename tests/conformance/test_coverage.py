"""Everything botocore's models name exists in emrk, declared as the model says.

Walks each service model and checks, with one test case per item so a failure
names it: a client method per operation with exactly the input members as
keyword-only parameters; a model class per structure (every member with its
wire name, location, required and sensitive flags, bounds, timestamp format
and type; enum members sent in requests typed ``<Enum> | <Enum>Literal``, the
others ``<Enum> | str``); an enum per enum shape with every value and a
``<Enum>Literal`` alias listing exactly those values; an exception class per
error shape; a ``paginate_*`` method per paginator and a ``wait_until_*``
method per waiter (pacing and acceptors as botocore has them); and the
package's ``__all__``. The last test prints how much was checked.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import types
import typing
from typing import Any

import attrs
import pytest
from botocore import xform_name
from botocore.model import Shape, StructureShape

from emrk.core.enums import ServiceEnum
from emrk.core.model import FieldPlan, Kind, TypeInfo, is_model, plan_of, type_info
from emrk.core.paginate import Paginator
from emrk.core.wait import WaiterSpec

from ._botocore_model import (
    SERVICES,
    Service,
    all_operations,
    attr_name,
    method_name,
    wire_name,
)

_MESSAGE_MEMBERS = ("message", "Message")
_WAITER_OPTIONS = {"delay", "max_attempts", "on_attempt"}


def _op_cases() -> list[Any]:
    return [pytest.param(s, op, id=f"{s}:{op}") for s, op in all_operations()]


def _structure_cases() -> list[Any]:
    return [
        pytest.param(s, name, id=f"{s}:{name}")
        for s in SERVICES
        for name, shape in sorted(s.shapes.items())
        if shape.type_name == "structure"
    ]


def _enum_cases() -> list[Any]:
    return [
        pytest.param(s, name, id=f"{s}:{name}")
        for s in SERVICES
        for name, shape in sorted(s.shapes.items())
        if shape.type_name == "string"
    ]


def _error_cases() -> list[Any]:
    return [pytest.param(s, e.name, id=f"{s}:{e.name}") for s in SERVICES for e in s.error_shapes]


def _paginator_cases() -> list[Any]:
    return [pytest.param(s, op, id=f"{s}:{op}") for s in SERVICES for op in sorted(s.paginators)]


def _waiter_cases() -> list[Any]:
    return [pytest.param(s, w, id=f"{s}:{w}") for s in SERVICES for w in sorted(s.waiters)]


# -- expected types -------------------------------------------------------------

_SCALARS: dict[str, Kind] = {
    "string": Kind.STRING,
    "integer": Kind.INTEGER,
    "long": Kind.INTEGER,
    "float": Kind.FLOAT,
    "double": Kind.FLOAT,
    "boolean": Kind.BOOLEAN,
    "timestamp": Kind.TIMESTAMP,
    "blob": Kind.BLOB,
}


def expected_type(service: Service, shape: Shape) -> tuple[Any, ...]:
    """What emrk's annotation for ``shape`` must reduce to (see :func:`actual_type`)."""
    kind = shape.type_name
    if kind == "list":
        return (Kind.LIST, expected_type(service, shape.member))
    if kind == "map":
        return (Kind.MAP, expected_type(service, shape.value))
    if kind == "structure":
        if shape.metadata.get("document"):
            return (Kind.DOCUMENT,)
        return (Kind.STRUCTURE, service.class_name(shape))
    if kind == "string" and shape.enum:
        return (Kind.ENUM, service.class_name(shape))
    return (_SCALARS[kind],)


def actual_type(info: TypeInfo) -> tuple[Any, ...]:
    """An emrk TypeInfo in the comparable form of :func:`expected_type`."""
    if info.kind in (Kind.LIST, Kind.MAP):
        assert info.item is not None
        return (info.kind, actual_type(info.item))
    if info.kind in (Kind.STRUCTURE, Kind.ENUM):
        return (info.kind, info.python_type.__name__)
    return (info.kind,)


def _allows_none(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return type(None) in typing.get_args(annotation)
    return annotation is None or annotation is type(None)


def _bounds(shape: Shape) -> dict[str, Any]:
    """The min/max a member's spec must carry, by MemberSpec field name."""
    low, high = shape.metadata.get("min"), shape.metadata.get("max")
    if shape.type_name in ("string", "blob", "list", "map"):
        return {"min_len": low, "max_len": high}
    if shape.type_name in ("integer", "long", "float", "double"):
        return {"min_value": low, "max_value": high}
    return {}


# -- operations -----------------------------------------------------------------


@pytest.mark.parametrize(("service", "operation"), _op_cases())
def test_operation_method(service: Service, operation: str) -> None:
    op = service.operation(operation)
    method = getattr(service.client_class, method_name(operation), None)
    assert callable(method), f"{service.client_name} has no {method_name(operation)}"
    signature = inspect.signature(method)
    params = [p for p in signature.parameters.values() if p.name != "self"]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params)

    shape = op.input_shape
    members = {} if shape is None else dict(shape.members)
    expected = {attr_name(n): n for n in members}
    assert {p.name for p in params} == set(expected)

    hints = _hints(service, method)
    assert hints["return"].__name__ == f"{operation}Response"
    assert shape is None or service.class_name(shape) == f"{operation}Request"
    required = set() if shape is None else set(shape.required_members)
    for p in params:
        name = expected[p.name]
        member = members[name]
        optional = name not in required or bool(member.metadata.get("idempotencyToken"))
        where = f"{method_name(operation)}({p.name})"
        if optional:
            assert p.default is None, f"{where} must default to None"
        else:
            assert p.default is inspect.Parameter.empty, f"{where} is required"
        assert _allows_none(hints[p.name]) == optional, f"{where}: annotation {hints[p.name]}"
        assert actual_type(type_info(hints[p.name])) == expected_type(service, member), where
        check_enum_typing(service, member, hints[p.name], for_requests=True, where=where)


@pytest.mark.parametrize(("service", "operation"), _op_cases())
def test_operation_spec(service: Service, operation: str) -> None:
    """The static Operation: name, HTTP binding, input and output models."""
    op = service.operation(operation)
    ops = importlib.import_module(f"{service.package}.operations")
    spec = getattr(ops, xform_name(operation).upper())
    assert spec.name == operation
    assert spec.input.__name__ == f"{operation}Request"
    assert spec.output.__name__ == f"{operation}Response"
    assert spec.http_method == op.http.get("method", "POST")
    assert spec.request_uri == op.http.get("requestUri", "/")


# -- models ---------------------------------------------------------------------


@pytest.mark.parametrize(("service", "shape_name"), _structure_cases())
def test_structure_model(service: Service, shape_name: str) -> None:
    shape = service.shapes[shape_name]
    assert isinstance(shape, StructureShape)
    cls = service.emrk_class(shape)
    assert is_model(cls), f"{cls} is not an emrk model"
    plan = plan_of(cls)
    assert plan.is_union == bool(shape.metadata.get("union"))
    assert plan.sensitive == bool(shape.metadata.get("sensitive"))
    fields = {f.name: f for f in plan.fields}
    expected = {attr_name(n): n for n in shape.members}
    assert set(fields) == set(expected), f"{cls.__name__} members"
    hints = typing.get_type_hints(cls)
    for_requests = shape.name in service.input_shape_names
    for name, member_name in expected.items():
        check_field(service, shape, member_name, fields[name], attrs.fields_dict(cls)[name])
        check_enum_typing(
            service,
            shape.members[member_name],
            hints[name],
            for_requests=for_requests,
            where=f"{shape.name}.{member_name}",
        )


def check_field(
    service: Service, shape: StructureShape, member_name: str, f: FieldPlan, a: Any
) -> None:
    """One model attribute against botocore's member."""
    member = shape.members[member_name]
    where = f"{shape.name}.{member_name}"
    spec = f.spec
    token = bool(member.metadata.get("idempotencyToken"))
    required = member_name in shape.required_members and not token
    assert spec.wire == wire_name(member_name, member), where
    assert spec.location == member.serialization.get("location", "body"), where
    assert spec.required == required, f"{where}: required"
    assert (a.default is attrs.NOTHING) == required, f"{where}: default"
    assert spec.idempotency_token == token, f"{where}: idempotency token"
    assert spec.sensitive == expected_sensitive(member), f"{where}: sensitive"
    assert spec.timestamp_format == member.serialization.get("timestampFormat"), where
    for bound, value in _bounds(member).items():
        assert getattr(spec, bound) == value, f"{where}: {bound}"
    assert actual_type(f.type) == expected_type(service, member), f"{where}: type"
    check_item_bounds(member, f, where)


def _enum_shape(member: Shape) -> Shape | None:
    """The enum shape a member holds, directly or as list items or map values."""
    if member.type_name == "list":
        return _enum_shape(member.member)
    if member.type_name == "map":
        return _enum_shape(member.value)
    return member if member.type_name == "string" and member.enum else None


def _enum_union(annotation: Any) -> list[Any]:
    """The union an enum annotation is made of, ``None`` left out, lists and maps unwrapped."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _enum_union(args[0]) if len(args) == 1 else args
    if origin is list:
        return _enum_union(typing.get_args(annotation)[0])
    if origin is dict:
        return _enum_union(typing.get_args(annotation)[1])
    return [annotation]


def check_enum_typing(
    service: Service, member: Shape, annotation: Any, *, for_requests: bool, where: str
) -> None:
    """Enums sent in requests are ``<Enum> | <Enum>Literal``; the others ``<Enum> | str``.

    The Literal form makes a misspelt value a type error; responses keep
    ``str`` because a value the service adds later arrives as a plain string.
    """
    shape = _enum_shape(member)
    if shape is None:
        return
    name = service.class_name(shape)
    enum_cls = getattr(service.module, name)
    if for_requests:
        alias = getattr(service.module, f"{name}Literal")
        assert _enum_union(annotation) == [enum_cls, alias], (
            f"{where}: sent in requests, so typed {name} | {name}Literal, not {annotation}"
        )
    else:
        assert _enum_union(annotation) == [enum_cls, str], (
            f"{where}: only in responses, so typed {name} | str, not {annotation}"
        )


def expected_sensitive(member: Shape) -> bool:
    """Sensitive members, and lists/maps whose scalar items, keys or values are.

    botocore marks ``EntryPointArguments`` items sensitive rather than the
    list; emrk hides the whole member, which hides each item too. Nested
    structures hide their own sensitive members, so they do not count here.
    """
    if member.metadata.get("sensitive"):
        return True
    nested = []
    if member.type_name == "list":
        nested = [member.member]
    elif member.type_name == "map":
        nested = [member.key, member.value]
    return any(n.type_name != "structure" and expected_sensitive(n) for n in nested)


def check_item_bounds(member: Shape, f: FieldPlan, where: str) -> None:
    """List items and map keys/values: the bounds botocore states on them."""
    spec = f.spec
    if member.type_name == "list" and member.member.type_name == "string":
        item = member.member
        assert (spec.item_min_len, spec.item_max_len) == (
            item.metadata.get("min"),
            item.metadata.get("max"),
        ), f"{where}: item bounds"
    if member.type_name == "map":
        key, value = member.key, member.value
        assert (spec.key_min_len, spec.key_max_len) == (
            key.metadata.get("min"),
            key.metadata.get("max"),
        ), f"{where}: key bounds"
        if value.type_name == "string":
            assert (spec.item_min_len, spec.item_max_len) == (
                value.metadata.get("min"),
                value.metadata.get("max"),
            ), f"{where}: value bounds"


@pytest.mark.parametrize(("service", "shape_name"), _enum_cases())
def test_enum(service: Service, shape_name: str) -> None:
    shape = service.shapes[shape_name]
    cls = service.emrk_class(shape)
    assert isinstance(cls, type) and issubclass(cls, enum.Enum), f"{shape_name} is not an Enum"
    assert issubclass(cls, str), f"{shape_name} must be a str-valued enum"
    assert issubclass(cls, ServiceEnum), f"{shape_name} must derive from ServiceEnum"
    assert sorted(m.value for m in cls) == sorted(shape.enum)
    alias_name = f"{cls.__name__}Literal"
    alias = getattr(service.module, alias_name, None)
    assert alias is not None, f"{service.package} has no {alias_name}"
    assert alias_name in service.module.__all__
    assert typing.get_origin(alias) is typing.Literal, f"{alias_name} is not a Literal"
    assert list(typing.get_args(alias)) == [m.value for m in cls], (
        f"{alias_name} must list exactly {cls.__name__}'s values, in order"
    )


# -- errors ---------------------------------------------------------------------


@pytest.mark.parametrize(("service", "shape_name"), _error_cases())
def test_error_class(service: Service, shape_name: str) -> None:
    shape = service.model.shape_for(shape_name)
    cls = service.error_class(shape)
    assert issubclass(cls, service.base_error) and cls is not service.base_error
    code = shape.metadata.get("error", {}).get("code", shape_name)
    assert cls.wire_code == code
    assert service.client_class._SERVICE.errors[code] is cls
    expected = {
        attr_name(n): wire_name(n, m) for n, m in shape.members.items() if n not in _MESSAGE_MEMBERS
    }
    assert cls.wire_members == expected
    sensitive = {attr_name(n) for n, m in shape.members.items() if expected_sensitive(m)}
    assert cls.sensitive_members == sensitive, f"{shape_name}: members str() must mask"


def test_no_unmodeled_error_classes() -> None:
    """Each service registers exactly its modeled errors."""
    for service in SERVICES:
        codes = {e.metadata.get("error", {}).get("code", e.name) for e in service.error_shapes}
        assert set(service.client_class._SERVICE.errors) == codes, service.name


# -- paginators and waiters -------------------------------------------------------


@pytest.mark.parametrize(("service", "operation"), _paginator_cases())
def test_paginator_method(service: Service, operation: str) -> None:
    config = service.paginators[operation]
    op = service.operation(operation)
    name = f"paginate_{method_name(operation)}"
    method = getattr(service.client_class, name, None)
    assert callable(method), f"{service.client_name} has no {name}"
    params = inspect.signature(method).parameters
    operation_params = set(
        inspect.signature(getattr(service.client_class, method_name(operation))).parameters
    )
    page_options = ["max_items", "starting_token"]
    assert set(params) == operation_params - {attr_name(config["input_token"])} | set(page_options)
    assert list(params)[-2:] == page_options, f"{name}: max_items, starting_token come last"
    assert all(params[p].default is None for p in page_options), name
    hints = _hints(service, method)
    returned = hints["return"]
    assert typing.get_origin(returned) is Paginator
    page, item = typing.get_args(returned)
    assert page.__name__ == f"{operation}Response"
    assert op.output_shape is not None
    result = op.output_shape.members[config["result_key"]]
    assert result.type_name == "list"
    assert actual_type(type_info(item)) == expected_type(service, result.member)


def waiter_spec(service: Service, waiter: str) -> WaiterSpec[Any]:
    """The WaiterSpec named ``waiter`` in the service's waiters module."""
    module = importlib.import_module(f"{service.package}.waiters")
    specs = [v for v in vars(module).values() if isinstance(v, WaiterSpec) and v.name == waiter]
    assert len(specs) == 1, f"{service.package}.waiters has {len(specs)} specs named {waiter}"
    return specs[0]


@pytest.mark.parametrize(("service", "waiter"), _waiter_cases())
def test_waiter_method(service: Service, waiter: str) -> None:
    config = service.waiters[waiter]
    name = f"wait_until_{xform_name(waiter)}"
    method = getattr(service.client_class, name, None)
    assert callable(method), f"{service.client_name} has no {name}"
    params = set(inspect.signature(method).parameters) - {"self"}
    operation = getattr(service.client_class, method_name(config["operation"]))
    operation_params = set(inspect.signature(operation).parameters) - {"self"}
    assert params == operation_params | _WAITER_OPTIONS

    spec = waiter_spec(service, waiter)
    assert (spec.delay, spec.max_attempts) == (config["delay"], config["maxAttempts"])
    acceptors = config["acceptors"]
    assert [a.state for a in spec.acceptors] == [a["state"] for a in acceptors]
    for ours, theirs in zip(spec.acceptors, acceptors, strict=True):
        if theirs["matcher"] == "error":
            assert ours.error == theirs["expected"]
        else:
            assert ours.error is None and ours.matches is not None


# -- exports and counts ---------------------------------------------------------


@pytest.mark.parametrize("service", [pytest.param(s, id=s.name) for s in SERVICES])
def test_package_exports(service: Service) -> None:
    exported = set(service.module.__all__)
    expected = {service.client_name, service.base_error_name}
    expected |= {service.class_name(s) for s in service.shapes.values()}
    expected |= {
        f"{service.class_name(s)}Literal"
        for s in service.shapes.values()
        if s.type_name == "string"
    }
    expected |= {e.name for e in service.error_shapes}
    missing = expected - exported
    assert not missing, f"{service.package}.__all__ lacks {sorted(missing)}"
    for name in exported:
        assert hasattr(service.module, name), f"{service.package}.__all__ names missing {name}"


def coverage_counts(service: Service) -> dict[str, int]:
    """How many items of each kind the tests above check for ``service``."""
    structures = [s for s in service.shapes.values() if s.type_name == "structure"]
    enums = [s for s in service.shapes.values() if s.type_name == "string"]
    return {
        "operations": len(service.operation_names),
        "models": len(structures),
        "members": sum(len(s.members) for s in structures),
        "enums": len(enums),
        "enum values": sum(len(s.enum) for s in enums),
        "errors": len(service.error_shapes),
        "paginators": len(service.paginators),
        "waiters": len(service.waiters),
    }


def test_print_coverage_counts(capsys: pytest.CaptureFixture[str], record_property: Any) -> None:
    """Report what the conformance suite checks, per service (printed even without ``-s``)."""
    rows = {s.name: coverage_counts(s) for s in SERVICES}
    columns = list(next(iter(rows.values())))
    totals = {c: sum(r[c] for r in rows.values()) for c in columns}
    lines = ["", "conformance coverage checked against botocore " + botocore_version()]
    lines.append(f"{'service':16}" + "".join(f"{c:>13}" for c in columns))
    for name, row in [*rows.items(), ("total", totals)]:
        lines.append(f"{name:16}" + "".join(f"{row[c]:>13}" for c in columns))
        record_property(f"coverage[{name}]", row)
    with capsys.disabled():
        print("\n".join(lines))
    assert all(r["operations"] for r in rows.values())


def botocore_version() -> str:
    import botocore

    return str(botocore.__version__)


def _hints(service: Service, method: Any) -> dict[str, Any]:
    """A client method's resolved annotations.

    Clients import their models only for type checkers (they load lazily at
    run time), so the models package's names are the namespace the
    annotations need (asked for by name: the package loads them on demand).
    """
    models = importlib.import_module(f"{service.package}.models")
    namespace = {name: getattr(models, name) for name in models.__all__}
    return typing.get_type_hints(method, localns=namespace)
