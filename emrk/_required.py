"""``emrk.required``: a response member the calling code cannot do without.

The AWS models mark almost no response member as required, so most members
of a response model are typed ``X | None``, and strictly typed code has to
deal with ``None`` before it can use one. ``required`` does that in one
expression, and turns a member the service left out into a clear
:class:`MissingMemberError` instead of an ``AttributeError`` on ``None``
further down.
"""

from __future__ import annotations

from typing import Any, TypeVar

from emrk.core.errors import ResponseParseError

__all__ = ["MissingMemberError", "required"]

_T = TypeVar("_T")


class MissingMemberError(ResponseParseError):
    """A response lacks a member the calling code requires (raised by :func:`required`).

    ``member`` is the name the caller gave for it. A
    :class:`~emrk.ResponseParseError`, so code that handles unreadable
    answers handles this one too; ``status_code`` and ``request_id`` are
    ``None``, as the value alone does not know which exchange it came from.
    """

    def __init__(self, member: str) -> None:
        super().__init__(f"the response has no {member}")
        self.member = member
        # Neither a status nor a body to show: the message is the member alone.
        self.args = (
            f"the response has no {member}: the service left out a member this code requires",
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.member,))


def required(value: _T | None, member: str) -> _T:
    """``value`` itself, narrowed to not ``None``; :class:`MissingMemberError` if it is ``None``.

    ``member`` names the value in the error message, for example
    ``"job_run.id"``::

        run = emr.start_job_run(...)
        run_id = emrk.required(run.id, "id")                   # str, not str | None
        cluster = emrk.required(eks.describe_cluster(name="prod").cluster, "cluster")

    A false value (``""``, ``0``, an empty list) is returned as it is: only
    ``None`` means absent.
    """
    if value is None:
        raise MissingMemberError(member)
    return value
