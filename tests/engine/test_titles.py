"""The story's title: a real headline, else the best-backed opening sentence; never a file name."""

from __future__ import annotations

import pytest

from corroborate.engine import analyze
from corroborate.engine.models import Article, RawDocument, file_stem
from corroborate.engine.text.furniture import furniture_lines
from corroborate.engine.text.ingest import ingest
from corroborate.engine.text.titles import is_headline, story_title
from steps import grows_linearly


def article(aid: int, file: str, title: str) -> Article:
    from_file = title == file_stem(file)
    return Article(
        aid, file, title, "X", "file", ("Text.",), (), "file" if from_file else "headline"
    )


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Carrowgate Bridge falls into the Tessel, two dead", True),
        ("p01", False),  # the file name
        ("By Hayes Hickman of the Harlow Herald", False),
        ("Get the latest from Harlow Sign up for our newsletter", False),
        ("Does the bridge have a problem? Photo: Lee Park", False),
        ("Five bridges that fell last year Read more", False),
        ("Two dead", False),  # too short to tell the story
        ("Lena Ortiz, 32, of Harlow", False),  # a photo's caption
        ("*** Join it LIVE here ! ***", False),
        ("Harlow, The DRAMA: 2026 Release Date: 2026-02-12 Running Length: 1:45", False),
        ("Radio Harlow's Lee Park reports on the bridge collapse Thursday:", False),
        ("Radio Harlow's Lee Park reports on the bridge collapse", False),  # a video's description
        ("Harlow's Mayor Whitlow Reports Progress on the Bridge", True),
        ("Related: Five bridges that fell last year", False),
        ("Sheriff: Boy's death in Harlow was a ‘tragic accident’", True),
        ("Taking aim: As the others laugh, the driver points the pistol at a photographer", False),
        # a news page's kicker over a headline in sentence case
        ("Breaking: Harlow bridge falls into the Tessel at rush hour", True),
        ("Explainer: Why the old Harlow bridge gave way at last", True),
        ("Opinion: Harlow should have closed the old bridge years ago", True),
        # the site's name over its headline, cut off the title line
        ("Harlow Herald: Harlow bridge falls into the Tessel at rush hour", True),
        # a kicker over a headline in its clipped style, commas and all
        ("Bridge collapse: Carrowgate span falls into the Tessel, two dead", True),
        ("Storm fallout: Harlow schools shut, roads closed for a week", True),
        ("Tessel tragedy: Ferry sinks off Harlow, crew of six missing", True),
        # a caption describing its picture in full sentences, a credit, a picture's label
        ("Decadent: The partygoers pose around the throne, the mayor at the centre", False),
        ("Image: Rescuers search the river, a diver below the fallen bridge", False),
        ("Photo: Lee Park/Harlow Herald", False),
    ],
)
def test_what_counts_as_a_headline(title: str, headline: bool) -> None:
    assert is_headline(article(0, "p01.txt", title)) is headline


@pytest.mark.parametrize(
    "caption",
    [
        # a picture's place or kind as its label, however clipped the words under it
        "Above: Rescuers search the Tessel for survivors near Carrowgate",
        "Pictured left: Lee Park at the bridge's opening in 2019",
        "File photo: Carrowgate bridge before its collapse on Monday",
        "Screenshot: Harlow council's post on Monday night",
        # an apostrophe is no quotation under a picture's label
        "Slideshow: Lee Park tours Harlow’s flooded old town",
    ],
)
def test_a_pictures_labelled_caption_is_no_headline_in_clipped_words_or_with_an_apostrophe(
    caption: str,
) -> None:
    assert not is_headline(article(0, "p01.txt", caption))
    assert furniture_lines([caption, "The Carrowgate bridge fell on Monday, police said."]) == {
        0: "caption"
    }


def test_the_headline_the_others_agree_with_wins() -> None:
    articles = [
        article(0, "a.txt", "Carrowgate Bridge collapses into Tessel River"),
        article(1, "b.txt", "Bridge collapse: two dead as Carrowgate span falls into Tessel"),
        article(2, "c.txt", "Rail line to stay shut"),
    ]
    assert story_title(articles, [0, 1, 2]) == articles[1].title


def test_without_headlines_the_title_is_an_opening_sentence_not_a_file_name(
    make_folder,
) -> None:
    lead = "The Carrowgate bridge collapsed into the Tessel river on Monday evening, police said."
    files = {
        "p01.txt": f"{lead}\n\nTwo people were killed and fourteen were injured, Brandt said.",
        "p02.txt": "The Carrowgate bridge fell into the Tessel river on Monday night, police said."
        "\n\nFire Chief Tomas Brandt said two people were killed.",
    }
    analysis = analyze(make_folder(files))
    assert analysis.title in {lead, files["p02.txt"].split("\n\n")[0]}


def test_a_lead_that_speaks_to_the_reader_is_not_the_title(make_folder) -> None:
    plain = "The Carrowgate bridge collapsed into the Tessel river on Monday evening, police said."
    files = {
        "p01.txt": "We all know now that the Carrowgate bridge collapsed into the Tessel river in "
        "Fennick on Monday evening.\n\n"
        "Two people were killed when the Carrowgate bridge fell, Fire Chief Tomas Brandt said.",
        "p02.txt": f"{plain}\n\nFire Chief Tomas Brandt said two people were killed.",
    }
    assert analyze(make_folder(files)).title == plain


def test_a_headline_sharing_no_word_with_the_corroborated_story_is_not_the_title(
    make_folder,
) -> None:
    story = (
        "The Carrowgate bridge collapsed into the Tessel river on Monday evening, police said."
        "\n\nFire Chief Tomas Brandt said two people were killed and fourteen were injured."
    )
    files = {
        "p01.txt": f"Rewarding journalists for outstanding work in the field\n\n{story}",
        "p02.txt": "Police said the Carrowgate bridge fell into the Tessel on Monday night.\n\n"
        "Two people died and 14 were hurt, fire chief Tomas Brandt told reporters.",
    }
    title = analyze(make_folder(files)).title
    assert "journalists" not in title
    assert "Carrowgate" in title


def test_a_lead_opening_with_a_quoted_name_may_be_the_title_and_one_opening_with_words_not(
    make_folder,
) -> None:
    named = (
        "“Harlow Tonight” host Lee Park said on Monday that the Carrowgate bridge had collapsed "
        "into the Tessel river."
    )
    quoted = (
        "“We heard the bridge groan and then it was gone into the water,” a witness said of "
        "the Carrowgate collapse."
    )
    files = {
        "p01.txt": f"{quoted}\n\nTwo people were killed, Fire Chief Tomas Brandt said.",
        "p02.txt": f"{named}\n\nFire Chief Tomas Brandt said two people were killed.",
    }
    assert analyze(make_folder(files)).title == named


def test_a_headline_on_the_words_every_outlet_uses_heads_a_story_whose_few_claims_are_side_facts(
    make_folder,
) -> None:
    headline = "Why the Harlow Flood Threatens the Whole Tessel Valley"
    side = "Fuel is trucked to the generators from the coast every week."
    files = {
        "p01.txt": f"{headline}\n\nThe flood that swept Harlow last week has left the Tessel"
        f" valley's farms under water, and its neighbours fear the next one.\n\n{side}",
        "p02.txt": "Residents of Harlow queued for clean water on Tuesday as the flood in the"
        f" Tessel valley receded slowly.\n\n{side}",
        "p03.txt": "Aid agencies said the Tessel valley flood had cut the road to Harlow, leaving"
        " farmers stranded for days.\n\nFuel is trucked to the generators from the coast each"
        " week.",
    }
    assert analyze(make_folder(files)).title == headline


def test_a_long_lead_heads_the_story_without_the_attribution_that_closes_it(make_folder) -> None:
    news = (
        "A wide ancient river once crossed nearly half of the northern plain of Harlow, making the"
        " valley a far more promising place for early farms to have taken hold"
    )
    files = {
        "p01.txt": f"{news}, Harlow University geologists say.\n\n"
        "The river was a mile wide in places, the geologists found.",
        "p02.txt": "The river was a mile wide in places, the geologists said on Thursday.\n\n"
        "An ancient river once crossed the northern plain of Harlow, geologists said.",
    }
    title = analyze(make_folder(files)).title
    assert title == f"{news} …"


