"""Converters between models and the JSON wire format.

One :class:`Codec` per wire protocol, built once. Each model class gets a
structure and an unstructure hook, generated on first use from its
:class:`~emrk.core.model.ModelPlan`: wire names, timestamp formats, enums that
keep unknown values as ``str``, unions, unset members left out. Parsing is
strict about JSON types (a string where the model says integer is an error,
not a silent conversion) and tolerant about content (unknown fields are
ignored, absent members become ``None``).

The hooks are plain closures kept in the codec's own tables, so the first
call of a program does not pay for importing cattrs. :func:`make_converter`
wraps the same hooks in a ``cattrs.Converter`` for code that wants one (each
protocol offers it as ``Protocol.converter``).
"""

from __future__ import annotations

import base64
import binascii
import calendar
import datetime
import enum
import math
import re
from collections.abc import Callable
from email.utils import formatdate, parsedate_to_datetime
from typing import TYPE_CHECKING, Any, TypeVar

from emrk.core.model import Kind, TypeInfo, construct_unchecked, is_model, plan_of

if TYPE_CHECKING:
    import cattrs

__all__ = ["Codec", "WireError", "format_timestamp", "make_converter", "parse_timestamp"]

_T = TypeVar("_T")
_Encode = Callable[[Any], Any]
_Decode = Callable[[Any], Any]


class WireError(Exception):
    """A response value does not fit the model (internal; becomes ResponseParseError)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path or '<body>'}: {problem}")
        self.path = path
        self.problem = problem

    def under(self, prefix: str) -> WireError:
        """The same error, one level deeper in the document."""
        path = (
            f"{prefix}.{self.path}"
            if self.path and not self.path.startswith("[")
            else (f"{prefix}{self.path}")
        )
        return WireError(path, self.problem)


class Codec:
    """The hooks of one wire protocol: model <-> JSON, built per class on first use.

    Thread-safe in the way that matters: two threads building the same
    class's hook at once build equal closures and one of them is kept.
    """

    def __init__(self, default_timestamp_format: str = "unixTimestamp") -> None:
        self.default_timestamp_format = default_timestamp_format
        self._structure: dict[type, Callable[[Any, Any], Any]] = {}
        self._unstructure: dict[type, _Encode] = {}

    def structure(self, data: Any, cls: type[_T]) -> _T:
        """The model ``cls`` built from its JSON form (raises :class:`WireError`)."""
        result: _T = self.get_structure_hook(cls)(data, cls)
        return result

    def unstructure(self, inst: Any) -> Any:
        """The JSON form of a model instance, or of lists and dicts holding some."""
        cls = type(inst)
        if is_model(cls):
            return self.get_unstructure_hook(cls)(inst)
        if isinstance(inst, (list, tuple)):
            return [self.unstructure(item) for item in inst]
        if isinstance(inst, dict):
            return {key: self.unstructure(item) for key, item in inst.items()}
        return _enum_value(inst)

    def get_structure_hook(self, cls: type) -> Callable[[Any, Any], Any]:
        """``hook(data, cls)`` building ``cls`` from JSON."""
        hook = self._structure.get(cls)
        if hook is None:
            hook = self._structure[cls] = _structure_hook(cls, self)
        return hook

    def get_unstructure_hook(self, cls: type) -> _Encode:
        """``hook(instance)`` giving the JSON form of a ``cls`` instance."""
        hook = self._unstructure.get(cls)
        if hook is None:
            hook = self._unstructure[cls] = _unstructure_hook(
                cls, self, self.default_timestamp_format
            )
        return hook


def make_converter(
    default_timestamp_format: str = "unixTimestamp", codec: Codec | None = None
) -> cattrs.Converter:
    """A ``cattrs.Converter`` with a codec's hooks (a new one, or ``codec``) for every model."""
    import cattrs  # imported on first use: emrk's own calls go through a Codec

    if codec is None:
        codec = Codec(default_timestamp_format)
    conv = cattrs.Converter()
    conv.register_unstructure_hook_factory(is_model, codec.get_unstructure_hook)
    conv.register_structure_hook_factory(is_model, codec.get_structure_hook)
    return conv


# -- models -> wire -----------------------------------------------------------


