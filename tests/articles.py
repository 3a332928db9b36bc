"""Articles built in memory from invented texts, for the engine's tests and their fixtures."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from corroborate.engine.matching.align import align
from corroborate.engine.models import (
    Analysis,
    Article,
    Match,
    NearPair,
    RawDocument,
    Sentence,
    SourceGroup,
)
from corroborate.engine.text.ingest import ingest
from corroborate.engine.text.numbers import number_tags
from corroborate.engine.text.segment import segment, sentence_words


def write_folder(folder: Path, files: Mapping[str, str | bytes]) -> Path:
    """Write ``{relative name: text or bytes}`` under ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def read_page(*lines: str, file: str = "page.txt", **raw: Any) -> Article:
    """The article ingest reads from a page of ``lines`` (a blank line between each two)
    saved as ``file``; ``raw``, the page's other fields (its ``title``, ``outlet``, ...)."""
    return ingest(RawDocument("\n\n".join(lines), **raw), file, 0)


def make_articles(*texts: str) -> tuple[Article, ...]:
    """One Article per text, ids in order; blank lines separate paragraphs."""
    return tuple(
        Article(
            id=i,
            file=f"article{i}.txt",
            title=f"Article {i}",
            outlet=f"Outlet {i}",
            outlet_from="file",
            paragraphs=tuple(p.strip() for p in text.split("\n\n") if p.strip()),
        )
        for i, text in enumerate(texts)
    )


def one_sentence_story(
    rows: Sequence[tuple[str, str, str]],
    sources: Sequence[Sequence[int]] | None = None,
    **fields: Any,
) -> Analysis:
    """An analysis made by hand, one sentence to each article: ``rows`` are each article's
    ``(file, outlet, text)``, ids in order; ``sources`` the articles of each independent
    source, its original first (each article its own when None); ``fields`` the rest of
    the analysis (its matches, ``neighbours``, ``disagreements``, ``problems``, ...)."""
    articles = tuple(
        Article(i, file, f"Title {i}", outlet, "text", (text,))
        for i, (file, outlet, text) in enumerate(rows)
    )
    sentences = tuple(
        Sentence(i, i, 0, 0, text, (), frozenset(), (), len(text.split()))
        for i, (_, _, text) in enumerate(rows)
    )
    members = (
        [tuple(ids) for ids in sources] if sources is not None else [(i,) for i in range(len(rows))]
    )
    groups = tuple(SourceGroup(g, ids, ids[0]) for g, ids in enumerate(members))
    group_of = [0] * len(rows)
    for group in groups:
        for article in group.articles:
            group_of[article] = group.id
    matches = fields.pop("matches", ())
    return Analysis(Path("/story"), articles, sentences, matches, groups, tuple(group_of), **fields)


# Sentences about the same invented event that sit around the pair under test, so that
# rarity (IDF) is judged over a realistic little folder rather than over two sentences.
BRIDGE_BACKDROP = (
    "The Carrowgate Bridge in Fennick collapsed into the river on Monday evening. "
    "Police closed the roads near the bridge. Engineers will inspect the wreck on Friday.",
    "A bridge in Fennick fell into the river on Monday. The mayor promised to rebuild the "
    "bridge. Schools near the river were closed on Tuesday.",
    "Rail services under the Fennick bridge will stay suspended until Thursday. The railway "
    "said debris had fallen near the track. Commuters were told to use replacement buses "
    "between Fennick and Corley Junction.",
)

# Sentences about another invented story, whose names are common in it, so that a pair
# must share what it says of them, not only whom it names.
CHOIR_BACKDROP = (
    "The Varno coalition met in the capital on Monday. Lindqvist led the Harwick choir for "
    "years. The Varno coalition had three parties. Officers in Corley searched the van.",
    "Lindqvist and the Harwick choir were loved in Corley. The Varno coalition lost its "
    "majority. The Harwick choir sang in Corley. The council of Corley met on Tuesday.",
    "The Varno coalition, Lindqvist and the Harwick choir were in the news. Corley police "
    "said the van was stolen. The boy lived in Corley.",
)


def in_backdrop(
    left: str, right: str, backdrop: tuple[str, ...] = BRIDGE_BACKDROP
) -> list[Sentence]:
    """The sentences of ``left`` opening the backdrop's first article and ``right`` its
    second, the rest of the backdrop articles of their own."""
    return segment(make_articles(f"{left} {backdrop[0]}", f"{right} {backdrop[1]}", *backdrop[2:]))


Pair = TypeVar("Pair", Match, NearPair)


def matched_beside(
    backdrop: tuple[str, ...], one: str, other: str, first: str, second: str
) -> bool:
    """Are ``first`` (a sentence of the article ``one``) and ``second`` (of ``other``)
    matched when the two articles are aligned beside the backdrop's articles?"""
    sentences = segment(make_articles(one, other, *backdrop))
    texts = {s.id: s.text for s in sentences}
    assert first in texts.values() and second in texts.values()
    return any({texts[m.a], texts[m.b]} == {first, second} for m in align(sentences))


def between(sentences: list[Sentence], pairs: Iterable[Pair], left: str, right: str) -> list[Pair]:
    """The pairs (matches or near pairs) that join the sentences ``left`` and ``right``."""
    texts = {s.id: s.text for s in sentences}
    return [p for p in pairs if {texts[p.a], texts[p.b]} == {left, right}]


