"""AWS Parallel Computing Service (PCS): managed Slurm clusters on AWS.

```python
import emrk
from emrk.pcs import NetworkingRequest, SchedulerRequest, Size

pcs = emrk.Session(region_name="us-east-1").pcs()
created = pcs.create_cluster(
    cluster_name="genomics",
    scheduler=SchedulerRequest(type="SLURM", version="25.05"),
    size=Size.SMALL,
    networking=NetworkingRequest(subnet_ids=["subnet-0123456789abcdef0"]),
)
cluster = pcs.wait_until_cluster_active(cluster_identifier="genomics").cluster
```

Re-exports :class:`PCSClient`, every model and enum, and every error class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.lazy import module_getattr
from emrk.pcs import errors as _errors
from emrk.pcs.client import PCSClient as PCSClient
from emrk.pcs.errors import *  # noqa: F403

if TYPE_CHECKING:
    from emrk.pcs.async_client import AsyncPCSClient as AsyncPCSClient
    from emrk.pcs.models import *  # noqa: F403
else:  # models load on first use, so importing the package (and making a client) stays cheap
    __getattr__ = module_getattr(
        __name__,
        "emrk.pcs.models",
        globals(),
        exports=("PCSClient", "AsyncPCSClient", *_errors.__all__),
        elsewhere={"AsyncPCSClient": "emrk.pcs.async_client"},
    )
