"""A pattern tried only on the texts that hold one of its hints answers as its own search."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.engine.text.hints import FOLDING_ONTO_ASCII, Hinted

TEXTS = [
    "The harbour pilot of Quillonport was wounded on Tuesday.",
    "THE FERRY CAPTAIN WAS HURT when the gangway gave way.",
    "Nobody was harmed at the Marbleville regatta.",
    "Two deckhands were injured, the Fernhollow coastguard said.",
    "Ein Seemann wurde verletzt, sagte die Hafenbehörde von Quillonport.",
    "The \u212aestrel sank; its mate was hurt.",  # the Kelvin sign as a capital K
    "The mate was hur\u017ft in the squall.",  # a long s: a case-blind "s"
    "\u201cNobody was harmed,\u201d the Quillonport harbourmaster said \u2014 at the caf\u00e9.",
    "\u201cTwo deckhands were hurt\u201d \u2013 the coastguard\u2019s words.",
    "The deckhands\u2019 \u2018INJURIES\u2019 were light, said Jos\u00e9 Ib\u00e1\u00f1ez.",
    "Two were wounded\u2014one gravely\u2014near the \u00c9cluse lock.",
    "The mate was H\u0130RT in the squall.",  # a dotted capital I: a case-blind "i"
    "The mate was HUR\u0130 in the squall.",  # "\u0130".lower() is "i" and a dot
    "",
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_hinted_pattern_finds_what_its_search_finds_in_every_text(flags: int) -> None:
    pattern = re.compile(r"\b(?:injur|wound|hurt)", flags)
    hinted = Hinted(pattern, ("injur", "wound", "hurt"))
    assert [hinted.search(text) for text in TEXTS] == [
        pattern.search(text) is not None for text in TEXTS
    ]


def test_a_case_blind_pattern_finds_a_word_through_a_letter_lower_casing_leaves() -> None:
    hinted = Hinted(re.compile(r"kestrel|hurst", re.IGNORECASE), ("kestrel", "hurst"))
    assert hinted.search("The \u212aestrel sank.")
    assert hinted.search("Lyndhur\u017ft Road was closed.")


def test_a_text_without_a_hint_is_ruled_out_before_the_search() -> None:
    hinted = Hinted(re.compile(r"\b(?:injur|wound|hurt)", re.IGNORECASE), ("injur", "hurt"))
    assert not hinted.may_hold("Nobody was harmed at the Marbleville regatta.")
    assert hinted.may_hold("Two deckhands were INJURED.")
    assert not hinted.may_hold("Ein Seemann wurde verletzt, sagte die Hafenbeh\u00f6rde.")


def test_curly_quotes_dashes_and_accents_beside_a_hinted_word_leave_the_shortcut_in_use() -> None:
    hinted = Hinted(re.compile(r"\b(?:injur|wound|hurt)", re.IGNORECASE), ("injur", "hurt"))
    assert not hinted.may_hold("\u201cNobody was harmed,\u201d she said \u2014 at the caf\u00e9.")
    assert not hinted.may_hold("The regatta\u2019s \u2018H\u00dcRT\u2019 trophy \u2013 a cup.")
    assert hinted.may_hold("\u201cHurt,\u201d she said \u2014 at the caf\u00e9.")
    assert hinted.may_hold("The crew\u2019s \u2018INJURIES\u2019 \u2013 light, said Jos\u00e9.")
    assert hinted.search("Two were hurt\u2014one gravely\u2014near the \u00c9cluse lock.")


def test_a_text_holding_a_letter_that_folds_onto_ascii_is_always_searched() -> None:
    hinted = Hinted(re.compile(r"\b(?:kill|died)", re.IGNORECASE), ("kill", "died"))
    assert "kill" not in "K\u0130LLED".lower()  # a dotted capital I lower-cased keeps its dot
    assert hinted.search("Two were K\u0130LLED \u2014 the coastguard said.")
    assert hinted.search("\u201cTwo d\u0131ed,\u201d the coastguard said.")
    assert hinted.may_hold("The Kelvin sign \u212a stands in no word here.")


def _every_code_point_beyond_ascii() -> str:
    """Every code point from U+0080 to U+10FFFF, surrogates included, in turn."""
    code = bytearray(4 * 0x110000)  # in UTF-32-LE
    code[0::4] = bytes(range(256)) * 0x1100
    code[1::4] = b"".join(bytes((byte,)) * 256 for byte in range(256)) * 17
    code[2::4] = b"".join(bytes((plane,)) * 0x10000 for plane in range(17))
    return code.decode("utf-32-le", "surrogatepass")[0x80:]


def test_the_letters_folding_onto_ascii_are_every_one_a_case_blind_ascii_literal_matches() -> None:
    beyond = _every_code_point_beyond_ascii()
    assert len(beyond) == 0x110000 - 0x80 and beyond[-1] == "\U0010ffff"
    matched = set()
    for ascii_char in map(chr, range(0x80)):
        matched.update(re.findall(re.escape(ascii_char), beyond, re.IGNORECASE))
    assert set(FOLDING_ONTO_ASCII) == matched
    # the long s, the dotless and the dotted capital i, the Kelvin sign among them
    assert {"\u017f", "\u0131", "\u0130", "\u212a"} <= matched


def test_lower_casing_makes_an_ascii_character_only_of_one_folding_onto_ascii() -> None:
    beyond = _every_code_point_beyond_ascii()
    made_ascii = {
        char
        for char, low in zip(beyond, map(str.lower, beyond), strict=True)
        if low != char and any(map(str.isascii, low))
    }
    assert made_ascii <= set(FOLDING_ONTO_ASCII)
    assert all(chr(code).lower().isascii() for code in range(0x80))


def test_a_case_blind_pattern_given_a_hint_outside_ascii_is_refused() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        Hinted(re.compile(r"caf\u00e9", re.IGNORECASE), ("caf\u00e9",))


def test_a_case_blind_pattern_given_a_hint_in_capitals_is_refused() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Hinted(re.compile(r"Democrat", re.IGNORECASE), ("Democrat",))


def _engine_hinted() -> list[tuple[str, Hinted]]:
    """Every :class:`Hinted` the engine's modules define, by its module and name."""
    import corroborate.engine

    found: dict[int, tuple[str, Hinted]] = {}
    for info in pkgutil.walk_packages(corroborate.engine.__path__, "corroborate.engine."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Hinted) and f"{name} = Hinted(" in inspect.getsource(module):
                found[id(value)] = (f"{info.name}.{name}", value)
    return sorted(found.values(), key=lambda item: item[0])