# A flood story of five invented outlets, so that a pair's words are judged over a folder.
FLOOD_BACKDROP = (
    "The Ostrava river burst its banks in Varnholt on Tuesday night. Rescuers searched the "
    "valley for survivors. The regional governor visited the town on Wednesday.",
    "Heavy rain fell on the Varnholt valley for three days. Farmers lost their crops. The "
    "army sent boats to the villages near the river.",
    "Schools in Varnholt stayed closed on Thursday. Volunteers handed out water and blankets. "
    "The railway line to Corley was washed away.",
    "Insurers said claims would run into millions. The mayor of Varnholt asked for help. "
    "Engineers checked the dam above the town.",
    "The weather office warned of more rain at the weekend. Shops in Varnholt sold out of "
    "sandbags. Residents cleared mud from their homes.",
)


def judge(
    left: str, right: str, backdrop: tuple[str, ...] = BRIDGE_BACKDROP
) -> tuple[list[Sentence], Match | None]:
    """Align ``left`` and ``right`` inside the backdrop; the match between them, if any."""
    sentences = in_backdrop(left, right, backdrop)
    found = between(sentences, align(sentences), left, right)
    assert len(found) <= 1
    return sentences, (found[0] if found else None)


def judged(left: str, right: str, backdrop: tuple[str, ...] = BRIDGE_BACKDROP) -> Match | None:
    """The match between ``left`` and ``right`` aligned inside the backdrop, if any."""
    return judge(left, right, backdrop)[1]


# A sentence one outlet tells in one sentence and another in two adjacent ones.
TOLD_IN_ONE = (
    "Heavy swell closed the harbour beaches of Fennick with the Corley trawlers sheltering "
    "in the inner basin."
)
FIRST_OF_TWO = "Red flags went up on the harbour beaches of Fennick."
SECOND_OF_TWO = "Heavy swell kept the Corley trawlers sheltering in the inner basin."

# A neighbour that holds a minor part of the sentence beside facts of its own.
MINOR_OF_TWO = (
    "Red flags went up on the harbour beaches of Fennick, and the annual regatta was "
    "cancelled for the first time."
)

# A storm story of several outlets, so that a pair's names are rare words as in a real folder.
STORM = (
    "A storm struck the Fennick coast on Monday night. Winds of 90 kilometres an hour tore "
    "roofs from houses in the old town. The council opened two shelters at the sports hall. "
    "Power was cut to four thousand homes. Repair crews worked through the night.",
    "Schools in Fennick stayed shut on Tuesday after the storm. Parents were told to keep "
    "children at home. The education office said classes would resume on Thursday. Bus "
    "routes along the seafront were suspended.",
    "The coastal railway between Fennick and Marlow was closed by fallen trees. Engineers "
    "cleared the line by Wednesday morning. Passengers were offered replacement coaches. The "
    "rail operator apologised for the delays.",
    "Insurers expect hundreds of claims from the storm. Loss adjusters arrived in Fennick on "
    "Wednesday. Homeowners were urged to photograph damage before starting repairs. Builders "
    "reported a rush of calls.",
    "Forecasters warned that a second storm could reach the coast at the weekend. The "
    "weather office issued an amber warning. Residents bought sandbags at the hardware "
    "stores. Sandbags sold out by Thursday afternoon.",
    "Volunteers cleared debris from the promenade on Thursday. A cafe owner said the sea had "
    "smashed her windows. The lifeboat crew checked moorings along the quay. Several small "
    "yachts sank at their berths.",
)


#: Two invented outlets' reports of one ferry grounding, as files of a folder: the captain's
#: surname spelt two ways (two letters swapped: a spelling to check), and the injured
#: counted two ways (a real disagreement).
FERRY = {
    "gazette.txt": "Ferry runs aground off Orrin\n\nThe ferry Halden Star ran aground off "
    "Orrin on Sunday morning with 212 passengers aboard.\n\nCaptain Ilse Morvanes said the "
    "ship lost its steering in heavy fog near the harbour mouth.\n\nAll passengers were taken "
    "ashore by lifeboats within three hours.\n\nThe coast guard said 14 people were treated "
    "for minor injuries.",
    "courier.txt": "Orrin ferry grounding\n\nThe Halden Star ferry ran aground off Orrin on "
    "Sunday morning carrying 212 passengers.\n\nCaptain Ilse Morvenas said the ship lost its "
    "steering in heavy fog near the harbour mouth.\n\nLifeboats took every passenger ashore "
    "within three hours.\n\nThe coast guard said 12 people were treated for minor injuries.",
}


#: Two reports written apart by one invented outlet about one invented event, as files of
#: a folder: one independent source, but not copies of one report.
ONE_OUTLET = {
    "first.txt": "LONDON (Harbor Wire) - The council of Wexmoor approved the new harbour wall "
    "on Tuesday after a long debate.\n\nWork on the Wexmoor wall will start in the spring, "
    "officials said.\n\nThe vote was seven to two.",
    "second.txt": "LONDON (Harbor Wire) - Engineers said the harbour wall that Wexmoor's "
    "council approved would take two years to build.\n\nThe cost of the wall was not "
    "disclosed.\n\nFishermen have asked for a wall since the storms of last winter.",
}


def figure_tags(text: str) -> frozenset[str]:
    """A sentence's figure tags with their units, as the sentence stores them."""
    read = sentence_words(text)
    return frozenset(number_tags(read.words, (text, read.starts, read.ends)))


def number_disagreements(analysis: Analysis) -> list[set[str]]:
    """The number disagreements, each as the two values it sets against each other."""
    return [set(d.detail.split(" / ")) for d in analysis.disagreements if d.kind == "number"]
