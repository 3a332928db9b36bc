"""The engine's shared word lists: each question about a word that several stages ask is
answered here, once, so that a word added for one stage is known to all of them.

What is owned here:

- :data:`ARTICLES`: the articles ("the", "a", "an"), and :data:`DETERMINERS`, the words
  before a noun that say which one;
- :data:`NUMBER_WORDS`: the number words and the values they state ("four", "dozen");
- :data:`FEW_COUNTS`: the words counting a few of a unit of time ("*several* days before")
  and the least and the most each allows;
- :data:`LASTING_STATE_WORDS`: the words telling a state lasting at a moment ("*still*
  searching", "*remained* closed");
- :data:`RANGE_JOINS`: the words joining the two ends of a range of figures or clock times
  ("20 *to* 30", "five *or* six", "10 *and* 15 minutes");
- :data:`SENTENCE_FINAL`: the characters a line that ends like a sentence ends on;
- :data:`SHORT_TITLES`: titles and ranks written short with a stop ("Sen.", "Sgt.");
- :data:`ANOTHER_ONE`: the words making the thing after them another one than the story's
  ("*another* plane crashed", "a *second* filing");
- :data:`DEADLINE_WORDS`: the words of a deadline set ("*must* repay by March 10");
- :data:`PLACE_ENDS`: the last words of a place's or a structure's name that are surnames as
  well ("Orrin Memorial *Bridge*", "Fort Tessel *Park*");
- :data:`BODY_ENDS`: the last words of a body's or a place's name, never a person's surname
  ("Panamsat *Corp.*", "Sahlgrenska *Hospital*"), and :data:`SURNAME_ENDS`, those that are
  surnames as often ("Wall *Street*");
- the words before a post that make it another post than the one named:
  :data:`LESSER_POSTS` ("*deputy* mayor"), :data:`FORMER_POSTS` ("*former* coach"),
  :data:`LOST_POSTS` ("the *late* president"), :data:`STAND_IN_POSTS` ("*acting* prime
  minister"), :data:`COMING_POSTS` ("prime minister-*elect*") and :data:`SIDE_POSTS`
  ("*shadow* minister");
- :data:`PREPOSITIONS`: the prepositions, the words opening a phrase of where, when, by
  whom or of what ("killed *near* Varnholt", "arrested *by* police", "*in* a day");
- :data:`SOUGHT_STEMS` and :data:`SOUGHT_FOR_STEMS`: the verbs whose object is sought,
  not there yet ("*demanding* an inquiry", "*looking for* a link");
- :data:`ACTS_IN_OTHER_WORDS`: acts told in a phrase of other words ("*taken into custody*"
  is "arrested", "*blew up*" "exploded");
- :data:`COMPLEMENT_ACTS`: verbs whose act is told by what follows them ("*decided* to
  bundle", "*asserted* that");
- :data:`MODALS`: the modal verbs, which tell what will, may or must be, not what is
  ("the council *could* close the bridge"), and two named parts of them:
  :data:`FUTURE_MODALS` ("the union *will* meet") and :data:`FORECAST_MODALS` ("*could*
  last");
- :data:`RELATIVE_WORDS`: the words opening a relative clause ("the firm *that* serves the
  quarry");
- :data:`BODY_MEMBERS`: the members of a body that decides as one, by the body they make
  ("*councillors*" the council, "*jurors*" the jury);
- :data:`BE_FORMS`: the forms of "be" before a participle or a state ("were *injured*");
  :data:`BEFORE_AND_AFTER`, the words setting a thing on one side of an event; and
  :data:`ANOTHER_OR_NEW`, :data:`ANOTHER_ONE` with "new";
- the words that say which count a figure is (read by the disagreement stage's
  :mod:`..conflicts.counts`): :data:`INTENT_WORDS` ("*plans* to build 500"),
  :data:`CLAIM_WORDS` ("*sought* $2 million"), :data:`LIMIT_WORDS` ("the *maximum* fine"),
  :data:`EARLIER_WORDS` ("*initially* said 30"), :data:`STILL_WORDS` ("nine *remain*"),
  :data:`SPARED_WORDS` ("escaped *unhurt*"), :data:`INCREMENT_WORDS` ("12 *new* cases"),
  :data:`RISING_VERBS` ("the toll *rose to* 46") and :data:`DIMENSION_WORDS` ("400 metres
  *long*").

Lists that already have one owner elsewhere, asked by every stage from there:
stop words (:func:`.segment.stopwords`); month and weekday names (:mod:`.calendar`);
number words and units (:data:`.numbers.UNITS`, :data:`.numbers.UNIT_WORDS`); titles,
posts and ranks held before a name (:mod:`.roles`: :data:`~.roles.ROLES`,
:data:`~.roles.RANKS`, :data:`~.roles.TITLES`, the words of a post's name
:data:`~.roles.POST_WORDS`); honorifics (:data:`.names.HONORIFICS`); the verbs of
saying (:mod:`.saying`). This module imports nothing of the engine, so every layer may ask it.
"""

