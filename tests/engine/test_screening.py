"""Screening: language of an article, and articles about another event, on invented text."""

from __future__ import annotations

import re
import statistics
from collections import Counter

import pytest

from corroborate.engine.text.screening import (
    UNKNOWN,
    detect_language,
    names_shared,
    screen,
    similarity_to_rest,
    stop_words,
    story_names,
    story_word_shares,
    tells_of_the_event,
)

SAMPLES = {
    "english": "The city council said on Tuesday that the old bridge over the river would reopen "
    "next week after repairs that lasted more than six weeks and cost about four million.",
    "french": "Le conseil municipal a annoncé mardi que le vieux pont sur la rivière rouvrira la "
    "semaine prochaine après des travaux de réparation qui ont duré plus de six semaines.",
    "german": "Der Stadtrat teilte am Dienstag mit, dass die alte Brücke über den Fluss nach "
    "Reparaturen, die mehr als sechs Wochen dauerten, in der nächsten Woche wieder öffnet.",
    "spanish": "El ayuntamiento dijo el martes que el viejo puente sobre el río volverá a abrir la "
    "próxima semana después de unas reparaciones que duraron más de seis semanas.",
    "italian": "Il consiglio comunale ha detto martedì che il vecchio ponte sul fiume riaprirà la "
    "prossima settimana dopo i lavori di riparazione che sono durati più di sei settimane.",
    "portuguese": "A câmara municipal disse na terça-feira que a velha ponte sobre o rio vai "
    "reabrir na próxima semana depois de obras que duraram mais de seis semanas e não acabaram.",
    "swedish": "Kommunfullmäktige sade på tisdagen att den gamla bron över floden kommer att "
    "öppnas igen nästa vecka efter reparationer som har pågått i mer än sex veckor.",
    "polish": "Rada miasta poinformowała we wtorek, że stary most na rzece zostanie ponownie "
    "otwarty w przyszłym tygodniu po naprawach, które trwały ponad sześć tygodni.",
    "russian": "Городской совет заявил во вторник, что старый мост через реку снова откроется на "
    "следующей неделе после ремонта, который длился более шести недель и стоил миллионы.",
    "ukrainian": "Міська рада заявила у вівторок, що старий міст через річку знову відкриють "
    "наступного тижня після ремонту, який тривав понад шість тижнів і коштував мільйони.",
    "greek": "Το δημοτικό συμβούλιο ανακοίνωσε την Τρίτη ότι η παλιά γέφυρα πάνω από το ποτάμι "
    "θα ανοίξει ξανά την επόμενη εβδομάδα μετά από επισκευές που διήρκεσαν έξι εβδομάδες.",
    "chinese": "市议会周二表示，河上的旧桥将在下周重新开放，此前的维修工程持续了六个多星期，"
    "耗资约四百万美元。官员说桥梁现在是安全的。",
    "japanese": "市議会は火曜日、川にかかる古い橋が六週間以上の修理を経て来週再開すると発表しました。"
    "修理には約四百万ドルがかかったということです。",
}


@pytest.mark.parametrize(("language", "text"), SAMPLES.items(), ids=SAMPLES.keys())
def test_language_of_invented_news_text(language: str, text: str) -> None:
    assert detect_language(text) == language
    assert detect_language(text * 50) == language  # long articles too


@pytest.mark.parametrize("text", ["", "The bridge reopened on Tuesday.", "12 34 56 -- !!", "東京"])
def test_too_short_to_tell(text: str) -> None:
    assert detect_language(text) is None


def test_latin_text_matching_no_list_is_unknown_not_english() -> None:
    dutch = (
        "De gemeenteraad zei dinsdag dat de oude brug over de rivier volgende week weer opengaat "
        "na reparaties die meer dan zes weken duurden en ongeveer vier miljoen kostten."
    )
    assert detect_language(dutch) not in ("english", None)
    assert detect_language("Xqzv brlm tkkp " * 10) == UNKNOWN


def test_english_with_names_numbers_and_a_foreign_quote_stays_english() -> None:
    text = (
        "Mayor Jean-Luc Moreau told reporters in Lyon that the bridge was \u00abun succ\u00e8s\u00bb. "
        "The 2.4 km span carried 41,000 vehicles a day before the storm, officials said, "
        "and it will be inspected again by engineers from Arup and Mott MacDonald in April."
    )
    assert detect_language(text) == "english"


STOP = stop_words("english")


def stems(text: str) -> Counter[str]:
    """A crude stand-in for the pipeline's content-word stems."""
    words = re.findall(r"[a-z]+", text.lower())
    return Counter(w.rstrip("s") for w in words if w not in STOP and len(w) > 2)


