"""Masking echoed secrets: one secret inside another is never left half visible.

A service error can echo what the request carried, and two secrets of one
call can overlap: a password that starts with a token, a key that ends with
another. :func:`emrk.core.redaction.scrub` must mask the longer one whole
whichever order the secrets come in; masking the shorter first would cut the
longer one apart and leave the rest of it in the message.
"""

from __future__ import annotations

import pytest

from emrk.core.redaction import MASK, scrub

INNER = "munge-key-7Qx2Lp9Z"
#: (name, the longer secret): INNER at its start, in its middle and at its end.
OUTER = [
    ("prefix", f"{INNER}-rotated-2Bv8"),
    ("middle", f"slurm:{INNER}:node-17"),
    ("suffix", f"AKIDOUTER/{INNER}"),
]


@pytest.mark.parametrize(("where", "outer"), OUTER, ids=[name for name, _ in OUTER])
@pytest.mark.parametrize("shorter_first", [True, False], ids=["shorter-first", "longer-first"])
def test_a_secret_containing_another_is_masked_whole(
    where: str, outer: str, shorter_first: bool
) -> None:
    assert INNER in outer and len(INNER) >= 8
    secrets = [INNER, outer] if shorter_first else [outer, INNER]
    text = f"Invalid value {outer} for password; the key {INNER} was refused."
    masked = scrub(text, secrets)
    assert masked == f"Invalid value {MASK} for password; the key {MASK} was refused."
    rest_of_outer = outer.replace(INNER, " ").split()
    assert rest_of_outer, where
    for piece in rest_of_outer:
        assert piece not in masked, f"{piece!r} of the longer secret is still visible"


def test_a_set_of_overlapping_secrets_is_masked_whole() -> None:
    """Set order is arbitrary: every member of a family of nested secrets goes."""
    family = {INNER, f"{INNER}-rotated", f"{INNER}-rotated-2Bv8", f"old-{INNER}-rotated-2Bv8"}
    for secret in sorted(family, key=len):
        masked = scrub(f"echo: {secret} (end)", family)
        assert masked == f"echo: {MASK} (end)", secret
