"""emrk's hand-written endpoint rules against botocore's rule engine.

botocore is the reference: for every region its ``partitions.json`` lists (and
some it does not), every service and every FIPS / dual-stack combination,
emrk must give the same URL, or raise where botocore's rules raise.
"""

from __future__ import annotations

import copy
import functools
import itertools
from typing import Any

import botocore.session
import pytest
from botocore.endpoint_provider import EndpointProvider, RuleSetStandardLibrary
from botocore.exceptions import EndpointResolutionError, InvalidRegionError
from botocore.utils import validate_region_name

from emrk.core.endpoints import (
    PARTITIONS,
    EndpointRules,
    Partition,
    partition_for_region,
    resolve_endpoint_url,
)
from emrk.core.errors import ParamValidationError
from emrk.eks.endpoints import ENDPOINT_RULES as EKS
from emrk.eks_auth.endpoints import ENDPOINT_RULES as EKS_AUTH
from emrk.emr.endpoints import ENDPOINT_RULES as EMR
from emrk.emr_containers.endpoints import ENDPOINT_RULES as EMR_CONTAINERS
from emrk.pcs.endpoints import ENDPOINT_RULES as PCS

SERVICES: dict[str, EndpointRules] = {
    "emr-containers": EMR_CONTAINERS,
    "eks": EKS,
    "eks-auth": EKS_AUTH,
    "pcs": PCS,
    "emr": EMR,
}

_LOADER = botocore.session.get_session().get_component("data_loader")
PARTITION_DATA: dict[str, Any] = _LOADER.load_data("partitions")

LISTED_REGIONS = sorted(
    {region for partition in PARTITION_DATA["partitions"] for region in partition["regions"]}
)
# Not listed, but claimed by a partition's regex -- or by nobody, so the
# resolver falls back to ``aws``.
UNLISTED_REGIONS = [
    "us-east-99",
    "ap-southeast-77",
    "cn-north-9",
    "us-gov-east-9",
    "eusc-de-east-9",
    "us-iso-east-9",
    "us-isob-east-9",
    "eu-isoe-west-9",
    "us-isof-south-9",
    "eusc-fr-east-1",  # eusc regex only takes "de": falls back to aws
    "mars-west-1",
    "US-EAST-1",  # regexes are case-sensitive: falls back to aws
    "local",
    "fips-us-gov-west-1",  # legacy pseudo-region, a plain label to the rules
]
REGIONS = LISTED_REGIONS + UNLISTED_REGIONS
MODES = list(itertools.product([False, True], repeat=2))

# Strings botocore refuses as a region name when creating a client.
INVALID_REGIONS = ["us east 1", "us_east_1", "-us-east-1", "us-east-1-", "123", "a" * 64, "ü-1"]


@functools.cache
def _ruleset(service: str) -> dict[str, Any]:
    ruleset: dict[str, Any] = _LOADER.load_service_model(service, "endpoint-rule-set-1")
    return ruleset


@functools.cache
def _provider(service: str) -> EndpointProvider:
    return EndpointProvider(_ruleset(service), PARTITION_DATA)


def _botocore(
    provider: EndpointProvider, service: str, region: str, use_fips: bool, use_dualstack: bool
) -> str | EndpointResolutionError:
    """Return botocore's URL for the case, or the error its rules raise.

    Passes only the parameters the rule set declares, as a botocore client
    does (eks-auth has no UseDualStack).
    """
    params = {"Region": region, "UseFIPS": use_fips, "UseDualStack": use_dualstack}
    declared = _ruleset(service)["parameters"]
    try:
        endpoint = provider.resolve_endpoint(**{k: v for k, v in params.items() if k in declared})
    except EndpointResolutionError as error:
        return error
    url: str = endpoint.url
    return url


def _check_against_botocore(
    provider: EndpointProvider,
    service: str,
    region: str,
    use_fips: bool,
    use_dualstack: bool,
    partitions: tuple[Partition, ...] = PARTITIONS,
) -> None:
    expected = _botocore(provider, service, region, use_fips, use_dualstack)
    rules = SERVICES[service]
    if isinstance(expected, str):
        got = resolve_endpoint_url(
            rules, region, use_fips=use_fips, use_dualstack=use_dualstack, partitions=partitions
        )
        assert got == expected
        return
    with pytest.raises(ParamValidationError) as raised:
        resolve_endpoint_url(
            rules, region, use_fips=use_fips, use_dualstack=use_dualstack, partitions=partitions
        )
    message = str(expected)
    if "one or both" in message:
        assert raised.value.param in {"use_fips_endpoint", "use_dualstack_endpoint"}
    elif "FIPS is enabled" in message:
        assert raised.value.param == "use_fips_endpoint"
    else:
        assert "DualStack is enabled" in message
        assert raised.value.param == "use_dualstack_endpoint"


def _partitions_from_botocore(data: dict[str, Any]) -> tuple[Partition, ...]:
    return tuple(
        Partition(
            name=p["id"],
            region_regex=p["regionRegex"],
            regions=frozenset(p["regions"]),
            dns_suffix=p["outputs"]["dnsSuffix"],
            dual_stack_dns_suffix=p["outputs"]["dualStackDnsSuffix"],
            supports_fips=p["outputs"]["supportsFIPS"],
            supports_dual_stack=p["outputs"]["supportsDualStack"],
            implicit_global_region=p["outputs"]["implicitGlobalRegion"],
        )
        for p in data["partitions"]
    )


