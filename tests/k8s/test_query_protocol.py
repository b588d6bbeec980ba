"""The query protocol against botocore's query serializer and parser."""

from __future__ import annotations

import datetime
import enum
from typing import Any
from urllib.parse import parse_qsl

import botocore.session
import pytest
from botocore.model import ServiceModel
from botocore.parsers import QueryParser
from botocore.serialize import create_serializer

from emrk._sts.models import (
    AssumeRoleRequest,
    AssumeRoleResponse,
    PolicyDescriptorType,
    ProvidedContext,
    Tag,
)
from emrk._sts.operations import ASSUME_ROLE
from emrk.core.errors import ResponseParseError, ServiceError
from emrk.core.model import Response, member, model
from emrk.core.operation import Operation, ServiceSpec
from emrk.core.protocols.base import RawResponse
from emrk.core.protocols.query import QueryProtocol

WHEN = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc)
STS_MODEL = botocore.session.get_session().get_service_model("sts")


def _form(body: bytes) -> list[tuple[str, str]]:
    return parse_qsl(body.decode(), keep_blank_values=True, strict_parsing=True)


def _botocore_form(model: ServiceModel, operation: str, params: dict[str, Any]) -> Any:
    serialized = create_serializer("query").serialize_to_request(
        params, model.operation_model(operation)
    )
    return serialized