from __future__ import annotations

#: The articles: "*the* Finance Ministry", "*a* spokesman".
ARTICLES = frozenset(("the", "a", "an"))

#: Articles, demonstratives and possessives: the words before a noun that say which one
#: ("*the* flooded quay", "*its* 2018 report", "not *a* homicide").
DETERMINERS = frozenset((
    *ARTICLES, "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "your",
))  # fmt: skip

#: The prepositions: the words opening a phrase of where, when, by whom or of what ("12
#: soldiers killed *near* Varnholt", "arrested *by* police", "40 people *in* a day").
PREPOSITIONS = frozenset((
    "in", "on", "at", "by", "for", "from", "with", "without", "near", "into", "onto", "of",
    "over", "under", "within", "during", "after", "before", "since", "across", "through",
    "around", "outside", "inside", "off", "about", "among", "between", "against", "toward",
    "towards", "along", "beside", "throughout", "until",
))  # fmt: skip

#: Bodies and people one appears, testifies or pleads before ("testified *before the
#: assembly's justice committee*", "pleaded not guilty before a military *tribunal*"): a
#: phrase after "before" ending on one names whom, not an occasion ("before a committee
#: *vote*").
AUDIENCES = frozenset((
    "court", "judge", "judges", "jury", "tribunal", "panel", "committee", "subcommittee",
    "parliament", "congress", "senate", "assembly", "legislature", "council", "magistrate",
    "magistrates", "commission", "board", "lawmakers", "legislators", "justices", "crowd",
    "crowds", "audience", "cameras", "reporters", "journalists",
))  # fmt: skip

#: Number words and the values they state ("dozen" is 12): the figure reader's
#: (:data:`.numbers.UNITS`) and the clock reader's minutes ("*four* minutes later").
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip

#: Words counting a few of a unit of time, and the least and the most each allows: "*a few*
#: months after", "*several* days before" (:mod:`.distances`).
FEW_COUNTS = {"a few": (2.0, 5.0), "a couple of": (2.0, 3.0), "several": (3.0, 9.0)}

#: Words that tell a state lasting at a moment rather than an act done: "rescuers were
#: *still* searching a week after the quake", "the road *remained* closed", "homes were
#: *without* power" (:mod:`.distances`: such a state holds at many distances from an event).
LASTING_STATE_WORDS = frozenset((
    "still", "remain", "remains", "remained", "remaining", "stayed", "stays", "continued",
    "continues", "continuing", "without", "yet", "already", "now", "kept",
))  # fmt: skip

#: Words joining the two ends of a range of figures, or of minutes ("20 *to* 30 people",
#: "five *or* six", "between 10 *and* 15 minutes"): the two are one figure, not two.
RANGE_JOINS = frozenset(("to", "and", "or"))

