"""Sentences: Punkt splitting without downloads, quotations kept whole, standalone test, stems."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.engine.text import segment as segment_module
from corroborate.engine.text.segment import (
    content_stems,
    in_quotation,
    is_standalone,
    quote_in_common,
    quotes_of,
    read_words,
    split_paragraph,
    stopwords,
    words,
)


def normalise(text: str) -> str:
    return " ".join(text.split())


def balanced(text: str) -> bool:
    """Every curly quotation opened is closed, and straight quote marks come in pairs."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


# --- quotations ------------------------------------------------------------------------------

INNER = [
    "The span fell into the river",
    "Nobody could have stopped it",
    "We will rebuild the crossing",
    "Crews worked all night on the banks",
    "Families waited on the shore for news",
    "The railway will stay shut until Thursday",
    "Divers searched the wreck for hours",
]
SPEAKERS = ["the mayor said", "Brandt told reporters", "a witness said", "she added"]


@st.composite
def quote_unit(draw: st.DrawFn) -> str:
    """One sentence, or a quotation of one to four sentences with its attribution."""
    kind = draw(st.sampled_from(["plain", "quote-said", "said-quote", "bare", "straight"]))
    count = draw(st.integers(1, 4))
    body = [draw(st.sampled_from(INNER)) for _ in range(count)]
    speaker = draw(st.sampled_from(SPEAKERS))
    if kind == "plain":
        return f"{body[0]}."
    if kind == "quote-said":
        return "“" + ". ".join(body) + f",” {speaker}."
    if kind == "said-quote":
        return f"{speaker[0].upper()}{speaker[1:]}: “" + ". ".join(body) + ".”"
    if kind == "bare":
        return "“" + ". ".join(body) + ".”"
    return '"' + ". ".join(body) + f'," {speaker}.'


@settings(max_examples=60, deadline=None)
@given(st.lists(quote_unit(), min_size=1, max_size=5))
def test_quotations_are_never_split(units: list[str]) -> None:
    paragraph = " ".join(units)
    pieces = list(split_paragraph(paragraph))
    # Nothing lost or reordered.
    assert normalise(" ".join(pieces)) == normalise(paragraph)
    for piece in pieces:
        # No sentence starts inside an open quotation or leaves one dangling.
        assert balanced(piece), piece
    # Each piece is one or more whole units: sentences break only between units.
    unit_ends = set()
    offset = 0
    for unit in units:
        offset += len(unit) + 1
        unit_ends.add(offset)
    offset = 0
    for piece in pieces:
        offset += len(piece) + 1
        assert offset in unit_ends, (piece, units)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "“We will rebuild. We will not wait. And we will do it right,” the mayor said. "
            "Crews began work on Tuesday.",
            [
                "“We will rebuild. We will not wait. And we will do it right,” the mayor said.",
                "Crews began work on Tuesday.",
            ],
        ),
        (
            'He said: "The span fell. Nobody could stop it." Then he left the hall.',
            ['He said: "The span fell. Nobody could stop it."', "Then he left the hall."],
        ),
        (
            "Dr. Lena Ortiz met U.S. officials at 6 p.m. on Monday. She spoke on St. Anne "
            "Street later.",
            [
                "Dr. Lena Ortiz met U.S. officials at 6 p.m. on Monday.",
                "She spoke on St. Anne Street later.",
            ],
        ),
        (
            "Mr. Adair and Mrs. Lyle arrived at 10 a.m. on Tuesday. They left by noon.",
            ["Mr. Adair and Mrs. Lyle arrived at 10 a.m. on Tuesday.", "They left by noon."],
        ),
        (
            "The bridge carried 21,000 vehicles a day. It cost $3.5 million to build.",
            ["The bridge carried 21,000 vehicles a day.", "It cost $3.5 million to build."],
        ),
    ],
)
def test_split_paragraph_table(paragraph: str, expected: list[str]) -> None:
    assert list(split_paragraph(paragraph)) == expected


@pytest.mark.xfail(
    reason="Punkt splits after the abbreviation 'p.m.' only before a word it learned as a "
    "frequent sentence opener ('The', 'It'), so '… 6:40 p.m. Police closed …' stays one sentence",
    strict=True,
)
def test_sentence_ending_in_a_clock_time_is_split_from_the_next() -> None:
    assert list(split_paragraph("The span fell at 6:40 p.m. Police closed the road.")) == [
        "The span fell at 6:40 p.m.",
        "Police closed the road.",
    ]


def test_sentence_ending_in_a_clock_time_before_the_is_split() -> None:
    assert list(split_paragraph("The span fell at 6:40 p.m. The mayor arrived later.")) == [
        "The span fell at 6:40 p.m.",
        "The mayor arrived later.",
    ]


def test_unclosed_quotation_is_released_after_a_few_sentences() -> None:
    """An unmatched quote mark must not swallow the rest of a long paragraph."""
    paragraph = "“The span fell. " + " ".join(f"{s}." for s in INNER)
    pieces = list(split_paragraph(paragraph))
    assert len(pieces) >= 2
    assert normalise(" ".join(pieces)) == normalise(paragraph)