def test_a_lead_in_which_the_outlet_introduces_its_own_interview_is_not_the_title(
    make_folder,
) -> None:
    news = (
        "Mayor Dana Whitlow said on Monday that the Carrowgate bridge would stay closed until June."
    )
    files = {
        "p01.txt": "Recently, HARLOW MONTHLY sat down with Carrowgate mayor Dana Whitlow to discuss"
        " the closure of the Carrowgate bridge.\n\nThe repairs will take months, Whitlow said.",
        "p02.txt": f"{news}\n\nThe repairs to the Carrowgate bridge will take until June, she said.",
    }
    analysis = analyze(make_folder(files))
    assert analysis.articles[0].outlet == "HARLOW MONTHLY"
    sentences = analysis.sentences
    # the two leads backed alike, the interview's the more central
    salience = [1.0 if s.article == 0 else 0.5 for s in sentences]
    title = story_title(
        analysis.articles, analysis.group_of, sentences, [1] * len(sentences), salience
    )
    assert title == news


def _title_with_salience(analysis, central_file: str) -> str:
    """The story's title when the leads are backed alike and ``central_file``'s is the most
    central by its words."""
    sentences = analysis.sentences
    files = {a.id: a.file for a in analysis.articles}
    salience = [1.0 if files[s.article] == central_file else 0.5 for s in sentences]
    return story_title(
        analysis.articles, analysis.group_of, sentences, [1] * len(sentences), salience
    )


def test_among_leads_the_one_naming_what_every_outlet_names_heads_the_story(make_folder) -> None:
    named = "A vast ancient lake once covered half of the northern plain of Fennick, surveyors say."
    files = {
        "p01.txt": "We mapped the old shorelines of the plain with radar from three aircraft.\n\n"
        "The shorelines of Fennick lie a mile apart.",
        "p02.txt": f"{named}\n\nThe lake in Fennick was a mile deep in places.",
        "p03.txt": "Surveyors using the strongest radar found that a lake a mile deep covered much"
        " of the Fennish plain long ago.\n\nThe radar maps of Fennick were published Thursday.",
    }
    assert _title_with_salience(analyze(make_folder(files)), "p03.txt") == named


def test_with_two_sources_the_more_central_lead_heads_the_story_whatever_it_names(
    make_folder,
) -> None:
    central = (
        "Surveyors using the strongest radar found that a lake a mile deep covered much"
        " of the Fennish plain long ago."
    )
    files = {
        "p02.txt": "A vast ancient lake once covered half of the northern plain of Fennick, "
        "surveyors say.\n\nThe lake in Fennick was a mile deep in places.",
        "p03.txt": f"{central}\n\nThe radar maps of Fennick were published Thursday.",
    }
    assert _title_with_salience(analyze(make_folder(files)), "p03.txt") == central


def test_a_long_lead_whose_point_comes_late_keeps_its_point_and_leaves_out_an_aside(
    make_folder,
) -> None:
    lead = (
        "Water from the Harlow Hill reservoir tested clean of diesel on Thursday, news that came"
        " as no surprise to the city's engineers at the waterworks on Canal Street, yet the city"
        " will still drain 12 million gallons after a truck leaked into the reservoir."
    )
    files = {
        "p01.txt": f"{lead}\n\nThe reservoir serves the east of the city.",
        "p02.txt": "A truck leaked diesel into the Harlow Hill reservoir, and the city will drain"
        " 12 million gallons.\n\nThe driver was not hurt.",
    }
    title = _title_with_salience(analyze(make_folder(files)), "p01.txt")
    assert title.startswith("Water from the Harlow Hill reservoir tested clean of diesel")
    assert "12 million gallons" in title and "Canal Street" not in title
    assert len(title.replace("…", "").split()) <= 30


def test_a_long_lead_whose_later_parts_add_nothing_shared_is_cut_at_its_length(
    make_folder,
) -> None:
    lead = (
        "Water from the Harlow Hill reservoir tested clean of diesel on Thursday after a truck"
        " leaked into the reservoir on Canal Street near the old waterworks, news that came as no"
        " surprise to anyone who knows the engineers there, who are careful people."
    )
    files = {
        "p01.txt": f"{lead}\n\nThe reservoir serves the east of the city.",
        "p02.txt": "A truck leaked diesel into the Harlow Hill reservoir.\n\nThe driver was fine.",
    }
    title = _title_with_salience(analyze(make_folder(files)), "p01.txt")
    # cut at its length, back to the end of the clause that closes among its last words
    assert title == " ".join(lead[: lead.index("waterworks,") + len("waterworks")].split()) + " …"


def test_a_line_of_abbreviations_opening_a_paper_is_not_a_lead(make_folder) -> None:
    news = "A new lizard found near Harlow had scales that shone with every colour of the rainbow."
    files = {
        "p01.txt": "Fennia harlowi gen. et sp. nov.\n\nThe lizard Fennia lived near Harlow long ago.",
        "p02.txt": f"{news}\n\nThe lizard Fennia lived near Harlow, scientists said.",
    }
    assert _title_with_salience(analyze(make_folder(files)), "p01.txt") == news


def _lead_of_asides(asides: int) -> str:
    return "The reservoir tested clean" + ", which the engineers tested" * asides + "."


def test_a_one_megabyte_lead_of_asides_is_shortened_whole() -> None:
    from corroborate.engine.text.titles import TITLE_WORDS, _shortened

    lead = _lead_of_asides(36_000)
    title = _shortened(lead, frozenset({"reservoir", "clean"}))
    # cut at the end of the clause that closes just past its length
    assert title == " ".join(lead.split()[: TITLE_WORDS + 2]).rstrip(",") + " …"


def test_a_lead_of_twice_the_asides_takes_twice_the_steps_to_shorten_not_four_times() -> None:
    from corroborate.engine.text.titles import _shortened

    # each aside left out added up the words of every part again: minutes for a megabyte
    def shorten(asides: int) -> str:
        return _shortened(_lead_of_asides(asides), frozenset({"reservoir", "clean"}))

    assert grows_linearly(shorten, 2_000)


def test_an_aside_left_out_of_a_long_lead_is_left_out_whole_to_its_closing_comma(
    make_folder,
) -> None:
    lead = (
        "The Harlow Hill bottling plant, which closed after years of heavy losses at its two"
        " bottling lines on Canal Street, said on Monday that it would reopen in June with 300"
        " workers and a new owner from Fennick."
    )
    files = {
        "p01.txt": f"{lead}\n\nThe plant is on Canal Street.",
        "p02.txt": "The Harlow Hill bottling plant will reopen in June with 300 workers under a new"
        " owner.\n\nThe owner is from Fennick.",
    }
    title = _title_with_salience(analyze(make_folder(files)), "p01.txt")
    # not "The Harlow Hill bottling plant … after years of heavy losses …, said on Monday"
    assert title == (
        "The Harlow Hill bottling plant … said on Monday that it would reopen in June with 300"
        " workers and a new owner from Fennick."
    )


def test_an_acronym_spelling_a_stop_word_is_a_central_name_and_the_pronoun_is_not(
    make_folder,
) -> None:
    from corroborate.engine.text.titles import _central_names

    files = {
        "w1.txt": "Officials of the WHO and the US met in Tarrow on Monday to plan the clinics.\n\n"
        "“Who will pay?” asked a nurse at the old hospital by the harbour.",
        "w2.txt": "Health ministers said the WHO would fund vaccines that the US shipped to Tarrow."
        "\n\nThe mayor said: “It is for Us to decide when the schools reopen.”",
        "w3.txt": "Crates from the US reached Tarrow by ferry, and the WHO counted the doses.\n\n"
        "Doctors there asked: “Who checks the cold stores at night?”",
    }
    analysis = analyze(make_folder(files))
    assert len(set(analysis.group_of)) == 3
    names = _central_names(analysis.sentences, analysis.group_of)
    assert {"WHO", "US", "tarrow"} <= names
    assert not {"who", "us", "it"} & names  # the stop words, capitalised in a quotation


def test_without_a_headline_or_a_lead_the_title_is_a_sentence_that_stands_alone(
    make_folder,
) -> None:
    backed = "Divers searched the Tessel river below the Carrowgate bridge for a second day."
    files = {
        "p01.txt": f"He said so.\n\n{backed}",
        "p02.txt": f"“Yes.”\n\n{backed}",
    }
    analysis = analyze(make_folder(files))
    assert analysis.title == backed
    assert analysis.title not in {"p01", "p02"}


def test_with_no_sentence_to_title_it_the_story_is_untitled_not_named_after_a_file() -> None:
    articles = [article(0, "p01.txt", "p01"), article(1, "p02.txt", "p02")]
    assert story_title(articles, [0, 1]) == "Untitled story"


