"""Rarity against general English: the words a story uses throughout that still say something.

Alignment judges a word's rarity within the story's folder (:mod:`..matching.align`):
the story's central words ("sentenced", "prison", "trunk", "eclipse") are in most of
its articles, so they count as common there, and two outlets giving the core fact in
those words seem to share nothing rare. Measured against English at large they are
rare, unlike the words every story uses ("year", "people", "report", "week"). This
module tells the two apart: :func:`rare_in_english` holds for every content stem
that is not one of the commonest English words' (:data:`COMMON_ENGLISH`).

:data:`COMMON_ENGLISH` lists the words, all their forms, whose family (the words
sharing one content stem) is used at least 10**5.5 times per billion words of English
(5.5 on the Zipf scale, summed over the family's forms), stop words aside. It is
derived from the word frequencies of wordfreq 3.1.1 by Robyn Speer
(https://github.com/rspeer/wordfreq), whose data is licensed under the Creative Commons
Attribution-ShareAlike 4.0 licence (https://creativecommons.org/licenses/by-sa/4.0/),
and is itself under that licence; wordfreq's data is built from Google Books Ngrams,
the Leeds Internet Corpus, Wikipedia, ParaCrawl, OpenSubtitles, SUBTLEX (Marc
Brysbaert et al.) and other sources it credits. ``tests/quality/common_english.py``
prints the list again from wordfreq; the app never imports wordfreq.
"""

from __future__ import annotations

from functools import cache

from .segment import content_stem