#: The characters a line ends on when it ends like a sentence: a stop, a question or an
#: exclamation mark, an ellipsis, or a closing quotation mark or bracket after one.
SENTENCE_FINAL = tuple('.!?"”’)…')

#: Words that end the name of a body, a building or a place, not a person's: "Panamsat
#: *Corp.*", "the Finance *Ministry*", "Sahlgrenska *Hospital*", "Logan *Square*". Two such
#: names with one last word ("General Motors Corp." / "Panamsat Corp.") are two bodies, and
#: a body's or a place's name spelt two ways ("Sahlgrenska" / "Salgrenska Hospital", as each
#: outlet transliterates it) is no conflict over who a person is. Words that are surnames as
#: often ("Street", "Post", "Court", as "Hall", "Park", "Temple", "Bay") are not among them:
#: a person so named spelt two ways is still a conflict; they are :data:`SURNAME_ENDS`.
BODY_ENDS = frozenset((
    # firms and bodies
    "corp", "corporation", "inc", "co", "ltd", "llc", "plc", "company", "group", "bank",
    "motors", "airlines", "airways", "securities", "exchange", "ministry", "department",
    "commission", "committee", "council", "agency", "party", "association",
    "union", "league", "foundation", "institute", "network",
    # newspapers
    "times", "news", "press", "journal", "herald", "tribune",
    # buildings and schools
    "university", "college", "school", "academy", "hospital", "clinic", "museum", "library",
    "airport", "station", "stadium", "arena", "cathedral", "mosque", "hotel", "prison",
    "palace", "center", "centre",
    # streets, towns and lands
    "square", "avenue", "road", "county", "province", "district", "region", "city",
    "state", "states", "republic", "kingdom",
    # waters and heights
    "island", "islands", "river", "lake", "sea", "strait", "canal", "mountain", "mountains",
    "valley",
))  # fmt: skip

#: Titles and ranks written short with a stop before a name ("*Sen.* Tom Hale", "Police
#: *Sgt.* John Sheahan", "*Msgr.* Ivo Brann"): a title, never a surname, and a stop after
#: one never ends a sentence. The honorifics ("Mr.", "Dr.") are :data:`.names.HONORIFICS`.
SHORT_TITLES = frozenset((
    "rep", "reps", "sen", "sens", "gov", "govs", "pres", "prof", "supt", "insp", "det", "cllr",
    "atty", "msgr", "fr",
    # ranks (:data:`.roles.RANKS`)
    "pvt", "cpl", "sgt", "lt", "capt", "maj", "col", "cmdr", "gen", "gens", "adm", "brig",
))  # fmt: skip

#: Words that make the thing after them another one than the story's first: "*another*
#: market", "the *other* market"; before a dated event or step, one the story is not about:
#: "*a second* bomb exploded on Oct. 3", "*another* plane crashed Sept. 3", "a *second*
#: filing". "Different" is not among them.
ANOTHER_ONE = frozenset((
    "another", "second", "third", "fourth", "fifth", "separate", "earlier", "previous",
    "prior", "similar", "other",
))  # fmt: skip

#: Words by which a sentence tells one party's answer to another's, in kind or not:
#: "China responded with *its own* tariffs", "Brenmark *hit back* with duties on $34
#: billion of goods". An entry ending in "*" is the start of words ("*retaliat*ed",
#: "*retaliat*ion"); the others are whole words. Not "in response (to)", "in return (for)":
#: they give a reason or a bargain as often ("tariffs ... *in response to* complaints").
ANSWER_WORDS = frozenset((
    "its own", "their own", "in kind", "retaliat*", "reciproca*", "tit-for-tat",
    "tit for tat", "hit back", "hits back", "hitting back", "struck back", "strike back",
    "strikes back", "striking back", "fought back", "fight back", "fights back",
    "responded with", "responds with", "responding with", "respond with", "countered",
    "countermeasure*", "counter-tariff*", "counter tariff*", "answered with",
))  # fmt: skip

