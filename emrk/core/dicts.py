"""Models to and from plain dicts, for code that speaks boto3's dict language.

``to_dict`` gives a model's JSON wire form (wire member names, timestamps as
the wire writes them, enums as strings, unset members left out);
``from_dict`` builds a model from such a dict with the same strict checks as
response parsing. Both run through the JSON wire converter, so the dict is
exactly what emrk would send or accept.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from emrk.core.errors import ParamValidationError
from emrk.core.model import is_model

if TYPE_CHECKING:
    from emrk.core.serde import Codec

__all__ = ["from_dict", "to_dict"]

_M = TypeVar("_M")


@functools.cache
def _converter() -> Codec:
    from emrk.core.serde import Codec  # loaded with the first conversion

    return Codec("unixTimestamp")


def to_dict(model: Any) -> dict[str, Any]:
    """A model's JSON wire form: ``{"virtualClusterId": ..., "createdAt": 1700000000}``.

    Sensitive members are included (this is data, not a log line): treat the
    result as carefully as the model.
    """
    if not is_model(type(model)):
        raise TypeError(f"to_dict() takes an emrk model, got {type(model).__name__}")
    result: dict[str, Any] = _converter().unstructure(model)
    return result


def from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
    """Build a model of class ``cls`` from its JSON wire form.

    Unknown keys are ignored and absent members become ``None``, as when
    parsing a response; a value of the wrong JSON type raises
    :class:`~emrk.ParamValidationError` naming its path.
    """
    if not is_model(cls):
        raise TypeError(f"from_dict() takes an emrk model class, got {cls!r}")
    from emrk.core.serde import WireError

    try:
        result: _M = _converter().structure(dict(data), cls)
    except WireError as exc:
        raise ParamValidationError(exc.path or cls.__name__, exc.problem) from None
    return result
