"""Whether two figures (or dates) are given for one thing, read from their own contexts:
the words beside each, what each counts, the names after them, their periods."""

from __future__ import annotations

from ..text.figures import counted, definite, shared_counts
from ..text.roles import capitalised, name_part
from ..text.specifics import Specifics, Value
from .context import LOCAL_SHARED, around, fold_name
from .counts import crowded, named_after
from .periods import frames, same_period_count


def for_one_thing(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Are two figures (or dates) given for one thing, judged on their own context?

    Two sentences that say different things overall may still both count the
    injured of one blast: they then agree on another figure in the same role
    ("two killed" on both sides), or the words around the figures say the
    same ("possible sightings in 11 states" / "in 19 states ... possible
    sightings"), and no one is named near one figure who is not near the other.
    """
    if frames(a, v) != frames(b, w) or ((a.series - b.series) and (b.series - a.series)):
        return False  # one sets it in a year, a month or a period the other does not name
    if v.kind == "number" and (definite(a, v) or definite(b, w)):
        return False  # "the three men" / "the two men": groups the sentences already know
    if v.kind == "number" and same_period_count(a, v, b, w):
        return True
    words_a, names_a = around(a, v)
    words_b, names_b = around(b, w)
    if (names_a - names_b) and (names_b - names_a):
        return False
    all_a = {fold_name(n) for n in a.names}
    all_b = {fold_name(n) for n in b.names}
    # the people a figure counts ("wounded 21 *Israelis*") are what it counts, not a place
    own_a, own_b = names_a - _counted_name(a, v), names_b - _counted_name(b, w)
    if ((own_a - all_b) and (all_b - all_a)) or ((own_b - all_a) and (all_a - all_b)):
        # "the *Orrin* school received $1,254,300" / "the *Dalby* school, nearby, received
        # $1,249,800": a name beside one figure the other sentence never gives, while it
        # gives one of its own further off
        return False
    if v.kind == "number" and shared_counts(a, b):
        return True
    if crowded(a, v) or crowded(b, w):
        return False
    if v.kind == "number":
        after_a, after_b = named_after(a, v), named_after(b, w)
        if count_other_things(after_a, after_b):
            return False  # "four big parts" and "two big objects" count different things
        if after_a != after_b and names_a != names_b:
            # one says more of what it counts, and names a place or people beside its
            # figure the other does not: "the bombings of embassies in Kenya and Tanzania
            # killed 224 people" / "the embassy bombing left 11 people dead" (a part)
            return False
    shared = words_a & words_b
    if len(shared) < LOCAL_SHARED:
        return False
    # The counted phrase ("six East Timorese asylum-seekers" / "2,000 East Timorese
    # students", "17 Caribbean islands" / "three Caribbean island societies") and the
    # story's names ("the three men ... Gadhafi" / "Gadhafi ... the two men") stand by
    # any count of the story: some other word around both figures must tell they count
    # one thing ("possible *sightings* in 11 states" / "in 19 states ... possible *sightings*").
    return bool(shared - named_after(a, v) - named_after(b, w) - name_stems(a) - name_stems(b))


def _counted_name(spec: Specifics, v: Value) -> set[str]:
    """The name word right after a figure, which it counts: "21 *Israelis*"."""
    i = v.last + 1
    if i < len(spec.tokens) and capitalised(spec.tokens[i]):
        return {fold_name(name_part(spec.tokens[i]))}
    return set()


def count_other_things(x: frozenset[str], y: frozenset[str]) -> bool:
    """Do the words after two figures name different things? "four *big parts*" and "two
    *big objects*" do; "150 *passengers*" and "210 *passengers aboard*" name one thing,
    one of them saying more of it, and "12 people" (no telling word) and "15 people
    *died*" name nothing the other contradicts."""
    return not (x <= y or y <= x)


def name_stems(spec: Specifics) -> frozenset[str]:
    """The stems of the sentence's name words, as :func:`around` reads its words."""
    return frozenset(
        counted(t.stem) for i, t in enumerate(spec.tokens) if i and t.stem and capitalised(t)
    )