#: Words that end a body's or a place's name and are surnames as often: "Wall *Street*" /
#: "Picabo *Street*", "the Washington *Post*" / "Emily *Post*", the Supreme *Court* /
#: "Margaret *Court*". Two names ending in one may be two bodies as well as two people: the
#: reader of two people of one surname (:mod:`.people`) says nothing of them, but one
#: person's name spelt two ways still is a conflict.
SURNAME_ENDS = frozenset(("street", "post", "court"))

#: Words that end the name of a place or a structure and are surnames as well, or words a
#: name may end on: "the Orrin Memorial *Bridge*", "Fort Tessel *Park*", "Harlow Town
#: *Hall*". A run of three name words ending in one that the story also writes in lower
#: case ("the bridge", "the park") names a thing, and two such names of one first and last
#: word ("the Orrin Memorial Bridge" / "the Orrin Swing Bridge") are no person given two
#: middle names.
PLACE_ENDS = frozenset((
    "bridge", "park", "hall", "tower", "towers", "gate", "gates", "pier", "dam", "tunnel",
    "bay", "harbour", "harbor", "port", "beach", "field", "fields", "green", "garden",
    "gardens", "wood", "woods", "hill", "hills", "heights", "falls", "springs", "creek",
    "brook", "reservoir", "memorial", "monument", "church", "chapel", "abbey", "temple",
    "market", "mall", "plaza", "theatre", "theater", "terminal", "wharf", "quay", "dock",
    "docks", "lane", "way", "drive", "boulevard", "highway", "motorway", "crossing",
    "junction", "estate", "forest", "ridge", "marsh", "point", "castle", "house", "mill",
    "barracks", "base", "camp", "zoo", "pool", "arcade", "building",
))  # fmt: skip

#: Words that tell of a deadline set, the day an act is owed by, not a forecast of when it
#: will be done: "the firm *must* repay the loan by March 10", "was *ordered* to leave by",
#: "has a *deadline* of", "payment is *due* by". A deadline is one day: two outlets giving
#: it two days disagree, where "talks will end by March 10" / "by March 12" may both hold.
DEADLINE_WORDS = frozenset((
    "must", "deadline", "deadlines", "ordered", "order", "orders", "required", "requires",
    "require", "due", "obliged", "obligated", "ultimatum", "mandated",
))  # fmt: skip

#: Words before a post that make it a lesser one held beside the post itself: an
#: "*assistant* coach" is not the coach, a "*deputy* mayor" not the mayor, a "*vice*
#: president" not the president.
LESSER_POSTS = frozenset(("assistant", "deputy", "vice", "associate", "junior", "under", "co"))
#: Words before a post that its holder held once: a "*former* coach", an "*ex*-minister".
FORMER_POSTS = frozenset(("former", "ex"))
#: Words right before a post whose holder lost it: the "*late*" prime minister, an "*ousted*"
#: or "*jailed*" president (whose son or successor may bear the name and another post).
#: Read only right before the post: after it, most are verbs ("the coach was *fired*").
LOST_POSTS = frozenset((
    "late", "ousted", "deposed", "toppled", "sacked", "dismissed", "fired", "slain",
    "assassinated", "murdered", "exiled", "jailed",
))  # fmt: skip
#: Words before a post held for a while by someone else than its holder: an "*acting*" or
#: "*interim*" mayor holds the mayor's post itself, but an acting prime minister keeps the
#: ministry he held.
STAND_IN_POSTS = frozenset(("acting", "interim", "caretaker"))
#: Words around a post that is not held yet, or is being left: the "*incoming*" or
#: "*outgoing*" minister, the prime minister-"*designate*" or -"*elect*".
COMING_POSTS = frozenset(("incoming", "outgoing", "designate", "elect"))
#: Words before a post that make it another of its own kind: a "*shadow*" minister, a
#: minister of "*state*".
SIDE_POSTS = frozenset(("shadow", "state"))

