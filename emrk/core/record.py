"""FrozenRecord: immutable value classes without generated code.

The classes on the path from ``import emrk.eks`` to a built client
(``Config``, ``Credentials``, ``ServiceSpec``, endpoint rules, retry
records...) derive from this base instead of being dataclasses or attrs
classes: those libraries generate and compile methods for every class, and
importing them is a noticeable part of a cold start. Declare fields as class
annotations, with defaults as class attributes; type checkers read the class
like a keyword-only frozen dataclass (PEP 681), or positional as well with
``class X(FrozenRecord, kw_only=False)``.
"""

from __future__ import annotations

import sys
from typing import Any, ClassVar

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - Python 3.10
    from typing_extensions import dataclass_transform

__all__ = ["FrozenRecord"]


@dataclass_transform(kw_only_default=True, frozen_default=True)
class FrozenRecord:
    """Immutable; built from its fields; compared, hashed and shown by value."""

    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}
    _positional: ClassVar[bool] = False

    def __init_subclass__(cls, kw_only: bool = True, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Read the class's own annotations directly: inspect.get_annotations
        # would import inspect, which the cold path avoids.
        annotations = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
        own = [
            name
            for name, annotation in annotations.items()
            if not str(annotation).startswith(("ClassVar", "typing.ClassVar"))
        ]
        cls._fields = (*cls._fields, *(n for n in own if n not in cls._fields))
        cls._defaults = {**cls._defaults, **{n: cls.__dict__[n] for n in own if n in cls.__dict__}}
        cls._positional = not kw_only

    def __init__(self, *args: Any, **values: Any) -> None:
        if args:
            if not self._positional or len(args) > len(self._fields):
                raise TypeError(f"{type(self).__name__}() takes keyword arguments")
            for name, value in zip(self._fields, args, strict=False):
                if name in values:
                    raise TypeError(f"{type(self).__name__}() got {name!r} twice")
                values[name] = value
        for name in self._fields:
            if name in values:
                value = values.pop(name)
            elif name in self._defaults:
                value = self._defaults[name]
            else:
                raise TypeError(f"{type(self).__name__}() is missing {name!r}")
            object.__setattr__(self, name, value)
        if values:
            raise TypeError(f"{type(self).__name__}() got unexpected {sorted(values)}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, FrozenRecord)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({fields})"
