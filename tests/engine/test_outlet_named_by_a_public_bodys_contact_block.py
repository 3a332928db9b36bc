"""A contact block closing a public body's own page names the body.

An agency's release or case notice closes on its contact block: a person, a unit, an address
at the body's own ".gov" host alone on its line, a telephone number ("Lee Park, Attorney",
"lee.park@ora.gov", "(555) 014-2231"). Where the page writes the host's name as the body's
("ORA", "Harlow Port Authority"), a reader takes the page for the body's. A story giving an
address in a sentence, a host the page never names, a host that is one word a place may be,
a person's name, an address at no ".gov" host and a paper the story cites name none. All
outlets, bodies, places and people here are invented.
"""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest

STORY = (
    "ORA and Kelby Marine Works have reached a settlement over oil discharged into the Orrland "
    "estuary during hull repairs at the Kelby slipway.",
    "Under the terms of the settlement, Kelby Marine Works will pay a civil penalty of $64,000 "
    "and fit new drains at the slipway by the end of the year.",
    "The activities of the yard came to ORA's attention after residents reported an oily "
    "sheen on the water in March.",
    "ORA enforces the Estuary Waters Rule to protect the fish nurseries of the lower river.",
)

PORT_STORY = (
    "The Harlow Port Authority has closed berth 4 after an inspection found cracks in the quay "
    "wall under the grain terminal.",
    "Ships due at the berth will be moved to berths 6 and 7 until repairs are finished, which "
    "the Harlow Port Authority expects to take six weeks.",
)


def _outlet(*closing: str, story: tuple[str, ...] = STORY) -> str:
    text = "\n\n".join((*story, *closing))
    return ingest(RawDocument(text=text), "p01.txt", 0).outlet


@pytest.mark.parametrize(
    ("story", "closing", "outlet"),
    [
        (
            STORY,
            ("Top of Page", "Anna Velt, Attorney", "Water Enforcement Division",
             "anna.velt@ora.gov", "(555) 014-2231", "Top of Page"),
            "ORA",
        ),
        (
            STORY,
            ("Contact", "Anna Velt", "E-mail: anna.velt@mail.ora.gov"),
            "ORA",
        ),
        (
            PORT_STORY,
            ("Media contact: Piet Varn", "press@harlowportauthority.gov",
             "Tel: +1 555 014 9921"),
            "Harlow Port Authority",
        ),
        (
            STORY,
            ("Anna Velt, Press Office", "anna.velt@ora.gov.uk", "Tel. 01632 960 118"),
            "ORA",
        ),
    ],
)  # fmt: skip
def test_an_address_at_the_bodys_own_host_in_a_contact_block_names_it(
    story: tuple[str, ...], closing: tuple[str, ...], outlet: str
) -> None:
    assert _outlet(*closing, story=story) == outlet


@pytest.mark.parametrize(
    ("story", "closing"),
    [
        # an address in a sentence of the story
        (STORY, ("Anyone who saw the sheen is asked to write to tips@ora.gov or call "
                 "(555) 014-7788.",)),
        # an address alone, with no telephone number or contact label beside it
        (STORY, ("The penalty will be paid within thirty days.", "anna.velt@ora.gov")),
        # a host the page never names
        (STORY, ("Anna Velt", "anna.velt@kelbyestuary.gov", "(555) 014-2231")),
        # a host of one word, which may be a place's name
        ((*PORT_STORY, "Harlow has had three berths closed since 2019."),
         ("Contact: Piet Varn", "piet.varn@harlow.gov", "(555) 014-9921")),
        # a person's name beside the address is not the host's
        (("Anna Orr, a pilot at the port, said the cracks were found by divers on Monday.",
          "The berth will stay closed for six weeks, she said."),
         ("Contact: Anna Orr", "anna.orr@ora.gov", "(555) 014-2231")),
        # an address at a host that is no public body's
        (STORY, ("Anna Velt", "anna.velt@ora-consulting.com", "(555) 014-2231")),
    ],
)  # fmt: skip
def test_an_address_out_of_a_contact_block_or_at_a_host_the_page_does_not_name_names_none(
    story: tuple[str, ...], closing: tuple[str, ...]
) -> None:
    assert _outlet(*closing, story=story) == "p01"


@pytest.mark.parametrize(
    "cited",
    [
        "The settlement was first reported by the Orrland Courier, according to the Courier's "
        "website.",
        "According to the New York Times, the yard had been warned twice before.",
        "The Harlow Herald reported on Tuesday that the yard had been warned twice before.",
    ],
)
def test_a_paper_the_story_cites_is_not_the_page_of_a_body_signing_its_contact_block(
    cited: str,
) -> None:
    closing = ("Anna Velt, Attorney", "anna.velt@ora.gov", "(555) 014-2231")
    assert _outlet(*closing, story=(*STORY, cited)) == "ORA"
    assert _outlet(story=(*STORY, cited)) == "p01"
