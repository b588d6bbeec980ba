"""Credentials: explicit keys, the environment, or botocore's own provider chain.

botocore's default chain starts with the environment provider
(``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, ``AWS_SECURITY_TOKEN`` /
``AWS_SESSION_TOKEN``) unless a profile is given explicitly. When that
provider would answer with plain keys, emrk reads the same variables the same
way (:func:`environment_credentials`) and never imports botocore, whose
session machinery costs more than the rest of a short-lived program. Every
other case goes through ``botocore.session.Session().get_credentials()``,
which walks the chain boto3 does (shared files and profiles, SSO,
assume-role, web identity, container credentials including EKS Pod Identity,
instance metadata) and returns refreshable credentials that refresh
themselves, under botocore's lock, when they near expiry.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from emrk.core.errors import CredentialsError
from emrk.core.record import FrozenRecord

if TYPE_CHECKING:
    import botocore.session

__all__ = [
    "BotocoreCredentialProvider",
    "CredentialProvider",
    "Credentials",
    "DefaultCredentialProvider",
    "StaticCredentialProvider",
    "environment_credentials",
]

#: botocore's ``EnvProvider`` variables, in the order it reads them.
ACCESS_KEY_VAR = "AWS_ACCESS_KEY_ID"
SECRET_KEY_VAR = "AWS_SECRET_ACCESS_KEY"
#: The first non-empty one wins: botocore reads ``AWS_SECURITY_TOKEN`` first.
TOKEN_VARS = ("AWS_SECURITY_TOKEN", "AWS_SESSION_TOKEN")
#: Set, botocore makes refreshable credentials that re-read the environment.
EXPIRY_VAR = "AWS_CREDENTIAL_EXPIRATION"
#: botocore's ``profile`` setting; present, botocore validates the profile first.
PROFILE_VARS = ("AWS_DEFAULT_PROFILE", "AWS_PROFILE")


class Credentials(FrozenRecord, kw_only=False):
    """One set of AWS keys. ``repr`` shows only the end of the access key id."""

    access_key: str
    secret_key: str
    token: str | None = None

    def __repr__(self) -> str:
        shown = "***" + self.access_key[-4:] if len(self.access_key) > 8 else "***"
        token = ", token=***" if self.token else ""
        return f"Credentials(access_key={shown!r}, secret_key=***{token})"

    __str__ = __repr__


class CredentialProvider(Protocol):
    """Anything that hands out current credentials, safely across threads."""

    def get(self) -> Credentials:
        """Current credentials; raises :class:`CredentialsError` if there are none."""
        ...


class StaticCredentialProvider:
    """Keys given in code; they never change."""

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def get(self) -> Credentials:
        """The keys given."""
        return self._credentials

    def peek(self) -> Credentials:
        """The keys given: getting them never blocks."""
        return self._credentials

    def __repr__(self) -> str:
        return f"StaticCredentialProvider({self._credentials!r})"


class BotocoreCredentialProvider:
    """botocore's credential chain, resolved once and refreshed by botocore."""

    def __init__(self, session: botocore.session.Session) -> None:
        self._session = session
        self._resolved: Any = None
        self._lock = threading.Lock()

    def peek(self) -> Credentials | None:
        """Current credentials if getting them cannot block, else ``None``.

        The async clients call this first and run :meth:`get` in a worker
        thread only when botocore still has to resolve or refresh (which may
        mean HTTP calls to a metadata or SSO endpoint).
        """
        resolved = self._resolved
        if resolved is None:
            return None
        refresh_needed = getattr(resolved, "refresh_needed", None)
        if refresh_needed is not None and refresh_needed():
            return None
        return self.get()

    def get(self) -> Credentials:
        """Current credentials (botocore refreshes them when near expiry)."""
        resolved = self._resolved
        if resolved is None:
            resolved = self._resolve()
        try:
            frozen = resolved.get_frozen_credentials()
        except Exception as exc:  # botocore raises many types while refreshing
            raise CredentialsError(
                f"Refreshing AWS credentials failed ({type(exc).__name__}: {exc})"
            ) from exc
        return Credentials(frozen.access_key, frozen.secret_key, frozen.token)

    def _resolve(self) -> Any:
        with self._lock:
            if self._resolved is None:
                try:
                    found = self._session.get_credentials()
                except Exception as exc:
                    raise CredentialsError(
                        f"Loading AWS credentials failed ({type(exc).__name__}: {exc})"
                    ) from exc
                if found is None:
                    raise CredentialsError(
                        "No AWS credentials found. Pass aws_access_key_id and "
                        "aws_secret_access_key to emrk.Session, set AWS_ACCESS_KEY_ID and "
                        "AWS_SECRET_ACCESS_KEY, choose a profile with AWS_PROFILE or "
                        "profile_name=, or run where a role is available (SSO login, "
                        "container or instance credentials)."
                    )
                self._resolved = found
            return self._resolved

    def __repr__(self) -> str:
        return "BotocoreCredentialProvider()"


