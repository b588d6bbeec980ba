"""How the core calls AWS PCS: awsJson 1.0, target prefix ``AWSParallelComputingService``.

``InternalServerException`` and ``ThrottlingException`` are retried; the
latter is also treated as throttling, so its backoff is the longer one and a
``retryAfterSeconds`` in the body stretches the wait.
"""

from __future__ import annotations

from emrk.core.operation import ServiceSpec
from emrk.core.protocols import AwsJsonProtocol
from emrk.pcs.endpoints import ENDPOINT_RULES
from emrk.pcs.errors import ERRORS, PCSError

SERVICE = ServiceSpec(
    name="pcs",
    service_id="PCS",
    signing_name="pcs",
    api_version="2023-02-10",
    protocol=AwsJsonProtocol(target_prefix="AWSParallelComputingService", json_version="1.0"),
    endpoint_rules=ENDPOINT_RULES,
    base_error=PCSError,
    errors=ERRORS,
    throttling_codes=frozenset(["ThrottlingException"]),
    transient_codes=frozenset(["InternalServerException"]),
)
