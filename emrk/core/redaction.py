"""Keeping secrets out of exception messages.

Models hide their sensitive members from ``repr`` by themselves. What is left
is text the service sends back: the start of a body that failed to parse
(shown in :class:`~emrk.core.errors.ResponseParseError`) and an error message
that may echo what the request carried. This module answers the two questions
the client asks there: can this answer carry a secret, and which secrets does
this call know about; and it masks the secrets found in such text.

Masking must hide an echoed secret without garbling the rest of the message.
A sensitive argument can be very short (a one-letter token, a PIN, a Spark
flag such as ``-v``), and a short value turns up inside ordinary words by
chance: masking every ``s`` would turn ``msg`` into ``m***g``. So a secret
shorter than :data:`SHORT_SECRET` characters is masked only where it stands
as a whole token, and a longer one wherever it occurs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from emrk.core.model import Kind, TypeInfo, is_model, plan_of

__all__ = ["MASK", "SHORT_SECRET", "carries_secrets", "scrub", "secret_values"]

#: What a secret is replaced with in text emrk shows.
MASK = "***"

#: Secrets shorter than this are masked only as whole tokens. Below eight
#: characters a value coincides with words, numbers and identifiers of
#: ordinary text (``true``, ``prod``, ``2024``, one letter) often enough that
#: masking it inside other words would garble messages; from eight on (the
#: shortest password IAM accepts, and far below any key or token AWS issues)
#: the value inside a message is almost surely an echo of it, and echoes often
#: sit glued to other text (in a URL, after ``token=``), so it is masked
#: wherever it occurs.
SHORT_SECRET = 8


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
    """``text`` with every occurrence of a secret replaced by :data:`MASK`.

    A secret of :data:`SHORT_SECRET` characters or more is masked wherever it
    occurs; a shorter one only where it stands as a whole token: neither the
    character before it nor the one after it is a letter, a digit or ``_``
    (the characters words and identifiers are made of), whatever the secret
    itself starts or ends with. So ``-1`` is masked in ``code -1.`` but not
    in ``us-east-1``: there it is the end of a longer token, not the value.

    Occurrences are found in ``text`` as given, overlapping ones included,
    and each stretch of characters they cover becomes one :data:`MASK`: a
    secret that contains another, or overlaps it, is masked whole, never
    leaving a fragment of the longer one behind. Everything else in ``text``
    is returned exactly as it was.
    """
    pattern = _pattern({s for s in secrets if s and s in text})
    if pattern is None:
        return text
    pieces: list[str] = []
    shown = 0  # text[:shown] is dealt with
    start = end = -1  # the stretch being covered
    for match in pattern.finditer(text):
        begin, stop = match.span(1)
        if begin > end:  # a new stretch: close the one before
            if end >= 0:
                pieces += (text[shown:start], MASK)
                shown = end
            start = begin
        end = max(end, stop)
    if end < 0:
        return text
    pieces += (text[shown:start], MASK, text[end:])
    return "".join(pieces)


def _pattern(secrets: set[str]) -> re.Pattern[str] | None:
    """One search for every secret at every position, longest first.

    The alternation sits in a lookahead, so the search tries each position in
    turn (occurrences may overlap) and captures the longest secret starting
    there; short ones carry their whole-token condition.
    """
    if not secrets:
        return None
    alternatives = (
        re.escape(s) if len(s) >= SHORT_SECRET else rf"(?<!\w){re.escape(s)}(?!\w)"
        for s in sorted(secrets, key=lambda s: (-len(s), s))
    )
    return re.compile("(?=(" + "|".join(alternatives) + "))")
