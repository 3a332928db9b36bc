"""Story sentences in the words of a page's call-out box, its appeals for money, its
subscription steps, its print and filing stamps and its note on the writer: a reader's
question quoted, an appeal credited after its verb, a council's alert service, a court paper
filed at an hour, a book first printed in a year, an obituary's or a review's last line on
its author, an agency reporting on its figures. Each keeps its place in the story, at the
page's end too, while the page's own forms still go. Every line is invented, as are the
outlets (Harlow Herald, Fennick Wire)."""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.furniture import furniture_kind
from corroborate.engine.text.ingest import ingest
from corroborate.engine.text.segment import read_paragraphs

HEADLINE = "Harlow Bridge Reopens After Two-Year Repair"
STORY = (
    "HARLOW (Fennick Wire) — The Harlow bridge reopened to traffic on Monday after a "
    "two-year repair that cost $40 million, city officials said.",
    "Mayor Lena Ruiz cut a ribbon at the east end of the span while a brass band played.",
    "Engineers replaced two piers and the whole deck, according to the transport department.",
    "Commuters said the closure had added up to an hour to their daily trips.",
)
#: The page's foot under the story: link stubs and a prompt, skipped when its closing lines
#: are looked for.
FOOT = ("Sign up for our newsletter.", "Up next", "Sign in to save")


def _kept(line: str, at_end: bool) -> bool:
    """Whether every sentence of a line reaches the story's sentences, the line placed in the
    story's middle or as its last paragraph above the page's foot."""
    lines = [HEADLINE, *STORY, line, *FOOT] if at_end else [HEADLINE, *STORY[:2], line, *STORY[2:]]
    article = ingest(RawDocument("\n\n".join(lines)), "harlow.txt", 0)
    if line not in article.paragraphs:
        return False
    read = read_paragraphs([line])[line]
    return all(features is not None for _, features in read)


#: A reader's or a resident's question under a call-out's label, answered or told by the story.
QUESTIONS_REPORTED = (
    "Tell us: why did the pumps fail? That was the question residents put to the water board "
    "on Monday.",
    "Tell us: is the tram worth $2 billion? The council's consultation on the line closes on "
    "Friday.",
    "Tell us: who benefits? The question was painted on the wall of the closed mill.",
    "Share your experiences: the inquiry's website asked nurses to describe shortages, and "
    "4,000 replied.",
)

#: An appeal or a promise credited to its speaker after the verb, with a title between
#: commas, by "according to", or by a verb of promising, claiming or reading.
CREDITED_APPEALS = (
    "We rely on readers' subscriptions for nearly all of our income, said Mara Lind, the "
    "magazine's publisher.",
    "We rely on readers for tips, its editor, Jo Park, said.",
    "Every donation helps, said Rosa Imbert, who runs the food bank in a church basement.",
    "Every donation matters when the winter is this cold, according to the shelter's manager.",
    "Support local news, urged Senator Dana Whitlow, who wants a tax credit for subscriptions.",
    "Support us, said the owner of the corner shop, who has put a donation box by the till.",
    "Our crews are on the ground in Fennick, said Ana Ruiz of Harlow Power.",
    "Your responses are confidential and will not be shared with the tax office, the census "
    "bureau promises.",
    "We'll never share your data with advertisers, the company promised in 2019, a pledge it "
    "later broke.",
    "We will never share your details with the police, the charity's helpline assures callers.",
    "We will keep you informed at every step, the hospital assured the families.",
    "Start your free trial now, the scam text message read, with a link to a fake bank page.",
    "Try the Fennick Parking app instead, the council suggests on signs at the car park.",
    "Get the Orlen Ferry app was the advice on posters at the terminal.",
)