@pytest.mark.parametrize("mark", ["“", '"'])
def test_a_place_after_a_quotation_mark_opened_and_not_closed_is_inside_the_quotation(
    mark: str,
) -> None:
    close = "”" if mark == "“" else '"'
    text = f"{mark}We will rebuild, the mayor of Dalby, Ana Ruiz, said,{close} Ruiz told reporters."
    assert in_quotation(text, text.index("the mayor"))
    assert not in_quotation(text, text.index("Ruiz told"))
    assert not in_quotation(text, 0)


def test_a_single_quotation_mark_inside_a_sentence_opens_no_quotation() -> None:
    # inside a sentence the mark is an apostrophe as often: only double quotes are read
    text = "The river's banks broke, and 'the worst is over,' the mayor of Dalby said."
    assert not in_quotation(text, text.index("the mayor"))
    assert not in_quotation(text, text.index("worst"))


# --- standalone --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "standalone"),
    [
        ("The bridge fell into the Tessel River on Monday.", True),
        ("14 people were hurt when the span gave way.", True),
        ("“The bridge fell,” the mayor said on Monday.", True),
        ('"The bridge fell," the mayor said on Monday.', True),
        ("Theresa Lyle watched the span fall from her kitchen.", True),
        ("Thomas Brandt said the search would continue.", True),
        ("Heavy rain had soaked the banks for a week.", True),
        ("He said the bridge had been swaying for days.", False),
        ("She added that the divers were exhausted.", False),
        ("They said it was safe to cross on Sunday.", False),
        ("However, the bridge had passed its last inspection.", False),
        ("But the railway line escaped serious damage.", False),
        ("Meanwhile, traffic was diverted to Mill Lane.", False),
        ("In addition, two schools were closed.", False),
        ("This was the third collapse in the county.", False),
        ("There were 14 people on the bus.", False),
        ("“But not this year.”", False),
        ('"And we will rebuild it."', False),
        ("“We are going to find out why,” the mayor said. “And then", False),
        ("the bridge fell into the river on Monday.", False),
        ("and then the divers arrived.", False),
        ("Or maybe the river had simply risen too fast.", False),
        ("Why did the Carrowgate bridge fall?", False),
        ("WHO INSPECTED THE BRIDGE LAST?", False),
        ("‘A BRIDGE TOO OLD’", False),
        ("“Why did nobody close it?” the mayor asked.", True),
        ('Park went on: "Even as far as the Fennick bank?"', False),
        ("Asked by a reporter on Monday, “Will the bridge reopen this year?”", False),
        ('The report titled "Why do bridges fall?"', False),
        (
            "The inquiry opened after the Harlow Herald published a long story on Monday called "
            "“Why did the Carrowgate bridge fall?”",
            True,
        ),
        ("To do so, the council borrowed a crane from Fennick.", False),
        ("Harlow Herald The sale of the paper to the Park family includes its press.", False),
        ("Film Focus 'Harlow Nights' (1941) The first of the river films stars Lee Park.", False),
        ("The Harlow Herald sold its press to the Park family on Monday.", True),
        ("Jack The Ripper was never caught, the museum says.", True),
        ("Even so, the council kept the bridge open.", False),
        ("4b), which is also seen in the older span of the bridge.", False),
        ("Buses, cars, vans, bicycles and delivery trucks.", False),
        ("Buses, cars, vans and bicycles were all on the deck when it fell.", True),
        ("The market was, by all accounts, full of 'stalls, lanterns, music and children'.", True),
        ("The names of the passengers the bus carried; and", False),
        ("LP: When did you first see the span move?", False),
        ("Q. Did the council know the bridge was unsafe?", False),
        ("US officials said the bridge had federal funding.", True),
        ("A. Park, the engineer, inspected the span in March.", True),
        ("According to the inspection report filed in March:", False),
        ("The council of the county of Harlow and Fennick said in a statement on Monday:", False),
        (
            "Donations for the families can be left at the two Harlow Savings branches or sent to:",
            False,
        ),
    ],
)
def test_is_standalone(text: str, standalone: bool) -> None:
    assert is_standalone(text) is standalone


def test_segment_marks_dependent_sentences(sentences_of) -> None:
    sentences = sentences_of(
        "The bridge fell into the river on Monday. However, nobody on the deck was hurt. "
        "He said the crossing had been swaying for days."
    )
    assert [s.standalone for s in sentences] == [True, False, False]


# --- features ----------------------------------------------------------------------------------


def test_stems_exclude_stopwords_and_are_stemmed() -> None:
    tokens = words("The bridges were collapsing into the river and it was over for them")
    stems = content_stems(tokens)
    assert stems == ("bridg", "collaps", "river")
    assert not set(stems) & stopwords()
    assert {"the", "and", "was", "into"} <= stopwords()


def test_stems_keep_numbers_and_drop_single_letters() -> None:
    assert content_stems(words("Of 14 people, a driver and 2 divers")) == (
        "14",
        "peopl",
        "driver",
        "2",
        "diver",
    )


def test_words_keep_initialisms_numbers_and_apostrophes() -> None:
    assert words("The U.S. sent 1,200 workers to the bridge’s east end at 6:40 p.m.") == [
        "The",
        "U.S.",
        "sent",
        "1,200",
        "workers",
        "to",
        "the",
        "bridge’s",
        "east",
        "end",
        "at",
        "6:40",
        "p.m.",
    ]


