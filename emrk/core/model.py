"""Declaring models: attrs classes that know how they travel on the wire.

A model attribute carries one declaration, made with :func:`member`: its wire
name, where it travels (body, path label, query string or header), whether it
is required or sensitive, and the bounds the service model states. The
protocols, the validator, the converters and ``repr`` all read that one
declaration through the per-class :class:`ModelPlan`, built once on first use.

```python
@model
class DescribeClusterRequest:
    name: str = member("name", location="uri")
    include: list[str] | None = member("include", default=None, location="querystring")
```
"""

from __future__ import annotations

import datetime
import enum
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar, Union, overload

import attrs

from emrk.core.errors import ParamValidationError
from emrk.core.record import FrozenRecord

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - Python 3.10
    from typing_extensions import dataclass_transform

__all__ = [
    "Kind",
    "Location",
    "MemberSpec",
    "ModelPlan",
    "Response",
    "ResponseMetadata",
    "TypeInfo",
    "member",
    "model",
    "plan_of",
    "replace",
]

Location = Literal["body", "uri", "querystring", "header"]
TimestampFormat = Literal["iso8601", "unixTimestamp", "rfc822"]

_T = TypeVar("_T")
_METADATA_KEY = "emrk"


class MemberSpec(FrozenRecord):
    """How one attribute travels: wire name, location and model constraints."""

    wire: str
    location: Location = "body"
    required: bool = False
    sensitive: bool = False
    min_len: int | None = None
    max_len: int | None = None
    min_value: float | None = None
    max_value: float | None = None
    timestamp_format: TimestampFormat | None = None
    idempotency_token: bool = False
    #: Length bounds of each string item of a list, or of each string value of a map.
    item_min_len: int | None = None
    item_max_len: int | None = None
    #: Length bounds of each key of a map.
    key_min_len: int | None = None
    key_max_len: int | None = None


class _Required:
    """Marker: the member has no default (it is required)."""

    def __repr__(self) -> str:
        return "REQUIRED"


_REQUIRED: Any = _Required()


def member(
    wire: str,
    *,
    default: None = _REQUIRED,
    location: Location = "body",
    sensitive: bool = False,
    min_len: int | None = None,
    max_len: int | None = None,
    min_value: float | None = None,
    max_value: float | None = None,
    timestamp_format: TimestampFormat | None = None,
    idempotency_token: bool = False,
    item_min_len: int | None = None,
    item_max_len: int | None = None,
    key_min_len: int | None = None,
    key_max_len: int | None = None,
) -> Any:
    """Declare a model attribute and how it travels on the wire.

    A member declared without ``default=None`` is required: leaving it out is
    a ``TypeError`` at construction (and type checkers say so). Idempotency
    tokens are declared optional even where the service requires them: the
    client fills them in. ``item_min_len``/``item_max_len`` bound the string
    items of a list (or string values of a map), ``key_min_len``/``key_max_len``
    a map's keys, where the service model states such bounds.
    """
    required = default is _REQUIRED
    spec = MemberSpec(
        wire=wire,
        location=location,
        required=required,
        sensitive=sensitive,
        min_len=min_len,
        max_len=max_len,
        min_value=min_value,
        max_value=max_value,
        timestamp_format=timestamp_format,
        idempotency_token=idempotency_token,
        item_min_len=item_min_len,
        item_max_len=item_max_len,
        key_min_len=key_min_len,
        key_max_len=key_max_len,
    )
    if required:
        return attrs.field(metadata={_METADATA_KEY: spec})
    return attrs.field(default=None, metadata={_METADATA_KEY: spec})


class Kind(enum.Enum):
    """The wire type families a member can have."""

    STRING = "string"
    INTEGER = "integer"
    FLOAT = "float"
    BOOLEAN = "boolean"
    TIMESTAMP = "timestamp"
    BLOB = "blob"
    ENUM = "enum"
    LIST = "list"
    MAP = "map"
    STRUCTURE = "structure"
    DOCUMENT = "document"


