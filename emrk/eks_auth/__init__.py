"""Amazon EKS Auth (botocore ``eks-auth``): the credentials API behind EKS Pod Identity.

One operation, ``AssumeRoleForPodIdentity``, used by the EKS Pod Identity
Agent to trade a pod's service account token for IAM role credentials::

    from emrk.eks_auth import EKSAuthClient

    auth = EKSAuthClient(region_name="us-west-2")
    creds = auth.assume_role_for_pod_identity(cluster_name="prod", token=jwt).credentials
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.lazy import module_getattr
from emrk.eks_auth import errors as _errors
from emrk.eks_auth.client import EKSAuthClient as EKSAuthClient
from emrk.eks_auth.errors import *  # noqa: F403

if TYPE_CHECKING:
    from emrk.eks_auth.async_client import AsyncEKSAuthClient as AsyncEKSAuthClient
    from emrk.eks_auth.models import *  # noqa: F403
else:  # models load on first use, so importing the package (and making a client) stays cheap
    __getattr__ = module_getattr(
        __name__,
        "emrk.eks_auth.models",
        globals(),
        exports=("EKSAuthClient", "AsyncEKSAuthClient", *_errors.__all__),
        elsewhere={"AsyncEKSAuthClient": "emrk.eks_auth.async_client"},
    )