def test_read_words_gives_each_word_its_place_and_its_stem_or_figure() -> None:
    text = "Two storms killed 2 of the workers."
    read = read_words(text)
    assert [text[w.start : w.end] for w in read] == words(text)
    readings = {text[w.start : w.end]: w.reading for w in read}
    # "Two" and "2" are one figure; "storms" is read by its stem; stop words count as nothing
    assert readings["Two"] == readings["2"] and readings["Two"] is not None
    assert readings["storms"] == content_stems(["storm"])[0]
    assert readings["the"] is None and readings["of"] is None


def test_quotes_of_normalises_and_skips_short_quotations() -> None:
    text = "“We are going to find out exactly why,” Holloway said, calling it “a tragedy”."
    assert quotes_of(text) == ("we are going to find out exactly why",)


def test_segment_features_and_ids(make_articles) -> None:
    articles = make_articles(
        "Two people died when the bridge fell on Monday. Divers pulled nine people out.\n\n"
        "“We will rebuild this bridge quickly,” the mayor said.",
        "Short. The railway line under the span stays shut until Thursday.",
    )
    sentences = segment_module.segment(articles)
    assert [s.id for s in sentences] == list(range(len(sentences)))
    assert [(s.article, s.index, s.paragraph) for s in sentences] == [
        (0, 0, 0),
        (0, 1, 0),
        (0, 2, 1),
        (1, 0, 0),
    ]
    first, _, quoted, rail = sentences
    assert first.numbers == frozenset({"n:2", "d:monday"})
    assert quoted.quotes == ("we will rebuild this bridge quickly",)
    assert rail.text == "The railway line under the span stays shut until Thursday."
    assert rail.words == 10
    # "Short." has fewer than three words and is not a sentence of the story.
    assert all("Short" not in s.text for s in sentences)


def test_punkt_never_downloads(monkeypatch: pytest.MonkeyPatch, sentences_of) -> None:
    import nltk
    import nltk.downloader

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk.download was called")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.downloader, "download", refuse)
    monkeypatch.setattr(nltk.downloader.Downloader, "download", refuse)
    # Build the splitter and stemmer afresh while downloads are refused.
    for cached in (
        segment_module._sentence_splitter,
        segment_module._stemmer,
        segment_module.stem,
    ):
        cached.cache_clear()
    sentences = sentences_of("Dr. Ortiz arrived at 6 p.m. on Monday. She inspected the span.")
    assert [s.text for s in sentences] == [
        "Dr. Ortiz arrived at 6 p.m. on Monday.",
        "She inspected the span.",
    ]


def test_word_splitting_of_a_huge_paragraph_never_times_out() -> None:
    # A wall-clock limit on the word pattern (NLTK's guarded regexp) fails on busy
    # machines; words are split by Python's own linear pattern instead.
    text = "word " * 2_000_000
    assert len(segment_module.words(text)) == 2_000_000


# --- abbreviations, initials, run-together sentences -------------------------------------------

WHOLE = [
    "A judge acquitted O.J. Simpson of the charges against him on Monday.",
    "Cleveland guard J.R. Smith was cleared by the league on Friday.",
    "Gov. Dana Whitlow and Sen. Ray Ortiz met Rev. Ann Cole in Harlow.",
    "Lt. Col. Mara Finch said the convoy left at dawn.",
    "The hearing was moved to Jan. 24 at the county court.",
    "The mare finished No. 3 in the Harlow stakes on Sunday.",
    "The reservoir on Mt. Tabor was drained on Thursday.",
    "Fans in St. Louis waited for hours outside the stadium.",
    "The statement was read by San Marco police Sgt. Tim Okafor on Tuesday.",
    "Then U.N. Ambassador Lena Park spoke to the assembly.",
    "The panel will not implicate the last apartheid president, F.W. de Klerk, in the killings.",
    "The old bridge was built by J.C. van der Berg in 1921.",
]


def _stays_one_sentence(sentence: str) -> None:
    """``sentence``, between two others of a paragraph, is split off as one sentence."""
    text = f"The council met on Monday. {sentence} Officials said more talks would follow."
    pieces = list(split_paragraph(text))
    assert sentence in pieces
    assert len(pieces) == 3


@pytest.mark.parametrize("sentence", WHOLE)
def test_titles_initials_and_news_abbreviations_do_not_end_a_sentence(sentence: str) -> None:
    _stays_one_sentence(sentence)


def test_a_place_initialism_still_ends_a_sentence_before_a_new_one() -> None:
    text = "The company moved its offices to the U.S. The move took a year."
    assert list(split_paragraph(text)) == [
        "The company moved its offices to the U.S.",
        "The move took a year.",
    ]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Nobody was hurt, the chief said.New York officials opened an inquiry.",
            ["Nobody was hurt, the chief said.", "New York officials opened an inquiry."],
        ),
        (
            "“We will rebuild,” she said.“It will take a year.”",
            ["“We will rebuild,” she said.", "“It will take a year.”"],
        ),
        (
            "Tickets are sold on Harlowtickets.com for members. Sales open today.",
            ["Tickets are sold on Harlowtickets.com for members.", "Sales open today."],
        ),
        (
            "The crane arrived from Fennick.HCR Lifting said it would stay a week.",
            ["The crane arrived from Fennick.", "HCR Lifting said it would stay a week."],
        ),
        (
            "He will serve his term at the Harlow prison for a theft in 2024.Officials say he is"
            " held alone.",
            [
                "He will serve his term at the Harlow prison for a theft in 2024.",
                "Officials say he is held alone.",
            ],
        ),
    ],
    ids=["said.New", "closing quote", "web address", "before an initialism", "after a year"],
)
def test_sentences_run_together_without_a_space_are_split(text: str, pieces: list[str]) -> None:
    assert list(split_paragraph(text)) == pieces


