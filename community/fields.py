"""Form fields for values that come from outside: query strings and posted forms.

One place per kind of value, shared by every form and filter set of the site, so that a new
parameter gets the same care as the old ones. Whatever arrives, a field answers a value or a
ValidationError, never an exception from further down: `int()` of a Unicode digit such as
"²" (a digit to Python's `str` methods, not to `int()`), an id too large for the database
(SQLite raises OverflowError beyond 64 bits), a NUL byte (PostgreSQL refuses it in text).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import connection

import django_filters


class BoundedKeysMixin:
    """For model choice fields: a key the database could not even compare is an unknown
    choice, refused before any query. Django 5.2 guards single-value lookups against integer
    overflow, not `pk__in=[...]`, which ModelMultipleChoiceField runs."""

    def _key_field(self):
        meta = self.queryset.model._meta
        return meta.get_field(self.to_field_name) if self.to_field_name else meta.pk

    def key_is_storable(self, value) -> bool:
        """False for an integer key beyond the column's range. A key that is not even a
        number is left to Django, which refuses it with its own message."""
        if isinstance(value, self.queryset.model):
            return True
        field = self._key_field()
        try:
            key = field.to_python(value)
        except ValidationError:
            return True
        if isinstance(key, int) and not isinstance(key, bool):
            low, high = connection.ops.integer_field_range(field.get_internal_type())
            return (low is None or key >= low) and (high is None or key <= high)
        return True

    def _refuse(self, value):
        raise ValidationError(
            self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
        )


class BoundedModelChoiceField(BoundedKeysMixin, forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not self.key_is_storable(value):
            self._refuse(value)
        return super().to_python(value)


class BoundedModelMultipleChoiceField(BoundedKeysMixin, forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        if isinstance(value, (list, tuple)):
            for key in value:
                if not isinstance(key, (list, dict)) and not self.key_is_storable(key):
                    self._refuse(key)
        return super()._check_values(value)


class BoundedFilterChoiceField(BoundedKeysMixin, django_filters.fields.ModelChoiceField):
    """The same guard for django-filter's ModelChoiceFilter (which adds a "null" choice)."""

    def to_python(self, value):
        if value not in self.empty_values and value != self.null_value:
            if not self.key_is_storable(value):
                self._refuse(value)
        return super().to_python(value)


class Kept(list):
    """The values a RepeatedField kept, and how many it had to leave out."""

    refused = 0


class RepeatedField(forms.Field):
    """A parameter that may be given several times (`?year=2020&year=2021`), or as a list
    separated by `separator` (`?done=3,7`). Each value is cleaned by `child`; a value the child
    refuses is left out and counted (`Kept.refused`), so one bad value never costs the good
    ones nor raises an error. At most `max_values` distinct values are read."""

    widget = forms.MultipleHiddenInput

    def __init__(self, child: forms.Field, *, max_values=20, separator=None, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.child = child
        self.max_values = max_values
        self.separator = separator

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.child = self.child.__deepcopy__(memo)
        return result

    def to_python(self, value):
        if value in self.empty_values:
            return []
        values = [value] if isinstance(value, str) else list(value)
        if self.separator:
            values = [part for v in values for part in str(v).split(self.separator)]
        values = [v.strip() if isinstance(v, str) else v for v in values]
        return list(dict.fromkeys(v for v in values if v not in self.child.empty_values))

    def clean(self, value):
        values = self.to_python(value)
        kept, refused = Kept(), max(len(values) - self.max_values, 0)
        for raw in values[: self.max_values]:
            try:
                cleaned = self.child.clean(raw)
            except ValidationError:
                refused += 1
                continue
            if cleaned not in kept:
                kept.append(cleaned)
        kept.refused = refused
        return kept


class LenientFormMixin:
    """A form of optional parameters read from a query string: a value that does not clean is
    left out (the field falls back to its initial value), as django-filter does with filters.
    `refused` names the fields that lost something, for a message on the page."""

    def clean(self):
        cleaned = super().clean()
        for name, field in self.fields.items():
            if name not in cleaned:
                cleaned[name] = (
                    field.initial
                    if field.initial is not None
                    else ([] if isinstance(field, RepeatedField) else None)
                )
        return cleaned

    @property
    def refused(self) -> list[str]:
        self.is_valid()
        names = [name for name in self.fields if name in self.errors]
        names += [
            name
            for name, value in self.cleaned_data.items()
            if isinstance(value, Kept) and value.refused
        ]
        return names

    def values(self) -> dict:
        """The cleaned values, every field present (its initial value when refused)."""
        self.is_valid()
        return self.cleaned_data


class YearFilter(django_filters.NumberFilter):
    """A year in a query string: an integer (never a Decimal, never `int()` of "²")."""

    field_class = forms.IntegerField
