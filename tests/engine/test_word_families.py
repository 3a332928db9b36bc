"""Word families: two forms of one word ("exploded" / "explosion") are one word to matching."""

from __future__ import annotations

import pytest

from articles import CHOIR_BACKDROP, judge, make_articles
from corroborate.engine.matching import align as align_module
from corroborate.engine.matching.align import candidate_pairs
from corroborate.engine.models import Match
from corroborate.engine.text.families import (
    derived_root,
    derived_table,
    family_stem,
    family_table,
)
from corroborate.engine.text.segment import segment, stem


def judged(left: str, right: str) -> Match | None:
    """The match between ``left`` and ``right`` aligned inside the choir backdrop, if any."""
    return judge(left, right, CHOIR_BACKDROP)[1]


@pytest.mark.parametrize(
    ("form", "head"),
    [
        ("sold", "sell"),
        ("explosion", "explode"),
        ("won", "win"),
        ("fled", "flee"),
        ("acquisition", "acquire"),
        ("death", "die"),
        ("killed", "die"),
        ("thefts", "steal"),
        ("injuries", "injured"),
        ("marriage", "married"),
    ],
)
def test_each_form_of_a_family_reads_as_its_head(form: str, head: str) -> None:
    assert stem(form) != stem(head)  # Snowball alone leaves them apart
    assert family_stem(stem(form)) == stem(head)


def test_a_word_of_no_family_reads_as_itself() -> None:
    assert family_stem(stem("bridge")) == stem("bridge")


def test_a_form_claimed_by_two_families_is_an_error_in_the_table() -> None:
    with pytest.raises(ValueError, match="two families"):
        family_table(stem, (("sell", "sold"), ("buy", "sold")))


DEATH = (
    "The Harwick choir toured until 2004, when Ms. Lindqvist died shortly after learning "
    "she was ill.",
    "The former teacher recorded four albums with the Harwick choir before Lindqvist's "
    "death in 2004.",
)
THREAT = (
    "The Corley council regularly threatens to sell the old mill to developers.",
    "The vote follows months of quarrels over the council's repeated threats to sell the old mill.",
)


@pytest.mark.parametrize(("left", "right"), [DEATH, THREAT], ids=["a death", "a threat"])
def test_one_fact_in_two_forms_of_a_word_is_matched(left: str, right: str) -> None:
    assert judged(left, right) is not None


@pytest.mark.parametrize(("left", "right"), [DEATH, THREAT], ids=["a death", "a threat"])
def test_without_the_families_the_two_forms_share_too_little(
    left: str, right: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(align_module, "family_heads", frozenset)
    assert judged(left, right) is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            DEATH[0],
            "The former teacher recorded four albums with the Harwick choir before "
            "Lindqvist's death in 2009.",
            id="another year for the same death",
        ),
        pytest.param(
            DEATH[0],
            "The former teacher recorded four albums with the Harwick choir before "
            "Petrova's death in 2004.",
            id="the same words about another person",
        ),
        pytest.param(
            THREAT[0],
            "The vote follows months of quarrels over the council's repeated threats to "
            "close the swimming baths.",
            id="the same word about another thing",
        ),
        pytest.param(
            "Nine workers at the Harwick chemical plant died in the fire on Monday.",
            "The fire at the Harwick chemical plant on Monday killed four workers.",
            id="another figure for the same deaths",
        ),
    ],
)
def test_two_forms_of_a_word_do_not_join_different_facts(left: str, right: str) -> None:
    assert judged(left, right) is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Police in Corley used tear gas on the crowd.",
            "The crowd in Corley tore down a statue.",
            id="tear gas and tore down",
        ),
        pytest.param(
            "The loss was a blow to the Harwick choir.",
            "The wind blew the Harwick choir tent away.",
            id="a blow and the wind blew",
        ),
        pytest.param(
            "The trial ended with a hung jury in Corley.",
            "Corley will hang the portrait of the jury.",
            id="a hung jury and to hang a portrait",
        ),
    ],
)
def test_a_form_that_is_also_another_common_word_joins_no_facts(left: str, right: str) -> None:
    assert judged(left, right) is None


# Two short sentences sharing one word ("scene") besides two forms of one family: by
# their stems alone they share one indexed word, and are never compared.
AT_THE_SCENE = (
    "Brennan was pronounced dead at the scene.",
    "Police say he landed on a ledge and died at the scene.",
)


def test_two_sentences_sharing_a_word_and_two_forms_of_another_are_compared() -> None:
    sentences = segment(make_articles(*AT_THE_SCENE, *CHOIR_BACKDROP))
    ids = {s.text: s.id for s in sentences}
    pairs = {tuple(map(int, pair)) for pair in candidate_pairs(sentences)}
    assert tuple(sorted(ids[text] for text in AT_THE_SCENE)) in pairs


