"""A word a folder's British and American outlets spell their own way is one word:
"behaviour" and "behavior", "centre" and "center", "organised" and "organized".

Snowball stems the two spellings apart, so an outlet in London and one in New York telling
one fact share a word less than they do. The folder's own text says when the two are one
word: it writes both (:mod:`corroborate.engine.text.wordforms`); a folder writing a word one
way reads it as before, and a word only a pattern would pair ("tour" / "tor") is never read
as another. Every text here is invented: its outlets, places and people.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from two_outlet_pairs import judged_alike, matched, pair_folder

from corroborate.engine.text.segment import content_stem
from corroborate.engine.text.wordforms import spellings


def _reading(texts: list[str], word: str) -> tuple[str, ...]:
    """The stems a folder writing ``texts`` reads ``word`` as."""
    stem = content_stem(word)
    assert stem is not None
    return spellings(texts).get(stem, (stem,))


@pytest.mark.parametrize(
    ("texts", "british", "american"),
    [
        (["A spectrum of behaviour.", "A spectrum of behavior."], "behaviour", "behavior"),
        (["The colour of the flag.", "Its color faded."], "colour", "color"),
        (["The town centre flooded.", "The town center flooded."], "centre", "center"),
        (["Farmers organised a march.", "Farmers organized a march."], "organised", "organized"),
        (["The defence minister spoke.", "The defense minister spoke."], "defence", "defense"),
        (["An aid programme ended.", "The aid program ended."], "programme", "program"),
        (["She travelled north.", "She traveled north."], "travelled", "traveled"),
        (["Experts will analyse it.", "Experts will analyze it."], "analyse", "analyze"),
        (["Her jewellery was stolen.", "Jewelry was stolen."], "jewellery", "jewelry"),
        (["A grey van left.", "A gray van left."], "grey", "gray"),
        (["Two tyres burst.", "Two tires burst."], "tyres", "tires"),
        (["A licence was revoked.", "The license was revoked."], "licence", "license"),
        (["The theatre closed.", "The theater closed."], "theatre", "theater"),
        # another form of the word in the other spelling: a plural, a verb's ending
        (["Her behaviour changed.", "Such behaviors spread."], "behaviour", "behaviors"),
        (["Rebels organised it.", "Rebels are organizing."], "organised", "organizing"),
        # the American spelling opening a sentence is still the word
        (["A van painted grey.", "Gray vans were seen."], "grey", "gray"),
        (["Traders do not practise it.", "The practice was banned."], "practise", "practice"),
    ],
)
def test_a_british_spelling_is_read_as_the_american_one_the_folder_also_writes(
    texts: list[str], british: str, american: str
) -> None:
    assert _reading(texts, british) == _reading(texts, american)


@pytest.mark.parametrize(
    ("texts", "word"),
    [
        # written one way only: read as before
        (["A spectrum of behaviour.", "Her behaviour changed."], "behaviour"),
        (["The town centre flooded.", "A new centre opened."], "centre"),
        # a word only a pattern would pair: the list holds none of them
        (["The band's tour ended.", "They climbed the tor."], "tour"),
        (["A fire broke out.", "A fir tree fell."], "fire"),
        (["The massacre was recalled.", "The massacer was recalled."], "massacre"),
        (["He will surprise them.", "He will surprize them."], "surprise"),
        (["They reached a compromise.", "A compromize was reached."], "compromise"),
        (["Prices will rise.", "Prices will rize."], "rise"),
        # the American form written only inside another word: "tired" is no "tires"
        (["Two tyres burst.", "The drivers were tired."], "tyres"),
        # a capitalised word is a name's, not a spelling: inside a sentence or opening one
        (["They met Anna Grey there.", "A gray van left."], "grey"),
        (["Grey said he left.", "A gray van left."], "grey"),
        # pairs the word list holds that are two words, not two spellings of one
        (["A tonne of grain.", "A ton of grain."], "tonne"),
        (["Two buses crashed.", "Two busses crashed."], "buses"),
        (["The fuel gauge failed.", "The fuel gage failed."], "gauge"),
    ],
)
def test_a_word_the_folder_does_not_write_both_ways_reads_as_before(
    texts: list[str], word: str
) -> None:
    stem = content_stem(word)
    assert stem is not None
    assert stem not in spellings(texts)
    assert _reading(texts, word) == (stem,)


def test_an_american_reading_is_read_as_itself() -> None:
    # the American spelling is the reading: it keeps its own stem
    read = spellings(["A spectrum of behaviour.", "A spectrum of behavior."])
    assert content_stem("behavior") not in read


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # each pair shares too few words to be matched were the word read as two
        (
            "Analysts will analyse the grey water samples from Osterley.",
            "Samples of gray water will be analyzed, officials said.",
        ),
        (
            "The lorry's tyres burst near Osterley bridge.",
            "Its tires burst on the bridge, witnesses said.",
        ),
    ],
)
def test_two_outlets_telling_one_fact_in_their_own_spelling_back_each_other(
    tmp_path: Path, one: str, other: str
) -> None:
    assert matched(pair_folder(tmp_path, one, other), one, other)


@pytest.mark.parametrize(
    ("one", "other", "respelled"),
    [
        # two facts sharing the word and little else: the spelling makes no match
        (
            "The Harlow flood defence programme was cancelled by the council.",
            "A new defense program for Tessel farmers opens next spring.",
            "A new defence programme for Tessel farmers opens next spring.",
        ),
        (
            "Doctors described a spectrum of behaviour in the Tessel ward.",
            "Brisk was fined for his behavior at the Osterley match.",
            "Brisk was fined for his behaviour at the Osterley match.",
        ),
    ],
)
def test_a_pair_is_judged_as_if_both_outlets_spelled_the_word_alike(
    tmp_path: Path, one: str, other: str, respelled: str
) -> None:
    assert judged_alike(tmp_path, one, other, respelled)