@pytest.mark.parametrize(
    "sentence",
    [
        'The story titled "Why does Harlow flood every spring?" was posted on Friday by the'
        " council.",
        '"Is it far?" she told the Harlow station, pointing at the river.',
        "By midday. the shares of Fennick Mills were up 2 percent.",
        "Lee Park used the tables of Canon of Eclipses, 1500 B.C. - A.D. 3000, for the dates.",
        "The rally ended at 9 p.m. on Friday; the crowd went home.",
    ],
    ids=[
        "quoted question",
        "quoted question before said",
        "stray full stop",
        "dash after initials",
        "semicolon",
    ],
)
def test_a_piece_that_goes_on_in_lower_case_or_after_initials_is_not_a_new_sentence(
    sentence: str,
) -> None:
    _stays_one_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Under Article 12.A of the treaty, each side may inspect the other's bases.",
        "He was charged under section 10.I of the penal code last year.",
        "The files were saved as REPORT.PDF and DATA.CSV on the county's server.",
        "Officials at NASA.GOV said the launch was delayed by a day.",
    ],
    ids=["article 12.A", "section 10.I", "file names", "web address in capitals"],
)
def test_a_letter_after_a_stop_inside_a_reference_or_a_name_is_not_a_new_sentence(
    sentence: str,
) -> None:
    _stays_one_sentence(sentence)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Location: Washington, D.C.", "The event starts at noon and is free."),
        ("Dateline: Carvell, N.Y.", "The storm reached the town at dawn on Monday."),
        ("Next stop, the U.K.", "The band will play 12 dates in London and Leeds."),
    ],
)
def test_a_short_line_closing_in_a_place_initialism_is_not_joined_to_a_new_sentence(
    first: str, second: str
) -> None:
    assert list(split_paragraph(f"{first} {second}")) == [first, second]


def test_a_word_with_a_capital_inside_may_open_a_sentence() -> None:
    text = "Fennick Mills reported its results. iPhone sales rose 3.5 percent in May."
    assert list(split_paragraph(text)) == [
        "Fennick Mills reported its results.",
        "iPhone sales rose 3.5 percent in May.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "That's when the researchers started to worry about the samples.",
        "It’s the third time the bridge has closed this year.",
        "I mean, let's start with the money the council spent.",
        "Well, the crews worked through the night on the banks.",
        "Let's be clear about what the inspectors found on the span.",
    ],
)
def test_contracted_pronouns_and_transcript_openers_cannot_stand_alone(text: str) -> None:
    assert not is_standalone(text)


def test_a_prompt_inside_a_story_paragraph_is_not_a_sentence_of_the_story() -> None:
    from corroborate.engine.models import Article
    from corroborate.engine.text.segment import segment

    paragraph = (
        "The bridge fell into the river on Monday evening, officials said. "
        "If you're interested, click here for the link. "
        "Divers pulled nine people from the water."
    )
    article = Article(0, "a.txt", "a", "A", "file", (paragraph,))
    assert [s.text for s in segment((article,))] == [
        "The bridge fell into the river on Monday evening, officials said.",
        "Divers pulled nine people from the water.",
    ]


def test_an_interview_printed_as_a_transcript_states_no_claim_of_the_outlet() -> None:
    from corroborate.engine.models import Article
    from corroborate.engine.text.segment import segment

    paragraphs = (
        "The engineer Lee Park spoke to Sam Reyes on Monday about the bridge that fell.",
        "Sam Reyes: When did you first see the span move?",
        "Lee Park: I saw it in March. I told the council the same week.",
        "And nobody listened. We had the report on the table for a month.",
        "SR: Would you cross it again?",
        "LP: Never. Not the old one.",
        "SR: And the new one?",
        "LP: It has a better deck.",
        "I think the new one will be fine, though.",
        "The council said on Tuesday that the inquiry would hear Park in June.",
    )
    article = Article(0, "a.txt", "a", "A", "file", paragraphs)
    standalone = {s.text: s.standalone for s in segment((article,))}
    opening = "The engineer Lee Park spoke to Sam Reyes on Monday about the bridge that fell."
    assert standalone[opening]
    assert not standalone["I told the council the same week."]
    assert not standalone["We had the report on the table for a month."]
    assert not standalone["I think the new one will be fine, though."]
    assert standalone["The council said on Tuesday that the inquiry would hear Park in June."]


def test_notes_under_labels_are_no_transcript() -> None:
    from corroborate.engine.text.segment import transcript_paragraphs

    paragraphs = (
        "The bridge fell into the river on Monday evening, officials said.",
        "Update: The council said the crossing would reopen in June.",
        "Related: Five bridges that fell",
        "Update: Divers found a second car in the river.",
        "Related: The inquiry's first hearing",
        "The mayor said the town would rebuild.",
    )
    assert transcript_paragraphs(paragraphs) == frozenset()


