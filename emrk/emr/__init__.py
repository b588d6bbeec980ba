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

from emrk.emr.client import EMRClient
from emrk.emr.errors import (
    ERRORS,
    EMRError,
    InternalServerError,
    InvalidRequestException,
)
from emrk.emr.models import (
    Credentials,
    GetClusterSessionCredentialsRequest,
    GetClusterSessionCredentialsResponse,
    UsernamePassword,
)

__all__ = [
    "EMRClient",
    "EMRError",
    "InternalServerError",
    "InvalidRequestException",
    "ERRORS",
    "Credentials",
    "GetClusterSessionCredentialsRequest",
    "GetClusterSessionCredentialsResponse",
    "UsernamePassword",
]
