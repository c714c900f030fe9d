"""Keyset pagination for the long lists (/commitments/, /reformers/).

The previous and next links carry a cursor — the sort key of the last (or first) row shown,
and the page's number — so that the next page is read with `WHERE key > last ORDER BY key
LIMIT n` through an index, whatever its depth, instead of OFFSET, which reads and drops
every row before it (page 2,000 of the commitments: 40,000 rows). `?page=N` still opens
page N directly (OFFSET, for a typed or old address); the links the pages give use cursors.
A cursor is signed: a tampered or outdated one is ignored (the first page), never an error."""

from dataclasses import dataclass

from django import forms
from django.core import signing
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.functional import cached_property

SALT = "community.keyset"


class CursorForm(forms.Form):
    after = forms.CharField(required=False, max_length=300)
    before = forms.CharField(required=False, max_length=300)


@dataclass
class KeysetPage:
    """What includes/pagination.html reads of a Django Page, with cursor links."""

    object_list: list
    number: int
    paginator: Paginator
    next_cursor: str = ""
    previous_cursor: str = ""
    keyset = True  # for the templates: cursor links (includes/keyset_pagination.html)

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    def has_next(self) -> bool:
        return bool(self.next_cursor)

    def has_previous(self) -> bool:
        return self.number > 1


class KeysFirstPaginator(Paginator):
    """A numbered (OFFSET) page read in two steps: the page's primary keys first, from an
    index on the order's keys (the rows skipped are index entries, not rows joined to their
    relations), then those rows with their relations. Page 2,532 of the commitments:
    about 210 → 20 ms of CPU at 50,000 commitments.

    `rows`: the queryset the page's rows are read from by their keys, if not the listed one:
    the same rows written for a lookup by key. (The reformers' directory filters on its
    listing flag written `IN (1)`, for its index; SQLite, which has no statistics, then read
    the second step through that index too, 90,000 entries to find 24 rows: 17 ms.)"""

    def __init__(self, object_list, per_page, *, rows=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.rows = rows

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        if not bottom:  # nothing to skip: one query
            return self._get_page(list(self.object_list[bottom:top]), number, self)
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        position = {pk: n for n, pk in enumerate(ids)}
        source = self.object_list if self.rows is None else self.rows
        rows = sorted(source.filter(pk__in=ids), key=lambda row: position[row.pk])
        return self._get_page(rows, number, self)


class CountedPaginator(KeysFirstPaginator):
    """A keys-first paginator told how to count the rows: a count kept elsewhere (an area's
    figures, community.area_stats), or a function counting them another way than the
    listed queryset (e.g. by a join the database counts faster than the list's EXISTS)."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._count = count

    @cached_property
    def count(self):
        return self._count() if callable(self._count) else self._count


def _value(obj, field: str):
    for part in field.split("__"):
        obj = getattr(obj, part)
    return obj


def _after(keys, values, *, reverse: bool) -> Q:
    """Rows after `values` in the order of `keys` ((field, descending) pairs; the last one
    unique), or before them with `reverse`."""
    condition = Q(pk__in=[])
    for n, (field, descending) in enumerate(keys):
        later = "lt" if descending != reverse else "gt"
        step = Q(**{f"{field}__{later}": values[n]})
        for earlier, value in zip(keys[:n], values[:n], strict=True):
            step &= Q(**{earlier[0]: value})
        condition |= step
    # implied by the above, but a plain range on the first key lets the database seek in an
    # index on the keys (an OR of ranges alone reads the index from its start)
    first, descending = keys[0]
    bound = "lte" if descending != reverse else "gte"
    return condition & Q(**{f"{first}__{bound}": values[0]})


def _cursor(keys, obj, number: int) -> str:
    return signing.dumps([number, [_value(obj, field) for field, _ in keys]], salt=SALT)


def _read(value: str, keys) -> tuple[int, list] | None:
    if not value:
        return None
    try:
        number, values = signing.loads(value, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(number, int) or number < 1 or not isinstance(values, list):
        return None
    if len(values) != len(keys):
        return None
    return number, values


def page(request, queryset, per_page: int, *, keys: list[tuple[str, bool]], offset_page):
    """The page of `queryset` (ordered by `keys`, non-null fields, the last unique) the
    request asks for: by cursor, else by ?page= through `offset_page` (Django's paginator)."""
    form = CursorForm(request.GET)
    data = form.cleaned_data if form.is_valid() else {}
    after = _read(data.get("after", ""), keys)
    before = None if after else _read(data.get("before", ""), keys)
    ordering = [f"-{f}" if descending else f for f, descending in keys]
    if after or before:
        paginator = Paginator(queryset, per_page)
        if after:
            number, values = after
            rows = list(
                queryset.filter(_after(keys, values, reverse=False)).order_by(*ordering)[
                    : per_page + 1
                ]
            )
            more_after = len(rows) > per_page
            rows = rows[:per_page]
            number += 1
        else:
            number, values = before
            reverse = [f if descending else f"-{f}" for f, descending in keys]
            rows = list(
                queryset.filter(_after(keys, values, reverse=True)).order_by(*reverse)[:per_page]
            )
            rows.reverse()
            number = max(1, number - 1)
            more_after = True
        if rows:
            return _keyset_page(rows, number, paginator, keys, more_after=more_after)
    found = offset_page(request, queryset.order_by(*ordering), per_page)
    rows = list(found.object_list)
    return _keyset_page(rows, found.number, found.paginator, keys, more_after=found.has_next())


def _keyset_page(rows, number, paginator, keys, *, more_after: bool) -> KeysetPage:
    return KeysetPage(
        object_list=rows,
        number=number,
        paginator=paginator,
        next_cursor=_cursor(keys, rows[-1], number) if rows and more_after else "",
        previous_cursor=_cursor(keys, rows[0], number) if rows and number > 1 else "",
    )
