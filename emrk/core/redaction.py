"""Keeping secrets out of exception messages.

Models hide their sensitive members from ``repr`` by themselves. What is left
is text the service sends back: the start of a body that failed to parse
(shown in :class:`~emrk.core.errors.ResponseParseError`) and an error message
that may echo what the request carried. This module answers the two questions
the client asks there: can this answer carry a secret, and which secrets does
this call know about.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from emrk.core.model import Kind, TypeInfo, is_model, plan_of

__all__ = ["MASK", "carries_secrets", "scrub", "secret_values"]

#: What a secret is replaced with in text emrk shows.
MASK = "***"


@functools.cache
def carries_secrets(cls: type) -> bool:
    """Whether a model class, or any model nested in it, has a sensitive member.

    Computed once per class: the answer decides whether a body that fails to
    parse may be quoted in an exception message.
    """
    return _carries(cls, set())


def _carries(cls: type, seen: set[type]) -> bool:
    if cls in seen:
        return False
    seen.add(cls)
    plan = plan_of(cls)
    if plan.sensitive:
        return True
    for f in plan.fields:
        if f.spec.sensitive:
            return True
        nested = _innermost(f.type)
        if nested.kind is Kind.STRUCTURE and _carries(nested.python_type, seen):
            return True
    return False


def _innermost(info: TypeInfo) -> TypeInfo:
    while info.item is not None:
        info = info.item
    return info


def secret_values(value: Any) -> set[str]:
    """Every non-empty string a model instance holds in a sensitive member.

    Walks nested models, lists and maps; everything under a sensitive member
    or inside a sensitive structure counts, map keys included.
    """
    found: set[str] = set()
    _collect(value, False, found)
    return found


def _collect(value: Any, hidden: bool, found: set[str]) -> None:
    if is_model(type(value)):
        plan = plan_of(type(value))
        hidden = hidden or plan.sensitive
        for f in plan.fields:
            item = getattr(value, f.name)
            if item is not None:
                _collect(item, hidden or f.spec.sensitive, found)
    elif isinstance(value, str):
        if hidden and value:
            found.add(str(value.value) if hasattr(value, "value") else value)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _collect(item, hidden, found)
    elif isinstance(value, dict):
        for key, item in value.items():
            _collect(key, hidden, found)
            _collect(item, hidden, found)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of every secret replaced by :data:`MASK`.

    Longer secrets go first, so one that contains another is masked whole.
    """
    for secret in sorted(secrets, key=len, reverse=True):
        if secret and secret in text:
            text = text.replace(secret, MASK)
    return text