#: The commonest English words (see the module's docstring; CC BY-SA 4.0, from wordfreq).
# fmt: off
COMMON_ENGLISH: tuple[str, ...] = (
    "act", "acted", "acting", "acts", "american", "americans", "area", "areas", "back",
    "backed", "backing", "backs", "bad", "badly", "base", "based", "bases", "basing", "big",
    "book", "booked", "booking", "bookings", "books", "build", "building", "buildings",
    "builds", "business", "businesses", "busy", "call", "called", "calling", "calls", "car",
    "care", "cared", "careful", "carefully", "cares", "caring", "carly", "cars", "case",
    "cases", "casing", "chang", "change", "changed", "changing", "citi", "cities", "city",
    "close", "closed", "closely", "closeness", "closes", "closing", "companies", "company",
    "complete", "completed", "completely", "completeness", "completes", "completing",
    "completion", "continual", "continually", "continuation", "continue", "continued",
    "continues", "continuing", "continuity", "continuous", "continuously", "control",
    "controlled", "controller", "controllers", "controlling", "controls", "countries",
    "country", "day", "days", "design", "designate", "designated", "designation",
    "designations", "designed", "designer", "designers", "designing", "designs", "develop",
    "developed", "developer", "developers", "developing", "development", "developments",
    "develops", "die", "died", "dies", "direct", "directed", "directing", "direction",
    "directional", "directions", "directive", "directives", "directly", "directs", "dying",
    "end", "ended", "ending", "endings", "ends", "face", "faced", "faces", "facing",
    "familial", "families", "family", "feel", "feeling", "feelings", "feels", "final",
    "finale", "finalized", "finally", "finals", "find", "finding", "findings", "finds",
    "force", "forced", "forceful", "forcefully", "forces", "forcing", "form", "formed",
    "forming", "forms", "found", "founded", "founding", "free", "freeing", "frees", "friend",
    "friendlies", "friendly", "friends", "fuck", "fucked", "fucking", "fucks", "full",
    "fullness", "game", "games", "gaming", "general", "generalization", "generalizations",
    "generalized", "generally", "generals", "girl", "girls", "give", "giving", "god", "godly",
    "gods", "good", "goodness", "goods", "govern", "governance", "governed", "governing",
    "government", "governments", "governs", "great", "greatly", "greatness", "greats", "group",
    "grouped", "grouping", "groupings", "groups", "guy", "guys", "hand", "handed", "handedly",
    "handful", "handing", "hands", "happen", "happened", "happening", "happenings", "hard",
    "harding", "hardness", "head", "headed", "heading", "heads", "high", "highly", "highness",
    "highs", "home", "homes", "hope", "hoped", "hopeful", "hopes", "hoping", "hour", "hourly",
    "hours", "house", "housed", "houses", "housing", "import", "importance", "important",
    "importantly", "importation", "imported", "importer", "importing", "imports", "include",
    "included", "includes", "including", "inform", "informal", "informally", "informant",
    "informants", "information", "informational", "informative", "informed", "informing",
    "informs", "interest", "interested", "interesting", "interestingly", "interests", "issue",
    "issued", "issues", "issuing", "job", "jobs", "kill", "killed", "killing", "killings",
    "kills", "kind", "kindly", "kindness", "kinds", "law", "lawful", "lawfully", "laws",
    "leave", "leaves", "leaving", "left", "level", "leveled", "leveling", "levelled", "levels",
    "life", "line", "lined", "lines", "lining", "live", "lived", "lively", "lives", "living",
    "long", "longed", "longing", "longs", "lot", "lots", "love", "loved", "lovely", "loves",
    "loving", "lovingly", "made", "make", "makes", "making", "man", "manage", "manageable",
    "managed", "management", "manager", "managers", "manages", "managing", "manly", "manned",
    "manning", "mans", "meaning", "meanings", "means", "meet", "meeting", "meetings", "meets",
    "member", "members", "men", "mens", "miss", "missed", "misses", "missing", "money",
    "month", "monthly", "months", "move", "moved", "moves", "moving", "mr", "music", "musical",
    "musically", "musicals", "nation", "national", "nationalism", "nationalities",
    "nationality", "nationally", "nationals", "nations", "night", "nightly", "nights",
    "number", "numbered", "numbering", "numbers", "office", "officer", "officers", "offices",
    "open", "opened", "opener", "opening", "openings", "openly", "openness", "opens",
    "operate", "operated", "operates", "operating", "operation", "operational", "operations",
    "operative", "operatives", "operator", "operators", "order", "ordered", "ordering",
    "orderly", "orders", "part", "parted", "parties", "parting", "partly", "parts", "party",
    "partying", "pay", "paying", "pays", "people", "peoples", "perform", "performance",
    "performances", "performed", "performer", "performers", "performing", "performs", "person",
    "personal", "personalised", "personalities", "personality", "personalized", "personally",
    "persons", "place", "places", "placing", "plan", "planned", "planning", "plans", "play",
    "played", "player", "players", "playful", "playing", "plays", "point", "pointe", "pointed",
    "pointing", "points", "position", "positioned", "positioning", "positions", "positive",
    "positively", "positives", "positivity", "post", "posted", "posting", "postings", "posts",
    "power", "powered", "powerful", "powerfully", "powering", "powers", "presided",
    "presidency", "president", "presidents", "presiding", "problem", "problems", "product",
    "production", "productions", "productive", "productivity", "products", "program",
    "programme", "programmes", "programming", "programs", "provide", "provided", "providence",
    "provider", "providers", "providing", "public", "publication", "publications", "publicity",
    "publicized", "publicly", "put", "puts", "putting", "question", "questionable",
    "questioned", "questioning", "questions", "read", "reading", "readings", "reads", "real",
    "reason", "reasonable", "reasoned", "reasoning", "reasons", "record", "recorded",
    "recorder", "recorders", "recording", "recordings", "records", "report", "reported",
    "reportedly", "reporter", "reporters", "reporting", "reports", "result", "resultant",
    "resulted", "resulting", "results", "run", "running", "runs", "school", "schooled",
    "schooling", "schools", "season", "seasonal", "seasonally", "seasoned", "seasoning",
    "seasons", "service", "serviced", "services", "servicing", "set", "sets", "setting",
    "settings", "show", "showed", "showing", "shows", "side", "sided", "sides", "siding",
    "small", "start", "started", "starting", "starts", "state", "stated", "stately", "states",
    "stating", "stop", "stopped", "stopping", "stops", "stories", "story", "studied",
    "studies", "study", "studying", "support", "supported", "supporter", "supporters",
    "supporting", "supportive", "supports", "system", "systemic", "systems", "takes", "taking",
    "talk", "talked", "talking", "talks", "team", "teamed", "teaming", "teams", "thing",
    "things", "thought", "thoughtful", "thoughts", "time", "timed", "timely", "times",
    "timing", "today", "todays", "told", "top", "topped", "topping", "toppings", "tops",
    "turn", "turned", "turning", "turns", "understand", "understandable", "understandably",
    "understanding", "understands", "unit", "unite", "united", "unites", "uniting", "units",
    "universal", "universally", "universe", "universes", "universities", "university", "video",
    "videos", "wait", "waited", "waiting", "waits", "war", "warring", "wars", "watch",
    "watched", "watches", "watchful", "watching", "water", "watered", "watering", "waters",
    "week", "weekly", "weeks", "white", "whites", "whiting", "win", "winning", "winnings",
    "wins", "women", "womens", "word", "worded", "wording", "words", "work", "worked",
    "working", "workings", "works", "world", "worldly", "worlds", "year", "yearly", "years",
)
# fmt: on


@cache
def common_stems() -> frozenset[str]:
    """The content stems of :data:`COMMON_ENGLISH`."""
    return frozenset(s for s in map(content_stem, COMMON_ENGLISH) if s is not None)


def rare_in_english(stem: str) -> bool:
    """Is a content stem a word's that general English uses rarely? Figures are not
    words ("1962", "10"): they are compared as figures (:mod:`.numbers`)."""
    return stem[:1].isalpha() and stem not in common_stems()