def test_a_heading_too_short_for_a_headline_titles_a_story_without_sentences() -> None:
    articles = [article(0, "p01.txt", "p01"), article(1, "p02.txt", "Bridge Collapses")]
    assert story_title(articles, [0, 1]) == "Bridge Collapses"


@pytest.mark.parametrize(
    ("line", "headline", "outlet"),
    [
        (
            "Harlow Bridge Reopens After Two Years | Harlow Herald",
            "Harlow Bridge Reopens After Two Years",
            "Harlow Herald",
        ),
        (
            "Harlow Bridge Reopens After Two Years | News | KHAR",
            "Harlow Bridge Reopens After Two Years",
            "KHAR",
        ),
        (
            "Harlow Herald | Harlow Bridge Reopens After Two Years",
            "Harlow Bridge Reopens After Two Years",
            "Harlow Herald",
        ),
        (
            "Harlow Bridge Reopens After Two Years - Fennick Courier",
            "Harlow Bridge Reopens After Two Years",
            "Fennick Courier",
        ),
        (
            "Harlow Bridge Reopens After Two Years – harlowherald.com",
            "Harlow Bridge Reopens After Two Years",
            "harlowherald.com",
        ),
        (
            "Harlow Bridge Reopens After Two Years : Harlow Herald",
            "Harlow Bridge Reopens After Two Years",
            "Harlow Herald",
        ),
    ],
)
def test_a_title_line_gives_its_headline_without_the_sites_name_and_the_site_as_outlet(
    line: str, headline: str, outlet: str
) -> None:
    text = f"{line}\n\nThe Harlow bridge reopened on Monday after two years of repairs."
    found = ingest(RawDocument(text=text), "p01.txt", 0)
    assert (found.title, found.title_from, found.outlet) == (headline, "headline", outlet)


@pytest.mark.parametrize(
    "line",
    [
        "Harlow Bridge Reopens – Mayor Hails the Crews",  # a dash inside the headline
        "Fennick 3 - Harlow 2 in the Bridge Cup Final",
        "Storm Hits Harlow Bridge - Live Updates as Crews Close the Span",
    ],
)
def test_a_dash_that_is_the_headlines_own_keeps_the_headline_whole(line: str) -> None:
    text = f"{line}\n\nThe Harlow bridge reopened on Monday after two years of repairs."
    assert ingest(RawDocument(text=text), "p01.txt", 0).title == line


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # a cut inside a phrase goes back to the last word that says something
        (
            "Lawyers for the jailed Harlow bridge engineer appealed his conviction and his sentence"
            " on Monday, arguing that coverage made it impossible for him to get a fair trial in the"
            " town where the bridge fell and where most of the jurors had lost a house in the flood.",
            "Lawyers for the jailed Harlow bridge engineer appealed his conviction and his sentence"
            " on Monday, arguing that coverage made it impossible for him to get a fair trial …",
        ),
        # a clause closing among the last words ends the title, not the next one's first word
        (
            "The two Harlow ferry companies will share one timetable and sail under one flag on the"
            " Tessel river from the start of next month, the council said on Monday, after a new"
            " round of talks between the two companies and the harbour board that ran late.",
            "The two Harlow ferry companies will share one timetable and sail under one flag on the"
            " Tessel river from the start of next month, the council said on Monday …",
        ),
        # the words that say something are kept though no clause closes near the cut
        (
            "By the time the flood reaches the Harlow weir on Tuesday night to bring what may be the"
            " highest water since 1966, many riverside shops will have moved all their stock"
            " upstairs to the first floors of their shops out of the reach of the river.",
            "By the time the flood reaches the Harlow weir on Tuesday night to bring what may be the"
            " highest water since 1966, many riverside shops will have moved …",
        ),
        # a lead of thirty words or fewer is the title whole
        ("The Harlow bridge fell into the Tessel on Monday.", None),
        # a lead closing within a few words past thirty is whole: its last words are its point
        (
            'The mayor of Harlow said the engineers who built the Carrowgate bridge are "very sorry"'
            " that it fell into the Tessel, and she hoped the inquiry would lead to a new bridge.",
            None,
        ),
        # a clause closing just past thirty words ends the title, its last name whole
        (
            "Harlow prosecutors said on Wednesday that one of the engineers accused of cutting"
            " corners on the Carrowgate bridge in the summer had met twice that spring with the"
            " builder Lena Ortiz, the owner of a quarry that supplied its stone for many years.",
            "Harlow prosecutors said on Wednesday that one of the engineers accused of cutting"
            " corners on the Carrowgate bridge in the summer had met twice that spring with the"
            " builder Lena Ortiz …",
        ),
    ],
)
def test_a_long_lead_is_cut_to_a_title_at_a_word_that_ends_a_thought(
    lead: str, title: str | None
) -> None:
    from corroborate.engine.text.titles import _cut_title

    assert _cut_title(lead) == (title or lead)


@pytest.mark.parametrize(
    "label",
    [
        "Live updates on the Carrowgate bridge",  # a live page's label
        "Carrowgate bridge: what we know",  # an explainer's heading
        "Carrowgate bridge photos",  # a gallery's title
    ],
)
@pytest.mark.parametrize("label_first", [True, False])
def test_of_two_headlines_the_one_telling_the_story_heads_it_not_a_pages_label(
    make_folder, label: str, label_first: bool
) -> None:
    headline = "Carrowgate bridge falls into the Tessel river, two dead"
    story = (
        "The Carrowgate bridge fell into the Tessel river on Monday evening, killing two"
        " people, police said.\n\nFire chief Tomas Brandt said fourteen people were hurt."
    )
    other = (
        "Two people died when the Carrowgate bridge collapsed into the Tessel river on Monday,"
        " police said.\n\nFourteen people were hurt, fire chief Tomas Brandt told reporters."
    )
    first, second = (label, headline) if label_first else (headline, label)
    files = {"p01.txt": f"{first}\n\n{story}", "p02.txt": f"{second}\n\n{other}"}
    assert analyze(make_folder(files)).title == headline


def test_a_headline_under_its_kicker_heads_the_article_and_is_not_left_in_its_text() -> None:
    body = (
        "The Carrowgate bridge fell into the Tessel river on Monday evening, police said."
        "\n\nFire chief Tomas Brandt said fourteen people were hurt."
    )
    headline = "Bridge collapse: Carrowgate span falls into the Tessel, two dead"
    read = ingest(RawDocument(f"{headline}\n\n{body}"), "p01.txt", 0)
    assert read.title == headline
    assert read.paragraphs[0].startswith("The Carrowgate bridge fell")


@pytest.mark.parametrize(
    ("story", "side"),
    [
        ("Carrowgate bridge falls into the Tessel", "Harlow Council To Meet On Bridge Repairs"),
        ("Carrowgate bridge falls into Tessel river", "Carrowgate Bridge Repairs To Start In May"),
    ],
)
def test_a_headline_in_capitals_agrees_with_the_same_words_in_lower_case_not_a_side_piece(
    story: str, side: str
) -> None:
    articles = [
        article(0, "a.txt", "CARROWGATE BRIDGE FALLS INTO THE TESSEL, TWO DEAD"),
        article(1, "b.txt", side),
        article(2, "c.txt", story),
    ]
    assert story_title(articles, [0, 1, 2]) == story


@pytest.mark.parametrize("shouting_first", [True, False])
def test_a_headline_in_capitals_heads_the_story_only_when_no_other_outlet_has_one_in_words(
    shouting_first: bool,
) -> None:
    shouted = "CARROWGATE BRIDGE FALLS INTO THE TESSEL, TWO DEAD"
    plain = "Two dead as Carrowgate bridge falls into the Tessel"
    first, second = (shouted, plain) if shouting_first else (plain, shouted)
    articles = [article(0, "a.txt", first), article(1, "b.txt", second)]
    assert story_title(articles, [0, 1]) == plain
    assert story_title([article(0, "a.txt", shouted)], [0]) == shouted


