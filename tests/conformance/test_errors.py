"""Every modeled error raises its own class, carrying what botocore parses.

For each error shape of each service, an error answer is built the ways the
protocol allows (rest-json: ``x-amzn-ErrorType`` header, with or without a
``:``-suffix, or a ``code``/``Code`` body member; both: ``__type`` with and
without a namespace) with every member of the shape set. botocore's parser,
plus the modeled-field step its endpoint adds, reads it; emrk must raise
exactly the error class, with the same code, message, status, request id and
members.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from botocore.awsrequest import HeadersDict
from botocore.model import StructureShape
from botocore.parsers import create_parser

from emrk.core.errors import ServiceError
from emrk.core.model import is_model

from ._botocore_model import (
    INPUT_VARIANTS,
    REQUEST_ID,
    SERVICES,
    OutputVariant,
    Reply,
    Service,
    emrk_client,
    emrk_kwargs,
    emrk_to_botocore,
    generate_body,
    generate_params,
    intercept,
    method_name,
    wire_name,
)

_REQUIRED_INPUT = next(v for v in INPUT_VARIANTS if v.name == "required")
_MESSAGE_MEMBERS = ("message", "Message")


@dataclass(frozen=True)
class ErrorStyle:
    """Where an error answer puts its code."""

    name: str
    protocols: tuple[str, ...]
    header: str | None = None
    body_key: str | None = None
    body_value: str = "{code}"

    def render(self, service: Service, code: str) -> tuple[dict[str, str], dict[str, Any]]:
        """Headers and extra body members naming ``code``."""
        namespace = service.model.metadata.get("targetPrefix") or service.model.service_id
        value = self.body_value.format(code=code, ns=str(namespace).replace(" ", ""))
        headers = {"x-amzn-ErrorType": self.header.format(code=code)} if self.header else {}
        body = {self.body_key: value} if self.body_key else {}
        return headers, body


STYLES = (
    ErrorStyle("header", ("rest-json",), header="{code}"),
    ErrorStyle(
        "header-with-suffix",
        ("rest-json",),
        header="{code}:http://internal.amazon.com/coral/com.amazonaws.example/",
    ),
    ErrorStyle("body-code", ("rest-json",), body_key="code"),
    ErrorStyle("body-Code", ("rest-json",), body_key="Code"),
    ErrorStyle("type", ("json", "rest-json"), body_key="__type"),
    ErrorStyle(
        "type-with-namespace",
        ("json", "rest-json"),
        body_key="__type",
        body_value="com.{ns}#{code}",
    ),
)


CASES = [
    pytest.param(service, shape.name, style, id=f"{service}:{shape.name}:{style.name}")
    for service in SERVICES
    for shape in service.error_shapes
    for style in STYLES
    if service.protocol in style.protocols
]


def error_status(shape: StructureShape) -> int:
    """The HTTP status the model gives an error (400 when it names none)."""
    return int(shape.metadata.get("error", {}).get("httpStatusCode", 400))


def botocore_error(service: Service, status: int, headers: dict[str, str], body: bytes) -> Any:
    """botocore's parse of an error answer, modeled fields included (as its endpoint does)."""
    parser = create_parser(service.protocol)
    response = {
        "status_code": status,
        "headers": HeadersDict({"x-amzn-RequestId": REQUEST_ID, **headers}),
        "body": body,
    }
    operation = service.operation(service.operation_names[0])
    parsed = parser.parse(response, operation.output_shape)
    shape = service.model.shape_for_error_code(parsed["Error"]["Code"])
    if shape is not None:
        parsed.update(parser.parse(response, shape))
    return parsed


def emrk_error(service: Service, status: int, headers: dict[str, str], body: bytes) -> ServiceError:
    """The exception emrk raises for the same answer (to the service's first operation)."""
    operation = service.operation_names[0]
    op = service.operation(operation)
    kwargs = emrk_kwargs(
        service, op.input_shape, generate_params(op, _REQUIRED_INPUT), enums_as_str=False
    )
    with intercept(Reply(status, body, headers)), pytest.raises(ServiceError) as info:
        getattr(emrk_client(service), method_name(operation))(**kwargs)
    return info.value


@pytest.mark.parametrize(("service", "shape_name", "style"), CASES)
def test_modeled_error(service: Service, shape_name: str, style: ErrorStyle) -> None:
    shape = service.model.shape_for(shape_name)
    code = shape.metadata.get("error", {}).get("code", shape_name)
    status = error_status(shape)
    headers, extra = style.render(service, code)
    members = generate_body(shape, OutputVariant("error"))
    body = json.dumps({**extra, **members}).encode()

    expected = botocore_error(service, status, headers, body)
    error = emrk_error(service, status, headers, body)

    assert type(error) is service.error_class(shape)
    assert error.code == expected["Error"]["Code"] == code
    assert error.message == expected["Error"]["Message"]
    assert error.status_code == status
    assert error.request_id == expected["ResponseMetadata"]["RequestId"] == REQUEST_ID
    assert_members(service, shape, error, expected)


