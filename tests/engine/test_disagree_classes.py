"""Disagreements by class of text: what is a real conflict between outlets and what only looks like one.

Each class is one kind of sentence pair a real story holds, written here as
fictional sentences: two counts of one thing at one time in other words, a
count given among other facts, a person's age, a date set by its own context,
one person named two ways. Each has its look-alikes that must stay silent:
one amount in two currencies, figures of other years or other people, tables
of percentages, names of flights and streets, negations that agree.
"""

from __future__ import annotations

import pytest

from corroborate.engine import analyze
from corroborate.engine.conflicts.disagree import compare


def _kind(a: str, b: str) -> str | None:
    found = compare(a, b)
    reverse = compare(b, a)
    assert (found and found.kind) == (reverse and reverse.kind)  # the order never matters
    return found.kind if found else None


# -- two counts of the same thing at the same time ---------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the injured, counted as "wounded" by one outlet and "injuring ... other people" by another
        (
            "The explosion killed two, apparently the bombers, and wounded 19 shoppers.",
            "A van packed with explosives blew up outside the Larkin Street market on Friday, "
            "killing the two bombers, injuring 26 other people and closing the square.",
        ),
        # one fact agreed (three dead), the other not (at least six / at least three injured)
        (
            "Gunfire on Harbor Road early Tuesday left three people dead and at least six injured.",
            "Three people were killed, at least three were injured and police were searching "
            "for the gunman Tuesday.",
        ),
        # little else in common but the words around the count: possible sightings in N states
        (
            "A bureau spokesman said officers are checking possible sightings of the pair in "
            "11 states, most of them in the Midwest.",
            "Police in 19 states are also looking into possible sightings, but none has been "
            "confirmed.",
        ),
    ],
)
def test_two_outlets_counting_one_thing_differently_disagree_on_a_number(a: str, b: str) -> None:
    assert _kind(a, b) == "number"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # ages given for one named person
        (
            "The 72-year-old Hale pleaded guilty to the weapons charge in March.",
            "Hale, 73, pleaded guilty to the weapons charge in March.",
        ),
        # one distance for one place
        (
            "The village of Brenna lies 12 miles from the border crossing.",
            "Brenna is 20 miles from the border crossing, the army said.",
        ),
    ],
)
def test_two_ages_or_distances_for_one_referent_disagree(a: str, b: str) -> None:
    assert _kind(a, b) == "number"


def test_two_days_for_one_reopening_disagree_though_the_sentences_differ_around_them() -> None:
    a = "The ferry service will resume Friday if divers find no damage to the pier, Moreau said."
    b = "Harbour Lines said the ferry service across the bay would resume Saturday."
    assert _kind(a, b) == "date"


# -- one thing counted, its word standing further from one figure -------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the counted word beside one figure, at the head of the other's clause
        (
            "Voter turnout in the Tessel referendum reached 64 percent, the board said.",
            "The board put turnout in the Tessel referendum at 57 percent.",
        ),
        # the valuing verb four words before the second figure
        (
            "The missing Varga statue is valued at 2 million euros.",
            "Insurers value the missing Varga statue at 900,000 euros.",
        ),
        # "12 people" names nothing the dead contradict
        (
            "The fire at the Orrin depot killed 12 people, officials said.",
            "At least 15 people died in the fire at the Orrin depot, officials said.",
        ),
        # one says more of what it counts
        (
            "The Halvard ferry was carrying 150 passengers.",
            "The Halvard ferry had 210 passengers aboard.",
        ),
    ],
)
def test_one_thing_counted_with_its_word_further_from_one_figure_is_a_number_conflict(
    a: str, b: str
) -> None:
    assert _kind(a, b) == "number"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a whole (two embassies, named places) and a part (one embassy)
        (
            "Officials blame the group for the May 3 bombings of embassies in Tarn and Orrin "
            "that killed 96 people, including 4 diplomats.",
            "Later, Hale travelled to Orrin where, officials believe, he joined in the May 3 "
            "bombing of the embassy that left 11 people dead.",
        ),
        # the counted word of one is in the other's sentence, beside another figure
        (
            "Turnout reached 64 percent, the board said.",
            "The board said 57 percent of voters backed the plan and turnout was high.",
        ),
        # a poll's sample and another poll's margin: the margin's word stands by the
        # first poll's own margin, not by its sample
        (
            "The Orrin poll, which interviewed 2,104 people, had a margin of error of plus or "
            "minus two percentage points.",
            "It has a margin of sampling error of plus or minus three points.",
        ),
        # a payroll and a cut
        (
            "Halvard Corp. will cut 450 jobs at its Tessel plant.",
            "Halvard Corp., which employs 3,000 workers at its Tessel plant, declined to comment.",
        ),
    ],
)
def test_figures_of_a_part_or_of_other_things_in_one_story_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


# -- one person's age, one quake's magnitude ---------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # an age with a description after it is no sum of the description's figures
        ("Hale, a 34-year-old father of two, was killed.",
         "Hale, 36, was killed in the crash.", "34 / 36"),
        ("A 6.1-magnitude earthquake struck Orrin on Sunday.",
         "A magnitude 5.8 earthquake struck Orrin on Sunday.", "6.1 / 5.8"),
    ],
)  # fmt: skip
def test_one_persons_age_or_one_quakes_magnitude_written_two_ways_is_a_number_conflict(
    a: str, b: str, detail: str
) -> None:
    assert _kind(a, b) == "number"
    found = compare(a, b)
    assert found is not None and found.detail == detail


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two people of one family
        ("Tom Hale, 34, was killed in the crash.", "Ann Hale, 36, was hurt in the crash."),
        # a father and a son
        ("Hale, a 34-year-old father of two, was killed.", "Hale, 12, was killed in the crash."),
        # an age at another time
        ("Hale, who was 34 when he was first arrested in 2010, died on Sunday.",
         "Hale, 36, died on Sunday."),
        # a quake and its aftershock
        ("A 6.1-magnitude earthquake struck Orrin on Sunday.",
         "A magnitude 4.2 aftershock struck Orrin hours later on Sunday."),
        # ... and on another day: the place and the verb are all they share
        ("A 6.1-magnitude earthquake struck Orrin on Sunday.",
         "A strong aftershock struck Orrin on Monday."),
    ],
)  # fmt: skip
def test_ages_of_other_people_or_times_and_magnitudes_of_other_quakes_do_not_disagree(
    a: str, b: str
) -> None:
    assert _kind(a, b) is None


# -- one prison term ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hale was sentenced to 10 years in prison.", "Hale was sentenced to 12 years in prison."),
        ("Hale got a 10-year prison term for the Orrin fraud.",
         "Hale was jailed for 12 years for the Orrin fraud."),
        ("Hale was sentenced Monday to 10 years in prison.",
         "A judge sentenced Hale to 12 years in prison on Monday."),
    ],
)  # fmt: skip
def test_one_persons_prison_term_given_two_lengths_is_a_number_conflict(a: str, b: str) -> None:
    assert _kind(a, b) == "number"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a term sought, faced, served, before parole, or the law's bound
        ("Prosecutors had sought 15 years in prison for Hale.",
         "Hale was sentenced to 12 years in prison."),
        ("Hale faces up to 20 years in prison.", "Hale was sentenced to 12 years in prison."),
        ("Hale was sentenced to 10 years in prison.",
         "Hale will be eligible for parole after 7 years in prison."),
        ("Hale, who spent 12 years in prison, was freed on Monday.",
         "Hale was sentenced to 10 years in prison in 1998."),
        ("He served less than two of an 11-year sentence.",
         "The charges carry a minimum prison sentence of five years."),
        # another person's term
        ("Hale's co-defendant, Tom Reed, was sentenced to 8 years in prison.",
         "Hale was sentenced to 12 years in prison."),
        # spans of time the article counts from its own day
        ("The talks will last four days.", "The talks will last two days."),
    ],
)  # fmt: skip
def test_terms_sought_served_bounded_or_of_others_and_other_spans_do_not_disagree(
    a: str, b: str
) -> None:
    assert _kind(a, b) is None


# -- one person given two ranks ----------------------------------------------------------
def _rank_story(make_folder, first: str, second: str, third: str = "The drain was sealed."):
    return analyze(
        make_folder(
            {
                "a.txt": "Body found in Orrin\n\nA body was found in a storm drain in Orrin on "
                f"Saturday.\n\n{first}\n\n{third}",
                "b.txt": "Orrin storm drain death\n\nWorkers found a body in an Orrin storm "
                f"drain Saturday.\n\n{second}\n\nThe store reopened Sunday.",
            }
        )
    )


def test_one_person_given_two_ranks_by_two_outlets_is_a_name_conflict(make_folder) -> None:
    analysis = _rank_story(
        make_folder,
        "Lt. John Corina of the Orrin sheriff's department said the death was under investigation.",
        "Sgt. John Corina said detectives were investigating the death.",
    )
    found = [d for d in analysis.disagreements if d.kind == "name"]
    assert [d.detail for d in found] == ["Lt. John Corina / Sgt. John Corina"]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        # a shortened title and the full one
        ("Lt. Col. Anna Reyes said the death was under investigation.",
         "Col. Anna Reyes said detectives were investigating the death.", "The drain was sealed."),
        # a source that gives both ranks tells of a promotion
        ("Lt. Anna Reyes said the death was under investigation.",
         "Sgt. Anna Reyes said detectives were investigating the death.",
         "Reyes was promoted, and Sgt. Anna Reyes now leads the unit."),
        # two people of one surname
        ("Lt. John Corina said the death was under investigation.",
         "Sgt. Ann Corina said detectives were investigating the death.", "The drain was sealed."),
        # posts and firms that begin with a rank's word
        ("Secretary-General Kofi Annan said the death was a tragedy.",
         "General Kofi Annan said the death was a tragedy.", "The drain was sealed."),
        ("General Motors Corp. said its plant was closed.",
         "Major Motors Corp. said its plant was closed.", "The drain was sealed."),
    ],
)  # fmt: skip
def test_ranks_that_may_be_one_persons_or_of_other_people_or_posts_do_not_disagree(
    make_folder, first: str, second: str, third: str
) -> None:
    analysis = _rank_story(make_folder, first, second, third)
    assert not [d for d in analysis.disagreements if d.kind == "name"]


