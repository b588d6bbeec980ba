"""emrk's UUID4s (idempotency tokens, invocation ids) are what ``uuid.uuid4`` would give."""

from __future__ import annotations

import uuid

from emrk.core.call import new_uuid


def test_new_uuid_is_a_random_version_4_uuid_in_canonical_form() -> None:
    values = {new_uuid() for _ in range(2000)}
    assert len(values) == 2000
    for value in values:
        parsed = uuid.UUID(value)
        assert str(parsed) == value
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
