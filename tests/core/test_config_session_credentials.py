"""Config and its environment variables, Session, region and credential resolution.

The endpoint variables are checked against botocore's own spelling of
``AWS_ENDPOINT_URL_<SERVICE_ID>``; shared credential and config files are
written under ``tmp_path``; refreshable credentials come from a botocore
credential provider whose refresh function counts its calls.
"""

from __future__ import annotations

import datetime
import importlib
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import botocore.credentials
import botocore.session
import pytest
from botocore.configprovider import ConfiguredEndpointProvider

import emrk
from emrk.core.credentials import Credentials, StaticCredentialProvider
from emrk.core.endpoints import resolve_endpoint_url
from tests.conftest import FAKE_KEY_ID, FAKE_SECRET
from tests.core._fake_service import SERVICE as FAKE_SERVICE
from tests.core._fake_service import FakeClient

REPO = Path(__file__).resolve().parents[2]
SERVICES = {  # botocore name -> (package, session factory)
    "emr-containers": ("emrk.emr_containers", "emr_containers"),
    "eks": ("emrk.eks", "eks"),
    "eks-auth": ("emrk.eks_auth", "eks_auth"),
    "pcs": ("emrk.pcs", "pcs"),
    "emr": ("emrk.emr", "emr"),
}


def _no_env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)


# -- Config ------------------------------------------------------------------


def test_defaults() -> None:
    """Nothing set: botocore's defaults."""
    resolved = emrk.Config().resolve({})
    assert resolved.retry_mode == "standard"
    assert resolved.max_attempts == 3
    assert resolved.connect_timeout == 60
    assert resolved.read_timeout == 60
    assert resolved.max_pool_connections == 10
    assert resolved.use_fips_endpoint is False
    assert resolved.use_dualstack_endpoint is False
    assert resolved.verify is True
    assert resolved.proxies is None


@pytest.mark.parametrize(
    ("env", "field", "expected"),
    [
        ({"AWS_MAX_ATTEMPTS": "7"}, "max_attempts", 7),
        ({"AWS_MAX_ATTEMPTS": " 2 "}, "max_attempts", 2),
        ({"AWS_MAX_ATTEMPTS": ""}, "max_attempts", 3),
        ({"AWS_RETRY_MODE": "legacy"}, "max_attempts", 5),
        ({"AWS_RETRY_MODE": "adaptive"}, "retry_mode", "adaptive"),
        ({"AWS_USE_FIPS_ENDPOINT": "true"}, "use_fips_endpoint", True),
        ({"AWS_USE_FIPS_ENDPOINT": "TRUE"}, "use_fips_endpoint", True),
        ({"AWS_USE_FIPS_ENDPOINT": "false"}, "use_fips_endpoint", False),
        ({"AWS_USE_DUALSTACK_ENDPOINT": "True"}, "use_dualstack_endpoint", True),
        ({"AWS_USE_DUALSTACK_ENDPOINT": "0"}, "use_dualstack_endpoint", False),
    ],
)
def test_environment_variables(env: dict[str, str], field: str, expected: object) -> None:
    """Each variable fills its option; booleans read ``true`` as botocore does."""
    assert getattr(emrk.Config().resolve(env), field) == expected


def test_explicit_options_beat_the_environment() -> None:
    env = {
        "AWS_MAX_ATTEMPTS": "9",
        "AWS_RETRY_MODE": "legacy",
        "AWS_USE_FIPS_ENDPOINT": "true",
        "AWS_USE_DUALSTACK_ENDPOINT": "true",
    }
    resolved = emrk.Config(
        retries={"mode": "standard", "max_attempts": 2},
        use_fips_endpoint=False,
        use_dualstack_endpoint=False,
    ).resolve(env)
    assert (resolved.retry_mode, resolved.max_attempts) == ("standard", 2)
    assert not resolved.use_fips_endpoint and not resolved.use_dualstack_endpoint


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"connect_timeout": 0}, "connect_timeout"),
        ({"read_timeout": -1}, "read_timeout"),
        ({"read_timeout": True}, "read_timeout"),
        ({"max_pool_connections": 0}, "max_pool_connections"),
        ({"max_pool_connections": 2.5}, "max_pool_connections"),
        ({"use_fips_endpoint": "yes"}, "use_fips_endpoint"),
        ({"use_dualstack_endpoint": 1}, "use_dualstack_endpoint"),
        ({"verify": 1}, "verify"),
        ({"proxies": {"https": 8080}}, "proxies"),
        ({"user_agent_extra": 5}, "user_agent_extra"),
        ({"retries": 3}, "retries"),
        ({"retries": emrk.RetryConfig(max_attempts=0)}, "retries.max_attempts"),
        ({"retries": emrk.RetryConfig(mode="turbo")}, "retries.mode"),  # type: ignore[arg-type]
    ],
)
def test_bad_values_are_clear_errors(kwargs: dict[str, Any], param: str) -> None:
    """A bad option is a ParamValidationError naming it, raised when a client is made."""
    with pytest.raises(emrk.ParamValidationError) as info:
        emrk.Config(**kwargs).resolve({})
    assert info.value.param == param
    assert param in str(info.value)


