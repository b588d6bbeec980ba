"""The EKS and EKS Auth packages against botocore 1.44.5's service models.

The packages were scaffolded from botocore once and are hand-maintained since;
these tests catch drift. For every operation: the HTTP binding, a method with
one keyword-only argument per input member, and for every member reachable
from its input and output: Python name, wire name, location (path label under
its own wire name, query string, header or body), required flag, idempotency
token, sensitivity, length and range bounds, enum values and nested types.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import keyword
from types import ModuleType
from typing import Any

import botocore.session
import pytest
from botocore import xform_name
from botocore.model import Shape

from emrk.core.model import Kind, TypeInfo, plan_of

SERVICES = [("emrk.eks", "eks"), ("emrk.eks_auth", "eks-auth")]
_KINDS = {
    "string": Kind.STRING,
    "integer": Kind.INTEGER,
    "long": Kind.INTEGER,
    "boolean": Kind.BOOLEAN,
    "timestamp": Kind.TIMESTAMP,
    "blob": Kind.BLOB,
    "float": Kind.FLOAT,
    "double": Kind.FLOAT,
    "list": Kind.LIST,
    "map": Kind.MAP,
    "structure": Kind.STRUCTURE,
}


def _py(name: str) -> str:
    python = xform_name(name)
    return python + "_" if keyword.iskeyword(python) else python


class _Checker:
    """Walks botocore shapes beside emrk models and collects every difference."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self._seen: set[tuple[str, bool]] = set()

    def structure(self, shape: Shape, cls: type, is_input: bool) -> None:
        if (shape.name, is_input) in self._seen:
            return
        self._seen.add((shape.name, is_input))
        plan = plan_of(cls)
        fields = {f.name: f for f in plan.fields}
        members = {_py(m): (m, s) for m, s in shape.members.items()}
        if set(fields) != set(members):
            self.problems.append(f"{cls.__name__}: members {sorted(set(fields) ^ set(members))}")
        if bool(shape.metadata.get("union")) != plan.is_union:
            self.problems.append(f"{cls.__name__}: union flag")
        for name, (wire_name, member) in members.items():
            if name in fields:
                self._member(cls, name, wire_name, member, shape, fields[name], is_input)

    def _member(
        self, cls: type, name: str, wire_name: str, member: Shape, parent: Shape, f: Any, inp: bool
    ) -> None:
        where = f"{cls.__name__}.{name}"
        spec = f.spec
        location = member.serialization.get("location", "body") if inp else "body"
        location = "header" if location == "headers" else location
        wire = member.serialization.get("name", wire_name) if location != "body" else wire_name
        token = bool(member.metadata.get("idempotencyToken"))
        expected: dict[str, Any] = {
            "location": location,
            "wire": wire,
            "idempotency_token": token,
            "required": wire_name in parent.required_members and not token,
        }
        if inp and member.type_name in ("string", "list", "map", "blob"):
            expected["min_len"] = member.metadata.get("min")
            expected["max_len"] = member.metadata.get("max")
        if inp and member.type_name in ("integer", "long", "float", "double"):
            expected["min_value"] = member.metadata.get("min")
            expected["max_value"] = member.metadata.get("max")
        if member.type_name == "timestamp":
            expected["timestamp_format"] = member.serialization.get("timestampFormat")
        for attr, want in expected.items():
            if getattr(spec, attr) != want:
                self.problems.append(f"{where}: {attr} {getattr(spec, attr)!r} != {want!r}")
        hidden = spec.sensitive or (
            f.type.kind is Kind.STRUCTURE and plan_of(f.type.python_type).sensitive
        )
        if bool(member.metadata.get("sensitive")) and not hidden:
            self.problems.append(f"{where}: sensitive member shown in repr")
        self.type(member, f.type, where, inp)

    def type(self, shape: Shape, info: TypeInfo, where: str, is_input: bool) -> None:
        if shape.type_name == "string" and shape.enum:
            self._enum(shape, info, where)
        elif shape.type_name == "structure" and shape.metadata.get("document"):
            if info.kind is not Kind.DOCUMENT:
                self.problems.append(f"{where}: not a document")
        elif _KINDS.get(shape.type_name) is not info.kind:
            self.problems.append(f"{where}: {info.kind} is not {shape.type_name}")
        elif shape.type_name == "list":
            assert info.item is not None
            self.type(shape.member, info.item, where + "[]", is_input)
        elif shape.type_name == "map":
            assert info.item is not None
            self.type(shape.value, info.item, where + "{}", is_input)
        elif shape.type_name == "structure":
            if info.python_type.__name__ != shape.name:
                self.problems.append(f"{where}: {info.python_type.__name__} is not {shape.name}")
            self.structure(shape, info.python_type, is_input)

    def _enum(self, shape: Shape, info: TypeInfo, where: str) -> None:
        if info.kind is not Kind.ENUM:
            self.problems.append(f"{where}: {info.kind} is not the enum {shape.name}")
            return
        cls = info.python_type
        if cls.__name__ != shape.name or not issubclass(cls, str):
            self.problems.append(f"{where}: enum class {cls.__name__}")
        if [m.value for m in cls] != list(shape.enum):
            self.problems.append(f"{where}: values of {cls.__name__}")


