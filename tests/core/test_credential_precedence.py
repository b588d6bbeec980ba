"""Which credentials a session picks, case by case, against botocore's own answer.

emrk reads ``AWS_ACCESS_KEY_ID`` and friends itself when botocore's
environment provider is first in the chain and would answer with plain keys;
every other case goes to botocore's chain. Each case below sets up the
environment and shared files, asks a real ``botocore.session.Session`` in the
same setting, and checks that emrk picks the same keys (or fails where
botocore fails), and whether emrk had to create a botocore session to do it.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, NamedTuple

import botocore.session
import pytest

import emrk
from emrk.core.credentials import DefaultCredentialProvider, environment_credentials

REPO = Path(__file__).resolve().parents[2]
ENV_KEY = "AKIDENVIRONMENT00001"
ENV_SECRET = "environment-secret"
LATER = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=6)).strftime(
    "%Y-%m-%dT%H:%M:%SZ"
)

CREDENTIALS_FILE = """\
[default]
aws_access_key_id = AKIDDEFAULTPROFILE01
aws_secret_access_key = default-profile-secret

[dev]
aws_access_key_id = AKIDDEVPROFILE000001
aws_secret_access_key = dev-profile-secret
aws_session_token = dev-profile-token
"""
CONFIG_FILE = """\
[default]
region = us-west-2

[profile dev]
region = eu-central-1
"""


class Case(NamedTuple):
    """One setting: the variables, whether the shared files exist, an explicit profile."""

    env: dict[str, str]
    files: bool = False
    profile_name: str | None = None
    #: Whether emrk must answer without creating a botocore session.
    fast: bool = False


KEYS = {"AWS_ACCESS_KEY_ID": ENV_KEY, "AWS_SECRET_ACCESS_KEY": ENV_SECRET}

CASES: dict[str, Case] = {
    # The environment provider answers, and emrk reads it alone.
    "key and secret": Case(KEYS, fast=True),
    "key, secret and session token": Case({**KEYS, "AWS_SESSION_TOKEN": "tok-session"}, fast=True),
    "key, secret and the old security token": Case(
        {**KEYS, "AWS_SECURITY_TOKEN": "tok-security"}, fast=True
    ),
    "both tokens: AWS_SECURITY_TOKEN is read first": Case(
        {**KEYS, "AWS_SECURITY_TOKEN": "tok-security", "AWS_SESSION_TOKEN": "tok-session"},
        fast=True,
    ),
    "an empty security token falls through to the session token": Case(
        {**KEYS, "AWS_SECURITY_TOKEN": "", "AWS_SESSION_TOKEN": "tok-session"}, fast=True
    ),
    "empty tokens are no token": Case(
        {**KEYS, "AWS_SECURITY_TOKEN": "", "AWS_SESSION_TOKEN": ""}, fast=True
    ),
    "values are taken as they are, spaces included": Case(
        {"AWS_ACCESS_KEY_ID": " AKIDSPACED ", "AWS_SECRET_ACCESS_KEY": " s "}, fast=True
    ),
    "environment keys beat the default profile": Case(KEYS, files=True, fast=True),
    "an account id changes nothing": Case({**KEYS, "AWS_ACCOUNT_ID": "111122223333"}, fast=True),
    # Partial environment credentials: botocore refuses, so does emrk, alone.
    "key without secret": Case({"AWS_ACCESS_KEY_ID": ENV_KEY}, files=True, fast=True),
    "key with an empty secret": Case(
        {"AWS_ACCESS_KEY_ID": ENV_KEY, "AWS_SECRET_ACCESS_KEY": ""}, files=True, fast=True
    ),
    # The environment provider passes: the rest of botocore's chain decides.
    "an empty key means no environment credentials": Case(
        {"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": ENV_SECRET}, files=True
    ),
    "secret without key, no files": Case({"AWS_SECRET_ACCESS_KEY": ENV_SECRET}),
    "nothing anywhere": Case({}),
    "no variables: the default profile": Case({}, files=True),
    "AWS_PROFILE without keys": Case({"AWS_PROFILE": "dev"}, files=True),
    # An explicit profile removes the environment provider from the chain.
    "explicit profile beats environment keys": Case(KEYS, files=True, profile_name="dev"),
    "explicit profile ignores partial environment keys": Case(
        {"AWS_ACCESS_KEY_ID": ENV_KEY}, files=True, profile_name="dev"
    ),
    "explicit profile that does not exist": Case(KEYS, files=True, profile_name="nope"),
    # AWS_PROFILE does not: the keys win, but botocore checks the profile first.
    "AWS_PROFILE and environment keys": Case({**KEYS, "AWS_PROFILE": "dev"}, files=True),
    "AWS_DEFAULT_PROFILE and environment keys": Case(
        {**KEYS, "AWS_DEFAULT_PROFILE": "dev"}, files=True
    ),
    "AWS_PROFILE naming no profile": Case({**KEYS, "AWS_PROFILE": "nope"}, files=True),
    "an empty AWS_PROFILE": Case({**KEYS, "AWS_PROFILE": ""}, files=True),
    # AWS_CREDENTIAL_EXPIRATION makes botocore's credentials refreshable.
    "keys with an expiry": Case({**KEYS, "AWS_CREDENTIAL_EXPIRATION": LATER}),
    "an empty expiry is no expiry": Case({**KEYS, "AWS_CREDENTIAL_EXPIRATION": ""}, fast=True),
}


@pytest.fixture
def setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    """Clear every AWS variable, point HOME and the shared files at ``tmp_path``."""
    for name in list(os.environ):
        if name.startswith(("AWS_", "BOTO_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("BOTO_CONFIG", str(tmp_path / "no-boto-config"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))

    def apply(case: Case) -> None:
        if case.files:
            (tmp_path / "config").write_text(CONFIG_FILE)
            (tmp_path / "credentials").write_text(CREDENTIALS_FILE)
        for name, value in case.env.items():
            monkeypatch.setenv(name, value)

    return apply


def _botocore_answer(profile_name: str | None) -> tuple[str, str, str | None] | str:
    try:
        found = botocore.session.Session(profile=profile_name).get_credentials()
    except Exception as exc:
        return f"error: {type(exc).__name__}"
    if found is None:
        return "error: none found"
    frozen = found.get_frozen_credentials()
    return (frozen.access_key, frozen.secret_key, frozen.token)


class _CountingBotocoreSession(botocore.session.Session):  # type: ignore[misc]
    created = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        type(self).created += 1
        super().__init__(*args, **kwargs)


def _emrk_answer(profile_name: str | None) -> tuple[tuple[str, str, str | None] | str, int]:
    """emrk's answer, and how many botocore sessions it created to find it."""
    _CountingBotocoreSession.created = 0
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(botocore.session, "Session", _CountingBotocoreSession)
        session = emrk.Session(profile_name=profile_name)
        try:
            creds = session.get_credentials()
        except emrk.CredentialsError:
            return "error", _CountingBotocoreSession.created
    return (creds.access_key, creds.secret_key, creds.token), _CountingBotocoreSession.created