def test_config_repr_hides_proxy_passwords() -> None:
    config = emrk.Config(proxies={"https": "http://alice:pr0xy-pass@proxy.internal:3128"})
    for text in (repr(config), repr(config.resolve({}))):
        assert "pr0xy-pass" not in text
        assert "alice" not in text
        assert "proxy.internal:3128" in text


# -- endpoints from the environment ------------------------------------------------


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_service_endpoint_variable_is_spelled_as_botocore_spells_it(service: str) -> None:
    """``AWS_ENDPOINT_URL_<SERVICE_ID>``: the same name botocore reads."""
    spec = importlib.import_module(SERVICES[service][0] + "._service").SERVICE
    provider = ConfiguredEndpointProvider(
        full_config={}, scoped_config={}, client_name=service, environ={}
    )
    assert spec.endpoint_env_var == provider._get_service_env_var_name()


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_service_endpoint_variable_is_used(
    session: emrk.Session, monkeypatch: pytest.MonkeyPatch, service: str
) -> None:
    package, factory = SERVICES[service]
    spec = importlib.import_module(package + "._service").SERVICE
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://global.localhost:1")
    monkeypatch.setenv(spec.endpoint_env_var, "http://service.localhost:2/")
    client = getattr(session, factory)()
    assert client.endpoint_url == "http://service.localhost:2"
    explicit = getattr(session, factory)(endpoint_url="http://explicit.localhost:3")
    assert explicit.endpoint_url == "http://explicit.localhost:3"


