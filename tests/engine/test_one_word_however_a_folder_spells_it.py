"""A compound the folder's outlets write two ways is one word: "cease-fire" and "ceasefire",
"money-transfer services" and "money transfer service", "co-operate" and "cooperate".

Read a word at a time, the three spellings of one compound are three readings, so two
outlets telling one fact in their own house style share a word less than they do, and a
fact told with few other words in common is never matched. The folder's own text says which
spellings are one word (:mod:`corroborate.engine.text.wordforms`); a folder writing a word
one way reads it as before. Every text here is invented: its outlets, places and people.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from two_outlet_pairs import FILLER_ONE, judged_alike, matched, pair_folder

from corroborate.engine import analyze
from corroborate.engine.text.segment import content_stem, content_stems
from corroborate.engine.text.wordforms import spellings


def _stems(*words: str) -> tuple[str, ...]:
    return content_stems(words)


@pytest.mark.parametrize(
    ("texts", "word", "read_as"),
    [
        # hyphenated here, one word there: the hyphenated one is read as the one word
        (["The cease-fire held.", "A ceasefire began."], "cease-fire", ("ceasefire",)),
        (["Send an e-mail today.", "Her email said so."], "e-mail", ("email",)),
        (["Both agreed to co-operate.", "They will cooperate."], "co-operate", ("cooperate",)),
        # hyphenated here, two words there: the hyphenated one is read as its parts
        (
            ["Vellmark runs money-transfer services.", "A money transfer service."],
            "money-transfer",
            ("money", "transfer"),
        ),
        (["They work part-time.", "Part time or full time."], "part-time", ("part", "time")),
        # a sentence's first word keeps its capital
        (["Cease-fire talks ended.", "A ceasefire began."], "cease-fire", ("ceasefire",)),
        # two words here, one word there: the one word is read as the two
        (["Free health care for all.", "The healthcare bill."], "healthcare", ("health", "care")),
        (["Fire fighters came.", "Firefighters came."], "firefighters", ("fire", "fighters")),
        # all three spellings: each is read as the two words
        (
            ["Health-care costs.", "Health care costs.", "Healthcare costs."],
            "health-care",
            ("health", "care"),
        ),
        (
            ["Health-care costs.", "Health care costs.", "Healthcare costs."],
            "healthcare",
            ("health", "care"),
        ),
        # another form of the word in the other spelling: a plural, a verb's ending
        (["Two cease-fires failed.", "A ceasefire began."], "cease-fires", ("ceasefires",)),
        (["Officials sent e-mails.", "Her email said so."], "e-mails", ("emails",)),
        (
            ["Vellmark runs money-transfer services.", "It handles money transfers."],
            "money-transfer",
            ("money", "transfer"),
        ),
        # a name written two ways is read one way, as a common word is
        (["Police said Kim Jong-nam died.", "Kim Jong Nam died."], "jong-nam", ("jong", "nam")),
        (["Storms hit Fairhaven.", "Boats reached Fair Haven."], "fairhaven", ("fair", "haven")),
    ],
)
def test_a_word_the_folder_writes_two_ways_is_read_one_way(
    texts: list[str], word: str, read_as: tuple[str, ...]
) -> None:
    stem = content_stem(word)
    assert stem is not None
    assert spellings(texts)[stem] == _stems(*read_as)


@pytest.mark.parametrize(
    ("texts", "word"),
    [
        # written one way only: read as before
        (["The cease-fire held.", "The cease-fire ended."], "cease-fire"),
        (["Vellmark runs money-transfer services."], "money-transfer"),
        # names are not compounds of lower-case words
        (["Jean-Pierre Dallow spoke.", "Jean Pierre spoke."], "jean-pierre"),
        (["Al-Qadir Lomas spoke.", "Al Qadir spoke."], "al-qadir"),
        # a number word joined to its unit is the figure readers' ("nine-hour" is 9 hours)
        (["A nine-hour standoff.", "It took nine hours."], "nine-hour"),
        (["A one-sided vote.", "The one sided vote."], "one-sided"),
        # a part that is a stop word: "hand-over" is not the word "hand"
        (["The hand-over of the men.", "They had a hand in it."], "hand-over"),
        (["The hand-over of the men.", "They will hand over the men."], "hand-over"),
        # parts too short to be told from words that join into another ("in sight" / "insight")
        (["No end in sight.", "A rare insight."], "insight"),
        # "re-" written with its hyphen is another word than the closed one: to sign again
        # is not to resign, a second count is not an account
        (["He will re-sign for the Rovers.", "She will resign on Friday."], "re-sign"),
        (["A re-count of the ballots.", "Witnesses recount the crash."], "re-count"),
        (["The band will re-form.", "The pension reform passed."], "re-form"),
        # a name is no common word's spelling: a town is not a fair haven, an airline's
        # plane ("Osterley Air plane") no airplane
        (["Storms hit Fairhaven.", "Boats were safe in the fair haven."], "fairhaven"),
        (["An Osterley Air plane landed.", "The airplane landed."], "airplane"),
    ],
)
def test_a_word_the_folder_writes_one_way_reads_as_before(texts: list[str], word: str) -> None:
    stem = content_stem(word)
    assert stem is not None
    assert stem not in spellings(texts)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The cease-fire collapsed within hours, a Tessel commander said.",
            "Within hours the ceasefire had collapsed.",
        ),
        (
            "Vellmark runs money-transfer services across the valley.",
            "Vellmark is the valley's biggest money transfer service.",
        ),
        (
            "Both councils agreed to co-operate on the flood barrier.",
            "The two councils will cooperate on the barrier.",
        ),
    ],
)
def test_two_outlets_telling_one_fact_in_their_own_spelling_back_each_other(
    tmp_path: Path, one: str, other: str
) -> None:
    assert matched(pair_folder(tmp_path, one, other), one, other)


def test_two_facts_sharing_only_the_compound_stay_apart(tmp_path: Path) -> None:
    one = "The cease-fire collapsed within hours, a Tessel commander said."
    other = "Talks on a new ceasefire resume in Harlow next week."
    assert not matched(pair_folder(tmp_path, one, other), one, other)


#: Two outlets' sentences spelling one word two ways, and the second with the word spelled
#: as the folder's reading reads both (the parts when the folder writes them apart).
_RESPELLED = [
    (
        "Talks on a new ceasefire resume in Harlow next week.",
        "The cease-fire collapsed within hours, a Tessel commander said.",
        "The ceasefire collapsed within hours, a Tessel commander said.",
    ),
    (
        "Vellmark is the valley's biggest money transfer service.",
        "Vellmark runs money-transfer services across the valley.",
        "Vellmark runs money transfer services across the valley.",
    ),
    # a pair the matcher takes for one fact however it is spelled (the folder's only two
    # sentences on one trade): the spelling neither makes nor breaks it
    (
        "A money transfer service was fined in Harlow last year.",
        "Vellmark runs money-transfer services across the valley.",
        "Vellmark runs money transfer services across the valley.",
    ),
]


@pytest.mark.parametrize(("one", "other", "respelled"), _RESPELLED)
def test_a_pair_is_judged_as_if_both_outlets_spelled_the_word_alike(
    tmp_path: Path, one: str, other: str, respelled: str
) -> None:
    assert judged_alike(tmp_path, one, other, respelled)


def test_every_reprint_of_a_sentence_reads_the_word_as_the_folder_does(tmp_path: Path) -> None:
    # a wire story carried by two papers: the folder writes "cease-fire" in both copies of
    # one text and "ceasefire" once, and each copy reads it as the one word
    one = "The cease-fire between Osterley and Harlow held through the night."
    other = "A ceasefire between the two towns began on Friday evening."
    folder = pair_folder(tmp_path, one, other)
    (folder / "herald.txt").write_text(
        "Marrow Valley Herald\n\n" + "\n\n".join((one, *FILLER_ONE)) + "\n", encoding="utf-8"
    )
    analysis = analyze(folder)
    copies = [s for s in analysis.sentences if s.text == one]
    closed = content_stem("ceasefire")
    assert len(copies) == 2
    assert all(closed in s.stems and content_stem("cease-fire") not in s.stems for s in copies)