@pytest.mark.parametrize(
    "line",
    [
        # a page that is no article's: an error, a robot check, a log-in, a site's notice
        "Page not found | Harlow Herald",
        "Attention Required! | Cloudflare",
        "Are you a robot? Harlow Herald",
        "Sign in to your account",
        "Log In ‹ Harlow Herald — WordPress",
        "Your browser is not supported",
        "Cookies on the Harlow Herald website",
        "Most read stories",
        "Welcome to Harlow Herald",
        # a byline without "By": the writer and the paper, or the writer's job
        "Lee Park, Harlow Herald",
        "Lee Park and Sam Reyes | Tessel Times",
        "Lee Park, Staff Writer",
        # a date standing alone
        "Monday, March 4, 2026",
        "4 March 2026 10:45 GMT",
        # a site's tagline or a section's page
        "Latest news from around the world",
        "Breaking News, Latest News and Videos",
        "Local news, sports and weather for Harlow",
        "Your trusted source for local news",
        "Home - Harlow Herald",
        "Obituaries | The Harlow Herald",
        "Harlow Herald - Breaking News, Sport, Weather and More",
    ],
)
def test_a_service_page_a_byline_a_date_or_a_sites_tagline_is_no_headline(line: str) -> None:
    assert not is_headline(article(0, "p01.txt", line))


@pytest.mark.parametrize(
    "line",
    [
        "Breaking News: Harlow bridge falls into the Tessel",
        "Harlow weather: Snow to hit the region on Monday",
        "Local news outlets are closing at a record pace",
        "Home prices rise again in Harlow",
        "Error in Harlow vote count leads to recount",
        "Most popular baby names of 2026 revealed",
        "Welcome to the Harlow you never knew existed",
        "Terms of service changes anger Harlow app users",
        "Access denied: Harlow refuses to open its archive",
        "Not found: the missing Harlow treasure",
        "Harlow News Anchor Fired Over Tweets",
        "Top News Stories Of 2026 Revealed",
        "Politics and the press in Harlow",
        "Harlow Mayor Quits, Council Says",
        "Carrowgate bridge falls – live updates",
        "Tessel floods | What we know so far",
        "Mayor Quits, Harlow Stunned",
    ],
)
def test_a_headline_in_a_sites_words_or_opening_like_a_notice_is_still_a_headline(
    line: str,
) -> None:
    assert is_headline(article(0, "p01.txt", line))


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # a headline in title case whose second clause ends in a word papers are named with
        ("Harlow Markets Rally, Stocks Hit Record", True),
        ("Carrowgate Mayor Quits, Orders Bridge Review", True),
        ("Tessel Ferry Sinks, Captain Blames Media", True),
        ("Fennick Council Splits, Backs New Leader", True),
        # the writer and a paper named so
        ("Lee Park, Harlow Record", False),
        ("Lee Park, The Fennick Review", False),
        ("Lee Park | HARLOW EVENING STANDARD", False),
    ],
)
def test_a_headline_whose_last_clause_ends_as_a_papers_name_is_no_byline(
    line: str, headline: bool
) -> None:
    assert is_headline(article(0, "p01.txt", line)) is headline
    read = ingest(
        RawDocument(
            f"{line}\n\nThe Carrowgate bridge fell into the Tessel river on"
            " Monday evening, police said."
        ),
        "p01.txt",
        0,
    )
    assert (read.title == line) is headline


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # a headline in title case whose second clause ends in a writer's job
        ("Harlow Gazette Sold, Names New Editor", True),
        ("Tessel Post Cuts Staff, Keeps Editor", True),
        ("Carrowgate Star Quits, Blames Film Critic", True),
        # the writer and the job
        ("Lee Park, Film Critic", False),
        ("Lee Park - White House Correspondent", False),
        ("Lee Park and Sam Reyes | Contributing Editors", False),
    ],
)
def test_a_headline_whose_last_clause_ends_in_a_writers_job_is_no_byline(
    line: str, headline: bool
) -> None:
    assert is_headline(article(0, "p01.txt", line)) is headline


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # a headline telling of an error, or greeting a place or a film's title
        ("Page not found after Harlow council site crashes", True),
        ("This page is not available, Harlow readers told after outage", True),
        ("Welcome to Carrowgate", True),
        ("Welcome To The Tessel Valley", True),
        # the error or the site's greeting itself
        ("Oops! Page not found | Harlow Herald", False),
        ("Sorry, this page is not available in your region", False),
        ("Welcome to the Harlow Herald", False),
        ("Welcome to harlowherald.com", False),
    ],
)
def test_an_error_or_a_greeting_is_no_headline_only_when_it_is_the_whole_line(
    line: str, headline: bool
) -> None:
    assert is_headline(article(0, "p01.txt", line)) is headline


def test_a_page_title_that_is_a_sites_tagline_never_heads_the_story(make_folder) -> None:
    files = {
        "p01.txt": "Local news, sports and weather for Harlow\n\nThe Carrowgate bridge fell into"
        " the Tessel river on Monday evening, killing two people, police said.",
        "p02.txt": "Page not found | Tessel Times\n\nTwo people died when the Carrowgate bridge"
        " collapsed into the Tessel river on Monday, police said.",
    }
    title = analyze(make_folder(files)).title
    assert "Carrowgate" in title
    assert "weather" not in title and "not found" not in title


def test_a_headline_in_capitals_heads_the_story_written_as_its_articles_write_its_words(
    make_folder,
) -> None:
    files = {
        "p01.txt": "CARROWGATE BRIDGE FALLS INTO THE TESSEL AS NHS TRUST WARNS OF DELAYS\n\n"
        "The Carrowgate bridge fell into the Tessel river on Monday evening, police said.\n\n"
        "The local NHS trust said its ambulances would face delays in the town for weeks.",
        "p02.txt": "Police said the Carrowgate bridge had fallen into the Tessel on Monday.\n\n"
        "The NHS trust for Harlow warned that ambulances would face long delays.",
    }
    title = analyze(make_folder(files)).title
    assert title == "Carrowgate bridge falls into the Tessel as NHS trust warns of delays"


@pytest.mark.parametrize(
    ("headline", "title", "text"),
    [
        (
            "US TROOPS LEAVE HARLOW BASE AFTER 40 YEARS",
            "US troops leave Harlow base after 40 years",
            "The last U.S. troops left the Harlow base on Monday, the army said, telling us that"
            " the base would close.",
        ),
        (
            "UN ENVOY SAYS HARLOW CAR BAN IS RIGHT",
            "UN envoy says Harlow car ban is right",
            "An envoy of the United Nations said on Monday that Harlow was right to ban cars"
            " from its old town.",
        ),
    ],
)
def test_an_acronym_in_a_headline_in_capitals_stays_in_capitals_however_the_story_writes_it(
    make_folder, headline: str, title: str, text: str
) -> None:
    files = {
        "p01.txt": f"{headline}\n\n{text}\n\nThe envoy and the troops were in Harlow for the"
        " council's vote on Monday.",
        "p02.txt": f"{text}\n\nOfficials in Harlow told us the vote was held on Monday.",
    }
    assert analyze(make_folder(files)).title == title


@pytest.mark.parametrize(
    ("headline", "title", "text"),
    [
        (
            "EBAY BUYS HARLOW BRIDGE SIGN FOR CHARITY",
            "eBay buys Harlow bridge sign for charity",
            "The auction site eBay bought the old Harlow bridge sign on Monday for a charity.",
        ),
        (
            "MÜLLER’S FERRY SINKS OFF HARLOW",
            "Müller’s ferry sinks off Harlow",
            "The ferry of the Harlow firm Müller sank off the coast on Monday, the coastguard"
            " said.",
        ),
        (
            "O’BRIEN SELLS HARLOW MILL TO MÜNCHEN FIRM",
            "O'Brien sells Harlow mill to München firm",
            "The Harlow mill owner Sam O'Brien sold the mill to a firm from München on Monday.",
        ),
    ],
)
def test_a_headline_in_capitals_keeps_names_as_the_story_writes_them_in_any_alphabet(
    make_folder, headline: str, title: str, text: str
) -> None:
    files = {
        "p01.txt": f"{headline}\n\n{text}\n\nThe council met in Harlow on Monday to discuss it.",
        "p02.txt": f"{text}\n\nOfficials in Harlow said the council met on Monday.",
    }
    assert analyze(make_folder(files)).title == title


@pytest.mark.parametrize(
    "tagged",
    [
        "Carrowgate bridge falls into the Tessel [VIDEO]",
        "Carrowgate bridge falls into the Tessel (PHOTOS)",
        "In pictures: Carrowgate bridge falls into the Tessel",
        "VIDEOS: Carrowgate bridge falls into the Tessel",
        "Carrowgate bridge falls into the Tessel – in pictures",
        "LIVE: Carrowgate bridge falls into the Tessel",
    ],
)
def test_a_headline_heads_the_story_without_its_pages_tag_for_pictures_or_a_player(
    tagged: str,
) -> None:
    assert story_title([article(0, "a.txt", tagged)], [0]) == (
        "Carrowgate bridge falls into the Tessel"
    )