def test_global_endpoint_variable_and_ignore_switch(
    session: emrk.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://global.localhost:1")
    assert FakeClient(session=session).endpoint_url == "http://global.localhost:1"
    monkeypatch.setenv("AWS_ENDPOINT_URL_FAKE_SERVICE", "http://fake.localhost:9")
    assert FakeClient(session=session).endpoint_url == "http://fake.localhost:9"
    monkeypatch.setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
    assert FakeClient(session=session).endpoint_url == "https://fake.us-east-1.amazonaws.com"
    client = FakeClient(session=session, endpoint_url="http://explicit.localhost:2")
    assert client.endpoint_url == "http://explicit.localhost:2"


def test_endpoint_without_scheme_is_rejected(
    session: emrk.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL_FAKE_SERVICE", "localhost:4566")
    with pytest.raises(emrk.ParamValidationError) as info:
        FakeClient(session=session)
    assert info.value.param == "endpoint_url"


@pytest.mark.parametrize(
    ("env", "fips", "dualstack"),
    [
        ({"AWS_USE_FIPS_ENDPOINT": "true"}, True, False),
        ({"AWS_USE_DUALSTACK_ENDPOINT": "true"}, False, True),
        ({"AWS_USE_FIPS_ENDPOINT": "true", "AWS_USE_DUALSTACK_ENDPOINT": "true"}, True, True),
    ],
)
def test_fips_and_dualstack_variables_pick_the_endpoint(
    session: emrk.Session,
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    fips: bool,
    dualstack: bool,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    expected = resolve_endpoint_url(
        FAKE_SERVICE.endpoint_rules, "us-east-1", use_fips=fips, use_dualstack=dualstack
    )
    assert FakeClient(session=session).endpoint_url == expected
    assert ("fips" in expected) == fips
    plain = FakeClient(
        session=session,
        config=emrk.Config(use_fips_endpoint=False, use_dualstack_endpoint=False),
    )
    assert plain.endpoint_url == "https://fake.us-east-1.amazonaws.com"


# -- region ----------------------------------------------------------------------


def test_missing_region_names_region_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_DEFAULT_REGION", raising=False)
    monkeypatch.delenv("AWS_REGION", raising=False)
    session = emrk.Session(FAKE_KEY_ID, FAKE_SECRET)
    makers: list[Callable[[], FakeClient]] = [
        lambda: FakeClient(session=session),
        lambda: FakeClient(session=session, endpoint_url="http://localhost:1"),
    ]
    for make in makers:
        with pytest.raises(emrk.ParamValidationError) as info:
            make()
        assert info.value.param == "region_name"
        assert "AWS_DEFAULT_REGION" in str(info.value)


def test_region_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    assert emrk.Session().region_name == "eu-west-1"
    monkeypatch.setenv("AWS_REGION", "ap-south-1")
    assert emrk.Session().region_name == "ap-south-1"
    assert emrk.Session(region_name="us-west-2").region_name == "us-west-2"
    client = FakeClient(session=emrk.Session(), region_name="ca-central-1")
    assert client.region_name == "ca-central-1"
    assert client.endpoint_url == "https://fake.ca-central-1.amazonaws.com"


# -- shared files and profiles ---------------------------------------------------------


@pytest.fixture
def aws_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Credentials and config files with a default and a ``dev`` profile; no key variables."""
    _no_env_credentials(monkeypatch)
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    credentials = tmp_path / "credentials"
    credentials.write_text(
        textwrap.dedent(
            """\
            [default]
            aws_access_key_id = AKIDDEFAULTPROFILE01
            aws_secret_access_key = default-profile-secret

            [dev]
            aws_access_key_id = AKIDDEVPROFILE000001
            aws_secret_access_key = dev-profile-secret
            aws_session_token = dev-profile-token
            """
        )
    )
    config = tmp_path / "config"
    config.write_text(
        textwrap.dedent(
            """\
            [default]
            region = us-west-2

            [profile dev]
            region = eu-central-1

            [profile partial]
            region = eu-north-1
            aws_access_key_id = AKIDPARTIALONLY00001
            """
        )
    )
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    return tmp_path


def test_default_profile(aws_files: Path) -> None:
    session = emrk.Session()
    assert session.get_credentials() == Credentials(
        "AKIDDEFAULTPROFILE01", "default-profile-secret"
    )
    assert session.region_name == "us-west-2"


def test_named_profile(aws_files: Path) -> None:
    session = emrk.Session(profile_name="dev")
    assert session.get_credentials() == Credentials(
        "AKIDDEVPROFILE000001", "dev-profile-secret", "dev-profile-token"
    )
    assert session.region_name == "eu-central-1"
    assert FakeClient(session=session).endpoint_url == "https://fake.eu-central-1.amazonaws.com"


def test_profile_from_aws_profile(aws_files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_PROFILE", "dev")
    session = emrk.Session()
    assert session.get_credentials().access_key == "AKIDDEVPROFILE000001"
    assert session.region_name == "eu-central-1"


def test_explicit_region_beats_the_profile(aws_files: Path) -> None:
    assert emrk.Session(profile_name="dev", region_name="sa-east-1").region_name == "sa-east-1"


def test_unknown_profile_is_a_credentials_error(aws_files: Path) -> None:
    session = emrk.Session(profile_name="nope")
    with pytest.raises(emrk.CredentialsError, match="nope"):
        session.get_credentials()
    with pytest.raises(emrk.CredentialsError):
        _ = session.region_name


def test_partial_keys_in_a_profile_are_a_credentials_error(aws_files: Path) -> None:
    with pytest.raises(emrk.CredentialsError):
        emrk.Session(profile_name="partial").get_credentials()


# -- credentials -----------------------------------------------------------------------


def test_environment_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_SESSION_TOKEN", "env-session-token")
    assert emrk.Session().get_credentials() == Credentials(
        FAKE_KEY_ID, FAKE_SECRET, "env-session-token"
    )


def test_explicit_keys_win(monkeypatch: pytest.MonkeyPatch) -> None:
    session = emrk.Session("AKIDEXPLICIT00000001", "explicit-secret", "explicit-token")
    assert session.get_credentials() == Credentials(
        "AKIDEXPLICIT00000001", "explicit-secret", "explicit-token"
    )
    assert isinstance(session.credential_provider, StaticCredentialProvider)


def test_missing_credentials_error_is_helpful(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_env_credentials(monkeypatch)
    session = emrk.Session(region_name="us-east-1")
    with pytest.raises(emrk.CredentialsError) as info:
        session.get_credentials()
    text = str(info.value)
    for hint in ("AWS_ACCESS_KEY_ID", "profile", "aws_access_key_id"):
        assert hint in text


def test_a_call_without_credentials_sends_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import responses

    _no_env_credentials(monkeypatch)
    client = FakeClient(session=emrk.Session(region_name="us-east-1"))
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.add(responses.POST, "https://fake.us-east-1.amazonaws.com/echo/x", json={})
        with pytest.raises(emrk.CredentialsError):
            client.echo(name="x")
        assert len(rsps.calls) == 0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"aws_access_key_id": "AKIDONLY"},
        {"aws_secret_access_key": "only-secret"},
        {"aws_session_token": "only-token", "aws_access_key_id": "AKIDONLY"},
        {"aws_session_token": "only-token"},
    ],
)
def test_partial_explicit_keys(kwargs: dict[str, str]) -> None:
    with pytest.raises(emrk.CredentialsError):
        emrk.Session(**kwargs)


def test_partial_environment_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    with pytest.raises(emrk.CredentialsError):
        emrk.Session().get_credentials()


def test_explicit_keys_never_import_botocore_session() -> None:
    """With keys and region given, a whole signed call runs without botocore's session."""
    script = textwrap.dedent(
        """
        import sys
        import responses
        import emrk
        from tests.core._fake_service import FakeClient

        session = emrk.Session("AKIDSUBPROCESS000001", "secret", region_name="us-east-1")
        client = FakeClient(session=session)
        with responses.RequestsMock() as rsps:
            rsps.add(responses.POST, "https://fake.us-east-1.amazonaws.com/echo/x", json={})
            client.echo(name="x")
            assert rsps.calls[0].request.headers["Authorization"].startswith("AWS4-HMAC")
        print("loaded" if "botocore.session" in sys.modules else "clean")
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env={**env, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean"


class _CountingProvider(botocore.credentials.CredentialProvider):  # type: ignore[misc]
    """A botocore provider whose credentials expire in a minute and refresh on demand."""

    METHOD = "emrk-test"
    CANONICAL_NAME = "EmrkTest"

    def __init__(self, refresh: Callable[[], dict[str, str]]) -> None:
        self._refresh = refresh

    def load(self) -> botocore.credentials.RefreshableCredentials:
        soon = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=60)
        return botocore.credentials.RefreshableCredentials.create_from_metadata(
            metadata={
                "access_key": "AKIDSTALE00000000001",
                "secret_key": "stale-secret",
                "token": "stale-token",
                "expiry_time": soon.isoformat(),
            },
            refresh_using=self._refresh,
            method=self.METHOD,
        )


def test_refreshable_credentials_refresh_once_under_concurrency() -> None:
    """Near expiry, 16 threads asking at once cause exactly one refresh."""
    calls = 0
    lock = threading.Lock()
    gate = threading.Event()

    def refresh() -> dict[str, str]:
        nonlocal calls
        with lock:
            calls += 1
        gate.wait(0.2)  # widen the window in which other threads could race
        later = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
        return {
            "access_key": "AKIDFRESH00000000001",
            "secret_key": "fresh-secret",
            "token": "fresh-token",
            "expiry_time": later.isoformat(),
        }

    core = botocore.session.Session()
    core.get_component("credential_provider").insert_before("env", _CountingProvider(refresh))
    session = emrk.Session(botocore_session=core, region_name="us-east-1")
    barrier = threading.Barrier(16)
    results: list[Credentials] = []

    def worker() -> None:
        barrier.wait()
        credentials = session.get_credentials()
        with lock:
            results.append(credentials)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert calls == 1
    assert len(results) == 16
    assert {c.access_key for c in results} == {"AKIDFRESH00000000001"}
    assert session.get_credentials().token == "fresh-token"
    assert calls == 1


def test_a_failing_refresh_is_a_credentials_error() -> None:
    def refresh() -> dict[str, str]:
        raise RuntimeError("the identity provider is down")

    core = botocore.session.Session()
    core.get_component("credential_provider").insert_before("env", _CountingProvider(refresh))
    session = emrk.Session(botocore_session=core, region_name="us-east-1")
    with pytest.raises(emrk.CredentialsError, match="identity provider is down"):
        session.get_credentials()


# -- repr ----------------------------------------------------------------------------


def test_reprs_hold_no_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    secret, token = "repr-test-secret-value", "repr-test-session-token"
    session = emrk.Session("AKIDREPRTEST00000001", secret, token, region_name="us-east-1")
    client = FakeClient(session=session)
    credentials = session.get_credentials()
    texts = [
        repr(session),
        str(session),
        repr(client),
        repr(credentials),
        str(credentials),
        repr(session.credential_provider),
        repr(emrk.Config(user_agent_extra="x")),
    ]
    for text in texts:
        assert secret not in text
        assert token not in text
        assert "AKIDREPRTEST00000001" not in text
    assert repr(credentials).startswith("Credentials(access_key='***0001'")