def _modules(package: str) -> tuple[ModuleType, ModuleType, ModuleType]:
    return (
        importlib.import_module(package),
        importlib.import_module(package + ".operations"),
        importlib.import_module(package + ".errors"),
    )


@pytest.mark.parametrize(("package", "service"), SERVICES)
def test_operations_and_models(package: str, service: str) -> None:
    pkg, ops, errors = _modules(package)
    client = next(getattr(pkg, n) for n in pkg.__all__ if n.endswith("Client"))
    model = botocore.session.get_session().get_service_model(service)
    checker = _Checker()
    for name in model.operation_names:
        operation = model.operation_model(name)
        const = getattr(ops, xform_name(name).upper())
        assert (const.name, const.http_method, const.request_uri) == (
            name,
            operation.http["method"],
            operation.http["requestUri"],
        )
        assert const.input.__name__ == name + "Request"
        assert const.output.__name__ == name + "Response"
        checker.structure(operation.input_shape, const.input, True)
        checker.structure(operation.output_shape, const.output, False)
        signature = inspect.signature(getattr(client, xform_name(name)))
        params = {p: v for p, v in signature.parameters.items() if p != "self"}
        assert set(params) == {_py(m) for m in operation.input_shape.members}, name
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values()), name
        for error in operation.error_shapes:
            assert error.name in errors.ERRORS, f"{name} raises unknown {error.name}"
    assert checker.problems == []


@pytest.mark.parametrize(
    ("package", "service", "operations", "enums", "errors"),
    [("emrk.eks", "eks", 70, 49, 15), ("emrk.eks_auth", "eks-auth", 1, 0, 9)],
)
def test_counts(package: str, service: str, operations: int, enums: int, errors: int) -> None:
    pkg, _ops, errs = _modules(package)
    model = botocore.session.get_session().get_service_model(service)
    assert len(model.operation_names) == operations
    exported = [getattr(pkg, n) for n in pkg.__all__]
    assert sum(isinstance(x, type) and issubclass(x, enum.Enum) for x in exported) == enums
    assert len(errs.ERRORS) == errors


def test_eks_path_labels_bound_under_another_name() -> None:
    """``clusterName`` travels as ``{name}`` in 45+ EKS operations."""
    from emrk.eks import operations

    model = botocore.session.get_session().get_service_model("eks")
    renamed = 0
    for name in model.operation_names:
        request = getattr(operations, xform_name(name).upper()).input
        for f in plan_of(request).fields:
            if f.spec.location == "uri":
                assert "{" + f.spec.wire in model.operation_model(name).http["requestUri"]
                renamed += f.spec.wire != f.name and xform_name(f.spec.wire) != f.name
    assert renamed >= 45


@pytest.mark.parametrize("package", ["emrk.eks", "emrk.eks_auth"])
def test_every_enum_keeps_unknown_values_as_str(package: str) -> None:
    """A value the service adds later parses as plain ``str`` wherever an enum appears."""
    pkg = importlib.import_module(package)
    converter = importlib.import_module(package + "._service").SERVICE.protocol.converter
    exported = [getattr(pkg, n) for n in pkg.__all__]
    enums = {x for x in exported if isinstance(x, type) and issubclass(x, enum.Enum)}
    covered: set[type] = set()
    for cls in exported:
        if not (isinstance(cls, type) and hasattr(cls, "__emrk_union__")):
            continue
        for f in plan_of(cls).fields:
            info, wrap = f.type, (lambda v: v)
            if info.kind is Kind.LIST and info.item is not None:
                info, wrap = info.item, (lambda v: [v])
            if info.kind is not Kind.ENUM:
                continue
            parsed = converter.structure({f.spec.wire: wrap("VALUE_FROM_THE_FUTURE")}, cls)
            value = getattr(parsed, f.name)
            assert wrap("VALUE_FROM_THE_FUTURE") == value
            assert all(type(v) is str for v in (value if isinstance(value, list) else [value]))
            known = next(iter(info.python_type))
            parsed = converter.structure({f.spec.wire: wrap(known.value)}, cls)
            assert getattr(parsed, f.name) == wrap(known)
            covered.add(info.python_type)
    assert covered == enums


@pytest.mark.parametrize("package", ["emrk.eks", "emrk.eks_auth"])
def test_public_names_have_real_docstrings(package: str) -> None:
    """Every module, class and public method says what it is for (no placeholders)."""
    import pkgutil

    root = importlib.import_module(package)
    modules = [root] + [
        importlib.import_module(m.name) for m in pkgutil.walk_packages(root.__path__, package + ".")
    ]
    missing = []
    for module in modules:
        objects: list[Any] = [module]
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if isinstance(obj, type):
                objects.append(obj)
                objects += [
                    v for k, v in vars(obj).items() if not k.startswith("_") and callable(v)
                ]
        for obj in objects:
            doc = inspect.getdoc(obj) or ""
            if not doc.strip() or doc.startswith("DOC:"):
                missing.append(getattr(obj, "__qualname__", getattr(obj, "__name__", obj)))
    assert missing == []
