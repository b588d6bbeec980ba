"""Deferred imports, so that ``import emrk.eks`` and building a client stay cheap.

A service's models are hundreds of attrs classes; creating them is most of
what importing a service package costs. Clients therefore load their
``operations`` and ``waiters`` modules on the first call that needs them, a
service's ``models`` package loads each resource module when one of its
names is first asked for (:func:`lazy_exports`), and an operation imports
its models on its first call, so one call loads the models it needs and no
others. Type checkers see ordinary imports: the lazy paths exist only at run
time.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from types import ModuleType
from typing import Any

__all__ = ["import_module", "lazy_exports", "lazy_module", "module_getattr"]


def import_module(name: str) -> ModuleType:
    """Import the module ``name`` (absolute) and return it.

    The same as :func:`importlib.import_module`, but through the ``import``
    statement's entry point, so ``python -X importtime`` reports the deferred
    imports too (``importlib.import_module`` bypasses its accounting).
    """
    __import__(name)
    return sys.modules[name]


def lazy_module(name: str) -> ModuleType:
    """A stand-in for the module ``name`` that imports it on first attribute access.

    Safe across threads: the import system's per-module lock makes a second
    thread wait for a first one that is still executing the module (the
    stdlib's ``importlib.util.LazyLoader`` does not, before Python 3.13).
    Type checkers see the real module (callers import it under
    ``TYPE_CHECKING``), so the return type is declared as a module.
    """
    return _LazyModule(name)  # type: ignore[return-value]


class _LazyModule:
    """Forwards attribute access to a module imported on first use."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        state = "loaded" if self._module is not None else "not loaded yet"
        return f"<lazy module {self._name!r}, {state}>"


def module_getattr(
    package: str,
    source: str,
    namespace: MutableMapping[str, Any],
    *,
    exports: Iterable[str] = (),
    elsewhere: Mapping[str, str] | None = None,
) -> Callable[[str], Any]:
    """A PEP 562 ``__getattr__`` for ``package`` that serves names from ``source``.

    The first access imports ``source`` and copies the name into the
    package's namespace, so the next access is a plain global lookup.
    ``__all__`` is the package's own ``exports`` followed by ``source``'s
    ``__all__``, computed (and so importing ``source``) only when asked for.
    ``elsewhere`` maps a few more names to the modules that define them.
    """
    own = tuple(exports)
    others = dict(elsewhere or {})

    def __getattr__(name: str) -> Any:
        if name == "__all__":
            names = [*own, *import_module(source).__all__]
            namespace["__all__"] = names
            return names
        if name.startswith("__"):
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = import_module(others.get(name, source))
        try:
            value = getattr(module, name)
        except AttributeError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        namespace[name] = value
        return value

    return __getattr__


def lazy_exports(
    package: str,
    namespace: MutableMapping[str, Any],
    submodules: Mapping[str, Iterable[str]],
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A PEP 562 ``__getattr__`` and ``__dir__`` serving names from their own submodules.

    ``submodules`` maps each submodule of ``package`` (relative name) to the
    names it exports. The first access to one of them imports that
    submodule alone and copies all its names into the package's namespace,
    so later accesses are plain global lookups. Safe across threads: the
    import system's per-module lock makes a second thread wait for the
    submodule a first thread is still executing.
    """
    where = {name: sub for sub, names in submodules.items() for name in names}

    def __getattr__(name: str) -> Any:
        sub = where.get(name)
        if sub is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = import_module(f"{package}.{sub}")
        for exported in submodules[sub]:
            namespace[exported] = getattr(module, exported)
        return namespace[name]

    def __dir__() -> list[str]:
        return sorted({*namespace, *where})

    return __getattr__, __dir__
