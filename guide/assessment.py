"""The self-assessment: from "what we already do" to "what to do next".

Pure functions over recommendations, so the rule is tested on its own (table-driven)."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django import forms

from community.fields import RepeatedField

from .levels import Level

LEVELS = list(Level.values)  # from the lowest up
MAX_DONE = 200  # a chapter has a handful of recommendations; refuse absurd inputs quietly


@dataclass(frozen=True)
class Outcome:
    done: frozenset[int]
    level: str | None  # the lowest level not yet complete; None when everything is done
    next_steps: list  # the recommendations still to take on at that level


def done_field(valid_ids: Iterable[int]) -> RepeatedField:
    """The form field for "done": this chapter's recommendation ids, given as ?done=3,7,9 or
    repeated (?done=3&done=7). Anything else is left out (it is compared as text with the ids,
    never passed to int())."""
    choices = [(str(pk), str(pk)) for pk in valid_ids]
    child = forms.TypedChoiceField(choices=choices, coerce=int)
    return RepeatedField(child, max_values=MAX_DONE, separator=",")


def parse_done(raw: str | Iterable[str] | None, valid_ids: Iterable[int]) -> frozenset[int]:
    """Recommendation ids from a shareable URL; anything that is not one of this chapter's
    recommendations is ignored."""
    return frozenset(done_field(valid_ids).clean(raw))


def encode_done(done: Iterable[int]) -> str:
    return ",".join(str(i) for i in sorted(done))


def next_steps(recommendations: Sequence, done: Iterable[int]) -> Outcome:
    """The recommendations to take on next: those not done at the lowest incomplete level.

    ``recommendations`` have ``pk`` and ``level``; their order within a level is kept."""
    done = frozenset(done)
    for level in LEVELS:
        remaining = [r for r in recommendations if r.level == level and r.pk not in done]
        if remaining:
            return Outcome(done=done, level=level, next_steps=remaining)
    return Outcome(done=done, level=None, next_steps=[])
