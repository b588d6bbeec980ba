"""The base of every service enum: a ``str`` whose text is its value.

Service enums (``JobRunState``, ``ClusterStatus``...) are ``str``-valued so
that ``status == "ACTIVE"`` works whether a response held a known value (an
enum member) or one added after this client was released (a plain ``str``).
Python changed how such mixed-in enums print: from 3.11, ``str()`` and
f-strings of a ``(str, Enum)`` member give ``JobRunState.RUNNING``. Log lines
and reports want ``RUNNING``, the same text a plain ``str`` value prints, on
every Python; :class:`ServiceEnum` gives that, as :class:`enum.StrEnum` does
on 3.11+, while ``repr`` keeps naming the member.

Each enum has a companion ``<Enum>Literal`` alias listing its values, used in
request arguments so that a misspelt value is a type error; see
``docs/typing.md``.
"""

from __future__ import annotations

import enum

__all__ = ["ServiceEnum"]


class ServiceEnum(str, enum.Enum):
    """A service enum: a ``str`` member whose ``str()`` and ``format()`` are its value.

    ``print(job.state)`` prints ``RUNNING``, not ``JobRunState.RUNNING``,
    on Python 3.10 as on 3.11+, so a known value (a member) and one this
    client does not know yet (a plain ``str``) print alike.
    ``repr()`` still shows ``<JobRunState.RUNNING: 'RUNNING'>``.
    """

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, format_spec: str) -> str:
        return str.__format__(self, format_spec)