# -- one person given two titles of a set ------------------------------------------------
def _title_story(make_folder, first: str, second: str, third: str = "The trial lasted a month."):
    return analyze(
        make_folder(
            {
                "a.txt": "Orrin firm wins bias case\n\nA jury cleared the Orrin Capital firm "
                f"of bias claims on Monday.\n\n{first}\n\n{third}",
                "b.txt": "Orrin Capital seeks costs after verdict\n\nThe Orrin Capital firm "
                f"asked a judge for its trial costs.\n\n{second}\n\nThe judge will rule in May.",
            }
        )
    )


@pytest.mark.parametrize(
    ("first", "second", "detail"),
    [
        # a study's lead author and its senior author
        ("\"The rise is real,\" said study lead author Dr. Mara Velk of Orrin University.",
         "Mara Velk, the study's senior author, said the rise was real.",
         "study lead author / senior author"),
        # a firm's partner and its associate, the name after or before the title
        ("The jury rejected the claims of former partner Lena Sorvik.",
         "The firm is asking the former associate, Lena Sorvik, to pay its costs.",
         "former partner / former associate"),
        # an assistant and an associate professor
        ("Tomas Ardell, an assistant professor of law, called the verdict fair.",
         "Associate professor Tomas Ardell called the verdict fair.",
         "assistant professor / Associate professor"),
        # two parties for one senator
        ("Sen. Hana Brill, D-Vel., asked for a hearing.",
         "Republican Sen. Hana Brill asked for a hearing.",
         "D-Vel. / Republican"),
    ],
)  # fmt: skip
def test_one_person_given_two_titles_of_one_set_by_two_outlets_is_a_name_conflict(
    make_folder, first: str, second: str, detail: str
) -> None:
    analysis = _title_story(make_folder, first, second)
    found = [d for d in analysis.disagreements if d.kind == "name"]
    assert [d.detail for d in found] == [detail]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        # one title on both sides, or a bare "professor" that tells neither way
        ("Lena Sorvik, a former partner, spoke.", "Former partner Lena Sorvik spoke.",
         "The trial lasted a month."),
        ("Tomas Ardell, an associate professor of law, spoke.", "Professor Tomas Ardell spoke.",
         "The trial lasted a month."),
        # words that only look like the titles: another kind of partner, an associate editor
        ("Her business partner Lena Sorvik testified.", "The former associate, Lena Sorvik, spoke.",
         "The trial lasted a month."),
        ("Associate editor Lena Sorvik covered the trial.", "Partner Lena Sorvik spoke.",
         "The trial lasted a month."),
        # two people of one surname
        ("Former partner Lena Sorvik spoke.", "The former associate, Ivo Sorvik, spoke.",
         "The trial lasted a month."),
        # a source that gives both titles tells of a promotion
        ("Former associate Lena Sorvik spoke.", "Lena Sorvik, a partner at the firm, spoke.",
         "Partner Lena Sorvik had joined the firm in 2008."),
        # a title the person has left beside the one held now: promoted since
        ("Former assistant professor Tomas Ardell spoke.",
         "Associate professor Tomas Ardell spoke.", "The trial lasted a month."),
        ("Then-associate Lena Sorvik filed the suit.", "Partner Lena Sorvik spoke.",
         "The trial lasted a month."),
        # the title of someone the person is named beside ("the lead author's adviser")
        ("Lena Sorvik, the lead author's adviser, spoke.",
         "Lena Sorvik, the study's senior author, spoke.", "The trial lasted a month."),
        # a party's body is no member of it
        ("The Republican National Committee asked for a hearing.",
         "The Democratic National Committee asked for a hearing.", "The trial lasted a month."),
    ],
)  # fmt: skip
def test_titles_that_agree_tell_nothing_or_are_of_other_people_do_not_disagree(
    make_folder, first: str, second: str, third: str
) -> None:
    analysis = _title_story(make_folder, first, second, third)
    assert not [d for d in analysis.disagreements if d.kind == "name"]


# -- one person given two ages anywhere in the story -------------------------------------
def _age_story(make_folder, first: str, second: str, third: str = "The mall was closed."):
    return analyze(
        make_folder(
            {
                "a.txt": "Gunman held after Orrin mall shooting\n\nPolice arrested a gunman "
                f"after shots were fired at the Orrin mall.\n\n{first}\n\n{third}",
                "b.txt": "Orrin mall shooting suspect charged\n\nA man was charged with "
                f"attempted murder after the Orrin mall shooting.\n\n{second}\n\n"
                "Shoppers were evacuated.",
            }
        )
    )


def test_one_person_given_two_ages_in_unlike_sentences_is_a_number_conflict(make_folder) -> None:
    analysis = _age_story(
        make_folder,
        "Tom Hale, 34, had bought the rifle a week earlier, detectives said.",
        "Prosecutors said the 36-year-old Tom Hale will appear in court on Monday.",
    )
    found = [d for d in analysis.disagreements if d.kind == "number"]
    assert [d.detail for d in found] == ["34 / 36"]
    assert found[0].b not in analysis.corroboration(found[0].a)[1]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        # a surname alone: a family shares it
        ("Hale, 34, had bought the rifle a week earlier, detectives said.",
         "Prosecutors said the 36-year-old Hale will appear in court on Monday.",
         "The mall was closed."),
        # an age of another year
        ("Tom Hale, 34 in 2015, had been arrested before, detectives said.",
         "Prosecutors said the 36-year-old Tom Hale will appear in court on Monday.",
         "The mall was closed."),
        # a source giving the name two ages tells of two times
        ("Tom Hale, 34, had bought the rifle a week earlier, detectives said.",
         "Prosecutors said the 36-year-old Tom Hale will appear in court on Monday.",
         "Tom Hale, 33, had left the army last spring."),
    ],
)  # fmt: skip
def test_ages_for_a_surname_another_year_or_two_times_do_not_disagree(
    make_folder, first: str, second: str, third: str
) -> None:
    analysis = _age_story(make_folder, first, second, third)
    assert not [d for d in analysis.disagreements if d.kind == "number"]


# -- one exact figure given two values anywhere in the story ------------------------------
def _sum_story(make_folder, first: str, second: str, third: str = "The hearing is in May."):
    return analyze(
        make_folder(
            {
                "a.txt": "Marrow Freight seeks costs from former driver\n\nMarrow Freight "
                f"asked a judge to make a former driver pay its trial costs.\n\n{first}\n\n{third}",
                "b.txt": "Trucking firm wants driver to pay after lawsuit\n\nThe trucking firm "
                f"that won a lawsuit brought by a former driver wants its costs back.\n\n{second}"
                "\n\nThe driver's lawyer did not comment.",
            }
        )
    )


@pytest.mark.parametrize(
    ("first", "second", "detail"),
    [
        # a sum to the dollar, one digit apart, in sentences that share little else
        ("The company said the trial cost it $481,263 in expert fees and court charges.",
         "Marrow Freight filed papers Tuesday seeking $481,236 in legal costs from Dana Ruiz.",
         "481,263 / 481,236"),
        # an exact count of people, in other words
        ("Inspectors tallied 12,347 drivers who had worked for the firm since 2001.",
         "The firm has employed 12,374 people over two decades, its filing says.",
         "12,347 / 12,374"),
        # a sum given to four digits with its scale word
        ("Marrow Freight lost $514.6 million last year, the court papers show.",
         "The trucking firm, which reported a $514.3 million loss, declined to comment.",
         "514.6 million / 514.3 million"),
    ],
)  # fmt: skip
def test_one_exact_figure_given_two_values_in_unlike_sentences_is_a_number_conflict(
    make_folder, first: str, second: str, detail: str
) -> None:
    analysis = _sum_story(make_folder, first, second)
    found = [d for d in analysis.disagreements if d.kind == "number"]
    assert [d.detail for d in found] == [detail]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        # a round figure is a rounding of the exact one
        ("The company said the trial cost it $481,263 in expert fees and court charges.",
         "Marrow Freight filed papers Tuesday seeking about $481,000 in legal costs.",
         "The hearing is in May."),
        ("The company said the trial cost it $481,263 in expert fees and court charges.",
         "Marrow Freight filed papers Tuesday seeking $481,300 in legal costs.",
         "The hearing is in May."),
        ("Marrow Freight lost $26.6 million last year, the court papers show.",
         "The trucking firm, which reported a $26.7 million loss, declined to comment.",
         "The hearing is in May."),
        # figures further apart than a slip may count two things
        ("The company said the trial cost it $481,263 in expert fees and court charges.",
         "Marrow Freight filed papers Tuesday seeking $468,517 in legal costs.",
         "The hearing is in May."),
        # one source writes both: two things it counts (one side's costs, the other's)
        ("The company said the trial cost it $481,263 in expert fees and court charges.",
         "Marrow Freight filed papers Tuesday seeking $481,236 in legal costs.",
         "The driver's own costs came to $481,236, her lawyer said."),
        # numbers that name things: a flight, a room, a street address
        ("Marrow Freight's Flight 4417 carried the files to the court.",
         "The files came on Flight 4414 from Orrin, the filing says.",
         "The hearing is in May."),
        ("The papers were served at 1313 Larkin Street on Monday.",
         "A neighbour at 1311 Larkin Street saw the courier arrive, the firm said.",
         "The hearing is in May."),
        # a figure of another kind: money against a count
        ("The company said the trial cost it $12,347 in expert fees and court charges.",
         "The firm has employed 12,374 people over two decades, its filing says.",
         "The hearing is in May."),
    ],
)  # fmt: skip
def test_rounded_far_apart_named_or_one_sources_two_exact_figures_do_not_disagree(
    make_folder, first: str, second: str, third: str
) -> None:
    analysis = _sum_story(make_folder, first, second, third)
    assert not [d for d in analysis.disagreements if d.kind == "number"]