ENGINE_HINTED = _engine_hinted()

#: What may stand inside or beside a word: a soft hyphen, zero-width joiner and non-joiner,
#: a no-break and a full-width space, a combining acute, a hyphen, a line break, curly
#: quotes and apostrophes, an en and an em dash, an accented letter.
_INSIDE = ("\u00ad", "\u200d", "\u200c", "\u00a0", "\u3000", "\u0301", "-", "\n", " ",
           "\u201c", "\u201d", "\u2018", "\u2019", "\u2013", "\u2014", "\u00e9")  # fmt: skip
#: Letters a case-blind search or a reader may take for others: a dotted and a dotless i,
#: a sharp s, the long s, the Kelvin sign, ligatures, full-width letters.
_LOOKALIKES = {
    "i": ("\u0130", "\u0131", "\uff49"),
    "s": ("\u017f", "\u00df", "\uff53"),
    "ss": ("\u00df", "\u1e9e"),
    "k": ("\u212a",),
    "fi": ("\ufb01",),
    "fl": ("\ufb02",),
    "st": ("\ufb06",),
    "a": ("\uff41", "\u00e0"),
    "e": ("\uff45", "\u00e9"),
    "o": ("\uff4f",),
    "d": ("\uff44",),
    "r": ("\uff52",),
}
#: Endings a hint list might miss: inflections, plurals, a word run on.
_ENDINGS = ("", "s", "es", "ed", "ing", "ly", "ies", "er", "ers", "ped", "ping", "\u2019s")
_FILLER = ("the", "harbour", "of", "Quillonport", "was", "50", "feet", "storeys", "said", ".",
          "caf\u00e9", "Z\u00fcrich", "Jos\u00e9", "\u00c9cluse", "\u2014", "\u201c", "\u201d")  # fmt: skip


