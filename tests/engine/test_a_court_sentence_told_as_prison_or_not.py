"""A court's sentence counted in two words: "nine men were *jailed*" and "eleven men were
*sentenced to prison*" count one fate two ways (a conflict), while "eleven men were
*sentenced*", "*given suspended sentences*", "*sentenced to community service*", "*fined*"
count another (no conflict: some of them may be the jailed nine, others spared prison). And
one man's term told "sentenced *on Thursday* to six years" and "jailed for seven years" is
one term given two lengths. Those jailed for a term ("for life", "for ten years") are a part
of all the jailed, as the seriously hurt are of the hurt, and those given two terms two
groups. The pairs and folders were written and labelled before the engine read them (the
terms' five pairs after the first rule, when its look-alikes were sought).

Every sentence here is invented: its places, people, outlets and events."""

from __future__ import annotations

import pytest
from disagree_fresh_folders import (
    Folder,
    marked,
    reports_its_conflict,
    reports_no_disagreement,
)
from five_outlets import MakeFolder

from corroborate.engine.conflicts.judge import compare

_JAILED = "Nine men were jailed on Friday over the riot at the Orrin docks."

CONFLICTS = [
    pytest.param(
        _JAILED,
        "Eleven men were sentenced to prison on Friday over the riot at the Orrin docks.",
        {"Nine", "Eleven"},
        id="jailed and sentenced to prison",
    ),
    pytest.param(
        "Four nurses were jailed on Monday for stealing drugs from Kessel General Hospital.",
        "Six nurses were sentenced to jail on Monday for stealing drugs from Kessel General "
        "Hospital.",
        {"Four", "Six"},
        id="jailed and sentenced to jail",
    ),
    pytest.param(
        "Three brothers were imprisoned on Tuesday for the Brask bank fraud.",
        "Five brothers were jailed on Tuesday for the Brask bank fraud.",
        {"Three", "Five"},
        id="imprisoned and jailed",
    ),
    pytest.param(
        "A Tarrow court sent seven protesters to prison on Wednesday over the Tarrow port "
        "blockade.",
        "A Tarrow court jailed nine protesters on Wednesday over the Tarrow port blockade.",
        {"seven", "nine"},
        id="sent to prison and jailed",
    ),
    pytest.param(
        "A court sentenced eleven men to prison on Friday over the riot at the Orrin docks.",
        _JAILED,
        {"eleven", "Nine"},
        id="a court sentenced them to prison and they were jailed",
    ),
    pytest.param(
        "Nine men were given prison sentences on Friday over the riot at the Orrin docks.",
        "Eleven men were jailed on Friday over the riot at the Orrin docks.",
        {"Nine", "Eleven"},
        id="given prison sentences and jailed",
    ),
    pytest.param(
        "Rolf Anker was sentenced on Thursday to six years in prison for the theft from Orvik.",
        "Rolf Anker was jailed for seven years on Thursday for the theft from Orvik.",
        {"six", "seven"},
        id="one man's term with the day between the verb and the term",
    ),
    pytest.param(
        "Nine men were jailed for ten years on Friday over the riot at the Orrin docks.",
        "Eleven men were jailed for ten years on Friday over the riot at the Orrin docks.",
        {"Nine", "Eleven"},
        id="two counts of those given one term",
    ),
    pytest.param(
        "Nine men were jailed for life on Friday over the riot at the Orrin docks.",
        "Eleven men were sentenced to life in prison on Friday over the riot at the Orrin docks.",
        {"Nine", "Eleven"},
        id="two counts of those jailed for life",
    ),
    pytest.param(
        "Nine men were given life sentences over the riot in Varnholt.",
        "Eleven men were sentenced to life in prison over the riot in Varnholt.",
        {"Nine", "Eleven"},
        id="given life sentences and sentenced to life in prison",
    ),
    pytest.param(
        "Nine men were sentenced to ten years for supervising a drug ring in Varnholt.",
        "Eleven men were sentenced to 10 years in prison for supervising a drug ring in Varnholt.",
        {"Nine", "Eleven"},
        id="a term with a word of probation's in the offence after it",
    ),
]

