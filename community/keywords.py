"""Keyword search for the record lists (`/commitments/?q=`, `/resources/?q=`), answered by
whichever app registers an answerer: the search app does, in its AppConfig.ready, with the
evidence search (stemming in English, French and Spanish, typo correction, relevance).
`community` sits below `search` and never imports it; this is the seam between them."""

from collections.abc import Callable
from typing import NamedTuple


class KeywordMatches(NamedTuple):
    keys: list[str]  # record ids of the best matches, best first ("AL0002")
    total: int  # how many records matched in all


Answerer = Callable[..., KeywordMatches]
_answerer: Answerer | None = None


def register(answerer: Answerer) -> None:
    """`answerer(words, *, kind, limit)` returns the best `limit` KeywordMatches of `kind`."""
    global _answerer
    _answerer = answerer


def matches(words: str, *, kind: str, limit: int) -> KeywordMatches | None:
    """The best matches, or None when no app answers keyword searches (the list then
    ignores the words)."""
    if _answerer is None:
        return None
    return _answerer(words, kind=kind, limit=limit)