#: A form's words about someone else's service, or going on past the page's short note.
SOMEONE_ELSES_SERVICE = (
    "You can unsubscribe from the council's flood alerts by texting STOP to 60060.",
    "You may unsubscribe from the open electoral register by writing to the council.",
    "Check your email for a confirmation from the passport office within five days.",
    "Check your inbox for a confirmation code, which the bank sends within ten minutes of a "
    "transfer.",
    "Your details will be kept confidential under the new whistleblower law, which takes "
    "effect in June.",
    "Submit your comments on the bypass plan to the council by May 5.",
    "Submit your questions for the candidates' debate by Friday through the league's website.",
    "Submit your photos of the comet to the observatory and the best will go on show in June.",
    "This site is free to access on weekdays, though parking costs $10.",
    "This site is free for all visitors on the first Sunday of each month.",
    "Every contribution, however small, helps the museum buy back pieces of its collection.",
    "The author declares no conflict of interest in the paper, yet she owns shares in the "
    "firm, filings show.",
)

#: A date opening a sentence about a court paper or a book, not a page's stamp.
DATES_OF_THE_STORY = (
    "Filed at 4:50 p.m. on Friday, the lawsuit names three officers and the city.",
    "Filed at 11:59 p.m., just before the deadline, the appeal runs to 300 pages.",
    "Filed on 14 June 2024, the complaint accuses the landlord of fraud.",
    "Filed at 3 a.m., the police report describes a man running from the warehouse.",
    "Published in print in 1852, the novel was banned in three countries.",
    "Published in print on 12 March, the report was withdrawn online a day later after errors "
    "were found.",
    "Published in print in only 500 copies, the atlas now sells for $80,000 at auction.",
)

#: A review's or an obituary's sentence on its author, under its label or closing the page.
AUTHORS_IN_THE_STORY = (
    "About the author: the book says little of her childhood in Fennick, which she left at 16.",
    "About the author: police said she wrote the ransom note in the same ink as the book's "
    "margins.",
    "The writer is a former diplomat who served in Cairo, and his novel draws on that time.",
    "The author is a nurse who spent a decade in field hospitals, and it shows on every page.",
    "The author was a lifelong smoker and died of lung cancer in 1998.",
    "The writer was a regular at the café for forty years, and his table is still kept free.",
    "The columnist was a fierce critic of the mayor, who sued him twice for libel.",
    "The author is the first woman to win the prize in its 60-year history.",
    "The writers are a married couple who met at the paper in 1985.",
    "This author is a favourite of the prize's judges, having been shortlisted three times.",
    "The writer is an heir to a shipping fortune, court papers show.",
    "The author is a suspect in the theft, police believe.",
    "The author was a witness at the trial and spoke for three hours.",
)

#: An agency, a firm or an official reporting on something: no writer's note.
REPORTERS_OF_FIGURES = (
    "The Labor Department reports on jobless claims every Thursday.",
    "Statistics Canada reports on retail sales next week.",
    "The Harlow Water Board reports on reservoir levels every Monday during the drought.",
    "The Fennick Times reports on the trial daily and has a reporter in the courtroom.",
    "Mayor Lena Ruiz reports on her first 100 days to the council on Tuesday.",
    "Inspector Sam Reyes reports on the inquiry to the chief constable each Friday.",
    "Tessel Furnishings reports on its quarterly earnings next week.",
    "Ana Ruiz reports on the search to the families each evening at the village hall.",
    "The Federal Reserve has reported on bank lending since 1990.",
    "The National Weather Service covers the region from an office in Fennick.",
)


@pytest.mark.parametrize("at_end", [False, True])
@pytest.mark.parametrize("line", QUESTIONS_REPORTED)
def test_a_question_under_a_call_out_label_that_the_story_tells_stays_story(
    line: str, at_end: bool
) -> None:
    assert _kept(line, at_end)


@pytest.mark.parametrize("at_end", [False, True])
@pytest.mark.parametrize("line", CREDITED_APPEALS)
def test_an_appeal_credited_after_its_verb_or_by_a_promise_stays_story(
    line: str, at_end: bool
) -> None:
    assert _kept(line, at_end)


