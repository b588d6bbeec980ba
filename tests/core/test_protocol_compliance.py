"""botocore's protocol compliance cases, run through emrk's protocols.

For every case in ``protocol-tests/{input,output}/{rest-json,json,json_1_0}.json``
the test builds emrk models from the case's shapes (``_model_builder``), then:

* input cases: call the operation through a real :class:`BaseClient` (with
  ``responses`` catching the request) and compare method, path, query string,
  headers and body with the expected serialized request;
* output cases: hand the raw response to the protocol and compare the parsed
  model (or the typed error) with the expected result.

Cases that need a feature none of emrk's five services uses are skipped, each
with its reason in the skip message; :data:`SKIP_SUMMARY` counts them per file
and is printed by ``pytest -rs``.
"""

from __future__ import annotations

import collections
import copy
import json
import re
import uuid
from collections.abc import Iterator, Mapping
from typing import Any
from unittest import mock
from urllib.parse import urlsplit

import attrs
import pytest
import requests
import responses
from requests.structures import CaseInsensitiveDict

import emrk
from emrk.core.client import BaseClient
from emrk.core.endpoints import EndpointRules
from emrk.core.errors import ServiceError
from emrk.core.operation import Operation, ServiceSpec
from emrk.core.protocols import AwsJsonProtocol, RestJsonProtocol
from emrk.core.protocols.base import Protocol, RawResponse
from tests.core._model_builder import ShapeModels, same
from tests.core._reference import PROTOCOL_TESTS

PROTOCOL_FILES = ("rest-json.json", "json.json", "json_1_0.json")
TOKEN = uuid.UUID("00000000-0000-4000-8000-000000000000")
#: (direction, file) -> Counter(ran/skipped): filled while collecting.
SKIP_SUMMARY: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
    collections.Counter
)


class _Case:
    """One compliance case with its suite's shapes and metadata."""

    def __init__(self, direction: str, filename: str, suite: Mapping[str, Any], case: Any) -> None:
        self.direction = direction
        self.filename = filename
        self.suite = suite
        self.case = case
        self.id = case["id"]

    @property
    def given(self) -> Mapping[str, Any]:
        return self.case["given"]  # type: ignore[no-any-return]

    @property
    def values(self) -> Any:
        """What the case sets: the params (input), the result or error (output)."""
        if self.direction == "input":
            return self.case["params"]
        return self.case.get("result", self.case.get("error"))

    def root_shape(self) -> str | None:
        """The structure :attr:`values` describe."""
        if self.direction == "input":
            return self.given.get("input", {}).get("shape")  # type: ignore[no-any-return]
        if "error" in self.case:
            return self.case["errorCode"]  # type: ignore[no-any-return]
        return self.given.get("output", {}).get("shape")  # type: ignore[no-any-return]

    def used_members(self) -> Iterator[tuple[bool, Mapping[str, Any], Mapping[str, Any]]]:
        """(top level?, member spec, target shape) for every member the case sets."""
        root = self.root_shape()
        if root is not None and self.values is not None:
            yield from self._walk(root, self.values, top=True)

    def _walk(
        self, shape_name: str, value: Any, *, top: bool = False
    ) -> Iterator[tuple[bool, Mapping[str, Any], Mapping[str, Any]]]:
        shapes = self.suite["shapes"]
        shape = shapes[shape_name]
        if value is None:
            return
        if shape["type"] == "structure" and isinstance(value, dict):
            members = shape.get("members", {})
            for key, item in value.items():
                spec = members.get(key)
                if spec is None:  # e.g. an unknown union variant
                    continue
                yield top, spec, shapes[spec["shape"]]
                yield from self._walk(spec["shape"], item)
        elif shape["type"] in ("list", "map"):
            ref = shape["member" if shape["type"] == "list" else "value"]
            items = value if isinstance(value, list) else list(value.values())
            for item in items:
                yield False, ref, shapes[ref["shape"]]
                yield from self._walk(ref["shape"], item)


# -- which cases run ---------------------------------------------------------

_FEATURE_SKIPS = {
    "endpoint": "host prefix (endpoint trait): no emrk service uses one",
    "httpChecksumRequired": "request checksums: no emrk service requires one",
    "requestcompression": "request compression: no emrk service uses it",
}


