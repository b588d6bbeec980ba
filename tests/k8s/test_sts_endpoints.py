"""STS endpoint rules against botocore's own STS rule set (regional mode)."""

from __future__ import annotations

import itertools
from typing import Any

import botocore.session
import pytest
from botocore.endpoint_provider import EndpointProvider
from botocore.exceptions import EndpointResolutionError

from emrk._sts.endpoints import resolve_sts_endpoint
from emrk.core.errors import ParamValidationError

_LOADER = botocore.session.get_session().get_component("data_loader")
_PARTITIONS: dict[str, Any] = _LOADER.load_data("partitions")
_PROVIDER = EndpointProvider(_LOADER.load_service_model("sts", "endpoint-rule-set-1"), _PARTITIONS)
_LISTED = sorted({r for p in _PARTITIONS["partitions"] for r in p["regions"]})
REGIONS = [
    *_LISTED,
    "us-east-99",
    "cn-north-9",
    "us-gov-east-9",
    "us-isob-east-9",
    "mars-west-1",
]
MODES = list(itertools.product([False, True], repeat=2))


@pytest.mark.parametrize(
    ("region", "use_fips", "use_dualstack"),
    [
        pytest.param(r, f, d, id=f"{r}-fips{int(f)}-dualstack{int(d)}")
        for r in REGIONS
        for f, d in MODES
    ],
)
def test_matches_botocore(region: str, use_fips: bool, use_dualstack: bool) -> None:
    try:
        expected = _PROVIDER.resolve_endpoint(
            Region=region, UseFIPS=use_fips, UseDualStack=use_dualstack, UseGlobalEndpoint=False
        )
    except EndpointResolutionError:  # pragma: no cover - every partition has both today
        with pytest.raises(ParamValidationError):
            resolve_sts_endpoint(region, use_fips=use_fips, use_dualstack=use_dualstack)
        return
    got = resolve_sts_endpoint(region, use_fips=use_fips, use_dualstack=use_dualstack)
    assert got.url == expected.url
    schemes = expected.properties.get("authSchemes") or [{}]
    assert got.signing_region == schemes[0].get("signingRegion", region)


def test_examples() -> None:
    assert resolve_sts_endpoint("eu-west-1").url == "https://sts.eu-west-1.amazonaws.com"
    assert resolve_sts_endpoint("cn-north-1").url == "https://sts.cn-north-1.amazonaws.com.cn"
    glob = resolve_sts_endpoint("aws-global")
    assert (glob.url, glob.signing_region) == ("https://sts.amazonaws.com", "us-east-1")
    assert resolve_sts_endpoint("us-gov-west-1", use_fips=True).url == (
        "https://sts.us-gov-west-1.amazonaws.com"
    )


@pytest.mark.parametrize("region", [None, "", "us east 1"])
def test_bad_region(region: str | None) -> None:
    with pytest.raises(ParamValidationError) as raised:
        resolve_sts_endpoint(region)
    assert raised.value.param == "region_name"
