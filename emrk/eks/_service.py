"""The service description the core reads to call Amazon EKS (API version 2017-11-01).

rest-json protocol, SigV4 signing name ``eks``; ``ThrottlingException`` and
HTTP 503 are retried by the core's standard rules, so no extra codes are
listed here.
"""

from __future__ import annotations

from emrk.core.operation import ServiceSpec
from emrk.core.protocols import RestJsonProtocol
from emrk.eks.endpoints import ENDPOINT_RULES
from emrk.eks.errors import ERRORS, EKSError

SERVICE = ServiceSpec(
    name="eks",
    service_id="EKS",
    signing_name="eks",
    api_version="2017-11-01",
    protocol=RestJsonProtocol(),
    endpoint_rules=ENDPOINT_RULES,
    base_error=EKSError,
    errors=ERRORS,
    throttling_codes=frozenset([]),
    transient_codes=frozenset([]),
)