def test_partition_table_matches_botocore() -> None:
    assert _partitions_from_botocore(PARTITION_DATA) == PARTITIONS


@pytest.mark.parametrize("region", REGIONS)
def test_partition_for_region_matches_botocore(region: str) -> None:
    expected = RuleSetStandardLibrary(PARTITION_DATA).aws_partition(region)["name"]
    assert partition_for_region(region).name == expected


@pytest.mark.parametrize(
    ("service", "region", "use_fips", "use_dualstack"),
    [
        pytest.param(s, r, f, d, id=f"{s}-{r}-fips{int(f)}-dualstack{int(d)}")
        for s in SERVICES
        for r in REGIONS
        for f, d in MODES
    ],
)
def test_url_matches_botocore(
    service: str, region: str, use_fips: bool, use_dualstack: bool
) -> None:
    _check_against_botocore(_provider(service), service, region, use_fips, use_dualstack)


# Every partition botocore ships supports both FIPS and dual-stack, so the
# rules' "not supported" branches are unreachable with real data. Flip the
# flags in a copy of partitions.json and feed the same copy to both resolvers.
_FLAG_VARIANTS = [(False, True), (True, False), (False, False)]
_VARIANT_REGIONS = ["us-east-1", "us-gov-west-1", "us-gov-east-9", "cn-north-1", "us-east-99"]


@functools.cache
def _variant(supports_fips: bool, supports_dual_stack: bool) -> tuple[dict[str, Any], Any]:
    data = copy.deepcopy(PARTITION_DATA)
    for partition in data["partitions"]:
        partition["outputs"]["supportsFIPS"] = supports_fips
        partition["outputs"]["supportsDualStack"] = supports_dual_stack
    return data, _partitions_from_botocore(data)


@pytest.mark.parametrize(
    ("service", "region", "use_fips", "use_dualstack", "supports_fips", "supports_dualstack"),
    [
        pytest.param(
            s, r, f, d, sf, sd, id=f"{s}-{r}-fips{int(f)}-dualstack{int(d)}-has{int(sf)}{int(sd)}"
        )
        for s in SERVICES
        for r in _VARIANT_REGIONS
        for f, d in MODES
        for sf, sd in _FLAG_VARIANTS
    ],
)
def test_unsupported_modes_match_botocore(
    service: str,
    region: str,
    use_fips: bool,
    use_dualstack: bool,
    supports_fips: bool,
    supports_dualstack: bool,
) -> None:
    data, partitions = _variant(supports_fips, supports_dualstack)
    provider = EndpointProvider(_ruleset(service), data)
    _check_against_botocore(provider, service, region, use_fips, use_dualstack, partitions)


def test_unsupported_mode_message() -> None:
    _, partitions = _variant(False, True)
    with pytest.raises(ParamValidationError) as raised:
        resolve_endpoint_url(EKS, "us-east-1", use_fips=True, partitions=partitions)
    assert raised.value.param == "use_fips_endpoint"
    assert "FIPS is enabled but partition 'aws'" in str(raised.value)


@pytest.mark.parametrize("region", [None, ""])
def test_missing_region(region: str | None) -> None:
    with pytest.raises(ParamValidationError) as raised:
        resolve_endpoint_url(EKS, region)
    assert raised.value.param == "region_name"
    for hint in ("region_name=", "AWS_REGION", "AWS_DEFAULT_REGION", "profile"):
        assert hint in raised.value.problem


@pytest.mark.parametrize("region", INVALID_REGIONS)
def test_invalid_region_rejected_like_botocore(region: str) -> None:
    with pytest.raises(InvalidRegionError):
        validate_region_name(region)
    with pytest.raises(ParamValidationError) as raised:
        resolve_endpoint_url(EKS, region)
    assert raised.value.param == "region_name"
    assert repr(region) in raised.value.problem


def test_trailing_newline_rejected() -> None:
    # botocore's region check uses ``$``, which lets "us-east-1\n" through
    # (the client then fails on the URL); emrk refuses it up front.
    with pytest.raises(ParamValidationError):
        resolve_endpoint_url(EKS, "us-east-1\n")


def test_examples() -> None:
    assert resolve_endpoint_url(EKS, "us-west-2") == "https://eks.us-west-2.amazonaws.com"
    assert resolve_endpoint_url(EKS, "us-west-2", use_fips=True) == (
        "https://fips.eks.us-west-2.amazonaws.com"
    )
    assert resolve_endpoint_url(EMR, "cn-north-1", use_dualstack=True) == (
        "https://elasticmapreduce.cn-north-1.api.amazonwebservices.com.cn"
    )
    assert resolve_endpoint_url(EKS_AUTH, "eu-west-1") == "https://eks-auth.eu-west-1.api.aws"
    assert resolve_endpoint_url(EMR_CONTAINERS, "us-gov-west-1", use_fips=True) == (
        "https://emr-containers.us-gov-west-1.amazonaws.com"
    )
