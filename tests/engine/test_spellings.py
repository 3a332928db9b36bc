"""A name two outlets spell two ways is a spelling note for the reader, not a disagreement.

Fact-checkers reading outlets that write "Barak" and "Barack", or one surname with two letters
swapped, do not sign "these outlets disagree": they ask which spelling is right. Two
different names of one person ("Fred Simple" / "Fred Temple" before one actor's name) are a
disagreement over who it is. The report lists spellings apart from the disagreements, and
no count of disagreements (Markdown, JSON, the app) includes them. Every text here is
invented: its outlets, people and events.
"""

from __future__ import annotations

import json
import re

import pytest

from articles import FERRY
from corroborate.engine import (
    analyze,
    apply_corrections,
    conflicts_of,
    merge_files,
    spellings_of,
    summarize,
    to_json,
    to_markdown,
)
from corroborate.engine.conflicts.names import spelled_apart
from corroborate.engine.models import Corrections


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ilse Morvanes", "Ilse Morvenas"),  # two letters swapped
        ("Bartek Lindqvist", "Barek Lindqvist"),  # a first name one letter short
        ("Anselm Corrigan", "Corigan"),  # a surname alone, one letter off the full name
        ("Tomas Wheeler", "Tomas Wheelar"),  # one letter other
        ("Rosa Kelly", "Rosa Kelley"),  # one letter more
        ("Dimitri Olivares", "Dimitri Oliveras"),  # two letters swapped
        ("Barak Osmani", "Barack Osmani"),  # a first name one letter short
        ("Ann Hanson", "Ann Hansen"),  # one vowel other
        ("Kathryn Belmore", "Katheryn Belmore"),  # a first name one letter long
        ("Marta Ashworth", "Marta Asworth"),  # an English "sh" without its h
        ("Kwame Mensah", "Kwame Menash"),  # two letters swapped
        ("Alastair Crane", "Alistair Crane"),  # one vowel other
        ("Dana Whitlock Jr.", "Dana Whitlok Jr."),  # three words, one respelled
        ("Gloria Hollis-Marsh", "Gloria Hollis-March"),  # one letter of a double surname
        ("Hak-soon Pyun", "Hak-son Pyun"),  # one letter of a hyphenated first name
        ("J. R. Hollis", "J. R. Hollys"),  # initials before the surname
        ("Olivares", "Oliveras"),  # two surnames alone, long enough to be one
        ("Marten", "Martin"),  # two surnames alone of six letters
        ("Capt. Amadou Sanogo", "Sanago"),  # a surname alone against a ranked full name
        ("ILSE MORVANES", "Ilse Morvenas"),  # capitals are no spelling
        ("José Morvanes", "Jose Morvenas"),  # nor is an accent: one letter apart
        ("Sean O'Rourke", "Sean O’Rurke"),  # nor the apostrophe's typeface
    ],
)
def test_a_name_one_spelling_apart_is_a_spelling(one: str, other: str) -> None:
    assert spelled_apart(one, other) and spelled_apart(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Tomas Wheeler", "Tomas Beeler"),  # another surname: another person, or a mistake
        ("Marta Jane", "Marta Joan Perske"),  # another middle name, and a surname more
        ("Lt. Anselm Corrigan", "Sgt. Anselm Corrigan"),  # two ranks
        ("Ilse Morvanes", "Ilse Morvanes"),  # one spelling
        ("Bartek Lindqvist", "Barek Lindqvest"),  # two words respelled: not one name
        ("Fred Simple", "Fred Temple"),  # two names, not two spellings
        ("Betty Jane", "Betty Joan"),  # another middle name
        ("Anna Marten", "Jon Martin"),  # another first name too: two people
        ("Carla Hanson", "Carl Hansen"),  # two words other
        ("Tom Reed", "Tim Reed"),  # first names too short to be told from two names
        ("Jeffrey Hollis", "Geoffrey Hollis"),  # two first letters other
        ("Christine Lagarde", "Christina Lagarde"),  # the last letter other
        ("Daniels", "Daniel"),  # a name and its plural or possessive form
        ("Tessa Whitlock", "Tessa Whitlock Jr."),  # a word more
        ("Price", "Prime"),  # two short surnames alone: as often two names
        ("Smith", "Smyth"),
        ("Amadou Price", "Prime"),  # a short surname alone against a full name
        ("Mayor Dana Whitlock", "Major Dana Whitlock"),  # a role and a rank, not a name
        ("Chairman Tomas Ardell", "Chairmen Tomas Ardell"),
        ("Senator Dana Whitlock", "Senior Dana Whitlock"),
        ("Prime Minister Tomas Ardell", "Finance Minister Tomas Ardell"),  # two posts
        ("Prime Minister", "finance minister"),
        ("Lt. John Corina", "Sgt. John Corina"),  # two ranks
        ("Lord Ardell", "Lady Ardell"),  # two titles
        ("former partner Ellen Pao", "former associate Ellen Pao"),
        ("Kim Jong-un", "Kim Jong-il"),  # two people of one family
        ("Li Peng", "Li Ping"),
        ("José Ramirez", "Jose Ramirez"),  # one spelling, an accent apart
        ("Sean O'Neill", "Sean O’Neill"),  # one spelling, in two typefaces
        ("MARTIN", "Martin"),  # one spelling, in capitals
    ],
)
def test_two_different_names_are_no_spelling(one: str, other: str) -> None:
    assert not spelled_apart(one, other)