@pytest.mark.parametrize("at_end", [False, True])
@pytest.mark.parametrize("line", SOMEONE_ELSES_SERVICE)
def test_a_forms_words_about_someone_elses_service_stay_story(line: str, at_end: bool) -> None:
    assert _kept(line, at_end)


@pytest.mark.parametrize("at_end", [False, True])
@pytest.mark.parametrize("line", DATES_OF_THE_STORY)
def test_a_filing_or_printing_date_opening_a_sentence_stays_story(line: str, at_end: bool) -> None:
    assert _kept(line, at_end)


@pytest.mark.parametrize("at_end", [False, True])
@pytest.mark.parametrize("line", AUTHORS_IN_THE_STORY)
def test_a_reviews_or_an_obituarys_sentence_on_its_author_stays_story(
    line: str, at_end: bool
) -> None:
    assert _kept(line, at_end)


@pytest.mark.parametrize("at_end", [False, True])
@pytest.mark.parametrize("line", REPORTERS_OF_FIGURES)
def test_an_agency_or_an_official_reporting_on_something_is_no_writers_note(
    line: str, at_end: bool
) -> None:
    assert _kept(line, at_end)


#: The page's own forms of the same classes, in other wordings: still furniture.
PAGE_FORMS = (
    "Tell us: did the storm damage your home?",
    "Share your photos: send them to pictures@harlowherald.com.",
    "If you've been affected by the closures, tell us about it.",
    "Your contact details will be kept confidential.",
    "Your responses will be kept confidential and only used for this story.",
    "Every donation, big or small, helps.",
    "You can unsubscribe at any time using the link in our emails.",
    "Check your inbox to complete your sign-up.",
    "Submit your question using the form below.",
    "Submit your photos here.",
    "About the author: Sam Ortiz is a freelance journalist based in Fennick.",
    "The authors report no competing interests.",
    "Our reporting is free to access for all readers.",
    "Published in print on Tuesday, March 5, 2026.",
    "This article was published in print on 4 May.",
    "Filed at 9:42 a.m.",
    "Filed on 4 May 2026 at 10:00.",
)


@pytest.mark.parametrize("line", PAGE_FORMS)
def test_the_pages_own_call_outs_appeals_and_stamps_in_other_words_are_furniture(
    line: str,
) -> None:
    assert furniture_kind(line) is not None
    assert not _kept(line, at_end=False)


#: The page's note on its writer, in the present and for an outlet, above its foot.
WRITERS_NOTES = (
    "The writer is a senior fellow at the Fennick Institute.",
    "The author is an associate professor of law at Harlow University.",
    "The columnist is a retired judge.",
    "Sam Reyes reports on health for the Fennick Courier.",
    "Lee Park reports on the environment for the Tessel Times.",
)


@pytest.mark.parametrize("line", WRITERS_NOTES)
def test_the_pages_note_on_its_writer_above_its_foot_is_still_furniture(line: str) -> None:
    assert not _kept(line, at_end=True)


#: Pictures by someone, the sentence going on about them: news, not a credit.
PICTURES_IN_THE_STORY = (
    "Photographs by Dana Reyes, taken in 1962, sold at auction for $40,000 on Tuesday.",
    "Photos by Sam Ortiz show the river bursting its banks at dawn.",
    "Photos by Ana Ruiz and Sam Reyes were shown at the festival.",
    "Photographs by Harlow police were released on Monday.",
    "Photos by Lee Park won the regional prize for news pictures in 2023.",
    "Photographs by Lee Park, now in the state archive, show the mill in 1931.",
)


@pytest.mark.parametrize("at_end", [False, True])
@pytest.mark.parametrize("line", PICTURES_IN_THE_STORY)
def test_pictures_by_someone_told_of_in_a_sentence_stay_story(line: str, at_end: bool) -> None:
    assert _kept(line, at_end)


@pytest.mark.parametrize("line", PICTURES_IN_THE_STORY)
def test_pictures_by_someone_told_of_after_a_sentence_stay_story(line: str) -> None:
    glued = f"{STORY[1]} {line}"
    assert furniture_kind(glued) is None
    assert _kept(glued, at_end=False)