#: The stems of verbs whose object is sought, asked for or being made, not there yet:
#: "walkers are *demanding* an inquiry", "*seeking* an explanation", "*developing* a
#: vaccine". A thing said not to exist is no dispute with such a sentence.
SOUGHT_STEMS = frozenset((
    "seek", "sought", "demand", "urg", "want", "await", "develop", "draft", "request",
))  # fmt: skip
#: The stems of verbs whose object is sought when "for" follows them: "*calling for* an
#: inquiry", "*looking for* a link", "*asking for* a refund" ("called an inquiry" orders one).
SOUGHT_FOR_STEMS = frozenset((
    "call", "look", "ask", "press", "push", "search", "hope", "wait", "appeal", "campaign",
))  # fmt: skip
#: Acts told in a phrase whose words are not the act's own word: the verb of the phrase (any
#: of its forms), the words that close it, and the word of the act it tells. "Cary *was
#: taken into custody* on Sunday" is "Cary was arrested on Sunday"; "a car bomb *blew up*
#: in Corley on Friday", the bomb "exploded"; the mayor "*stepped down* on Monday", he
#: "resigned". Up to :data:`ACT_PHRASE_GAP` words may stand between the verb and the words
#: closing it ("police *took* Cary *into custody*"). Read only of one named party's act on a
#: day both sentences give (``matching.align._dated_acts``), never as a word shared at large:
#: "custody" alone is also a child's, and "blew up" a quarrel's.
ACTS_IN_OTHER_WORDS: tuple[tuple[frozenset[str], tuple[str, ...], str], ...] = (
    (frozenset(("take", "takes", "taking", "took", "taken")), ("into", "custody"), "arrest"),
    (frozenset(("blow", "blows", "blowing", "blew", "blown")), ("up",), "explode"),
    (frozenset(("step", "steps", "stepping", "stepped")), ("down",), "resign"),
    (frozenset(("pass", "passes", "passing", "passed")), ("away",), "die"),
)
#: The most words that may stand between the verb of a phrase of :data:`ACTS_IN_OTHER_WORDS`
#: and the words closing it: an object ("took *the two men* into custody").
ACT_PHRASE_GAP = 3

#: Verbs (and their nouns) whose act is told by what follows them, a statement's content or
#: an aim: "the indictment *asserted* that …", "Microsoft *decided* to bundle …", "*began*
#: issuing warnings". Two sentences telling such an act of one party state one fact only
#: if what follows is one, so the matcher's reading of one party's act with no day
#: (``matching.align._dated_acts``) leaves them out.
COMPLEMENT_ACTS = (
    "assert", "suggest", "claim", "argue", "characterize", "describe", "note", "explain",
    "decide", "decision", "begin", "began", "begun", "start", "try", "tried", "attempt",
    "continue", "plan", "agree", "agreement", "seek", "want", "hope", "expect", "intend",
)  # fmt: skip

#: Words before a verb that tell its act as aimed at or to come, not done: "plans *to* meet
#: the mayor", "*will* meet the mayor", "said she *would* meet the mayor".
NOT_YET_DONE = frozenset(("to", "will", "would", "shall", "should", "could", "may", "might"))
#: Words before "to" that tell the verb after it as planned, not done: "*expected* to reopen
#: the line", "is *due* to meet the mayor", "*plans* to hold talks" (not "flew to Corley to
#: meet the mayor", an aim that may well have been met). With the modals of the future
#: (:data:`FUTURE_MODALS`), the reader of an act still to come (:func:`.verbs.acts_to_come`).
PLAN_WORDS = frozenset((
    "plan", "plans", "planned", "planning", "expected", "expects", "due", "scheduled",
    "set", "going", "intend", "intends", "intended", "aims", "aimed", "hopes", "hoped",
    # a vow, a pledge, a promise or a threat to do something: the act is still to come
    # ("have *vowed* to respond", "*threatened* to close the harbour")
    "vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging",
    "promise", "promises", "promised", "threaten", "threatens", "threatened", "threatening",
))  # fmt: skip

