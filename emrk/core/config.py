"""Client configuration: :class:`Config` and the environment variables it honours.

Option names are botocore's, so settings carry over from boto3 code. Every
option left at ``None`` falls back to its environment variable, then to the
AWS SDKs' default. ``max_attempts`` counts *total* attempts, first try
included, exactly as ``AWS_MAX_ATTEMPTS`` does: ``max_attempts=1`` means no
retry.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal, cast

import attrs

from emrk.core.errors import ParamValidationError

__all__ = ["Config", "ResolvedConfig", "RetryConfig", "RetryMode"]

RetryMode = Literal["standard", "adaptive", "legacy"]
_MODES = ("standard", "adaptive", "legacy")
#: Total attempts per mode when nothing is configured, as in botocore.
DEFAULT_MAX_ATTEMPTS: dict[str, int] = {"standard": 3, "adaptive": 3, "legacy": 5}


@attrs.frozen(kw_only=True)
class RetryConfig:
    """Retry settings: the mode and the total number of attempts."""

    mode: RetryMode | None = None
    max_attempts: int | None = None


@attrs.frozen(kw_only=True)
class Config:
    """Options for a client, named as in ``botocore.config.Config``.

    ``retries`` takes a :class:`RetryConfig` or botocore's dict form
    (``{"mode": "standard", "max_attempts": 5}``); ``total_max_attempts`` is
    accepted as a synonym of ``max_attempts`` in the dict. ``verify`` is
    ``True``/``False`` or the path of a CA bundle.
    """

    retries: RetryConfig | Mapping[str, object] | None = None
    connect_timeout: float | None = None
    read_timeout: float | None = None
    max_pool_connections: int | None = None
    use_fips_endpoint: bool | None = None
    use_dualstack_endpoint: bool | None = None
    user_agent_extra: str | None = None
    proxies: Mapping[str, str] | None = None
    verify: bool | str | None = None

    def resolve(self, environ: Mapping[str, str] | None = None) -> ResolvedConfig:
        """Fill every unset option from the environment, then the defaults."""
        env = os.environ if environ is None else environ
        retries = _retry_config(self.retries)
        mode = retries.mode or env.get("AWS_RETRY_MODE") or "standard"
        if mode not in _MODES:
            raise ParamValidationError(
                "retries.mode", f"must be one of {', '.join(_MODES)}, got {mode!r}"
            )
        attempts = retries.max_attempts
        if attempts is None and env.get("AWS_MAX_ATTEMPTS"):
            attempts = _int_from_env(env, "AWS_MAX_ATTEMPTS")
        if attempts is None:
            attempts = DEFAULT_MAX_ATTEMPTS[mode]
        if attempts < 1:
            raise ParamValidationError(
                "retries.max_attempts", f"counts total attempts and must be >= 1, got {attempts}"
            )
        return ResolvedConfig(
            retry_mode=cast(RetryMode, mode),
            max_attempts=attempts,
            connect_timeout=_positive("connect_timeout", self.connect_timeout, 60.0),
            read_timeout=_positive("read_timeout", self.read_timeout, 60.0),
            max_pool_connections=int(
                _positive("max_pool_connections", self.max_pool_connections, 10)
            ),
            use_fips_endpoint=_flag(self.use_fips_endpoint, env, "AWS_USE_FIPS_ENDPOINT"),
            use_dualstack_endpoint=_flag(
                self.use_dualstack_endpoint, env, "AWS_USE_DUALSTACK_ENDPOINT"
            ),
            user_agent_extra=self.user_agent_extra,
            proxies=dict(self.proxies) if self.proxies is not None else None,
            verify=True if self.verify is None else self.verify,
        )


@attrs.frozen(kw_only=True)
class ResolvedConfig:
    """A :class:`Config` with every option decided; what a client runs with."""

    retry_mode: RetryMode
    max_attempts: int
    connect_timeout: float
    read_timeout: float
    max_pool_connections: int
    use_fips_endpoint: bool
    use_dualstack_endpoint: bool
    user_agent_extra: str | None
    proxies: dict[str, str] | None
    verify: bool | str


def _retry_config(value: RetryConfig | Mapping[str, object] | None) -> RetryConfig:
    if value is None or isinstance(value, RetryConfig):
        return value or RetryConfig()
    unknown = set(value) - {"mode", "max_attempts", "total_max_attempts"}
    if unknown:
        raise ParamValidationError("retries", f"unknown keys {sorted(unknown)}")
    attempts = value.get("max_attempts", value.get("total_max_attempts"))
    if attempts is not None and (not isinstance(attempts, int) or isinstance(attempts, bool)):
        raise ParamValidationError("retries.max_attempts", "must be an int")
    mode = value.get("mode")
    if mode is not None and mode not in _MODES:
        raise ParamValidationError("retries.mode", f"must be one of {', '.join(_MODES)}")
    return RetryConfig(mode=cast("RetryMode | None", mode), max_attempts=attempts)


def _int_from_env(env: Mapping[str, str], name: str) -> int:
    try:
        return int(env[name])
    except ValueError:
        raise ParamValidationError(name, f"must be an integer, got {env[name]!r}") from None


def _positive(name: str, value: float | None, default: float) -> float:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ParamValidationError(name, f"must be a positive number, got {value!r}")
    return float(value)


def _flag(value: bool | None, env: Mapping[str, str], name: str) -> bool:
    if value is not None:
        return value
    return env.get(name, "").strip().lower() == "true"