@pytest.mark.parametrize(
    "credit",
    [
        "Photos by Lee Park",
        "Photo by Lee Park for the Harlow Herald",
        "Photo by Lee Park on Unsplash",
        "Photos by Lee Park, Harlow Herald",
        "Photo by Lee Park The mayor cuts the ribbon.",
        f"{STORY[1]} Photo by Lee Park for The Harlow Herald",
        f"{STORY[1]} (Photo by Lee Park via Fennick Wire)",
    ],
)
def test_a_pictures_credit_by_name_is_still_furniture(credit: str) -> None:
    assert furniture_kind(credit) == "caption"


def test_someone_covering_an_area_counted_out_is_no_writers_note_at_the_pages_end() -> None:
    assert _kept("Oren Malik covers the whole county with a staff of 300 firefighters.", True)
    assert not _kept("Lee Park covers transport for the Harlow Herald.", True)


#: A review of an invented book: its last line tells of the author it is about.
REVIEW = (
    "Harlow's river, remembered",
    "Dana Reyes's first book, a memoir of growing up beside the Tessel river, is a quiet triumph.",
    "The memoir follows the river from the mill to the sea and the families who fished it.",
    "Its best chapters describe the flood of 1968, when the mill's wheel was torn away.",
)


@pytest.mark.parametrize(
    "last",
    [
        "The author is a former police officer.",
        "The author is a descendant of the mill's founder.",
        "The writer is an amateur astronomer from Orlen.",
    ],
)
def test_a_reviews_last_line_on_the_author_of_its_book_stays_story(last: str) -> None:
    article = ingest(RawDocument("\n\n".join([*REVIEW, last, *FOOT])), "review.txt", 0)
    assert last in article.paragraphs


def test_an_opinion_pieces_note_on_its_writer_is_furniture_beside_a_second_note() -> None:
    lines = [
        HEADLINE,
        *STORY,
        "The writer is a senior fellow at the Fennick Institute.",
        "The writer was formerly the Herald's Beijing correspondent.",
    ]
    article = ingest(RawDocument("\n\n".join(lines)), "opinion.txt", 0)
    assert "The writer is a senior fellow at the Fennick Institute." not in article.paragraphs


#: Appeals credited after the verb by more verbs: admitting, advising, pleading, joking.
@pytest.mark.parametrize(
    "line",
    [
        "We rely on readers to spot the errors, admitted the editor, Jo Park.",
        "Start your subscription early, advises the consumer group Which.",
        "Support us, pleads a banner across the bakery's window.",
        "Give us a follow, the mayor joked at the launch of the council's new account.",
        "Every donation helps, organisers insist.",
    ],
)
def test_an_appeal_credited_by_admitting_advising_pleading_or_joking_stays_story(
    line: str,
) -> None:
    assert _kept(line, at_end=False)


@pytest.mark.parametrize("at_end", [False, True])
@pytest.mark.parametrize(
    "line",
    [
        "Share your story: the library's new oral-history project asks older residents to record "
        "memories of the mill.",
        "Share your thoughts: that is all the survey asks, and 900 residents replied.",
        "Donate now or the shelter closes, read the sign taped to the door.",
    ],
)
def test_a_call_out_reported_by_its_label_or_a_sign_read_stays_story(
    line: str, at_end: bool
) -> None:
    assert _kept(line, at_end)


def test_a_storys_last_line_on_the_writer_of_a_letter_it_tells_of_stays_story() -> None:
    lines = [
        HEADLINE,
        *STORY,
        "An anonymous letter sent to the council in May had warned that the piers were cracked.",
        "The writer is a former engineer at the transport department.",
        *FOOT,
    ]
    article = ingest(RawDocument("\n\n".join(lines)), "letter.txt", 0)
    assert "The writer is a former engineer at the transport department." in article.paragraphs
