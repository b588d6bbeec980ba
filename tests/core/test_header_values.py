"""Values that end up in request headers or the request line are refused up front."""

from __future__ import annotations

import pytest

import emrk


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/\r\nX-Injected: yes", "http://127.0.0.1 :9", "http://127.0.0.1:9/\tx"],
)
def test_endpoint_url_with_whitespace_or_controls_is_refused(url: str) -> None:
    session = emrk.Session("AKIDEXAMPLE", "secret", region_name="us-east-1")
    with pytest.raises(emrk.ParamValidationError) as info:
        session.eks(endpoint_url=url)
    assert info.value.param == "endpoint_url"
    assert url not in str(info.value)


@pytest.mark.parametrize("extra", ["app/☃", "app/\x00", "app/\x7f"])
def test_user_agent_extra_must_be_printable_ascii(extra: str) -> None:
    with pytest.raises(emrk.ParamValidationError) as info:
        emrk.Config(user_agent_extra=extra).resolve()
    assert info.value.param == "user_agent_extra"


def test_a_plain_user_agent_extra_is_kept() -> None:
    assert emrk.Config(user_agent_extra="my-app/1.2 (ci)").resolve().user_agent_extra == (
        "my-app/1.2 (ci)"
    )