BRIDGE = [
    "The Old Harbour Bridge reopened to traffic on Tuesday after six weeks of storm repairs, "
    "the city council said. Engineers replaced two support cables and resurfaced the deck.",
    "Traffic is flowing again over the Old Harbour Bridge, which reopened Tuesday. The council "
    "said engineers fixed storm damage to the cables and deck for about 4.2 million dollars.",
    "City officials reopened the harbour bridge on Tuesday morning. A January storm had damaged "
    "cables on the bridge, forcing a six-week closure. Residents were thanked for their patience.",
    "Drivers crossed the Old Harbour Bridge for the first time in six weeks on Tuesday. The "
    "storm-damaged bridge needed new cables, according to the council.",
    "Harbour bridge open again: the council confirmed Tuesday that storm repairs are finished.",
]
FOOTBALL = (
    "The national football team beat their rivals three goals to one in the cup final on "
    "Saturday evening. The striker scored twice and the coach praised the defence."
)
SCHOOLS = (
    "The city council approved a budget for schools on Monday, officials said. The mayor said "
    "the money would pay for new teachers, and opposition councillors said it came too late."
)


def test_every_article_on_one_story_is_kept() -> None:
    assert screen([stems(t) for t in BRIDGE]).off_topic == set()
    assert screen([set(stems(t)) for t in BRIDGE]).off_topic == set()


@pytest.mark.parametrize("stranger", [FOOTBALL, SCHOOLS])
@pytest.mark.parametrize("where", [0, 3, 5])
def test_an_article_about_another_event_is_flagged(stranger: str, where: int) -> None:
    docs = [stems(t) for t in BRIDGE]
    docs.insert(where, stems(stranger))
    assert screen(docs).off_topic == {where}


def test_small_or_split_folders_flag_nothing() -> None:
    assert screen([stems(BRIDGE[0]), stems(FOOTBALL)]).off_topic == set()  # fewer than three
    assert (
        screen([stems(BRIDGE[0]), stems(FOOTBALL), stems(SCHOOLS)]).off_topic == set()
    )  # no story
    two_stories = [
        stems(t) for t in (*BRIDGE[:2], FOOTBALL, FOOTBALL.replace("Saturday", "Sunday"))
    ]
    assert screen(two_stories).off_topic == set()  # half and half: neither is "the rest"


def test_empty_articles_are_never_flagged() -> None:
    docs = [stems(t) for t in BRIDGE[:3]] + [Counter(), set()]
    assert screen(docs).off_topic == set()
    scores = similarity_to_rest(docs)
    assert scores[3] is None and scores[4] is None
    assert all(0.15 < s < 1 for s in scores[:3] if s is not None)


def test_a_clear_margin_between_on_and_off_topic() -> None:
    scores = similarity_to_rest([stems(t) for t in (*BRIDGE, FOOTBALL)])
    on_topic, stranger = scores[:-1], scores[-1]
    assert stranger is not None and stranger < 0.05
    assert min(s for s in on_topic if s is not None) > 0.2  # the default floor is 0.12


#: A weather page: the region's forecast, then one paragraph on the bridge story.
ROUNDUP = (
    "Showers will spread across the northern hills on Thursday as low pressure moves in from "
    "the sea, with sleet on the high moors and heavy rain in the valleys by the evening. "
    "Farther south, sunshine and light winds will keep the farmland mild and dry, and fog "
    "will linger along the eastern coast until noon. Gusty winds will batter the islands, and "
    "frost is likely inland overnight. Focus: in Kettleford, the Old Harbour Bridge over the "
    "Marlow reopened after the January storm."
)
#: The names each bridge report mentions (as the pipeline's name reader folds them).
BRIDGE_NAMES = [
    {"harbour", "kettleford", "marlow"},
    {"harbour", "kettleford"},
    {"kettleford", "marlow", "january"},
    {"harbour", "marlow"},
    {"harbour", "kettleford", "marlow"},
]


def test_a_weather_page_with_a_paragraph_on_the_story_is_kept_for_naming_its_places() -> None:
    docs = [stems(t) for t in (*BRIDGE, ROUNDUP)]
    assert screen(docs).off_topic == {5}  # by its words alone it is about something else
    names = [*BRIDGE_NAMES, {"kettleford", "harbour", "marlow", "january", "thursday"}]
    outlets = ["herald", "courier", None, None, "courier", "weather desk"]
    assert screen(docs, names=names, outlets=outlets).off_topic == set()
    # An article whose outlet is unknown is its own source: kept as well.
    assert screen(docs, names=names, outlets=[*outlets[:5], None]).off_topic == set()


def test_a_stray_page_of_an_outlet_whose_report_is_kept_stays_out() -> None:
    # The courier's report is kept already: its weather page would add no outlet.
    docs = [stems(t) for t in (*BRIDGE, ROUNDUP)]
    names = [*BRIDGE_NAMES, {"kettleford", "harbour", "marlow", "january", "thursday"}]
    outlets = ["herald", "courier", None, None, None, "courier"]
    assert screen(docs, names=names, outlets=outlets).off_topic == {5}


