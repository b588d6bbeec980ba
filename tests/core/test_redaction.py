"""Masking echoed secrets: whole tokens for short secrets, anywhere for long ones.

The property tests compare :func:`emrk.core.redaction.scrub` with a plain
character-by-character model of the rule (:func:`_expected`): mark every
character an occurrence of a secret covers (an occurrence of a secret shorter
than :data:`SHORT_SECRET` counts only when no letter, digit or ``_`` touches
it), and show each run of marked characters as one mask. Texts and secrets are
drawn without ``*``, so every ``***`` in an answer is a mask.

Random testing found the bug these tests pin: a one-letter token ``s`` turned
the service message ``msg tFxhRZaXiyFc`` into ``m***g tFxhRZaXiyFc``.
"""

from __future__ import annotations

import re

import pytest
import responses
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import emrk
from emrk.core.redaction import MASK, SHORT_SECRET, scrub
from emrk.eks_auth import EKSAuthClient, InvalidTokenException

# Many more cases than the suite's default profile: each one takes microseconds.
EXAMPLES = settings(max_examples=max(400, settings().max_examples))

# Letters and digits (ASCII and not), the underscore, and the punctuation and
# spaces that delimit tokens in messages. No ``*``: see the module docstring.
WORD_CHARS = "abcsXYZ0129_éßЖ٣"
DELIMITERS = " .,:;-/=+'\"()[]!?@#$%&\n\t—"
ALPHABET = WORD_CHARS + DELIMITERS

texts = st.text(alphabet=ALPHABET, max_size=40)
secrets = st.text(alphabet=ALPHABET, min_size=1, max_size=2 * SHORT_SECRET)
short_secrets = st.text(alphabet=ALPHABET, min_size=1, max_size=SHORT_SECRET - 1)
long_secrets = st.text(alphabet=ALPHABET, min_size=SHORT_SECRET, max_size=2 * SHORT_SECRET)


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _expected(text: str, secret_set: set[str]) -> str:
    """The masking rule, one character at a time."""
    covered = [False] * len(text)
    for secret in secret_set:
        at = text.find(secret)
        while at >= 0:
            end = at + len(secret)
            alone = (at == 0 or not _word(text[at - 1])) and (
                end == len(text) or not _word(text[end])
            )
            if len(secret) >= SHORT_SECRET or alone:
                covered[at:end] = [True] * len(secret)
            at = text.find(secret, at + 1)
    out: list[str] = []
    for i, char in enumerate(text):
        if not covered[i]:
            out.append(char)
        elif i == 0 or not covered[i - 1]:
            out.append(MASK)
    return "".join(out)


# -- the regression from the issue ------------------------------------------------------


def test_a_short_secret_inside_words_changes_nothing() -> None:
    assert scrub("msg tFxhRZaXiyFc", {"s"}) == "msg tFxhRZaXiyFc"


@pytest.mark.parametrize(
    ("text", "secret", "masked"),
    [
        ("token s is invalid", "s", "token *** is invalid"),
        ("s", "s", "***"),
        ("bad value 's'.", "s", "bad value '***'."),
        ("code -1.", "-1", "code ***."),
        ("region us-east-1", "-1", "region us-east-1"),  # the end of another token
        ("my_s", "s", "my_s"),  # the underscore joins words
        ("entry=s3://b/k", "s3://b/k", "entry=***"),  # long: anywhere
        ("xs3cr3tPASSy", "s3cr3tPASS", "x***y"),
    ],
)
def test_short_secrets_are_masked_as_whole_tokens_long_ones_anywhere(
    text: str, secret: str, masked: str
) -> None:
    assert scrub(text, {secret}) == masked


def test_a_secret_holding_another_is_masked_whole_in_either_order() -> None:
    outer, inner = "FwoGZXIvYXdzEXAMPLE", "XIvYX"
    text = f"token {outer} rejected"
    assert scrub(text, [inner, outer]) == scrub(text, [outer, inner]) == "token *** rejected"


def test_overlapping_secrets_leave_no_fragment() -> None:
    assert scrub("id 012345678901234 bad", {"0123456789", "5678901234"}) == "id *** bad"


def test_nothing_to_mask() -> None:
    assert scrub("", {"s"}) == ""
    assert scrub("message", set()) == "message"
    assert scrub("message", {""}) == "message"


# -- properties -------------------------------------------------------------------------


@EXAMPLES
@given(text=texts, secret_list=st.lists(secrets, max_size=3))
def test_text_without_the_secrets_is_unchanged(text: str, secret_list: list[str]) -> None:
    assume(not any(s in text for s in secret_list))
    assert scrub(text, secret_list) == text


