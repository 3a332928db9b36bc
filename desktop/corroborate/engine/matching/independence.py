"""Independence: copies of one story count as one source.

A wire story reprinted by several sites, the same text saved under two names,
or a lightly edited rewrite that keeps most sentences: articles whose
sentences are largely near-verbatim copies of one another's form one group.
So do articles whose whole texts are near-duplicates (word shingles compared
by MinHash, whatever their number), articles that name the same outlet (two
reports by one newsroom are one source), and a paper's story built on a wire
story in the folder: it credits the wire ("Associated Press writers …
contributed to this report") and repeats some of its sentences word for word.
An aggregator's short rewrite that names another article's outlet as the source
of its news ("…, WSVN.com reported") and retells it in half its sentences or
more is one source with it too (not so a report citing a body's own notice, "according
to the agency": a page telling the body's own acts under its name is a party's statement,
reported), and so are a page crediting wire services without naming one ("Compiled from
wire reports") and an agency's story it repeats, and two pages signed by one writer that
repeat some of each other's sentences. A site's reprint of an agency's story, a line of
its own at most, is the agency's source, not one more of the site's own reports. A report
that quotes a statement whole is its own source, and so are its copies, however cut: a
reprint of the statement alone is the statement's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import chain

import numpy as np

from ..disjoint import DisjointSets
from ..models import Article, Match, MatchKind, Sentence, SourceGroup
from ..text.outlets import (
    OUTLET_ALIASES,
    byline_writers,
    is_news_agency,
    outlet_key,
    same_outlet_key,
    station_newscast,
    unknown_initials,
)
from ..text.saying import REPORTS, words_pattern

#: Share of the shorter article's sentences that must be copied in the other.
COPY_SHARE = 0.6
#: The same share, for an article that credits the other's outlet with contributing.
CREDITED_SHARE = 0.15
#: A rewrite: at least this share of the shorter article's sentences restate the other's
#: (copied, or reworded: a paraphrase, a quotation, a sentence contained in another)...
REWRITE_SHARE = 0.75
#: ...when the shorter has at least this many sentences (a few restated sentences are
#: what two short independent reports of one event have in common: two six-sentence reports
#: of a bridge's fall, each in its own words, restate each other in five of six sentences, as
#: much as a six-sentence rewrite of a wire story keeping its quotes and figures does).
REWRITE_SENTENCES = 8
_RESTATING: frozenset[MatchKind] = frozenset({"copy", "paraphrase", "quote", "contained"})
#: A rewrite that names the other's outlet as the source of its news ("…, WSVN.com
#: reported"): at least this share of its own sentences restate the other's.
CITED_REWRITE_SHARE = 0.5
#: ...when it has at least this many sentences.
CITED_REWRITE_SENTENCES = 5
#: A page naming its own outlet in this many of its sentences tells that body's own acts (a
#: release's "ORA and the yard have reached a settlement", "ORA enforces the rule"): a page
#: citing it ("according to ORA") reports a party's words, as a paper reports a statement,
#: and is no rewrite of another newsroom's report.
OWN_ACTS_SENTENCES = 2
#: How a newsroom names itself in its own report: "told the Harlow Herald", "in an interview
#: with the Herald", "obtained by the Herald", "the Herald has learned", "a Herald analysis".
_NEWSROOM_ITSELF = (
    r"\b(?:told|to|with|by|for) (?:the )?{name}\b"
    r"|\b{name}(?:['’]s)?,? (?:has |have )?(?:learned|obtained|reported|reports|asked|contacted"
    r"|reached|analysis|investigation|review|survey|poll)\b"
)
_CREDIT_LINE = re.compile(
    r"\bcontributed to this (?:report|story|article)\b|^contributing:|\bwith (?:additional |wire )?"
    r"(?:reporting|reports|files) (?:by|from)\b"
    # "Information from the Associated Press was used in this report.", "This report includes
    # material from Reuters.", "The Associated Press contributed."
    r"|\b(?:was|were|has been|have been) used in this (?:report|story|article)\b"
    r"|^this (?:report|story|article) (?:includes|contains|uses) (?:material|information"
    r"|reporting|reports) from\b|^[^.]{2,60} contributed\.?$",
    re.IGNORECASE,
)
#: A credit to wire services that names none: "Compiled from wire reports", "Staff and wire
#: reports", "From wire services", "Harlow Herald staff and wire reports", alone on a line (a
#: section's name, "Wire Stories", credits nothing); or
#: a credit line (:data:`_CREDIT_LINE`) naming them, "The Courier's wire services contributed
#: to this report." It credits whichever news agency's story the page repeats.
_WIRE_SERVICES = r"wire (?:services|reports|stories|agencies)"
_WIRE_CREDIT_ALONE = re.compile(
    rf"^(?:(?:compiled|written) (?:by [^.]{{1,40}}? )?from |(?:from )?(?:[\w.'’-]+ ){{0,3}}staff and "
    rf"|from |with )(?:the )?{_WIRE_SERVICES}\.?$",
    re.IGNORECASE,
)
_WIRE_SERVICES_NAMED = re.compile(rf"\b{_WIRE_SERVICES}\b", re.IGNORECASE)
#: What :func:`credited_outlets` gives for a credit to wire services naming none.
_ANY_AGENCY = " wire services "
#: Estimated Jaccard similarity of two articles' word shingles from which they are copies.
NEAR_DUPLICATE = 0.5
#: Words per shingle, and the MinHash signature's length (bands x rows).
SHINGLE = 4
BANDS, ROWS = 16, 4

# The hash family's constants: numpy.random.default_rng(20261128) drew them, 64 multipliers
# and 64 addends in [1, 2^61 - 1) and [0, 2^61 - 1), then one odd multiplier per shingle word
# (tests/engine/test_independence.py draws them again). Written out, so that a run needs no
# random generator (numpy.random costs start-up time and 2.5 MB of the app's bundle).
_MULT = (
    0x1D08F2B300E0761B,
    0x15A1F2F4D6B95B2B,
    0x15749BFBFF20F8AE,
    0x0D4E25373E979405,
    0x0D832B9A549736E3,
    0x1DCDE99589500E01,
    0x13A0B77B73BDE74E,
    0x1035ACA9CB5938FB,
    0x0BC6CA6C97519E67,
    0x1B81F0BAFDBCE91D,
    0x1874A49F7A8407CA,
    0x07B180392BDDFF55,
    0x0EDF5CCC3BD7F2B7,
    0x02C70CF11704344B,
    0x118CCC92BFF09D2F,
    0x1FA4FA97DA3368A0,
    0x1E67068943C1CBC1,
    0x00DD48F8104DD9F3,
    0x1DEE8FC2821212ED,
    0x0DE44BBF2F24C001,
    0x19169F1717935ABD,
    0x1E429626B8D57E92,
    0x1A1F9FA0FE4AB4F0,
    0x01CB3200D928071F,
    0x199EDD11DFBF087E,
    0x02528460A8EBB09F,
    0x0406F4E531B49F9C,
    0x00420566639B1A38,
    0x12E16117614D6EC2,
    0x0103BB7ED4D3F253,
    0x1FDA5E9EE7F436E5,
    0x0969EEE1B3C9961E,
    0x0F1BDE92CED1329D,
    0x1E14DB9E6D4A6A8C,
    0x0F0500000660B74F,
    0x17D2AF4F72EDB031,
    0x07825B64A0379177,
    0x1D89A011FA4A9163,
    0x023D2B912856E6FC,
    0x12B8852D4717576A,
    0x1CFF5AC44D2C4203,
    0x15E9D1C9FCD95C31,
    0x053C2D9DC42DA3FF,
    0x0182A1820457C177,
    0x12C7FA8B0D9AE65C,
    0x14962DABCA69625C,
    0x1639E3567BB276B2,
    0x021092BE9221CB43,
    0x091BA1D0845C89BC,
    0x002491AE454BB0A9,
    0x0F6192A647431089,
    0x1A584C83CD627B4A,
    0x04FCE40221757C65,
    0x1CCA3E58C180CA85,
    0x07CC8EA9F6171EA1,
    0x01FA9E6FF2115098,
    0x061CA9814EFDF037,
    0x129774D85BBA495F,
    0x14DB03D42843B8B2,
    0x1528124CE9DE03CE,
    0x1A0BBC7897B5C9F2,
    0x170C7DE0D2324D9B,
    0x04BA801F1606751E,
    0x1F01A5D274190724,
)
_ADD = (
    0x152F9331D9F35CB0,
    0x052C87FCDE4BE95B,
    0x02C1A5DC00B05D08,
    0x1D09FA32E8360738,
    0x1DACC0C36902BF81,
    0x1E3E73EC4645D385,
    0x1489D48F1AB57BC3,
    0x0F2BAE06B508D08A,
    0x027E3BA492387335,
    0x0E3952549E664573,
    0x15B1F49695A20E5A,
    0x026703508A484B34,
    0x052118DC6B566ACC,
    0x0DE305820C1998D8,
    0x16749E21394F2F12,
    0x15086353E48D8DD6,
    0x16A13F4ED3831C4E,
    0x1F8AE9632A04BA2E,
    0x1901457341ECEBBF,
    0x006DA17C503AEF2D,
    0x03D6EC04245AA589,
    0x0F08AFB8ADE9891B,
    0x03CC977216472319,
    0x16B866948495FBB1,
    0x0FE928612367E16D,
    0x04B006AB3729C138,
    0x19541E9FC427A425,
    0x1AA73F159D1C1C2A,
    0x0C260D9481371099,
    0x0DF8407C171BFD6F,
    0x074721D602EF4C2B,
    0x121E73FC39AA9692,
    0x05B1E0E3230C0DA2,
    0x0BF7801F05DAF6DA,
    0x0162B3E4E77DD022,
    0x0EBF88A32858F0C4,
    0x069019FD64110208,
    0x14351249EE0EC063,
    0x0116068D86284CBF,
    0x08076E2727CE4073,
    0x1DE96B9619C18FE2,
    0x11C80833370C922D,
    0x1C2E48FCFE152D3F,
    0x0484AD41FF83598D,
    0x1DEDC0771B8B5DAF,
    0x038FAB4E7A482CA8,
    0x11C92C309C4E530D,
    0x1D96A4D3F2A08DE8,
    0x0A704DB2E62DF0B3,
    0x0C51C78D640B8297,
    0x0F5E667BE55AA91B,
    0x1DD8908452050899,
    0x046913DB34495EF5,
    0x09E2EF45C07A1CBD,
    0x1C0A1ED616FE656A,
    0x1190BAE3281DB6A8,
    0x1E1D7AB15BE99ADD,
    0x0DE13792F8D21BD9,
    0x12CC83EE1077EFF9,
    0x1521D1832E73BDEC,
    0x12851727EA05621D,
    0x1763340DD17CDDC3,
    0x103B4EB00202BCF0,
    0x0882E8CEE89CC09D,
)
_MIX = (
    0x18674BA6FB41397B,
    0x11B0D225A8919BDB,
    0x1364A05A4D7F74E7,
    0x0D62EAD0072068BF,
)


def _sentence_counts(articles: Sequence[Article], sentences: Sequence[Sentence]) -> list[int]:
    """How many sentences each article holds, by article id."""
    count = [0] * len(articles)
    for sentence in sentences:
        count[sentence.article] += 1
    return count


def copied_share(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    matches: Sequence[Match],
    kinds: frozenset[MatchKind] = frozenset({"copy"}),
    min_sentences: int = 0,
) -> dict[tuple[int, int], float]:
    """For each article pair, the share of the shorter one's sentences copied in the other
    (matched to one of its sentences by a match of one of ``kinds``); pairs whose shorter
    article has fewer than ``min_sentences`` sentences are left out."""
    count = _sentence_counts(articles, sentences)
    copied: dict[tuple[int, int], set[int]] = defaultdict(set)
    for match in matches:
        if match.kind not in kinds:
            continue
        x, y = sentences[match.a].article, sentences[match.b].article
        pair = (min(x, y), max(x, y))
        shorter = pair[0] if count[pair[0]] <= count[pair[1]] else pair[1]
        copied[pair].add(match.a if sentences[match.a].article == shorter else match.b)
    return {
        pair: len(ids) / max(1, min(count[pair[0]], count[pair[1]]))
        for pair, ids in copied.items()
        if min(count[pair[0]], count[pair[1]]) >= min_sentences
    }


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (``np.unique`` without the masked-array module it loads)."""
    ordered = np.sort(values)
    if ordered.size < 2:
        return ordered
    keep = np.empty(ordered.size, dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def _signatures(articles: Sequence[Article], sentences: Sequence[Sentence]) -> np.ndarray:
    """A MinHash signature of each article's word shingles (one row per article)."""
    words: list[list[str]] = [[] for _ in articles]
    for sentence in sentences:
        words[sentence.article].extend(sentence.text.lower().split())
    # each word's number, in the order the articles first use them
    vocabulary = {w: k for k, w in enumerate(dict.fromkeys(chain.from_iterable(words)), 1)}
    size = BANDS * ROWS
    mult = np.array(_MULT, dtype=np.uint64)
    add = np.array(_ADD, dtype=np.uint64)
    mix = np.array(_MIX, dtype=np.uint64)
    rows = np.full((len(articles), size), np.iinfo(np.uint64).max, dtype=np.uint64)
    for index, seq in enumerate(words):
        ids = np.fromiter(map(vocabulary.__getitem__, seq), dtype=np.uint64, count=len(seq))
        if ids.size < SHINGLE:
            ids = np.concatenate([ids, np.zeros(SHINGLE - ids.size, dtype=np.uint64)])
        # One 64-bit code per run of SHINGLE words (wrap-around arithmetic), distinct runs once.
        span = ids.size - SHINGLE + 1
        codes = sum((ids[k : k + span] * mix[k] for k in range(SHINGLE)), np.uint64(0))
        hashes = _distinct(np.asarray(codes * np.uint64(0x9E3779B97F4A7C15)))
        if int(ids.max(initial=0)):
            # Multiply-add hashing modulo 2^64 (uint64 wrap-around) is a fine permutation family.
            rows[index] = (hashes[:, None] * mult[None, :] + add[None, :]).min(axis=0)
    return rows


def near_duplicates(
    articles: Sequence[Article], sentences: Sequence[Sentence]
) -> list[tuple[int, int]]:
    """Pairs of articles whose texts are near-duplicates, found by MinHash banding.

    Each band buckets the articles; within a bucket each article is compared
    with the bucket's representatives only, so a thousand identical reprints
    cost a thousand comparisons, not half a million.
    """
    if len(articles) < 2:
        return []
    signature = _signatures(articles, sentences)
    pairs: set[tuple[int, int]] = set()
    for band in range(BANDS):
        block = signature[:, band * ROWS : (band + 1) * ROWS]
        buckets: dict[bytes, list[int]] = defaultdict(list)
        for index in range(len(articles)):
            buckets[block[index].tobytes()].append(index)
        for members in buckets.values():
            representatives: list[int] = []
            for index in members:
                for rep in representatives:
                    if float(np.mean(signature[rep] == signature[index])) >= NEAR_DUPLICATE:
                        pairs.add((rep, index))
                        break
                else:
                    representatives.append(index)
    return sorted(pairs)


def copies_of_first(count: int, duplicates: Sequence[tuple[int, int]]) -> list[int]:
    """For each of ``count`` articles, the first of its near-duplicate set (itself if none)."""
    union = DisjointSets(range(count))
    for x, y in duplicates:
        union.union(x, y)
    return [union.find(i) for i in range(count)]


def credited_outlets(article: Article) -> frozenset[str]:
    """The outlets (as :func:`outlet_key` folds them) an article credits with contributing.

    Read from its credit lines, kept or removed as furniture: "Associated Press writers Ken
    Ritter and Hannah Dreier contributed to this report", "Contributing: Reuters".
    """
    found: set[str] = set()
    if any(
        _WIRE_CREDIT_ALONE.match(line.strip())
        for line in (*article.removed, *article.paragraphs[:3], *article.paragraphs[-3:])
    ):
        found.add(_ANY_AGENCY)
    for line in (*article.removed, *article.paragraphs[-3:]):
        if not _CREDIT_LINE.search(line):
            continue
        if _WIRE_SERVICES_NAMED.search(line):
            found.add(_ANY_AGENCY)
        folded = f" {outlet_key(line)} "
        for short, full in OUTLET_ALIASES.items():
            if f" {short} " in folded:
                folded += f" {full} "
        found.add(folded)
    return frozenset(found)


def signed_writers(article: Article) -> frozenset[str]:
    """The writers an article's byline names (:func:`..text.outlets.byline_writers`), read
    from the lines taken off its text. Two pages signed by one writer that repeat some of each
    other's sentences word for word (:data:`CREDITED_SHARE`), one page's opening sentence
    among them, are one writer's story, printed by two papers of one group under their own
    mastheads, each cut to its length (two reporters of one name quoting one statement word
    for word in reports of their own share no lead)."""
    return frozenset().union(*map(byline_writers, article.removed))


def source_outlet_key(article: Article, outlets: frozenset[str] = frozenset()) -> str | None:
    """The :func:`same_outlet_key` of the outlet whose story an article is, or None when
    nothing but its file's name tells: the outlet its byline signs it with where another
    site prints it (:attr:`..models.Article.signed_by`), else its own. A byline naming the
    page's outlet shorter or longer ("By Lena Ortiz, The Herald" on the Harlow Herald's
    page) names its own, and so does one on a station's page naming a newscast
    (:func:`..text.outlets.station_newscast`: "By Lena Ortiz, Eyewitness News at 6" on KVTR's
    page) unless it is the outlet of one of the folder's pages (``outlets``, their
    :func:`same_outlet_key`). Initials no list knows ("By Lee Park, FCN",
    :func:`..text.outlets.unknown_initials`) sign the page only with such an outlet."""
    own = None if article.outlet_from == "file" else same_outlet_key(article.outlet)
    if not article.signed_by:
        return own
    signed = same_outlet_key(article.signed_by)
    if signed not in outlets and (
        unknown_initials(article.signed_by)
        or (own is not None and station_newscast(article.signed_by, article.outlet))
    ):
        return own
    return own if own is not None and (signed in own or own in signed) else signed


def _cites(text: str, outlet: str) -> bool:
    """Does ``text`` name ``outlet`` as the source of its news?

    "…, WSVN.com reported", "BuzzFeed News reports that …", "…, reports BuzzFeed News",
    "according to the Harlow Herald", "first reported by KXAN". An outlet someone spoke
    to ("told The Associated Press") is not: that is the outlet's own reporting.
    """
    name = re.sub(r"^the\s+", "", outlet.strip(), flags=re.IGNORECASE)
    if len(name) < 2:
        return False
    named = rf"(?:the )?(?P<name>{re.escape(name)})(?:\.com)?"
    forms = (
        rf"\b{named},? (?:first )?(?:reported|reports)\b",
        rf"[,.\"”’] (?:reports|reported|writes|wrote) {named}\b",
        rf"\b(?:according to|first reported by|reported by) {named}\b",
    )
    # A name in lower case ("the sun reported") is a word, not the outlet; nor is one
    # capitalised only as a sentence's first word when the text writes it as a word too
    # ("People reported hearing a blast" in a text with "people" in it).
    word = re.compile(rf"\b{re.escape(name.lower())}\b")
    return any(
        found.group("name")[0].isupper()
        and not (_OPENS_SENTENCE.search(text, 0, found.start("name")) and word.search(text))
        for form in forms
        for found in re.finditer(form, text, re.IGNORECASE)
    )


#: Where a sentence opens: the text's start, or after a sentence's end and a space.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’)]?\s+)$")


def _cited_rewrites(
    articles: Sequence[Article], sentences: Sequence[Sentence], matches: Sequence[Match]
) -> set[tuple[int, int]]:
    """(rewrite, original) pairs: an article that names the other's outlet as the source
    of its news (:func:`_cites`) and restates it in at least :data:`CITED_REWRITE_SHARE`
    of its own sentences (an aggregator's rewrite of a station's report, "…, WSVN.com
    reported"). A longer report that credits another for one detail is not one: most of
    its sentences are its own."""
    count = _sentence_counts(articles, sentences)
    text: list[list[str]] = [[] for _ in articles]
    for sentence in sentences:
        text[sentence.article].append(sentence.text)
    restated: dict[tuple[int, int], set[int]] = defaultdict(set)  # (own, other) -> own ids
    for match in matches:
        if match.kind not in _RESTATING:
            continue
        x, y = sentences[match.a].article, sentences[match.b].article
        if x != y:
            restated[(x, y)].add(match.a)
            restated[(y, x)].add(match.b)
    found = set()
    checked: dict[tuple[int, str], bool] = {}
    acting: dict[int, bool] = {}
    for (own, other), ids in restated.items():
        if count[own] < CITED_REWRITE_SENTENCES or len(ids) < CITED_REWRITE_SHARE * count[own]:
            continue
        name = articles[other].outlet
        if articles[other].outlet_from == "file":
            continue  # a file name says nothing about who wrote the article
        if source_outlet_key(articles[own]) == same_outlet_key(name):
            continue  # one outlet's articles are one source anyway
        if other not in acting:
            acting[other] = _tells_its_own_acts(text[other], name)
        if acting[other]:
            continue  # the body's own page: the other reports its words
        if (own, name) not in checked:
            checked[(own, name)] = _cites(" ".join(text[own]), name)
        if checked[(own, name)]:
            found.add((own, other))
    return found


def _tells_its_own_acts(sentences: Sequence[str], outlet: str) -> bool:
    """Whether a page names its own outlet in :data:`OWN_ACTS_SENTENCES` of its sentences
    or more, other than as a newsroom names itself (:data:`_NEWSROOM_ITSELF`): a body's own
    release or notice telling what the body did ("ORA and Kelby Marine Works have reached a
    settlement", "ORA enforces the Estuary Waters Rule"), not a newsroom's report."""
    name = re.sub(r"^the\s+", "", outlet.strip(), flags=re.IGNORECASE)
    if len(name) < 2:
        return False
    named = re.compile(rf"(?<![\w.@]){re.escape(name)}(?![\w@]|\.(?:com|org|net|gov)\b)")
    itself = re.compile(_NEWSROOM_ITSELF.format(name=re.escape(name)), re.IGNORECASE)
    return (
        sum(bool(named.search(text)) and not itself.search(text) for text in sentences)
        >= OWN_ACTS_SENTENCES
    )


def _credits(lines: frozenset[str], other: Article) -> bool:
    """Does one of these folded credit lines name the other article's outlet?"""
    if other.outlet_from == "file" or not lines:
        return False
    if _ANY_AGENCY in lines and is_news_agency(other.outlet):
        return True  # "Compiled from wire reports": the agency whose story it repeats
    return _outlet_in(lines, other)


def _outlet_in(folded: Iterable[str], article: Article) -> bool:
    """Does one of these lines, folded as :func:`outlet_key` folds them and padded with a
    space each side, name the article's outlet (one read from its text, not its file)?"""
    if article.outlet_from == "file":
        return False
    key = f" {outlet_key(article.outlet)} "
    return any(key in line for line in folded)


#: The words ending a sentence that introduce someone's words given whole ("its chief
#: talent officer said:", "The statement reads:", "Here is the company's letter:"),
#: never a page's own heading over copy it runs ("Here is what we know so far:"): a verb
#: that reports a statement (:data:`..text.saying.REPORTS`; before a colon, "states" too)
#: or a word for one.
_INTRODUCES = re.compile(
    words_pattern(
        REPORTS
        | {"states", "posted", "tweeted", "declared", "reads", "read"}
        | {"statement", "letter", "memo", "release", "post", "email", "e-mail", "message"}
        | {"speech", "remarks"}
    )
    + r"[^.!?]*:\s*$",
    re.IGNORECASE,
)


def _copied_into(
    sentences: Sequence[Sentence], matches: Sequence[Match], taken: Callable[[int, int], bool]
) -> dict[tuple[int, int], set[int]]:
    """For each pair of articles (x, y) that ``taken(x, y)`` keeps, x's sentences that copy
    one of y's word for word (a "copy" match); each copy match is read both ways round."""
    copied: dict[tuple[int, int], set[int]] = defaultdict(set)
    for match in matches:
        if match.kind != "copy":
            continue
        for own, other in ((match.a, match.b), (match.b, match.a)):
            x, y = sentences[own].article, sentences[other].article
            if taken(x, y):
                copied[(x, y)].add(own)
    return copied


def _quoted_whole(
    articles: Sequence[Article], sentences: Sequence[Sentence], matches: Sequence[Match]
) -> set[tuple[int, int]]:
    """Pairs of articles one of which quotes the other whole in a report of its own.

    A news report may give a statement, a blog post or a press release in full after
    the words that introduce it ("In a blog post, its chief talent officer said:") and
    then write as much again of its own: it reports the statement, as a paper reports a
    speech, and is no copy of it. The longer article holds the other's sentences
    copied, the sentence before the first of them introduces someone's words and ends
    in a colon (:data:`_INTRODUCES`), and it has at least as many sentences of its own
    as copied ones. A page that runs another's report whole under a heading of its own
    ("Here is what we know so far:") copies it.
    """
    count = _sentence_counts(articles, sentences)
    at = {(sentence.article, sentence.index): sentence for sentence in sentences}
    # (longer, shorter) -> the longer one's ids
    copied = _copied_into(sentences, matches, lambda x, y: count[x] > count[y])
    found = set()
    for (longer, shorter), ids in copied.items():
        if count[longer] - len(ids) < len(ids):
            continue
        first = min(sentences[i].index for i in ids)
        before = at.get((longer, first - 1))
        if before is not None and _INTRODUCES.search(before.text):
            found.add((min(longer, shorter), max(longer, shorter)))
    return found


#: A copy of a quoting report holds more than this many of the report's own sentences (its
#: lines outside the quotation): a reprint of the statement alone holds a line of them at most.
CARRIED_OWN_SENTENCES = 1


def _carried_quotations(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    matches: Sequence[Match],
    quoting: set[tuple[int, int]],
) -> set[tuple[int, int]]:
    """The pairs of :func:`_quoted_whole` and those its reports' copies carry over.

    A copy of a report that quotes a statement whole, cut to its first paragraphs, may
    hold fewer sentences of its own than quoted ones and so read as a copy of the
    statement; it is the report's copy, and quotes the statement as the report does. A
    copy of the report is an article whose sentences are copied in it
    (:data:`COPY_SHARE`), more than :data:`CARRIED_OWN_SENTENCES` of them the report's own
    lines outside the quotation; a reprint of the statement alone holds none of them (a
    line at most) and stays one source with the statement.
    """
    if not quoting:
        return quoting
    count = _sentence_counts(articles, sentences)
    copied = _copied_into(sentences, matches, lambda x, y: x != y)
    carried = set(quoting)
    for x, y in quoting:
        report, statement = (x, y) if count[x] > count[y] else (y, x)
        quoted = copied[(report, statement)]
        for (own, copy), ids in list(copied.items()):
            if own != report or copy in (report, statement):
                continue
            if (
                len(ids - quoted) > CARRIED_OWN_SENTENCES
                and len(copied[(copy, report)]) >= COPY_SHARE * count[copy]
                and copied[(copy, statement)]
            ):
                carried.add((min(copy, statement), max(copy, statement)))
    return carried


def _copied_leads(
    sentences: Sequence[Sentence], matches: Sequence[Match]
) -> frozenset[tuple[int, int]]:
    """The article pairs (lower id first) one of which prints the other's opening sentence
    word for word: a writer's story printed twice keeps its lead, where two reports quoting
    one statement word for word share only the statement's lines."""
    return frozenset(
        (min(x, y), max(x, y))
        for match in matches
        if match.kind == "copy"
        and (sentences[match.a].index == 0 or sentences[match.b].index == 0)
        and (x := sentences[match.a].article) != (y := sentences[match.b].article)
    )


#: A reprint adds at most this many sentences of its own to the agency's story it copies.
REPRINT_OWN_SENTENCES = 1
#: ...and holds at least this many of the story's sentences.
REPRINT_SENTENCES = 3


def wire_reprints(
    articles: Sequence[Article], sentences: Sequence[Sentence], matches: Sequence[Match]
) -> frozenset[int]:
    """The articles that reprint a news agency's story in the folder and add at most
    :data:`REPRINT_OWN_SENTENCES` of their own (a station's page of the AP's story under the
    station's copyright, with or without a line of its own above it): the agency's story, one
    source with it and not with the site's own reports. A page that adds more (a local angle
    on the wire's sentences) holds the site's own reporting too and stays with the site, and
    so does a page whose outlet the agency's story names ("The Harlow Herald first reported
    the damage", "Harlow Herald via AP"): the site's own story, which the agency distributes.
    A page of the agency itself under another of its names (:func:`_same_outlet`) is no
    reprint: it is one of the agency's pages, joined to its others by their outlet."""
    count = _sentence_counts(articles, sentences)
    agency = [a.outlet_from != "file" and is_news_agency(a.outlet) for a in articles]
    # (page, agency) -> the page's ids
    copied = _copied_into(sentences, matches, lambda x, y: agency[y] and not agency[x])
    found = [
        (page, wire)
        for (page, wire), ids in copied.items()
        if len(ids) >= REPRINT_SENTENCES
        and count[page] - len(ids) <= REPRINT_OWN_SENTENCES
        and not _same_outlet(articles[page], articles[wire])
    ]
    wires = {wire for _, wire in found}
    text: dict[int, list[str]] = {wire: list(articles[wire].removed) for wire in wires}
    for sentence in sentences:
        if sentence.article in wires:
            text[sentence.article].append(sentence.text)
    return frozenset(page for page, wire in found if not _names_outlet(text[wire], articles[page]))


def _same_outlet(page: Article, wire: Article) -> bool:
    """Whether a page is the agency's own, under another of its names ("Reuters Health",
    "reuters.com" beside "Reuters"): its story is the agency's, joined to the agency's other
    pages by their outlet, not a site's reprint kept apart from them."""
    return page.outlet_from != "file" and same_outlet_key(page.outlet) == same_outlet_key(
        wire.outlet
    )


def _names_outlet(lines: Sequence[str], article: Article) -> bool:
    """Do these lines (an agency's story, the lines taken off it) name the article's outlet?"""
    return _outlet_in((f" {outlet_key(line)} " for line in lines), article)


def _named(articles: Sequence[Article], ids: Sequence[int], original: int) -> int | None:
    """The article of a source (``ids``) whose outlet names it, when not its ``original``:
    of the articles under one newsroom's names (one :func:`same_outlet_key`, read from
    their text: "Meridian Press" and "Meridian Press Health"), the one with the shortest
    name, the newsroom's own. A copy another site printed keeps the original's name."""
    if articles[original].outlet_from == "file":
        return None
    key = same_outlet_key(articles[original].outlet)
    names = [
        i
        for i in ids
        if articles[i].outlet_from != "file" and same_outlet_key(articles[i].outlet) == key
    ]
    shortest = min(names, key=lambda i: (len(articles[i].outlet), i != original, i))
    return None if articles[shortest].outlet == articles[original].outlet else shortest


def group_sources(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    matches: Sequence[Match],
    duplicates: Sequence[tuple[int, int]] | None = None,
) -> tuple[tuple[SourceGroup, ...], tuple[int, ...], tuple[int, ...]]:
    """Groups of copied articles and of one outlet's articles, and each article's group id.

    Also returns each article's *voice*: the first article of its set of copies,
    before one outlet's articles are joined. Separately written reports of one
    outlet count once as support, but each still tells what the story is about.
    ``duplicates`` are the :func:`near_duplicates` pairs, when already computed.
    """
    union = DisjointSets(range(len(articles)))
    credits = [credited_outlets(a) for a in articles]
    writers = [signed_writers(a) for a in articles]
    leads = _copied_leads(sentences, matches) if any(writers) else frozenset()
    wires: set[int] = set()  # articles another one in their group is built on
    quoting = _carried_quotations(
        articles, sentences, matches, _quoted_whole(articles, sentences, matches)
    )
    for (x, y), share in copied_share(articles, sentences, matches).items():
        if (x, y) in quoting:
            continue
        if share >= COPY_SHARE:
            union.union(x, y)
        elif share >= CREDITED_SHARE:
            for paper, wire in ((x, y), (y, x)):
                if _credits(credits[paper], articles[wire]):
                    union.union(paper, wire)
                    wires.add(wire)
            if writers[x] & writers[y] and (x, y) in leads:
                union.union(x, y)  # one writer's story on two papers' pages (sister papers)
    for rewrite, original in _cited_rewrites(articles, sentences, matches):
        union.union(rewrite, original)
        wires.add(original)
    restated = copied_share(articles, sentences, matches, _RESTATING, REWRITE_SENTENCES)
    for (x, y), share in restated.items():
        if share >= REWRITE_SHARE and (x, y) not in quoting:
            union.union(x, y)  # a rewrite of the other, sentence by sentence
    if duplicates is None:
        duplicates = near_duplicates(articles, sentences)
    for x, y in duplicates:
        if (min(x, y), max(x, y)) not in quoting:
            union.union(x, y)
    copies = [union.find(i) for i in range(len(articles))]
    by_outlet: dict[str, int] = {}
    outlets = frozenset(same_outlet_key(a.outlet) for a in articles if a.outlet_from != "file")
    reprints = wire_reprints(articles, sentences, matches)
    for article in articles:
        # (a file name says nothing about who wrote the article; a site's reprint of an
        # agency's story is the agency's, not one more of the site's own reports)
        if article.id in reprints or (key := source_outlet_key(article, outlets)) is None:
            continue
        if key in by_outlet:
            union.union(by_outlet[key], article.id)
        else:
            by_outlet[key] = article.id
    members: dict[int, list[int]] = defaultdict(list)
    for article in articles:
        members[union.find(article.id)].append(article.id)
    size: dict[int, int] = defaultdict(int)
    for sentence in sentences:
        size[sentence.article] += len(sentence.text)
    groups: list[SourceGroup] = []
    group_of = [0] * len(articles)
    for group_id, root in enumerate(sorted(members)):
        ids = tuple(members[root])
        # The original is the story the others are built on, else one whose outlet a
        # dateline named, else one whose outlet anything but its file's name gives (a copy
        # saved as "dup-NYT19981106.0468.txt" never names the group its archive id names);
        # among those alike, the fullest text.
        original = max(
            ids,
            key=lambda i: (
                i in wires,
                articles[i].outlet_from == "text",
                articles[i].outlet_from != "file",
                size[i],
                -i,
            ),
        )
        groups.append(
            SourceGroup(
                id=group_id, articles=ids, original=original, named=_named(articles, ids, original)
            )
        )
        for article_id in ids:
            group_of[article_id] = group_id
    return tuple(groups), tuple(group_of), tuple(copies)