NOT_CONFLICTS = [
    pytest.param(
        _JAILED,
        "Eleven men were sentenced on Friday over the riot at the Orrin docks.",
        id="jailed and sentenced to something untold",
    ),
    pytest.param(
        _JAILED,
        "Eleven men were sentenced to community service on Friday over the riot at the Orrin "
        "docks.",
        id="jailed and sentenced to community service",
    ),
    pytest.param(
        _JAILED,
        "Eleven men were sentenced to 200 hours of community service on Friday over the riot "
        "at the Orrin docks.",
        id="jailed and sentenced to hours of community service",
    ),
    pytest.param(
        _JAILED,
        "Eleven men were sentenced to three years of probation on Friday over the riot at the "
        "Orrin docks.",
        id="jailed and sentenced to years of probation",
    ),
    pytest.param(
        _JAILED,
        "A court sentenced eleven men to probation on Friday over the riot at the Orrin docks.",
        id="jailed and put on probation",
    ),
    pytest.param(
        _JAILED,
        "Eleven men were fined on Friday over the riot at the Orrin docks.",
        id="jailed and fined",
    ),
    pytest.param(
        _JAILED,
        "Eleven men were handed fines on Friday over the riot at the Orrin docks.",
        id="jailed and handed fines",
    ),
    pytest.param(
        "Four nurses were sentenced to prison on Monday for stealing drugs from Kessel General "
        "Hospital.",
        "Six nurses were given suspended sentences on Monday for stealing drugs from Kessel "
        "General Hospital.",
        id="sentenced to prison and given suspended sentences",
    ),
    pytest.param(
        _JAILED,
        "Eleven men were charged on Friday over the riot at the Orrin docks.",
        id="jailed and charged",
    ),
    pytest.param(
        "Nine men were sentenced to prison on Friday over the riot at the Orrin docks.",
        "Eleven men were remanded in custody on Friday over the riot at the Orrin docks.",
        id="sentenced to prison and remanded in custody",
    ),
    pytest.param(
        _JAILED,
        "Eleven prisoners were released on Friday after the riot at the Orrin docks.",
        id="the jailed and prisoners released",
    ),
    pytest.param(
        _JAILED,
        "Eleven men were jailed in 2019 over an earlier riot at the Orrin docks.",
        id="jailed now and jailed for an earlier riot",
    ),
    pytest.param(
        _JAILED,
        "Eleven of the men had been jailed before, the court in Orrin heard on Friday.",
        id="jailed now and jailed before",
    ),
    pytest.param(
        "Nine men were jailed for ten years on Friday over the riot at the Orrin docks.",
        "Eleven men were jailed for five years on Friday over the riot at the Orrin docks.",
        id="those given two terms",
    ),
    pytest.param(
        "Nine men were jailed for ten years on Friday over the riot at the Orrin docks.",
        _JAILED.replace("Nine", "Eleven"),
        id="those given a term and all the jailed",
    ),
    pytest.param(
        "Nine men were jailed for life on Friday over the riot at the Orrin docks.",
        "Eleven men were sentenced to prison on Friday over the riot at the Orrin docks.",
        id="those jailed for life and all sent to prison",
    ),
    pytest.param(
        "Rolf Anker was sentenced on Thursday to six years in prison for the theft from Orvik.",
        "Rolf Anker had served seven years in prison for an earlier theft from Orvik.",
        id="a term set and an earlier term served",
    ),
    pytest.param(
        "Rolf Anker was sentenced on Thursday to six years in prison for the theft from Orvik.",
        "Rolf Anker will be eligible for parole after four years, the judge in Orvik said on "
        "Thursday.",
        id="a term set and the time before parole",
    ),
    pytest.param(
        "Rolf Anker was sentenced on Thursday to six years in prison for the theft from Orvik.",
        "Prosecutors in Orvik had asked on Thursday for Rolf Anker to be jailed for eight "
        "years for the theft.",
        id="a term set and a term sought",
    ),
    pytest.param(
        "Rolf Anker was sentenced on Thursday to six years in prison for the theft from Orvik.",
        "His co-accused, Per Lund, was sentenced on Thursday to three years in prison for the "
        "theft from Orvik.",
        id="one man's term and his co-accused's",
    ),
    # a term served outside prison, told with a possessive, after the term or past a comma
    pytest.param(
        "Nine men were sentenced to three years' probation over the riot in Varnholt.",
        "Eleven men were sentenced to three years in prison over the riot in Varnholt.",
        id="years' probation and years in prison",
    ),
    pytest.param(
        "Nine men were sentenced to ten years' probation over the riot in Varnholt.",
        "Eleven men were jailed for ten years over the riot in Varnholt.",
        id="years' probation and jailed for as many years",
    ),
    pytest.param(
        "Nine men were sentenced to two years suspended over the riot in Varnholt.",
        "Eleven men were jailed for two years over the riot in Varnholt.",
        id="a term suspended and jailed for as long",
    ),
    pytest.param(
        "Nine men were sentenced to 18 months, suspended for two years, over the riot in Varnholt.",
        "Eleven men were sentenced to 18 months in prison over the riot in Varnholt.",
        id="a term suspended past a comma and a term in prison",
    ),
    pytest.param(
        "Nine men were sentenced to two years in prison, suspended for three years, over the "
        "riot in Varnholt.",
        "Eleven men were sentenced to two years in prison over the riot in Varnholt.",
        id="a prison term suspended and a prison term",
    ),
    pytest.param(
        "Nine men were sentenced to 12 months' house arrest over the riot in Varnholt.",
        "Eleven men were jailed for 12 months over the riot in Varnholt.",
        id="months of house arrest and jailed for as many months",
    ),
    pytest.param(
        "Nine men were handed suspended prison sentences over the riot in Varnholt.",
        "Eleven men were jailed over the riot in Varnholt.",
        id="suspended prison sentences and jailed",
    ),
    pytest.param(
        "Nine men were sentenced to five years for house burglaries in Varnholt.",
        "Eleven men were sentenced for house burglaries in Varnholt.",
        id="a term with a word of house arrest's in the offence, and sentenced alone",
    ),
]


