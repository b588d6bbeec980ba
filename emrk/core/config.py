"""Client configuration: :class:`Config` and the environment variables it honours.

Option names are botocore's, so settings carry over from boto3 code. Every
option left at ``None`` falls back to its environment variable, then to the
AWS SDKs' default. ``max_attempts`` counts *total* attempts, first try
included, exactly as ``AWS_MAX_ATTEMPTS`` does: ``max_attempts=1`` means no
retry. ``event_hooks`` is emrk's own: see :mod:`emrk.core.hooks`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from emrk.core.errors import ParamValidationError
from emrk.core.record import FrozenRecord

if TYPE_CHECKING:  # the hooks module loads only for clients that have hooks
    from emrk.core.hooks import EventHooks, RequestHook, ResponseHook

__all__ = ["Config", "ResolvedConfig", "RetryConfig", "RetryMode"]

RetryMode = Literal["standard", "adaptive", "legacy"]
_MODES = ("standard", "adaptive", "legacy")
#: Total attempts per mode when nothing is configured, as in botocore.
DEFAULT_MAX_ATTEMPTS: dict[str, int] = {"standard": 3, "adaptive": 3, "legacy": 5}


class RetryConfig(FrozenRecord):
    """Retry settings: the mode and the total number of attempts."""

    mode: RetryMode | None = None
    max_attempts: int | None = None


class Config(FrozenRecord):
    """Options for a client, named as in ``botocore.config.Config``.

    ``retries`` takes a :class:`RetryConfig` or botocore's dict form
    (``{"mode": "standard", "max_attempts": 5}``); ``total_max_attempts`` is
    accepted as a synonym of ``max_attempts`` in the dict. ``verify`` is
    ``True``/``False`` or the path of a CA bundle.

    ``event_hooks`` (emrk's own, shaped like httpx's) maps ``"request"`` and
    ``"response"`` to lists of functions run on every attempt of every call:
    request hooks before signing, response hooks on each HTTP answer (see
    :class:`~emrk.core.hooks.EventHooks`). A hook that raises ends the call
    with its exception.
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
    event_hooks: EventHooks | None = None

    def __repr__(self) -> str:
        return _repr_masking_proxies(self)

    def resolve(self, environ: Mapping[str, str] | None = None) -> ResolvedConfig:
        """Fill every unset option from the environment, then the defaults."""
        env = os.environ if environ is None else environ
        request_hooks, response_hooks = _event_hooks(self.event_hooks)
        retries = _retry_config(self.retries)
        mode = retries.mode or _mode_from_env(env)
        attempts = retries.max_attempts
        if attempts is None:
            attempts = _attempts_from_env(env) or DEFAULT_MAX_ATTEMPTS[mode]
        elif attempts < 1:
            raise ParamValidationError(
                "retries.max_attempts", f"counts total attempts and must be >= 1, got {attempts}"
            )
        return ResolvedConfig(
            retry_mode=mode,
            max_attempts=attempts,
            connect_timeout=_positive("connect_timeout", self.connect_timeout, 60.0),
            read_timeout=_positive("read_timeout", self.read_timeout, 60.0),
            max_pool_connections=_pool_size(self.max_pool_connections),
            use_fips_endpoint=_flag(
                "use_fips_endpoint", self.use_fips_endpoint, env, "AWS_USE_FIPS_ENDPOINT"
            ),
            use_dualstack_endpoint=_flag(
                "use_dualstack_endpoint",
                self.use_dualstack_endpoint,
                env,
                "AWS_USE_DUALSTACK_ENDPOINT",
            ),
            user_agent_extra=_optional_str("user_agent_extra", self.user_agent_extra),
            proxies=_proxies(self.proxies),
            verify=_verify(self.verify),
            request_hooks=request_hooks,
            response_hooks=response_hooks,
        )


class ResolvedConfig(FrozenRecord):
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
    #: Run before each attempt is signed, in order.
    request_hooks: tuple[RequestHook, ...] = ()
    #: Run on each attempt's HTTP answer, in order.
    response_hooks: tuple[ResponseHook, ...] = ()

    def __repr__(self) -> str:
        return _repr_masking_proxies(self)


def _retry_config(value: RetryConfig | Mapping[str, object] | None) -> RetryConfig:
    if value is None:
        return RetryConfig()
    if isinstance(value, RetryConfig):
        mode: object = value.mode
        attempts: object = value.max_attempts
    elif isinstance(value, Mapping):
        unknown = set(value) - {"mode", "max_attempts", "total_max_attempts"}
        if unknown:
            raise ParamValidationError("retries", f"unknown keys {sorted(unknown)}")
        mode = value.get("mode")
        attempts = value.get("max_attempts", value.get("total_max_attempts"))
    else:
        raise ParamValidationError(
            "retries", f"expected a RetryConfig or a dict, got {type(value).__name__}"
        )
    if attempts is not None and (not isinstance(attempts, int) or isinstance(attempts, bool)):
        raise ParamValidationError("retries.max_attempts", f"must be an int, got {attempts!r}")
    if mode is not None and mode not in _MODES:
        raise ParamValidationError(
            "retries.mode", f"must be one of {', '.join(_MODES)}, got {mode!r}"
        )
    return RetryConfig(mode=cast("RetryMode | None", mode), max_attempts=attempts)