class TypeInfo(FrozenRecord, kw_only=False):
    """A member's Python annotation reduced to what serde needs."""

    kind: Kind
    python_type: Any = None
    item: TypeInfo | None = None

    @property
    def label(self) -> str:
        """A short human name for messages: ``list of string``, ``Cluster``."""
        if self.kind is Kind.LIST and self.item is not None:
            return f"list of {self.item.label}"
        if self.kind is Kind.MAP and self.item is not None:
            return f"map of {self.item.label}"
        if self.kind is Kind.STRUCTURE:
            return str(self.python_type.__name__)
        if self.kind is Kind.ENUM:
            return f"{self.python_type.__name__} or str"
        return str(self.kind.value)


class FieldPlan(FrozenRecord):
    """One attribute of a model: its Python name, wire spec and type."""

    name: str
    spec: MemberSpec
    type: TypeInfo


class ModelPlan(FrozenRecord):
    """Everything the core needs to know about a model class, computed once."""

    cls: type
    fields: tuple[FieldPlan, ...]
    is_union: bool
    sensitive: bool

    @property
    def by_location(self) -> dict[str, tuple[FieldPlan, ...]]:
        """Fields grouped by where they travel."""
        groups: dict[str, list[FieldPlan]] = {}
        for f in self.fields:
            groups.setdefault(f.spec.location, []).append(f)
        return {k: tuple(v) for k, v in groups.items()}


@attrs.frozen(kw_only=True)
class ResponseMetadata:
    """What the HTTP exchange said about a response, beside its members."""

    request_id: str | None
    http_status_code: int
    #: The response headers (case-insensitive lookups).
    http_headers: Mapping[str, str] = attrs.field(repr=False)
    retry_attempts: int = 0


_PLANS: dict[type, ModelPlan] = {}
_PRIMITIVES: dict[Any, Kind] = {
    str: Kind.STRING,
    int: Kind.INTEGER,
    float: Kind.FLOAT,
    bool: Kind.BOOLEAN,
    datetime.datetime: Kind.TIMESTAMP,
    bytes: Kind.BLOB,
    Any: Kind.DOCUMENT,
}


@overload
def model(cls: type[_T], /) -> type[_T]: ...
@overload
def model(*, union: bool = False, sensitive: bool = False) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(
    frozen_default=True, kw_only_default=True, field_specifiers=(attrs.field, member)
)
def model(cls: type[_T] | None = None, /, *, union: bool = False, sensitive: bool = False) -> Any:
    """Make a frozen, keyword-only attrs model with emrk's ``repr``.

    ``union=True`` marks a union: exactly one member must be set when users
    build one (a response naming a variant this client does not know still
    parses, with every known member ``None``). ``sensitive=True`` hides the
    whole structure in ``repr``.
    """

    def wrap(c: type[_T]) -> type[_T]:
        c.__emrk_union__ = union  # type: ignore[attr-defined]
        c.__emrk_sensitive__ = sensitive  # type: ignore[attr-defined]
        if union:
            c.__attrs_post_init__ = _check_one_member  # type: ignore[attr-defined]
        built = attrs.define(
            frozen=True, kw_only=True, slots=True, repr=False, eq=False, hash=False, init=False
        )(c)
        built.__init__ = _model_init(built)  # type: ignore[method-assign]
        built.__eq__ = _model_eq  # type: ignore[method-assign]
        built.__ne__ = _model_ne  # type: ignore[method-assign]
        built.__hash__ = _model_hash  # type: ignore[method-assign]
        built.__repr__ = _model_repr  # type: ignore[method-assign]
        built.__str__ = _model_repr  # type: ignore[method-assign]
        return built

    if cls is not None:
        return wrap(cls)
    return wrap


def is_model(obj: Any) -> bool:
    """True for emrk model classes."""
    return isinstance(obj, type) and hasattr(obj, "__emrk_union__")


def plan_of(cls: type) -> ModelPlan:
    """The cached :class:`ModelPlan` of a model class."""
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _build_plan(cls)
        _PLANS[cls] = plan
    return plan