#: What may stand between two pieces of a text: spaces, a hyphen, a line break, curly
#: quotes and apostrophes, dashes.
_GAPS = (" ", " ", "", "-", "\n", "\u00a0", "\u201c", "\u201d ", " \u2018", "\u2019 ", "\u2019s ",
         " \u2014 ", "\u2014", " \u2013 ", "\u2026 ")  # fmt: skip


def _words_of(hinted: Hinted) -> list[str]:
    """The letters the pattern spells out (its words, whole and in part) and its hints."""
    spelled = re.findall(r"[A-Za-z]{2,}", hinted.pattern.pattern)
    return sorted({*spelled, *hinted.hints, *(w[:-1] for w in spelled if len(w) > 3)})


def _perturbed(draw: st.DrawFn, word: str) -> str:
    """``word`` in another case, with a letter dropped, something put inside or a letter
    written as a lookalike."""
    word = draw(st.sampled_from((str, str.upper, str.title, str.swapcase, str.lower)))(word)
    for _ in range(draw(st.integers(0, 2))):
        change = draw(st.sampled_from(("insert", "lookalike", "drop")))
        at = draw(st.integers(0, max(0, len(word) - 1)))
        if change == "insert":
            word = word[:at] + draw(st.sampled_from(_INSIDE)) + word[at:]
        elif change == "drop" and len(word) > 1:
            word = word[:at] + word[at + 1 :]
        else:
            for plain, others in _LOOKALIKES.items():
                if word.lower().startswith(plain, at):
                    word = word[:at] + draw(st.sampled_from(others)) + word[at + len(plain) :]
                    break
    return word


@st.composite
def _text_for(draw: st.DrawFn, hinted: Hinted) -> str:
    """A text of the pattern's words, inflected, of filler words and of whole matches of
    the pattern (in ASCII letters or any), each perhaps changed (:func:`_perturbed`)."""
    words = _words_of(hinted)
    piece = st.one_of(
        st.builds(str.__add__, st.sampled_from(words), st.sampled_from(_ENDINGS)),
        st.sampled_from(_FILLER),
        st.from_regex(hinted.pattern, fullmatch=True, alphabet=st.characters(codec="ascii")),
        st.from_regex(hinted.pattern, fullmatch=True),
    )
    pieces = draw(st.lists(piece, max_size=6))
    pieces = [_perturbed(draw, p) if draw(st.booleans()) else p for p in pieces]
    gaps = draw(st.lists(st.sampled_from(_GAPS), min_size=6))
    return "".join(p + g for p, g in zip(pieces, gaps, strict=False))


@pytest.mark.parametrize(("name", "hinted"), ENGINE_HINTED, ids=[n for n, _ in ENGINE_HINTED])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_each_engine_pattern_found_through_its_hints_answers_as_its_own_search(
    name: str, hinted: Hinted, data: st.DataObject
) -> None:
    text = data.draw(_text_for(hinted))
    assert hinted.search(text) == (hinted.pattern.search(text) is not None), (name, text)


def test_the_engine_defines_the_hinted_patterns_the_property_checks() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in ENGINE_HINTED}
    assert {"MAY_TITLE", "_MAY_FALL", "MAY_DIE", "MAY_HURT"} <= names


@pytest.mark.parametrize(("name", "hinted"), ENGINE_HINTED, ids=[n for n, _ in ENGINE_HINTED])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_every_ascii_match_of_an_engine_pattern_holds_one_of_its_hints(
    name: str, hinted: Hinted, data: st.DataObject
) -> None:
    ascii_letters = st.characters(codec="ascii")
    found = data.draw(st.from_regex(hinted.pattern, alphabet=ascii_letters))
    case = data.draw(st.sampled_from((str, str.upper, str.title, str.swapcase)))
    assert hinted.may_hold(case(found)), (name, found)
