"""Amazon EMR (the EC2-based service), starting with GetClusterSessionCredentials.

emrk covers the one EMR call its users need next to EMR on EKS: temporary
HTTP credentials for a cluster with fine-grained access control.

```python
import emrk

emr = emrk.Session(region_name="us-east-1").emr()
answer = emr.get_cluster_session_credentials(
    cluster_id="j-2AXXXXXXGAPLF",
    execution_role_arn="arn:aws:iam::123456789012:role/AnalystRuntimeRole",
)
login = answer.credentials.username_password  # repr shows UsernamePassword(***)
```

Re-exports :class:`EMRClient`, every model and every error class. Adding an
operation means a model module, an ``Operation`` in ``operations.py`` and a
client method; the core needs no change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.lazy import module_getattr
from emrk.emr import errors as _errors
from emrk.emr.client import EMRClient as EMRClient
from emrk.emr.errors import *  # noqa: F403

if TYPE_CHECKING:
    from emrk.emr.async_client import AsyncEMRClient as AsyncEMRClient
    from emrk.emr.models import *  # noqa: F403
else:  # models load on first use, so importing the package (and making a client) stays cheap
    __getattr__ = module_getattr(
        __name__,
        "emrk.emr.models",
        globals(),
        exports=("EMRClient", "AsyncEMRClient", *_errors.__all__),
        elsewhere={"AsyncEMRClient": "emrk.emr.async_client"},
    )
