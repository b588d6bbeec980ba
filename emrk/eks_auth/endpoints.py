"""Endpoint rules of Amazon EKS Auth (botocore ``eks-auth``, 2023-11-26).

The rule set has no dual-stack switch: it always uses the partition's
dual-stack suffix (``eks-auth.{region}.api.aws``) where the partition has one,
so ``use_dualstack`` makes no difference.
"""

from __future__ import annotations

from emrk.core.endpoints import EndpointRules

__all__ = ["ENDPOINT_RULES"]

ENDPOINT_RULES = EndpointRules(prefix="eks-auth", dualstack_if_supported=True)
