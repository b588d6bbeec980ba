"""Read botocore's installed service models and derive test data from them.

The conformance tests never list an operation, member or value by hand: they
walk botocore's models (``service-2``, ``paginators-1``, ``waiters-2``), so a
member botocore knows and emrk lacks fails a test. This module holds the
shared pieces:

* :data:`SERVICES`: the five services and their emrk packages;
* naming rules from API.md (:func:`attr_name`, :meth:`Service.class_name`);
* :class:`InputGenerator`: request parameters from an input shape, in several
  deterministic variants, plus :func:`emrk_value` to turn them into emrk
  keyword arguments (model instances, enum members or plain strings);
* :class:`OutputGenerator`: response bodies (wire JSON) from an output shape;
* :func:`emrk_to_botocore`: an emrk model back to botocore's parsed dict;
* :class:`BotocoreCapture`, :func:`emrk_client` and :func:`intercept`:
  clients on both sides that send nothing over the network;
* :class:`RequestView`: the parts of a request both SDKs must agree on.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import functools
import importlib
import json
import keyword
import re
import types
import uuid
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import botocore.exceptions
import botocore.session
import responses
from botocore import xform_name
from botocore.awsrequest import AWSPreparedRequest, AWSResponse, HeadersDict
from botocore.config import Config as BotocoreConfig
from botocore.model import OperationModel, ServiceModel, Shape, StructureShape

import emrk
from emrk.core.model import plan_of

ENDPOINT = "https://example.test"
REGION = "us-east-1"
FAKE_KEY_ID = "AKIDEXAMPLECONFORM01"
FAKE_SECRET = "conformance/secret/key/not/real/0000000000"
REQUEST_ID = "11111111-2222-3333-4444-555555555555"
#: Characters a path label or query value must survive: reserved, space, unicode.
RESERVED = "a/b?c#d%e f+g&h=i~é"
UNKNOWN_ENUM_VALUE = "SOME_FUTURE_VALUE"
UNKNOWN_FIELD = "someFieldFromTheFuture"


class _Missing:
    """A member left out on purpose: botocore gets no key, emrk gets ``None``."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


# -- services -----------------------------------------------------------------


@functools.cache
def _botocore_session() -> botocore.session.Session:
    return botocore.session.get_session()