def _mode_from_env(env: Mapping[str, str]) -> RetryMode:
    mode = env.get("AWS_RETRY_MODE", "").strip() or "standard"
    if mode not in _MODES:
        raise ParamValidationError(
            "AWS_RETRY_MODE", f"must be one of {', '.join(_MODES)}, got {mode!r}"
        )
    return cast(RetryMode, mode)


def _attempts_from_env(env: Mapping[str, str]) -> int | None:
    """``AWS_MAX_ATTEMPTS`` (total attempts), or ``None`` when unset or empty."""
    raw = env.get("AWS_MAX_ATTEMPTS", "").strip()
    if not raw:
        return None
    try:
        attempts = int(raw)
    except ValueError:
        raise ParamValidationError("AWS_MAX_ATTEMPTS", f"must be an integer, got {raw!r}") from None
    if attempts < 1:
        raise ParamValidationError(
            "AWS_MAX_ATTEMPTS", f"counts total attempts and must be >= 1, got {attempts}"
        )
    return attempts


def _positive(name: str, value: float | None, default: float) -> float:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ParamValidationError(name, f"must be a positive number, got {value!r}")
    return float(value)


def _pool_size(value: int | None) -> int:
    if value is None:
        return 10
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ParamValidationError("max_pool_connections", f"must be a positive int, got {value!r}")
    return value


def _flag(param: str, value: bool | None, env: Mapping[str, str], name: str) -> bool:
    """An explicit bool, else the variable ``name`` read as botocore does (``true``)."""
    if value is not None:
        if not isinstance(value, bool):
            raise ParamValidationError(param, f"must be True or False, got {value!r}")
        return value
    return env.get(name, "").strip().lower() == "true"


def _optional_str(param: str, value: str | None) -> str | None:
    """A str or ``None``; it travels in a header, so only printable ASCII is taken."""
    if value is not None and not isinstance(value, str):
        raise ParamValidationError(param, f"must be a str, got {type(value).__name__}")
    if value is not None and ("\r" in value or "\n" in value):
        raise ParamValidationError(param, "must not contain CR or LF (it is sent in a header)")
    if value is not None and not (value.isascii() and value.isprintable()):
        raise ParamValidationError(
            param, "must be printable ASCII (it is sent in the User-Agent header)"
        )
    return value


def _proxies(value: Mapping[str, str] | None) -> dict[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ParamValidationError("proxies", "must map URL schemes to proxy URLs (str to str)")
    return dict(value)


def _verify(value: bool | str | None) -> bool | str:
    if value is None:
        return True
    if not isinstance(value, (bool, str)):
        raise ParamValidationError(
            "verify", f"must be True, False or a CA bundle path, got {value!r}"
        )
    return value


_EVENTS = ("request", "response")


def _event_hooks(value: object) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """``event_hooks`` checked: ``(request hooks, response hooks)`` as tuples."""
    if value is None:
        return (), ()
    if not isinstance(value, Mapping):
        raise ParamValidationError(
            "event_hooks",
            f'expected a dict such as {{"request": [...], "response": [...]}}, '
            f"got {type(value).__name__}",
        )
    unknown = [key for key in value if key not in _EVENTS]
    if unknown:
        raise ParamValidationError(
            "event_hooks", f"unknown events {unknown!r}; the events are 'request' and 'response'"
        )
    found: dict[str, tuple[Any, ...]] = {}
    for event in _EVENTS:
        hooks = value.get(event, ())
        if callable(hooks) or isinstance(hooks, (str, bytes)) or not hasattr(hooks, "__iter__"):
            raise ParamValidationError(
                f"event_hooks.{event}", f"must be a list of functions, got {type(hooks).__name__}"
            )
        hooks = tuple(hooks)
        for index, hook in enumerate(hooks):
            if not callable(hook):
                raise ParamValidationError(
                    f"event_hooks.{event}[{index}]", f"must be callable, got {hook!r}"
                )
        found[event] = hooks
    return found["request"], found["response"]


def _hook_names(hooks: object) -> str:
    """``[add_header, log_timing]``: hooks by name, readable in a ``repr``."""
    from emrk.core.hooks import describe

    try:
        return "[" + ", ".join(describe(hook) for hook in hooks) + "]"  # type: ignore[attr-defined]
    except TypeError:
        return repr(hooks)


def _mask_userinfo(url: str) -> str:
    """``http://user:pass@host`` -> ``http://***@host``: proxy passwords stay out of repr."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    userinfo, at, host = rest.rpartition("@")
    if not at:
        return url
    return f"{scheme}{sep}***@{host}" if userinfo else url


def _repr_masking_proxies(config: Config | ResolvedConfig) -> str:
    parts = []
    for name in config._fields:
        value = getattr(config, name)
        if name == "proxies" and value is not None:
            value = {k: _mask_userinfo(v) for k, v in value.items()}
        elif name == "event_hooks" and isinstance(value, Mapping):
            shown = ", ".join(f"{event!r}: {_hook_names(h)}" for event, h in value.items())
            parts.append(f"{name}={{{shown}}}")
            continue
        elif name in ("request_hooks", "response_hooks"):
            parts.append(f"{name}={_hook_names(value)}")
            continue
        parts.append(f"{name}={value!r}")
    return f"{type(config).__name__}({', '.join(parts)})"