#: The modal verbs: a verb after one tells what will, would, may or must be, not what is or
#: was ("the council *could* close the bridge", "a siege that *may* last 48 hours"). A verb
#: marked without a tagger (:mod:`.verbs`), a word a negation reaches past (:mod:`.specifics`),
#: a clause supposed rather than stated (:mod:`..conflicts.none_and_some`), a length not yet
#: done (:mod:`..conflicts.story_lengths`) all read this one list.
MODALS = frozenset(("will", "would", "shall", "should", "can", "could", "may", "might", "must"))
#: The modals of what is to come: "the union *will* meet Tuesday", "she *would* not resign".
#: A dated step still to come (:mod:`..conflicts.dates`) and a promise denied
#: (:mod:`..conflicts.negation`) are read by them.
FUTURE_MODALS = frozenset(("will", "would", "shall"))
#: The modals of what will or may come to be, not of what must, should or can: "a siege that
#: *could* last 48 hours", "talks *will* last two days". A sentence with one anywhere gives no
#: length of an event done (:mod:`..conflicts.story_lengths`, which reads the whole sentence
#: for them, so a wider list would drop lengths told beside a duty or an ability).
FORECAST_MODALS = frozenset(("will", "would", "could", "may", "might"))
#: The modals of a duty ("staff *must* not enter", "she *should* resign"): a rule or a call
#: told, not what was done. A duty denied against the thing done (:mod:`..conflicts.negation`)
#: is read like a promise denied.
DUTY_MODALS = frozenset(("must", "should"))
#: The modals of a chance ("officers *may* not attend", "there *might* be no inquiry"): either
#: way may come true, so a chance denied or told never disputes what another sentence says
#: (:mod:`..conflicts.negation`).
CHANCE_MODALS = frozenset(("may", "might"))

#: The words opening a relative clause, which tells of another thing than the noun before it
#: is: "a complaint against the haulage firm *that* serves the quarry" is no complaint
#: against the quarry.
RELATIVE_WORDS = frozenset(("that", "which", "who", "whom", "whose", "where"))

#: The stems of the members of a body that decides as one, each with the stem of the body
#: they make: "*councillors* in Tessaly rejected the plan" tells the town council's
#: decision, "*jurors* acquitted Marsh" the jury's verdict, when written in the plural and
#: nothing before the word or after it narrows them to a part (``text.polarity.as_body``;
#: "a juror", "Councillor Morn" is one member).
BODY_MEMBERS = {
    "councillor": "council",
    "councilor": "council",
    "juror": "juri",
}

#: The pronouns that stand for a person as the subject of a clause: "*She* was a target of
#: an ongoing drug investigation" states a description ("Cary, who was the target of …")
#: of someone named elsewhere.
PERSON_SUBJECTS = frozenset(("he", "she", "they"))

#: The times a habit comes back, after "every" or "each" ("every spring", "each other
#: week"; a weekday too, read by :mod:`.calendar`): asked by the habit reader of a clause
#: (:func:`.verbs.tells_a_habit`) and the furniture reader's of a caption (:mod:`.furniture`).
HABIT_PERIODS = (
    "day", "night", "week", "weekend", "month", "year", "season", "summer", "winter",
    "spring", "autumn", "fall", "morning", "afternoon", "evening", "time",
)  # fmt: skip
#: The adverbs of a habit: "ferries *usually* dock at the east pier", "fishermen
#: *regularly* cross the lagoon" (both readers above).
HABIT_ADVERBS = (
    "whenever", "usually", "often", "always", "sometimes", "regularly", "routinely",
    "repeatedly", "habitually", "customarily", "rarely", "seldom", "daily", "weekly",
    "nightly", "annually",
)  # fmt: skip