def test_a_one_letter_respelling_is_a_spelling_note_not_a_disagreement(make_folder) -> None:
    analysis = analyze(make_folder(FERRY))
    assert [(d.kind, {d.a_value, d.b_value}) for d in analysis.spellings] == [
        ("spelling", {"Ilse Morvanes", "Ilse Morvenas"})
    ]
    assert [d.kind for d in analysis.disagreements] == ["number"]
    # a spelling disputes no claim, and the two sentences still back each other
    spelling = analysis.spellings[0]
    assert spelling.b in analysis.corroboration(spelling.a)[1]
    assert analysis.claim(spelling.a).disputed_by == ()
    assert analysis.claim(spelling.a).support == 2


def _alias_story(make_folder, first: str, second: str):
    return analyze(
        make_folder(
            {
                "a.txt": "Tessel Road opens in cinemas\n\nThe drama Tessel Road opened in "
                "cinemas across the country on Friday.\n\nThe film follows a boxer and his "
                f"friend {first} (Jonah Carrow) through one winter.\n\nCritics praised its "
                "score.",
                "b.txt": "Review: Tessel Road\n\nTessel Road, a drama about a boxer, reached "
                f"cinemas on Friday.\n\nIt follows the boxer and his friend {second} (Jonah "
                "Carrow) through one winter.\n\nThe film runs two hours.",
            }
        )
    )


def test_two_different_names_of_one_person_stay_a_disagreement(make_folder) -> None:
    analysis = _alias_story(make_folder, "Fred Wheeler", "Fred Beeler")
    assert [(d.kind, d.detail) for d in analysis.disagreements] == [
        ("name", "Fred Wheeler / Fred Beeler")
    ]
    assert analysis.spellings == ()


def test_a_name_before_one_bracketed_name_spelt_one_letter_apart_is_a_spelling(
    make_folder,
) -> None:
    analysis = _alias_story(make_folder, "Fred Wheeler", "Fred Wheelar")
    assert analysis.disagreements == ()
    assert [(d.kind, d.detail) for d in analysis.spellings] == [
        ("spelling", "Fred Wheeler / Fred Wheelar")
    ]


def test_markdown_and_json_list_spellings_apart_and_count_the_same(make_folder) -> None:
    summary = summarize(analyze(make_folder(FERRY)))
    analysis = summary.analysis
    text = to_markdown(summary)
    assert text.index("## Where outlets disagree") < text.index("## Names spelled differently")
    disputes = text[text.index("## Where outlets disagree") : text.index("## Names spelled")]
    spelled = text[text.index("## Names spelled differently") :].split("\n## ")[0]
    outlets = {a.file: a.outlet for a in analysis.articles}
    gazette = f"Ilse Morvanes ({outlets['gazette.txt']})"
    courier = f"Ilse Morvenas ({outlets['courier.txt']})"
    assert f"1. {gazette} / {courier}" in spelled or f"1. {courier} / {gazette}" in spelled
    assert "Morvanes" not in disputes
    report = json.loads(json.dumps(to_json(summary)))
    assert [item["kind"] for item in report["disagreements"]] == ["number"]
    assert [(item["kind"], item["spelling"]) for item in report["spellings"]] == [("spelling", 1)]
    assert set(report["spellings"][0]["detail"].split(" / ")) == {"Ilse Morvanes", "Ilse Morvenas"}
    # as many conflicts and spellings in each: numbered alike in Markdown, JSON and the app
    numbered = re.findall(r"^\d+\. \*\*", disputes, re.M)
    assert len(numbered) == len({item["conflict"] for item in report["disagreements"]})
    assert len(numbered) == len(conflicts_of(analysis)) == 1
    listed = re.findall(r"^\d+\. ", spelled, re.M)
    assert len(listed) == len({i["spelling"] for i in report["spellings"]}) == 1
    assert len(spellings_of(analysis)) == 1


