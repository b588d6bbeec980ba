"""The service description the core reads to call Amazon EKS Auth (API version 2023-11-26).

rest-json protocol, SigV4 signing name ``eks-auth``; the endpoint rules
always pick the dual-stack hostname (see :mod:`emrk.eks_auth.endpoints`).
"""

from __future__ import annotations

from emrk.core.operation import ServiceSpec
from emrk.core.protocols import RestJsonProtocol
from emrk.eks_auth.endpoints import ENDPOINT_RULES
from emrk.eks_auth.errors import ERRORS, EKSAuthError

SERVICE = ServiceSpec(
    name="eks-auth",
    service_id="EKS Auth",
    signing_name="eks-auth",
    api_version="2023-11-26",
    protocol=RestJsonProtocol(),
    endpoint_rules=ENDPOINT_RULES,
    base_error=EKSAuthError,
    errors=ERRORS,
    throttling_codes=frozenset([]),
    transient_codes=frozenset([]),
)
