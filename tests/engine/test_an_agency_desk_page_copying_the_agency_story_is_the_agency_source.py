"""An agency's page under another of its names ("Reuters Health" beside "Reuters") that
runs what the agency's own story holds (here a statement the story quotes whole) is one of
the agency's pages: one source with the agency's story, never a site's reprint of the
agency kept apart from both. Text and places are invented (``independence_folders.py``);
only the agency's names are real, as pages write them."""

from __future__ import annotations

from independence_folders import (
    COURIER_PAGE,
    POST_PAGE,
    RELEASE,
    WIRE,
    Folder,
    independent_sources,
    page,
)

#: The words that introduce the statement in the agency's report, closing a paragraph.
INTRO = WIRE[4] + " In a statement posted on its website late on Tuesday, the authority said:"
#: The agency's report: five sentences of its own, the statement quoted whole, five more.
AGENCY_PAGE = page(
    "Spillway fails, thousands flee flood in Carran Valley | Reuters",
    (*WIRE[:4], INTRO, *RELEASE, *WIRE[5:]),
    bottom=("© 2026 Reuters",),
)


def _folder(statement_page: str) -> Folder:
    return Folder(
        "an agency's report quoting a statement whole, the statement on another page",
        {
            "agency.txt": AGENCY_PAGE,
            "statement.txt": statement_page,
            "courier.txt": COURIER_PAGE,
            "post.txt": POST_PAGE,
        },
        (
            frozenset({"agency.txt", "statement.txt"}),
            frozenset({"courier.txt"}),
            frozenset({"post.txt"}),
        ),
    )


def test_the_agency_desk_page_of_a_statement_its_report_quotes_is_the_agency_source(
    make_folder,
) -> None:
    desk_page = page(
        "Water authority lowers Orvale Reservoir - Reuters Health",
        RELEASE,
        bottom=("Copyright Reuters Health",),
    )
    folder = _folder(desk_page)
    assert independent_sources(folder, make_folder) == set(folder.sources)


def test_the_issuer_page_of_a_statement_an_agency_report_quotes_stays_its_own_source(
    make_folder,
) -> None:
    issuer_page = page(
        "Controlled release from Orvale Reservoir | Lindmark Water Authority",
        RELEASE,
        bottom=("© 2026 Lindmark Water Authority",),
    )
    folder = _folder(issuer_page)
    expected = {frozenset({"agency.txt"}), frozenset({"statement.txt"}), *folder.sources[1:]}
    assert independent_sources(folder, make_folder) == expected