@pytest.mark.parametrize("name", list(CASES))
def test_same_credentials_as_botocore(name: str, setting: Any) -> None:
    case = CASES[name]
    setting(case)
    expected = _botocore_answer(case.profile_name)
    got, botocore_sessions = _emrk_answer(case.profile_name)
    if isinstance(expected, str):
        assert got == "error", f"botocore: {expected}; emrk found {got}"
    else:
        assert got == expected
    if case.fast:
        assert botocore_sessions == 0, "emrk asked botocore where the environment decides"
    else:
        assert botocore_sessions == 1, "emrk answered alone where botocore must decide"


def test_every_fast_case_is_one_environment_credentials_answers(setting: Any) -> None:
    """The fast cases are exactly those :func:`environment_credentials` settles."""
    for name, case in CASES.items():
        env = dict(case.env)
        if case.profile_name is not None:
            continue
        try:
            settled = environment_credentials(env) is not None
        except emrk.CredentialsError:
            settled = True
        assert settled == case.fast, name


def test_partial_environment_keys_name_the_missing_variable(setting: Any) -> None:
    setting(Case({"AWS_ACCESS_KEY_ID": ENV_KEY}))
    with pytest.raises(emrk.CredentialsError, match="AWS_SECRET_ACCESS_KEY"):
        emrk.Session().get_credentials()


def test_a_supplied_botocore_session_decides_alone(setting: Any) -> None:
    """With ``botocore_session=``, its chain answers, even with keys in the environment."""
    setting(Case(KEYS, files=True))
    core = botocore.session.Session()
    core.set_credentials("AKIDSUPPLIED00000001", "supplied-secret")
    session = emrk.Session(botocore_session=core)
    assert session.get_credentials().access_key == "AKIDSUPPLIED00000001"


def test_environment_is_read_once(setting: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """As in botocore, keys found once stay; later changes to the variables are not seen."""
    setting(Case(KEYS))
    session = emrk.Session()
    assert session.get_credentials().access_key == ENV_KEY
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDCHANGEDLATER0001")
    assert session.get_credentials().access_key == ENV_KEY
    provider = session.credential_provider
    assert isinstance(provider, DefaultCredentialProvider)
    assert provider.source == "environment"


def test_a_failed_lookup_is_retried(setting: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    setting(Case({"AWS_ACCESS_KEY_ID": ENV_KEY}))
    session = emrk.Session()
    with pytest.raises(emrk.CredentialsError):
        session.get_credentials()
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", ENV_SECRET)
    assert session.get_credentials().secret_key == ENV_SECRET


def test_a_region_lookup_first_does_not_change_the_chain(setting: Any) -> None:
    """Reading the region from the profile creates botocore's session; keys still come first."""
    setting(Case(KEYS, files=True))
    session = emrk.Session()
    assert session.region_name == "us-west-2"
    assert session.get_credentials().access_key == ENV_KEY


def test_environment_credentials_never_import_botocore() -> None:
    """A fresh process with keys and region in the environment signs a call without botocore."""
    script = textwrap.dedent(
        """
        import json, sys
        import responses
        import emrk
        from tests.core._fake_service import FakeClient

        client = FakeClient(session=emrk.Session())
        with responses.RequestsMock() as rsps:
            rsps.add(responses.POST, "https://fake.eu-west-1.amazonaws.com/echo/x", json={})
            client.echo(name="x")
            auth = rsps.calls[0].request.headers["Authorization"]
        loaded = sorted(m for m in sys.modules if m == "botocore" or m.startswith("botocore."))
        print(json.dumps({"auth": auth, "botocore": loaded}))
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(
        AWS_ACCESS_KEY_ID=ENV_KEY,
        AWS_SECRET_ACCESS_KEY=ENV_SECRET,
        AWS_REGION="eu-west-1",
        AWS_EC2_METADATA_DISABLED="true",
        PYTHONPATH=str(REPO),
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["auth"].startswith(f"AWS4-HMAC-SHA256 Credential={ENV_KEY}/")
    assert answer["botocore"] == []