def _build_plan(cls: type) -> ModelPlan:
    hints = typing.get_type_hints(cls)
    fields = []
    for a in attrs.fields(cls):
        spec = a.metadata.get(_METADATA_KEY)
        if spec is None:
            continue
        fields.append(FieldPlan(name=a.name, spec=spec, type=type_info(hints[a.name])))
    return ModelPlan(
        cls=cls,
        fields=tuple(fields),
        is_union=bool(getattr(cls, "__emrk_union__", False)),
        sensitive=bool(getattr(cls, "__emrk_sensitive__", False)),
    )


def type_info(annotation: Any) -> TypeInfo:
    """Reduce an annotation (``list[str] | None``, ``Status | str``...) to a TypeInfo."""
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        enums = [a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)]
        if enums:
            _check_enum_union(annotation, enums, args)
            return TypeInfo(Kind.ENUM, enums[0])
        if len(args) == 1:
            return type_info(args[0])
        raise TypeError(f"unsupported union annotation {annotation!r}")
    if origin is list:
        (item,) = typing.get_args(annotation)
        return TypeInfo(Kind.LIST, list, type_info(item))
    if origin is dict:
        _key, value = typing.get_args(annotation)
        return TypeInfo(Kind.MAP, dict, type_info(value))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return TypeInfo(Kind.ENUM, annotation)
    if is_model(annotation):
        return TypeInfo(Kind.STRUCTURE, annotation)
    kind = _PRIMITIVES.get(annotation)
    if kind is None:
        raise TypeError(f"unsupported model annotation {annotation!r}")
    return TypeInfo(kind, annotation)


def _check_enum_union(annotation: Any, enums: list[Any], args: list[Any]) -> None:
    """An enum member's union must be ``Enum | str`` or ``Enum | <Enum>Literal``.

    Both mean the same on the wire and at run time: the enum's members or any
    string (a value the service adds later goes through). The ``Literal``
    form exists for type checkers only, so it must list the enum's own values
    and nothing else; anything else in the union is a declaration mistake.
    """
    if len(enums) != 1:
        raise TypeError(f"unsupported union annotation {annotation!r}: more than one enum")
    enum_cls = enums[0]
    values = {m.value for m in enum_cls}
    for arg in args:
        if arg is enum_cls or arg is str:
            continue
        if typing.get_origin(arg) is Literal and set(typing.get_args(arg)) <= values:
            continue
        raise TypeError(
            f"unsupported union annotation {annotation!r}: {enum_cls.__name__} may be joined "
            f"only with str or a Literal of its own values, not {arg!r}"
        )


def union_problem(value: Any, plan: ModelPlan, verb: str = "takes") -> str | None:
    """What is wrong with a union instance (not exactly one member set), or ``None``."""
    set_members = [f.name for f in plan.fields if getattr(value, f.name) is not None]
    if len(set_members) == 1:
        return None
    if set_members:
        shown = f"({', '.join(set_members)})"
    else:
        shown = f"(set one of: {', '.join(f.name for f in plan.fields)})"
    return f"a union {verb} exactly one member, got {len(set_members)} {shown}"


def _check_one_member(self: Any) -> None:
    """Refuse to build a union without exactly one member.

    Construction cannot know where the union will be used, so the error
    names the class (``param`` is ``"ContainerInfo"``); a union that reaches
    a request some other way (``from_dict``, a parsed response naming a
    variant this client does not know) is reported by validation with its
    parameter path, such as ``container_provider.info``.
    """
    cls = type(self)
    problem = union_problem(self, plan_of(cls), verb="is built with")
    if problem is not None:
        raise ParamValidationError(cls.__name__, problem)