# -- one length in two units ------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The Tessel bridge spans 400 metres across the gorge.",
         "The Tessel bridge spans 1,800 feet across the gorge.", "400 metres / 1,800 feet"),
        ("The fire burned 12 miles east of Orrin, officials said.",
         "The fire burned 30 kilometres east of Orrin, officials said.",
         "12 miles / 30 kilometres"),
        ("The whale was 15 metres long, the Orrin aquarium said.",
         "The Orrin aquarium said the whale was 30 feet long.", "15 metres / 30 feet"),
    ],
)  # fmt: skip
def test_one_length_in_two_units_that_cannot_both_hold_is_a_number_conflict(
    a: str, b: str, detail: str
) -> None:
    assert _kind(a, b) == "number"
    found = compare(a, b)
    assert found is not None and found.detail == detail


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a conversion the other outlet rounded
        ("The Tessel bridge spans 400 metres across the gorge.",
         "The Tessel bridge spans about 1,300 feet across the gorge."),
        ("The fire burned 12 miles east of Orrin, officials said.",
         "The fire burned 19 kilometres east of Orrin, officials said."),
        # the conversion in brackets is no length of its own
        ("The Tessel bridge spans 400 metres (1,312 feet) across the gorge.",
         "The Tessel bridge spans 1,300 feet across the gorge."),
        # two lengths of two things
        ("The storm dumped 2 feet of snow on Tessel.",
         "The storm struck Tessel 40 miles from the coast."),
        ("The fire burned 12 miles east of Orrin, officials said.",
         "The fire burned 30 kilometres of forest in the Orrin hills, officials said."),
    ],
)  # fmt: skip
def test_lengths_that_convert_alike_or_measure_other_things_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


def test_a_length_in_two_units_between_outlets_is_reported_and_never_counted_as_support(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Tessel bridge opens\n\nThe Tessel bridge opened to traffic on Monday "
            "after four years of work.\n\nThe Tessel bridge spans 400 metres across the "
            "gorge.\n\nThe mayor cut the ribbon.",
            "b.txt": "New bridge over Tessel gorge\n\nDrivers crossed the new Tessel bridge "
            "for the first time on Monday.\n\nThe Tessel bridge spans 1,800 feet across the "
            "gorge.\n\nTolls start next month.",
        }
    )
    analysis = analyze(folder)
    found = [d for d in analysis.disagreements if d.kind == "number"]
    assert [d.detail for d in found] in (["400 metres / 1,800 feet"], ["1,800 feet / 400 metres"])
    assert found[0].b not in analysis.corroboration(found[0].a)[1]


# -- one step of a planned thing dated in other words --------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The vote on the Orrin harbour plan is scheduled for Oct. 14.",
         "The vote on the Orrin harbour plan will be held on Oct. 16.", "Oct. 14 / Oct. 16"),
        ("Schools in the Orrin district will stay closed until Friday.",
         "Schools in the Orrin district will remain shut until Wednesday.",
         "Friday / Wednesday"),
        ("The Tessel festival starts on Friday, the organisers said.",
         "The Tessel festival begins on Saturday, the organisers said.", "Friday / Saturday"),
        # a named place between the opening and its day
        ("Hale's trial is due to begin on Thursday at Orrin Crown Court.",
         "Hale's trial will open at Orrin Crown Court on Monday.", "Thursday / Monday"),
    ],
)  # fmt: skip
def test_one_step_of_a_planned_thing_dated_two_days_in_other_words_is_a_date_conflict(
    a: str, b: str, detail: str
) -> None:
    assert _kind(a, b) == "date"
    found = compare(a, b)
    assert found is not None and found.detail == detail


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a meeting held, and talks beginning: two steps
        ("The Orrin summit will be held on Monday, officials said.",
         "The Orrin talks will begin on Tuesday, officials said."),
        # closed until one day, reopening on another: both may hold
        ("Schools in the Orrin district will stay closed until Friday.",
         "Schools in the Orrin district will reopen on Wednesday."),
        ("The Orrin bridge will close on Monday for repairs.",
         "The Orrin bridge will reopen on Friday after repairs."),
        # two steps of one trial
        ("Jury selection in Hale's trial at Orrin court began Monday.",
         "Opening statements in Hale's trial at Orrin court are scheduled for Thursday."),
        # one place is passed over, not two: the protests are dated, not the leader
        ("Reyes is the best-known dissident tried since Varga Square student leader Tom Hale "
         "in 1996.",
         "Reyes was a student leader in the protests in Varga Square in 1989."),
    ],
)  # fmt: skip
def test_days_of_two_steps_of_a_planned_thing_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


# -- one event dated two days of the month -----------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # other words beside each day, one thing (the Gazette piece) dated in both clauses
        (
            "In a Morrow Gazette column published Oct. 14, the composer Lena Varga said the "
            "orchestra had dropped her commission without notice.",
            "Lena Varga, a composer from Tessel, told the Morrow Gazette in an interview on "
            "Oct. 12 that the orchestra had dropped her commission.",
            "Oct. 14 / Oct. 12",
        ),
        # the event's word before one day and after the other
        (
            "The Halvard ferry capsized on Sept. 2 near Tarn Point, killing 14 passengers.",
            "The Sept. 4 capsizing of the Halvard ferry near Tarn Point killed 14 passengers.",
            "Sept. 2 / Sept. 4",
        ),
    ],
)
def test_one_event_given_two_days_of_the_month_by_two_outlets_is_a_date_conflict(
    a: str, b: str, detail: str
) -> None:
    assert _kind(a, b) == "date"
    found = compare(a, b)
    assert found is not None and found.detail == detail


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two steps of one story: the arrest and the charge, each dated
        (
            "Police arrested Marten Hale on Oct. 2 and charged him with arson at the Tessel mill.",
            "Marten Hale was charged on Oct. 5 with arson at the Tessel mill, police said.",
        ),
        # the day a statement was made is no event's day
        (
            "The Tessel council said on Oct. 3 that the mill would close for good.",
            "The Tessel council said on Oct. 6 that the mill would close for good.",
        ),
        # two sentences about other things, each with its own day
        (
            "The Halvard ferry capsized on Sept. 2 near Tarn Point, killing 14 passengers.",
            "Divers reached the wreck of the Halvard ferry near Tarn Point on Sept. 4.",
        ),
    ],
)
def test_days_of_other_steps_statements_or_events_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


def test_one_part_given_two_names_before_one_actor_is_a_name_conflict() -> None:
    a = "Among them are the singer Ray Cole (Dan Ferris) and his cousin Paul Arden (Tom Wilkes)."
    b = "Cole and his cousin Paul Harden (Tom Wilkes) decide to stay the night at the motel."
    found = compare(a, b)
    assert found is not None and found.kind == "name"
    assert found.detail == "Paul Arden / Paul Harden"


# -- look-alikes that must stay silent ---------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one amount in two currencies
        (
            "At $420 a share, the offer would value the carmaker at $72 billion.",
            "Shareholders would be offered £326 a share, valuing the carmaker at more than $70bn.",
        ),
        # figures of different periods
        (
            "The council plans to plant 10,000 trees along the river by 2030.",
            "The council has planted 2,000 trees along the river this year.",
        ),
        (
            "City officials flushed 7.8 million gallons from the reservoir in 2011.",
            "A former lobbyist said flushing 38 million gallons from the reservoir is a bad idea.",
        ),
        # ages of two different people
        (
            "A reward is offered for the return of missing 9-year-old Carla Dunn, who was "
            "taken a week ago.",
            "Her mother says she always distrusted Gary Sims, the 57-year-old man who took her "
            "daughter.",
        ),
        (
            "After her partner's death in 1999 aged 71, Marsh went on presenting.",
            "Edna Marsh, the other half of the cookery duo, has died in Leeds aged 66.",
        ),
        # a table of percentages: the words around one figure are the other figures' too
        (
            "Survival was 95.1 percent for younger patients versus 91.9 percent for older "
            "patients, and 76 percent versus 70.3 percent for regional disease.",
            "Of these patients, nearly 15 percent were younger than 50.",
        ),
        (
            "While 53 percent of younger patients received radiation, 48 percent of older "
            "people did.",
            "Of these patients, nearly 15 percent were younger than 50.",
        ),
        # figures that name or place: a flight, a street block, a ratio
        (
            "Controllers cleared the plane to climb to 34,000 ft before contact was lost.",
            "Flight 8502 did not have permission to fly that route, officials said.",
        ),
        (
            "The second shooting happened in the 5500 block of East 84th Street.",
            "Police found the car in the 4200 block of East 68th Street.",
        ),
        (
            "By 2030 more than one in 10 colon cancers will be found in people under 50.",
            "One in seven colon cancer patients is under 50.",
        ),
        (
            "Finance ministers of the Group of Seven met in Corley on Friday.",
            "Finance ministers of the Group of Eight met in Corley on Friday.",
        ),
        # two finds at two moments of a search, counted in different words
        (
            '"We have found four big parts of the plane," the rescue chief told reporters.',
            "Search teams said they had found two big objects believed to be from the plane.",
        ),
    ],
)
def test_figures_for_other_currencies_periods_people_or_things_do_not_disagree(
    a: str, b: str
) -> None:
    assert _kind(a, b) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both deny it: "none were fired by police" agrees with "no police officer fired"
        (
            "No police officers fired shots during the response, the sheriff said.",
            "He did not say how many shots were fired, but said none were fired by police.",
        ),
        # both say it would not lead to a record
        (
            "Lawmakers made possession a petty offence that would not result in a criminal record.",
            "The law makes possession a petty offence that could result in a fine but not in "
            "a criminal record.",
        ),
        # "on hold" and "cannot be postponed, as no date was set" do not contradict
        (
            "Plans for a second summit in Vienna appear to be on hold.",
            "The Kremlin said the Vienna summit cannot be postponed, because no date was ever set.",
        ),
        # a first name and a surname of one person, each before the same actor
        (
            "The lead singer Larry (Al Stone) and his friend decide to take a room.",
            "We get our bearings when Reed (Al Stone) and his friend take a room.",
        ),
    ],
)
def test_negations_that_agree_and_partial_names_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