def test_a_story_with_spellings_only_has_no_disagreement_section(make_folder) -> None:
    files = {name: text.replace(" 12 people", " 14 people") for name, text in FERRY.items()}
    summary = summarize(analyze(make_folder(files)))
    text = to_markdown(summary)
    assert "## Where outlets disagree" not in text
    assert "## Names spelled differently" in text
    report = to_json(summary)
    assert report["disagreements"] == [] and len(report["spellings"]) == 1


def test_outlets_the_reader_merges_into_one_no_longer_spell_a_name_two_ways(
    make_folder,
) -> None:
    analysis = analyze(make_folder(FERRY))
    assert analysis.spellings
    merged = apply_corrections(analysis, merge_files(Corrections(), FERRY))
    assert merged.spellings == () and merged.disagreements == ()


def test_a_surname_alone_misspelt_against_two_full_names_is_one_spelling_entry(
    make_folder,
) -> None:
    analysis = analyze(
        make_folder(
            {
                "a.txt": "Junta keeps power in Norra\n\nRegional leaders want the junta to "
                "step down, but Kavango, its leader, said Tuesday that he would stay.\n\n"
                "Talks resume Monday.",
                "b.txt": "Norra junta defiant\n\nJunta head Capt. Tomas Kavengo said the army "
                "would not leave power.\n\nThe border stays closed.",
                "c.txt": "Norra's rulers stay put\n\nThe junta led by Tomas Halle Kavengo "
                "refused to hand over power on Tuesday.\n\nTrade has stopped.",
            }
        )
    )
    assert len(analysis.spellings) == 2  # "Kavango" against each outlet's full name
    (entry,) = spellings_of(analysis)
    # each full name whole, the middle name too: "Tomas Halle Kavengo", never "Halle Kavengo"
    assert {side.value for side in entry.sides} == {
        "Kavango",
        "Tomas Kavengo",
        "Tomas Halle Kavengo",
    }
    assert analysis.disagreements == ()


def test_a_full_name_read_after_two_outlets_write_the_surname_alone_is_set_against_each(
    make_folder,
) -> None:
    # the full name comes last in reading order: each earlier outlet's surname is its own
    # spelling note, the second as well as the first
    analysis = analyze(
        make_folder(
            {
                "a.txt": "Junta keeps power in Norra\n\nRegional leaders want the junta to "
                "step down, but Kavango, its leader, said Tuesday that he would stay.\n\n"
                "Talks resume Monday.",
                "b.txt": "Norra rulers defy neighbours\n\nThe neighbours closed the border "
                "after Kavango refused on Tuesday to name a date for elections.\n\n"
                "Markets in the capital were shut.",
                "c.txt": "Norra junta defiant\n\nJunta head Capt. Tomas Kavengo said the army "
                "would not leave power.\n\nThe border stays closed.",
            }
        )
    )
    files = [
        (analysis.article_of(d.a).file, analysis.article_of(d.b).file) for d in analysis.spellings
    ]
    assert files == [("a.txt", "c.txt"), ("b.txt", "c.txt")]
    assert {(d.a_value, d.b_value) for d in analysis.spellings} == {("Kavango", "Tomas Kavengo")}


def _role_story(make_folder, first: str, second: str):
    return analyze(
        make_folder(
            {
                "a.txt": "Dam holds after storm in Varnby\n\nThe Varnby dam held through "
                "Sunday's storm, officials said.\n\nPolice spokesman "
                f"{first} said the valley road would reopen on Tuesday morning.\n\nCrews "
                "cleared fallen trees.",
                "b.txt": "Varnby storm passes\n\nOfficials said the Varnby dam held through "
                f"the storm on Sunday.\n\nPolice spokesman {second} said the valley road "
                "would reopen on Tuesday morning.\n\nPower returned to most homes.",
            }
        )
    )


