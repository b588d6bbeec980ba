"""Deferred imports, so that ``import emrk.eks`` and building a client stay cheap.

A service's models are hundreds of attrs classes; creating them is most of
what importing a service package costs. Clients therefore load their
``operations`` and ``waiters`` modules (and with them the models) on the
first call that needs them, and the service package loads ``models`` on the
first attribute access. Type checkers see ordinary imports: the lazy paths
exist only at run time.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from types import ModuleType
from typing import Any

__all__ = ["lazy_module", "module_getattr"]


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, executed on its first attribute access.

    After that first access it is an ordinary module (the stdlib
    ``importlib.util.LazyLoader`` swaps its class back), so later accesses
    cost nothing extra.
    """
    existing = sys.modules.get(name)
    if existing is not None:
        return existing
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module named {name!r}")
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


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
            names = [*own, *importlib.import_module(source).__all__]
            namespace["__all__"] = names
            return names
        if name.startswith("__"):
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = importlib.import_module(others.get(name, source))
        try:
            value = getattr(module, name)
        except AttributeError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        namespace[name] = value
        return value

    return __getattr__