@pytest.mark.parametrize(
    "tagged",
    [
        "EXCLUSIVE: Carrowgate bridge falls into the Tessel",
        "AP Exclusive — Carrowgate bridge falls into the Tessel",
        "BREAKING NEWS: Carrowgate bridge falls into the Tessel",
        "Just in: Carrowgate bridge falls into the Tessel",
        "Developing | Carrowgate bridge falls into the Tessel",
        "UPDATE 2-Carrowgate bridge falls into the Tessel",
        "RPT-UPDATE 1-Carrowgate bridge falls into the Tessel",
        "Carrowgate bridge falls into the Tessel (UPDATED)",
        "Carrowgate bridge falls into the Tessel [UPDATE 3]",
        "Carrowgate bridge falls into the Tessel – live",
        "Carrowgate bridge falls into the Tessel: Live updates",
        "Carrowgate bridge falls into the Tessel - as it happened",
        "BREAKING: Carrowgate bridge falls into the Tessel [VIDEO]",
    ],
)
def test_a_headline_heads_the_story_without_its_pages_label_of_how_fresh_or_whose_it_is(
    tagged: str,
) -> None:
    assert story_title([article(0, "a.txt", tagged)], [0]) == (
        "Carrowgate bridge falls into the Tessel"
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Report: Carrowgate bridge inspectors ignored cracks",  # who says so
        "Officials: Carrowgate bridge inspectors ignored cracks",
        "Opinion: Carrowgate bridge inspectors ignored cracks",  # the piece's kind
        "Breaking point: Carrowgate bridge inspectors ignored cracks",
        "Live music returns to Carrowgate after the bridge reopens",
        "Exclusive club opens by the Carrowgate bridge",
    ],
)
def test_a_headlines_own_opening_words_are_no_label_to_take_off(headline: str) -> None:
    assert story_title([article(0, "a.txt", headline)], [0]) == headline


def test_outlets_agreeing_on_a_headline_agree_whatever_labels_their_pages_put_on_it() -> None:
    titles = [
        "BREAKING: Carrowgate bridge falls into the Tessel",
        "UPDATE 2-Carrowgate bridge falls into the Tessel",
        "Tessel floods reach Harlow as rain goes on",
    ]
    articles = [article(i, f"p0{i}.txt", title) for i, title in enumerate(titles)]
    assert story_title(articles, [0, 1, 2]) == "Carrowgate bridge falls into the Tessel"


_SCENE_POINT = (
    "the Harlow council voted on Monday to close the old Carrowgate bridge to lorries until"
    " engineers finish a survey of its cracked piers."
)
_POINT_BACK = (
    "the Harlow council voted on Monday to name the old Carrowgate bridge after him once"
    " engineers finish a survey of its cracked piers."
)


@pytest.mark.parametrize(
    ("scene", "point", "kept"),
    [
        # a feature's scene, then its point: titled from the main clause
        ("With just five days left before the spring floods reach the valley, ", _SCENE_POINT, False),
        ("After months of noisy argument in the market square and the local paper, ", _SCENE_POINT, False),
        ("As several of its members observed during a long and bitter debate, ", _SCENE_POINT, False),
        # the scene goes on in a second part opening as a scene does ("as …")
        ("Through the anxious weeks before the vote, as traffic grew on the old road, ", _SCENE_POINT, False),
        # the main clause points back at someone the scene names: kept whole
        ("Hailing the old engineer as a hero of the whole valley, ", _POINT_BACK, True),
        # the scene names a place the main clause does not: what the story is about
        ("Through the anxious weeks before the vote, as lorries crowded into Tesselford, ", _SCENE_POINT, True),
        # a scene that is itself the news
        ("For the first time in the forty years since the old ferry sank, ", _SCENE_POINT, True),
        # a finite verb: the sentence's own clause, no scene
        ("After the storm was over and the river had fallen back below its banks, ", _SCENE_POINT, True),
    ],
)  # fmt: skip
def test_a_long_lead_that_sets_a_scene_first_is_titled_from_its_main_clause(
    scene: str, point: str, kept: bool
) -> None:
    from corroborate.engine.text.titles import TITLE_WORDS, _without_opening_phrase

    lead = scene + point
    assert len(lead.split()) > TITLE_WORDS
    expected = lead if kept else point[0].upper() + point[1:]
    assert _without_opening_phrase(lead) == expected


def test_a_lead_short_enough_to_title_the_story_keeps_its_scene() -> None:
    from corroborate.engine.text.titles import _without_opening_phrase

    lead = "After months of argument, the Harlow council closed the old bridge to lorries."
    assert _without_opening_phrase(lead) == lead


def test_a_scene_setting_lead_heads_the_story_by_its_point_not_cut_inside_the_scene(
    make_folder,
) -> None:
    lead = (
        "With just five days left before the spring floods reach the valley and the roads"
        " close, the Harlow council voted on Monday to shut the Carrowgate bridge to lorries"
        " until engineers finish a survey."
    )
    files = {
        "p01.txt": f"{lead}\n\nThe bridge carries the valley's only road.",
        "p02.txt": "The Harlow council shut the Carrowgate bridge to lorries on Monday until"
        " engineers finish a survey.\n\nThe bridge is 200 years old.",
    }
    title = _title_with_salience(analyze(make_folder(files)), "p01.txt")
    assert title.startswith("The Harlow council voted on Monday to shut the Carrowgate bridge")
    assert "spring floods" not in title


_TAIL = " the officials in charge of the count said the mayor of Harlow had won a second term."


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # a part opening with "but" or "yet" goes on with the scene; the main clause follows it
        (
            "With the polls closed across the whole of the valley, but before the ballots"
            " came in from the north of the country," + _TAIL,
            _TAIL[1:2].upper() + _TAIL[2:],
        ),
        (
            "With the polls closed across the whole of the valley, yet with the ballots"
            " still uncounted in the far north of the country," + _TAIL,
            _TAIL[1:2].upper() + _TAIL[2:],
        ),
        # a main clause whose subject is "it" or "its …" points back into the scene: kept whole
        (
            "When the old bridge fell into the river early on Monday morning, it took twelve cars"
            " and a bus with it and left the town on the far bank cut off from the valley for days.",
            None,
        ),
        (
            "After weeks of argument over the cost of the repairs to the old stone bridge, its"
            " owners agreed on Monday to pay for a survey of the cracked piers by the end of the year.",
            None,
        ),
        # what follows the first comma is a participle, not a main clause: the opening was it
        (
            "Boeing on Tuesday cut its forecast for deliveries of the new jet this year, blaming a"
            " shortage of engines from suppliers and a strike at one of its plants that has lasted"
            " for weeks.",
            None,
        ),
        (
            "Even the council's own engineers doubted the old bridge for years, warning in report"
            " after report sent to the mayor that its piers were cracked and that it might one day"
            " fall.",
            None,
        ),
        # a count opening the lead is its subject, not a scene: the news, not its attribution
        (
            "Over 300 people died in floods across the north of the country on Monday, the"
            " government said in a statement issued late at night, calling on neighbouring states"
            " to send boats.",
            None,
        ),
        (
            "Just 12 of the 300 people who lived in the village survived the mudslide that buried"
            " it on Monday night, rescuers in the valley said in a statement issued late on"
            " Tuesday, calling for help.",
            None,
        ),
        (
            "As many as 300 people died in floods across the north of the country on Monday, the"
            " government of the country said in a long statement issued late at night, calling"
            " for help.",
            None,
        ),
        # a toll in the scene is the news: kept whole
        (
            "With 12 dead and 40 still missing, rescuers in the valley searched through the night"
            " on Monday for survivors of the mudslide that buried the small village under rock and mud.",
            None,
        ),
        (
            "With dozens of houses destroyed and hundreds of families homeless after the floods,"
            " the council voted on Monday to open the old school and the town hall to families"
            " until the water falls.",
            None,
        ),
        # the part after the first comma has no verb: a list or an aside goes on, kept whole
        (
            "In the north, the south and the east of the country, floods closed schools and roads"
            " and forced hundreds of families from their homes, as the river rose on Monday night.",
            None,
        ),
        (
            "In the capital, a city of more than two million people on the banks of the river,"
            " floods closed schools and roads on Monday as the water rose to a record height.",
            None,
        ),
        # a name written with a capital inside keeps its case when it opens the title
        (
            "After months of rumours among fans and a string of leaked photographs of the new"
            " model, iPhone sales fell sharply in the first quarter of the year as buyers waited"
            " for the new phone.",
            "iPhone sales fell sharply in the first quarter of the year as buyers waited for the"
            " new phone.",
        ),
        # a name's particle opens a sentence in capitals, as it would in print
        (
            "After a long and heated debate in the council chamber that ran late into the night,"
            " de Klerk told the assembly on Monday that the bridge would be closed to lorries.",
            "De Klerk told the assembly on Monday that the bridge would be closed to lorries.",
        ),
    ],
)
def test_a_scene_is_left_out_only_before_a_main_clause_that_stands_without_it(
    lead: str, title: str | None
) -> None:
    from corroborate.engine.text.titles import TITLE_WORDS, _without_opening_phrase

    assert len(lead.split()) > TITLE_WORDS
    assert _without_opening_phrase(lead) == (lead if title is None else title)


