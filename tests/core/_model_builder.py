"""Build emrk models at run time from a botocore-style ``shapes`` dictionary.

The protocol compliance cases describe their operations with botocore shapes.
:class:`ShapeModels` turns those shapes into real ``@model`` classes declared
with :func:`emrk.core.model.member`, exactly as the service packages declare
theirs, so the cases exercise the same plan/serde/protocol path as a real
client. It also converts case parameters into model instances and parsed
models back into plain botocore-shaped dictionaries for comparison.

Structures (and unions) become attrs classes in a throwaway module registered
in ``sys.modules``: annotations are strings, so recursive shapes resolve
lazily when emrk first builds the class's plan.
"""

from __future__ import annotations

import base64
import datetime
import enum
import itertools
import keyword
import math
import sys
import types
from collections.abc import Mapping
from typing import Any

from botocore import xform_name

from emrk.core.errors import ServiceError
from emrk.core.model import Response, member, model
from emrk.core.serde import parse_timestamp

_counter = itertools.count()
# Annotations name builtins through underscore aliases: a member called
# ``float`` or ``datetime`` would otherwise shadow them while the annotation
# is evaluated in the class namespace.
_ALIASES: dict[str, Any] = {
    "_str": str,
    "_int": int,
    "_float": float,
    "_bool": bool,
    "_bytes": bytes,
    "_datetime": datetime.datetime,
    "_list": list,
    "_dict": dict,
}
_SCALARS = {
    "string": "_str",
    "character": "_str",
    "integer": "_int",
    "long": "_int",
    "short": "_int",
    "byte": "_int",
    "bigInteger": "_int",
    "float": "_float",
    "double": "_float",
    "bigDecimal": "_float",
    "boolean": "_bool",
    "timestamp": "_datetime",
    "blob": "_bytes",
}
_MESSAGE_MEMBERS = ("message", "Message")


def attribute_name(member_name: str) -> str:
    """The Python attribute for a wire member, as the API contract names it."""
    name = str(xform_name(member_name))
    return name + "_" if keyword.iskeyword(name) else name