def test_a_word_and_two_forms_of_another_are_one_fact_when_little_else_is_said() -> None:
    assert judged(*AT_THE_SCENE) is not None


def test_without_pairing_two_forms_of_a_family_the_short_pair_is_never_judged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        align_module, "_kin_codes", lambda *_: align_module.np.empty(0, dtype=align_module.np.int64)
    )
    assert judged(*AT_THE_SCENE) is None


def test_two_forms_of_a_family_alone_make_no_candidate_pair() -> None:
    # "died" / "killed" and nothing else in common: one term, as one shared stem is
    left, right = "Brennan died in the ravine.", "Floods killed cattle near Harwick."
    sentences = segment(make_articles(left, right, *CHOIR_BACKDROP))
    ids = {s.text: s.id for s in sentences}
    pairs = {tuple(map(int, pair)) for pair in candidate_pairs(sentences)}
    assert tuple(sorted((ids[left], ids[right]))) not in pairs


def test_two_sentences_using_one_form_of_a_family_are_paired_by_its_stem_once() -> None:
    # both say "died": the stem is shared already, the family adds no second term
    left, right = "Brennan died in the ravine.", "A goat died near Harwick."
    sentences = segment(make_articles(left, right, *CHOIR_BACKDROP))
    ids = {s.text: s.id for s in sentences}
    pairs = {tuple(map(int, pair)) for pair in candidate_pairs(sentences)}
    assert tuple(sorted((ids[left], ids[right]))) not in pairs


# A family read in one form must not turn a denial into its opposite: "nobody died" is
# not "the storm was deadly", whichever form each sentence uses.
@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "The hostage in Corley did not die.",
            "The hostage in Corley was killed.",
            id="did not die and was killed",
        ),
        pytest.param("The crash was fatal.", "Nobody died in the crash.", id="nobody died"),
        pytest.param("The storm killed no one.", "The storm left three dead.", id="killed no one"),
        pytest.param(
            "None of the Corley miners died.", "The Corley miners were killed.", id="none of"
        ),
        pytest.param(
            "Brennan survived the crash.",
            "There were no survivors of the crash.",
            id="no survivors",
        ),
        pytest.param(
            "The driver was not injured.", "The driver's injuries were minor.", id="not injured"
        ),
        pytest.param(
            "The Harwick mill was never sold.", "The Harwick mill sale went ahead.", id="never sold"
        ),
    ],
)
def test_a_family_word_denied_in_one_sentence_only_joins_no_facts(left: str, right: str) -> None:
    assert judged(left, right) is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Nobody died in the Harwick mill fire.",
            "The Harwick mill fire killed no one.",
            id="nobody died and killed no one",
        ),
        pytest.param(
            "Police have not released the names of the two Corley miners who died.",
            "The names of the dead Corley miners were not released.",
            id="a denial of another word",
        ),
    ],
)
def test_a_family_word_denied_in_both_sentences_or_neither_is_still_one_fact(
    left: str, right: str
) -> None:
    assert judged(left, right) is not None


@pytest.mark.parametrize(
    ("derived", "base"),
    [
        ("western", "west"),
        ("northeastern", "northeast"),
        ("realism", "real"),
        ("scientists", "scientific"),
        ("terrorist", "terror"),
        ("egyptian", "egypt"),
        ("candlelight", "candles"),
        ("realistic", "real"),
    ],
)
def test_a_word_and_its_derived_form_written_in_one_folder_read_as_one(
    derived: str, base: str
) -> None:
    table = derived_table({stem(derived), stem(base), stem("bridge")})
    assert stem(derived) != stem(base)  # Snowball alone leaves them apart
    assert table.get(stem(derived), stem(derived)) == table.get(stem(base), stem(base))
    assert stem("bridge") not in table


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("testified", "testy"),  # alike only in their letters
        ("weekday", "week"),  # a compound of another word
        ("artist", "art"),  # what is left is too short to be read as a root
        ("civilian", "civil"),  # a derived word with a meaning of its own
        ("statement", "state"),
    ],
)
def test_words_alike_only_in_their_letters_stay_apart(left: str, right: str) -> None:
    assert derived_table({stem(left), stem(right)}) == {}


def test_a_derived_form_the_folder_writes_alone_reads_as_itself() -> None:
    assert derived_table({stem("western"), stem("bridge")}) == {}
    assert derived_root(stem("bridge")) == stem("bridge")
