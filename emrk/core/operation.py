"""The static description of one operation and of the service it belongs to.

Service packages declare one :class:`Operation` per API call and one
:class:`ServiceSpec` per service; the client core reads them and nothing else,
which is how the core stays free of any service knowledge. An operation may
name its models instead of holding them, so declaring every operation of a
service imports none of its models: the first call of an operation loads the
models it needs, and only those.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from emrk.core.http import HttpRequest
from emrk.core.record import FrozenRecord

if TYPE_CHECKING:
    from emrk.core.endpoints import EndpointRules
    from emrk.core.errors import ServiceError
    from emrk.core.protocols.base import Protocol

__all__ = ["HttpRequest", "Operation", "ServiceSpec"]

Req = TypeVar("Req")
Resp = TypeVar("Resp")


class Operation(Generic[Req, Resp]):
    """One API operation: its name, HTTP binding and input/output models.

    ``input`` and ``output`` are the model classes, or their names in the
    module ``models`` (usually a service's lazy ``models`` package): a
    service declares all its operations in one module, and naming the
    classes keeps that module from importing every model of the service.
    Each name is looked up on first use of :attr:`input` or :attr:`output`,
    which imports only the resource module that defines it.
    """

    __slots__ = ("_input", "_models", "_output", "http_method", "name", "request_uri")

    name: str
    http_method: str
    request_uri: str
    _input: type[Req] | str
    _output: type[Resp] | str
    _models: str | None

    def __init__(
        self,
        name: str,
        input: type[Req] | str,
        output: type[Resp] | str,
        http_method: str = "POST",
        request_uri: str = "/",
        *,
        models: str | None = None,
    ) -> None:
        if models is None and (isinstance(input, str) or isinstance(output, str)):
            raise TypeError(f"Operation {name!r}: model names need models=<module>")
        set_ = object.__setattr__
        set_(self, "name", name)
        set_(self, "http_method", http_method)
        set_(self, "request_uri", request_uri)
        set_(self, "_input", input)
        set_(self, "_output", output)
        set_(self, "_models", models)

    @property
    def input(self) -> type[Req]:
        """The request model class (imported on first use when declared by name)."""
        found = self._input
        if isinstance(found, str):
            found = self._resolve("_input", found)
        return found

    @property
    def output(self) -> type[Resp]:
        """The response model class (imported on first use when declared by name)."""
        found = self._output
        if isinstance(found, str):
            found = self._resolve("_output", found)
        return found

    def _resolve(self, slot: str, name: str) -> Any:
        from emrk.core.lazy import import_module

        assert self._models is not None  # __init__ refuses names without a module
        found = getattr(import_module(self._models), name)
        object.__setattr__(self, slot, found)  # every thread finds the same class
        return found

    def _key(self) -> tuple[Any, ...]:
        def ref(value: type | str) -> str:
            return value if isinstance(value, str) else value.__name__

        return (self.name, ref(self._input), ref(self._output), self.http_method, self.request_uri)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Operation is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Operation is immutable")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Operation):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        name, request, response, method, uri = self._key()
        return f"Operation({name!r}, {request}, {response}, {method!r}, {uri!r})"


class ServiceSpec(FrozenRecord, kw_only=False):
    """What the core needs to know about a service to call it."""

    #: botocore's service name, e.g. ``emr-containers``.
    name: str
    #: The service id; ``AWS_ENDPOINT_URL_<SERVICE_ID>`` is derived from it.
    service_id: str
    #: The SigV4 signing name (``elasticmapreduce`` for EMR).
    signing_name: str
    api_version: str
    protocol: Protocol
    endpoint_rules: EndpointRules
    base_error: type[ServiceError]
    #: Error classes by wire code; an unknown code raises ``base_error``.
    errors: Mapping[str, type[ServiceError]]
    #: Modeled error codes the retry policy treats as throttling.
    throttling_codes: frozenset[str] = frozenset()
    #: Modeled error codes the retry policy treats as transient.
    transient_codes: frozenset[str] = frozenset()

    @property
    def endpoint_env_var(self) -> str:
        """``AWS_ENDPOINT_URL_<SERVICE_ID>`` as the AWS SDKs spell it."""
        return "AWS_ENDPOINT_URL_" + self.service_id.upper().replace(" ", "_").replace("-", "_")
