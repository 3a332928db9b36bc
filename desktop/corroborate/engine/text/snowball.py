"""NLTK's English Snowball stemmer, loaded without the rest of NLTK.

Importing ``nltk.stem.snowball`` the usual way first runs ``nltk/__init__.py``,
which imports nearly every NLTK subpackage (corpora, parsers, taggers,
translation metrics...) and takes most of a second, though the stemmer needs
only four small modules. :func:`english_stemmer` loads exactly those: the
packages ``nltk``, ``nltk.stem`` and ``nltk.corpus`` are put in place as empty
stand-ins (real package objects whose ``__init__`` has not run, so their
submodules are found where they always are, from source or from a bundle), the
stemmer's module is imported, and the stand-ins and the modules loaded through
them are taken out of ``sys.modules`` again. The stemmer keeps what it uses, and
a later ``import nltk`` anywhere in the process loads NLTK whole, as if this
had never happened.

NLTK's guarded regular expressions (``nltk.redos``) load the third-party ``regex``
engine, a sixtieth of a second, for patterns only the Arabic stemmer and the
modules' demonstrations use: a stand-in takes their place too, whose patterns are
compiled by the real module when first used (never, by the English stemmer).

The stemmer is NLTK's own code, so its stems (and every summary) are the same
as with ``from nltk.stem.snowball import SnowballStemmer``. Stop-word lists are
never used here (``ignore_stopwords`` stays False); asking for them would load
NLTK's corpus package on demand.

Stand-ins in ``sys.modules`` are seen by every thread, so loads are made one at a time
(:data:`_loading`): the app ranks on worker threads while another thread may be
loading the stemmer, and two loads at once would remove each other's stand-ins.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from types import ModuleType
from typing import Any

#: Packages whose ``__init__`` the stemmer does not need.
_STAND_INS = ("nltk", "nltk.stem", "nltk.corpus")


class _CorpusStopwords:
    """Stands for ``nltk.corpus.stopwords``; loads the real corpus reader if ever used."""

    def __getattr__(self, name: str) -> Any:
        from nltk.corpus import stopwords

        return getattr(stopwords, name)


def _redos() -> Any:
    """NLTK's own ``nltk.redos``, loaded with NLTK whole."""
    return importlib.import_module("nltk.redos")


class _DeferredPattern:
    """Stands for ``nltk.redos.compile(*args)``; compiled by the real module when first used."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._args, self._kwargs = args, kwargs
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # asked of every attribute of a class being made
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = _redos().compile(*self._args, **self._kwargs)
        return getattr(self._compiled, name)


def _redos_stand_in() -> ModuleType:
    """Stands for ``nltk.redos``: patterns compiled when first used, anything else asked of
    the real module."""
    module = ModuleType("nltk.redos")
    module.compile = _DeferredPattern  # type: ignore[attr-defined]
    module.__getattr__ = lambda name: getattr(_redos(), name)  # type: ignore[method-assign]
    return module


def _stand_in(name: str) -> ModuleType:
    try:
        spec = importlib.util.find_spec(name)
    except ImportError:
        spec = None
    if spec is not None and spec.submodule_search_locations is not None:
        module = importlib.util.module_from_spec(spec)  # created, not executed
    elif name == "nltk.corpus":  # left out of the app's bundle: only its name is needed
        module = ModuleType(name)
    else:
        raise ImportError(f"{name} is not an installed package")
    sys.modules[name] = module
    return module


def _load_alone() -> Any:
    before = set(sys.modules)
    try:
        for name in _STAND_INS:
            _stand_in(name)
        sys.modules["nltk.corpus"].stopwords = _CorpusStopwords()  # type: ignore[attr-defined]
        sys.modules["nltk.redos"] = _redos_stand_in()
        return importlib.import_module("nltk.stem.snowball").EnglishStemmer
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]


#: Held while the stemmer is loaded: one load at a time, whatever the thread.
_loading = threading.Lock()


def english_stemmer() -> Any:
    """A new ``nltk.stem.snowball.EnglishStemmer`` (behaves as ``SnowballStemmer("english")``)."""
    with _loading:
        if "nltk" not in sys.modules:
            try:
                return _load_alone()()
            except ImportError:  # another layout of NLTK's modules: load it the usual way
                pass
        from nltk.stem.snowball import EnglishStemmer

        return EnglishStemmer()