@dataclass(frozen=True)
class Service:
    """One botocore service and the emrk package that implements it."""

    name: str
    package: str
    client_name: str
    base_error_name: str
    #: Operations in scope; ``None`` means every operation of the model.
    only: tuple[str, ...] | None = None

    def __str__(self) -> str:
        return self.name

    @functools.cached_property
    def model(self) -> ServiceModel:
        """botocore's service model."""
        return _botocore_session().get_service_model(self.name)

    @property
    def protocol(self) -> str:
        """``rest-json`` or ``json``."""
        return str(self.model.protocol)

    @functools.cached_property
    def module(self) -> types.ModuleType:
        """The emrk service package."""
        return importlib.import_module(self.package)

    @property
    def client_class(self) -> type:
        """The emrk client class."""
        return getattr(self.module, self.client_name)  # type: ignore[no-any-return]

    @property
    def base_error(self) -> type:
        """The service's base exception."""
        return getattr(self.module, self.base_error_name)  # type: ignore[no-any-return]

    @functools.cached_property
    def operation_names(self) -> tuple[str, ...]:
        """The operations emrk must implement, in botocore's order."""
        names = tuple(self.model.operation_names)
        if self.only is None:
            return names
        return tuple(n for n in names if n in self.only)

    def operation(self, name: str) -> OperationModel:
        """botocore's operation model."""
        return self.model.operation_model(name)

    @functools.cached_property
    def paginators(self) -> dict[str, dict[str, Any]]:
        """botocore's paginator configs of in-scope operations."""
        try:
            config = _botocore_session().get_paginator_model(self.name)._paginator_config
        except botocore.exceptions.UnknownServiceError:
            return {}
        return {op: dict(cfg) for op, cfg in config.items() if op in self.operation_names}

    @functools.cached_property
    def waiters(self) -> dict[str, dict[str, Any]]:
        """botocore's waiter configs whose operation is in scope."""
        try:
            model = _botocore_session().get_waiter_model(self.name)
        except botocore.exceptions.UnknownServiceError:
            return {}
        configs = model._waiter_config
        return {n: c for n, c in configs.items() if c["operation"] in self.operation_names}

    @functools.cached_property
    def error_shapes(self) -> tuple[StructureShape, ...]:
        """The modeled errors of in-scope operations, by name.

        For a service in scope as a whole this is every error shape of its
        model (no error shape there goes unreferenced).
        """
        seen: dict[str, StructureShape] = {}
        for op in self.operation_names:
            for shape in self.operation(op).error_shapes:
                seen.setdefault(shape.name, shape)
        return tuple(seen[k] for k in sorted(seen))

    @functools.cached_property
    def _io_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for op in self.operation_names:
            model = self.operation(op)
            if model.input_shape is not None:
                names[model.input_shape.name] = f"{op}Request"
            if model.output_shape is not None:
                names[model.output_shape.name] = f"{op}Response"
        return names

    def class_name(self, shape: Shape) -> str:
        """The emrk class of a structure or enum shape (API.md naming rules)."""
        return self._io_names.get(shape.name, shape.name)

    def emrk_class(self, shape: Shape) -> Any:
        """The emrk model or enum class of a shape."""
        return getattr(self.module, self.class_name(shape))

    def error_class(self, shape: Shape) -> Any:
        """The emrk exception class of an error shape."""
        return getattr(self.module, shape.name)

    @functools.cached_property
    def shapes(self) -> dict[str, Shape]:
        """Every structure and enum shape reachable from in-scope operations.

        Error shapes themselves are exception classes (see :attr:`error_shapes`),
        but the structures and enums their members use are models here too.
        """
        found: dict[str, Shape] = {}
        for op in self.operation_names:
            model = self.operation(op)
            for root in (model.input_shape, model.output_shape):
                if root is not None:
                    _collect(root, found)
        for error in self.error_shapes:
            for member in error.members.values():
                _collect(member, found)
        return found

    @functools.cached_property
    def input_shape_names(self) -> frozenset[str]:
        """Structures a request can carry: operation inputs and what they nest.

        Their enum members are typed for requests (``<Enum> | <Enum>Literal``),
        even when the structure comes back in responses too; enum members of
        the other structures are typed ``<Enum> | str``.
        """
        found: dict[str, Shape] = {}
        for op in self.operation_names:
            root = self.operation(op).input_shape
            if root is not None:
                _collect(root, found)
        return frozenset(n for n, s in found.items() if s.type_name == "structure")


def _collect(shape: Shape, found: dict[str, Shape]) -> None:
    if shape.type_name == "structure":
        if shape.name in found:
            return
        found[shape.name] = shape
        for member in shape.members.values():
            _collect(member, found)
    elif shape.type_name == "list":
        _collect(shape.member, found)
    elif shape.type_name == "map":
        _collect(shape.key, found)
        _collect(shape.value, found)
    elif shape.type_name == "string" and shape.enum:
        found.setdefault(shape.name, shape)


SERVICES: tuple[Service, ...] = (
    Service("emr-containers", "emrk.emr_containers", "EMRContainersClient", "EMRContainersError"),
    Service("eks", "emrk.eks", "EKSClient", "EKSError"),
    Service("eks-auth", "emrk.eks_auth", "EKSAuthClient", "EKSAuthError"),
    Service("pcs", "emrk.pcs", "PCSClient", "PCSError"),
    Service("emr", "emrk.emr", "EMRClient", "EMRError", only=("GetClusterSessionCredentials",)),
)
SERVICE_BY_NAME = {s.name: s for s in SERVICES}


def all_operations() -> list[tuple[Service, str]]:
    """(service, operation) for every in-scope operation."""
    return [(s, op) for s in SERVICES for op in s.operation_names]


def attr_name(member_name: str) -> str:
    """The emrk attribute / argument name of a botocore member."""
    name = xform_name(member_name)
    return name + "_" if keyword.iskeyword(name) else name


def wire_name(member_name: str, member_shape: Shape) -> str:
    """Where a member travels: its ``locationName`` or its own name."""
    return str(member_shape.serialization.get("name", member_name))