def test_british_and_american_spellings_are_one_stem() -> None:
    from corroborate.engine.text.segment import content_stems, words

    british = "The council organised the defence of the harbour centre's labour programme."
    american = "The council organized the defense of the harbor center's labor program."
    assert content_stems(words(british)) == content_stems(words(american))
    # words the rules must leave alone
    assert content_stems(words("hours of your tour")) == ("hour", "tour")


def _american_by_every_rule(word: str) -> str:
    """:func:`american` without its shortcut: each British rule tried in turn."""
    base, possessive = (word[:-2], "'s") if word.endswith("'s") else (word, "")
    for pattern, replacement in segment_module._BRITISH:
        if pattern.match(base):
            return pattern.sub(replacement, base) + possessive
    return word


def test_a_word_without_a_british_ending_is_one_no_rule_would_change() -> None:
    from corroborate.engine.text.segment import american, known_words

    spelled = ["organised", "colour's", "flavourful", "theatres", "offences", "licences"]
    vocabulary = sorted(known_words()) + spelled
    assert [american(w) for w in vocabulary] == [_american_by_every_rule(w) for w in vocabulary]
    assert american("organisations") == "organizations"


@settings(max_examples=300)
@given(
    st.from_regex(
        r"[a-z]{0,8}(?:is|our|tre|fence|licence|programme)?[a-z]{0,6}('s)?", fullmatch=True
    )
)
def test_the_british_shortcut_agrees_with_the_rules_on_any_word(word: str) -> None:
    from corroborate.engine.text.segment import american

    assert american(word) == _american_by_every_rule(word)


@pytest.mark.parametrize(
    "text",
    [
        "Hepatitis A outbreak has sickened 40 people in Harlow County.",
        "Class A misdemeanor charges were filed against Reyes on Monday.",
        "Plan A would have cost the city $5 million.",
        "Smith, 45, Jones, 32, and Reyes, 28, were killed.",
        "If not for the rain, the festival would have drawn 40,000 people.",
    ],
)
def test_a_letter_grade_a_list_of_people_with_ages_and_if_not_for_stand_alone(text: str) -> None:
    # what the glued-label, bare-list and leaning-opening rules must leave alone
    assert is_standalone(text)


def test_a_bare_list_of_activities_and_if_not_leaning_on_the_sentence_before_do_not() -> None:
    assert not is_standalone(
        "Boxing, bowling, beach volleyball, track and field, soccer and table tennis."
    )
    assert not is_standalone("If not, the city will pay.")


def test_a_line_that_only_names_someone_states_nothing() -> None:
    from corroborate.engine.models import Article
    from corroborate.engine.text.segment import segment

    paragraphs = (
        "Dr. Lee Park",
        "Harlow Mayor Dana Whitlow.",
        "Harlow Pictures Lee Park as 'The Ferryman.'",
        "Harlow Mayor Dana Whitlow Resigned.",
    )
    article = Article(0, "a.txt", "a", "A", "file", paragraphs)
    assert [s.text for s in segment((article,))] == ["Harlow Mayor Dana Whitlow Resigned."]


def test_the_items_of_a_list_introduced_by_a_colon_cannot_stand_alone() -> None:
    from corroborate.engine.models import Article
    from corroborate.engine.text.segment import segment

    paragraphs = (
        "The Harlow fair opened on Monday with a parade along the river.",
        "Visitors can try a number of new rides. These rides include:",
        "A wheel that turns over the river.",
        "A boat ride where riders steer with their hands.",
        "The fair runs until the end of May, the organisers said on Monday in a statement.",
    )
    article = Article(0, "a.txt", "a", "A", "file", paragraphs)
    standalone = {s.text: s.standalone for s in segment((article,))}
    assert not standalone["A wheel that turns over the river."]
    assert not standalone["A boat ride where riders steer with their hands."]
    assert standalone["The Harlow fair opened on Monday with a parade along the river."]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Deputies were sent at 9:09 a.m. ET, the sheriff said. They arrived soon.",
            ["Deputies were sent at 9:09 a.m. ET, the sheriff said.", "They arrived soon."],
        ),
        (
            "A spokesman said it was a storm in a teacup. 'It was not a real boat. It was a"
            " joke,' he said. Police disagreed.",
            [
                "A spokesman said it was a storm in a teacup.",
                "'It was not a real boat. It was a joke,' he said.",
                "Police disagreed.",
            ],
        ),
        (
            "The bone is slender (Fig. 4a, b). Park et al. found more. The pelvis is small.",
            [
                "The bone is slender (Fig. 4a, b).",
                "Park et al. found more.",
                "The pelvis is small.",
            ],
        ),
    ],
    ids=["time zone", "single quotes", "a study's references"],
)
def test_time_zones_single_quotes_and_references_keep_sentences_whole(
    text: str, pieces: list[str]
) -> None:
    assert list(split_paragraph(text)) == pieces
    assert not is_standalone("'It was not a real boat.")


