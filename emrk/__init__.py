"""emrk: a typed Python SDK for Amazon EMR on EKS, AWS PCS and Amazon EKS.

```python
import emrk

session = emrk.Session(region_name="us-west-2")
emr = session.emr_containers()
for vc in emr.paginate_list_virtual_clusters():
    print(vc.name, vc.state)
```

Service clients live in ``emrk.emr_containers``, ``emrk.eks``,
``emrk.eks_auth``, ``emrk.pcs`` and ``emrk.emr``; importing ``emrk`` alone
loads none of them.
"""

from typing import TYPE_CHECKING

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
    from emrk.core.debug import enable_debug_logging
    from emrk.core.dicts import from_dict, to_dict
    from emrk.core.hooks import EventHooks, RequestHook, ResponseHook, ResponseInfo
    from emrk.core.http import HttpRequest
    from emrk.core.model import ResponseMetadata, replace
    from emrk.core.paginate import Paginator
    from emrk.core.raw import RawResponse, with_raw_response
    from emrk.core.wait import WaiterAttempt
else:  # helpers load on first use: ``import emrk`` stays cheap
    from emrk.core.lazy import module_getattr

    __getattr__ = module_getattr(
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
            "Paginator": "emrk.core.paginate",
            "RawResponse": "emrk.core.raw",
            "with_raw_response": "emrk.core.raw",
            "WaiterAttempt": "emrk.core.wait",
        },
    )

__all__ = [
    "AsyncSession",
    "ClientClosedError",
    "Config",
    "Credentials",
    "CredentialsError",
    "EmrkError",
    "EventHooks",
    "HttpRequest",
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
    "to_dict",
    "with_raw_response",
]
