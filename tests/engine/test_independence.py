"""Independence: copies of one story, however renamed or retouched, count as one source."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.engine.matching import independence
from corroborate.engine.matching.align import align
from corroborate.engine.matching.independence import copied_share, group_sources
from corroborate.engine.models import Article
from corroborate.engine.text.segment import segment

WIRE = [
    "The Carrowgate Bridge in Fennick collapsed into the Tessel River on Monday evening, "
    "sending a bus and three cars into the water.",
    "Fire Chief Tomas Brandt said two people were killed and 14 were injured.",
    "Divers pulled nine people from the river.",
    "The steel truss bridge was built in 1962 and carried about 21,000 vehicles a day.",
    "A county inspection in 2024 rated the bridge in poor condition.",
    "Mayor Renata Holloway promised to find out why the bridge came down.",
]
REWRITE = [
    "The Carrowgate Bridge in Fennick collapsed into the Tessel River on Monday night, "
    "sending a bus and three cars into the water.",
    "Fire Chief Tomas Brandt said two people were killed and 14 were injured.",
    "Divers pulled nine people from the Tessel River.",
    "The steel truss bridge was built in 1962 and carried roughly 21,000 vehicles a day.",
    "A county inspection in 2024 rated the bridge in poor condition.",
    "Mayor Renata Holloway promised to find out why the bridge came down.",
]
PARAPHRASE = [
    "A bus and three cars plunged into the Tessel River when the Carrowgate Bridge gave way "
    "in Fennick on Monday.",
    "Two people died and 14 were hurt, according to Brandt, the fire chief.",
    "Rescuers in boats and divers brought nine people out of the water.",
    "Holloway, the mayor, said the city would learn what caused the failure.",
    "The bridge opened in 1962.",
]
OTHER_PARAPHRASE = [
    "Two people are dead after the Carrowgate Bridge fell into the Tessel River in Fennick on "
    "Monday evening.",
    "Chief Tomas Brandt of the fire department said 14 others were injured.",
    "Nine people were rescued from the river by divers.",
    "County inspectors rated the bridge in poor condition in 2024, records show.",
]
BORROWER = [
    # Quotes two wire sentences word for word but is otherwise its own reporting.
    WIRE[1],
    WIRE[3],
    "Families gathered on the Northbank shore through the night, waiting for news.",
    "Ana Lyle said she had crossed the bridge twenty minutes before it fell.",
    "Fennick High School, which draws pupils from both banks, will be closed on Tuesday.",
    "Tessel Valley Railway said the line beneath the bridge would stay shut for a week.",
    "Volunteers from Corley brought blankets and hot drinks to the riverbank.",
]


def build(*stories: list[str], files: tuple[str, ...] = ()) -> list[Article]:
    return [
        Article(
            id=i,
            file=files[i] if files else f"article{i}.txt",
            title=f"Article {i}",
            outlet=f"Outlet {i}",
            outlet_from="file",
            paragraphs=tuple(story),
        )
        for i, story in enumerate(stories)
    ]


def grouping(articles: list[Article]) -> tuple[int, ...]:
    sentences = segment(tuple(articles))
    _, group_of, _ = group_sources(articles, sentences, align(sentences))
    return group_of


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        pytest.param((WIRE, WIRE), (0, 0), id="verbatim copies"),
        pytest.param((WIRE, REWRITE), (0, 0), id="light rewrite"),
        pytest.param((WIRE, WIRE[:4]), (0, 0), id="copy trimmed to its first paragraphs"),
        pytest.param((WIRE, PARAPHRASE, OTHER_PARAPHRASE), (0, 1, 2), id="independent reports"),
        pytest.param((WIRE, BORROWER), (0, 1), id="two sentences borrowed"),
        pytest.param(
            (PARAPHRASE, WIRE, OTHER_PARAPHRASE, REWRITE), (0, 1, 2, 1), id="copies among reports"
        ),
        pytest.param((WIRE, REWRITE, WIRE[:4]), (0, 0, 0), id="three copies, one group"),
    ],
)
def test_grouping_table(stories: tuple[list[str], ...], expected: tuple[int, ...]) -> None:
    assert grouping(build(*stories)) == expected


#: A company's statement, and a report that quotes it whole and then writes as much of its own.
STATEMENT = [
    "At Orrin Foods we want every worker to feel supported at home and at work.",
    "Today we are introducing paid leave of six months for every new parent.",
    "Parents can come back part-time or full-time, as they choose.",
    "We will keep paying them as normal during the whole of their leave.",
]
QUOTING_REPORT = [
    "Orrin Foods has announced a new leave policy for its staff.",
    "In a statement on its website, the company's head of staff, Mara Velk, said:",
    " ".join(STATEMENT),
    "The policy is among the most generous offered by any grocer in the region.",
    "Rival chain Dask Markets gives new parents eight weeks of paid leave.",
    "Unions in the sector have asked for longer leave for several years.",
    "Analysts said the move may help the company hire in a tight labour market.",
    "Orrin Foods employs about 4,000 people across 60 shops.",
]


def test_a_report_quoting_a_statement_whole_and_writing_as_much_again_is_its_own_source() -> None:
    assert grouping(build(STATEMENT, QUOTING_REPORT)) == (0, 1)


def test_a_copy_of_a_quoting_report_cut_to_its_first_lines_is_the_report_source() -> None:
    # cut after its first line past the quotation: fewer lines of its own than quoted ones
    cut = QUOTING_REPORT[:4]
    assert grouping(build(STATEMENT, QUOTING_REPORT, cut)) == (0, 1, 1)


def test_a_reprint_of_a_quoted_statement_alone_is_the_statement_source() -> None:
    reprint = ["Orrin Foods issued the following statement:", *STATEMENT]
    assert grouping(build(STATEMENT, QUOTING_REPORT, reprint)) == (0, 1, 0)
    assert grouping(build(STATEMENT, QUOTING_REPORT, STATEMENT)) == (0, 1, 0)


def test_a_copy_with_a_few_lines_added_and_no_quotation_introduced_stays_one_source() -> None:
    # the same copied block with lines of its own, but nothing introducing it as a quotation
    copy = [QUOTING_REPORT[0], " ".join(STATEMENT), *QUOTING_REPORT[3:5]]
    assert grouping(build(STATEMENT, copy)) == (0, 0)


#: Lines of a page's own, as many as the report it runs.
OWN_LINES = [
    "Crews from three towns joined the search in the afternoon.",
    "Schools in Fennick will stay shut on Tuesday.",
    "The county opened a help line for the families of the missing.",
    "Traffic is being sent over the Merrow Bridge upstream.",
    "Residents laid flowers at the east end of the fallen span.",
    "A vigil is planned for Wednesday night in the town square.",
]


@pytest.mark.parametrize(
    "heading", ["Here is what we know so far:", "The latest from the Orrin Wire:"]
)
def test_a_page_running_a_report_whole_under_a_heading_of_its_own_is_a_copy_of_it(
    heading: str,
) -> None:
    page = ["Our newsroom is following the collapse.", heading, *WIRE, *OWN_LINES]
    assert grouping(build(WIRE, page)) == (0, 0)


def test_a_report_quoting_a_statement_after_a_line_that_says_so_is_its_own_source() -> None:
    page = ["Our newsroom is following the collapse.", "The county said in a statement:", *WIRE]
    assert grouping(build(WIRE, [*page, *OWN_LINES])) == (0, 1)


def test_identical_text_under_two_names_is_one_source() -> None:
    articles = build(WIRE, PARAPHRASE, WIRE, files=("meridian.txt", "valley.txt", "copy.txt"))
    sentences = segment(tuple(articles))
    matches = align(sentences)
    groups, group_of, _ = group_sources(articles, sentences, matches)
    assert group_of == (0, 1, 0)
    assert [g.articles for g in groups] == [(0, 2), (1,)]
    assert copied_share(articles, sentences, matches)[(0, 2)] == 1.0


def test_group_original_prefers_a_named_outlet_then_the_fullest_text() -> None:
    articles = build(WIRE[:4], WIRE, WIRE[:5])
    sentences = segment(tuple(articles))
    matches = align(sentences)
    groups, _, _ = group_sources(articles, sentences, matches)
    assert len(groups) == 1
    assert groups[0].original == 1  # the fullest text
    named = [articles[0], articles[1], replace(articles[2], outlet_from="text")]
    groups, _, _ = group_sources(named, sentences, matches)
    assert groups[0].original == 2  # a dateline named its outlet


def test_every_article_has_exactly_one_group() -> None:
    articles = build(WIRE, PARAPHRASE, REWRITE, OTHER_PARAPHRASE, BORROWER)
    sentences = segment(tuple(articles))
    groups, group_of, _ = group_sources(articles, sentences, align(sentences))
    members = sorted(a for g in groups for a in g.articles)
    assert members == list(range(len(articles)))
    for group in groups:
        assert group.original in group.articles
        assert all(group_of[a] == group.id for a in group.articles)


def test_forty_identical_copies_and_three_other_articles_are_four_sources(tmp_path) -> None:
    from corroborate.engine import analyze
    from corroborate.resources import sample_story

    story = sample_story()
    original = (story / "01-bridge-collapses-into-tessel.txt").read_text(encoding="utf-8")
    for number in range(40):
        (tmp_path / f"copy{number:02}.txt").write_text(original, encoding="utf-8")
    for name in (
        "03-bus-cars-plunge-into-river.txt",
        "04-what-we-know-carrowgate-bridge.txt",
        "05-rail-line-stays-shut.txt",
    ):
        (tmp_path / name).write_text((story / name).read_text(encoding="utf-8"), encoding="utf-8")
    analysis = analyze(tmp_path)
    assert analysis.independent_sources == 4
    assert sorted(len(g.articles) for g in analysis.groups) == [1, 1, 1, 40]
    assert not analysis.problems  # no real outlet is left out as off-topic


def test_two_articles_naming_one_outlet_are_one_source(make_folder) -> None:
    from corroborate.engine import analyze

    folder = make_folder(
        {
            "a.txt": "LONDON (Reuters) - The council approved the new harbour wall on Tuesday after "
            "a long debate.\n\nWork will start in the spring, officials said.",
            "b.txt": "LONDON (Reuters) - Engineers said the harbour wall approved by the council "
            "would take two years to build.\n\nThe cost was not disclosed.",
            "c.txt": "The council approved the new harbour wall on Tuesday, the town's newspaper "
            "reported.\n\nCritics said the wall would spoil the view.",
        }
    )
    analysis = analyze(folder)
    assert analysis.independent_sources == 2


def test_two_articles_of_one_newswire_archive_agency_are_one_source(make_folder) -> None:
    from corroborate.engine import analyze

    folder = make_folder(
        {
            "NYT19981012.0242.txt": "The council approved the new harbour wall on Tuesday "
            "after a long debate.\n\nWork will start in the spring, officials said.",
            "NYT19981013.0019.txt": "Engineers said the harbour wall approved by the council "
            "would take two years to build.\n\nThe cost was not disclosed.",
            "APW19981012.0311.txt": "The council approved the new harbour wall on Tuesday, the "
            "town's newspaper reported.\n\nCritics said the wall would spoil the view.",
        }
    )
    analysis = analyze(folder)
    assert analysis.independent_sources == 2


def test_a_copy_saved_under_another_name_never_names_the_source_its_archive_id_names(
    make_folder,
) -> None:
    from corroborate.engine import analyze

    article = (
        "The council approved the new harbour wall on Tuesday after a long debate.\n\n"
        "Work will start in the spring, officials said."
    )
    folder = make_folder(
        {
            "NYT19981012.0242.txt": article,
            # sorts first, and says nothing of who wrote it but its file name
            "copy-NYT19981012.0242.txt": article,
            "APW19981012.0311.txt": "The council approved the new harbour wall on Tuesday, "
            "the town's newspaper reported.\n\nCritics said the wall would spoil the view.",
        }
    )
    analysis = analyze(folder)
    assert analysis.independent_sources == 2
    assert sorted(analysis.group_outlets) == ["Associated Press", "The New York Times"]


DATELINED_WIRE = [
    "HARLOW (AP) — The Carrowgate bridge fell into the Tessel river on Monday evening.",
    "Two people were killed and fourteen were injured, the fire chief said.",
    "Divers pulled nine people from the water before dark.",
    "The span had been inspected in March and passed, the state said.",
    "Mayor Dana Whitlow said the crossing would stay closed for months.",
]
OWN = [
    "Families gathered on the Northbank embankment late into Monday night.",
    "The Fennick Courier's reporters spoke to witnesses on both banks.",
    "A local baker said the bridge had swayed in high winds for years.",
    "School buses were sent over the Mill Lane bridge on Tuesday morning.",
    "Shops near the crossing stayed shut, their owners said.",
    "Residents asked the council to publish the inspection report.",
    "A vigil is planned for Thursday evening at St. Anne's church.",
]


@pytest.mark.parametrize(
    ("credit", "sources"),
    [
        ("Associated Press writers Sam Reyes and Lee Park contributed to this report.", 2),
        ("Information from The Associated Press was used in this report.", 2),
        ("This report includes material from the Associated Press.", 2),
        ("The Associated Press contributed.", 2),
        ("Reporters Sam Reyes and Lee Park contributed to this report.", 3),
        ("Information from court records was used in this report.", 3),
    ],
    ids=[
        "credits the wire: one source",
        "says the wire's information was used: one source",
        "says it includes the wire's material: one source",
        "says the wire contributed: one source",
        "credits its own staff: its own source",
        "credits records, not the wire: its own source",
    ],
)
def test_a_paper_story_built_on_the_wire_story_it_credits_is_one_source_with_it(
    make_folder, credit: str, sources: int
) -> None:
    from corroborate.engine import analyze

    paper = [
        *OWN[:4],
        DATELINED_WIRE[1],
        DATELINED_WIRE[2],
        *OWN[4:],
        "The Fennick Courier",
        credit,
    ]
    folder = make_folder(
        {
            "wire.txt": "\n\n".join(DATELINED_WIRE),
            "paper.txt": "\n\n".join(paper),
            "other.txt": "\n\n".join(
                [
                    "The Carrowgate crossing collapsed into the river at dusk on Monday.",
                    "Rescuers searched the water through the night, the county said.",
                    "The state will review every bridge of the same design.",
                ]
            ),
        }
    )
    analysis = analyze(folder)
    assert analysis.independent_sources == sources


def test_the_minhash_constants_are_the_ones_numpys_generator_draws_from_the_documented_seed():
    rng = np.random.default_rng(20261128)
    prime = (1 << 61) - 1
    size = independence.BANDS * independence.ROWS
    assert list(independence._MULT) == rng.integers(1, prime, size=size, dtype=np.uint64).tolist()
    assert list(independence._ADD) == rng.integers(0, prime, size=size, dtype=np.uint64).tolist()
    mix = rng.integers(1, prime, size=independence.SHINGLE, dtype=np.uint64) | np.uint64(1)
    assert list(independence._MIX) == mix.tolist()


@settings(deadline=None)  # numpy's first call can take longer than Hypothesis's 200 ms
@given(st.lists(st.integers(min_value=0, max_value=2**64 - 1), max_size=60))
def test_distinct_hashes_are_numpys_unique_values(values):
    array = np.array(values, dtype=np.uint64)
    assert independence._distinct(array).tolist() == np.unique(array).tolist()


_WIRE_STORY = [
    "The Carrowgate Bridge in Fennick collapsed into the Tessel River on Monday evening.",
    "Two people were killed and fourteen were injured, Fire Chief Tomas Brandt said.",
    "Divers pulled nine people from the cold water before dark.",
    "A bus and three cars fell with the central span of the bridge.",
    "The steel truss bridge was built in 1962 and carried thousands of vehicles every day.",
    "Engineers had inspected the span in March and found no serious faults.",
    "Mayor Renata Holloway said the crossing would stay closed for several months.",
    "Rail services under the bridge were suspended until further notice.",
    "Schools near the river stayed shut on Tuesday while police searched the banks.",
    "The state transport office promised a full inquiry into the collapse.",
]
_REWORDED = [
    "On Monday evening the Carrowgate Bridge in Fennick collapsed into the Tessel River.",
    "Fire Chief Tomas Brandt said two people were killed and fourteen more were injured.",
    "Before dark, divers had pulled nine people out of the cold water.",
    "The central span of the bridge fell, taking a bus and three cars with it.",
    "Built in 1962, the steel truss bridge carried thousands of vehicles each day.",
    "The span had been inspected by engineers in March, who found no serious faults.",
    "The crossing will stay closed for several months, Mayor Renata Holloway said.",
    "Rail services running under the bridge have been suspended until further notice.",
    "Police searched the banks on Tuesday, and schools near the river stayed shut.",
    "A full inquiry into the collapse was promised by the state transport office.",
]
_OWN_REPORT = [
    "Harlow residents gathered by the Tessel River on Monday night after the Carrowgate Bridge fell.",
    "Two people died in the collapse, according to the fire service.",
    "Witnesses described a loud crack before the span dropped.",
    "The mayor has not said when a temporary crossing could open.",
]


def test_a_wire_story_reworded_sentence_by_sentence_is_one_source_with_it(make_folder) -> None:
    from corroborate.engine import analyze

    folder = make_folder(
        {
            "wire.txt": "\n\n".join(_WIRE_STORY),
            "reworded.txt": "\n\n".join(_REWORDED),
            "own.txt": "\n\n".join(_OWN_REPORT),
        }
    )
    analysis = analyze(folder)
    assert analysis.independent_sources == 2
    # the two halves of one story, written apart, stay two sources
    halves = make_folder(
        {"first.txt": "\n\n".join(_WIRE_STORY[:5]), "second.txt": "\n\n".join(_REWORDED[5:])}
    )
    assert analyze(halves).independent_sources == 2


def _with_outlet(article: Article, outlet: str) -> Article:
    return replace(article, outlet=outlet, outlet_from="text")


#: An aggregator's short rewrite of a paper's report (:data:`_WIRE_STORY`), saying where its
#: news comes from: four of its six sentences retell the paper's.
AGGREGATED = [
    _REWORDED[0].removesuffix(".") + ", {credit}.",
    _REWORDED[1],
    _REWORDED[3],
    _REWORDED[6],
    "Photographs of the broken span were shared thousands of times overnight.",
    "Readers in the city said they had crossed the bridge every day for years.",
]


@pytest.mark.parametrize(
    ("credit", "one_source"),
    [
        ("the Harlow Herald reported", True),
        ("according to the Harlow Herald", True),
        ("HarlowHerald.com reported", False),  # not the paper's name
        ("a witness told the Harlow Herald", False),  # the paper's interview, not its report
        ("the Corley Gazette reported", False),  # an outlet not in the folder
    ],
)
def test_a_short_rewrite_naming_the_paper_it_retells_is_one_source_with_it(
    credit: str, one_source: bool
) -> None:
    paper, rewrite, other = build(
        _WIRE_STORY, [AGGREGATED[0].format(credit=credit), *AGGREGATED[1:]], OTHER_PARAPHRASE
    )
    group_of = grouping([_with_outlet(paper, "The Harlow Herald"), rewrite, other])
    assert (group_of[0] == group_of[1]) is one_source
    assert group_of[2] not in (group_of[0], group_of[1])


#: A public body's own notice, telling its own acts under its name: "TRA and … have reached a
#: settlement", "TRA inspectors found …", "TRA enforces …".
_BODY_NOTICE = [
    "TRA and Kelby Marine Works have reached a settlement over oil discharged into the Tessel "
    "River during hull repairs at the Kelby slipway.",
    "Kelby Marine Works will pay a civil penalty of $64,000 and fit new drains at its slipway "
    "by the end of the year.",
    "The discharges came to the attention of TRA after residents reported an oily sheen on the "
    "water in March.",
    "TRA inspectors found oil in the drains of the slipway on three visits in April.",
    "TRA enforces the Estuary Waters Rule to protect the fish nurseries of the lower river.",
    "The yard will also train its staff in spill control before the summer.",
]
#: A paper's report of the settlement, built on the notice and saying where it comes from.
_REPORT_OF_NOTICE = [
    "Kelby Marine Works has agreed to pay a $64,000 penalty for oil it discharged into the "
    "Tessel River during hull repairs, according to TRA.",
    "The yard will fit new drains at its slipway by the end of the year, the settlement says.",
    "Residents reported an oily sheen on the water in March, and the discharges then came to "
    "the attention of TRA.",
    "Inspectors found oil in the slipway's drains on three visits in April.",
    "The owner of the yard did not answer calls on Friday.",
    "Anglers on the lower river said they had seen the sheen for weeks.",
]
#: The same report built on a paper's story, which names the paper only as newsrooms name
#: themselves ("told the Harlow Herald", "a Harlow Herald review").
_PAPER_STORY = [
    _BODY_NOTICE[0].replace("TRA and Kelby", "Kelby"),
    _BODY_NOTICE[1],
    "The owner of the yard told the Harlow Herald that the discharges came to light after "
    "residents reported an oily sheen on the water in March.",
    "A Harlow Herald review of inspection records found oil in the drains of the slipway on "
    "three visits in April.",
    _BODY_NOTICE[4].replace("TRA", "The river authority"),
    _BODY_NOTICE[5],
]


@pytest.mark.parametrize(
    ("original", "outlet", "one_source"),
    [
        (_BODY_NOTICE, "TRA", False),  # the body's own notice: the report gives its words
        (_PAPER_STORY, "Harlow Herald", True),  # a paper's story: the report retells it
    ],
)
def test_a_report_citing_a_bodys_own_notice_is_its_own_source_and_one_citing_a_paper_is_not(
    original: list[str], outlet: str, one_source: bool
) -> None:
    credit = "TRA" if outlet == "TRA" else "the Harlow Herald"
    report = [line.replace("according to TRA", f"according to {credit}") for line in
              _REPORT_OF_NOTICE]  # fmt: skip
    page, rewrite, other = build(original, report, OTHER_PARAPHRASE)
    group_of = grouping([_with_outlet(page, outlet), rewrite, other])
    assert (group_of[0] == group_of[1]) is one_source


def test_a_report_of_its_own_crediting_a_paper_for_one_detail_stays_its_own_source() -> None:
    paper, report = build(
        WIRE, [*BORROWER, "The bridge was built in 1962, the Harlow Herald reported."]
    )
    assert len(set(grouping([_with_outlet(paper, "Harlow Herald"), report]))) == 2


@pytest.mark.parametrize(
    ("text", "outlet", "cites"),
    [
        ("Two died, WSVN.com reported.", "WSVN", True),
        ("BuzzFeed News reports that the cloth was tested.", "BuzzFeed News", True),
        ("The cloth was tested, reports BuzzFeed News.", "BuzzFeed News", True),
        ("The toll rose, according to The Associated Press.", "Associated Press", True),
        ("It was first reported by KXAN on Monday.", "KXAN", True),
        ("The chief told The Associated Press that two died.", "Associated Press", False),
        ("As the sun reported its warmth, the crowd left.", "Sun", False),
        ("Two died, the council reported.", "Harlow Herald", False),
    ],
)
def test_an_outlet_named_as_the_source_of_the_news(text: str, outlet: str, cites: bool) -> None:
    assert independence._cites(text, outlet) is cites


@pytest.mark.parametrize(
    ("text", "outlet", "cites"),
    [
        ("Smoke rose. People reported seeing flames, and people fled.", "People", False),
        ("Two died. Fortune reported their lodge insured, by good fortune.", "Fortune", False),
        ("Smoke rose, People reported. Many people fled.", "People", True),
        ("Reuters reported the blast. People fled.", "Reuters", True),
        ("The Sun reported the blast. The sun rose.", "The Sun", True),
    ],
)
def test_an_outlet_named_by_a_common_word_is_not_cited_by_a_sentence_opening_with_the_word(
    text: str, outlet: str, cites: bool
) -> None:
    assert independence._cites(text, outlet) is cites
