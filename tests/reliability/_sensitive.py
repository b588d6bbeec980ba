"""What botocore marks sensitive, and answers that carry it as canaries.

The secret tests do not list sensitive members by hand: they walk botocore's
service models (shape trait ``sensitive``, on a string, a map, a list or a
whole structure) from every operation's input and output, the same source
botocore redacts from. :func:`canary_body` builds a complete answer for an
output shape in which every string under something sensitive (map keys
included) is a unique canary, and every other string a harmless value.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator
from typing import Any

import attrs
import botocore.session
from botocore.model import OperationModel, Shape, StructureShape

#: emrk package -> botocore service name.
BOTOCORE_NAMES = {
    "emr_containers": "emr-containers",
    "eks": "eks",
    "eks_auth": "eks-auth",
    "pcs": "pcs",
    "emr": "emr",
}
#: emrk's EMR package covers one operation of botocore's large ``emr`` model.
ONLY = {"emr": {"GetClusterSessionCredentials"}}


@attrs.frozen
class SensitivePath:
    """One place in an operation's input or output that botocore marks sensitive."""

    package: str
    operation: str
    direction: str  # "input" or "output"
    path: str


@functools.cache
def service_model(package: str) -> Any:
    return botocore.session.get_session().get_service_model(BOTOCORE_NAMES[package])


def operation_models(package: str) -> Iterator[OperationModel]:
    model = service_model(package)
    for name in model.operation_names:
        if package not in ONLY or name in ONLY[package]:
            yield model.operation_model(name)


def sensitive_paths(package: str) -> list[SensitivePath]:
    """Every sensitive place reachable from the package's operations."""
    found = []
    for op in operation_models(package):
        for direction, shape in (("input", op.input_shape), ("output", op.output_shape)):
            if shape is not None:
                for path in _walk(shape, "", frozenset()):
                    found.append(SensitivePath(package, op.name, direction, path))
    return found


def _walk(shape: Shape, path: str, seen: frozenset[str]) -> Iterator[str]:
    if shape.metadata.get("sensitive"):
        yield path or "<all>"
        return
    if shape.name in seen:
        return
    seen = seen | {shape.name}
    if isinstance(shape, StructureShape):
        for name, member in shape.members.items():
            yield from _walk(member, f"{path}.{name}" if path else name, seen)
    elif shape.type_name == "list":
        yield from _walk(shape.member, f"{path}[]", seen)
    elif shape.type_name == "map":
        yield from _walk(shape.value, f"{path}{{}}", seen)


def _carries(shape: Shape, seen: frozenset[str] = frozenset()) -> bool:
    return any(True for _ in _walk(shape, "x", seen))


class CanaryBody:
    """A wire answer for an output shape with a canary in every sensitive string."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.canaries: set[str] = set()
        self._counter = itertools.count(1)

    def build(self, shape: StructureShape) -> dict[str, Any]:
        body = self._value(shape, False, frozenset())
        assert isinstance(body, dict)
        return body

    def _canary(self) -> str:
        text = f"{self.prefix}{next(self._counter):03d}-sensitive"
        self.canaries.add(text)
        return text

    def _value(self, shape: Shape, hidden: bool, seen: frozenset[str]) -> Any:
        hidden = hidden or bool(shape.metadata.get("sensitive"))
        kind = shape.type_name
        if kind == "structure":
            return self._structure(shape, hidden, seen)
        if kind == "list":
            return [self._value(shape.member, hidden, seen)]
        if kind == "map":
            key = self._canary() if hidden else "plain-key"
            return {key: self._value(shape.value, hidden, seen)}
        if kind == "string":
            if hidden:
                return self._canary()
            return shape.enum[0] if shape.enum else "plain-value"
        if kind in ("integer", "long"):
            return 7
        if kind in ("float", "double"):
            return 1.5
        if kind == "boolean":
            return True
        if kind == "timestamp":
            return 1700000000
        if kind == "blob":
            return "YmxvYg=="
        raise AssertionError(f"unexpected shape type {kind}")

    def _structure(self, shape: Shape, hidden: bool, seen: frozenset[str]) -> dict[str, Any]:
        assert isinstance(shape, StructureShape)
        if shape.name in seen or shape.metadata.get("document"):
            return {}
        seen = seen | {shape.name}
        members = [
            (name, member)
            for name, member in shape.members.items()
            if member.serialization.get("location") not in ("header", "headers", "statusCode")
        ]
        if shape.metadata.get("union"):
            carrying = [(n, m) for n, m in members if hidden or _carries(m, seen)]
            members = (carrying or members)[:1]
        return {
            member.serialization.get("name", name): self._value(member, hidden, seen)
            for name, member in members
        }