def test_a_count_conflict_alignment_never_paired_is_found_and_never_counted_as_support(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Market blast in Dunmore\n\nA van exploded outside the Larkin Street "
            "market in Dunmore on Friday morning.\n\nThe blast killed two, apparently the "
            "bombers, and wounded 19 shoppers.\n\nThe market was closed for the day.",
            "b.txt": "Van bomb hits Dunmore market\n\nA red van belching smoke sent shoppers "
            "running moments before it exploded outside a bustling Dunmore marketplace, "
            "killing the two bombers, injuring 26 other people and halting the peace talks."
            "\n\nThe talks were due to resume next week.",
            "c.txt": "Dunmore bombing\n\nThe Larkin Street market in Dunmore was hit by a "
            "bomb on Friday.\n\nPolice sealed off the area around the market.",
        }
    )
    analysis = analyze(folder)
    numbers = [d for d in analysis.disagreements if d.kind == "number"]
    assert [d.detail for d in numbers] in (["19 / 26"], ["26 / 19"])
    d = numbers[0]
    assert d.b not in analysis.corroboration(d.a)[1]


# -- one stated day, one counted word: the same count, however the sentences differ ------
def test_two_counts_next_to_one_word_on_one_stated_day_disagree_though_the_clauses_differ() -> None:
    # each names others in the sentence (a council, a minister, a town), none beside the count
    a = (
        "Gunmen attacked a crowded bus station Saturday, killing the two guards, injuring "
        "17 travellers and prompting the Veldt Council to close the border."
    )
    b = (
        "Premier Anna Holm condemned the attack after a grenade thrown into a Marren bus "
        "station wounded 23 people Saturday but said the talks would go on."
    )
    assert _kind(a, b) == "number"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two days: two attacks, or one count and its update
        (
            "Gunmen attacked a crowded bus station Saturday, killing the two guards, injuring "
            "17 travellers and prompting the Veldt Council to close the border.",
            "Premier Anna Holm condemned the attack after a grenade thrown into a Marren bus "
            "station wounded 23 people Sunday but said the talks would go on.",
        ),
        # two places named beside the counts: two attacks on one day
        (
            "On Saturday a grenade at the Marren bus station wounded 23 people.",
            "On Saturday a bomb at the Veldt bus station injured 17 travellers.",
        ),
        # one day, one word, nothing else in common: two different stories of the day
        (
            "Storms across the north injured 17 people Saturday.",
            "The derby ended in a pitch invasion that injured 23 people Saturday.",
        ),
    ],
)
def test_counts_of_other_days_places_or_events_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


# -- one person's age, named on one side only ----------------------------------------------
def test_an_unnamed_age_a_year_off_a_named_one_in_the_same_report_disagrees() -> None:
    a = "The 64-year-old Brannock admitted the fraud charges at a hearing in June."
    b = "The 65-year-old, who arrived at court on crutches, admitted the fraud charges in June."
    assert _kind(a, b) == "number"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # ages decades apart: a driver and the man charged, not one person
        (
            "The 64-year-old Brannock admitted the fraud charges at a hearing in June.",
            "The 19-year-old, who drove him to court, admitted the charges in June.",
        ),
        # the unnamed age may be of the other person that sentence names
        (
            "The 64-year-old Brannock admitted the fraud charges at a hearing in June.",
            "The 65-year-old, a business partner of Carla Voss, admitted the fraud charges "
            "in June.",
        ),
        # an age that describes someone beside the named person: a friend, a son
        (
            "Police said Dale Brannock, 21, and a 20-year-old friend climbed the scaffolding "
            "in June.",
            "The 21-year-old Brannock climbed the scaffolding with a friend in June.",
        ),
        (
            "The 21-year-old Brannock climbed the scaffolding with a friend in June.",
            "He and his 20-year-old friend climbed the scaffolding in June.",
        ),
        # another period: an age given years apart
        (
            "The 64-year-old Brannock admitted the fraud charges at a hearing in June.",
            "The 62-year-old first faced the fraud charges in 2024.",
        ),
    ],
)
def test_ages_of_other_people_or_other_years_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


# -- one event put in two parts of one day ---------------------------------------------------
def test_one_report_put_in_the_morning_and_in_the_evening_of_one_day_is_a_date_conflict() -> None:
    a = "On Tuesday evening, the caretaker of the Orla Street library reported smoke in the basement."
    b = "Fire crews said the library caretaker noticed smoke in the basement Tuesday morning."
    found = compare(a, b)
    assert found is not None and found.kind == "date"
    assert found.detail == "Tuesday evening / Tuesday morning"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two events of the day: the crews' arrival and the caretaker's call
        (
            "Firefighters reached the library Tuesday morning.",
            "The caretaker reported smoke in the library basement Tuesday evening.",
        ),
        # an evening and a night overlap
        (
            "The caretaker reported smoke in the library basement Tuesday evening.",
            "The caretaker reported smoke in the library basement Tuesday night.",
        ),
        # the morning a statement was made, not the time of the event
        (
            "Police said Tuesday morning that the caretaker reported smoke in the library "
            "basement.",
            "The caretaker reported smoke in the library basement Tuesday evening.",
        ),
    ],
)
def test_parts_of_a_day_for_other_events_or_statements_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


def test_a_time_of_day_conflict_between_outlets_is_reported_and_never_counted_as_support(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Smoke at Orla Street library\n\nSmoke filled the basement of the Orla "
            "Street library in Dunmore on Tuesday.\n\nOn Tuesday evening, the caretaker of "
            "the library reported smoke in the basement.\n\nNo one was hurt.",
            "b.txt": "Library basement fills with smoke\n\nFire crews cleared smoke from the "
            "basement of the Orla Street library in Dunmore.\n\nThe caretaker of the library "
            "reported smoke in the basement Tuesday morning, fire crews said.\n\nThe library "
            "will stay closed this week.",
        }
    )
    analysis = analyze(folder)
    dates = [d for d in analysis.disagreements if d.kind == "date"]
    assert [d.detail for d in dates] in (
        ["Tuesday evening / Tuesday morning"],
        ["Tuesday morning / Tuesday evening"],
    )
    assert dates[0].b not in analysis.corroboration(dates[0].a)[1]


# -- one event timed two ways ----------------------------------------------------------------
def test_one_event_timed_ten_minutes_apart_by_two_outlets_is_a_date_conflict() -> None:
    a = "Police are looking for the grey van that left the depot about 4:20 a.m."
    b = "Police are looking for a grey van with no plates that left the depot about 4:30 a.m."
    found = compare(a, b)
    assert found is not None and found.kind == "date"
    assert found.detail == "4:20 a.m. / 4:30 a.m."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two moments of one morning: the blast, and the smoke minutes before it
        (
            "The militia claimed the 9:45 a.m. attack on the Harbour Road market, police said.",
            "At 9:40 a.m., the van, coughing like an engine about to stall, began to smoke.",
        ),
        # approximate times a few minutes apart
        (
            "The van left the depot at about 4:20 a.m.",
            "The van left the depot at 4:22 a.m.",
        ),
        # one moment in two time zones
        (
            "The eclipse over Tessel is expected to begin at 2:43 p.m. EST.",
            "The eclipse over Tessel is expected to begin at 7:43 p.m. GMT.",
        ),
        # the time a statement was made, and a bound
        (
            "Police said at 9 p.m. that the van had left the depot.",
            "The van left the depot after 10:15 p.m.",
        ),
    ],
)
def test_clock_times_of_other_moments_zones_or_statements_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


def test_two_clock_times_on_two_days_are_compared_as_days_not_as_times() -> None:
    found = compare(
        "The van left the depot at 4:20 a.m. Tuesday.",
        "The van left the depot at 5:10 a.m. Wednesday.",
    )
    assert found is None or found.detail == "Tuesday / Wednesday"


