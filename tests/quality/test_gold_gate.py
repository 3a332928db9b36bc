"""Quality gate on real stories: the counts measured against gold labels, with pinned floors.

The labels (``gold/*.json``) were written by reading every article before
looking at the engine's output. Floors are pinned on the ``dev`` stories
where the engine stands today; the ``heldout`` stories are scored by
``gold_score.py`` and never gate (nothing is tuned on them). The issue's
targets are higher than some floors: see the README's quality section.
Real stories need ``../shared/corpora``; the sample story is always scored.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import gold_score  # noqa: E402

CORPORA = HERE.parents[2] / "shared" / "corpora"


@pytest.fixture(scope="module")
def dev_figures() -> dict:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in gold_score.gold_files()]
    dev = [g for g in golds if g["split"] == "dev"]
    if not CORPORA.is_dir():
        dev = [g for g in dev if g["corpus"] == "sample"]
    scores = [gold_score.score_story(CORPORA, g) for g in dev]
    figures = gold_score.summarise(scores)
    print(json.dumps(figures, indent=1))
    return figures


def _real(figures: dict) -> None:
    if figures["stories"] < 2:
        pytest.skip("the real corpora are not at ../shared/corpora")


def test_sentences_listed_as_one_outlets_are_mostly_reported_by_one_outlet(dev_figures) -> None:
    _real(dev_figures)
    # 0.91 since the list is ranked surest first rather than most central first.
    # 0.938 since one study's journal named by two outlets is a fact they share, and an
    # outlet's copies of one sentence share each copy's echoes (single_source.py).
    # 0.937 since a compound the folder writes two ways is one word (text/wordforms.py):
    # mn159's capped list takes "writer-directors Glenn Ficarra and John Requa …" last.
    # 0.924 since eight more web stories are labelled for their counts (the same code
    # scores 0.937 on the 37 before them). 0.923 since eight DUC 2003 clusters are too
    # (53 stories; 0.924 on the 45 before them, same code). 0.929 since two rare full names
    # another outlet's page gives beside its story (a credits box) are a fact it states:
    # mn159's writer-directors' sentence leaves the list (single_source.boxed_names).
    # 0.928 since one act of one named party on one day is one fact (align.one_dated_act):
    # mn003's short "after meeting Mursi" sentence is backed and leaves the summary, and the
    # one-outlet "safe exit" sentence that takes its row leaves the list (a right item gone).
    # 0.933 since one moment told to the minute, in two zones read by their offsets, is a
    # fact two outlets share (single_source.shared_fact_pairs, text/clock.instant): mn191's
    # "at 6:48 a.m. EST" sentence, which another outlet times "11:48 UTC", leaves the list.
    # 0.943 since a word and its derived form the folder writes both are one word of a
    # sentence's distinctness (text/families.derived_table): d31022t's candles beside
    # another outlet's "candlelight" and mn105's "realism" beside "real" leave the list.
    assert dev_figures["single_source_precision"] >= 0.943


def test_central_facts_are_almost_never_flagged_as_one_outlets(dev_figures) -> None:
    # 4 since sentences stay whole across "Gen. Fayez Zeidan": d30040t's seven AP
    # articles are then one source (as the labels say), so the AP sentences the
    # New York Times paraphrase is not matched to now stand alone.
    # 2 since the list is ranked surest first: a sentence whose words most sources use
    # is often a central fact they state in other words; 1 since a newswire archive's
    # document ids name their agency (d30040t's New York Times articles are one source).
    # 2 with seven more stories labelled (37): mn191's "Alaska, Hawaii and northwestern
    # Canada will see the eclipse" states in other words what the others call western
    # North America. 3 since a compound written two ways is one word: mn159's list takes
    # the writer-directors' sentence, whose fact the other outlet gives only in its credits.
    # 2 since those credits, a line beside the other outlet's story, state its fact
    # (single_source.boxed_names): mn042's face blacked out / redacted and mn191's
    # eclipse seen in the west remain, paraphrases below every judge.
    assert dev_figures["core_facts_flagged_single"] <= 2


def test_no_contradiction_is_counted_as_support(dev_figures) -> None:
    # (mn113's North Korean delegation of "more than 400", its athletes still to be
    # settled, and a "550-member" one are labelled compatible: a lower bound 550 meets.)
    # 1 since eight DUC 2003 clusters are labelled for their counts: d30034t's pair resting
    # on a year's arithmetic ("a year after" the colony was abandoned / the war when the
    # colonizers left, 1975), the one the disagreement-only gate already allows, is now
    # scored here too. The target is 0; this floor is not it.
    assert dev_figures["contradictions_supported"] <= 1


def test_reported_disagreements_are_real_and_lookalikes_stay_silent(dev_figures) -> None:
    assert dev_figures["false_alarms_on_lookalikes"] == 0
    _real(dev_figures)
    # All 11 reported match a labelled conflict (a paper's story built on the wire story
    # is one source with it, so its copy of a conflict is no longer a second pair).
    # All 15 since falls, spellings and a fall's times are read.
    assert dev_figures["disagreement_precision"] >= 0.9


def test_most_real_disagreements_are_found(dev_figures) -> None:
    _real(dev_figures)
    # 11 of the 22 labelled conflicts (26 dev stories): counts (also in other words,
    # among other facts, or on one stated day in sentences that say different things),
    # dates, parts of one day ("Saturday afternoon" / "Saturday morning"), an age named
    # on one side only, one part named two ways. Missed: opinions, conflicts only an
    # inference shows (a killing "in 2003" against bail jumped in 2001), a plane's make,
    # clock times of two moments, durations, "last weekend" against a weekday, postponed
    # work, a body's sex "unknown" against "an adult male", a day of the month set by
    # different words ("article posted Oct. 30" / "interview on Oct. 29").
    # 11 since a newswire archive's document ids name their agency: one conflict of
    # d30010t lies between two New York Times articles, an outlet updating itself
    # rather than two outlets disagreeing, and one source's articles are not compared.
    # 11 of 27 since four more stories were labelled: mn068 alone holds five conflicts
    # (a fall of nine stories / 25 feet, two clock times, a surname spelled two ways,
    # climbing up / down), none of a class the engine then read.
    # 15 of 27 since a fall's lengths are compared across units (both of mn068's reports
    # of "nine stories" against "25 feet"), one name spelled two ways is found over the
    # whole story, and one fall's clock times are compared whatever word stands by them.
    # 18 of 29 since a label reported through another pair of its two sources' sentences
    # with its two values is credited (21 / 24 injured, AP against NYT, shown once).
    # 17 of 29 since a name spelled two ways is a spelling note, listed apart, not a
    # disagreement: mn068's older label counts "Dimitri Olivares" / "Dimitri Oliveras" as a
    # conflict, which fact-checkers labelling newer stories sign as a spelling ("Barak" /
    # "Barack Obama"); the scorer does not credit a spelling note.
    # 17 of 38 since eight more web stories are labelled for their counts: their nine
    # disagreement labels (seven in mn156 alone), copied from their disagreement-only
    # labels, are all missed by the same code.
    # 25 of 54 since eight DUC 2003 clusters are labelled for their counts: their 16
    # disagreement labels, copied from their disagreement-only labels, 8 found.
    # 27 of 54 since a thing said not to exist is set against the same thing told as there
    # in other words (mn156: "there is no investigation, because no one has filed a
    # complaint" / "the French authorities are investigating", "a witness has made a formal
    # complaint"); a third report of the class, the same denial against "the judicial police
    # who are conducting a preliminary investigation", is real but no label pairs it.
    # 28 of 54 since one body told as a building's owner and as its tenant disagree
    # (conflicts/story_tenure.py: d31022t's hall).
    # 29 of 54 since one event told at two distances in time from another is a conflict
    # (conflicts/story_distances.py: d30034t's "a few months after" / "a year after" the
    # Portuguese left).
    # 33 of 54 since the emergency services' arrival timed two ways is a conflict
    # (conflicts/story_responses.py: d31022t's rescuers "a few minutes after midnight" /
    # "alerted at 11:43 p.m. ... four minutes later" and "six minutes after the call"), and
    # one act told in other words on two weekdays (conflicts/story_weekdays.py: mn021's
    # interview with the network Thursday / with its host on Tuesday, mn156's gun aimed at a
    # paparazzi Sunday / pointed at a photographer Saturday).
    # 34 of 54 since the people held over a story counted two ways is a conflict
    # (conflicts/story_custody.py: mn028's "Four people are in custody" / "Malaysia has
    # three people in custody").
    assert dev_figures["disagreement_recall"] >= round(34 / 54, 3)  # as summarise rounds it


def test_summary_support_is_close_to_the_true_count(dev_figures) -> None:
    _real(dev_figures)
    # 0.64 before a clause of names alone ("Sen. Trent Lott") stopped stating a fact:
    # the few backers it found by luck are lost, and an over-count with them; a paraphrase
    # must share more than its names (0.663); archive ids naming their agency (0.652);
    # who says a sentence is no fact of it (0.656, and 3 fewer sentences given false support).
    # 0.682 with four more stories labelled (30) and a rewrite of a wire story, sentence by
    # sentence, one source with it (mn145: its over-counts go, its shared claims count one
    # source fewer). 0.671 since the summary's objective halves a voice's bonus for a
    # concept with each sentence later that the voice first uses it (objective.py).
    # 0.599 with seven more stories labelled (37); 0.594 since a lower bound fits only
    # figures below the next round number (figures.py). (A clause found nearly whole with
    # two rare words in common gave 0.59, but one new match in three was another fact.)
    # 0.603 since two sentences must share what is said, not only who says it
    # (align.py, text/speakers.py): mn174's tariff report loses "The news was first
    # reported by Bloomberg" as a backer, which had made its count right by luck, and
    # mn182's summary takes in a sentence whose paraphrases were missed before too.
    # 0.605 since comparing figures never sets a lower bound against a higher figure
    # ("at least 20 killed" / "35 killed" may be one toll at two moments): mn113's
    # "550-member delegation" is backed again by "more than 400", labelled compatible.
    # 0.603 since the summary's concepts count a word family's forms as one (objective.py);
    # 0.599 since a sentence that several voices print word for word counts once for them.
    # 0.601 since four quoted words found whole in another outlet's longer quotation are
    # that quotation given in part (text/segment.py): mn058's "most racist and sexist
    # trial" is backed by the outlet quoting the whole sentence. 0.605 again since two
    # quoted words are a quotation too: the summit's "meet “within two weeks”" is rightly
    # backed by a second outlet and enters the summary, shown with 2 where the labels
    # say 3 (its third outlet words it without quoting). Its seven new matches on the
    # readable stories are all one quotation; a quoted title is no quotation.
    # 0.599 with both: the word-family concepts and the quotations given in part.
    # 0.576 since a story's own central words, rare in English ("sentenced", "prison"),
    # count as rare for the clause judge in a pair that shares a figure (align.py):
    # mn058's "sentenced to three to 10 years in prison" is backed by both other outlets.
    # 0.571 since a sentence another outlet tells in two adjacent sentences of one
    # paragraph is matched to them (align.py: 16 new matches on the readable stories, 13
    # of them one fact). 0.569 since such a match backs the neighbour only when the
    # sentence holds 35% of it (align.py): d30040t's "Some $15 million in donated
    # equipment …", with facts of its own, is no longer backed by the other outlet.
    # 0.573 with a sentence about a part of what the one before named ("Most of it has
    # sat in the port …") no longer opening a summary line (text/segment.py): d30040t's
    # last line is then "During the year-and-a-half delay …", shown with 1 outlet where
    # the labels say 2 (its other outlet words it with no figure in common).
    # 0.569 since two sentences using one word family in two forms and one more word are
    # compared (align.py): mn068's "died at the scene" is backed by "pronounced dead at
    # the scene" (5 new matches on the readable stories, all one fact).
    # And since a page of an outlet no other article has, naming three of the names two
    # other articles share, is not off topic (text/screening.py): d31010t's weather page,
    # whose last paragraph is on the cold wave, backs "the cold outbreak began in
    # mid-November" as the labels say. Each alone 0.569; both 0.565.
    # 0.569 since such a page is read for its paragraph on the story alone (its forecasts
    # for elsewhere are no claims on it): d31010t's words weigh a little otherwise and its
    # sixth line is "Poland's extreme cold began Nov. 16 …", shown with 1 outlet where the
    # labels say 2 (the weather page's "the mid-November outbreak" words it otherwise).
    # 0.563 since sentences run together after capitals or before "A" are split, a sentence
    # that is only a speaker's credit ("Trump said to laughter and applause.") opens no summary
    # line, and a name cut at its initials ("Similarly, the U.S. | Marshals Service …") is
    # rejoined (text/segment.py): mn141's and mn188's lines change.
    # 0.565 since mn084's Mayo Clinic page on the disease is off topic, as labelled: its
    # summary no longer opens with the page's background on the arteries (backed by the
    # study's explainer) but gives the study's own sentences, of which the matcher pairs
    # fewer across the two reports of it (five lines shown with 1 where the labels say 2).
    # 0.563 since a title before a name is no part of it (text/roles.py, people_in): "LASD
    # Lt." and "the Sheriff's department" no longer name a person, so mn182's "the manager
    # of the store smelled a strong odor" and "deputies lost their chase suspect after he
    # got on the roof" are matched across outlets, as labelled.
    # 0.548 since a journal both name as where a study appeared is one fact (round 21).
    # 0.531 since a compound the folder writes two ways is one word (text/wordforms.py).
    # 0.566 since the counts two sentences share leave out a figure inside a name, one end
    # of a range beside a figure on its own and a group both take as known
    # (figures.shared_counts): two over-counts and one row backed by no labelled claim go,
    # but rows whose count was right by luck lose it ("reservoir_5: the reservoir is
    # Reservoir 5", backed by "urinated on the wall next to Reservoir 5"), and a few right
    # matches held only by the name or the group go with them (mn068's "Four Seasons",
    # mn105's "Zero Dark Thirty"). The range end alone: 0.528.
    # 0.563 since a British spelling is read as the American one the folder also writes
    # (text/wordforms.py): mn021's "a spectrum of behaviour" backs "a spectrum to behavior".
    # 0.536 since eight DUC 2003 clusters are labelled for their counts (three of them one
    # source only, where every row's count of 1 is right).
    # 0.533 since a phrase after "after" or "before" that names an occasion states nothing
    # of it (align._statements: d30005t's over-counted row goes), and since one person given
    # one role in two sentences is one fact (align.one_role: mn116's boyfriend, named).
    # 0.537 since two sentences saying alike only the words describing a person named
    # beside them are no match (align._Clauses.described_only): mn044's and mn156's rows
    # backed by no labelled claim go, the rows chosen in their place are under-counted by
    # one, and mn042's two claims of one lawyer, joined by a loose label, are apart.
    # 0.529 since one act of one named party on one day is one fact (align.one_dated_act:
    # d30005t's indictment, d30028t's flight to Syria, mn003's meeting).
    # 0.533 since an hour of the clock ("around 4 a.m.") is no count (text/clock.hour_told):
    # mn116's "called 911 around 4 a.m. on Jan. 14" and "Around 4 a.m. Saturday, January
    # 14, … got a 911 cell phone call", one fact, were matched only on "4" read as a count
    # of one thing; its row is shown with 2 outlets where the labels say 3.
    # 0.521 since the act of one named party is read with no day told by either sentence
    # (align._Clauses.one_dated_act with UNDATED, asked of the acts a pair may share):
    # mn021's, mn054's, mn116's and mn174's rows gain their second outlet.
    # 0.518 since two sentences timing one moment, a clock time on a day both give, are
    # one fact (align.one_time_told, clock.one_moment): mn116's "called 911 around 4 a.m.
    # on Jan. 14" and "Around 4 a.m. Saturday, January 14, … got a 911 cell phone call"
    # match again, on the moment rather than on "4" read as a count; the row has its 3.
    # 0.516 since a time of the 24 hours restated in GMT ("8:30 a.m. (0630 gmt)") is no
    # count (clock.zoned_hours): d30040t's first plane landing "at 8:30 a.m." is told by two
    # outlets (its row, labelled 2, shown with 2), and d30010t's Hamas claim is matched.
    # Lower still since a vow, a pledge, a promise or a threat to do something is an act still to
    # come (lexicon.PLAN_WORDS): mn174's "have vowed to respond" is backed by the outlet
    # telling that Beijing responded, and no longer backs it.
    # 0.514 with both: the moment judge and the vows together.
    # 0.512 since a sentence saying what another tells is not known ("it was not known how
    # many people were inside the SUV" / "several people were inside the SUV") is no match
    # (align._Clauses.left_open): mn149's row backed by no labelled claim goes for one
    # labelled and under-counted; the error is as before over one more labelled row.
    assert dev_figures["support_mae"] <= 0.512
    # Most over-counts come from copies and one outlet's articles the engine cannot
    # tell apart (unsigned wire articles), not from matching.
    # 1 since a newswire archive's document ids name their agency: DUC's unsigned New
    # York Times articles had counted as one source each.
    # (mn113's "not be naive about North Korea's charm offensive" is given CNN's
    # "clear-eyed about North Korea's motivations" too: labelled so, a paraphrase.)
    # 3 of 318 since eight more web stories are labelled for their counts (1 of 260 on
    # the 37 before them, same code).
    # 1 since a figure inside a name and one end of a range are no count two sentences
    # share: mn052's "The Humboldt 35" title and mn188's "seven to 10 times" / "10 times
    # safer" (mn021's two quotations of Damon's, one topic, are left).
    # 3 of 364 since eight DUC 2003 clusters are labelled for their counts (d30005t and
    # d30028t one row each; 1 of 318 on the 45 before them, same code).
    # 2 of 365 since a phrase after "after" or "before" naming an occasion states nothing of
    # it: d30005t's "after the Aug. 7 bombings of the U.S. embassies" no longer backs "he
    # participated in the Aug. 7 bombing of the embassy" (d30028t's habit of years against
    # one crossing of 10,000 soldiers is left).
    # 1 of 365 since a habit of years is no one occasion (align._habit_apart: d30028t).
    assert dev_figures["over_counts"] <= 1
    # Summary sentences given support that no labelled claim accounts for: read by eye,
    # nearly all are sentences matched by a shared detail rather than a shared claim.
    # 10 since a lower bound fits only figures below the next round number ("more than
    # 400" / "550" is no longer one report): mn113's summary changes and shows a quote
    # matched to another by who says it ("the North's Rodong Sinmun newspaper said"), a
    # false match that was there before.
    # 9 since two sentences must share what is said, not only who says it: that quote
    # and "the North's Rodong Sinmun newspaper said …" are no longer one claim.
    # 11 since a sentence another outlet tells in two adjacent sentences is matched to
    # them (align.py): d30040t's summary takes in two sentences so backed, both read as
    # the labelled claims in words their patterns miss ("Some $15 million in donated
    # equipment … has been held up" beside "Most of it has sat in the port of Ashdod",
    # backed by "Major pieces of equipment … are still held up at the Israeli port of
    # Ashdod"; "… the Gaza airport as a new airport under Israel's jurisdiction", backed
    # by "Israel retains security control over flights arriving at Gaza International
    # Airport").
    # 13 since eight more web stories are labelled for their counts (11 on the 37 before
    # them, same code).
    # 12 since a group both sentences take as known is no count they share: mn028's
    # "Four people are in custody, including … the two women he interacted with" is no
    # longer backed by "Relatives … of the two women Malaysia has accused …".
    # 13 since eight DUC 2003 clusters are labelled for their counts.
    # 11 since two sentences saying alike only the words describing a person named beside
    # them are no match: mn044's two quotations of one described speaker and mn156's "the
    # sister of the future Queen" no longer back each other.
    assert dev_figures["unmatched_items_with_support"] <= 11


def test_independent_sources_are_exact_in_most_stories(dev_figures) -> None:
    _real(dev_figures)
    exact, total = map(int, dev_figures["sources_exact"].split("/"))
    # 14 since the "Eds:" desk note is furniture: d31010t's AP update is then a copy of
    # the AP story, and with its New York Times article left out as off-topic (as
    # before) one source is found where the labels count two.
    # 24 since a newswire archive's document ids name their agency (NYT19981012.0242);
    # 28 of 30 with four more stories, a wire story's light rewrite one source with it.
    # 35 of 37 with seven more stories: mn084's Mayo Clinic page on the disease, off
    # topic in the labels, is counted as a source.
    # 36 since a page of an outlet no other article has, naming three of the names two
    # other articles share, is kept (text/screening.py): d31010t's weather page with a
    # paragraph on the cold wave.
    # 37 since a page naming none of the names most other articles share, its words less
    # than half as close to theirs as a typical article's, is off topic (text/screening.py):
    # mn084's Mayo Clinic page.
    # 45 stories since mn044, mn021, mn052, mn059, mn031, mn156, mn028 and mn178 are labelled
    # for their counts; 53 since eight DUC 2003 clusters are too (d30005t, d30028t, d30034t,
    # d30050t, d31022t, d31027t, d31033t, d31041t).
    # Every one of the 53 is exact today.
    assert exact >= 53 and total == 53


def test_disagreements_on_stories_labelled_for_them_alone_are_real(dev_figures) -> None:
    _real(dev_figures)
    dev = [
        s
        for s in gold_score.score_conflict_gold(CORPORA)
        if s.split == "dev"  # the held-out stories are scored by gold_score.py, never here
    ]
    if not dev:
        pytest.skip("the DUC 2003 clusters are not at ../shared/corpora/duc2003")
    figures = gold_score.summarise(dev)
    print(json.dumps(figures, indent=1))
    # 6 of 6 reported are real: a toll's dead dated by one source only, the injured of a
    # toll as one source's updates grew it, more seriously injured than injured at all, a
    # prime minister against a finance minister, a fleet cut to 22 planes from 57 against 22 aircraft down from 54.
    # No look-alike is reported since one hospital's name spelt two ways is one place.
    # 32 development stories since 20 Multi-News stories labelled blind joined the 12 DUC
    # clusters: 13 reported, 8 real, 2 false alarms on look-alikes while names spelled two
    # ways were disagreements ("Barak" / "Barack Obama", "Sanogo" / "Sanago" twice, "Helmsley"
    # / "Helmsey"); 9 reported, 8 real, none on a look-alike since they are spelling notes.
    # The one false: "former partner" / "former associate" Ellen Pao (mn005), a label that
    # gives the two titles as a conflict of two other sentences. 10 reported, 9 real, since
    # one country's population given two ways ("Croatia's 4.7 million population" / "a
    # country of 4 million") is a conflict, its report on the wire's original take of the
    # labelled sentence credited as the label's. 11 reported, 10 real, since one filing
    # dated two days ("a court filing on Thursday" / "filed legal paperwork Wednesday") is
    # a date conflict. 12 reported, 11 real, since one birth name given with two middle
    # names ("born Betty Jane Perske" / "born Betty Joan Perske") is a name conflict.
    # 10 reported on 28 stories since four DUC clusters are set aside as fresh (2 of the 12
    # were theirs); 13 since a thing said not to exist is set against the thing told as there.
    # 14 since an owner and a tenant of one building disagree (d31022t). 15 since one event
    # told at two distances in time from another is a conflict (d30034t). 17 since a coup
    # told by its seizure is dated as its noun is ("the March 22 coup" / "seized control
    # of the country on March 21", mn025) and one person's appointment to one post is given
    # two months ("named police chief in May 2014" / "hired in April", mn130). 15 entries,
    # all real, since disagreements are scored as the report lists them, one entry per
    # conflict: one entry each of mn005 and mn156 (its denial against two sentences of one
    # outlet's "investigation") held two pairs. 19 entries, all real, since the emergency
    # services' arrival timed two ways (d31022t, two entries: two AP tellings against NYT's)
    # and one act told in other words on two weekdays (mn021's interview, mn156's gun) are
    # conflicts. 20, all real, since the people held counted two ways is a conflict (mn028).
    assert figures["disagreements_reported"] >= 20
    assert figures["disagreement_precision"] >= 0.9
    assert figures["false_alarms_on_lookalikes"] == 0
    # 6 of 19 labelled conflicts found (a toll set "in Sweden's second-largest city" is
    # the story's own); one is still matched as support, resting on a year's arithmetic
    # ("a year after" the colony was abandoned / the war when the colonizers left, 1975)
    # 9 of 19 since a label is credited when its conflict (its two sources, its two
    # values) is reported through another pair of their sentences: the report gives each
    # conflict once. 10 of 19 since more seriously injured in one source's toll than
    # another source counts injured at all ("more than 190" / "173, 20 of them
    # severely") is a conflict. 9 of 19 since a label is credited through another pair
    # only when each of its sentences is the reported one or one the engine matched with
    # it: "the blast in Nairobi killed more than 250" is another claim than the reported
    # "more than 250 people killed in the embassy attacks", though both give 250.
    # 11 of 43 on the 32 development stories; 12 of 43 with the population conflict; 13
    # of 43 with the filing's day; 14 of 43 with the birth name's middle name. 15 of 43
    # since a report setting two labelled sentences of one dispute against each other
    # (one label's first value, another's second: "associate" / "partner") is scored as
    # that dispute (gold_score._one_dispute); the engine's report did not change. 17 of 43
    # (15 reported, 14 scored real) since a thing said not to exist is set against the same
    # thing told as there (mn156's complaint and investigation; its third report, the same
    # denial against "conducting a preliminary investigation", is real but unlabelled).
    # 15 of 40 on 28 stories since four DUC clusters (d30042t d30048t d31002t d31013t) are
    # set aside as fresh, their counts labelled: their 3 labels, 2 found, are scored there.
    # 16 of 40 since an owner and a tenant of one building disagree (d31022t's hall).
    # 17 of 40 since one event told at two distances in time from another is a conflict
    # (d30034t: "a few months after" / "a year after" Portugal's colonial administration left).
    # 19 of 40 since a coup told by its seizure is dated as its noun is (mn025's coup day)
    # and one person's appointment to one post given two months is a conflict (mn130).
    # 23 of 40 since the emergency services' arrival timed two ways (d31022t's rescuers,
    # both labels) and one act told in other words on two weekdays (mn021's interview,
    # mn156's gun pointed at a photographer) are conflicts.
    # 24 of 40 since the people held over a story counted two ways is a conflict (mn028's
    # four in custody / three in custody).
    assert figures["disagreement_recall"] >= round(24 / 40, 3)  # as summarise rounds it
    assert figures["contradictions_supported"] <= 1
