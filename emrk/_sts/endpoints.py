"""Endpoint rules of AWS STS (botocore ``sts``, 2011-06-15), regional flavour.

botocore resolves STS to the regional host ``sts.{region}.{suffix}`` unless
``sts_regional_endpoints = legacy`` asks for the old global endpoint; emrk
always uses regional endpoints, as the EKS authenticator and the AWS CLI's
``eks get-token`` do. Beyond the common shape: FIPS in ``aws-us-gov`` uses
the plain (already FIPS validated) host, and the ``aws-global`` pseudo-region
goes to ``sts.amazonaws.com``, signed for ``us-east-1``.
"""

from __future__ import annotations

from emrk.core.endpoints import EndpointRules, resolve_endpoint_url
from emrk.core.record import FrozenRecord

__all__ = ["ENDPOINT_RULES", "StsEndpoint", "resolve_sts_endpoint"]

ENDPOINT_RULES = EndpointRules(
    prefix="sts",
    fips_partition_hosts={"aws-us-gov": "sts.{region}.amazonaws.com"},
)

_GLOBAL_REGION = "aws-global"
_GLOBAL_URL = "https://sts.amazonaws.com"
_GLOBAL_SIGNING_REGION = "us-east-1"


class StsEndpoint(FrozenRecord, kw_only=False):
    """Where to send an STS request and which region to sign it for."""

    url: str
    signing_region: str


def resolve_sts_endpoint(
    region: str | None, *, use_fips: bool = False, use_dualstack: bool = False
) -> StsEndpoint:
    """The STS endpoint for ``region``, as botocore's rules give it.

    Raises :class:`~emrk.core.errors.ParamValidationError` for a missing or
    malformed region, or a FIPS / dual-stack mode the partition lacks.
    """
    url = resolve_endpoint_url(
        ENDPOINT_RULES, region, use_fips=use_fips, use_dualstack=use_dualstack
    )
    assert region is not None  # resolve_endpoint_url refuses a missing region
    if region == _GLOBAL_REGION and not use_fips and not use_dualstack:
        return StsEndpoint(_GLOBAL_URL, _GLOBAL_SIGNING_REGION)
    return StsEndpoint(url, region)
