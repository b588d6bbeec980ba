"""Kubernetes API tokens for Amazon EKS clusters: :func:`get_token`.

```python
from emrk.eks import get_token

token = get_token("prod", region_name="us-west-2")
headers = {"Authorization": f"Bearer {token.token}"}   # good until token.expires_at
```

boto3 cannot mint these (only ``aws eks get-token`` can); emrk signs them
locally with the session's credentials, optionally as an assumed role. For
kubectl, point a kubeconfig ``exec`` user at ``python -m emrk eks get-token``
(``EKSClient.write_kubeconfig`` writes one for you).

The implementation lives in a private module outside ``emrk.eks`` so that
``python -m emrk eks get-token``, run by kubectl every few minutes, does not
load the EKS client and its models; this module is its public face.
"""

from __future__ import annotations

from emrk._sts.k8s_token import (
    DEFAULT_EXEC_API_VERSION,
    ClusterToken,
    exec_api_version,
    get_token,
)

__all__ = ["DEFAULT_EXEC_API_VERSION", "ClusterToken", "exec_api_version", "get_token"]