# -- one fall measured in two units ------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Reyes dropped nine stories in the heavy rain, landing on one of the tower's lower "
            "roofs, a fire official said.",
            "Tomas Reyes, 24, of Halden, slipped 25 feet past the ladder before landing hard on "
            "the tower's roof, the sources said.",
        ),
        (
            "The climber fell about 40 metres into the gully below the Varne ridge.",
            "Rescuers said the climber plunged 300 feet into the gully below the Varne ridge.",
        ),
    ],
)
def test_one_fall_measured_in_two_units_that_cannot_both_hold_is_a_number_conflict(
    a: str, b: str
) -> None:
    assert _kind(a, b) == "number"


def test_the_conflicting_fall_lengths_are_shown_with_their_units() -> None:
    found = compare(
        "Reyes dropped nine stories in the heavy rain, landing on the tower's lower roof.",
        "Reyes slipped 25 feet past the ladder before landing on the tower's roof.",
    )
    assert found is not None and found.detail == "nine stories / 25 feet"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same fall in two units: 30 metres is about 100 feet
        (
            "The climber fell 30 metres into the gully below the Varne ridge.",
            "The climber fell about 100 feet into the gully below the Varne ridge.",
        ),
        # a fall in stages: the second stage is no rival for the whole
        (
            "She had fallen 20 feet down a sheer face, then tumbled about 150 metres into the "
            "gully below the Varne ridge.",
            "She tumbled about 150 metres into the gully below the Varne ridge.",
        ),
        # a range the other figure lies in
        (
            "The hiker fell 20-30 feet down a sheer face near the Varne ridge.",
            "The hiker fell nine metres down a sheer face near the Varne ridge.",
        ),
        # falls on two days
        (
            "On Monday a worker fell 12 feet from scaffolding at the Varne tower site.",
            "A painter fell 40 feet from scaffolding at the Varne tower site on Friday, the "
            "second fall this week.",
        ),
        # lengths that are not falls: how far a ladder reached, how far someone climbed
        (
            "The pair climbed another 25 feet on a ladder to reach the tower's roof.",
            "Reyes dropped nine stories, landing on the tower's lower roof.",
        ),
        # two people named beside the lengths
        (
            "Reyes dropped nine stories onto the tower's lower roof.",
            "Moreno slipped 25 feet onto the tower's lower roof.",
        ),
    ],
)
def test_falls_in_one_unit_range_stage_or_day_or_other_lengths_do_not_disagree(
    a: str, b: str
) -> None:
    assert _kind(a, b) is None


def test_a_fall_measured_two_ways_by_two_outlets_is_reported_and_never_counted_as_support(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Photographer dies in fall from Halden tower\n\nA photographer died after "
            "a fall at the Halden tower on Wednesday night.\n\nTomas Reyes dropped nine stories "
            "in the heavy rain, landing on one of the tower's lower roofs, a fire official "
            "said.\n\nHis friend was questioned by detectives.",
            "b.txt": "Man killed in Halden tower fall\n\nA man was killed on Wednesday night "
            "in a fall at the Halden tower.\n\nReyes, 24, slipped 25 feet past the ladder "
            "before landing hard on the tower's roof, the sources said.\n\nThe pair had "
            "climbed the tower to take pictures of the city.",
        }
    )
    analysis = analyze(folder)
    falls = [d for d in analysis.disagreements if d.kind == "number"]
    assert len(falls) == 1
    d = falls[0]
    assert {d.a_value, d.b_value} == {"nine stories", "25 feet"}
    assert d.b not in analysis.corroboration(d.a)[1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Twenty to 30 people were hurt when the stand at Orrin Park collapsed.",
            "Twenty-five people were hurt when the stand at Orrin Park collapsed.",
        ),
        (
            "The obsidian came from 25-50 km away from the Orrin dig, the team said.",
            "The obsidian came from 40 km away from the Orrin dig, the team said.",
        ),
    ],
)
def test_an_end_of_a_range_is_no_figure_of_its_own_against_one_inside_it(a: str, b: str) -> None:
    assert _kind(a, b) is None


# -- one person's name spelled two ways by two outlets -----------------------------------
def _spelling_disagreements(make_folder, first: str, second: str) -> list[tuple[str, str]]:
    folder = make_folder(
        {
            "a.txt": "Climber dies at Halden tower\n\nA photographer died after a fall at the "
            f"Halden tower on Wednesday night.\n\nHis friend was identified as {first} by the "
            "Courier.\n\nThe tower's owners said the roof had been locked.",
            "b.txt": "Halden tower fall\n\nA man was killed in a fall at the Halden tower on "
            f"Wednesday night.\n\nHis 18-year-old companion {second} ran for help after the "
            "fall, police sources said.\n\nThe pair had climbed the tower to take pictures.",
        }
    )
    analysis = analyze(folder)
    return [(d.a_value, d.b_value) for d in analysis.disagreements if d.kind == "name"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marco Olivares", "Marco Oliveras"),  # two letters swapped
        ("Anna Kelley", "Anna Kelly"),  # one letter more
        ("Pavel Marten", "Pavel Martin"),  # one letter other
    ],
)
def test_one_name_spelled_two_ways_by_two_outlets_is_a_name_conflict(
    make_folder, first: str, second: str
) -> None:
    assert _spelling_disagreements(make_folder, first, second) == [(first, second)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marco Olivares", "Marco Olivares"),  # the same spelling
        ("Marco Olivares", "Marco Alvarez"),  # two names
        ("Anna Pike", "Anna Pine"),  # short surnames: one letter apart is another name
        ("Halden Airline", "Halden Airlines"),  # singular and plural of one name
        ("Latin America", "Latin American"),  # a place and its people
    ],
)
def test_one_spelling_other_names_or_a_plural_are_no_name_conflict(
    make_folder, first: str, second: str
) -> None:
    assert _spelling_disagreements(make_folder, first, second) == []


def test_a_source_that_writes_both_spellings_has_no_name_conflict_with_another(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Halden tower fall\n\nMarco Olivares ran for help after the fall at the "
            "Halden tower.\n\nHis cousin Marco Oliveras said the roof had been open.",
            "b.txt": "Climber dies at Halden tower\n\nMarco Oliveras, 18, ran for help after "
            "the fall at the Halden tower, police said.",
        }
    )
    assert not [d for d in analyze(folder).disagreements if d.kind == "name"]


# -- a surname written alone, one spelling off another source's full name ------------------
def _alone_story(make_folder, first: str, second: str, third: str = "Talks resume Monday."):
    return analyze(
        make_folder(
            {
                "a.txt": "Junta holds on in Vessa\n\nThe junta that seized power in Vessa "
                f"refused to step down on Tuesday.\n\n{first}\n\n{third}",
                "b.txt": "Sanctions bite in Vessa\n\nLong lines formed at fuel stations in "
                f"Vessa as sanctions took hold.\n\n{second}\n\nBanks stayed shut.",
            }
        )
    )


def test_a_surname_written_alone_one_letter_off_a_full_name_is_a_name_conflict(
    make_folder,
) -> None:
    analysis = _alone_story(
        make_folder,
        "Regional leaders want the junta to step down, but Kavango, its leader, said Tuesday "
        "that he would stay.",
        "Junta head Capt. Tomas Kavengo said the army would not leave power.",
    )
    found = [d.detail for d in analysis.disagreements if d.kind == "name"]
    assert found in (["Kavango / Tomas Kavengo"], ["Tomas Kavengo / Kavango"])


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        pytest.param(
            "Regional leaders want the junta to step down, but Kavango, its leader, said "
            "Tuesday that he would stay.",
            "Junta head Capt. Tomas Kavengo said the army would not leave power.",
            "His deputy, Lt. Paul Kavengo, said Wednesday that the border would stay closed.",
            id="a source that writes both spellings has two names",
        ),
        pytest.param(
            "Regional leaders want the junta to step down, but Price, its leader, said Tuesday "
            "that he would stay.",
            "Junta head Capt. Tomas Prine said the army would not leave power.",
            "Talks resume Monday.",
            id="short words one letter apart are other names",
        ),
        pytest.param(
            "Regional leaders want the junta to step down, but Kavangos, its leader, said "
            "Tuesday that he would stay.",
            "Junta head Capt. Tomas Kavango said the army would not leave power.",
            "Talks resume Monday.",
            id="another ending makes another word",
        ),
        pytest.param(
            "Regional leaders want the junta to step down, but Marco Kavengo, its spokesman, "
            "said Tuesday that it would stay.",
            "Junta head Capt. Tomas Kavango said the army would not leave power.",
            "Talks resume Monday.",
            id="two full names with other first names are two people",
        ),
    ],
)
def test_surnames_alone_that_are_other_names_are_no_name_conflict(
    make_folder, first: str, second: str, third: str
) -> None:
    analysis = _alone_story(make_folder, first, second, third)
    assert not [d for d in analysis.disagreements if d.kind == "name"]


# -- counts of one story's words that are not one thing ------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one people named by the figures, two different groups of them
        (
            "In the capital, Vessa, a West Norran exile group said Thursday it would act if "
            "the government does not let six West Norran asylum-seekers leave the country.",
            "In the West Norran capital, Sarl, as many as 2,000 West Norran students continue "
            "to occupy the parliament building in protest against the shootings.",
        ),
        # "the three men" and "the two men", each near the story's central name
        (
            "One dissident said the three men had been close associates of Ardaly for decades.",
            "Diplomats believe Ardaly is plainly concerned that the two men will be used by "
            "prosecutors to make a case against his government.",
        ),
        # islands hit against island societies compared
        (
            "It plowed over and past 17 Pelagic islands, crashing into the lives of millions.",
            "Faced with the storm, three Pelagic island societies with different political "
            "models responded in conspicuously different ways.",
        ),
    ],
)
def test_counts_that_share_only_their_counted_words_and_the_storys_names_do_not_disagree(
    a: str, b: str
) -> None:
    assert _kind(a, b) is None


