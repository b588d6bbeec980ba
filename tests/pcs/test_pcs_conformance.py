"""The PCS package against botocore 1.44.5's service model.

The package is hand-maintained; these checks catch a member, enum value,
constraint or operation that drifted from the model it was written from.
"""

from __future__ import annotations

import enum
import inspect
from typing import Any

import botocore.session
import pytest
from botocore import xform_name

import emrk.pcs
from emrk.core.model import Kind, plan_of
from emrk.pcs import PCSClient

_MODEL = botocore.session.get_session().get_service_model("pcs")
_OPERATIONS = list(_MODEL.operation_names)
_PAGINATED = {"ListClusters": "clusters", "ListComputeNodeGroups": "computeNodeGroups"}
_PAGINATED["ListQueues"] = "queues"


def _structures() -> dict[str, tuple[Any, str]]:
    """Every structure reachable from an operation: shape -> (shape, our class name)."""
    found: dict[str, tuple[Any, str]] = {}

    def visit(shape: Any, name: str) -> None:
        if shape.type_name == "list":
            visit(shape.member, shape.member.name)
        elif shape.type_name == "map":
            visit(shape.value, shape.value.name)
        elif shape.type_name == "structure" and name not in found:
            found[name] = (shape, name)
            for member in shape.members.values():
                visit(member, member.name)

    for op_name in _OPERATIONS:
        op = _MODEL.operation_model(op_name)
        if op.input_shape is not None:
            visit(op.input_shape, f"{op_name}Request")
        if op.output_shape is not None:
            visit(op.output_shape, f"{op_name}Response")
    return found


_STRUCTURES = _structures()


def test_model_is_the_one_the_package_follows() -> None:
    assert _MODEL.metadata["targetPrefix"] == "AWSParallelComputingService"
    assert _MODEL.metadata["jsonVersion"] == "1.0"
    assert len(_OPERATIONS) == 19


@pytest.mark.parametrize("name", sorted(_STRUCTURES))
def test_structure_members_match(name: str) -> None:
    shape, cls_name = _STRUCTURES[name]
    plan = plan_of(getattr(emrk.pcs, cls_name))
    ours = {f.spec.wire: f for f in plan.fields}
    assert set(ours) == set(shape.members)
    for wire, member in shape.members.items():
        field = ours[wire]
        token = bool(member.metadata.get("idempotencyToken"))
        assert field.name == xform_name(wire)
        assert field.spec.idempotency_token is token
        assert field.spec.required is (wire in shape.required_members and not token)
        assert field.spec.sensitive is bool(member.metadata.get("sensitive"))
        if member.type_name == "timestamp":
            assert field.spec.timestamp_format == member.serialization.get("timestampFormat")
        if getattr(member, "enum", None):
            assert field.type.kind is Kind.ENUM
        assert field.spec.min_len == (member.metadata.get("min") if _sized(member) else None)
        assert field.spec.max_len == (member.metadata.get("max") if _sized(member) else None)
        if member.type_name == "integer":
            assert field.spec.min_value == member.metadata.get("min")
            assert field.spec.max_value == member.metadata.get("max")


def _sized(member: Any) -> bool:
    return member.type_name in ("string", "list", "map") and not getattr(member, "enum", None)


def test_every_enum_is_present_with_its_values() -> None:
    enums = {
        name: shape for name, shape in _MODEL._shape_resolver._shape_map.items() if "enum" in shape
    }
    assert len(enums) == 16
    for name, shape in enums.items():
        ours = getattr(emrk.pcs, name)
        assert issubclass(ours, str) and issubclass(ours, enum.Enum)
        assert [m.value for m in ours] == shape["enum"]


@pytest.mark.parametrize("op_name", _OPERATIONS)
def test_client_method_matches_the_operation(op_name: str) -> None:
    op = _MODEL.operation_model(op_name)
    method = getattr(PCSClient, xform_name(op_name))
    params = inspect.signature(method).parameters
    expected = {xform_name(m) for m in op.input_shape.members}
    assert set(params) - {"self"} == expected
    for name in expected:
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY
    token_members = [
        m for m, s in op.input_shape.members.items() if s.metadata.get("idempotencyToken")
    ]
    for member in token_members:
        assert params[xform_name(member)].default is None


@pytest.mark.parametrize("op_name", sorted(_PAGINATED))
def test_paginators_exist(op_name: str) -> None:
    method = getattr(PCSClient, f"paginate_{xform_name(op_name)}")
    params = set(inspect.signature(method).parameters) - {"self"}
    op = _MODEL.operation_model(op_name)
    expected = {xform_name(m) for m in op.input_shape.members} - {"next_token"}
    assert params == expected | {"max_items", "starting_token"}  # boto3's PaginationConfig


def test_idempotent_operations() -> None:
    idempotent = {
        op
        for op in _OPERATIONS
        if any(
            s.metadata.get("idempotencyToken")
            for s in _MODEL.operation_model(op).input_shape.members.values()
        )
    }
    assert len(idempotent) == 9


def test_every_public_name_is_documented_and_exported() -> None:
    for name in emrk.pcs.__all__:
        obj = getattr(emrk.pcs, name)
        if isinstance(obj, type):
            assert obj.__doc__ and not obj.__doc__.startswith("DOC:"), name
    for name, member in inspect.getmembers(PCSClient, inspect.isfunction):
        if not name.startswith("_"):
            assert member.__doc__ and not member.__doc__.startswith("DOC:"), name
    assert len(set(emrk.pcs.__all__)) == len(emrk.pcs.__all__)
