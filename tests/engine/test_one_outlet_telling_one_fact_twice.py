"""Selection: an outlet that tells one fact twice, its lead again further down in other
words, should have it shown once; two different facts it tells of one subject on one day
are two.

The matcher pairs sentences of different articles only, so the two wordings of one
article are never matched to each other: each is matched to another outlet's wording
instead, and both are backed. All places, firms, people and outlets are invented.

Known miss (strict xfails): ranking passing over a sentence its article tells again
beside a chosen one was measured and not adopted (``docs/quality-notes.md``, "One fact
told twice by one outlet"): the summary support error rose on every split.
"""

from __future__ import annotations

import pytest

from corroborate.engine import Analysis, SummaryOptions, analyze, summarize
from corroborate.engine.consensus.rank import build_summary

# The Harlow Gazette tells its lead again in its sixth paragraph, in other words; between
# them, other facts of the same mill on the same day (the owner's plan, the road closed).
GAZETTE = """Harlow Gazette

Fire gutted the Brennick flour mill in Osterley on Tuesday, and all 40 of its workers escaped unhurt.

Owner Edda Calloway said on Tuesday that she would rebuild the mill within a year.

Crews from three stations fought the flames for six hours before they were under control.

The county closed the Quarry Road bridge beside the mill on Tuesday while engineers inspected it.

The mill, built in 1887, was the oldest working flour mill in the county.

All 40 workers escaped the burning Brennick mill unhurt, fire chief Ansel Dorrow said after the roof fell in.
"""

TIVERTON = """Tiverton Post

The Brennick flour mill in Osterley burned down on Tuesday morning, and all of its staff got away.

Edda Calloway, the owner, said she would rebuild the mill within a year.

The county closed the Quarry Road bridge beside the mill while engineers inspected it.

Investigators have not said what started the fire, which broke out in a grain dryer.
"""

MARSH = """Marsh Valley Times

Every worker got out of the burning mill unhurt before the roof fell in, fire chief Ansel Dorrow said.

The mill, built in 1887, was the oldest working flour mill in the county.

Crews from three stations fought the flames for six hours before they were under control.

Neighbours said smoke from the mill could be seen from the coast road all afternoon.
"""

FILES = {"gazette.txt": GAZETTE, "tiverton.txt": TIVERTON, "marsh.txt": MARSH}
LEAD = "Fire gutted the Brennick flour mill in Osterley on Tuesday, and all 40"
RETOLD = "All 40 workers escaped the burning Brennick mill unhurt"
OWNER = "Owner Edda Calloway said on Tuesday"
BRIDGE = "The county closed the Quarry Road bridge beside the mill on Tuesday"


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    folder = tmp_path_factory.mktemp("mill")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    analysis = analyze(folder)
    assert analysis.independent_sources == 3
    return analysis


def _sid(analysis: Analysis, start: str) -> int:
    return next(s.id for s in analysis.sentences if s.text.startswith(start))


def _claim_sentences(analysis: Analysis, sid: int) -> set[int]:
    claim = analysis.claim(sid)
    return {sid, *(x for statement in claim.statements for x in statement.sentences)}


def test_the_two_wordings_of_one_article_are_two_backed_claims_never_matched(
    analysed: Analysis,
) -> None:
    """What a rule is needed for: each wording is backed by another outlet, and neither claim
    holds the other, so without it both could reach the summary."""
    lead, retold = _sid(analysed, LEAD), _sid(analysed, RETOLD)
    assert analysed.sentences[lead].article == analysed.sentences[retold].article
    assert analysed.claim(lead).support >= 2
    assert analysed.claim(retold).support >= 2
    assert retold not in _claim_sentences(analysed, lead)
    assert lead not in _claim_sentences(analysed, retold)


def _rows_telling_the_lead(analysis: Analysis) -> int:
    shown = [item.sentence for item in summarize(analysis).items]
    lead, retold = _sid(analysis, LEAD), _sid(analysis, RETOLD)
    telling = _claim_sentences(analysis, lead) | _claim_sentences(analysis, retold)
    return len([sid for sid in shown if sid in telling])


KNOWN_MISS = pytest.mark.xfail(
    strict=True,
    reason="an article's two wordings of one fact are never compared; the rule that"
    " compared them was not adopted (quality notes: one fact told twice by one outlet)",
)


@KNOWN_MISS
def test_a_lead_an_outlet_tells_again_further_down_is_shown_once(analysed: Analysis) -> None:
    assert _rows_telling_the_lead(analysed) == 1


def test_other_facts_the_outlet_tells_of_the_same_mill_on_the_same_day_are_shown(
    analysed: Analysis,
) -> None:
    """The owner's plan and the bridge closed share the mill, the day and the outlet with
    the lead, but each states a fact of its own: passed over, the summary would lose it."""
    shown = {item.sentence for item in summarize(analysed).items}
    for start in (OWNER, BRIDGE):
        assert shown & _claim_sentences(analysed, _sid(analysed, start)), start


@KNOWN_MISS
def test_a_summary_of_more_sentences_still_shows_the_fact_once(analysed: Analysis) -> None:
    summary = build_summary(analysed, SummaryOptions(sentences=20))
    lead, retold = _sid(analysed, LEAD), _sid(analysed, RETOLD)
    telling = _claim_sentences(analysed, lead) | _claim_sentences(analysed, retold)
    assert len([item for item in summary.items if item.sentence in telling]) == 1