def _skip_reason(item: _Case) -> str | None:
    for key, reason in _FEATURE_SKIPS.items():
        if key in item.given:
            return reason
    root = item.root_shape()
    if root is not None and "payload" in item.suite["shapes"][root]:
        return "payload members (httpPayload): no emrk service uses them"
    for top, spec, target in item.used_members():
        location = spec.get("location")
        if target.get("document"):
            return "document types: no emrk service uses them"
        if spec.get("jsonvalue"):
            return "jsonvalue/mediaType strings: no emrk service uses them"
        if top and location == "headers":
            return "prefix headers: no emrk service uses them"
        if top and location == "statusCode":
            return "status code bound to a member: no emrk service uses it"
        if top and item.direction == "output" and location == "header":
            return (
                "response member bound to a header: no emrk service binds response "
                "members outside the JSON body, and emrk parses the body only"
            )
    return None


def _cases(direction: str) -> list[Any]:
    params = []
    for filename in PROTOCOL_FILES:
        path = PROTOCOL_TESTS / direction / filename  # a missing file fails collection
        for suite in json.loads(path.read_text(encoding="utf-8")):
            for case in suite["cases"]:
                item = _Case(direction, filename, suite, case)
                reason = _skip_reason(item)
                SKIP_SUMMARY[(direction, filename)]["skipped" if reason else "ran"] += 1
                marks = [pytest.mark.skip(reason=f"{item.id}: {reason}")] if reason else []
                params.append(pytest.param(item, id=f"{filename}::{item.id}", marks=marks))
    return params


INPUT_CASES = _cases("input")
OUTPUT_CASES = _cases("output")


def test_compliance_cases_were_found() -> None:
    """Every file was read, and most of its cases run (a guard against over-skipping)."""
    expected = {(d, f) for d in ("input", "output") for f in PROTOCOL_FILES}
    assert set(SKIP_SUMMARY) == expected
    for (direction, filename), counts in sorted(SKIP_SUMMARY.items()):
        print(f"{direction}/{filename}: ran {counts['ran']}, skipped {counts['skipped']}")
        assert counts["ran"] > counts["skipped"], (direction, filename, dict(counts))


# -- helpers -----------------------------------------------------------------


def _protocol(metadata: Mapping[str, Any]) -> Protocol:
    if metadata["protocol"] == "rest-json":
        return RestJsonProtocol()
    return AwsJsonProtocol(
        target_prefix=metadata["targetPrefix"], json_version=metadata["jsonVersion"]
    )


class _ComplianceError(ServiceError):
    """Base of the errors built for one case."""


def _service(item: _Case, models: ShapeModels, protocol: Protocol) -> ServiceSpec:
    errors = {
        name: models.error_class(name, _ComplianceError)
        for name, shape in item.suite["shapes"].items()
        if shape.get("exception")
    }
    return ServiceSpec(
        name="compliance",
        service_id="Compliance",
        signing_name="compliance",
        api_version=item.suite["metadata"]["apiVersion"],
        protocol=protocol,
        endpoint_rules=EndpointRules(prefix="compliance"),
        base_error=_ComplianceError,
        errors=errors,
    )


def _operation(item: _Case, models: ShapeModels) -> Operation[Any, Any]:
    given = item.given
    name = given["name"]
    in_shape = given.get("input", {}).get("shape")
    out_shape = given.get("output", {}).get("shape")
    input_cls = (
        models.structure(in_shape) if in_shape else models.empty(name + "Request", response=False)
    )
    output_cls = (
        models.structure(out_shape, response=True)
        if out_shape
        else models.empty(name + "Response", response=True)
    )
    http = given.get("http", {})
    return Operation(
        name, input_cls, output_cls, http.get("method", "POST"), http.get("requestUri", "/")
    )


