"""Numbers and dates: kind-tagged extraction, and which pairs of sentences disagree."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles import figure_tags
from corroborate.engine.text.numbers import (
    DATE_TAG,
    MONTH_TAG,
    TAG_KINDS,
    conflicting,
    extract_numbers,
    month_of_date,
    shared,
)
from corroborate.engine.text.segment import words
from corroborate.engine.text.specifics import analyse
from steps import grows_linearly


def numbers(text: str) -> set[str]:
    return set(extract_numbers(words(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("40 people were killed.", {"n:40"}),
        ("About 1,200 homes lost power.", {"n:1200"}),
        ("A crowd of 1,200,000 lined the route.", {"n:1200000"}),
        ("The repairs will cost 2.5 million dollars.", {"n:2500000"}),
        ("The budget was $3.2 billion.", {"n:3200000000"}),
        # a scaled figure is the whole it says, however the float multiplies
        ("The firm lost $514.3 million.", {"n:514300000"}),
        ("The firm lost $514,300,000.", {"n:514300000"}),
        ("The vote drew 0.3 million people.", {"n:300000"}),
        ("Turnout reached 61% in the north.", {"n:61"}),
        ("Seven people died.", {"n:7"}),
        ("Twenty-five people were hurt.", {"n:25"}),
        ("The bus carried forty-two passengers.", {"n:42"}),
        ("Three hundred people gathered.", {"n:300"}),
        ("Two thousand people were evacuated.", {"n:2000"}),
        ("A dozen boats joined the search.", {"n:12"}),
        # a count in dozens is their product, never a figure and a twelve
        ("Two dozen boats joined the search.", {"n:24"}),
        ("3 dozen boats joined the search.", {"n:36"}),
        ("Half a dozen boats joined the search.", {"n:6"}),
        ("A half-dozen boats joined the search.", {"n:6"}),
        ("Several dozen boats joined the search.", set()),
        ("A few dozen boats joined the search.", set()),
        ("Nine people were pulled from the water, and 9 more swam ashore.", {"n:9"}),
        ("One of the victims was the driver.", set()),
        ("It happened on Monday.", {"d:monday"}),
        ("Crews returned on Tuesday and Wednesday.", {"d:tuesday", "d:wednesday"}),
        ("The inquiry opens in May.", {"m:may"}),
        ("Officials may reopen the bridge.", set()),
        ("May was the wettest month.", {"m:may"}),
        ("The bridge fell on March 9.", {"m:mar", "t:mar-9"}),
        ("The bridge fell on 9 March 2026.", {"m:mar", "t:mar-9", "y:2026"}),
        ("The span was inspected Oct. 30 and passed.", {"m:oct", "t:oct-30"}),
        ("In October, 30 people crossed it every hour.", {"m:oct", "n:30"}),
        # a month in full with its day is a date after "the" or "on", whatever word follows
        ("The March 4 explosion killed two workers.", {"m:mar", "t:mar-4", "n:2"}),
        ("The explosion on March 3 killed two workers.", {"m:mar", "t:mar-3", "n:2"}),
        ("His October 12 ouster surprised the board.", {"m:oct", "t:oct-12"}),
        ("In October 14 people crossed it every hour.", {"m:oct", "n:14"}),
        ("Residents will march to City Hall.", set()),
        ("The report is due in Sept. 2025.", {"m:sep", "y:2025"}),
        ("The steel truss bridge was built in 1962.", {"y:1962"}),
        ("A plan for the year 2200 was shelved.", {"n:2200"}),
        ("The span fell at 6:40 p.m. on Monday.", {"d:monday"}),
        # the day a statement was made dates the saying, not what it reports
        ("The span fell Sunday, the mayor said Monday.", {"d:sunday"}),
        ("Police said on Tuesday that the span fell.", set()),
        ("Police on Tuesday said the span fell.", set()),
        ("The span said to be unsafe fell on Tuesday.", {"d:tuesday"}),
        ("Reyes, who was shot Sunday, told police two men attacked him.", {"d:sunday", "n:2"}),
        ("The bus left at 18:05 sharp.", set()),
        ("No figures were given.", set()),
    ],
)
def test_extraction_table(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("left", "right", "conflict"),
    [
        ("40 people were killed.", "38 people were killed.", True),
        ("40 killed on Monday.", "40 were killed.", False),
        ("40 were killed.", "Forty were killed.", False),
        ("Two people died and 14 were hurt.", "Two people died.", False),
        ("The span fell on Monday.", "The span fell on Tuesday.", True),
        ("The inquiry opens in May.", "The inquiry opens in June.", True),
        ("It was built in 1962.", "It was built in 1965.", True),
        ("It was built in 1962.", "It opened to 40 cars in its first hour.", False),
        ("It happened on Monday.", "It happened in May.", False),
        ("The span fell.", "38 people were killed.", False),
        ("Nine were rescued on Monday.", "Nine were rescued on Monday.", False),
    ],
)
def test_conflicting_table(left: str, right: str, conflict: bool) -> None:
    a, b = extract_numbers(words(left)), extract_numbers(words(right))
    assert conflicting(a, b) is conflict
    assert conflicting(b, a) is conflict


VALUES = st.frozensets(
    st.one_of(
        st.integers(0, 60).map(lambda n: f"n:{n}"),
        st.tuples(st.integers(0, 60), st.sampled_from(["deg", "year", "$", "age"])).map(
            lambda n: f"n:{n[0]}@{n[1]}"
        ),
        st.sampled_from(["monday", "tuesday", "friday"]).map(lambda d: f"d:{d}"),
        st.sampled_from(["jan", "may", "oct"]).map(lambda m: f"m:{m}"),
        st.integers(1990, 2030).map(lambda y: f"y:{y}"),
    ),
    max_size=5,
)


@settings(max_examples=100, deadline=None)
@given(VALUES, VALUES)
def test_conflicting_properties(a: frozenset[str], b: frozenset[str]) -> None:
    assert conflicting(a, b) == conflicting(b, a)
    assert not conflicting(a, a)
    # A sentence that adds detail never contradicts the one it extends.
    assert not conflicting(a, a | b)
    # Only values of one kind can contradict each other.
    kinds_a, kinds_b = {v[:2] for v in a}, {v[:2] for v in b}
    if not kinds_a & kinds_b:
        assert not conflicting(a, b)


@pytest.mark.parametrize(
    "figure",
    ["1" + "0" * 400, "9" * 320, "4" * 300 + " billion"],
    ids=["400 digits", "320 nines", "scaled past a float"],
)
def test_a_figure_too_large_for_a_float_is_no_figure_and_never_stops_the_reading(
    figure: str,
) -> None:
    found = numbers(f"The Corley harbour board said it had counted {figure} pebbles by 1998.")
    assert found == {"y:1998"}


def test_a_currency_figure_too_large_to_scale_keeps_its_own_amount() -> None:
    # "$<300 nines>bn": the billion would carry it past a float; the figure stays as written
    values = analyse(f"The Tessel fund says it holds ${'9' * 300}bn in gold.").values
    assert [v.unit for v in values] == ["$"]
    assert values[0].amount == float("9" * 300)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvane sold its stake in 4Ledger to Tessaly for $2 million.", {"n:2000000"}),
        ("The host of 7DayRadio was taken off the air.", set()),
        ("Shares of 9Orbit's rival rose 4.5%Friday.", {"n:4.5", "d:friday"}),
        ("It was the 20th crash since the 1990s, 5km from the coast.", {"n:20", "y:1990", "n:5"}),
    ],
)
def test_a_number_glued_to_a_capitalised_word_is_a_name_not_a_figure(
    text: str, expected: set[str]
) -> None:
    assert numbers(text) == expected


def test_a_company_named_with_a_number_is_one_word_and_no_figure_two_sentences_share() -> None:
    a, b = "Norvane bought 4Ledger last year.", "4Ledger was bought by Norvane, it said."
    assert "4Ledger" in words(a) and "4Ledger" in words(b)
    assert not numbers(a) & numbers(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frost in Veldmark reached minus 20 degrees overnight.", {"n:20@deg"}),
        ("Forecasters called it the coldest winter in 20 years.", {"n:20@year"}),
        ("The Orvell mill was sold for $70bn.", {"n:70000000000@$"}),
        ("The Orvell mill was sold for 70 billion dollars.", {"n:70000000000@$"}),
        ("Turnout in Marrow reached 61% in the north.", {"n:61@%"}),
        ("Turnout in Marrow reached 61 percent in the north.", {"n:61@%"}),
        ("Ansel Rook was given a 12-year prison term.", {"n:12@year"}),
        ("Ansel Rook, 44, was given a prison term.", {"n:44@age"}),
        ("The ferry was seized by Ansel Rook, 44.", {"n:44@age"}),
        # a counted noun is what a figure counts, not its unit
        ("Twenty passengers were rescued from the Tessel.", {"n:20"}),
        # each end of a range takes the unit the other states
        ("The crowd was mostly 13 to 18 year olds.", {"n:13@age", "n:18@age"}),
        ("The crowd was mostly aged 13 to 18, witnesses said.", {"n:13@age", "n:18@age"}),
        ("Ansel Rook was sentenced to three to 10 years.", {"n:3@year", "n:10@year"}),
        ("The Veldmark cabinet, in office for 17 months, fell.", {"n:17@month"}),
        ("The 17-month-old Veldmark cabinet fell.", {"n:17@month"}),
    ],
)
def test_a_figure_is_tagged_with_the_unit_its_words_state(text: str, expected: set[str]) -> None:
    assert figure_tags(text) == expected


def test_the_disagreement_stage_reads_the_units_the_tags_carry() -> None:
    values = analyse("The Orvell mill was sold for $70bn to Ansel Rook, 44.").values
    assert [(v.amount, v.unit) for v in values] == [(70e9, "$"), (44.0, "age")]
    # a span of time is read by the word it counts, as before
    assert [v.unit for v in analyse("Ansel Rook was sentenced to 10 years.").values] == [None]


def test_twenty_years_does_not_match_minus_twenty_degrees() -> None:
    cold = figure_tags("Frost in Veldmark reached minus 20 degrees overnight.")
    record = figure_tags("Forecasters called it the coldest winter in 20 years.")
    assert not shared(cold, record)
    assert conflicting(cold, record)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Ansel Rook was sentenced to 12 years.", "Ansel Rook was given a 12-year prison term."),
        ("The wreck lies 137 metres down.", "The wreck lies at a depth of 137m."),
        ("Corley said 20 percent of homes lost power.", "Corley said 20% of homes lost power."),
    ],
    ids=["a span two ways", "a measure on one side only", "percent and %"],
)
def test_one_figure_told_two_ways_is_still_one_figure(left: str, right: str) -> None:
    a, b = figure_tags(left), figure_tags(right)
    assert shared(a, b) and shared(b, a)
    assert not conflicting(a, b)


def test_a_span_of_time_is_not_the_bare_figure_of_another_sentence() -> None:
    span = figure_tags("Five arson attacks hit Marrow farms in the last four years.")
    count = figure_tags("Police linked the fire to four other arson attacks.")
    assert not shared(span, count)


def _ledgers(figures: int) -> tuple[frozenset[str], frozenset[str]]:
    """Two sentences listing ``figures`` figures each, in units; one side's kilometres are the
    other's miles."""
    units = ["km", "percent", "years", "dollars", "people", "degrees"]
    many = " ".join(f"{n} {units[n % len(units)]}" for n in range(1, figures + 1))
    a = figure_tags(f"The Veldmark ledger lists {many}.")
    return a, figure_tags(f"The Marrow ledger lists {many.replace('km', 'miles')}.")