def test_a_quotation_given_in_part_is_the_same_quotation_but_a_few_shared_words_are_not() -> None:
    whole = quotes_of("“We have closed the footpath. Every family on Mill Lane has been told.”")
    part = quotes_of("“Every family on Mill Lane has been told,” she said.")
    assert quote_in_common(part, whole)
    assert quote_in_common(whole, whole)
    # four quoted words of the statement are the statement quoted in part: "had endured
    # the “worst winter on record”" / "called it “the worst winter on record in Fennick”"
    assert quote_in_common(quotes_of("“every family on Mill Lane,” he said."), whole)
    # words that are not the statement's, in its order, are another quotation
    assert not quote_in_common(quotes_of("“families on Mill Lane,” he said."), whole)
    assert not quote_in_common((), whole)


def test_two_quoted_words_are_a_quotation_and_a_quoted_title_is_not() -> None:
    whole = quotes_of("“It is gutless leadership,” Councillor Dana Whitlow said.")
    assert quote_in_common(
        quotes_of("She accused the mayor of “gutless leadership” on Monday."), whole
    )
    assert quote_in_common(quotes_of("Whitlow spoke of “gutless leadership.”"), whole)
    # a title in quotation marks names a work: two sentences naming it may say anything
    assert quotes_of("The premiere of “Harbour Lights” was delayed.") == ()
    assert quotes_of("He had a ticket for “Days of Future Past” in his wallet.") == ()
    assert quotes_of("Her new book, “Lessons from the Harbour Wars,” is out.") == ()
    # one quoted word is no quotation of a statement
    assert quotes_of("She said she was “devastated” by the news.") == ()


def test_a_statement_introduced_by_a_colon_and_the_short_paragraphs_after_it_are_no_list() -> None:
    from corroborate.engine.models import Article
    from corroborate.engine.text.segment import segment

    paragraphs = (
        "A lorry overturned on the Harlow bypass on Monday morning, police said.",
        "In a statement, Harlow police said:",
        "“We are investigating the crash and ask any witnesses to come forward.”",
        "The bypass was closed for six hours while the lorry was removed.",
        "Two people were taken to hospital with minor injuries.",
    )
    article = Article(0, "a.txt", "a", "A", "file", paragraphs)
    standalone = {s.text: s.standalone for s in segment((article,))}
    assert standalone["The bypass was closed for six hours while the lorry was removed."]
    assert standalone["Two people were taken to hospital with minor injuries."]


@pytest.mark.parametrize(
    "paragraph",
    [
        "'Bama fans celebrated in the streets on Saturday night. Police said 12 people were"
        " arrested. The team returns home on Monday.",
        "'Tis the season for giving. Charities said donations rose 12 percent. Volunteers were"
        " busy.",
    ],
)
def test_a_paragraph_opening_with_an_elided_word_is_no_open_quotation(paragraph: str) -> None:
    from corroborate.engine.text.segment import is_standalone, split_paragraph

    pieces = list(split_paragraph(paragraph))
    assert len(pieces) == 3
    assert is_standalone(pieces[0])


_PIECE_ENDS = st.lists(
    st.sampled_from(["Mr.", "Sgt.", "U.S.", "J.", "F.W.", "a.m.", "p.m.", "xMr.", "(Dr.", "."]),
    max_size=3,
)


@settings(max_examples=300)
@given(st.text(alphabet="aAmpM .,;(\n\u00a0", max_size=12), _PIECE_ENDS)
def test_a_piece_ends_in_a_title_initials_or_clock_by_its_last_word_as_by_all_of_it(
    start: str, ends: list[str]
) -> None:
    piece = start + " ".join(ends)
    end = piece.rsplit(" ", 1)[-1]
    for pattern in (
        segment_module._ENDS_IN_TITLE,
        segment_module._ENDS_IN_INITIALS,
        segment_module._ENDS_IN_CLOCK,
    ):
        assert bool(pattern.search(end)) == bool(pattern.search(piece))


@settings(max_examples=300)
@given(st.text(alphabet="andor ;,x\n", max_size=12))
def test_a_list_item_cut_short_ends_in_one_of_the_endings_looked_for(text: str) -> None:
    if segment_module._CUT_SHORT.search(text.strip()):
        assert text.strip().endswith(segment_module._CUT_SHORT_ENDINGS)


def test_long_items_of_a_list_printed_without_full_stops_cannot_stand_alone() -> None:
    from corroborate.engine.models import Article
    from corroborate.engine.text.segment import segment

    items = (
        "Whether the council will claw back any of the fees it has paid to the former bridge"
        " contractor, who is retiring with nearly $2 million in bonuses",
        "How the council will help the shops whose takings have been hurt by the closed bridge",
    )
    paragraphs = (
        "Councillors questioned the Harlow bridge engineer for three hours on Tuesday.",
        "Here is some of what the chairman of the panel and others wanted to know:",
        *items,
        "The engineer said at various times that he lacked the expertise to answer several of the"
        " questions the panel put to him on Tuesday.",
    )
    article = Article(0, "a.txt", "a", "A", "file", paragraphs)
    standalone = {s.text: s.standalone for s in segment((article,))}
    assert not any(standalone[item] for item in items)
    assert standalone[paragraphs[-1]]


