"""Quality gate on real web text: no fragments, little furniture, outlets and titles right.

Runs the text scorer (``text_score.py``) on the ``dev`` stories of the gold
labels when the evaluation corpora sit beside the checkout and the labels are
present; skips otherwise. The ``heldout`` stories never gate (nothing is tuned
on them): ``text_score.py`` reports them. Floors are what the engine reaches on
the dev stories (no fragment, no furniture line, 56 of 57 readable outlets named
right and none wrong, every title a headline), so any loss fails; the figures
reached are printed alongside. The text-only labels of further dev stories
(``gold_text/``, labelled before the engine was run on them) gate as their own
line, ``dev-text``, at what the engine reaches there, and so do those of eight readable
DUC 2003 clusters (``gold_text/duc/``, ``dev-duc``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parents[1].parent / "shared" / "corpora"
sys.path.insert(0, str(HERE))

import text_score  # noqa: E402

#: Floors on the dev stories: what the engine reaches there.
MAX_FRAGMENTS = 0
MAX_FURNITURE_PER_STORY = 0.0
MIN_OUTLETS_RIGHT = 0.94
MAX_OUTLETS_WRONG = 0.0
#: Every dev story's title states the story (mn112's lead, with no headline over any article,
#: keeps its point: an aside ends where "yet" opens the next clause, text/titles.py).
MAX_TITLES_MISSED = 0

#: Floors on the dev-text stories (21 stories labelled for titles, furniture and outlets only).
#: One furniture line: a media-news roundup's blurb, from a file that shares nothing with
#: the story (mn122): 1 in 29 stories, 1 in 21 since eight web stories are labelled for
#: their counts too (their text labels moved to ``gold/``, scored in the dev line).
MAX_TEXT_FURNITURE_PER_STORY = 0.048
#: 0.80 (24 of 30) since eight of the stories moved to ``gold/``: 0.86 on the 29 before.
MIN_TEXT_OUTLETS_RIGHT = 0.80
MAX_TEXT_OUTLETS_WRONG = 0.0
#: mn119 (three unrelated talk-show items, the title from a side one) and mn122 (the awards
#: page's own headline, about the winning publications, where the label asks for the actor
#: named travel journalist of the year). (mn005's lead, "Kleiner Perkins …, the venture
#: capital firm, is offering a new deal …, accusing it of …: Promise not to pursue this case
#: any further or pay us $1 million", now keeps its point after the colon: text/titles.py.)
MAX_TEXT_TITLES_MISSED = 2

#: Floors on the dev-duc clusters (12 readable DUC 2003 clusters labelled for titles,
#: furniture and outlets only, before the engine was run on them): every title states the
#: cluster's story, no wire remnant reaches a report, and 65 of 66 readable outlets are named
#: (the one left to its file name is the text of a law printed whole, left out as off-topic).
#: 46 of 47 on the 8 left open since four were set aside as fresh when their counts were
#: labelled (the same law's page is among the 8).
MAX_DUC_FURNITURE_PER_STORY = 0.0
MIN_DUC_OUTLETS_RIGHT = 0.978
MAX_DUC_OUTLETS_WRONG = 0.0
MAX_DUC_TITLES_MISSED = 0

pytestmark = [
    pytest.mark.skipif(
        not (CORPORA / "multinews-dev").is_dir(), reason="evaluation corpora not present"
    ),
    pytest.mark.skipif(not text_score.load_gold(), reason="no gold labels"),
]


@pytest.fixture(scope="module")
def scores() -> dict[str, text_score.SplitScore]:
    totals, _ = text_score.score_gold(CORPORA, splits=["dev"])
    return totals


def test_reports_quote_whole_sentences_and_no_page_furniture(
    scores: dict[str, text_score.SplitScore],
) -> None:
    split = "dev"
    total = scores[split]
    print(f"{split}: fragments {total.fragments}, furniture {total.furniture_per_story:.2f}/story")
    assert total.fragments <= MAX_FRAGMENTS
    assert total.furniture_per_story <= MAX_FURNITURE_PER_STORY


def test_outlets_are_named_from_the_text_and_titles_are_headlines(
    scores: dict[str, text_score.SplitScore],
) -> None:
    split = "dev"
    total = scores[split]
    print(
        f"{split}: outlets right {total.outlet_right_share:.0%}, wrong "
        f"{total.outlet_wrong_share:.0%}; titles {total.titles_ok}/{total.titles_checked}"
    )
    assert total.outlet_right_share >= MIN_OUTLETS_RIGHT
    assert total.outlet_wrong_share <= MAX_OUTLETS_WRONG
    assert total.titles_ok >= total.titles_checked - MAX_TITLES_MISSED


def test_the_stories_labelled_for_text_only_get_headlines_outlets_and_no_furniture() -> None:
    total, _ = text_score.score_text_gold(CORPORA)
    if not total.stories:
        pytest.skip("no text-only labels")
    print(
        f"dev-text: fragments {total.fragments}, furniture {total.furniture_per_story:.2f}/story,"
        f" outlets right {total.outlet_right_share:.0%}, wrong {total.outlet_wrong_share:.0%};"
        f" titles {total.titles_ok}/{total.titles_checked}"
    )
    assert total.fragments <= MAX_FRAGMENTS
    assert total.furniture_per_story <= MAX_TEXT_FURNITURE_PER_STORY
    assert total.outlet_right_share >= MIN_TEXT_OUTLETS_RIGHT
    assert total.outlet_wrong_share <= MAX_TEXT_OUTLETS_WRONG
    assert total.titles_ok >= total.titles_checked - MAX_TEXT_TITLES_MISSED


def test_the_duc_clusters_labelled_for_text_only_get_headlines_outlets_and_no_furniture() -> None:
    total, _ = text_score.score_text_gold(
        CORPORA, text_score.DUC_TEXT_GOLD_DIR, text_score.DUC_TEXT_SPLIT
    )
    if not total.stories:
        pytest.skip("no DUC text-only labels")
    print(
        f"dev-duc: fragments {total.fragments}, furniture {total.furniture_per_story:.2f}/story,"
        f" outlets right {total.outlet_right_share:.0%}, wrong {total.outlet_wrong_share:.0%};"
        f" titles {total.titles_ok}/{total.titles_checked}"
    )
    assert total.fragments <= MAX_FRAGMENTS
    assert total.furniture_per_story <= MAX_DUC_FURNITURE_PER_STORY
    assert total.outlet_right_share >= MIN_DUC_OUTLETS_RIGHT
    assert total.outlet_wrong_share <= MAX_DUC_OUTLETS_WRONG
    assert total.titles_ok >= total.titles_checked - MAX_DUC_TITLES_MISSED


def test_a_mixed_folder_is_warned_and_no_single_story_is() -> None:
    found = text_score.several_stories_check(CORPORA, text_score.set_aside())
    print(f"mixed: {found.mixed_warning[:100]}; single stories warned: {found.warned}")
    assert found.mixed_warned
    assert found.warned == [] and found.heldout_warned == 0


def test_stories_without_labels_quote_whole_sentences() -> None:
    labelled = text_score.set_aside() | {g["story"] for g in text_score.load_gold()}
    count, fragments = text_score.unlabelled_fragments(CORPORA, labelled)
    print(f"{count} unlabelled stories, fragments: {fragments}")
    assert fragments == []
