"""Five invented outlets' articles on one invented story, each holding one sentence a test
sets: the folders of the look-alike tests of the disagreement stage."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from corroborate.engine import Analysis, analyze

MakeFolder = Callable[..., Path]

#: Five outlets' articles on one story: a title and paragraphs each, the place a test's
#: sentence goes marked ``{}`` and the story's subject ``{topic}``.
OUTLETS = (
    (
        "Reaction to {topic}",
        "Reaction came quickly from across the region, where {topic} has been followed closely.",
        "{}",
        "Analysts said the consequences would take months to judge.",
    ),
    (
        "What we know about {topic}",
        "Here is what has been confirmed so far about {topic}.",
        "{}",
        "Several questions remain open, officials conceded.",
    ),
    (
        "The background to {topic}",
        "The events come after a difficult year for everyone involved in {topic}.",
        "{}",
        "Critics had warned of trouble for some time.",
    ),
    (
        "Opinion: {topic} was long coming",
        "Few observers were surprised by {topic}, a columnist wrote.",
        "{}",
        "Readers wrote in with a range of views.",
    ),
    (
        "A week of {topic}",
        "Photographers followed {topic} through the week.",
        "{}",
        "Local traders said business had slowed.",
    ),
)

#: The sentence each article holds where its test sets none: a fact nobody disputes.
PLAIN = "Officials gave no further details."


def five_outlets(make_folder: MakeFolder, topic: str, sentences: Mapping[int, str]) -> Analysis:
    """The five articles about ``topic``, article ``i`` holding ``sentences[i]`` (others
    a plain sentence), analysed."""
    files = {}
    for i, (title, *paragraphs) in enumerate(OUTLETS):
        body = "\n\n".join(
            p.replace("{topic}", topic).format(sentences.get(i, PLAIN)) for p in paragraphs
        )
        files[f"{i + 1:02d}-outlet.txt"] = f"{title.replace('{topic}', topic)}\n\n{body}\n"
    return analyze(make_folder(files))


def date_details(make_folder: MakeFolder, topic: str, sentences: Mapping[int, str]) -> list[str]:
    """The details of the date disagreements the five articles about ``topic`` give, after
    checking that every sentence a test sets (each of its full stops' parts) was read."""
    return details_of(make_folder, topic, sentences, "date")


def details_of(
    make_folder: MakeFolder, topic: str, sentences: Mapping[int, str], kind: str
) -> list[str]:
    """The details of the disagreements of ``kind`` the five articles about ``topic`` give,
    after checking that every sentence a test sets (each of its full stops' parts) was read."""
    analysis = five_outlets(make_folder, topic, sentences)
    texts = " ".join(s.text for s in analysis.sentences)
    assert all(part in texts for text in sentences.values() for part in text.split(". "))
    return [d.detail for d in analysis.disagreements if d.kind == kind]