def test_assume_role_body_matches_botocore() -> None:
    request = AssumeRoleRequest(
        role_arn="arn:aws:iam::111122223333:role/demo",
        role_session_name="alice@example.com",
        policy_arns=[PolicyDescriptorType(arn="arn:aws:iam::aws:policy/ReadOnlyAccess")],
        policy='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*"}]}',
        duration_seconds=3600,
        tags=[Tag(key="team", value="data & ml"), Tag(key="env", value="")],
        transitive_tag_keys=["team"],
        external_id="ext-123",
        serial_number="arn:aws:iam::111122223333:mfa/alice",
        token_code="123456",
        source_identity="alice",
        provided_contexts=[
            ProvidedContext(
                provider_arn="arn:aws:iam::aws:contextProvider/IdentityCenter",
                context_assertion="assertion",
            )
        ],
        minimum_session_token_size=1024,
    )
    ours = QueryProtocol(api_version="2011-06-15").serialize(ASSUME_ROLE, request)
    theirs = _botocore_form(
        STS_MODEL,
        "AssumeRole",
        {
            "RoleArn": request.role_arn,
            "RoleSessionName": request.role_session_name,
            "PolicyArns": [{"arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}],
            "Policy": request.policy,
            "DurationSeconds": 3600,
            "Tags": [{"Key": "team", "Value": "data & ml"}, {"Key": "env", "Value": ""}],
            "TransitiveTagKeys": ["team"],
            "ExternalId": "ext-123",
            "SerialNumber": "arn:aws:iam::111122223333:mfa/alice",
            "TokenCode": "123456",
            "SourceIdentity": "alice",
            "ProvidedContexts": [
                {
                    "ProviderArn": "arn:aws:iam::aws:contextProvider/IdentityCenter",
                    "ContextAssertion": "assertion",
                }
            ],
            "MinimumSessionTokenSize": 1024,
        },
    )
    assert (ours.method, ours.url) == (theirs["method"], theirs["url_path"])
    assert ours.headers == theirs["headers"]
    assert dict(_form(ours.body)) == {k: str(v) for k, v in theirs["body"].items()}
    assert sorted(_form(ours.body)) == sorted((k, str(v)) for k, v in theirs["body"].items())
    # botocore's own percent-encoding of the same pairs, byte for byte.
    from botocore.utils import percent_encode_sequence

    assert ours.body.decode() == percent_encode_sequence(dict(_form(ours.body)))


# A synthetic query service that uses every kind of member.


class Color(str, enum.Enum):
    RED = "red"
    BLUE = "blue"


@model
class Inner:
    name: str | None = member("Name", default=None)
    flag: bool | None = member("Flag", default=None)


@model
class SinkRequest:
    text: str | None = member("Text", default=None)
    count: int | None = member("Count", default=None)
    ratio: float | None = member("Ratio", default=None)
    enabled: bool | None = member("Enabled", default=None)
    disabled: bool | None = member("Disabled", default=None)
    when: datetime.datetime | None = member("When", default=None)
    data: bytes | None = member("Data", default=None)
    color: Color | str | None = member("Color", default=None)
    names: list[str] | None = member("Names", default=None)
    empty: list[str] | None = member("Empty", default=None)
    inners: list[Inner] | None = member("Inners", default=None)
    inner: Inner | None = member("Inner", default=None)
    labels: dict[str, str] | None = member("Labels", default=None)
    groups: dict[str, Inner] | None = member("Groups", default=None)


@model
class SinkResponse(Response):
    text: str | None = member("Text", default=None)
    count: int | None = member("Count", default=None)
    ratio: float | None = member("Ratio", default=None)
    enabled: bool | None = member("Enabled", default=None)
    disabled: bool | None = member("Disabled", default=None)
    when: datetime.datetime | None = member("When", default=None)
    data: bytes | None = member("Data", default=None)
    color: Color | str | None = member("Color", default=None)
    names: list[str] | None = member("Names", default=None)
    empty: list[str] | None = member("Empty", default=None)
    inners: list[Inner] | None = member("Inners", default=None)
    inner: Inner | None = member("Inner", default=None)
    labels: dict[str, str] | None = member("Labels", default=None)
    groups: dict[str, Inner] | None = member("Groups", default=None)


SINK: Operation[SinkRequest, SinkResponse] = Operation("Sink", SinkRequest, SinkResponse)
_MEMBERS = {
    "Text": {"shape": "String"},
    "Count": {"shape": "Integer"},
    "Ratio": {"shape": "Double"},
    "Enabled": {"shape": "Boolean"},
    "Disabled": {"shape": "Boolean"},
    "When": {"shape": "Timestamp"},
    "Data": {"shape": "Blob"},
    "Color": {"shape": "Color"},
    "Names": {"shape": "StringList"},
    "Empty": {"shape": "StringList"},
    "Inners": {"shape": "InnerList"},
    "Inner": {"shape": "Inner"},
    "Labels": {"shape": "StringMap"},
    "Groups": {"shape": "InnerMap"},
}
SINK_MODEL = ServiceModel(
    {
        "metadata": {
            "apiVersion": "2020-01-01",
            "protocol": "query",
            "endpointPrefix": "sink",
            "serviceId": "Sink",
            "signatureVersion": "v4",
        },
        "operations": {
            "Sink": {
                "name": "Sink",
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "SinkRequest"},
                "output": {"shape": "SinkResponse", "resultWrapper": "SinkResult"},
            }
        },
        "shapes": {
            "SinkRequest": {"type": "structure", "members": _MEMBERS},
            "SinkResponse": {"type": "structure", "members": _MEMBERS},
            "Inner": {
                "type": "structure",
                "members": {"Name": {"shape": "String"}, "Flag": {"shape": "Boolean"}},
            },
            "InnerList": {"type": "list", "member": {"shape": "Inner"}},
            "InnerMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "Inner"}},
            "StringList": {"type": "list", "member": {"shape": "String"}},
            "StringMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
            "String": {"type": "string"},
            "Color": {"type": "string", "enum": ["red", "blue"]},
            "Integer": {"type": "integer"},
            "Double": {"type": "double"},
            "Boolean": {"type": "boolean"},
            "Timestamp": {"type": "timestamp"},
            "Blob": {"type": "blob"},
        },
    },
    service_name="sink",
)
PROTOCOL = QueryProtocol(api_version="2020-01-01")


@pytest.mark.parametrize("when", [WHEN, WHEN.replace(microsecond=123000)])
def test_every_member_kind_serializes_like_botocore(when: datetime.datetime) -> None:
    request = SinkRequest(
        text="héllo wörld/+=&?",
        count=-7,
        ratio=0.25,
        enabled=True,
        disabled=False,
        when=when,
        data=b"\x00\xffbinary",
        color=Color.BLUE,
        names=["a", "b c"],
        empty=[],
        inners=[Inner(name="x", flag=True), Inner(name="y")],
        inner=Inner(flag=False),
        labels={"k1": "v1", "k 2": "v=2"},
        groups={"g": Inner(name="n")},
    )
    ours = PROTOCOL.serialize(SINK, request)
    theirs = _botocore_form(
        SINK_MODEL,
        "Sink",
        {
            "Text": "héllo wörld/+=&?",
            "Count": -7,
            "Ratio": 0.25,
            "Enabled": True,
            "Disabled": False,
            "When": when,
            "Data": b"\x00\xffbinary",
            "Color": "blue",
            "Names": ["a", "b c"],
            "Empty": [],
            "Inners": [{"Name": "x", "Flag": True}, {"Name": "y"}],
            "Inner": {"Flag": False},
            "Labels": {"k1": "v1", "k 2": "v=2"},
            "Groups": {"g": {"Name": "n"}},
        },
    )
    assert sorted(_form(ours.body)) == sorted((k, str(v)) for k, v in theirs["body"].items())


def test_unset_members_are_left_out() -> None:
    body = PROTOCOL.serialize(SINK, SinkRequest()).body
    assert body == b"Action=Sink&Version=2020-01-01"


SINK_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<SinkResponse xmlns="https://sink.amazonaws.com/doc/2020-01-01/">
  <SinkResult>
    <Text>h\xc3\xa9llo &amp; &lt;b&gt;</Text>
    <Count>42</Count>
    <Ratio>1.5</Ratio>
    <Enabled>true</Enabled>
    <Disabled>false</Disabled>
    <When>2024-05-06T07:08:09.500Z</When>
    <Data>AP9iaW5hcnk=</Data>
    <Color>green</Color>
    <Names><member>a</member><member></member><member>c</member></Names>
    <Empty/>
    <Inners><member><Name>x</Name><Flag>true</Flag></member><member><Name>y</Name></member></Inners>
    <Inner><Flag>false</Flag><Unknown>ignored</Unknown></Inner>
    <Labels>
      <entry><key>k1</key><value>v1</value></entry>
      <entry><key>k2</key><value></value></entry>
    </Labels>
    <Groups><entry><key>g</key><value><Name>n</Name></value></entry></Groups>
    <NewMember>the service added this later</NewMember>
  </SinkResult>
  <ResponseMetadata><RequestId>rid-42</RequestId></ResponseMetadata>
</SinkResponse>"""


def _raw(body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> RawResponse:
    return RawResponse(status, headers or {}, body)


def test_every_member_kind_parses_like_botocore() -> None:
    ours = PROTOCOL.parse(SINK, _raw(SINK_XML))
    theirs = QueryParser().parse(
        {"body": SINK_XML, "headers": {}, "status_code": 200},
        SINK_MODEL.operation_model("Sink").output_shape,
    )
    assert ours.text == theirs["Text"] == "héllo & <b>"
    assert ours.count == theirs["Count"] == 42
    assert ours.ratio == theirs["Ratio"] == 1.5
    assert ours.enabled is theirs["Enabled"] is True
    assert ours.disabled is theirs["Disabled"] is False
    assert ours.when == theirs["When"] == WHEN.replace(microsecond=500000)
    assert ours.when is not None and ours.when.tzinfo is datetime.timezone.utc
    assert ours.data == theirs["Data"] == b"\x00\xffbinary"
    assert ours.color == theirs["Color"] == "green"  # unknown enum value kept as str
    assert ours.names == theirs["Names"] == ["a", "", "c"]
    assert ours.empty == theirs["Empty"] == []
    assert ours.inners == [Inner(name="x", flag=True), Inner(name="y")]
    assert theirs["Inners"] == [{"Name": "x", "Flag": True}, {"Name": "y"}]
    assert ours.inner == Inner(flag=False)
    assert ours.labels == theirs["Labels"] == {"k1": "v1", "k2": ""}
    assert ours.groups == {"g": Inner(name="n")}
    assert ours.response_metadata is not None
    assert ours.response_metadata.request_id == "rid-42"
    assert ours.response_metadata.http_status_code == 200


def test_known_enum_value_parses_to_the_member() -> None:
    body = b"<SinkResponse><SinkResult><Color>red</Color></SinkResult></SinkResponse>"
    assert PROTOCOL.parse(SINK, _raw(body)).color is Color.RED


def test_missing_result_wrapper_gives_an_empty_model() -> None:
    parsed = PROTOCOL.parse(SINK, _raw(b"<SinkResponse/>", headers={"x-amzn-RequestId": "h"}))
    assert parsed == SinkResponse()
    assert parsed.response_metadata is not None
    assert parsed.response_metadata.request_id == "h"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty"),
        (b"<SinkResponse><SinkResult>", "not well-formed"),
        (b"{}", "not well-formed"),
        (
            b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa">]>'
            b"<SinkResponse><SinkResult><Text>&a;</Text></SinkResult></SinkResponse>",
            "DOCTYPE",
        ),
        (b"<R><SinkResult><Count>many</Count></SinkResult></R>", "Count"),
        (b"<R><SinkResult><Ratio>x</Ratio></SinkResult></R>", "Ratio"),
        (b"<R><SinkResult><Data>!!!</Data></SinkResult></R>", "Data"),
        (b"<R><SinkResult><When>yesterday</When></SinkResult></R>", "When"),
        (b"<R><SinkResult><Labels><entry><key>k</key></entry></Labels></SinkResult></R>", "map"),
    ],
)
def test_unreadable_answers_raise_response_parse_error(body: bytes, reason: str) -> None:
    with pytest.raises(ResponseParseError) as raised:
        PROTOCOL.parse(SINK, _raw(body, headers={"x-amzn-RequestId": "rid"}))
    assert reason in str(raised.value)
    assert raised.value.request_id == "rid"


# -- errors -------------------------------------------------------------------


class SinkError(ServiceError):
    pass


class BadThing(SinkError):
    wire_code = "BadThing"
    wire_members = {"reason": "Reason"}


SPEC = ServiceSpec(
    name="sink",
    service_id="Sink",
    signing_name="sink",
    api_version="2020-01-01",
    protocol=PROTOCOL,
    endpoint_rules=None,  # type: ignore[arg-type]
    base_error=SinkError,
    errors={"BadThing": BadThing},
)


def test_modeled_error() -> None:
    body = b"""<ErrorResponse xmlns="https://sink.amazonaws.com/doc/2020-01-01/">
      <Error><Type>Sender</Type><Code>BadThing</Code><Message>it broke</Message>
      <Reason>because</Reason></Error><RequestId>rid-9</RequestId></ErrorResponse>"""
    error = PROTOCOL.parse_error(_raw(body, 400), SPEC)
    assert type(error) is BadThing
    assert (error.code, error.message, error.status_code) == ("BadThing", "it broke", 400)
    assert error.request_id == "rid-9"
    assert error.reason == "because"  # type: ignore[attr-defined]


def test_unknown_error_code_raises_the_base_class() -> None:
    body = b"<ErrorResponse><Error><Code>Nope</Code></Error></ErrorResponse>"
    error = PROTOCOL.parse_error(_raw(body, 403, {"x-amzn-RequestId": "h"}), SPEC)
    assert type(error) is SinkError
    assert (error.code, error.message, error.request_id) == ("Nope", "", "h")


def test_ec2_style_error() -> None:
    body = b"""<Response><Errors><Error><Code>BadThing</Code><Message>m</Message></Error>
      </Errors><RequestID>ec2-rid</RequestID></Response>"""
    error = PROTOCOL.parse_error(_raw(body, 400), SPEC)
    assert type(error) is BadThing
    assert error.request_id == "ec2-rid"


@pytest.mark.parametrize("body", [b"", b"<html>Bad Gateway</html>", b"not xml"])
def test_error_without_xml_error_uses_the_status(body: bytes) -> None:
    error = PROTOCOL.parse_error(_raw(body, 502), SPEC)
    assert type(error) is SinkError
    assert error.code == "502"
    assert "502 Bad Gateway" in error.message


def test_response_model_from_sts() -> None:
    from .samples import ASSUME_ROLE_XML, ROLE_KEY, ROLE_SECRET, ROLE_TOKEN

    parsed = PROTOCOL.parse(ASSUME_ROLE, _raw(ASSUME_ROLE_XML.encode()))
    assert isinstance(parsed, AssumeRoleResponse)
    assert parsed.credentials is not None
    assert parsed.credentials.access_key_id == ROLE_KEY
    assert parsed.credentials.expiration == datetime.datetime(
        2024, 5, 6, 8, 8, 9, tzinfo=datetime.timezone.utc
    )
    text = repr(parsed)
    for secret in (ROLE_KEY, ROLE_SECRET, ROLE_TOKEN):
        assert secret not in text
    assert "Credentials(***)" in text
    assert "assumed-role/eks-admin" in text