def test_sentences_with_thousands_of_figures_share_those_in_one_unit_and_disagree() -> None:
    a, b = _ledgers(4000)
    common = shared(a, b)
    assert "n:6@km" not in common and "n:1@%" in common and "n:2@year" in common
    assert conflicting(a, b)


def test_sentences_with_twice_the_figures_take_twice_the_steps_to_compare_not_four_times() -> None:
    """Each figure's value is looked up among the other's, never paired with each of them."""
    ledgers = {n: _ledgers(n) for n in (500, 1000, 2000)}

    def compare(figures: int) -> None:
        a, b = ledgers[figures]
        shared(a, b)
        conflicting(a, b)

    assert grows_linearly(compare, 1000)


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        (
            "The Marrow boxer weighed in at 157 pounds.",
            "The Marrow boxer weighed in at 157 lb.",
            True,
        ),
        (
            "The Tessel calf weighed 90 pounds at birth.",
            "The Tessel calf weighed 90 lbs at birth.",
            True,
        ),
        ("Orvell paid 19 million pounds for the mill.", "Orvell paid £19m for the mill.", True),
        ("Orvell paid 19 million pounds for the mill.", "Orvell paid $19m for the mill.", False),
    ],
    ids=["body weight", "a calf's weight", "sterling with a scale", "sterling is not dollars"],
)
def test_pounds_name_sterling_only_where_the_amount_is_money(
    left: str, right: str, same: bool
) -> None:
    a, b = figure_tags(left), figure_tags(right)
    assert bool(shared(a, b)) is same
    assert conflicting(a, b) is not same


