"""Badges on a reformer's profile that other apps award (learning: "Alumni — <cohort>").
`community` sits below those apps and never imports them: each registers a provider in its
AppConfig.ready, and the profile page asks every provider once (one query each, whatever the
number of badges)."""

from collections.abc import Callable, Iterable
from typing import NamedTuple


class Badge(NamedTuple):
    text: str  # in the active language
    url: str = ""  # where the badge leads, if anywhere


# provider(user_ids) -> {user id: [(text, url), ...]}
Provider = Callable[[Iterable[int]], dict[int, list[tuple[str, str]]]]
_providers: dict[str, Provider] = {}


def register(name: str, provider: Provider) -> None:
    """Add (or replace: `ready()` may run twice in tests) the provider called `name`."""
    _providers[name] = provider


def for_users(user_ids: Iterable[int]) -> dict[int, list[Badge]]:
    user_ids = list(user_ids)
    found: dict[int, list[Badge]] = {}
    if not user_ids:
        return found
    for provider in _providers.values():
        for user_id, badges in provider(user_ids).items():
            found.setdefault(user_id, []).extend(Badge(*badge) for badge in badges)
    return found


def for_user(user_id: int) -> list[Badge]:
    return for_users([user_id]).get(user_id, [])
