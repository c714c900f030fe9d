"""Page routing in one query: Wagtail's `Page.route` walks the tree one level at a time, a
child query and a `.specific` query per level (eleven queries for a lesson five levels
down). Every page's `url_path` is stored, so the pages along an address are read at once,
and only the page that routes the rest (the last one, or a page with routes of its own) is
made specific."""

from django.db.models import Q
from django.http import Http404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site


def _routes_itself(page: Page, rest: list[str]) -> bool:
    """Would Wagtail's routing stop at this page rather than go on to the child `rest[0]`?
    A page type with a `route` of its own does, unless it is a routable page whose own
    routes do not match `rest` (RoutablePageMixin.route then goes on to the children)."""
    cls = page.specific_class
    if cls is None or cls.route is Page.route:
        return False
    if not issubclass(cls, RoutablePageMixin) or cls.route is not RoutablePageMixin.route:
        return True
    if not page.live:
        return False
    try:
        cls.get_resolver().resolve("/" + "".join(f"{part}/" for part in rest))
    except Http404:
        return False
    return True


def route_for_request(request, path: str):
    """The same RouteResult as `Page.route_for_request` (and kept where it keeps it), in
    two queries whatever the depth: the pages along the address, then the one that routes."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    request._wagtail_route_for_request = None
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page.localized
    parts = [part for part in path.split("/") if part]
    prefixes = [
        root.url_path + "".join(f"{part}/" for part in parts[:i]) for i in range(len(parts) + 1)
    ]
    # by the slugs (indexed; a page's url_path ends with its slug), unordered: filtered on
    # url_path (not indexed) and the tree's path prefix alone, SQLite walked every page in
    # path order (10,000 pages at scale: 7-17 ms on every page served)
    along = {
        page.url_path: page
        for page in Page.objects.filter(
            slug__in=parts, url_path__in=prefixes[1:], path__startswith=root.path
        ).order_by()
    }
    # how far the address goes down the reader's tree (drafts included): where
    # core.languages.fallback_route starts when this tree has no such page
    reached, n = root, 0
    while n < len(parts) and (child := along.get(prefixes[n + 1])) is not None:
        if child.depth != reached.depth + 1:
            break
        reached, n = child, n + 1
    request._reader_tree_reach = (reached, parts[n:])
    page = root
    depth = 0
    while depth < len(parts) and not _routes_itself(page, parts[depth:]):
        child = along.get(prefixes[depth + 1])
        if child is None or child.depth != page.depth + 1:
            break  # no such child: the page's own routing answers (a 404)
        child._cached_parent_obj = page
        page, depth = child, depth + 1
    try:
        request._wagtail_route_for_request = page.specific.route(request, parts[depth:])
    except Http404:
        request._wagtail_route_for_request = None
    return request._wagtail_route_for_request


def below(page: Page) -> Q:
    """The pages below `page` (its descendants, not itself), as a range of the path index.
    Wagtail's `descendant_of` is `path__startswith`, a LIKE that SQLite cannot look up in an
    index (it walks every page of the site: 10,000 at scale). A path is made of treebeard's
    alphabet (0-9A-Z), so the paths that start with `page.path` and are longer are exactly
    those after it and up to it followed by the alphabet's last letter to the column's
    length."""
    longest = Page._meta.get_field("path").max_length
    last = Page.alphabet[-1] * (longest - len(page.path))
    return Q(path__gt=page.path, path__lte=page.path + last)


def view_restrictions(page: Page):
    """The view restrictions on a page and its ancestors (an alias answering for its
    original), as Wagtail's `Page.get_view_restrictions` finds them, in one query rather
    than two: the ancestors' paths are the prefixes of the page's own."""
    step = Page.steplen
    paths = [page.path[: step * depth] for depth in range(1, len(page.path) // step + 1)]
    return PageViewRestriction.objects.filter(
        Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__aliases__path__in=paths)
    ).distinct()


def connect() -> None:
    """Every page's serving checks its view restrictions (Wagtail's on_serve_page hook
    calls `get_view_restrictions`): with one query."""

    def get_view_restrictions(self):
        return view_restrictions(self)

    Page.get_view_restrictions = get_view_restrictions