def method_name(operation: str) -> str:
    """The client method of an operation."""
    return str(xform_name(operation))


def idempotency_members(shape: StructureShape | None) -> list[str]:
    """Names of the members botocore fills with a UUID when left out."""
    if shape is None:
        return []
    return [n for n, m in shape.members.items() if m.metadata.get("idempotencyToken")]


def is_uuid(value: object) -> bool:
    """True for a canonical UUID string."""
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


# -- request parameters -------------------------------------------------------

_UTC = datetime.timezone.utc
_PLUS_0530 = datetime.timezone(datetime.timedelta(hours=5, minutes=30))


@dataclass(frozen=True)
class InputVariant:
    """How to fill an input shape; each variant stresses different edges."""

    name: str
    #: ``all`` members, or only the ``required`` ones.
    members: str = "all"
    #: String lengths: ``normal``, the model's ``max`` or its ``min``.
    lengths: str = "normal"
    #: Put reserved and non-ASCII characters into strings.
    reserved: bool = False
    #: Collection sizes: ``normal`` (3), ``max`` or ``min``.
    sizes: str = "normal"
    #: Integers: ``normal``, ``max`` or ``min`` of the model's range.
    numbers: str = "normal"
    #: Which union member and which enum value: 0 is first, -1 is last.
    pick: int = 0
    #: Pass enums to emrk as plain ``str`` instead of enum members.
    enums_as_str: bool = False
    timestamp: datetime.datetime = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=_UTC)
    boolean: bool = True
    #: Give idempotency tokens explicitly (else both SDKs generate one).
    tokens: bool = True
    #: Send enum values the model does not list yet (as a newer service would accept).
    future_enums: bool = False
    #: Path labels that are dot segments (``..``, ``.``): they must stay in the path.
    dot_labels: str | None = None


INPUT_VARIANTS: tuple[InputVariant, ...] = (
    InputVariant("all"),
    InputVariant("required", members="required", tokens=False),
    InputVariant(
        "edge-max",
        lengths="max",
        reserved=True,
        sizes="max",
        numbers="max",
        pick=-1,
        enums_as_str=True,
        timestamp=datetime.datetime(2024, 2, 29, 23, 59, 58, 123456, tzinfo=_PLUS_0530),
        boolean=False,
    ),
    InputVariant(
        "edge-min",
        lengths="min",
        sizes="min",
        numbers="min",
        timestamp=datetime.datetime(2023, 12, 31, 23, 59, 59, 1),  # naive: UTC
        tokens=False,
    ),
    InputVariant("unicode", reserved=True, pick=-1, enums_as_str=True),
    InputVariant("future-enums", future_enums=True, tokens=False),
    InputVariant("dot-dot-labels", members="required", dot_labels=".."),
    InputVariant("dot-labels", members="required", dot_labels="."),
)

#: Sizes and lengths used where the model states no bound.
_NORMAL_SIZE = 3
_MAX_SIZE_CAP = 12
_MAX_STRING_CAP = 4096
_UNBOUNDED_STRING = 300
_INT32_MAX = 2**31 - 1