#: Words that make a figure one intended, hoped for or expected rather than one that is:
#: "plans to build 500 homes", "expects 40,000 visitors", "aims to win five golds", "will
#: cut 450 jobs".
INTENT_WORDS = frozenset((
    "plan", "plans", "planned", "planning", "aim", "aims", "aimed", "aiming", "expect",
    "expects", "expected", "expecting", "hope", "hopes", "hoped", "hoping", "target",
    "targets", "targeted", "goal", "intend", "intends", "intended", "propose", "proposes",
    "proposed", "forecast", "forecasts", "projected", "predict", "predicts", "predicted",
    "will", "would",
))  # fmt: skip

#: Words of a claim not yet granted, read as such only of a sum or a measure ("*sought* $2
#: million in damages", "*demanded* ten years in prison"): of a count they are a search or
#: a cause ("police are *seeking* 12 suspects", "workers *demanding* pay blocked 12 roads").
CLAIM_WORDS = frozenset((
    "seek", "seeks", "seeking", "sought", "demand", "demands", "demanded", "demanding",
))  # fmt: skip

#: Words that make a figure a limit, not an amount that is: "the *maximum* fine is
#: $2,000" / "he was fined $500", "a *record* 9.58 seconds" / "ran it in 9.63 seconds".
LIMIT_WORDS = frozenset((
    "maximum", "minimum", "max", "limit", "cap", "ceiling", "record", "threshold",
))  # fmt: skip

#: Words that make a figure an earlier moment of a count since revised: "officials
#: *initially* said 30 were missing" / "officials now say 12 are missing".
EARLIER_WORDS = frozenset(("initially", "originally", "previously"))

#: Words that make a count those still in some state: "nine fans *remain* in hospital",
#: "12 are *still* missing", "the *remaining* 30 residents".
STILL_WORDS = frozenset(("remain", "remains", "remained", "remaining", "still"))

#: Words after a figure that tell those it counts were spared what befell others:
#: "escaped *unhurt*"; "not" does so only before a fate ("were *not injured*"), for
#: "have *not* been found" and "were *not* accounted for" tell the missing.
SPARED_WORDS = frozenset(("unhurt", "uninjured", "unharmed", "unscathed"))

#: Words right after a figure that make it an increment on a count, not the count:
#: "12 *new* cases", "killed 12 *more* people", "3,000 *additional* troops".
INCREMENT_WORDS = frozenset(("new", "more", "additional", "further", "extra"))

#: Verbs that, before "to" and a figure, tell a count still changing: "the toll *rose to*
#: 46", "has *climbed to* 63". The figure is one moment of the count, not another count.
RISING_VERBS = frozenset((
    "rose", "risen", "rising", "climbed", "climbing", "jumped", "increased", "grew", "grown",
    "reached", "fell", "dropped", "revised",
))  # fmt: skip

#: Words after a measure (past its unit) that say which of a thing's sizes it gives:
#: "400 metres *long*", "40 metres *high*", by the size each names.
DIMENSION_WORDS = {
    "long": "long", "length": "long", "high": "high", "tall": "high", "height": "high",
    "wide": "wide", "width": "wide", "across": "wide", "deep": "deep", "depth": "deep",
}  # fmt: skip

#: The forms of "be" that stand before a participle or a state, present and past, with the
#: infinitive and the participle: "were *injured*", "*is* missing", "had *been* found"
#: ("being" and "am" are not among them: each reader adds what it needs).
BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been"))

#: Words that set a thing on one side of an event: "had 1,200 workers *before* the
#: layoffs" / "has 800 workers *after* the layoffs".
BEFORE_AND_AFTER = frozenset(("before", "after"))

#: The words of :data:`ANOTHER_ONE` and "new", which makes the thing after it another one
#: than the story's as well ("a *new* filing", "*new* clashes").
ANOTHER_OR_NEW = ANOTHER_ONE | {"new"}