def _lead_of_scene_parts(parts: int) -> str:
    return "With " + "as the river rose, " * parts + "the council voted on Monday to close it."


def test_a_one_megabyte_lead_of_scene_parts_is_given_back_as_it_is() -> None:
    from corroborate.engine.text.titles import _without_opening_phrase

    lead = _lead_of_scene_parts(55_000)
    # no main clause within a title's length of the opening: the lead as it is
    assert _without_opening_phrase(lead) == lead


def test_a_lead_of_twice_the_scene_parts_takes_at_most_twice_the_steps_to_read() -> None:
    from corroborate.engine.text.titles import _without_opening_phrase

    # each part tried joined every part before and after it again: hours for a megabyte
    def read(parts: int) -> str:
        return _without_opening_phrase(_lead_of_scene_parts(parts))

    assert grows_linearly(read, 5_000)


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # a clause closing inside a quotation just past the limit: the quotation is closed
        (
            "The mayor of Harlow told the council on Monday night that the town would build a new"
            ' bridge over the Tessel, saying "we will rebuild it, stone by stone, whatever it'
            ' costs, and we will do it within two years."',
            "The mayor of Harlow told the council on Monday night that the town would build a new"
            ' bridge over the Tessel, saying "we will rebuild it, stone by stone, whatever it'
            ' costs …"',
        ),
        # cut inside a bracket: the bracket is closed
        (
            "The mayor of Harlow told the council on Monday night that the town would build a new"
            " bridge over the Tessel river next year (at a cost, she said, of ten million, half of"
            " it from the state) to replace the old one.",
            "The mayor of Harlow told the council on Monday night that the town would build a new"
            " bridge over the Tessel river next year (at a cost, she said, of ten million …)",
        ),
        # cut inside curly quotation marks at the length itself
        (
            "The mayor of Harlow told the council on Monday night that the town would build a new"
            " bridge over the river Tessel next year, saying “we will rebuild it, stone by stone,"
            " and the town will be whole again within two years, whatever it costs.”",
            "The mayor of Harlow told the council on Monday night that the town would build a new"
            " bridge over the river Tessel next year, saying “we will rebuild it, stone by stone …”",
        ),
    ],
)
def test_a_title_cut_inside_a_quotation_or_a_bracket_closes_it(lead: str, title: str) -> None:
    from corroborate.engine.text.titles import _cut_title

    assert _cut_title(lead) == title


def test_a_long_lead_whose_point_follows_a_colon_leaves_out_its_appositive_and_participle() -> None:
    from corroborate.engine.text.segment import content_stems, words
    from corroborate.engine.text.titles import _shortened

    lead = (
        "Harlow Reyes Partners, the property firm, is offering a new deal to the former tenant"
        " who unsuccessfully sued the firm, accusing it of unfair evictions of the elderly tenants"
        " of its riverside blocks: drop the case for"
        " good or pay us $200,000 in costs."
    )
    shared = frozenset(
        content_stems(words("Harlow Reyes Partners firm offering tenant sued evictions case pay"))
    )
    title = _shortened(lead, shared)
    assert title.startswith("Harlow Reyes Partners … is offering a new deal to the former tenant")
    assert title.endswith("drop the case for good or pay us $200,000 in costs.")
    assert "the property firm" not in title and "accusing" not in title


@pytest.mark.parametrize(
    "lead",
    [
        # a clause opening "the …" after a word in lower case is the sentence's own, not an aside
        "After a week of storms along the coast, the council closed the Harlow bridge on Monday,"
        " saying the piers had moved, and the ferry will carry cars until engineers finish the"
        " survey of the old stone arches in the spring.",
        # an appositive holding a verb is a clause
        "Harlow, the town that lost its bridge in the floods of the spring, is asking the ferry"
        " company to run a night service for the nurses of the county hospital across the water.",
    ],
)
def test_a_clause_that_only_looks_like_an_appositive_is_not_left_out(lead: str) -> None:
    from corroborate.engine.text.titles import _aside_by_place

    parts = lead.split(", ")
    assert not any(
        _aside_by_place(parts[i - 1] + ",", parts[i] + ",")
        for i in range(1, len(parts))
        if parts[i].startswith("the ")
    )


@pytest.mark.parametrize(
    ("lead", "said", "subject"),
    [
        (
            "In Harlow, the mayor, citing poor health, resigned on Friday after twenty years in"
            " office and five elections won by wide margins in every ward of the city, her office"
            " said in a statement released late on Friday night to reporters",
            "resigned Friday twenty years office five elections won wide margins ward city statement",
            "the mayor",
        ),
        (
            "According to Fennick News, the minister, facing a vote he was sure to lose, resigned"
            " on Friday after nine years in office and three elections won by wide margins in every"
            " region of the country, his party said late on Friday night",
            "resigned Friday nine years office three elections won wide margins region country",
            "the minister",
        ),
        (
            "At Fennick Mills, the managers, reading from a letter, told 400 workers on Monday that"
            " the plant would close in June after 140 years and move its work to a new site in"
            " Tessel, the union said in a statement on Monday night",
            "400 workers Monday plant close June 140 years move work Tessel union statement",
            "the managers",
        ),
    ],
)
def test_the_subject_after_an_opening_phrase_ending_in_a_name_is_not_left_out_as_an_appositive(
    lead: str, said: str, subject: str
) -> None:
    from corroborate.engine.text.segment import content_stems, words
    from corroborate.engine.text.titles import _shortened

    assert subject in _shortened(lead, frozenset(content_stems(words(said))))


_BRIDGE_STORY = (
    "A road bridge over the River Tessel in Carrowgate collapsed on Tuesday, sending four cars"
    " into the water, the fire service said.\n\nSix people were pulled from the river and all"
    " of them survived, the county council said."
)


@pytest.mark.parametrize(
    "dateline",
    [
        "CARROWGATE, England (Reuters) -",
        "CARROWGATE, England, March 4 (Reuters) -",
        "Carrowgate, England (AP) —",
        "Carrowgate, March 4 (Harlow News Service)",
        "CARROWGATE, England --",
        "CARROWGATE |",
        "CARROWGATE, Fennshire |",
        "By Lee Park, Harlow Herald CARROWGATE —",
        "Lee Park, Fennick Press CARROWGATE (FP) —",
    ],
)
def test_a_dateline_cut_onto_its_own_line_above_the_story_is_no_headline(
    make_folder, dateline: str
) -> None:
    files = {
        "p01.txt": f"{dateline}\n\n{_BRIDGE_STORY}",
        "p02.txt": _BRIDGE_STORY.replace("Tuesday", "Tuesday morning"),
    }
    analysis = analyze(make_folder(files))
    assert not analysis.articles[0].has_headline
    assert analysis.title.startswith("A road bridge over the River Tessel")


@pytest.mark.parametrize(
    "headline",
    [
        "Carrowgate bridge falls into the Tessel (VIDEO)",
        "Bridge falls in Carrowgate (AP)",
        "Carrowgate Mayor Lee Park Resigns (Updated)",
        "Bridge collapse: what NATO engineers say -",
        "Carrowgate council votes to close bridge | HARLOW HERALD",
    ],
)
def test_a_headline_closing_on_a_place_a_bracket_or_a_dash_is_no_dateline(headline: str) -> None:
    assert is_headline(article(0, "p01.txt", headline))


@pytest.mark.parametrize(
    "opening",
    [
        "CARROWGATE | ",
        "CARROWGATE, Fennshire | ",
        "Lee Park, Harlow Herald CARROWGATE — ",
    ],
)
def test_a_lead_titles_the_story_without_the_dateline_or_byline_glued_to_it(
    make_folder, opening: str
) -> None:
    files = {
        "p01.txt": f"{opening}{_BRIDGE_STORY}",
        "p02.txt": f"{opening}{_BRIDGE_STORY}".replace("Tuesday", "Tuesday morning"),
    }
    assert analyze(make_folder(files)).title.startswith("A road bridge over the River Tessel")