# -- one election's result against another's, one report's year against another's ----------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Vance won 48 percent of the vote in Orrin County in the last election.",
            "Vance won 53 percent of the vote in Orrin County in the primary.",
        ),
        (
            "Vance won 48 percent of the vote in the primary.",
            "Vance won 53 percent of the vote in the runoff.",
        ),
        (
            "The Labour candidate won 55 percent in the mayoral race.",
            "The Labour candidate won 45 percent in the Senate race.",
        ),
        (
            "In the 2016 election, Vance won 48 percent of the vote in Orrin County.",
            "Vance won 53 percent of the vote in Orrin County in the 2020 election.",
        ),
        # a year that names the thing: two reports, two races
        (
            "The agency said in its 2016 report that the river was polluted.",
            "The agency said in its 2018 report that the river was polluted.",
        ),
        (
            "Vance lost the 2014 race for the Senate seat.",
            "Vance lost the 2018 race for the Senate seat.",
        ),
    ],
)
def test_results_of_two_contests_or_years_that_name_two_things_do_not_disagree(
    a: str, b: str
) -> None:
    assert _kind(a, b) is None


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # the same contest named on both sides
        (
            "Vance won 48 percent of the vote in the primary, officials said.",
            "Officials said Vance took 53 percent of the vote in the primary.",
            "number",
        ),
        # a year that dates the event
        (
            "The Orrin bridge opened in 1962 and carried 30,000 cars a day.",
            "The Orrin bridge opened in 1964 and carried 30,000 cars a day.",
            "date",
        ),
    ],
)
def test_results_of_one_contest_and_years_that_date_one_event_still_disagree(
    a: str, b: str, kind: str
) -> None:
    assert _kind(a, b) == kind


# -- ranks, confirmations and denials -----------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Harlan is not the first governor to veto the budget.",
            "Harlan became the first governor to veto the budget while facing impeachment.",
        ),
        (
            "Harlan is not the first woman to lead the party.",
            "Harlan is the first woman to lead the party since its founding.",
        ),
        (
            "The Orrin plant is not the largest polluter in the valley.",
            "The Orrin plant is the largest polluter in the valley, officials said.",
        ),
    ],
)
def test_a_denied_rank_against_an_asserted_one_does_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The ministry confirmed the minister had resigned.",
            "The ministry denied the minister had resigned.",
        ),
        (
            "Harlan admitted taking the money from the contractor, prosecutors said.",
            "Harlan denied taking the money from the contractor, his lawyer said.",
        ),
    ],
)
def test_one_speaker_confirming_against_the_same_speaker_denying_is_a_contradiction(
    a: str, b: str
) -> None:
    assert _kind(a, b) == "negation"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two speakers
        (
            "Police confirmed the arrest of a second suspect.",
            "The suspect denied any part in the attack.",
        ),
        # one sentence says both
        (
            "The company confirmed it had laid off 40 workers but denied it was closing the plant.",
            "The company denied it had laid off 40 workers.",
        ),
        # a denial denied
        (
            "Officials confirmed the blast was caused by a gas leak.",
            "Officials did not deny the blast was caused by a gas leak.",
        ),
        # two statements
        (
            "Harlan admitted taking the money.",
            "Harlan denied taking the bribe from the contractor, calling it a lie.",
        ),
    ],
)
def test_confirmations_and_denials_of_other_speakers_or_statements_do_not_disagree(
    a: str, b: str
) -> None:
    assert _kind(a, b) is None


def test_a_confirmation_and_a_denial_by_two_outlets_are_never_counted_as_support(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Orrin minister quits\n\nThe ministry confirmed on Tuesday that Minister "
            "Oda had resigned over the harbour contract.\n\nThe contract was signed in May.",
            "b.txt": "Orrin minister stays\n\nThe ministry denied on Tuesday that Minister Oda "
            "had resigned over the harbour contract.\n\nThe opposition called for an inquiry.",
        }
    )
    analysis = analyze(folder)
    found = [d for d in analysis.disagreements if d.kind == "negation"]
    assert [(d.a_value, d.b_value) for d in found] == [("confirmed", "denied")]
    assert found[0].b not in analysis.corroboration(found[0].a)[1]


# -- figures of two years or two spans of time ---------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # each figure is its own year's: the years are no conflict either
        ("Orrin recorded 312 murders in 2016.", "Orrin recorded 290 murders in 2017."),
        # a year against a quarter, a rate against a total
        (
            "The Orrin pension fund grew 8 percent in the fiscal year.",
            "The Orrin pension fund grew 5 percent in the quarter.",
        ),
        (
            "The Orrin bridge carried 30,000 cars a day.",
            "The Orrin bridge carried 9 million cars in its first year.",
        ),
    ],
)
def test_figures_of_two_years_or_two_spans_of_time_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # one rate said two ways
        (
            "The storm brought as many as 150,000 meteors per hour over Orrin.",
            "The storm brought up to 100,000 meteors an hour over Orrin.",
            "number",
        ),
        # one figure given for two years: the year is in dispute
        (
            "Orrin recorded 312 murders in 2016, police said.",
            "Orrin recorded 312 murders in 2017, police said.",
            "date",
        ),
    ],
)
def test_one_rate_said_two_ways_or_one_figure_given_two_years_still_disagree(
    a: str, b: str, kind: str
) -> None:
    assert _kind(a, b) == kind


# -- two holders of one role, denials that hold so far, a part against the whole ----------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two spokesmen saying two things: the shared role is no shared statement
        (
            "Police spokesman John Reed said the Orrin road was closed.",
            "Police spokesman Tom Hart said the Orrin driver was arrested.",
        ),
        # how things stood when one article was written, and what happened next
        (
            "The Orrin company has not yet decided whether to appeal.",
            "The Orrin company decided to appeal the ruling.",
        ),
        (
            "Officials have not released the names of the Orrin victims.",
            "Officials released the names of the Orrin victims on Monday.",
        ),
        (
            "It was not immediately clear how many people were inside the Orrin depot.",
            "It was clear that many people were inside the Orrin depot.",
        ),
        # a count for one place against the whole
        (
            "The storm killed 12 people in Orrin, officials said.",
            "The storm has killed at least 40 people, officials said.",
        ),
    ],
)
def test_two_role_holders_denials_so_far_and_a_part_against_the_whole_do_not_disagree(
    a: str, b: str
) -> None:
    assert _kind(a, b) is None


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # one spokesman named two ways for one statement
        (
            "Police spokesman John Reed said the Orrin road would stay closed until Friday.",
            "Police spokesman Tom Hart said the Orrin road would stay closed until Friday.",
            "name",
        ),
        # how things stand, on both sides
        (
            "The governor of Orrin has signed the harbour bill into law.",
            "The governor of Orrin has not yet signed the harbour bill into law.",
            "negation",
        ),
        # one place on both sides
        (
            "The storm killed 12 people in Orrin, officials said.",
            "The storm killed 15 people in Orrin, officials said.",
            "number",
        ),
    ],
)
def test_one_role_one_standing_one_place_still_disagree(a: str, b: str, kind: str) -> None:
    assert _kind(a, b) == kind


# -- one fall timed two ways ---------------------------------------------------------------
def test_one_persons_fall_timed_two_ways_is_a_date_conflict_whatever_word_stands_by_the_time() -> (
    None
):
    a = (
        "Police believe Tomas Reyes and a friend were taking pictures from the tower's "
        "scaffolding at about 11:15 p.m. when Reyes fell."
    )
    b = "Reyes slipped 25 feet before landing hard on the tower's roof around 10:40 p.m."
    assert _kind(a, b) == "date"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two people
        (
            "Tomas Reyes was taking pictures at about 11:15 p.m. when he fell.",
            "Paul Moreno slipped on the roof of the Halden tower around 10:40 p.m.",
        ),
        # a time given for something else as well
        (
            "Tomas Reyes fell at about 11:15 p.m. and was pronounced dead at 11:50 p.m.",
            "Reyes slipped on the roof around 10:40 p.m., police said.",
        ),
        # no fall
        (
            "Tomas Reyes reached the roof at about 11:15 p.m., a friend said.",
            "Reyes called his mother around 10:40 p.m., the family said.",
        ),
    ],
)
def test_times_of_two_peoples_falls_or_of_other_moments_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


