"""Print the list of the commonest English words that engine/text/background.py ships.

    uv run --with wordfreq==3.1.1 python tests/quality/common_english.py

The words are those of wordfreq's small English list (Robyn Speer, wordfreq 3.1.1;
data under CC BY-SA 4.0) whose family, the words sharing one content stem
(:func:`corroborate.engine.text.segment.content_stem`), is used at least as often as
``ZIPF`` on the Zipf scale (log10 of uses per billion words), summed over its forms.
Stop words and words that are not all letters are left out. A developer's tool: the
app never imports wordfreq, it reads the printed list.
"""

from __future__ import annotations

import math
import sys

ZIPF = 5.5


def common_words() -> list[str]:
    from wordfreq import get_frequency_dict  # type: ignore[import-not-found]

    from corroborate.engine.text.segment import content_stem

    frequency = get_frequency_dict("en", "small")
    family: dict[str, float] = {}
    stem_of: dict[str, str] = {}
    for word, share in frequency.items():
        if not word.isalpha():
            continue
        stem = content_stem(word)
        if stem is None:
            continue
        stem_of[word] = stem
        family[stem] = family.get(stem, 0.0) + share
    # rounded to two places, as wordfreq gives Zipf values
    common = {s for s, share in family.items() if round(math.log10(share * 1e9), 2) >= ZIPF}
    return sorted(w for w, s in stem_of.items() if s in common)


def main() -> int:
    words = common_words()
    print(f"# {len(words)} words")
    line = "   "
    for word in words:
        item = f' "{word}",'
        if len(line) + len(item) > 95:
            print(line)
            line = "   "
        line += item
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