@pytest.mark.parametrize(("first", "second"), [("Price", "Prime"), ("Smith", "Smyth")])
def test_two_short_surnames_in_one_role_stay_a_disagreement_not_a_spelling(
    make_folder, first: str, second: str
) -> None:
    analysis = _role_story(make_folder, first, second)
    assert [(d.kind, d.detail) for d in analysis.disagreements] == [("name", f"{first} / {second}")]
    assert analysis.spellings == ()
    spokesman = [s.id for s in analysis.sentences if "spokesman" in s.text]
    assert spokesman[1] not in analysis.corroboration(spokesman[0])[1]


def test_a_surname_alone_long_enough_in_one_role_is_a_spelling(make_folder) -> None:
    analysis = _role_story(make_folder, "Marten", "Martin")
    assert analysis.disagreements == ()
    assert [(d.kind, d.detail) for d in analysis.spellings] == [("spelling", "Marten / Martin")]


def test_a_role_and_a_rank_one_letter_apart_before_one_name_stay_a_disagreement(
    make_folder,
) -> None:
    analysis = _alias_story(make_folder, "Mayor Dana Whitlock", "Major Dana Whitlock")
    assert analysis.spellings == ()
    assert [d.kind for d in analysis.disagreements] == ["name"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("José Ramirez", "Jose Ramirez"),  # an accent written and left out
        ("Sean O'Neill", "Sean O’Neill"),  # an apostrophe straight and curly
    ],
)
def test_one_name_written_with_and_without_an_accent_or_curly_apostrophe_is_one_name(
    make_folder, first: str, second: str
) -> None:
    for analysis in (
        _alias_story(make_folder, first, second),
        _role_story(make_folder, first.split()[-1], second.split()[-1]),
    ):
        assert analysis.disagreements == ()
        assert analysis.spellings == ()


def test_two_names_a_third_outlet_writes_side_by_side_are_two_people_not_one_spelling(
    make_folder,
) -> None:
    analysis = analyze(
        make_folder(
            {
                "a.txt": "Dam holds after storm in Varnby\n\nThe Varnby dam held through "
                "Sunday's storm, officials said.\n\nJon Marten, a farmer, said the valley "
                "road would reopen on Tuesday morning.\n\nCrews cleared fallen trees.",
                "b.txt": "Varnby storm passes\n\nOfficials said the Varnby dam held through "
                "the storm on Sunday.\n\nJon Martin, a farmer, said the valley road would "
                "reopen on Tuesday morning.\n\nPower returned to most homes.",
                "c.txt": "Storm spares Varnby dam\n\nThe dam at Varnby survived Sunday's "
                "storm.\n\nFarmers Jon Marten and Jon Martin, neighbours in the valley, lost "
                "part of their barley.\n\nSchools open on Monday.",
            }
        )
    )
    # the third outlet tells of two farmers: no name to check the spelling of
    assert analysis.spellings == ()
    assert not [d for d in analysis.disagreements if d.kind == "name"]


def _told_two_ways(make_folder, first: str, second: str, told: str):
    return analyze(
        make_folder(
            {
                "a.txt": "Dam holds after storm in Varnby\n\nThe Varnby dam held through "
                f"Sunday's storm, officials said.\n\nPolice spokesman {first} said the valley "
                "road would reopen on Tuesday morning.\n\nCrews cleared fallen trees.",
                "b.txt": "Varnby storm passes\n\nOfficials said the Varnby dam held through "
                f"the storm on Sunday.\n\nPolice spokesman {second} said the valley road "
                f"{told}.\n\nPower returned to most homes.",
            }
        )
    )


@pytest.mark.parametrize(
    ("told", "kind"),
    [
        ("would reopen on Tuesday evening", "date"),  # two parts of one day
        ("would not reopen on Tuesday morning", "negation"),  # one denies the other
    ],
)
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marten", "Martin"),  # spelt two ways in one role, found by the pair's judge
        ("Marten", "Marten"),
        ("Hollister", "Holister"),  # the name one letter shorter: the places still right
        ("Ilse Morvanes", "Ilse Morvenas"),  # found over the story (a full name)
    ],
)
def test_a_name_spelled_two_ways_hides_no_other_disagreement_of_its_two_sentences(
    make_folder, first: str, second: str, told: str, kind: str
) -> None:
    analysis = _told_two_ways(make_folder, first, second, told)
    assert [d.kind for d in analysis.disagreements] == [kind]
    for d in analysis.disagreements:  # each side's words stand where the sentence has them
        for sid, spans in ((d.a, d.a_spans), (d.b, d.b_spans)):
            text = analysis.sentences[sid].text
            assert all(text[s:e].strip() for s, e in spans)
            assert all(text[s:e] in (d.a_value + d.b_value) for s, e in spans)
    spokesman = [s.id for s in analysis.sentences if "spokesman" in s.text]
    assert spokesman[1] not in analysis.corroboration(spokesman[0])[1]


