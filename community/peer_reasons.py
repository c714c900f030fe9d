"""More reasons to suggest a peer, from apps above `community` (learning: "In the Open Justice
cohort 2027 with you"). The search app's "peers for me" asks every registered provider once per
page (one query each) and never imports the apps that answer; they register in their
AppConfig.ready.

provider(user=..., user_ids=...) -> {user id: [reason, ...]}: reasons for the people among
`user_ids` first, then for a bounded number of others the provider would suggest whatever
their areas (a cohort fellow), in the order it prefers them."""

from collections.abc import Callable, Iterable

Provider = Callable[..., dict[int, list[str]]]
_providers: dict[str, Provider] = {}


def register(name: str, provider: Provider) -> None:
    _providers[name] = provider


def reasons(*, user, user_ids: Iterable[int] = ()) -> dict[int, list[str]]:
    """{user id: reasons} from every provider: for `user_ids`, and for others they suggest."""
    ids = list(user_ids)
    found: dict[int, list[str]] = {}
    if not getattr(user, "is_authenticated", False):
        return found
    for provider in _providers.values():
        for user_id, texts in provider(user=user, user_ids=ids).items():
            found.setdefault(user_id, []).extend(texts)
    return found