@pytest.mark.parametrize(("one", "other", "values"), CONFLICTS)
def test_one_prison_sentence_counted_in_two_words_is_a_conflict(
    one: str, other: str, values: set[str]
) -> None:
    for a, b in ((one, other), (other, one)):
        found = compare(a, b)
        assert found is not None and {found.a_words, found.b_words} == values


@pytest.mark.parametrize(("one", "other"), NOT_CONFLICTS)
def test_prison_and_a_sentence_spared_it_or_another_time_or_man_are_no_conflict(
    one: str, other: str
) -> None:
    assert compare(one, other) is None
    assert compare(other, one) is None


FOLDER_CONFLICTS = (
    Folder(
        "the dock rioters jailed, counted two ways",
        ("Nine", "Eleven"),
        (
            """Nine jailed over Orrin dock riot

ORRIN, March 8 (Meridian Press) — Nine men were jailed on Friday over the riot at the Orrin docks last summer.

Judge Marta Kolby said the men had thrown stones at police and set fire to two cranes.

The riot began after a dispute over night-shift pay.
""",
            """Orrin dock rioters sent to prison

By Tove Rask, Harlow Herald

Eleven men were sentenced to prison on Friday over the riot at the Orrin docks.

The court heard that two cranes were set on fire and stones were thrown at police officers.

Dock workers' leader Einar Holt said the sentences were too harsh.
""",
        ),
    ),
    Folder(
        "the dock rioters jailed, counted two ways, no season told",
        ("Nine", "Eleven"),
        (
            """Nine jailed over Orrin dock riot

ORRIN, March 8 (Meridian Press) — Nine men were jailed on Friday over the riot at the Orrin docks.

Judge Marta Kolby said the men had thrown stones at police and set fire to two cranes.
""",
            """Orrin dock rioters sent to prison

By Tove Rask, Harlow Herald

Eleven men were sentenced to prison on Friday over the riot at the Orrin docks.

Dock workers' leader Einar Holt said the sentences were too harsh.
""",
        ),
    ),
    Folder(
        "a treasurer's term with the day before it",
        ("six", "seven"),
        (
            """Former Orvik treasurer jailed

ORVIK, Oct. 10 (Meridian Press) — Former Orvik town treasurer Rolf Anker was sentenced on Thursday to six years in prison for stealing $1.3 million from the town.

Anker, 63, had admitted taking the money over eight years.
""",
            """Anker jailed for Orvik theft

(Coastline Daily) Former Orvik treasurer Rolf Anker was jailed for seven years on Thursday for stealing $1.3 million from the town.

The money was used to buy two houses and a boat, the court heard.
""",
        ),
    ),
)