# -- two events dated or called off alike --------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two ceremonies: only the verb by the days is shared
        ("The funeral will be held on Saturday.", "The wake will be held on Friday."),
        # two years' matches
        (
            "Last year's Orrin derby was postponed because of the storm.",
            "This year's Orrin derby will go ahead as planned.",
        ),
        # a share of the flights against most of them
        (
            "Three flights were cancelled at Orrin airport.",
            "Most flights at Orrin airport went ahead as planned.",
        ),
        # a denial in another year
        (
            "Harlan did not attend the Vessa summit in 2016.",
            "Harlan attended the Vessa summit, his office said.",
        ),
    ],
)
def test_two_events_dated_or_called_off_alike_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # put back to a new time: the new time is no other event's
        (
            "The Orrin council vote on the harbour stadium will go ahead as planned next week.",
            "The Orrin council vote on the harbour stadium has been postponed until next month.",
            "negation",
        ),
        # "never" holds for every year
        (
            "The Orrin museum has never lent the painting abroad.",
            "The Orrin museum lent the painting abroad once before, in 1998.",
            "negation",
        ),
    ],
)
def test_a_postponement_to_a_new_time_and_a_never_still_disagree(a: str, b: str, kind: str) -> None:
    assert _kind(a, b) == kind


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The Orrin marathon was called off because of the heat.",
         "The Orrin marathon went ahead as scheduled despite the heat.",
         "called off / went ahead as scheduled"),
        ("The Orrin marathon was postponed because of the heat.",
         "The Orrin marathon was held as scheduled despite the heat.",
         "postponed / as scheduled"),
        ("The Orrin marathon was rescheduled because of the heat.",
         "The Orrin marathon ran as planned despite the heat.", "rescheduled / as planned"),
        ("The Orrin marathon was put off until May because of the heat.",
         "The Orrin marathon went ahead on Sunday despite the heat.", "put off / went ahead"),
    ],
)  # fmt: skip
def test_an_event_called_off_in_other_words_against_it_going_ahead_disagrees(
    a: str, b: str, detail: str
) -> None:
    assert _kind(a, b) == "negation"
    found = compare(a, b)
    assert found is not None and found.detail == detail


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "put off" by something and "pushed back" against something tell no outcome
        ("Many runners were put off by the heat at the Orrin marathon.",
         "The Orrin marathon went ahead as scheduled despite the heat."),
        ("Organisers pushed back against calls to cancel the Orrin marathon.",
         "The Orrin marathon went ahead as scheduled despite the heat."),
        # a share of the races
        ("Three races at the Orrin meeting were called off because of the heat.",
         "The Orrin meeting went ahead as scheduled despite the heat."),
    ],
)  # fmt: skip
def test_other_senses_of_put_off_and_pushed_back_or_a_share_called_off_do_not_disagree(
    a: str, b: str
) -> None:
    assert _kind(a, b) is None


# -- what a date dates, who a group is, what a figure measures -----------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a name before the date is no event: annexing and invading are two
        (
            "Norra annexed West Vessa in 1976, a year after intervening in a civil war.",
            "Norra invaded West Vessa in 1975, a year after the colony was abandoned.",
        ),
        # a place before the date: an opening and a defence in the same court
        (
            "The antitrust trial against Orrin Corp. opened in federal court Monday morning "
            "with a pointed attack on its chairman.",
            "A defiant Orrin Corp. forcefully defended its chairman in federal court on Tuesday.",
        ),
        # one person's names: a warning received in the morning, a killing at night
        (
            "As recently as Friday morning, Halvorsen received a warning from the Orrin "
            "clinic where he worked.",
            "The doctor, Erik Halvorsen, was killed by a sniper on Friday night at his home "
            "near Orrin.",
        ),
        # groups the articles named before
        (
            "One dissident said the three men had been close associates of Ardaly for decades.",
            "Just how close the two men became is not clear.",
        ),
        # how things stood so far, then a later report
        (
            "It had been used by suspects thus far identified, Maxwell said.",
            "No suspects have been identified.",
        ),
        # a count of people and a measure of error
        (
            "The poll which interviewed 11,851 people had a margin of error of plus or minus "
            "two percentage points.",
            "The poll, which had a margin of error of 3 percentage points, also suggested she "
            "has lost support among suburban women.",
        ),
    ],
)
def test_other_events_groups_stages_or_measures_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # one place after the date on both sides
        (
            "The funeral will be held in March at St Columba's Church.",
            "The funeral is planned for April at St Columba's Church.",
            "date",
        ),
        # the groups counted in sentences that say the same
        (
            "The two men were arrested at the Orrin border crossing on Friday.",
            "The three men were arrested at the Orrin border crossing on Friday.",
            "number",
        ),
        # how things stood, on both sides
        (
            "Not all of the passengers had been accounted for by Tuesday night.",
            "All of the passengers had been accounted for by Tuesday night.",
            "negation",
        ),
    ],
)
def test_one_event_one_group_one_standing_still_disagree(a: str, b: str, kind: str) -> None:
    assert _kind(a, b) == kind


# -- changes, tallies, contests, outcomes, falls: what a figure or word belongs to -----------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a change, from one figure to another, is no range
        (
            "The death toll from the Orrin flood rose from 5 to 7 on Monday, officials said.",
            "The death toll from the Orrin flood rose from 5 to 9 on Monday, officials said.",
        ),
        # a tally runs high to low: no range
        (
            "The Orrin council approved the bridge plan by a vote of 7-2 on Monday.",
            "The Orrin council approved the bridge plan by a vote of 6-3 on Monday.",
        ),
        (
            "The Orrin council approved the bridge plan 7 to 2 on Monday.",
            "The Orrin council approved the bridge plan 6 to 3 on Monday.",
        ),
        # a word of the attribution ("state officials") names no contest
        (
            "Turnout in Sunday's Orrin election was 48 percent, state officials said.",
            "Turnout in Sunday's Orrin election was 53 percent, officials said.",
        ),
        # nor does the body that counts the votes ("the national election commission")
        (
            "Vance won 48 percent of the vote in Orrin, according to the national election "
            "commission.",
            "Vance won 53 percent of the vote in Orrin, according to the election commission.",
        ),
    ],
)
def test_two_changes_tallies_or_turnouts_of_one_thing_disagree_on_a_number(a: str, b: str) -> None:
    assert _kind(a, b) == "number"


def test_one_election_held_on_two_days_is_a_date_conflict_though_one_names_its_kind() -> None:
    a = "Orrin's presidential election was held on Sunday, officials said."
    b = "Orrin's election was held on Saturday, officials said."
    assert _kind(a, b) == "date"


def test_an_event_called_off_against_it_going_ahead_disagrees_though_a_count_describes_it() -> None:
    a = "The Orrin jazz festival, which draws 40,000 visitors, was cancelled because of the storm."
    b = "The Orrin jazz festival went ahead as planned despite the storm."
    assert _kind(a, b) == "negation"


def test_a_share_that_is_the_subject_of_the_outcome_still_makes_it_partial() -> None:
    a = "Half of the flights at Orrin airport were cancelled because of the storm."
    b = "Flights at Orrin airport went ahead as planned despite the storm."
    assert _kind(a, b) is None


def test_a_time_of_another_moment_after_which_someone_fell_is_no_time_of_the_fall() -> None:
    a = "Tomas Reyes slipped from the hotel roof at about 10:40 p.m."
    b = "Tomas Reyes was pronounced dead at 11:15 p.m., an hour after he fell."
    assert _kind(a, b) is None


def test_a_source_that_shares_a_sentence_and_writes_the_other_spelling_has_no_name_conflict(
    make_folder,
) -> None:
    shared = "Dimitri Olivares was arrested at the Orrin border on Monday."
    folder = make_folder(
        {
            "a.txt": f"Arrest at the Orrin border\n\n{shared}\n\nHe was held overnight.",
            "b.txt": f"Orrin border arrest\n\n{shared}\n\nPolice said Dimitri Oliveras had "
            "no lawyer.",
        }
    )
    assert not [d for d in analyze(folder).disagreements if d.kind == "name"]


def test_a_fall_timed_by_its_landing_against_a_time_when_it_fell_is_a_date_conflict() -> None:
    a = (
        "Police believe Tomas Reyes, 20, and a friend were taking pictures from the "
        "scaffolding at about 11:15 p.m. when Reyes fell."
    )
    b = (
        "Tomas Reyes, 20, slipped 25 feet, past the ladder he had climbed, before landing "
        "hard on the tower's roof around 10:40 p.m., the sources said."
    )
    assert _kind(a, b) == "date"


# -- a count set in the story's place beside its figure on one side only -----------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the place beside one count and in the other sentence's own words ("the Corran wildfire")
        (
            "The wildfire near Corran destroyed 40 homes before crews contained it.",
            "Crews contained the Corran wildfire after it destroyed 25 homes.",
        ),
        # "near Dalby" beside the injured, the crash "near Dalby" in a clause of its own
        (
            "The bus crash near Dalby injured 14 passengers, police said.",
            "Police said 11 passengers were hurt when the bus crashed near Dalby.",
        ),
        # the pileup "in the Dalby bypass pileup" on one side, "on the Dalby bypass" on the other
        (
            "Three cars were involved in the pileup on the Dalby bypass, police said.",
            "Police said five cars were involved in the Dalby bypass pileup.",
        ),
        # a weekday after "in" ("in Tuesday's fire") sets the count in no place
        (
            "The fire at the Harlow paint factory killed 12 workers on Tuesday, officials said.",
            "Fifteen workers died in Tuesday's fire at the Harlow paint factory, officials said.",
        ),
    ],
)
def test_a_count_set_in_a_place_both_sentences_name_is_one_count_that_disagrees(
    a: str, b: str
) -> None:
    assert _kind(a, b) == "number"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a part (the dead in one town) and the whole (the storm's toll): Orrin only on one side
        (
            "The storm killed 12 people in Orrin, officials said.",
            "The storm has killed at least 40 people, officials said.",
        ),
        # two towns, each beside its own count
        (
            "The flood damaged 30 homes in Orrin, the council said.",
            "The flood damaged 55 homes in Dalby, the council said.",
        ),
    ],
)
def test_counts_for_a_place_the_other_sentence_never_names_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


def test_one_event_dated_with_the_month_in_full_before_its_noun_is_a_date_conflict() -> None:
    # "the March 4 explosion" dates the explosion as "the Sept. 3 crash" dates the crash
    assert (
        _kind(
            "The Ossel refinery explosion on March 3 killed two workers.",
            "Two workers were killed in the March 4 explosion at the Ossel refinery.",
        )
        == "date"
    )