def _model_init(cls: type) -> Callable[..., None]:
    """A keyword-only ``__init__`` for a model class, built without generating code.

    attrs would write and compile an ``__init__`` per class; a program's first
    call builds tens of classes, and compiling their ``__init__`` was a fifth
    of that cost. This one reads the same fields (type checkers see the
    declared signature through ``dataclass_transform``) and is within a few
    tenths of a microsecond of the generated one per instance.
    """
    fields = attrs.fields(cls)
    items = tuple((a.name, a.default) for a in fields)
    names = frozenset(name for name, _ in items)
    post_init = getattr(cls, "__attrs_post_init__", None)
    set_attribute = object.__setattr__
    nothing = attrs.NOTHING
    qualname = f"{cls.__qualname__}.__init__()"

    def __init__(self: Any, **kwargs: Any) -> None:
        if not names.issuperset(kwargs):
            unexpected = next(k for k in kwargs if k not in names)
            raise TypeError(f"{qualname} got an unexpected keyword argument {unexpected!r}")
        for name, default in items:
            value = kwargs.get(name, default)
            if value is nothing:
                raise TypeError(_missing_message(qualname, items, kwargs))
            set_attribute(self, name, value)
        if post_init is not None:
            post_init(self)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


def _missing_message(qualname: str, items: tuple[tuple[str, Any], ...], given: Any) -> str:
    """Python's own wording for missing keyword-only arguments."""
    missing = [repr(n) for n, d in items if d is attrs.NOTHING and n not in given]
    listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
    plural = "argument" if len(missing) == 1 else "arguments"
    return f"{qualname} missing {len(missing)} required keyword-only {plural}: {listed}"


_EQ_NAMES: dict[type, tuple[str, ...]] = {}


def _eq_names(cls: type) -> tuple[str, ...]:
    """The attributes that take part in equality (``response_metadata`` does not)."""
    names = _EQ_NAMES.get(cls)
    if names is None:
        names = _EQ_NAMES[cls] = tuple(a.name for a in attrs.fields(cls) if a.eq)
    return names


# Shared by every model instead of attrs generating (and compiling) an
# ``__eq__`` and a ``__hash__`` per class: a program's first call builds tens
# of model classes, and that code generation was a third of their cost.
def _model_eq(self: Any, other: object) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return all(getattr(self, n) == getattr(other, n) for n in _eq_names(self.__class__))


def _model_ne(self: Any, other: object) -> Any:
    result = _model_eq(self, other)
    return result if result is NotImplemented else not result


def _model_hash(self: Any) -> int:
    cls = self.__class__
    return hash((cls, *(getattr(self, n) for n in _eq_names(cls))))


def _model_repr(self: Any) -> str:
    plan = plan_of(type(self))
    if plan.sensitive:
        return f"{type(self).__name__}(***)"
    parts = []
    for f in plan.fields:
        value = getattr(self, f.name)
        if value is None:
            continue
        shown = "***" if f.spec.sensitive else _value_repr(value)
        parts.append(f"{f.name}={shown}")
    return f"{type(self).__name__}({', '.join(parts)})"


def _value_repr(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, list):
        return "[" + ", ".join(_value_repr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_value_repr(v)}" for k, v in value.items()) + "}"
    return repr(value)


def construct_unchecked(cls: type[_T], values: dict[str, Any]) -> _T:
    """Build a model without running ``__init__`` checks (parsing only).

    Used for unions whose variant is unknown to this client: the service is
    the judge of what it sends, so parsing must not fail where building would.
    """
    inst = object.__new__(cls)
    for a in attrs.fields(cls):  # type: ignore[arg-type]
        default = None if a.default is attrs.NOTHING else a.default
        object.__setattr__(inst, a.name, values.get(a.name, default))
    return inst


@model
class Response:
    """Base of every ``<Operation>Response`` model.

    ``response_metadata`` is filled in by the client after parsing: it is not
    a wire member, takes no part in equality and does not show in ``repr``.
    """

    response_metadata: ResponseMetadata | None = attrs.field(default=None, eq=False)


def replace(instance: _T, **changes: Any) -> _T:
    """A copy of a model with some members changed (``attrs.evolve``, typed).

    Models are frozen; this is how to derive one from another. The result is
    built through the class's ``__init__``, so a union still takes exactly
    one member.
    """
    if not is_model(type(instance)):
        raise TypeError(f"replace() takes an emrk model, got {type(instance).__name__}")
    result: _T = attrs.evolve(instance, **changes)  # type: ignore[misc]
    return result
