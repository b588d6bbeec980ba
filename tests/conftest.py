"""Shared fixtures: fake credentials, a region, and moto's server on loopback.

No test touches the internet. The moto server starts on 127.0.0.1 on a free
port the first time a test asks for it and stops when the session ends.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

import emrk

# Hypothesis profiles for the property tests: ``ci`` (the default: bounded,
# derandomized, no example database) and ``long`` (``pytest
# --hypothesis-profile=long``, or EMRK_HYPOTHESIS_PROFILE=long).
_HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]
settings.register_profile(
    "ci",
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=_HEALTH,
    print_blob=True,
)
settings.register_profile(
    "long", max_examples=600, deadline=None, suppress_health_check=_HEALTH, print_blob=True
)
if settings.get_current_profile_name() == "default":
    settings.load_profile(os.environ.get("EMRK_HYPOTHESIS_PROFILE", "ci"))

FAKE_KEY_ID = "AKIDEXAMPLETESTKEY01"
FAKE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECRET"


@pytest.fixture(autouse=True)
def _isolated_aws_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Each test starts with fake keys, a region, and no real AWS config files."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name, raising=False)
    empty = tmp_path_factory.getbasetemp() / "no-aws-config"
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", FAKE_KEY_ID)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", FAKE_SECRET)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(empty / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(empty / "credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


@pytest.fixture
def session() -> emrk.Session:
    """A session with explicit fake keys in us-east-1."""
    return emrk.Session(
        aws_access_key_id=FAKE_KEY_ID, aws_secret_access_key=FAKE_SECRET, region_name="us-east-1"
    )


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """URL of a moto server running on 127.0.0.1 for this test session."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()
