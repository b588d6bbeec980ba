"""emrk: a typed Python SDK for Amazon EMR on EKS, AWS PCS and Amazon EKS.

```python
import emrk

session = emrk.Session(region_name="us-west-2")
emr = session.emr_containers()
for vc in emr.paginate_list_virtual_clusters():
    print(vc.name, vc.state)
```

Service clients live in ``emrk.emr_containers``, ``emrk.eks``,
``emrk.eks_auth``, ``emrk.pcs`` and ``emrk.emr``. Importing ``emrk`` alone
loads none of them: each loads when it is imported, or on first use as an
attribute of ``emrk`` (``emrk.eks.Cluster``). ``emrk.AsyncSession`` makes
their asyncio twins (``AsyncEKSClient``...), on aiohttp
(``pip install 'emrk[async]'``).
"""

from typing import TYPE_CHECKING, Any

from emrk._session import AsyncSession, Session
from emrk._version import __version__
from emrk.core.config import Config, RetryConfig
from emrk.core.credentials import Credentials
from emrk.core.errors import (
    ClientClosedError,
    CredentialsError,
    EmrkError,
    ParamValidationError,
    ResponseParseError,
    ServiceError,
    TransportError,
    WaiterError,
)

if TYPE_CHECKING:
    from emrk import eks as eks
    from emrk import eks_auth as eks_auth
    from emrk import emr as emr
    from emrk import emr_containers as emr_containers
    from emrk import pcs as pcs
    from emrk._required import MissingMemberError, required
    from emrk.core.debug import enable_debug_logging
    from emrk.core.dicts import from_dict, to_dict
    from emrk.core.hooks import EventHooks, RequestHook, ResponseHook, ResponseInfo
    from emrk.core.http import HttpRequest
    from emrk.core.model import ResponseMetadata, replace
    from emrk.core.paginate import AsyncPaginator, Paginator
    from emrk.core.raw import RawResponse, with_raw_response
    from emrk.core.wait import WaiterAttempt
else:  # helpers and service packages load on first use: ``import emrk`` stays cheap
    from importlib import import_module as _import_module

    from emrk.core.lazy import module_getattr

    _SERVICES = frozenset({"eks", "eks_auth", "emr", "emr_containers", "pcs"})

    _helper = module_getattr(
        __name__,
        "emrk.core.errors",
        globals(),
        elsewhere={
            "enable_debug_logging": "emrk.core.debug",
            "from_dict": "emrk.core.dicts",
            "to_dict": "emrk.core.dicts",
            "EventHooks": "emrk.core.hooks",
            "RequestHook": "emrk.core.hooks",
            "ResponseHook": "emrk.core.hooks",
            "ResponseInfo": "emrk.core.hooks",
            "HttpRequest": "emrk.core.http",
            "ResponseMetadata": "emrk.core.model",
            "replace": "emrk.core.model",
            "AsyncPaginator": "emrk.core.paginate",
            "Paginator": "emrk.core.paginate",
            "RawResponse": "emrk.core.raw",
            "with_raw_response": "emrk.core.raw",
            "WaiterAttempt": "emrk.core.wait",
            "MissingMemberError": "emrk._required",
            "required": "emrk._required",
        },
    )

    def __getattr__(name: str) -> Any:
        """``emrk.<service>`` imports that service package; other names are helpers."""
        if name in _SERVICES:
            # The import binds the subpackage as an attribute of ``emrk``, so this
            # runs once per service.
            return _import_module(f"{__name__}.{name}")
        return _helper(name)

    def __dir__() -> list[str]:
        """The public names of ``emrk``, the ones not loaded yet included."""
        dunders = (name for name in globals() if name.startswith("__"))
        return sorted({*dunders, *__all__, *_SERVICES, "core"})


__all__ = [
    "AsyncPaginator",
    "AsyncSession",
    "ClientClosedError",
    "Config",
    "Credentials",
    "CredentialsError",
    "EmrkError",
    "EventHooks",
    "HttpRequest",
    "MissingMemberError",
    "Paginator",
    "ParamValidationError",
    "RawResponse",
    "RequestHook",
    "ResponseHook",
    "ResponseInfo",
    "ResponseMetadata",
    "ResponseParseError",
    "RetryConfig",
    "ServiceError",
    "Session",
    "TransportError",
    "WaiterAttempt",
    "WaiterError",
    "__version__",
    "enable_debug_logging",
    "from_dict",
    "replace",
    "required",
    "to_dict",
    "with_raw_response",
]