def _unstructure_hook(cls: type, conv: Codec, ts_default: str) -> _Encode:
    plan = plan_of(cls)
    encoders = [
        (f.name, f.spec.wire, encoder(f.type, conv, f.spec.timestamp_format or ts_default))
        for f in plan.fields
    ]

    def unstructure(inst: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, wire, encode in encoders:
            value = getattr(inst, name)
            if value is not None:
                out[wire] = encode(value)
        return out

    return unstructure


def encoder(info: TypeInfo, conv: Codec, ts_format: str) -> _Encode:
    """A function turning one Python value of this type into its JSON value."""
    kind = info.kind
    if kind is Kind.ENUM:
        return _enum_value
    if kind is Kind.TIMESTAMP:
        return lambda v: format_timestamp(v, ts_format)
    if kind is Kind.BLOB:
        return lambda v: base64.b64encode(v).decode("ascii")
    if kind is Kind.FLOAT:
        return encode_float
    if kind is Kind.LIST:
        assert info.item is not None
        item = encoder(info.item, conv, ts_format)
        return lambda v: [item(x) for x in v]
    if kind is Kind.MAP:
        assert info.item is not None
        value_encoder = encoder(info.item, conv, ts_format)
        return lambda v: {k: value_encoder(x) for k, x in v.items()}
    if kind is Kind.STRUCTURE:
        return _lazy(lambda: conv.get_unstructure_hook(info.python_type))
    return _identity


def _identity(value: Any) -> Any:
    return value


def encode_float(value: Any) -> Any:
    """NaN and the infinities travel as strings (JSON has no literal for them)."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    return value


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _lazy(make: Callable[[], _Encode]) -> _Encode:
    """Resolve a nested model's hook on first use (models may refer to themselves)."""
    cell: list[_Encode] = []

    def call(value: Any) -> Any:
        if not cell:
            cell.append(make())
        return cell[0](value)

    return call


def format_timestamp(value: datetime.datetime, fmt: str) -> Any:
    """Format a datetime as botocore does for the given wire format.

    Naive datetimes are taken as UTC. Epoch seconds are an ``int`` unless the
    value has microseconds, as in botocore's serializer.
    """
    if value.tzinfo is not None:
        value = value.astimezone(datetime.timezone.utc)
    if fmt == "iso8601":
        if value.microsecond:
            return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    seconds = calendar.timegm(value.timetuple())
    if fmt == "rfc822":
        return formatdate(seconds, usegmt=True)
    if value.microsecond:
        return (seconds * 10**6 + value.microsecond) / 10**6
    return seconds


# -- wire -> models -----------------------------------------------------------


def _structure_hook(cls: type, conv: Codec) -> Callable[[Any, Any], Any]:
    plan = plan_of(cls)
    decoders = [(f.name, f.spec.wire, decoder(f.type, conv)) for f in plan.fields]
    is_union = plan.is_union

    def structure(data: Any, _type: Any = None) -> Any:
        if type(data) is not dict:
            raise WireError("", f"expected an object for {cls.__name__}, got {_json_type(data)}")
        values: dict[str, Any] = {}
        for name, wire, decode in decoders:
            raw = data.get(wire)
            if raw is None:
                values[name] = None
                continue
            try:
                values[name] = decode(raw)
            except WireError as exc:
                raise exc.under(wire) from None
        if is_union:
            return construct_unchecked(cls, values)
        return cls(**values)

    return structure


def decoder(info: TypeInfo, conv: Codec) -> _Decode:
    """A strict function turning one JSON value into this type's Python value."""
    kind = info.kind
    if kind is Kind.STRING:
        return _decode_str
    if kind is Kind.INTEGER:
        return _decode_int
    if kind is Kind.FLOAT:
        return _decode_float
    if kind is Kind.BOOLEAN:
        return _decode_bool
    if kind is Kind.TIMESTAMP:
        return _decode_timestamp
    if kind is Kind.BLOB:
        return _decode_blob
    if kind is Kind.ENUM:
        return _enum_decoder(info.python_type)
    if kind is Kind.LIST:
        assert info.item is not None
        return _list_decoder(decoder(info.item, conv))
    if kind is Kind.MAP:
        assert info.item is not None
        return _map_decoder(decoder(info.item, conv))
    if kind is Kind.STRUCTURE:
        cls = info.python_type
        return _lazy(lambda: _one_arg(conv.get_structure_hook(cls)))
    return _identity


def _one_arg(hook: Callable[[Any, Any], Any]) -> _Decode:
    return lambda value: hook(value, None)


def _json_type(value: Any) -> str:
    names = {
        dict: "object",
        list: "array",
        str: "string",
        bool: "boolean",
        int: "number",
        float: "number",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _decode_str(value: Any) -> str:
    if type(value) is not str:
        raise WireError("", f"expected a string, got {_json_type(value)}")
    return value


def _decode_int(value: Any) -> int:
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    raise WireError("", f"expected an integer, got {_json_type(value)}")


def _decode_float(value: Any) -> float:
    if type(value) in (int, float):
        return float(value)
    if value in ("NaN", "Infinity", "-Infinity"):
        return float(value)
    raise WireError("", f"expected a number, got {_json_type(value)}")


def _decode_bool(value: Any) -> bool:
    if type(value) is not bool:
        raise WireError("", f"expected a boolean, got {_json_type(value)}")
    return value


def _decode_blob(value: Any) -> bytes:
    if type(value) is not str:
        raise WireError("", f"expected a base64 string, got {_json_type(value)}")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise WireError("", "invalid base64") from None


def _decode_timestamp(value: Any) -> datetime.datetime:
    try:
        return parse_timestamp(value)
    except (ValueError, OverflowError, OSError, TypeError):
        raise WireError("", f"invalid timestamp {str(value)[:40]!r}") from None


def _enum_decoder(enum_cls: type[enum.Enum]) -> _Decode:
    known = enum_cls._value2member_map_

    def decode(value: Any) -> Any:
        if type(value) is not str:
            raise WireError("", f"expected a string, got {_json_type(value)}")
        return known.get(value, value)

    return decode


_ONLY_STR = frozenset({str})


def _list_decoder(item: _Decode) -> _Decode:
    strings = item is _decode_str

    def decode(value: Any) -> list[Any]:
        if type(value) is not list:
            raise WireError("", f"expected an array, got {_json_type(value)}")
        if strings and set(map(type, value)) <= _ONLY_STR:
            return value  # fresh from json.loads: nothing to convert, nothing to copy
        out: list[Any] = []
        for i, x in enumerate(value):
            if x is None:  # botocore keeps nulls in lists as None
                out.append(None)
                continue
            try:
                out.append(item(x))
            except WireError as exc:
                raise exc.under(f"[{i}]") from None
        return out

    return decode


def _map_decoder(item: _Decode) -> _Decode:
    strings = item is _decode_str

    def decode(value: Any) -> dict[str, Any]:
        if type(value) is not dict:
            raise WireError("", f"expected an object, got {_json_type(value)}")
        if strings and set(map(type, value.values())) <= _ONLY_STR:
            return value  # fresh from json.loads: nothing to convert, nothing to copy
        out = {}
        for k, x in value.items():
            if x is None:  # a dense map drops null values, as the protocol tests ask
                continue
            try:
                out[k] = item(x)
            except WireError as exc:
                raise exc.under(f"[{k!r}]") from None
        return out

    return decode


_ISO = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?"
    r"\s*(Z|z|[+-]\d\d(?::?\d\d)?)?$"
)


def parse_timestamp(value: Any) -> datetime.datetime:
    """Parse epoch seconds or an ISO-8601 string to an aware UTC datetime.

    Accepts what botocore's default timestamp parser accepts from JSON
    services: numbers, numeric strings, ISO-8601 with or without offset
    (no offset means UTC) and HTTP dates (``Sun, 02 Jan 2000 20:34:56 GMT``).
    """
    if type(value) in (int, float):
        return datetime.datetime.fromtimestamp(value, datetime.timezone.utc)
    if type(value) is not str:
        raise TypeError(type(value).__name__)
    text = value.strip()
    try:
        return datetime.datetime.fromtimestamp(float(text), datetime.timezone.utc)
    except ValueError:
        pass
    match = _ISO.match(text)
    if match is None:
        return _parse_http_date(text)
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tz = datetime.timezone.utc
    if offset and offset not in ("Z", "z"):
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        tz = datetime.timezone(
            sign * datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        )
    parsed = datetime.datetime(
        int(year),
        int(month),
        int(day),
        int(hour or 0),
        int(minute or 0),
        int(second or 0),
        micro,
        tzinfo=tz,
    )
    return parsed.astimezone(datetime.timezone.utc)


def _parse_http_date(text: str) -> datetime.datetime:
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        raise ValueError(text) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed.astimezone(datetime.timezone.utc)
