"""What the frozen analysis answers about itself: the one place each lookup lives."""

from __future__ import annotations

from pathlib import Path

from articles import one_sentence_story
from corroborate.engine.models import Analysis, Corrections, FileProblem, SentenceKey


def _story() -> Analysis:
    """b.txt copies a.txt (one source, a.txt the original); c.txt is a second source."""
    problems = (
        FileProblem("photo.jpg", "not a supported format"),
        FileProblem(".", "this folder seems to hold 2 stories", "several-stories", (("a.txt",),)),
        FileProblem("d.txt", "about another event", "off-topic"),
    )
    # a.txt's sentence and c.txt's match: two sources; the copy's stands alone
    return one_sentence_story(
        [
            ("a.txt", "Harbour Times", "The bridge fell."),
            ("b.txt", "Copy Desk", "The bridge fell."),
            ("c.txt", "Valley Post", "A storm came."),
        ],
        [(0, 1), (2,)],
        neighbours=((2,), (), (0,)),
        problems=problems,
    )


def test_each_source_is_named_by_its_original_articles_outlet_and_lists_its_files() -> None:
    assert _story().group_outlets == ("Harbour Times", "Valley Post")
    assert _story().group_files == (("a.txt", "b.txt"), ("c.txt",))


def test_a_sentences_article_and_lasting_name_come_from_the_analysis() -> None:
    story = _story()
    assert story.article_of(1).file == "b.txt"
    assert story.sentence_key(2) == SentenceKey("c.txt", "A storm came.")
    assert story.article_named("c.txt") == story.articles[2]
    assert story.article_named("photo.jpg") is None


def test_each_articles_sentences_and_how_many_another_source_backs() -> None:
    story = _story()
    assert story.article_sentences == ((0,), (1,), (2,))
    assert story.sentence_counts == (1, 1, 1)
    assert story.corroborated_counts == (1, 0, 1)


def test_the_folders_warnings_are_apart_from_the_files_problems() -> None:
    story = _story()
    assert [p.file for p in story.folder_warnings] == ["."]
    assert [p.file for p in story.file_problems] == ["photo.jpg", "d.txt"]


def test_the_files_read_are_the_articles_and_the_skipped_files_never_the_folder() -> None:
    assert _story().files_read == tuple(
        Path("/story", name) for name in ("a.txt", "b.txt", "c.txt", "photo.jpg", "d.txt")
    )


def test_merged_files_are_every_file_of_every_merge() -> None:
    corrections = Corrections(merged=(("a.txt", "b.txt"), ("c.txt", "d.txt")))
    assert corrections.merged_files == {"a.txt", "b.txt", "c.txt", "d.txt"}
    assert Corrections().merged_files == frozenset()