def assert_members(service: Service, shape: StructureShape, error: Any, expected: Any) -> None:
    """Each member of the shape is an attribute equal to botocore's modeled field."""
    by_wire = {wire: attr for attr, wire in type(error).wire_members.items()}
    for name, member in shape.members.items():
        if name in _MESSAGE_MEMBERS:
            assert error.message == expected[name]
            continue
        attr = by_wire[wire_name(name, member)]
        value = getattr(error, attr)
        ours = emrk_to_botocore(member, value) if _holds_models(value) else value
        assert ours == expected.get(name), f"{type(error).__name__}.{attr}"


def _holds_models(value: Any) -> bool:
    if isinstance(value, list):
        return any(_holds_models(v) for v in value)
    if isinstance(value, dict):
        return any(_holds_models(v) for v in value.values())
    return is_model(type(value))


@pytest.mark.parametrize(
    ("service", "style"),
    [
        pytest.param(service, style, id=f"{service}:{style.name}")
        for service in SERVICES
        for style in STYLES
        if service.protocol in style.protocols
    ],
)
def test_unknown_code_raises_the_service_base_class(service: Service, style: ErrorStyle) -> None:
    headers, extra = style.render(service, "SomeBrandNewException")
    body = json.dumps({**extra, "message": "a new kind of failure"}).encode()

    expected = botocore_error(service, 418, headers, body)
    error = emrk_error(service, 418, headers, body)

    assert type(error) is service.base_error
    assert error.code == expected["Error"]["Code"] == "SomeBrandNewException"
    assert error.message == expected["Error"]["Message"] == "a new kind of failure"
    assert (error.status_code, error.request_id) == (418, REQUEST_ID)


@pytest.mark.parametrize("service", [pytest.param(s, id=s.name) for s in SERVICES])
def test_no_code_at_all_uses_the_status(service: Service) -> None:
    body = json.dumps({"message": "nothing says what went wrong"}).encode()

    expected = botocore_error(service, 409, {}, body)
    error = emrk_error(service, 409, {}, body)

    assert type(error) is service.base_error
    assert error.code == expected["Error"]["Code"] == "409"
    assert error.message == expected["Error"]["Message"]


@pytest.mark.parametrize(
    "service", [pytest.param(s, id=s.name) for s in SERVICES if s.protocol == "json"]
)
def test_awsjson_error_type_header(service: Service) -> None:
    """Deliberate difference: awsJson answers may name the code only in the header.

    The Smithy awsJson 1.x protocol tests say a client must read
    ``X-Amzn-Errortype`` too; botocore's JSON parser reads only ``__type`` and
    falls back to the status. emrk follows the protocol tests.
    """
    shape = service.error_shapes[0]
    headers = {"x-amzn-ErrorType": shape.name}
    body = json.dumps({"message": "header only"}).encode()

    expected = botocore_error(service, 400, headers, body)
    error = emrk_error(service, 400, headers, body)

    assert expected["Error"]["Code"] == "400"
    assert type(error) is service.error_class(shape)
    assert error.code == shape.name


NOT_JSON = [
    # (label, status, body, header code or None)
    ("text", 403, b"Forbidden by a proxy in the middle", None),
    ("text-with-header", 400, b"Rate exceeded", "ThrottlingException"),
    ("html-5xx", 502, b"<html><body><b>Http/1.1 Bad Gateway</b></body></html>", None),
    ("empty-5xx", 503, b"", None),
    ("blank-5xx", 500, b"  \n", None),
]


@pytest.mark.parametrize(
    ("service", "status", "body", "header_code"),
    [
        pytest.param(service, status, body, header, id=f"{service}:{label}")
        for service in SERVICES
        for label, status, body, header in NOT_JSON
        # awsJson codes in a header alone: see test_awsjson_error_type_header.
        if header is None or service.protocol == "rest-json"
    ],
)
def test_error_without_a_json_body(
    service: Service, status: int, body: bytes, header_code: str | None
) -> None:
    """Proxies and front ends answer with text, HTML or nothing: read them as botocore does."""
    if header_code is not None and header_code not in service.client_class._SERVICE.errors:
        header_code = service.error_shapes[0].name
    headers = {"x-amzn-ErrorType": header_code} if header_code else {}

    expected = botocore_error(service, status, headers, body)
    error = emrk_error(service, status, headers, body)

    code = expected["Error"]["Code"]
    assert type(error) is service.client_class._SERVICE.errors.get(code, service.base_error)
    assert (error.code, error.message) == (code, expected["Error"]["Message"])
    assert (error.status_code, error.request_id) == (status, REQUEST_ID)


@pytest.mark.parametrize(
    "service", [pytest.param(s, id=s.name) for s in SERVICES if s.protocol == "rest-json"]
)
def test_empty_5xx_with_an_error_type_header(service: Service) -> None:
    """Deliberate difference: a code in ``x-amzn-ErrorType`` counts even on an empty 5xx.

    botocore treats any empty 5xx as a generic error and reports the status as
    the code and its reason phrase as the message; emrk still reads the
    header, so the modeled class is raised (with the empty message the body
    gave, as the Smithy protocol tests expect).
    """
    shape = service.error_shapes[0]
    headers = {"x-amzn-ErrorType": shape.name}

    expected = botocore_error(service, 503, headers, b"")
    error = emrk_error(service, 503, headers, b"")

    assert expected["Error"]["Code"] == "503"
    assert type(error) is service.error_class(shape)
    assert expected["Error"]["Message"] == "Service Unavailable"
    assert error.message == ""
