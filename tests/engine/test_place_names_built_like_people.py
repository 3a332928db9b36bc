"""Names of places built like a person's three names are no person given two middle names.

"The Orrin Memorial Bridge" in one outlet and "the Orrin Swing Bridge" in another have the
shape of "Greta Ann Holloway" / "Greta Lynn Holloway": one first and one last word, two
middle ones. When the last word ends a place's or a structure's name ("Bridge", "Park",
"Hall") and the story also writes it in lower case ("the bridge"), or the first word opens
a place's name ("Fort", "Lake"), the two name a place (or two), never one person named two
ways. A person whose surname is such a word still counts when the story writes no such
common noun, and two places of one last word never back each other's sentences. Every text
here is invented: its outlets, places and people.
"""

from __future__ import annotations

from corroborate.engine import Analysis, analyze


def _lorry_story(make_folder, first: str, second: str) -> Analysis:
    """Two outlets' reports of one invented crash, each naming the struck place its way."""
    folder = make_folder(
        {
            "fennick_courier.txt": "Lorry hits railing in Fennick\n\nA lorry struck the "
            f"railing of {first} in Fennick on Monday, police said.\n\nThe driver, a "
            "44-year-old man, was taken to hospital.\n\nEngineers will inspect the bridge "
            "and the park on Friday.",
            "valley_ledger.txt": "Railing smashed in crash\n\nPolice closed "
            f"{second} in Fennick on Monday after a lorry struck its railing.\n\nThe driver, "
            "44, was taken to hospital.\n\nEngineers will inspect the bridge on Friday, the "
            "council said.",
        }
    )
    return analyze(folder)


def _names(analysis: Analysis) -> list[str]:
    return [d.detail for d in analysis.disagreements if d.kind == "name"]


def test_a_bridge_named_with_two_middle_words_is_no_person_named_two_ways(make_folder) -> None:
    analysis = _lorry_story(make_folder, "the Orrin Memorial Bridge", "the Orrin Swing Bridge")
    assert _names(analysis) == []


def test_a_park_opening_on_fort_is_no_person_named_two_ways(make_folder) -> None:
    analysis = _lorry_story(make_folder, "Fort Tessel Park", "Fort Orrin Park")
    assert _names(analysis) == []


def test_a_town_hall_and_a_guild_hall_of_one_town_are_no_person_named_two_ways(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "fennick_courier.txt": "Fire in Harlow\n\nFire broke out at the Harlow Town Hall "
            "on Monday night, firefighters said.\n\nThe hall was empty.",
            "valley_ledger.txt": "Blaze in Harlow\n\nFirefighters fought a fire at the Harlow "
            "Guild Hall on Monday night.\n\nNo one was in the hall, they said.",
        }
    )
    assert _names(analyze(folder)) == []


def test_a_person_surnamed_like_a_place_given_two_middle_names_is_still_a_name_disagreement(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "dunmore_courier.txt": "Singer Greta Hall dies at 88\n\nThe singer Greta Hall "
            "died on Monday at her home in Dunmore.\n\nBorn Greta Ann Hall in Dunmore, she "
            "won three national music prizes.\n\nHer family said the funeral would be private.",
            "valley_ledger.txt": "Greta Hall, ballad singer, dead at 88\n\nGreta Hall, the "
            "ballad singer, has died in Dunmore at 88.\n\nHall, born Greta Lynn Hall in "
            "Dunmore, recorded 31 albums.\n\nShe leaves two sons.",
        }
    )
    assert _names(analyze(folder)) == ["Greta Ann Hall / Greta Lynn Hall"]


def test_sentences_on_two_bridges_of_one_last_word_do_not_back_each_other(make_folder) -> None:
    analysis = _lorry_story(make_folder, "the Tessel Bridge", "the Orrin Bridge")
    texts = analysis.sentences
    struck = [
        (texts[m.a].text, texts[m.b].text)
        for m in analysis.matches
        if "railing" in texts[m.a].text and "railing" in texts[m.b].text
    ]
    assert struck == []