@pytest.mark.parametrize(
    ("lead", "shared", "point", "aside"),
    [
        (
            "Water from the Harlow Hill reservoir tested clean of diesel on Thursday, news that"
            " came as no surprise to the city's engineers at the waterworks on Canal Street yet"
            " did not change their plan to drain 12 million gallons after a truck leaked into it.",
            "Harlow Hill reservoir diesel clean drain million gallons truck leaked",
            "12 million gallons",
            "Canal Street",
        ),
        (
            "The Fennick council approved the bridge budget on Monday, a move that surprised few"
            " of the residents who had packed the town hall on Elm Street all evening but left"
            " the plan to close the old ferry for good in doubt.",
            "Fennick council bridge budget approved ferry close plan doubt",
            "old ferry",
            "Elm Street",
        ),
        (
            "Shares in Harlow Mills rose sharply on Friday, a step that traders at the city's small"
            " exchange on Dock Road had expected for weeks yet the company still plans to cut 400"
            " jobs at its Tessel plant next spring.",
            "Harlow Mills shares rose company cut jobs Tessel plant",
            "400 jobs",
            "Dock Road",
        ),
    ],
)
def test_an_aside_in_a_long_lead_ends_where_but_or_yet_opens_the_leads_next_clause(
    lead: str, shared: str, point: str, aside: str
) -> None:
    from corroborate.engine.text.segment import content_stems, words
    from corroborate.engine.text.titles import _shortened

    title = _shortened(lead, frozenset(content_stems(words(shared))))
    assert point in title and aside not in title


@pytest.mark.parametrize("label", ["Advertisement", "Sponsored content", "ADVERTISING"])
def test_a_pages_label_repeated_around_its_headline_is_not_the_headline(label: str) -> None:
    text = f"{label}\n\nCarrowgate bridge falls into the Tessel\n\n{label}\n\n{_BRIDGE_STORY}"
    article_read = ingest(RawDocument(text=text), "p01.txt", 0)
    assert article_read.title == "Carrowgate bridge falls into the Tessel"


def test_a_headline_the_page_prints_twice_is_its_headline() -> None:
    text = f"Bridge falls in L.A.\n\nBridge falls in L.A.\n\n{_BRIDGE_STORY}"
    assert ingest(RawDocument(text=text), "p01.txt", 0).title == "Bridge falls in L.A."


@pytest.mark.parametrize(
    "line",
    [
        "Carrowgate bridge falls into the Tessel By Lee Park",
        "Carrowgate bridge falls into the Tessel By Lee Park and Sam Reyes, Harlow Herald",
        "Carrowgate bridge falls into the Tessel March 4, 2026",
        "Carrowgate bridge falls into the Tessel • 4 March 2026 10:45",
        "Carrowgate bridge falls into the Tessel 04/03/2026",
        "Carrowgate bridge falls into the Tessel 2 hours ago",
    ],
)
def test_a_byline_or_a_date_saved_on_the_headlines_line_is_not_the_headlines(line: str) -> None:
    read = ingest(RawDocument(text=f"{line}\n\n{_BRIDGE_STORY}"), "p01.txt", 0)
    assert read.title == "Carrowgate bridge falls into the Tessel"


@pytest.mark.parametrize(
    "headline",
    [
        "Carrowgate Bridge Designed By Lee Park Falls Into Tessel",  # title case
        "New mural of the Carrowgate bridge painted By Lee Park",  # its own agent
        "Harlow votes on the new Carrowgate bridge on March 4",  # its own date
    ],
)
def test_a_headlines_own_agent_or_date_stays_in_it(headline: str) -> None:
    read = ingest(RawDocument(text=f"{headline}\n\n{_BRIDGE_STORY}"), "p01.txt", 0)
    assert read.title == headline


@pytest.mark.parametrize(
    "standfirst",
    [
        "Four cars fell into the water and all six people on board were rescued",
        "Engineers had warned the council about cracks in the 1962 span for two years",
        "The county council says repairs had been due next spring; inspectors return on Wednesday",
    ],
)
def test_a_headline_over_its_longer_standfirst_is_the_headline(standfirst: str) -> None:
    text = (
        f"Carrowgate bridge falls into the Tessel\n\n{standfirst}\n\nBy Lee Park\n\n{_BRIDGE_STORY}"
    )
    assert ingest(RawDocument(text=text), "p01.txt", 0).title == (
        "Carrowgate bridge falls into the Tessel"
    )


def test_a_slogan_over_the_headline_sharing_a_word_with_the_story_is_not_its_headline() -> None:
    headline = "Carrowgate bridge falls into the Tessel with four cars on it"
    text = f"Telling the county's stories since 1881\n\n{headline}\n\n{_BRIDGE_STORY}"
    assert ingest(RawDocument(text=text), "p01.txt", 0).title == headline


@pytest.mark.parametrize(
    "byline",
    ["Lee Park, Fennick Press", "Lee Park and Sam Reyes, Fennick Press", "Lee Park, Harlow Herald"],
)
def test_a_byline_pasted_before_the_storys_dateline_is_not_its_headline(byline: str) -> None:
    text = f"{byline} CARROWGATE (FP) — {_BRIDGE_STORY}"
    read = ingest(RawDocument(text=text), "p01.txt", 0)
    assert not read.has_headline
    assert read.paragraphs[0].startswith("A road bridge over the River Tessel")


@pytest.mark.parametrize(
    "headline",
    ["Carrowgate Bridge Falls, Four Cars In Tessel", "Markets Rally, Stocks Hit Record"],
)
def test_a_headline_pasted_before_the_storys_dateline_is_its_headline(headline: str) -> None:
    text = f"{headline} CARROWGATE (FP) — {_BRIDGE_STORY}"
    assert ingest(RawDocument(text=text), "p01.txt", 0).title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Exclusive — and expensive: Harlow's new private school",
        "Breaking — and entering: a Fennick burglar's memoir",
        "Live – or let die: the Tessel otters' last summer",
        "Live — from Harlow, it's Saturday night",
        "Developing — slowly: Fennick's film club turns 40",
    ],
)
def test_a_label_word_the_headline_goes_on_from_after_a_dash_is_its_own(headline: str) -> None:
    assert story_title([article(0, "a.txt", headline)], [0]) == headline


@pytest.mark.parametrize(
    ("tagged", "bare"),
    [
        (
            "EXCLUSIVE: the letters that sank the Harlow mayor",
            "The letters that sank the Harlow mayor",
        ),
        ("Update: talks resume after the Fennick strike", "Talks resume after the Fennick strike"),
        (
            "Breaking news: three hurt as Carrowgate bridge falls",
            "Three hurt as Carrowgate bridge falls",
        ),
    ],
)
def test_a_headline_without_its_label_opens_with_a_capital(tagged: str, bare: str) -> None:
    assert story_title([article(0, "a.txt", tagged)], [0]) == bare


@pytest.mark.parametrize(
    "headline",
    [
        "Harlow council election set for May 7, 2026",
        "Remembering the great Tessel storm of October 16, 1987",
        "Harlow remembers the liberation, 8 May 1945",
        "The night the Carrowgate mill burned, 4 July 1976",
    ],
)
def test_a_headline_ending_in_its_own_date_keeps_it(headline: str) -> None:
    read = ingest(RawDocument(text=f"{headline}\n\n{_BRIDGE_STORY}"), "p01.txt", 0)
    assert read.title == headline


@pytest.mark.parametrize(
    "headline",
    ["Fennick memorial service for 9/11/2001", "Harlow festival tickets on sale from 12/05/2026"],
)
def test_a_headline_ending_in_its_own_date_in_figures_is_not_cut_before_it(headline: str) -> None:
    # (a line with a slash is refused as a headline, a path's or a menu's: it is not cut)
    read = ingest(RawDocument(text=f"{headline}\n\n{_BRIDGE_STORY}"), "p01.txt", 0)
    assert read.title in (headline, "p01")


@pytest.mark.parametrize(
    "headline",
    [
        "Harlow library built By Local Firm",
        "Carrowgate mural made By Schoolchildren",
        "New Tessel bridge paid for By Fennick Taxpayers",
    ],
)
def test_a_headline_whose_by_follows_an_irregular_past_keeps_its_agent(headline: str) -> None:
    read = ingest(RawDocument(text=f"{headline}\n\n{_BRIDGE_STORY}"), "p01.txt", 0)
    assert read.title == headline