def _request_uri(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _assert_body(actual: bytes | str | None, expected: str) -> None:
    if isinstance(actual, str):
        actual = actual.encode("utf-8")
    actual = actual or b""
    if not expected:
        assert actual == b"", f"expected no body, got {actual!r}"
        return
    try:
        wanted = json.loads(expected)
    except ValueError:
        assert actual == expected.encode("utf-8")
        return
    got = json.loads(actual)
    assert same(got, wanted), f"body {got!r} != expected {wanted!r}"


# -- input -------------------------------------------------------------------


def _client_class(spec: ServiceSpec, op: Operation[Any, Any]) -> Any:
    """A client of the case's service with one method for its operation, as service clients are."""

    def call_operation(self: BaseClient, **arguments: Any) -> Any:
        return self._call(op, **arguments)

    return type(
        "ComplianceClient", (BaseClient,), {"_SERVICE": spec, "call_operation": call_operation}
    )


@pytest.mark.parametrize("item", INPUT_CASES)
def test_input(item: _Case) -> None:
    """The request emrk sends is the one the case expects."""
    models = ShapeModels(item.suite["shapes"])
    protocol = _protocol(item.suite["metadata"])
    spec = _service(item, models, protocol)
    op = _operation(item, models)
    in_shape = item.given.get("input", {}).get("shape")
    params = copy.deepcopy(item.case["params"])
    request = models.instance(in_shape, params, cls=op.input) if in_shape else op.input()
    endpoint = item.suite.get("clientEndpoint") or "https://compliance.example.com"
    client_cls = _client_class(spec, op)
    config = emrk.Config(retries={"max_attempts": 1})
    client = client_cls(
        session=emrk.Session("AKIDEXAMPLE", "secret", region_name="us-east-1"),
        endpoint_url=endpoint,
        config=config,
    )
    arguments = {f.name: getattr(request, f.name) for f in attrs.fields(type(request))}
    with (
        responses.RequestsMock() as rsps,
        mock.patch("emrk.core.call.new_uuid", return_value=str(TOKEN)),
    ):
        rsps.add(op.http_method, re.compile(".*"), json={})
        client.call_operation(**arguments)
        sent: requests.PreparedRequest = rsps.calls[0].request
    expected = item.case["serialized"]
    assert sent.method == expected.get("method", sent.method)
    assert _request_uri(str(sent.url)) == expected["uri"]
    if "host" in expected:
        parts = urlsplit(str(sent.url))
        assert (parts.netloc + parts.path).startswith(expected["host"])
    for name, value in expected.get("headers", {}).items():
        assert sent.headers.get(name) == value, f"header {name}"
    for name in expected.get("forbidHeaders", []):
        assert name not in sent.headers, f"header {name} must not be sent"
    for name in expected.get("requireHeaders", []):
        assert name in sent.headers, f"header {name} must be sent"
    if "body" in expected:
        _assert_body(sent.body, expected["body"])


# -- output ------------------------------------------------------------------


def _raw(response: Mapping[str, Any]) -> RawResponse:
    return RawResponse(
        response["status_code"],
        CaseInsensitiveDict(response.get("headers", {})),
        response.get("body", "").encode("utf-8"),
    )


@pytest.mark.parametrize("item", OUTPUT_CASES)
def test_output(item: _Case) -> None:
    """The response parses to the case's expected result or typed error."""
    models = ShapeModels(item.suite["shapes"])
    protocol = _protocol(item.suite["metadata"])
    raw = _raw(item.case["response"])
    if "error" in item.case:
        _check_error(item, models, protocol, raw)
        return
    op = _operation(item, models)
    parsed = protocol.parse(op, raw)
    out_shape = item.given.get("output", {}).get("shape")
    actual = models.plain(out_shape, parsed) if out_shape else {}
    expected = models.expected(out_shape, item.case["result"]) if out_shape else {}
    assert same(actual, expected), f"parsed {actual!r} != expected {expected!r}"
    assert parsed.response_metadata.http_status_code == raw.status_code
    request_id = raw.headers.get("x-amzn-RequestId")
    assert parsed.response_metadata.request_id == request_id


def _check_error(item: _Case, models: ShapeModels, protocol: Protocol, raw: RawResponse) -> None:
    """Code, message and members (kept as raw JSON values by emrk) match."""
    spec = _service(item, models, protocol)
    error = protocol.parse_error(raw, spec)
    code = item.case["errorCode"]
    assert type(error) is spec.errors[code]
    assert error.code == code
    assert error.status_code == raw.status_code
    assert error.message == item.case.get("errorMessage", "")
    members = item.suite["shapes"][code].get("members", {})
    for name, value in item.case["error"].items():
        if name in ("message", "Message"):
            assert error.message == value
            continue
        wanted = models.wire(members[name]["shape"], value)
        attr = next(
            a
            for a, w in type(error).wire_members.items()
            if w == members[name].get("locationName", name)
        )
        assert getattr(error, attr) == wanted, name