def _named_then_counted(make_folder, first: str, second: str, counts: tuple[str, str]):
    """Two outlets: each names the climber's friend in full, then, in a later sentence,
    gives his own account of the climb by his surname alone, with its count of floors."""
    return analyze(
        make_folder(
            {
                "a.txt": "Climber falls at Tessel hotel\n\nA climber fell from the roof of "
                "the Tessel hotel in Orrin on Wednesday night, police said.\n\nHis friend, "
                f"Dimitri {first}, was with him on the roof.\n\n{first} told police the pair "
                f"had climbed {counts[0]} flights of stairs to reach the roof.",
                "b.txt": "Orrin hotel roof fall\n\nA young man fell from the roof of the "
                "Tessel hotel in Orrin late Wednesday, police sources said.\n\nPolice "
                f"questioned his friend Dimitri {second} and released him.\n\n{second} told "
                f"police the pair had climbed {counts[1]} flights of stairs to reach the roof.",
            }
        )
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [("Olivares", "Oliveras"), ("Morvanes", "Morvenas"), ("Hollister", "Holister")],
)
def test_a_name_noted_as_spelt_two_ways_is_one_person_to_the_figures_of_other_sentences(
    make_folder, first: str, second: str
) -> None:
    analysis = _named_then_counted(make_folder, first, second, ("14", "19"))
    assert [d.kind for d in analysis.spellings] == ["spelling"]
    assert [(d.kind, d.detail) for d in analysis.disagreements] == [("number", "14 / 19")]
    (found,) = analysis.disagreements
    for sid, spans in ((found.a, found.a_spans), (found.b, found.b_spans)):
        text = analysis.sentences[sid].text
        assert [text[s:e] for s, e in spans] == [found.a_value if sid == found.a else found.b_value]
    # the two counts back nothing of each other
    assert found.b not in analysis.corroboration(found.a)[1]


def test_a_name_noted_as_spelt_two_ways_with_one_count_each_side_is_no_disagreement(
    make_folder,
) -> None:
    analysis = _named_then_counted(make_folder, "Olivares", "Oliveras", ("14", "14"))
    assert [d.kind for d in analysis.spellings] == ["spelling"]
    assert analysis.disagreements == ()


def test_two_different_surnames_are_not_read_as_one_person_for_their_figures(
    make_folder,
) -> None:
    # "Olivares" and "Navarro" are no spelling of one name: the two accounts are two men's
    analysis = _named_then_counted(make_folder, "Olivares", "Navarro", ("14", "19"))
    assert analysis.spellings == ()
    assert analysis.disagreements == ()


def test_a_source_writing_both_spellings_of_a_noted_name_names_two_people_by_them(
    make_folder,
) -> None:
    # one outlet names the climber's friend Olivares and the hotel's owner Oliveras; a
    # second misspells the friend's name, so the spelling is noted; a third quotes the
    # friend: the owner's figures are hers, never set against the friend's
    analysis = analyze(
        make_folder(
            {
                "a.txt": "Climber falls at Tessel hotel\n\nA climber fell from the roof of "
                "the Tessel hotel in Orrin on Wednesday night, police said.\n\nHis friend, "
                "Dimitri Olivares, was with him on the roof.\n\nOlivares told police the pair "
                "had climbed 14 flights of stairs to reach the roof.\n\nThe hotel is owned by "
                "Rosa Oliveras, who bought it in 2009.\n\nOliveras said the hotel had 22 "
                "floors and 180 rooms.",
                "b.txt": "Orrin hotel roof fall\n\nA young man fell from the roof of the "
                "Tessel hotel in Orrin late Wednesday, police sources said.\n\nPolice "
                "questioned his friend, Dimitri Oliveras, and released him.\n\nOliveras told "
                "police the pair had climbed 14 flights of stairs to reach the roof.",
                "c.txt": "Man dies in fall from Orrin hotel\n\nA man died after falling from "
                "the roof of the Tessel hotel in Orrin on Wednesday, police said.\n\nHis "
                "friend, Dimitri Olivares, said the two had climbed to the roof for "
                "photographs.\n\nOlivares said the hotel had 20 floors and 150 rooms.",
            }
        )
    )
    assert [d.kind for d in analysis.spellings] == ["spelling"]
    assert analysis.disagreements == ()
