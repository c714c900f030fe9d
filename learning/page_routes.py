"""What the learning pages' routes hand a request to, found by name.

Course, module and lesson pages are models; what they serve is in `learning.views`, which
reads through the selectors, which read the models. For the models not to import the views
(an import cycle: models → views → selectors → models), the views register here under a
name when the app is ready (`LearningConfig.ready` imports them), and a page's route asks
for the view by that name. This module imports nothing of the app."""

from collections.abc import Callable

_views: dict[str, Callable] = {}


def handles(name: str) -> Callable:
    """Register the decorated function as the view of the page route `name`."""

    def register(view: Callable) -> Callable:
        _views[name] = view
        return view

    return register


def view(name: str) -> Callable:
    return _views[name]