class ShapeModels:
    """Model classes for one suite's shapes, created on first use."""

    def __init__(self, shapes: Mapping[str, Any]) -> None:
        self.shapes = shapes
        self._module = types.ModuleType(f"_emrk_compliance_{next(_counter)}")
        self._module.__dict__.update(_ALIASES)
        sys.modules[self._module.__name__] = self._module
        self._built: dict[str, type] = {}
        self._pending: set[str] = set()

    # -- classes -----------------------------------------------------------

    def structure(self, shape_name: str, *, response: bool = False) -> type:
        """The model class for a structure shape (a Response subclass if asked)."""
        key = ("response:" if response else "") + shape_name
        built = self._built.get(key)
        if built is None:
            built = self._built[key] = self._make_structure(shape_name, response=response)
        return built

    def empty(self, name: str, *, response: bool) -> type:
        """A model with no members, for operations without an input or output."""
        return self._make_class(name, {}, {}, union=False, response=response)

    def error_class(self, shape_name: str, base: type[ServiceError]) -> type[ServiceError]:
        """A ServiceError subclass for an error shape, as service packages write them."""
        members = self.shapes[shape_name].get("members", {})
        wire_members = {
            attribute_name(name): spec.get("locationName", name)
            for name, spec in members.items()
            if name not in _MESSAGE_MEMBERS
        }
        return type(shape_name, (base,), {"wire_code": shape_name, "wire_members": wire_members})

    def _make_structure(self, shape_name: str, *, response: bool) -> type:
        shape = self.shapes[shape_name]
        annotations: dict[str, str] = {}
        fields: dict[str, Any] = {}
        for member_name, spec in shape.get("members", {}).items():
            attr = attribute_name(member_name)
            annotations[attr] = self._annotation(spec["shape"]) + " | None"
            fields[attr] = self._member(member_name, spec)
        return self._make_class(
            shape_name, annotations, fields, union=bool(shape.get("union")), response=response
        )

    def _make_class(
        self,
        shape_name: str,
        annotations: dict[str, str],
        fields: dict[str, Any],
        *,
        union: bool,
        response: bool,
    ) -> type:
        namespace: dict[str, Any] = {
            "__annotations__": annotations,
            "__module__": self._module.__name__,
            "__qualname__": shape_name,
            **fields,
        }
        bases: tuple[type, ...] = (Response,) if response else ()
        cls: type = model(union=union)(type(shape_name, bases, namespace))
        prefix = "_response_" if response else "_shape_"
        setattr(self._module, prefix + shape_name, cls)
        return cls

    def _member(self, member_name: str, spec: Mapping[str, Any]) -> Any:
        target = self.shapes[spec["shape"]]
        location = spec.get("location", "body")
        wire = spec.get("locationName", member_name)
        fmt = spec.get("timestampFormat") or self._timestamp_format(target)
        return member(
            wire,
            default=None,
            location=location,
            timestamp_format=fmt,
            idempotency_token=bool(spec.get("idempotencyToken")),
        )

    def _timestamp_format(self, shape: Mapping[str, Any]) -> Any:
        """A timestamp format declared on the target shape (or a list's items)."""
        if shape["type"] == "list":
            return self._timestamp_format(self.shapes[shape["member"]["shape"]])
        return shape.get("timestampFormat")

    def _annotation(self, shape_name: str) -> str:
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if kind == "structure":
            if shape_name not in self._pending:  # recursive shapes refer to themselves
                self._pending.add(shape_name)
                self.structure(shape_name)
            return "_shape_" + shape_name
        if kind == "list":
            return f"_list[{self._annotation(shape['member']['shape'])}]"
        if kind == "map":
            return f"_dict[_str, {self._annotation(shape['value']['shape'])}]"
        if kind == "string" and "enum" in shape:
            self._enum(shape_name)
            return f"_enum_{shape_name} | _str"
        return _SCALARS[kind]

    def _enum(self, shape_name: str) -> type[enum.Enum]:
        name = "_enum_" + shape_name
        existing = getattr(self._module, name, None)
        if existing is not None:
            return existing  # type: ignore[no-any-return]
        values = self.shapes[shape_name]["enum"]
        members = [(f"V{i}", value) for i, value in enumerate(values)]
        created = enum.Enum(shape_name, members, type=str, module=self._module.__name__)  # type: ignore[misc]
        setattr(self._module, name, created)
        return created

    # -- case params -> model instances -----------------------------------------

    def instance(self, shape_name: str, params: Mapping[str, Any], *, cls: type) -> Any:
        """Build ``cls`` (a structure of ``shape_name``) from botocore-style params."""
        members = self.shapes[shape_name].get("members", {})
        values = {
            attribute_name(name): self.value(members[name]["shape"], value)
            for name, value in params.items()
        }
        return cls(**values)

    def value(self, shape_name: str, value: Any) -> Any:
        """One botocore-style parameter value as the emrk model expects it."""
        if value is None:
            return None
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if kind == "structure":
            return self.instance(shape_name, value, cls=self.structure(shape_name))
        if kind == "list":
            return [self.value(shape["member"]["shape"], item) for item in value]
        if kind == "map":
            return {k: self.value(shape["value"]["shape"], v) for k, v in value.items()}
        if kind == "timestamp":
            if isinstance(value, (int, float)):
                return datetime.datetime.fromtimestamp(value, datetime.timezone.utc)
            return parse_timestamp(value)
        if kind == "blob":
            return value.encode("utf-8") if isinstance(value, str) else bytes(value)
        if kind in ("float", "double"):
            return float(value) if isinstance(value, str) else value
        if kind == "string" and "enum" in shape:
            known = self._enum(shape_name)._value2member_map_
            return known.get(value, value)
        return value

    # -- parsed models -> plain, botocore-shaped values -------------------------

    def plain(self, shape_name: str, value: Any) -> Any:
        """A parsed emrk value as botocore's compliance results write it."""
        if value is None:
            return None
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if kind == "structure":
            out = {}
            for name, spec in shape.get("members", {}).items():
                item = getattr(value, attribute_name(name))
                if item is not None:
                    out[name] = self.plain(spec["shape"], item)
            return out
        if kind == "list":
            return [self.plain(shape["member"]["shape"], item) for item in value]
        if kind == "map":
            return {k: self.plain(shape["value"]["shape"], v) for k, v in value.items()}
        if kind == "timestamp":
            return value.timestamp()
        if kind == "blob":
            return value.decode("utf-8")
        if isinstance(value, enum.Enum):
            return value.value
        return value

    def expected(self, shape_name: str, value: Any) -> Any:
        """An expected result with float specials (``"NaN"``...) as real floats."""
        if value is None:
            return None
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if kind == "structure":
            members = shape.get("members", {})
            return {k: self.expected(members[k]["shape"], v) for k, v in value.items()}
        if kind == "list":
            return [self.expected(shape["member"]["shape"], item) for item in value]
        if kind == "map":
            return {k: self.expected(shape["value"]["shape"], v) for k, v in value.items()}
        if kind in ("float", "double") and isinstance(value, str):
            return float(value)
        return value

    def wire(self, shape_name: str, value: Any) -> Any:
        """A plain expected value in wire form (JSON names), as error members keep it."""
        if value is None:
            return None
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if kind == "structure":
            members = shape.get("members", {})
            return {
                members[k].get("locationName", k): self.wire(members[k]["shape"], v)
                for k, v in value.items()
            }
        if kind == "list":
            return [self.wire(shape["member"]["shape"], item) for item in value]
        if kind == "map":
            return {k: self.wire(shape["value"]["shape"], v) for k, v in value.items()}
        if kind == "blob" and isinstance(value, str):
            return base64.b64encode(value.encode("utf-8")).decode("ascii")
        return value


def same(actual: Any, expected: Any) -> bool:
    """Deep equality where NaN equals NaN and floats compare to a microsecond."""
    if isinstance(expected, dict):
        return (
            isinstance(actual, dict)
            and actual.keys() == expected.keys()
            and all(same(actual[k], expected[k]) for k in expected)
        )
    if isinstance(expected, list):
        return (
            isinstance(actual, list)
            and len(actual) == len(expected)
            and all(same(a, e) for a, e in zip(actual, expected, strict=True))
        )
    if isinstance(expected, bool) or isinstance(actual, bool):
        return actual is expected
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        if math.isnan(expected) or math.isnan(actual):
            return math.isnan(expected) and math.isnan(actual)
        if math.isinf(expected) or math.isinf(actual):
            return actual == expected
        return math.isclose(actual, expected, rel_tol=0, abs_tol=1e-6)
    return bool(actual == expected)