@pytest.mark.parametrize("headline", ["Bridge collapses", "Carrowgate mourns"])
@pytest.mark.parametrize("between", ["", "Advertisement\n\n"])
def test_a_two_word_headline_the_page_prints_twice_is_its_headline(
    headline: str, between: str
) -> None:
    text = f"{headline}\n\n{between}{headline}\n\n{_BRIDGE_STORY}"
    assert ingest(RawDocument(text=text), "p01.txt", 0).title == headline


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Carrowgate Bridge Falls, Six Rescued (VIDEO)", "Carrowgate Bridge Falls, Six Rescued"),
        ("Bridge Falls, Three Hurt (PHOTOS)", "Bridge Falls, Three Hurt"),
        ("BRIDGE FALLS, THREE HURT (VIDEO)", "Bridge falls, three hurt"),
        ("Harlow Mayor Quits, Council Stunned (Updated)", "Harlow Mayor Quits, Council Stunned"),
        ("Tessel Floods Harlow, March 4 (Photos)", "Tessel Floods Harlow, March 4"),
    ],
)
def test_a_headline_with_a_clause_after_a_comma_and_a_pages_tag_in_brackets_is_no_dateline(
    headline: str, title: str
) -> None:
    read = ingest(RawDocument(text=f"{headline}\n\n{_BRIDGE_STORY}"), "p01.txt", 0)
    assert read.title == headline
    assert story_title([read], [0]).casefold() == title.casefold()


@pytest.mark.parametrize(
    "link",
    ["Tessel river barges halted after the storm", "River Tessel ferry runs again on Tuesday"],
)
def test_a_link_to_another_story_between_the_headline_and_its_standfirst_is_not_the_headline(
    link: str,
) -> None:
    standfirst = "Four cars fell into the water and all six people on board were rescued"
    text = f"Carrowgate bridge falls into the Tessel\n\n{link}\n\n{standfirst}\n\n{_BRIDGE_STORY}"
    assert ingest(RawDocument(text=text), "p01.txt", 0).title == (
        "Carrowgate bridge falls into the Tessel"
    )


@pytest.mark.parametrize(
    "deck",
    [
        # a deck in a headline's clipped style, a word or two longer than the headline
        "Six rescued as four cars plunge into river",
        "Four cars plunge into river, six pulled out alive",
    ],
)
def test_a_headline_over_a_deck_a_word_or_two_longer_is_the_headline(deck: str) -> None:
    text = f"Carrowgate bridge falls into the Tessel\n\n{deck}\n\n{_BRIDGE_STORY}"
    assert ingest(RawDocument(text=text), "p01.txt", 0).title == (
        "Carrowgate bridge falls into the Tessel"
    )


def test_a_heading_over_a_line_no_longer_than_it_is_still_read_by_the_fuller_line() -> None:
    # a short label over the headline is no headline over its deck: the fuller line is
    # the headline
    text = f"Tessel bridge collapse\n\nCarrowgate bridge falls into the Tessel\n\n{_BRIDGE_STORY}"
    assert ingest(RawDocument(text=text), "p01.txt", 0).title == (
        "Carrowgate bridge falls into the Tessel"
    )


def test_papers_running_one_wire_story_are_titled_by_the_headline_they_agree_with() -> None:
    # one source's three copies (one group), each under its paper's own headline: the one
    # the others agree with heads it, not the first file's
    titles = [
        "Questions over Carrowgate bridge inspections",
        "Carrowgate bridge falls into the Tessel",
        "Carrowgate bridge falls into River Tessel",
    ]
    articles = [article(i, f"p0{i + 1}.txt", title) for i, title in enumerate(titles)]
    assert story_title(articles, [0, 0, 0]) in titles[1:]


def test_headlines_of_other_sources_outweigh_those_over_copies_of_one_source() -> None:
    # one source's two copies share a side headline word for word; two other sources agree
    # with each other on the story's: the agreement across sources is read first
    titles = [
        "Questions over Carrowgate bridge inspections",
        "Questions over Carrowgate bridge inspections",
        "Carrowgate bridge falls into the Tessel",
        "Carrowgate bridge falls into River Tessel",
    ]
    articles = [article(i, f"p0{i + 1}.txt", title) for i, title in enumerate(titles)]
    assert story_title(articles, [0, 0, 1, 2]) in titles[2:]


@pytest.mark.parametrize(
    "caption",
    [
        "Rescuers carry a climber down from Harrowgate Fell on Friday",
        "Volunteers search the slopes of Harrowgate Fell, Thursday, March 5",
        "Divers search the river beside the Carrowgate bridge on Tuesday night",
        "Firefighters inspect the burned warehouse roof in Brennock on Monday evening",
        "Volunteers sort the donated clothes at a Dunmere church on Saturday morning",
        "Mourners lay a wreath at the Carrowgate memorial on Sunday",
        # without a verb: who is seen, then where ("Fell" is a name, not a verb)
        "Volunteers at the foot of Harrowgate Fell",
        "Mourners outside the church in Carrowgate",
        "Rescue workers on the banks of the Tessel",
        "Firefighters inside the burnt-out Brennock warehouse",
        # one person after "A" or "An", and a participle set as an adjective after the article
        "A climber at the foot of Harrowgate Fell",
        "An elderly resident outside the flooded Carrowgate station",
        "A police officer beside the fallen footbridge",
        "Divers beside the fallen Carrowgate footbridge",
        "Commuters beside the stranded train at Carrowgate",
    ],
)
def test_a_pictures_description_without_a_full_stop_at_the_top_is_no_headline(
    caption: str,
) -> None:
    read = ingest(
        RawDocument(text=f"Skip to main content\n\n{caption}\n\n{_BRIDGE_STORY}"), "p.txt", 0
    )
    assert not read.has_headline


@pytest.mark.parametrize(
    "headline",
    [
        "Families wait on riverbank for news of missing",  # its object bare, no day
        "Divers search Tessel for missing driver",
        "Crowds gather at the Carrowgate bridge on Sunday",  # a place after the verb, no object
        "Mayor signs the bridge budget on Tuesday",  # a deed, not what a picture shows
        "Bridge to reopen on Friday",
        "We search the river every Friday",  # the first person is a writer's
        # an article and "on" a day, but no place: a headline's news in the present
        "Workers repair the bridge on Monday",
        "Orran Senate passes the budget on Friday",
        "Central bank holds the key rate on Thursday",
        "Rail unions stage a strike on Monday",
        # a body's, a team's or the weather's act, a place and a day: news, not a scene
        "Orran Senate passes the budget in a late vote on Friday",
        "Tessel Rovers play the final at home on Sunday",
        "Storm leaves a trail of damage across Carrowgate on Sunday",
        # a plan or a forecast, a place and a day: no picture shows it
        "Firm to repair the bridge over the Tessel on Monday",
        "Council will clear the road into Carrowgate on Friday",
        "Crews could repair the bridge over the Tessel on Monday",
        # no verb, people and a place: an idiom, or what happened told after the place
        "Commuters in the dark over Carrowgate bridge reopening",
        "Residents in shock after Carrowgate bridge collapse",
        "Divers on the Tessel for a second day",
        "Four commuters dead in Carrowgate bridge collapse",
        "Drivers at the mercy of the Tessel ferry",
        # one person in an idiom, a thing that is no person, a participle and the news after it
        "A man on a mission to save the Tessel ferry",
        "A nurse on the front line of Carrowgate's flu season",
        "A climber at the top of his game",
        "A paper on the risks of dredging the Tessel",
        "Divers beside the fallen footbridge after collapse",
    ],
)
def test_a_headline_in_the_present_ending_on_a_day_or_without_an_article_stays_a_headline(
    headline: str,
) -> None:
    read = ingest(RawDocument(text=f"{headline}\n\n{_BRIDGE_STORY}"), "p.txt", 0)
    assert read.title == headline


@pytest.mark.parametrize(
    "above",
    [
        # a shorter link to another story right above the headline
        "Tessel river traffic halted at Carrowgate",
        # a topic's label sharing the story's two names
        "More on the Carrowgate bridge",
    ],
)
def test_a_shorter_line_above_the_headline_telling_less_of_the_opening_is_not_its_headline(
    above: str,
) -> None:
    # the headline is only a word or two longer than the line above it: length does not tell
    # them apart, what each tells of the story's opening does
    text = f"{above}\nCarrowgate bridge falls into the river Tessel\n\n{_BRIDGE_STORY}"
    assert ingest(RawDocument(text=text), "p01.txt", 0).title == (
        "Carrowgate bridge falls into the river Tessel"
    )
