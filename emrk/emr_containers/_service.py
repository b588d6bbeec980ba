"""What the core needs to call EMR on EKS: names, protocol, endpoints and errors.

The SigV4 signing name and the endpoint prefix are both ``emr-containers``;
``EKSRequestThrottledException`` is retried as throttling because it means
EKS, not EMR, asked the caller to slow down.
"""

from __future__ import annotations

from emrk.core.operation import ServiceSpec
from emrk.core.protocols import RestJsonProtocol
from emrk.emr_containers.endpoints import ENDPOINT_RULES
from emrk.emr_containers.errors import ERRORS, EMRContainersError

SERVICE = ServiceSpec(
    name="emr-containers",
    service_id="EMR containers",
    signing_name="emr-containers",
    api_version="2020-10-01",
    protocol=RestJsonProtocol(),
    endpoint_rules=ENDPOINT_RULES,
    base_error=EMRContainersError,
    errors=ERRORS,
    throttling_codes=frozenset(["EKSRequestThrottledException"]),
    transient_codes=frozenset([]),
)