def environment_credentials(environ: Mapping[str, str] | None = None) -> Credentials | None:
    """The keys botocore's environment provider would return, when emrk can tell alone.

    Call it only where that provider is first in botocore's chain: no
    explicit profile and no user-supplied botocore session. It mirrors
    ``botocore.credentials.EnvProvider``: an empty or missing
    ``AWS_ACCESS_KEY_ID`` means the provider passes; a key without a
    non-empty ``AWS_SECRET_ACCESS_KEY`` is an error (botocore's
    ``PartialCredentialsError``); the token is the first non-empty of
    ``AWS_SECURITY_TOKEN`` and ``AWS_SESSION_TOKEN``.

    Returns ``None`` whenever botocore must answer instead: no access key
    (the rest of the chain decides), ``AWS_CREDENTIAL_EXPIRATION`` set
    (botocore returns refreshable credentials that re-read the environment),
    or ``AWS_PROFILE``/``AWS_DEFAULT_PROFILE`` present (the keys still win,
    but botocore first refuses a profile that does not exist).
    """
    env = os.environ if environ is None else environ
    access_key = env.get(ACCESS_KEY_VAR, "")
    if not access_key:
        return None
    if env.get(EXPIRY_VAR, "") or any(name in env for name in PROFILE_VARS):
        return None
    secret_key = env.get(SECRET_KEY_VAR, "")
    if not secret_key:
        raise CredentialsError(
            "Loading AWS credentials failed (partial credentials found in env, "
            f"missing: {SECRET_KEY_VAR})"
        )
    token = next((value for name in TOKEN_VARS if (value := env.get(name, ""))), None)
    return Credentials(access_key, secret_key, token)


class DefaultCredentialProvider:
    """The default chain: the environment as botocore reads it, then botocore's chain.

    Resolved once, on the first :meth:`get`, as botocore resolves a session's
    credentials once: keys found in the environment are kept (later changes
    to the variables are not seen, as in botocore); otherwise ``botocore_session``
    is called then, and only then, for the botocore session whose chain
    decides. ``environment_first`` is false when a profile was named
    explicitly or a botocore session supplied: botocore then skips (or owns)
    the environment provider, so emrk asks botocore straight away.
    """

    def __init__(
        self,
        botocore_session: Callable[[], botocore.session.Session],
        *,
        environment_first: bool = True,
    ) -> None:
        self._botocore_session = botocore_session
        self._environment_first = environment_first
        self._inner: CredentialProvider | None = None
        self._lock = threading.Lock()

    @property
    def source(self) -> str:
        """Where the credentials came from: ``environment``, ``botocore`` or ``unresolved``."""
        inner = self._inner
        if inner is None:
            return "unresolved"
        return "environment" if isinstance(inner, StaticCredentialProvider) else "botocore"

    def peek(self) -> Credentials | None:
        """Current credentials if getting them cannot block, else ``None``.

        Keys from the environment never block, so the first look resolves
        them here; botocore's chain is only asked in :meth:`get` (which the
        async clients run in a worker thread).
        """
        inner = self._inner
        if inner is None:
            found = environment_credentials() if self._environment_first else None
            if found is None:
                return None
            with self._lock:
                if self._inner is None:
                    self._inner = StaticCredentialProvider(found)
                inner = self._inner
        if isinstance(inner, StaticCredentialProvider):
            return inner.get()
        if isinstance(inner, BotocoreCredentialProvider):
            return inner.peek()
        return None

    def get(self) -> Credentials:
        """Current credentials; the first call decides where they come from."""
        inner = self._inner
        if inner is None:
            with self._lock:
                if self._inner is None:
                    self._inner = self._resolve()
                inner = self._inner
        return inner.get()

    def _resolve(self) -> CredentialProvider:
        if self._environment_first:
            found = environment_credentials()
            if found is not None:
                return StaticCredentialProvider(found)
        return BotocoreCredentialProvider(self._botocore_session())

    def __repr__(self) -> str:
        return f"DefaultCredentialProvider(source={self.source!r})"