def _fit(base: str, length: int) -> str:
    """``base`` repeated or cut to exactly ``length`` characters."""
    if length <= 0:
        return ""
    return (base * (length // len(base) + 1))[:length]


def _clamp(value: int, low: int | None, high: int | None) -> int:
    if low is not None:
        value = max(value, low)
    if high is not None:
        value = min(value, high)
    return value


@dataclass
class InputGenerator:
    """Deterministic request parameters (botocore's dict form) for one variant."""

    variant: InputVariant
    _counter: int = field(default=0)

    def params(self, shape: StructureShape | None) -> dict[str, Any]:
        """Top-level parameters of an operation's input."""
        if shape is None:
            return {}
        return self._structure(shape, (), top=True)

    def value(self, shape: Shape, hint: str, location: str | None, stack: tuple[str, ...]) -> Any:
        """One value of ``shape``; ``hint`` makes strings recognisable."""
        kind = shape.type_name
        if kind == "structure":
            return self._structure(shape, stack)
        if kind == "list":
            return self._list(shape, hint, stack)
        if kind == "map":
            return self._map(shape, hint, stack)
        if kind == "string":
            return self._string(shape, hint, location)
        if kind in ("integer", "long"):
            return self._integer(shape)
        if kind in ("float", "double"):
            return 1.5
        if kind == "boolean":
            return self.variant.boolean
        if kind == "timestamp":
            return self.variant.timestamp
        if kind == "blob":
            return b"blob \x00\xff bytes"
        raise AssertionError(f"unsupported shape type {kind} ({shape.name})")

    def _structure(
        self, shape: StructureShape, stack: tuple[str, ...], top: bool = False
    ) -> dict[str, Any]:
        if shape.metadata.get("document"):
            return {"doc": [1, "two", {"three": True}]}
        names = self._chosen_members(shape, stack, top)
        out: dict[str, Any] = {}
        inner = (*stack, shape.name)
        for name in names:
            member = shape.members[name]
            location = member.serialization.get("location")
            out[name] = self.value(member, name, location, inner)
        return out

    def _chosen_members(
        self, shape: StructureShape, stack: tuple[str, ...], top: bool
    ) -> list[str]:
        members = list(shape.members)
        if shape.metadata.get("union"):
            return [members[self.variant.pick]]
        required = set(shape.required_members)
        everything = self.variant.members == "all"
        chosen = []
        for name in members:
            member = shape.members[name]
            if top and member.metadata.get("idempotencyToken"):
                wanted = self.variant.tokens
            else:
                wanted = name in required or (
                    everything and not _recursion(member, stack, shape.name)
                )
            if wanted:
                chosen.append(name)
        return chosen

    def _size(self, shape: Shape) -> int:
        low = shape.metadata.get("min")
        high = shape.metadata.get("max")
        mode = self.variant.sizes
        if mode == "max":
            return high if high is not None and high <= _MAX_SIZE_CAP else _MAX_SIZE_CAP // 2
        if mode == "min":
            return int(low or 0)
        return _clamp(_NORMAL_SIZE, low, high)

    def _list(self, shape: Shape, hint: str, stack: tuple[str, ...]) -> list[Any]:
        item = shape.member
        count = self._size(shape)
        if item.type_name == "string" and item.enum:
            values = [UNKNOWN_ENUM_VALUE] if self.variant.future_enums else list(item.enum)
            start = self.variant.pick % len(values)
            return [values[(start + i) % len(values)] for i in range(count)]
        return [self.value(item, f"{i}{hint}", None, stack) for i in range(count)]

    def _map(self, shape: Shape, hint: str, stack: tuple[str, ...]) -> dict[str, Any]:
        key_shape, value_shape = shape.key, shape.value
        count = self._size(shape)
        if key_shape.enum:
            keys = list(key_shape.enum)[:count]
        else:
            keys = [self._key(key_shape, i) for i in range(count)]
        return {k: self.value(value_shape, f"{i}{hint}", None, stack) for i, k in enumerate(keys)}

    def _key(self, shape: Shape, index: int) -> str:
        low = int(shape.metadata.get("min", 1))
        high = shape.metadata.get("max")
        base = chr(ord("a") + index) + ("é-key/ ?" if self.variant.reserved else "key")
        length = _clamp(len(base), max(low, 1), high)
        return _fit(base, length)

    def _string(self, shape: Shape, hint: str, location: str | None) -> str:
        if shape.enum:
            if self.variant.future_enums:
                return UNKNOWN_ENUM_VALUE
            return str(shape.enum[self.variant.pick])
        low = int(shape.metadata.get("min", 0))
        if location == "uri":
            low = max(low, 1)
        high = shape.metadata.get("max")
        dots = self.variant.dot_labels
        if location == "uri" and dots and low <= len(dots) <= (high or len(dots)):
            return dots
        base = (RESERVED if self.variant.reserved else "") + hint
        mode = self.variant.lengths
        if mode == "max":
            length = min(high, _MAX_STRING_CAP) if high is not None else _UNBOUNDED_STRING
        elif mode == "min":
            length = low
        else:
            length = _clamp(len(base), low, high)
        return _fit(base, length)

    def _integer(self, shape: Shape) -> int:
        low = shape.metadata.get("min")
        high = shape.metadata.get("max")
        mode = self.variant.numbers
        if mode == "max":
            return int(high) if high is not None else _INT32_MAX
        if mode == "min":
            return int(low) if low is not None else 0
        return _clamp(7, low, high)


def _recursion(member: Shape, stack: tuple[str, ...], current: str) -> bool:
    """True when filling ``member`` would re-enter a structure being filled."""
    seen = {*stack, current}
    pending = [member]
    while pending:
        shape = pending.pop()
        if shape.type_name == "structure":
            if shape.name in seen:
                return True
        elif shape.type_name == "list":
            pending.append(shape.member)
        elif shape.type_name == "map":
            pending.append(shape.value)
    return False


def generate_params(op: OperationModel, variant: InputVariant) -> dict[str, Any]:
    """The parameters botocore gets for this operation and variant."""
    return InputGenerator(variant).params(op.input_shape)


def strip_missing(value: Any) -> Any:
    """botocore's view of parameters: members marked :data:`MISSING` left out."""
    if isinstance(value, dict):
        return {k: strip_missing(v) for k, v in value.items() if v is not MISSING}
    if isinstance(value, list):
        return [strip_missing(v) for v in value]
    return value


def emrk_value(service: Service, shape: Shape, value: Any, enums_as_str: bool = False) -> Any:
    """botocore's parameter value as emrk wants it: models, enum members, lists, dicts.

    Values that do not fit the shape (used by the validation tests) pass
    through unchanged, so emrk sees exactly the wrong value botocore sees.
    """
    if value is MISSING or value is None:
        return None
    kind = shape.type_name
    if kind == "structure" and isinstance(value, dict) and not shape.metadata.get("document"):
        cls = service.emrk_class(shape)
        return cls(**emrk_kwargs(service, shape, value, enums_as_str))
    if kind == "list" and isinstance(value, list):
        return [emrk_value(service, shape.member, v, enums_as_str) for v in value]
    if kind == "map" and isinstance(value, dict):
        return {k: emrk_value(service, shape.value, v, enums_as_str) for k, v in value.items()}
    if kind == "string" and shape.enum and isinstance(value, str) and not enums_as_str:
        enum_cls = service.emrk_class(shape)
        if value in enum_cls._value2member_map_:
            return enum_cls(value)
    return value


def emrk_kwargs(
    service: Service, shape: StructureShape | None, params: dict[str, Any], enums_as_str: bool
) -> dict[str, Any]:
    """Keyword arguments for an emrk method or model from botocore's parameters."""
    if shape is None:
        return {}
    return {
        attr_name(name): emrk_value(service, shape.members[name], value, enums_as_str)
        for name, value in params.items()
    }


# -- response bodies ----------------------------------------------------------


@dataclass(frozen=True)
class OutputVariant:
    """How to fill an output shape on the wire."""

    name: str
    #: ``all`` members, only the ``required`` ones, or ``null``: optional scalars
    #: sent as JSON null and a null inside every list and map.
    members: str = "all"
    #: Timestamps: ``epoch`` (int), ``fraction`` (float / ISO with fraction),
    #: ``swapped`` (epoch where the model says ISO, ISO elsewhere), ``loose``
    #: (ISO without a zone, epoch seconds as a string: both parsers accept them).
    timestamps: str = "epoch"
    unknown: bool = False
    pick: int = 0
    size: int = 2


OUTPUT_VARIANTS: tuple[OutputVariant, ...] = (
    OutputVariant("all"),
    OutputVariant("required", members="required", size=1),
    OutputVariant("fractions", timestamps="fraction", pick=-1, size=3),
    OutputVariant("swapped-timestamps", timestamps="swapped"),
    OutputVariant("unknown-values", unknown=True, pick=-1),
    OutputVariant("nulls", members="null"),
    OutputVariant("loose-timestamps", timestamps="loose", size=1),
)

_EPOCH = 1704164645  # 2024-01-02T03:04:05Z


@dataclass
class OutputGenerator:
    """Deterministic response JSON (wire names) for one variant."""

    variant: OutputVariant

    def body(self, shape: StructureShape | None) -> dict[str, Any]:
        """The JSON object a service could answer with."""
        if shape is None:
            return {}
        return self._structure(shape, ())

    def value(self, shape: Shape, hint: str, stack: tuple[str, ...]) -> Any:
        """One wire value of ``shape``."""
        kind = shape.type_name
        if kind == "structure":
            return self._structure(shape, stack)
        if kind == "list":
            items = [
                self.value(shape.member, f"{hint}{i}", stack) for i in range(self.variant.size)
            ]
            if self.variant.members == "null":
                items.insert(1, None)
            return items
        if kind == "map":
            out = {
                f"{hint}-key{i}/é": self.value(shape.value, f"{hint}{i}", stack)
                for i in range(self.variant.size)
            }
            if self.variant.members == "null":
                out["nullValue"] = None
            return out
        if kind == "string":
            return self._string(shape, hint)
        if kind in ("integer", "long"):
            return _clamp(42, shape.metadata.get("min"), shape.metadata.get("max"))
        if kind in ("float", "double"):
            return 2.25
        if kind == "boolean":
            return self.variant.pick == 0
        if kind == "timestamp":
            return self._timestamp(shape)
        if kind == "blob":
            return "YmxvYg=="
        raise AssertionError(f"unsupported shape type {kind} ({shape.name})")

    def _structure(self, shape: StructureShape, stack: tuple[str, ...]) -> dict[str, Any]:
        if shape.metadata.get("document"):
            return {"doc": [1, "two"]}
        members = list(shape.members)
        out: dict[str, Any] = {}
        if shape.metadata.get("union"):
            if self.variant.unknown:
                return {"someFutureVariant": {"x": 1}}
            members = [members[self.variant.pick]]
        # A union's one member counts as required: botocore refuses a union with none set.
        required = set(members if shape.metadata.get("union") else shape.required_members)
        inner = (*stack, shape.name)
        for name in members:
            member = shape.members[name]
            if _recursion(member, stack, shape.name) and name not in required:
                continue
            key = wire_name(name, member)
            if self.variant.members == "required" and name not in required:
                continue
            if self.variant.members == "null" and name not in required and not _nested(member):
                out[key] = None
                continue
            out[key] = self.value(member, name, inner)
        if self.variant.unknown:
            out[UNKNOWN_FIELD] = {"nested": [1, 2, {"deeper": "yes"}]}
        return out

    def _string(self, shape: Shape, hint: str) -> str:
        if shape.enum:
            if self.variant.unknown:
                return UNKNOWN_ENUM_VALUE
            return str(shape.enum[self.variant.pick])
        return f"{hint}-value é"

    def _timestamp(self, shape: Shape) -> Any:
        iso = shape.serialization.get("timestampFormat") == "iso8601"
        mode = self.variant.timestamps
        if mode == "swapped":
            iso = not iso
        if mode == "fraction":
            return "2024-01-02T05:04:05.123456+02:00" if iso else _EPOCH + 0.123
        if mode == "loose":
            return "2024-01-02T03:04:05.5" if iso else f"{_EPOCH}.25"
        return "2024-01-02T03:04:05Z" if iso else _EPOCH


def _nested(shape: Shape) -> bool:
    return shape.type_name in ("structure", "list", "map")


def generate_body(shape: StructureShape | None, variant: OutputVariant) -> dict[str, Any]:
    """A response body for this output shape and variant."""
    return OutputGenerator(variant).body(shape)


# -- emrk models back to botocore's dicts ---------------------------------------


def emrk_to_botocore(shape: Shape, value: Any, path: str = "") -> Any:
    """An emrk value in botocore's parsed form, checking emrk's types on the way.

    Structures are walked through their :class:`~emrk.core.model.ModelPlan`
    (wire name -> botocore member name); enum values known to the model must
    come back as enum members and unknown ones as plain ``str``; datetimes
    must be aware and in UTC.
    """
    if value is None:
        return None
    kind = shape.type_name
    if kind == "structure":
        return _structure_to_botocore(shape, value, path)
    if kind == "list":
        assert isinstance(value, list), f"{path}: expected list, got {type(value).__name__}"
        return [emrk_to_botocore(shape.member, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if kind == "map":
        assert isinstance(value, dict), f"{path}: expected dict, got {type(value).__name__}"
        return {k: emrk_to_botocore(shape.value, v, f"{path}[{k!r}]") for k, v in value.items()}
    if kind == "string" and shape.enum:
        return _enum_to_botocore(shape, value, path)
    if kind == "timestamp":
        assert isinstance(value, datetime.datetime), f"{path}: {value!r} is not a datetime"
        assert value.utcoffset() == datetime.timedelta(0), f"{path}: {value!r} is not UTC"
    return value


def _structure_to_botocore(shape: StructureShape, value: Any, path: str) -> dict[str, Any]:
    if shape.metadata.get("document"):
        return value  # type: ignore[no-any-return]
    by_wire = {wire_name(n, m): n for n, m in shape.members.items()}
    out: dict[str, Any] = {}
    for f in plan_of(type(value)).fields:
        item = getattr(value, f.name)
        if item is None:
            continue
        assert f.spec.wire in by_wire, f"{path}.{f.name}: wire name {f.spec.wire} not in model"
        name = by_wire[f.spec.wire]
        out[name] = emrk_to_botocore(shape.members[name], item, f"{path}.{f.name}")
    return out


def _enum_to_botocore(shape: Shape, value: Any, path: str) -> str:
    if value in shape.enum:
        assert isinstance(value, enum.Enum), f"{path}: known value {value!r} is not an enum member"
        return str(value.value)
    assert type(value) is str, f"{path}: unknown value {value!r} should be a plain str"
    return value


def normalize_botocore(value: Any) -> Any:
    """botocore's parsed dict with naive datetimes made UTC-aware."""
    if isinstance(value, dict):
        return {k: normalize_botocore(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize_botocore(v) for v in value]
    if isinstance(value, datetime.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=_UTC)
    return value


# -- clients that send nothing ---------------------------------------------------


class _RawBody:
    """Just enough of urllib3's response for :class:`AWSResponse`."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_kwargs: Any) -> Iterator[bytes]:
        yield self._body


@dataclass
class Reply:
    """A canned HTTP answer."""

    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)


class BotocoreCapture:
    """A botocore client whose requests are recorded and answered locally.

    A ``before-send`` handler records the prepared request and returns the
    next queued :class:`Reply` (or an empty 200), so nothing leaves the process
    while everything botocore does before sending (parameter validation,
    idempotency tokens, serialization, signing) still happens.
    """

    def __init__(self, service: Service) -> None:
        self.client = _botocore_session().create_client(
            service.name,
            region_name=REGION,
            endpoint_url=ENDPOINT,
            aws_access_key_id=FAKE_KEY_ID,
            aws_secret_access_key=FAKE_SECRET,
            config=BotocoreConfig(retries={"total_max_attempts": 1}),
        )
        self.requests: list[AWSPreparedRequest] = []
        self.replies: deque[Reply] = deque()
        self.client.meta.events.register("before-send", self._send)

    def _send(self, request: AWSPreparedRequest, **_kwargs: Any) -> AWSResponse:
        self.requests.append(request)
        reply = self.replies.popleft() if self.replies else Reply()
        headers = HeadersDict({"x-amzn-RequestId": REQUEST_ID, **reply.headers})
        return AWSResponse(request.url, reply.status, headers, _RawBody(reply.body))

    def call(self, operation: str, params: dict[str, Any]) -> AWSPreparedRequest:
        """Run one operation (answered with an empty 200) and return its request."""
        self.requests.clear()
        self.replies.clear()
        getattr(self.client, method_name(operation))(**params)
        assert len(self.requests) == 1
        return self.requests[0]


@functools.cache
def botocore_capture(service_name: str) -> BotocoreCapture:
    """One capturing botocore client per service."""
    return BotocoreCapture(SERVICE_BY_NAME[service_name])


@functools.cache
def emrk_client(service: Service) -> Any:
    """An emrk client for ``service`` pointed at :data:`ENDPOINT`, without retries.

    One per service, shared like a real application shares its clients.
    """
    session = emrk.Session(
        aws_access_key_id=FAKE_KEY_ID, aws_secret_access_key=FAKE_SECRET, region_name=REGION
    )
    client = service.client_class(
        session=session,
        region_name=REGION,
        endpoint_url=ENDPOINT,
        config=emrk.Config(retries={"max_attempts": 1}),
        sleep=_no_sleep,
    )
    return client


def _no_sleep(seconds: float) -> None:
    assert seconds == 0, f"conformance tests never sleep (asked for {seconds} s)"


@dataclass
class EmrkExchange:
    """What an emrk call sent (every request) through ``responses``."""

    requests: list[Any] = field(default_factory=list)


_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD")


@contextlib.contextmanager
def intercept(*replies: Reply) -> Iterator[EmrkExchange]:
    """Answer emrk's requests with ``replies`` in order (then empty 200s), recording them."""
    queue = deque(replies)
    exchange = EmrkExchange()

    def answer(request: Any) -> tuple[int, dict[str, str], bytes]:
        exchange.requests.append(request)
        reply = queue.popleft() if queue else Reply()
        return reply.status, {"x-amzn-RequestId": REQUEST_ID, **reply.headers}, reply.body

    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        pattern = re.compile(re.escape(ENDPOINT) + r"(/.*)?$")
        for method in _METHODS:
            mock.add_callback(method, pattern, callback=answer)
        yield exchange


# -- comparing requests -----------------------------------------------------------

GENERATED_TOKEN = "<generated idempotency token>"


@dataclass
class RequestView:
    """The parts of a request both SDKs must agree on, in comparable form."""

    method: str
    scheme: str
    host: str
    path: str
    query: dict[str, list[str]]
    query_pairs: list[str]
    content_type: str | None
    target: str | None
    body: Any

    @classmethod
    def of(
        cls,
        method: str,
        url: str,
        headers: Any,
        body: bytes | str | None,
        plus_is_space: bool = False,
    ) -> RequestView:
        """Parse a prepared request (botocore's or requests') into a view."""
        parts = urlsplit(url)
        raw_query = parts.query.replace("+", "%20") if plus_is_space else parts.query
        raw_body = _raw(body)
        return cls(
            method=method,
            scheme=parts.scheme,
            host=parts.netloc,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            query_pairs=sorted(p for p in raw_query.split("&") if p),
            content_type=_text(headers.get("Content-Type")),
            target=_text(headers.get("X-Amz-Target")),
            body=json.loads(raw_body) if raw_body else None,
        )

    @classmethod
    def sent_by_emrk(cls, request: Any) -> RequestView:
        """The view of a ``requests.PreparedRequest`` recorded by :func:`intercept`."""
        return cls.of(request.method, request.url, request.headers, request.body)

    @classmethod
    def sent_by_botocore(cls, request: AWSPreparedRequest) -> RequestView:
        """The view of botocore's prepared request.

        Deliberate difference: botocore's urlencode writes a space in a query
        value as "+", emrk as "%20" (RFC 3986, the form SigV4 canonicalizes
        to). A literal "+" is "%2B" on both sides. And a path label that is
        exactly "." or ".." is sent by botocore as a dot segment (which URL
        normalisation removes), by emrk as "%2E"/"%2E%2E" (one segment).
        """
        view = cls.of(
            request.method, request.url, request.headers, request.body, plus_is_space=True
        )
        segments = view.path.split("/")
        view.path = "/".join("%2E" * len(s) if s in (".", "..") else s for s in segments)
        return view

    def replace_generated_tokens(self, op: OperationModel) -> None:
        """Check each generated idempotency token is a UUID, then blank it out."""
        shape = op.input_shape
        for name in idempotency_members(shape):
            assert shape is not None
            member = shape.members[name]
            wire = wire_name(name, member)
            if member.serialization.get("location") == "querystring":
                (token,) = self.query[wire]
                assert is_uuid(token), f"{wire}={token!r} is not a generated UUID"
                self.query[wire] = [GENERATED_TOKEN]
                pair, blank = f"{wire}={token}", f"{wire}={GENERATED_TOKEN}"
                self.query_pairs = sorted(blank if p == pair else p for p in self.query_pairs)
            else:
                assert isinstance(self.body, dict)
                assert is_uuid(self.body.get(wire)), f"{wire} is not a generated UUID"
                self.body[wire] = GENERATED_TOKEN


def _text(value: str | bytes | None) -> str | None:
    return value.decode() if isinstance(value, bytes) else value


def _raw(body: bytes | str | None) -> bytes:
    if body is None:
        return b""
    return body.encode() if isinstance(body, str) else body