FOLDER_LOOKALIKES = (
    Folder(
        "the jailed and all those sentenced",
        None,
        (
            """Nine jailed over Orrin dock riot

ORRIN, March 8 (Meridian Press) — Nine men were jailed on Friday over the riot at the Orrin docks.

Judge Marta Kolby said the men had thrown stones at police and set fire to two cranes.
""",
            """Orrin dock rioters sentenced

By Tove Rask, Harlow Herald

Eleven men were sentenced on Friday over the riot at the Orrin docks.

Two of them were given suspended sentences and ordered to pay for the damaged cranes.
""",
        ),
    ),
    Folder(
        "the jailed and those given suspended sentences",
        None,
        (
            """Nurses jailed for Kessel hospital thefts

KESSEL, May 2 (Meridian Press) — Four nurses were sentenced to prison on Monday for stealing drugs from Kessel General Hospital.

The thefts went on for three years before a pharmacist noticed missing stock.
""",
            """Kessel nurses sentenced over drug thefts

(Coastline Daily) Six nurses were given suspended sentences on Monday for stealing drugs from Kessel General Hospital.

Four others were jailed, the court said.
""",
        ),
    ),
    Folder(
        "the jailed and those sent to community service",
        None,
        (
            """Nine jailed over Orrin dock riot

ORRIN, March 8 (Meridian Press) — Nine men were jailed on Friday over the riot at the Orrin docks.

The riot began after a dispute over night-shift pay.
""",
            """Community service for Orrin rioters

By Tove Rask, Harlow Herald

Eleven men were sentenced to 200 hours of community service on Friday over the riot at the Orrin docks.

The court said they had not thrown stones but had blocked the dock gates.
""",
        ),
    ),
    Folder(
        "the jailed and prisoners set free",
        None,
        (
            """Nine jailed over Orrin dock riot

ORRIN, March 8 (Meridian Press) — Nine men were jailed on Friday over the riot at the Orrin docks.

Judge Marta Kolby said the men had set fire to two cranes.
""",
            """Orrin prisoners freed after dock riot review

(Coastline Daily) Eleven prisoners were released on Friday after a review of the riot at the Orrin docks.

They had been held for seven months without trial.
""",
        ),
    ),
)


#: The conflicts the engine does not report yet, by folder, and why.
KNOWN_MISSES = {
    "the dock rioters jailed, counted two ways": (
        "'jailed on Friday over the riot at the Orrin docks last summer' / 'sentenced to prison "
        "on Friday over the riot at the Orrin docks': the riot's season, told by one outlet "
        "alone, sets the two sentences at two times for the judge (as it does 'jailed' / "
        "'jailed'); the same folder without it is reported"
    ),
}


@pytest.mark.parametrize("folder", marked(FOLDER_CONFLICTS, KNOWN_MISSES))
def test_a_folder_of_one_prison_sentence_counted_two_ways_reports_it(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_its_conflict(make_folder, folder)


@pytest.mark.parametrize("folder", FOLDER_LOOKALIKES, ids=lambda f: f.name)
def test_a_folder_of_prison_and_other_sentences_reports_no_disagreement(
    make_folder: MakeFolder, folder: Folder
) -> None:
    reports_no_disagreement(make_folder, folder)
