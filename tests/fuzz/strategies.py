"""What the fuzz tests send: hostile values (Unicode digits, NUL, huge integers, long strings,
odd slugs, repeated parameters) mixed with valid ones read from the forms themselves, so that
examples also reach the code behind a valid filter.

Runs are deterministic (`derandomize=True`, no example database): the same examples on every
machine and in CI. `FUZZ_EXAMPLES` sets the random examples per view (default 10) on top of
the explicit ones; `FUZZ_EXAMPLES=500` is a deep run for a release, and `FUZZ_RANDOM=1` draws
new examples on each run (to explore; a failure prints the example to reproduce)."""

import os

from django import forms

import django_filters
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from community.fields import RepeatedField

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "10")),
    derandomize=not os.environ.get("FUZZ_RANDOM"),
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)

UNICODE_DIGITS = ["²", "³", "¹", "⁴", "①", "⑳", "₁", "፩", "٣", "٢٠٢١", "２０２１", "߁", "𝟙",
                  "Ⅻ", "½", "〇", "১৯", "2²", "202₁", "1️⃣"]  # fmt: skip
HUGE = [str(2**63), str(2**63 - 1), str(-(2**63) - 1), str(2**64), "9" * 30, "-" + "9" * 30,
        "9" * 5000, "1e309", "1e9", "inf", "-inf", "NaN", "-0", "0x10", "1_000", "1.5",
        "2021.0", " 2021 ", "+2021"]  # fmt: skip
NUL = ["\x00", "a\x00b", "1\x00", "\x00" * 3, "kenya\x00"]
LONG = ["x" * 10_000, "é" * 3000, "word " * 2000, "9," * 3000]
ODD = ["", " ", "\t", "-", "--", "a--b", "_", "%", "%25", "%00", "*", "'", '"', "\\",
       "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "\u200b", "\u202e",
       "\ufeff", "😀", "null", "None", "true", "on", "[]", "{}", "0", "-1", "KENYA",
       " kenya ", "Kenya", "côte-d-ivoire", "a,b", ",", "1,2,3"]  # fmt: skip
HOSTILE = UNICODE_DIGITS + HUGE + NUL + LONG + ODD

PARAM_NAMES_NOBODY_USES = ["zz", "utm_source", "format", "callback", "__proto__"]


def valid_values(field) -> list[str]:
    """Values a form field would accept: its choices, or keys of its queryset."""
    if isinstance(field, RepeatedField):
        return valid_values(field.child)
    if isinstance(field, forms.ModelChoiceField):
        key = field.to_field_name or "pk"
        return [str(v) for v in field.queryset.values_list(key, flat=True)[:20]]
    if isinstance(field, forms.ChoiceField):
        return [str(value) for value, _label in field.choices if value not in ("", None)][:20]
    if isinstance(field, forms.IntegerField):
        low = field.min_value if field.min_value is not None else 0
        return [str(low), str(low + 1)]
    if isinstance(field, forms.BooleanField | forms.NullBooleanField):
        return ["on", "true", "false", "1", "0"]
    if isinstance(field, forms.EmailField):
        return ["reformer@example.org", "new@example.org"]
    return ["open data", "kenya"]


def form_fields(source, **kwargs) -> dict:
    """Field name → field of a form class, a FilterSet class, or a form instance."""
    if isinstance(source, type) and issubclass(source, django_filters.FilterSet):
        return dict(source(**kwargs).form.fields)
    if isinstance(source, type):
        return dict(source(**kwargs).fields)
    return dict(source.fields)


# One value of each kind of trouble, sent in every parameter at once (explicit examples run
# before the random ones, so each is tried on every run whatever the random draw).
EVERY_PARAMETER_AT_ONCE = ["²", "①", "₁", "፩", str(2**64), "-" + "9" * 30, "9" * 5000,
                           "x" * 10_000, "1.5", ""]  # fmt: skip
POSTED_ONLY = ["a\x00b"]  # a NUL in a query string is refused by middleware before any view


def value_for(valid: list[str], *, posted: bool):
    kinds = (
        [UNICODE_DIGITS, HUGE, LONG, ODD] + ([NUL] if posted else []) + ([valid] if valid else [])
    )
    return st.one_of(
        *(st.sampled_from(kind) for kind in kinds),
        st.text(max_size=12),
        st.integers(-(2**70), 2**70).map(str),
    )


def _names(fields: dict, extra_names) -> dict[str, list[str]]:
    names = {name: valid_values(field) for name, field in fields.items()}
    for name in extra_names:
        names.setdefault(name, ["1", "2"])
    for name in PARAM_NAMES_NOBODY_USES:
        names.setdefault(name, [])
    return names


def params_for(fields: dict, extra_names=(), *, posted=False):
    """A query string (or posted form): each parameter of the forms, and a few names no view
    reads, present or not, once or repeated."""
    optional = {}
    for name, valid in _names(fields, extra_names).items():
        one = value_for(valid, posted=posted)
        optional[name] = one | st.lists(one, min_size=2, max_size=4)
    return st.fixed_dictionaries({}, optional=optional)


def every_parameter_at_once(fields: dict, extra_names=(), *, posted=False) -> list[dict]:
    """One query string per troublesome value, that value in every parameter (after a valid
    one, so that a parameter read once gets the trouble and one read as a list gets both)."""
    values = EVERY_PARAMETER_AT_ONCE + (POSTED_ONLY if posted else [])
    names = _names(fields, extra_names)
    return [{name: [*valid[:1], value] for name, valid in names.items()} for value in values]