def test_an_article_on_another_event_naming_two_of_the_storys_places_is_flagged() -> None:
    docs = [stems(t) for t in (*BRIDGE, FOOTBALL)]
    names = [*BRIDGE_NAMES, {"kettleford", "marlow", "rovers"}]  # a match at Kettleford
    assert screen(docs, names=names, outlets=[None] * 6).off_topic == {5}


def test_names_shared_counts_a_name_only_when_two_other_articles_mention_it() -> None:
    names = [{"harbour", "kettleford", "rovers"}, {"harbour"}, {"harbour", "kettleford"}, set()]
    assert names_shared(names, 0) == {"harbour"}
    assert names_shared(names, 0, by=1) == {"harbour", "kettleford"}
    assert names_shared(names, 3) == set()


#: A guide to the bridge's city naming its harbour and river, and nothing of the repairs.
GUIDE = [
    "Kettleford is a lively port known for its fish market, its museums and its stone quays.",
    "Stroll along the Marlow at sunset, when the cafes by the Harbour fill with music.",
    "Hotels near the cathedral offer family rooms from eighty euros a night, breakfast included.",
]


def test_a_city_guide_naming_the_storys_places_with_no_paragraph_on_it_is_flagged() -> None:
    docs = [stems(t) for t in (*BRIDGE, " ".join(GUIDE))]
    names = [*BRIDGE_NAMES, {"kettleford", "harbour", "marlow"}]
    passages = [[stems(t)] for t in BRIDGE] + [[stems(t) for t in GUIDE]]
    assert screen(docs, names=names, outlets=[None] * 6).off_topic == set()  # by its names alone
    assert screen(docs, names=names, outlets=[None] * 6, passages=passages).off_topic == {5}


def test_a_weather_page_is_kept_for_its_paragraph_on_the_story_and_only_that() -> None:
    forecast, focus = ROUNDUP.split(" Focus: ")
    docs = [stems(t) for t in (*BRIDGE, ROUNDUP)]
    names = [*BRIDGE_NAMES, {"kettleford", "harbour", "marlow"}]
    passages = [[stems(t)] for t in BRIDGE] + [[stems(forecast), stems(focus)]]
    assert screen(docs, names=names, outlets=[None] * 6, passages=passages) == (
        set(),
        {5: [1]},
        {},
        {},
        {},
    )


#: A general page on the story's subject: how bridges move, no names, few of its words.
PRIMER = (
    "Every bridge moves. A bridge deck grows in summer heat, a bridge sways in the wind, and "
    "an old bridge sags under its weight, so inspectors measure each bridge deck."
)
#: A brief on the story that names none of its places either.
BRIEF = (
    "A storm-damaged bridge reopened to traffic on Tuesday after six weeks, once engineers "
    "had replaced its cables."
)


def test_a_general_page_on_the_storys_subject_naming_none_of_its_names_is_flagged() -> None:
    docs = [stems(t) for t in (*BRIDGE, PRIMER)]
    scores = similarity_to_rest(docs)
    assert scores[5] is not None and scores[5] > 0.12  # above the floor: words alone keep it
    assert screen(docs).off_topic == set()
    shares = story_word_shares(docs)  # "bridge" and "deck" of the story's words, no more
    assert shares[5] < 0.2 * statistics.median(shares[:5])
    found = screen(docs, names=[*BRIDGE_NAMES, set()], outlets=[None] * 6)
    assert found.off_topic == {5}
    assert found.unnamed == {5: ("harbour", "kettleford", "marlow")}  # the reason's names


def test_a_page_naming_one_of_the_storys_names_is_left_to_its_words() -> None:
    docs = [stems(t) for t in (*BRIDGE, PRIMER)]
    names = [*BRIDGE_NAMES, {"kettleford"}]
    assert screen(docs, names=names, outlets=[None] * 6).off_topic == set()


def test_a_brief_on_the_story_naming_none_of_its_names_is_kept_for_its_words() -> None:
    docs = [stems(t) for t in (*BRIDGE, BRIEF)]
    assert screen(docs, names=[*BRIDGE_NAMES, set()], outlets=[None] * 6).off_topic == set()


def test_a_story_told_without_names_gives_a_page_no_names_to_miss() -> None:
    docs = [stems(t) for t in (*BRIDGE, PRIMER)]
    nameless = [{"kettleford"}, set(), {"kettleford"}, set(), set(), set()]  # one shared name
    assert screen(docs, names=nameless, outlets=[None] * 6).off_topic == set()


