"""Freeze the clock the SigV4 signing path reads, whichever signer is behind it.

botocore's signer asks ``botocore.auth.get_current_datetime()``; a signer of
emrk's own may read ``datetime.datetime.now()`` through its module's
``datetime`` name. :func:`frozen_signing_clock` patches both for the modules
on the signing path, so tests can pin the SigV4 timestamp (or move it).
"""

from __future__ import annotations

import contextlib
import datetime
import importlib
import types
from collections.abc import Callable, Iterator
from typing import Any

import pytest

_SIGNING_MODULES = ("emrk.core.clock", "emrk.core.signing", "emrk.core.sigv4")


def frozen_signing_clock(
    monkeypatch: pytest.MonkeyPatch, now: datetime.datetime | Callable[[], datetime.datetime]
) -> None:
    """Make the signing path see ``now`` (a UTC datetime, or a function giving one)."""
    clock = now if callable(now) else (lambda: now)

    def utc() -> datetime.datetime:
        value = clock()
        return value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)

    class _Frozen(datetime.datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            value = utc()
            return value.astimezone(tz) if tz is not None else value.replace(tzinfo=None)

        @classmethod
        def utcnow(cls) -> Any:
            return utc().replace(tzinfo=None)

    shim = types.ModuleType("datetime")
    shim.__dict__.update({k: v for k, v in vars(datetime).items() if not k.startswith("__")})
    shim.datetime = _Frozen  # type: ignore[attr-defined]
    monkeypatch.setattr(
        "botocore.auth.get_current_datetime",
        lambda remove_tzinfo=True: utc().replace(tzinfo=None) if remove_tzinfo else utc(),
    )
    for name in _SIGNING_MODULES:
        with contextlib.suppress(ImportError):
            module = importlib.import_module(name)
            current = getattr(module, "datetime", None)
            if current is datetime:
                monkeypatch.setattr(module, "datetime", shim)
            elif current is datetime.datetime:
                monkeypatch.setattr(module, "datetime", _Frozen)


@contextlib.contextmanager
def signing_clock(now: datetime.datetime) -> Iterator[None]:
    """:func:`frozen_signing_clock` as a context manager, for module-level use."""
    with pytest.MonkeyPatch.context() as mp:
        frozen_signing_clock(mp, now)
        yield
