"""Endpoint rules of AWS Parallel Computing Service (botocore ``pcs``, 2023-02-10).

The plain pattern with no special cases.
"""

from __future__ import annotations

from emrk.core.endpoints import EndpointRules

__all__ = ["ENDPOINT_RULES"]

ENDPOINT_RULES = EndpointRules(prefix="pcs")