def test_the_storys_names_are_those_half_the_other_articles_name_most_named_first() -> None:
    names = [
        {"tessel", "brandt", "fennick"},
        {"fennick", "brandt"},
        {"fennick", "adair"},
        {"fennick", "tessel", "adair"},
        {"corley"},
    ]
    # four other articles: a name two of them mention is the story's; ties alphabetical
    assert story_names(names, 4) == ["fennick", "adair", "brandt", "tessel"]
    assert story_names(names, 0) == ["fennick", "adair"]
    assert story_names(names[:3], 2) == ["brandt", "fennick"]  # two others: both must


def test_a_report_naming_none_of_the_names_of_a_folder_of_one_wire_storys_copies_is_kept() -> None:
    # Near copies of one wire story are far more alike than two outlets' reports: the
    # typical score is no measure of a report in other words, which keeps its own.
    wire = BRIDGE[0]
    copies = [wire, f"{wire} Repairs cost 4.2 million dollars.", f"{wire} Residents cheered."]
    docs = [stems(t) for t in (*copies, wire.replace("Tuesday", "Tuesday morning"), BRIDGE[3])]
    scores = [s for s in similarity_to_rest(docs) if s is not None]
    assert scores[4] < 0.5 * sorted(scores)[2]  # far below the copies' typical score
    names = [{"harbour", "kettleford", "marlow"}] * 4 + [set()]
    assert screen(docs, names=names, outlets=[None] * 5).off_topic == set()


def test_a_page_naming_the_story_only_at_the_start_of_a_sentence_names_it() -> None:
    docs = [stems(t) for t in (*BRIDGE, PRIMER)]
    names = [*BRIDGE_NAMES, set()]
    assert screen(docs, names=names, outlets=[None] * 6).off_topic == {5}
    mentioned = [*BRIDGE_NAMES, {"kettleford"}]  # "Kettleford inspects its bridges …"
    assert screen(docs, names=names, mentioned=mentioned, outlets=[None] * 6).off_topic == set()


def test_a_brief_using_the_storys_words_is_no_page_on_its_subject() -> None:
    # of the words at least half of the other articles use, the share each article uses
    docs = [stems(t) for t in (*BRIDGE, BRIEF)]
    shares = story_word_shares(docs)
    assert shares[5] > 0.5 * statistics.median(shares[:5])
    assert story_word_shares([{"a", "b"}, {"a", "b"}, {"a", "c"}]) == [1.0, 1.0, 0.5]


#: A follow-up on the story in its own words, naming none of its names.
FOLLOW_UP = (
    "Welders who hung under the bridge deck were cheered by drivers on the bridge as they "
    "packed up on Friday."
)


def test_a_follow_up_naming_none_of_the_storys_names_is_kept_when_it_tells_a_day() -> None:
    docs = [stems(t) for t in (*BRIDGE, FOLLOW_UP)]
    names = [*BRIDGE_NAMES, set()]
    # far from the others, few of their words: alone, the page reads as a general one
    assert screen(docs, names=names, outlets=[None] * 6).off_topic == {5}
    told = [{"d:tuesday", "n:6@week"}] * 5
    dated = screen(docs, names=names, figures=[*told, {"d:friday"}], outlets=[None] * 6)
    assert dated.off_topic == set()  # "on Friday": something happened
    counted = screen(docs, names=names, figures=[*told, {"n:6@week"}], outlets=[None] * 6)
    assert counted.off_topic == set()  # the story's own count
    assert screen(docs, names=names, figures=[*told, set()], outlets=[None] * 6).off_topic == {5}


def test_a_general_page_telling_no_day_nor_the_storys_counts_is_still_flagged() -> None:
    docs = [stems(t) for t in (*BRIDGE, PRIMER)]
    figures = [{"d:tuesday", "n:6@week", "n:3"}] * 5 + [{"n:3"}]  # "one of three causes"
    found = screen(docs, names=[*BRIDGE_NAMES, set()], figures=figures, outlets=[None] * 6)
    assert found.off_topic == {5}


def test_a_figure_tells_of_the_event_when_half_the_other_articles_state_it() -> None:
    figures = [{"n:9@km", "n:2"}, {"n:9@km"}, {"n:2", "n:140"}, {"n:14", "n:140"}, set()]
    assert tells_of_the_event([*figures[:4], {"n:140"}], 4)  # two of the four others
    assert tells_of_the_event([*figures[:4], {"n:9@km"}], 4)  # with its unit
    assert not tells_of_the_event([*figures[:4], {"n:2"}], 4)  # a small count: any text's
    assert not tells_of_the_event([*figures[:4], {"n:14"}], 4)  # one other article's
    assert tells_of_the_event([*figures[:4], {"m:mar"}], 4)  # a month
    assert tells_of_the_event([*figures[:4], {"t:mar-9"}], 4)  # a date
    assert not tells_of_the_event([{"n:140"}, {"n:2"}, {"n:140"}], 2)  # two others: both must