@pytest.mark.parametrize(
    "bullets",
    [
        # a box of facts whose bullets the page printed without full stops
        (
            "The strongest of the known solvents, it is a clear, oily liquid with no smell",
            "Works by dissolving the glue that holds the bridge's panels together",
            "Can be carried on clothing for about an hour after contact with the vapour",
        ),
        # captions printed one under another between the story's paragraphs
        (
            "Lee Park, pictured at the back of the boat next to the mayor, was said to have been"
            " cheered all along the river",
            "Scenes from the regatta, attended by Lee Park, in Harlow to mark the bridge's"
            " hundredth year",
        ),
    ],
    ids=["fact box", "captions"],
)
def test_paragraphs_in_a_row_without_full_stops_are_bullets_that_cannot_stand_alone(
    bullets: tuple[str, ...],
) -> None:
    from corroborate.engine.models import Article
    from corroborate.engine.text.segment import segment

    paragraphs = (
        "The Harlow bridge was closed on Monday after engineers found its panels loose.",
        "Engineers said a solvent spilled by a lorry last week may have loosened them.",
        *bullets,
        "The council said the bridge would stay closed until the panels were refixed.",
        # one paragraph whose full stop was lost is the story's sentence all the same
        "The ferry will run every half hour until then, the council said in a statement",
        "Schools on the far bank will open an hour later.",
    )
    article = Article(0, "a.txt", "a", "A", "file", paragraphs)
    standalone = {s.text: s.standalone for s in segment((article,))}
    assert not any(standalone[bullet] for bullet in bullets)
    assert standalone[paragraphs[1]] and standalone[paragraphs[-3]] and standalone[paragraphs[-2]]


def test_a_headline_and_a_standfirst_without_full_stops_at_the_top_are_not_bullets() -> None:
    from corroborate.engine.models import Article
    from corroborate.engine.text.segment import segment

    paragraphs = (
        "Harlow council closes the old bridge after engineers find its panels loose",
        "Councillors vote to shut the crossing until the panels are refixed in the spring",
        "The Harlow bridge was closed on Monday after engineers found its panels loose.",
    )
    article = Article(0, "a.txt", "a", "A", "file", paragraphs)
    assert all(s.standalone for s in segment((article,)))


@pytest.mark.parametrize(
    "caption",
    [
        # a picture's caption saved with its alternative text, then the credit
        "Lee Park lost his seat on the Harlow council after the count on Friday night. Lee Park"
        " lost his seat on the Harlow council after the count on Friday night. (Harlow Herald)",
        # the first copy glued to the picture's credit
        "Fennick Police Department Sam Reyes was dismissed as harbour master hours after his"
        " arrest on Friday. Sam Reyes was dismissed as harbour master hours after his arrest on"
        " Friday. (Fennick Police Department)",
        # a standfirst printed twice under the headline, without a credit
        "Engineers have found that the old bridge may carry far less weight than its signs say."
        " Engineers have found that the old bridge may carry far less weight than its signs say.",
    ],
    ids=["caption and its copy", "glued to the credit", "no credit"],
)
def test_a_sentence_printed_twice_as_its_paragraph_is_a_caption_that_cannot_stand_alone(
    caption: str,
) -> None:
    from corroborate.engine.models import Article
    from corroborate.engine.text.segment import segment

    paragraphs = (
        "The Harlow council met on Monday to choose a new chairman.",
        "Councillors said the vote would be held before the end of the month.",
        caption,
        "The new chairman will take office in the spring, the council said.",
    )
    article = Article(0, "a.txt", "a", "A", "file", paragraphs)
    found = segment((article,))
    from_caption = [s for s in found if s.paragraph == 2]
    assert from_caption and not any(s.standalone for s in from_caption)
    assert all(s.standalone for s in found if s.paragraph != 2)


def test_a_paragraph_that_says_more_than_its_repeated_sentence_is_the_story() -> None:
    from corroborate.engine.models import Article
    from corroborate.engine.text.segment import segment

    repeated = "The ferry will run every half hour until the bridge opens again."
    paragraphs = (
        "The Harlow bridge was closed on Monday after engineers found its panels loose.",
        f"{repeated} Schools on the far bank will open an hour later. {repeated}",
        "The council said the bridge would stay closed until the panels were refixed.",
    )
    article = Article(0, "a.txt", "a", "A", "file", paragraphs)
    assert all(s.standalone for s in segment((article,)))


def test_the_words_between_two_straight_quoted_quotations_are_no_quotation() -> None:
    text = '"No," the harbour minister said, "the ferry will not sail this week."'
    assert quotes_of(text) == ("the ferry will not sail this week",)
    other = '"Yes," the harbour minister said, "the toll bridge will open on Monday."'
    assert not quote_in_common(quotes_of(text), quotes_of(other))


