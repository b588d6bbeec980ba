"""``emrk.required``: a present value comes back as it is, an absent one raises a clear error."""

from __future__ import annotations

import pickle

import pytest

import emrk
from emrk.eks import Cluster, DescribeClusterResponse


def test_a_present_value_is_returned_unchanged() -> None:
    cluster = Cluster(name="prod")
    response = DescribeClusterResponse(cluster=cluster)
    assert emrk.required(response.cluster, "cluster") is cluster


@pytest.mark.parametrize("value", ["", 0, 0.0, False, [], {}])
def test_false_values_count_as_present(value: object) -> None:
    assert emrk.required(value, "member") is value


def test_an_absent_value_raises_missing_member_error() -> None:
    response = DescribeClusterResponse()
    with pytest.raises(emrk.MissingMemberError) as info:
        emrk.required(response.cluster, "cluster")
    exc = info.value
    assert exc.member == "cluster"
    assert str(exc) == (
        "the response has no cluster: the service left out a member this code requires"
    )
    assert repr(exc) == f"MissingMemberError({str(exc)!r})"
    # One of the ResponseParseError family, so existing handlers catch it.
    assert isinstance(exc, emrk.ResponseParseError)
    assert isinstance(exc, emrk.EmrkError)
    assert exc.status_code is None and exc.request_id is None and exc.body_preview == b""


def test_the_error_survives_pickling() -> None:
    """Errors cross process boundaries (multiprocessing, concurrent.futures) intact."""
    exc = pickle.loads(pickle.dumps(emrk.MissingMemberError("job_run.id")))
    assert type(exc) is emrk.MissingMemberError
    assert exc.member == "job_run.id"
    assert str(exc) == str(emrk.MissingMemberError("job_run.id"))