@EXAMPLES
@given(
    words=st.lists(st.text(alphabet=WORD_CHARS, min_size=1, max_size=8), max_size=8),
    gaps=st.lists(st.text(alphabet=DELIMITERS, min_size=1, max_size=2), min_size=8, max_size=8),
    secret=st.text(alphabet=WORD_CHARS, min_size=1, max_size=SHORT_SECRET - 1),
)
def test_a_short_secret_that_is_no_whole_word_changes_nothing(
    words: list[str], gaps: list[str], secret: str
) -> None:
    assume(secret not in words)
    text = "".join(w + g for w, g in zip(words, gaps[: len(words)], strict=True))
    assert scrub(text, {secret}) == text


@EXAMPLES
@given(before=texts, secret=long_secrets, after=texts)
def test_a_long_secret_never_shows_wherever_it_stood(before: str, secret: str, after: str) -> None:
    assert secret not in scrub(before + secret + after, {secret})


@EXAMPLES
@given(before=texts, secret=secrets, after=texts)
def test_a_secret_standing_alone_is_replaced_by_one_mask(
    before: str, secret: str, after: str
) -> None:
    text = before + secret + after
    assume(text.count(secret) == 1)
    if len(secret) < SHORT_SECRET:
        assume(not before or not _word(before[-1]))
        assume(not after or not _word(after[0]))
    assert scrub(text, {secret}) == before + MASK + after


@EXAMPLES
@given(
    before=st.text(alphabet=DELIMITERS, max_size=10),
    inner=st.text(alphabet=WORD_CHARS + "-/=+", min_size=1, max_size=6),
    left=st.text(alphabet=WORD_CHARS + "-/=+", max_size=6),
    right=st.text(alphabet=WORD_CHARS + "-/=+", max_size=6),
    after=st.text(alphabet=" .,:;()'\"\n", max_size=10),
    inner_first=st.booleans(),
)
def test_a_secret_holding_another_leaves_no_fragment(
    before: str, inner: str, left: str, right: str, after: str, inner_first: bool
) -> None:
    outer = left + inner + right
    assume(outer != inner)
    # The delimiters around the outer secret are no word characters and hold no
    # character of either secret, so the only occurrences are the planted ones.
    assume(not set(before + after) & set(outer))
    order = [inner, outer] if inner_first else [outer, inner]
    assert scrub(before + outer + after, order) == before + MASK + after


@EXAMPLES
@given(data=st.data(), text=texts, secret_list=st.lists(secrets, min_size=1, max_size=3))
def test_masking_changes_nothing_but_the_occurrences(
    data: st.DataObject, text: str, secret_list: list[str]
) -> None:
    # Plant some of the secrets so that most cases have something to mask.
    for secret in secret_list:
        if data.draw(st.booleans()):
            at = data.draw(st.integers(0, len(text)))
            text = text[:at] + secret + text[at:]
    masked = scrub(text, secret_list)
    assert masked == _expected(text, set(secret_list))
    # Putting something back where each mask stands gives the text again: the
    # pieces between the masks are the original text, in order, untouched.
    pieces = masked.split(MASK)
    assert re.fullmatch("(.+?)".join(map(re.escape, pieces)), text, re.DOTALL)


# -- through a client -------------------------------------------------------------------

URL = "https://eks-auth.us-east-1.api.aws/clusters/prod/assume-role-for-pod-identity"


@pytest.mark.parametrize(
    ("token", "message", "shown"),
    [
        ("s", "msg tFxhRZaXiyFc", "msg tFxhRZaXiyFc"),  # the case
        ("s", "token s is not valid", "token *** is not valid"),
        ("eyJhbGciOiJSUzI1NiJ9.pod", "bad jwt:eyJhbGciOiJSUzI1NiJ9.pod!", "bad jwt:***!"),
    ],
)
@responses.activate
def test_an_echoed_token_is_masked_and_the_rest_of_the_message_kept(
    session: emrk.Session, token: str, message: str, shown: str
) -> None:
    responses.post(
        URL,
        status=400,
        json={"message": message},
        headers={"x-amzn-ErrorType": "InvalidTokenException"},
    )
    client: EKSAuthClient = session.eks_auth()
    with pytest.raises(InvalidTokenException) as info:
        client.assume_role_for_pod_identity(cluster_name="prod", token=token)
    assert info.value.message == shown
    assert str(info.value).endswith(shown)