@pytest.mark.parametrize(
    "text",
    [
        "Most of it has sat in the harbour at Wexley since the spring.",
        "Two of them were taken to Carrow General Hospital.",
        "Among them are the Quayside Inn and the Old Mill Hotel.",
        "Much of it was.",
        "Most of those are expected to be settled by Friday.",
        "None of this was known to the council, Varga said.",
    ],
)
def test_a_part_of_what_the_sentence_before_named_cannot_stand_alone(text: str) -> None:
    # "it", "them", "those": the sentence before says what they are
    assert not is_standalone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Most of the passengers were rescued by pilot boats.",
        "One of the victims was a 12-year-old girl from Fennick.",
        "Some of this year's crops failed after the floods.",
        "Some of those who fled the valley returned on Tuesday.",
    ],
)
def test_a_part_of_something_the_sentence_itself_names_stands_alone(text: str) -> None:
    assert is_standalone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Like it or not, the fuel levy will rise in April, the Varnish finance ministry said.",
        "Like them or loathe them, rented scooters are now part of life in Carrow.",
        "All of us are shocked by the closure of the mill, the mayor of Fennick said.",
        "One of us has to give way, the dockers' leader told reporters in Wexley.",
    ],
)
def test_an_idiom_or_the_speakers_own_group_opening_a_sentence_stands_alone(text: str) -> None:
    # "like it or not" names nothing before it; "us" is the speaker's people, as "we" is
    assert is_standalone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some of that is true, the harbour minister said.",
        "Most of that was spent on the new ferry terminal at Wexley.",
        "Like them, the farmers of Fennick lost most of their barley to the floods.",
    ],
)
def test_a_part_of_that_named_before_cannot_stand_alone(text: str) -> None:
    assert not is_standalone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two of these were taken to Carrow General Hospital.",
        "Several of those have since closed, the Wexley council said.",
        "A few of these are still moored in the inner basin.",
    ],
)
def test_a_count_of_these_or_those_named_before_cannot_stand_alone(text: str) -> None:
    assert not is_standalone(text)


def test_a_count_of_those_the_sentence_itself_describes_stands_alone() -> None:
    assert is_standalone("Three of those killed in the Fennick fire were children.")


def test_an_opening_mark_with_no_closing_mark_after_it_ends_the_quotations_of_a_line() -> None:
    text = (
        "“The ferry will sail again on Friday,” the harbour minister said, calling the strike "
        "“a matter for the unions and for no one else"
    )
    assert quotes_of(text) == ("the ferry will sail again on friday",)
    assert quotes_of("“a " * 5_000) == ()


def test_a_quotation_runs_over_other_opening_marks_to_the_next_closing_one() -> None:
    text = "The mayor said “we will “rebuild the pier before winter” and left."
    assert quotes_of(text) == ("we will rebuild the pier before winter",)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='a “”"x.', max_size=60))
def test_each_opening_mark_is_paired_with_the_next_closing_mark(text: str) -> None:
    # the pairing a regular expression gives, on lines short enough for it
    paired = [m.group(1) for m in re.finditer(r"[“\"]([^”\"]*)[”\"]", text)]
    assert list(segment_module._quotations(text)) == paired


@pytest.mark.parametrize("space", [" ", "\t ", "   \u00a0 "])
def test_spaces_after_an_opening_mark_still_leave_a_leading_however_dependent(space: str) -> None:
    assert segment_module._LEADING_DEPENDENT.match(f"“{space}However, the ferry sailed.")
    assert not segment_module._LEADING_DEPENDENT.match(f"“{space}Harbour staff stayed.")


@pytest.mark.parametrize(
    ("paragraph", "first"),
    [
        (
            "Police said the van carried the plate 418KTR.On Monday, officers found it abandoned"
            " near the Harlow ferry.",
            "Police said the van carried the plate 418KTR.",
        ),
        (
            "The pilot was flown to Fennick General, where he died.KXYZ7 News learned on Friday"
            " that the engine had been serviced a week earlier.",
            "The pilot was flown to Fennick General, where he died.",
        ),
        (
            "The ferry was searched on Monday, police said.A second ferry was stopped at Fennick"
            " on Tuesday.",
            "The ferry was searched on Monday, police said.",
        ),
    ],
    ids=["after a plate in capitals", "before a station's name with a figure", "before 'A'"],
)
def test_sentences_run_together_after_capitals_or_before_a_name_with_a_figure_are_split(
    paragraph: str, first: str
) -> None:
    from corroborate.engine.text.segment import split_paragraph

    pieces = list(split_paragraph(paragraph))
    assert len(pieces) == 2
    assert pieces[0] == first


def test_a_web_address_and_initials_are_not_run_together_sentences() -> None:
    from corroborate.engine.text.segment import split_paragraph

    paragraph = (
        "Tickets are sold at HarlowFerry.com and at the U.S.A. Rowing office in Fennick, the"
        " club said."
    )
    assert list(split_paragraph(paragraph)) == [paragraph]


def test_a_short_piece_without_a_verb_cut_at_initials_joins_the_rest_of_its_name() -> None:
    from corroborate.engine.text.segment import split_paragraph

    paragraph = (
        "Similarly, the U.S. Marshals Service is offering a $5,000 reward for news of the"
        " Harlow ferry's missing pilot. The reward runs until Friday."
    )
    assert list(split_paragraph(paragraph)) == [
        "Similarly, the U.S. Marshals Service is offering a $5,000 reward for news of the"
        " Harlow ferry's missing pilot.",
        "The reward runs until Friday.",
    ]


def test_a_short_sentence_with_a_verb_ending_at_initials_stays_a_sentence() -> None:
    from corroborate.engine.text.segment import split_paragraph

    assert list(split_paragraph("They left the U.S. They never came back to Harlow.")) == [
        "They left the U.S.",
        "They never came back to Harlow.",
    ]


def test_a_quotation_glued_after_a_stop_opens_the_next_sentence() -> None:
    from corroborate.engine.text.segment import split_paragraph

    paragraph = 'Park said the ferry was late."I was scared," he said on Monday.'
    assert list(split_paragraph(paragraph)) == [
        "Park said the ferry was late.",
        '"I was scared," he said on Monday.',
    ]