@pytest.mark.parametrize(
    ("words", "bound"),
    [
        ("no more than", "<="),
        ("not more than", "<="),
        ("no fewer than", ">="),
        ("not less than", ">="),
        ("more than", ">="),
        ("just under", "<="),
        ("just over", ">="),
        ("nearly", "~"),
        ("up to", "<="),
        ("as many as", "<="),
        ("as much as", "<="),
    ],
)
def test_the_longest_bound_before_a_figure_is_read_so_no_more_than_is_a_top(
    words: str, bound: str
) -> None:
    spec = analyse(f"The Orrin flood displaced {words} 400 families, the council said.")
    assert [(v.tag, v.bound) for v in spec.values if v.kind == "number"] == [("n:400", bound)]


@pytest.mark.parametrize(
    "text",
    [
        "The Varnholt ferry sailed on Oct. 30 with 14 passengers.",
        "Councillor Brannoch spoke on 2 March 2019, a Tuesday.",
    ],
)
def test_a_dates_month_is_the_month_the_reader_gives_the_same_words(text: str) -> None:
    tags = extract_numbers(words(text))
    dates = {tag for tag in tags if tag.startswith(DATE_TAG)}
    assert dates
    assert {month_of_date(tag) for tag in dates} == {t for t in tags if t.startswith(MONTH_TAG)}


def test_every_figure_read_is_tagged_with_one_of_the_named_kinds() -> None:
    text = "On Monday, Oct. 30, 1998, 40 people were hurt in Tessel; 3 more in 2001."
    tags = extract_numbers(words(text))
    assert {tag[:2] for tag in tags} == set(TAG_KINDS)