# -- one unnamed person given two ages ---------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The gunman, a 24-year-old man from Orrin, was arrested near the station, police said.",
            "Police arrested a 26-year-old man from Orrin near the station.",
        ),
        (
            "The victim, a 34-year-old woman, was found in her apartment on Elm Lane.",
            "The victim, a 36-year-old woman, was found dead in her Elm Lane apartment.",
        ),
        (
            "The 6-year-old boy was struck by a stray bullet outside his home in Corran.",
            "A 7-year-old boy was hit by a stray bullet outside his Corran home.",
        ),
    ],
)
def test_one_unnamed_person_told_alike_with_two_ages_is_a_number_conflict(a: str, b: str) -> None:
    assert _kind(a, b) == "number"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a man and a woman
        (
            "A 24-year-old man was arrested near the station in Orrin.",
            "A 26-year-old woman was arrested near the station in Orrin.",
        ),
        # two children, one of them the boy the other sentence ages
        (
            "The 6-year-old boy and his 9-year-old sister were taken to Corran hospital.",
            "A 7-year-old boy was taken to Corran hospital with cuts.",
        ),
        # a father and his son, decades apart
        (
            "A 41-year-old man was pulled from the river near Dalby on Sunday.",
            "A 12-year-old boy was pulled from the river near Dalby on Sunday.",
        ),
        # two towns: two girls pulled from two ruins
        (
            "Rescuers pulled a 15-year-old girl from the rubble in Tolvik.",
            "Rescuers pulled a 17-year-old girl from the rubble of a school in Marren.",
        ),
    ],
)
def test_ages_of_two_people_or_of_people_told_apart_do_not_disagree(a: str, b: str) -> None:
    assert _kind(a, b) is None


# -- a plan against what came of it -------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The council plans to build 500 homes on the Corran site.",
            "Only 120 homes have been built on the Corran site so far.",
        ),
        (
            "Organisers expect 40,000 visitors at the Tolvik festival this weekend.",
            "The Tolvik festival drew 28,000 visitors this weekend, organisers said.",
        ),
        (
            "The team is aiming to win five gold medals at the Harlow games.",
            "The team won two gold medals at the Harlow games.",
        ),
    ],
)
def test_a_figure_planned_or_expected_against_one_that_came_about_does_not_disagree(
    a: str, b: str
) -> None:
    assert _kind(a, b) is None


def test_two_plans_for_one_thing_still_disagree() -> None:
    assert (
        _kind(
            "The council plans to build 500 homes on the Corran site.",
            "The council plans to build 350 homes on the Corran site.",
        )
        == "number"
    )


# -- a word given of a time to come against what happened ---------------------------------
def test_a_promise_denied_against_the_thing_done_later_does_not_disagree() -> None:
    assert (
        _kind(
            "The governor said on Monday that she would not resign over the Harlow scandal.",
            "The governor resigned over the Harlow scandal on Friday.",
        )
        is None
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both of a time past
        (
            "Mayor Lena Voss did not attend the opening of the Tolvik bridge on Friday.",
            "Mayor Lena Voss attended the opening of the Tolvik bridge on Friday.",
        ),
        # both of a time to come
        (
            "The minister will not attend the Tolvik summit next week, her office said.",
            "The minister will attend the Tolvik summit next week, her office said.",
        ),
    ],
)
def test_a_denial_and_an_assertion_of_one_time_still_disagree(a: str, b: str) -> None:
    assert _kind(a, b) == "negation"


# -- exact figures near each other that two sentences tell apart ----------------------------
@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two people's tallies: each sentence names someone the other does not
        ("In the county race, Ines Marlow won 10,482 votes for the seat.",
         "Her rival, Peter Dunst, finished with 10,391 votes."),
        # one index on two days
        ("The Harlow index closed at 10,482 points on Monday.",
         "On Tuesday the Harlow index fell to 10,401 points."),
    ],
)  # fmt: skip
def test_near_exact_figures_of_two_people_or_two_days_do_not_disagree(
    make_folder, first: str, second: str
) -> None:
    analysis = _sum_story(make_folder, first, second)
    assert not [d for d in analysis.disagreements if d.kind == "number"]


def test_figures_beside_two_places_each_sentence_names_alone_do_not_disagree() -> None:
    # the place beside one figure is never named by the other sentence, which names its own
    assert (
        _kind(
            "The Orrin school received $1,254,300 in state funding last year.",
            "The Dalby school, nearby, received $1,249,800 in state funding last year.",
        )
        is None
    )


# -- what befell the people a figure counts ------------------------------------------------
def test_people_hurt_counted_two_ways_on_one_day_disagree_though_the_sentences_differ() -> None:
    # "three people hurt" / "four people were hurt": the word after "people" tells the count
    assert (
        _kind(
            "A shooting at an office complex in Marren left three people hurt Wednesday.",
            "On Wednesday, four people were hurt at a software company in Marren, police said.",
        )
        == "number"
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the rescued and the treated: two groups of people
        (
            "Fire crews rescued 12 people from the Orrin tower on Friday.",
            "On Friday, 30 people were treated for smoke inhalation after the Orrin tower fire.",
        ),
        # the arrested and the injured
        (
            "Police arrested 12 protesters at the Orrin rally on Friday.",
            "On Friday, 30 protesters were injured at the Orrin rally, police said.",
        ),
    ],
)
def test_figures_beside_words_for_two_things_that_befell_people_do_not_disagree(
    a: str, b: str
) -> None:
    assert _kind(a, b) is None


def test_one_measure_beside_two_verbs_still_disagrees() -> None:
    # "dumped 14 inches" / "received 20 inches": two words for one act, no fates told apart
    assert (
        _kind(
            "The storm dumped 14 inches of snow on Harlow overnight.",
            "Harlow received 20 inches of snow from the overnight storm.",
        )
        == "number"
    )


# -- one event dated beside its word, two days apart, wherever in the story --------------
def _dated_story(make_folder, first: str, second: str, third: str = "The inquiry goes on."):
    return analyze(
        make_folder(
            {
                "a.txt": "Ferry inquiry opens in Tessel\n\nInvestigators in Tessel opened an "
                f"inquiry into the loss of the Halvard ferry.\n\n{first}\n\n{third}",
                "b.txt": "Families of Halvard victims meet\n\nRelatives of the passengers met "
                f"in Orrin to share their grief.\n\n{second}\n\nA memorial is planned.",
            }
        )
    )


@pytest.mark.parametrize(
    ("first", "second", "detail"),
    [
        pytest.param(
            "Divers have raised most of the hull, but the cause of the Sept. 2 sinking "
            "remains unknown.",
            "One mother wrote that her son died in the Sept. 3 sinking that took 41 lives.",
            "Sept. 2 / Sept. 3",
            id="the same noun dated a day apart in sentences about other things",
        ),
        pytest.param(
            "The ferry capsized on Sept. 2 off Tarn Point in heavy seas.",
            "Relatives still ask why the capsizing of Sept. 4 was not foreseen.",
            "Sept. 2 / Sept. 4",
            id="the verb on one side and its noun on the other",
        ),
    ],
)
def test_one_event_dated_two_days_of_a_month_by_two_outlets_is_a_date_conflict(
    make_folder, first: str, second: str, detail: str
) -> None:
    analysis = _dated_story(make_folder, first, second)
    assert [d.detail for d in analysis.disagreements if d.kind == "date"] == [detail]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        pytest.param(
            "The cause of the Sept. 2 sinking remains unknown.",
            "Her son died in the Sept. 12 sinking of a second ferry.",
            "The inquiry goes on.",
            id="days ten apart are two events",
        ),
        pytest.param(
            "The cause of the Sept. 2 sinking remains unknown.",
            "Her son died in the Oct. 3 sinking of a second ferry.",
            "The inquiry goes on.",
            id="other months are two events",
        ),
        pytest.param(
            "The cause of the Sept. 2 sinking remains unknown.",
            "Her son died in the Sept. 3 sinking of a trawler.",
            "A third boat went down in the Sept. 4 sinking off Orrin.",
            id="a third day for the word tells of several events",
        ),
        pytest.param(
            "The cause of the Sept. 2 sinking remains unknown.",
            "Her son died in the Sept. 3 sinking of a trawler.",
            "The Sept. 3 sinking of the trawler followed the ferry's.",
            id="a source that dates the word both days tells of two events",
        ),
        pytest.param(
            "Families were told on Sept. 2 that the sinking was an accident.",
            "Families were told on Sept. 3 that the sinking was an accident.",
            "The inquiry goes on.",
            id="a date not beside the event's word is another step's",
        ),
        pytest.param(
            "The cause of the Sept. 2, 2019 sinking remains unknown.",
            "Her son died in the Sept. 3, 2021 sinking of the Halvard's sister ship.",
            "The inquiry goes on.",
            id="two years are two events",
        ),
    ],
)
def test_event_days_of_other_events_or_steps_do_not_disagree(
    make_folder, first: str, second: str, third: str
) -> None:
    analysis = _dated_story(make_folder, first, second, third)
    assert not [d for d in analysis.disagreements if d.kind == "date"]


def test_a_count_set_in_the_place_the_other_reports_dateline_names_is_one_count() -> None:
    a = (
        "ORRIN (AP) _ Bombers struck a crowded market Friday, setting off blasts that killed "
        "the two assailants, injured 21 shoppers and prompted the council to delay its vote."
    )
    b = (
        "TESSEL _ The premier voiced sympathy Friday after a car bomb in an Orrin market "
        "wounded 24 people but said the talks would go on."
    )
    assert _kind(a, b) == "number"
