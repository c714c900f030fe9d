"""How each evidence-bearing object becomes evidence records (the search read model).

Every source object is named by an *owner* string ("page:12", "commitment:3",
"resource:8"); projecting an owner gives the records it should have right now (none when it
is unpublished, deleted or not public). `services.owner_sync` makes the stored records match.
Adding a new kind of evidence means adding one `Source` here, or, for the pages of an app the
search layer must not import (learning's courses and lessons), registering them from that app
(contributions.py, `search.api.register_pages`)."""

import contextlib
import contextvars
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.html import strip_tags

from community import labels
from community.models import (
    ActionPlan,
    ChallengeArea,
    Commitment,
    CommitmentPolicyArea,
    Country,
    Member,
    Milestone,
    Region,
    Theme,
)
from guide.models import GuideChapterPage
from stories.models import StoryPage

from . import analysis, contributions
from .models import EvidenceRecord, Kind

SUMMARY_LENGTH = 600


def _text(value) -> str:
    return " ".join(strip_tags(str(value or "")).split())


Name = tuple[str, str]  # a tag's name and the language it is written in


def _names(terms) -> list[Name]:
    """A term's names in the three languages, each with its language, for the tags field (so
    a French query for a challenge area finds English records in it)."""
    names = []
    for term in terms:
        names.append((term.name, settings.LANGUAGE_CODE))
        for language in analysis.LANGUAGES:
            if language == settings.LANGUAGE_CODE:
                continue
            translated = labels.labels_for(language).get(
                (term._meta.label_lower, str(term.translation_key))
            )
            if translated and translated != term.name:
                names.append((translated, language))
    return names


def _analysed_tags(names: list[Name | str], language: str) -> str:
    """Each name stemmed once, in its own language (a plain string is in the record's
    `language`). Every name stemmed in the record's language and again in English counted a
    Spanish record's tags twice, an English record's once."""
    return " ".join(
        analysis.analyse_name(*((name, language) if isinstance(name, str) else name))
        for name in names
    )


# Sources prefetch their related rows into plain lists (`Prefetch(..., to_attr=…)`): Django
# builds no queryset per object for them, which the default prefetch does (a third of a
# rebuild's time). Projecting one object outside a source (tests, the admin) reads them live.
PREFETCHED = "{}_prefetched"


def _prefetch(name: str, queryset=None) -> Prefetch:
    return Prefetch(name, queryset=queryset, to_attr=PREFETCHED.format(name))


def _all(obj, name: str) -> list:
    found = getattr(obj, PREFETCHED.format(name), None)
    return list(getattr(obj, name).all()) if found is None else found


def _tag_names(obj, tagged: str, tags: str) -> list[str]:
    """The names of an object's tags (its tag manager `tags`), read from its tagged items
    (`tagged`) when the source prefetched them with their tags, in the order the manager
    gives them (by tagged item): the manager itself queries again for every object."""
    items = getattr(obj, PREFETCHED.format(tagged), None)
    if items is not None:
        return [item.tag.name for item in sorted(items, key=lambda item: item.pk)]
    return [tag.name for tag in getattr(obj, tags).all()]


def _tagged(model, relation: str) -> Prefetch:
    through = model._meta.get_field(relation).related_model
    return _prefetch(relation, through.objects.select_related("tag"))


def fingerprint(data: dict) -> str:
    payload = json.dumps(data, sort_keys=True, default=str).encode()
    return hashlib.sha256(payload).hexdigest()


# The analysed columns of a record are what the analysis makes of its source fields: its
# fingerprint is taken from those (with the analysis's signature), before any analysis, so
# a writer that compares it with the stored one analyses only the records that changed.
_PENDING = "_pending_tag_names"
_deferred: contextvars.ContextVar[bool] = contextvars.ContextVar("deferred", default=False)


@contextlib.contextmanager
def deferred_analysis():
    """Within it, `finish` leaves the analysed columns out (the record keeps what they need):
    `analysed(record)` adds them, for the records a writer stores."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)


def finish(data: dict, *, tag_names: list[Name | str], body: str) -> dict:
    """Add the fingerprint and the analysed columns to a projected record (the analysed
    columns later, in `deferred_analysis`). `tag_names`: the names for the tags field, each
    a (name, language) pair or a name in the record's language."""
    data["body"] = body
    data["fingerprint"] = fingerprint(
        {**data, "tag_names": tag_names, "analysis": analysis.signature()}
    )
    data[_PENDING] = tag_names
    return data if _deferred.get() else analysed(data)


def analysed(data: dict) -> dict:
    """The record with its analysed columns (once: a record that has them is returned as it
    is)."""
    tag_names = data.pop(_PENDING, None)
    if tag_names is None:
        return data
    language = data["language"]
    data["analysed_title"] = analysis.analyse(data["title"], language)
    data["analysed_tags"] = _analysed_tags(tag_names, language)
    data["analysed_summary"] = analysis.analyse(data["summary"], language)
    data["analysed_body"] = analysis.analyse(data["body"], language)
    return data


# --- commitments ---------------------------------------------------------------------------

_COMPLETION = {"complete": 1.0, "substantial": 0.7, "limited": 0.3, "not_started": 0.0}
_OPENED = {"outstanding": 1.0, "major": 0.8, "marginal": 0.4, "did_not_change": 0.0}


def commitment_quality(commitment) -> float:
    """0..1 from the IRM's assessment: starred, then how much it opened government, then how
    far it was completed. Unknown counts as nothing."""
    completion = _COMPLETION.get(commitment.latest_completion or "", 0.0)
    opened = _OPENED.get(commitment.irm_opened_government or "", 0.0)
    return round(0.4 * float(bool(commitment.irm_starred)) + 0.35 * opened + 0.25 * completion, 4)


# (community.urls.PublicIdConverter's pattern: such an identifier needs no quoting)
_PLAIN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,39}")


def commitment_url(public_id: str, template: str | None = None) -> str:
    """A commitment's address; `template`: `commitment_url_template()`, for many at once (a
    `reverse()` each was a sixth of a rebuild's reading; an identifier that needs quoting
    still goes through `reverse()`)."""
    if template is not None and _PLAIN_ID.fullmatch(public_id):
        return template.replace(_URL_PLACEHOLDER, public_id)
    return reverse("community:commitment_detail", kwargs={"public_id": public_id})


_URL_PLACEHOLDER = "PUBLICID0"


def commitment_url_template() -> str:
    return commitment_url(_URL_PLACEHOLDER)


@dataclass(frozen=True, slots=True)
class CommitmentFacts:
    """What a commitment's record is made of, as plain values: read from a model instance
    (`commitment_facts`, one commitment) or from rows (`CommitmentSource.iter_records`, every
    commitment of a rebuild without building 19 model instances each)."""

    pk: int
    public_id: str
    title: str
    short_title: str
    description: str
    plan_heading: str
    start_date: object
    irm_starred: bool
    latest_completion: str
    irm_opened_government: str
    year: int | None
    member: str
    country: str
    region: str
    milestones: list[str]
    themes: list  # Theme instances, in the relation's order
    areas: list  # ChallengeArea instances, in the relation's order
    policy_areas: list[str]  # tag names, by tagged item


def commitment_facts(commitment) -> CommitmentFacts:
    plan = commitment.action_plan
    member = plan.member
    country = member.country
    return CommitmentFacts(
        pk=commitment.pk,
        public_id=commitment.public_id,
        title=commitment.title,
        short_title=commitment.short_title,
        description=commitment.description,
        plan_heading=commitment.plan_heading,
        start_date=commitment.start_date,
        irm_starred=commitment.irm_starred,
        latest_completion=commitment.latest_completion,
        irm_opened_government=commitment.irm_opened_government,
        year=plan.start_year,
        member=member.name,
        country=country.slug if country else "",
        region=country.region.slug if country and country.region_id else "",
        milestones=[m.title for m in _all(commitment, "milestones")],
        themes=_all(commitment, "themes"),
        areas=_all(commitment, "challenge_areas"),
        policy_areas=_tag_names(commitment, "tagged_policy_areas", "policy_areas"),
    )


def commitment_records(commitment, *, url_template: str | None = None) -> list[dict]:
    return facts_records(commitment_facts(commitment), url_template=url_template)


def facts_records(
    facts: CommitmentFacts,
    *,
    url_template: str | None = None,
    names: Callable = _names,
    stored: tuple[str, str] | None = None,
) -> list[dict]:
    """A commitment's records. `names`: `_names`, or a memo of it (`_names_memo`).

    `stored`: the stored record's (fingerprint, language), to skip guessing the language (a
    third of an unchanged commitment's projection): the record is projected with the stored
    language first, and when that gives the stored fingerprint the record is unchanged, so
    its language is what the guess made of the same title and description (the fingerprint
    covers them, and the analysis's signature the guess). Otherwise the language is guessed.
    (The one case it cannot tell apart: words moved between the end of a description longer
    than the summary and the milestones, which leave the record's fields as they were; its
    language is then guessed again at its next change.)"""
    description = _text(facts.description)
    data = {
        "key": f"commitment:{facts.public_id}",
        "kind": Kind.COMMITMENT,
        "owner": f"commitment:{facts.pk}",
        "group": f"commitment:{facts.public_id}",
        "title": facts.title,
        "summary": description[:SUMMARY_LENGTH],
        "url": commitment_url(facts.public_id, url_template),
        "language": "",
        "themes": sorted(t.slug for t in facts.themes),
        "areas": sorted(a.slug for a in facts.areas),
        "tags": sorted(facts.policy_areas),
        "country": facts.country,
        "region": facts.region,
        "member": facts.member,
        "year": facts.year,
        "date": facts.start_date,
        "quality": commitment_quality(facts),
        "starred": bool(facts.irm_starred),
    }
    heading = facts.plan_heading if facts.plan_heading not in ("", "NA") else ""
    milestones = " ".join(facts.milestones)
    body = " ".join(filter(None, [facts.short_title, heading, description, milestones]))
    # OGP's export names its policy areas in English, whatever the commitment's language
    tag_names = (
        [(name, "en") for name in facts.policy_areas] + names(facts.themes) + names(facts.areas)
    )
    if stored is not None:
        unchanged = finish(data | {"language": stored[1]}, tag_names=tag_names, body=body)
        if unchanged["fingerprint"] == stored[0]:
            return [unchanged]
    data["language"] = analysis.guess_language(f"{facts.title} {description}")
    return [finish(data, tag_names=tag_names, body=body)]


def _names_memo() -> Callable:
    """`_names` with each term's names looked up once (for a rebuild: the labels do not
    change meanwhile)."""
    found: dict[tuple[str, int], list[Name]] = {}

    def names(terms) -> list[Name]:
        result = []
        for term in terms:
            key = (term._meta.label_lower, term.pk)
            if key not in found:
                found[key] = _names([term])
            result += found[key]
        return result

    return names


# --- pages ---------------------------------------------------------------------------------


def _page_is_public(page) -> bool:
    return page.live and page.alias_of_id is None and not page.get_view_restrictions().exists()


def _public_pages_check() -> Callable:
    """`_page_is_public` for many pages, with the view restrictions read once (two queries)
    instead of two queries a page: a page is restricted when a restricted page is itself or
    an ancestor (its path starts with that page's path). A page under an alias (whose
    source's restrictions apply) is checked by Wagtail's own query."""
    Page = apps.get_model("wagtailcore", "Page")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    restricted = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    aliases = tuple(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True))

    def is_public(page) -> bool:
        if not page.live or page.alias_of_id is not None:
            return False
        if aliases and page.path.startswith(aliases):
            return _page_is_public(page)
        return not (restricted and page.path.startswith(restricted))

    return is_public


def _page_base(page, kind) -> dict:
    return {
        "key": f"{kind}:{page.pk}",
        "kind": kind,
        "owner": f"page:{page.pk}",
        "group": f"{kind}:{page.translation_key}",
        "title": page.title,
        "url": page.get_url() or page.url_path,
        "language": page.locale.language_code,
    }


def story_records(page) -> list[dict]:
    country = page.country or (page.member.country if page.member_id else None)
    themes = _all(page, "themes")
    areas = _all(page, "challenge_areas")
    tags = _tag_names(page, "tagged_items", "tags")
    body_field = page._meta.get_field("body")
    body = " ".join(_text(part) for part in body_field.get_searchable_content(page.body))
    data = _page_base(page, Kind.STORY) | {
        "summary": page.intro,
        "themes": sorted(t.slug for t in themes),
        "areas": sorted(a.slug for a in areas),
        "tags": sorted(tags),
        "country": country.slug if country else "",
        "region": country.region.slug if country and country.region_id else "",
        "member": page.member.name if page.member_id else "",
        "year": page.date.year,
        "date": page.date,
        "quality": 0.5,
        "starred": False,
    }
    return [finish(data, tag_names=[*tags, *_names(themes), *_names(areas)], body=body)]


def chapter_records(page) -> list[dict]:
    themes = _all(page, "themes")
    areas = _all(page, "challenge_areas")
    recommendations = _all(page, "recommendations")
    date = page.last_published_at.date() if page.last_published_at else None
    common = {
        "themes": sorted(t.slug for t in themes),
        "areas": sorted(a.slug for a in areas),
        "tags": [],
        "country": "",
        "region": "",
        "member": "",
        "year": date.year if date else None,
        "date": date,
        "quality": 0.6,
        "starred": False,
    }
    tag_names = _names(themes) + _names(areas)
    body = " ".join(f"{r.title}. {_text(r.description)}" for r in recommendations)
    records = [
        finish(
            _page_base(page, Kind.CHAPTER) | common | {"summary": page.intro},
            tag_names=tag_names,
            body=body,
        )
    ]
    url = page.get_url() or page.url_path
    for rec in recommendations:
        description = _text(rec.description)
        data = common | {
            "key": f"{Kind.RECOMMENDATION}:{page.pk}:{rec.pk}",
            "kind": Kind.RECOMMENDATION,
            "owner": f"page:{page.pk}",
            # translations keep a recommendation's place in the chapter, not its pk; one
            # created outside an inline panel has no place, and must not merge with others
            "group": f"{Kind.RECOMMENDATION}:{page.translation_key}:"
            + (str(rec.sort_order) if rec.sort_order is not None else f"pk{rec.pk}"),
            "title": rec.title,
            "summary": description[:SUMMARY_LENGTH],
            "url": f"{url}#rec-{rec.pk}",
            "language": page.locale.language_code,
            "tags": [rec.get_level_display()],
        }
        records.append(finish(data, tag_names=[*tag_names, page.title], body=description))
    return records


def contributed_records(page, contribution) -> list[dict]:
    """The records of a page another app describes (contributions.py), one per
    `PageEvidence`; the first keeps the page's own key."""
    records = []
    for number, evidence in enumerate(contribution.describe(page)):
        data = _page_base(page, evidence.kind)
        if number:
            data["key"] = f"{data['key']}:{number}"
            data["group"] = f"{data['group']}:{number}"
        date = evidence.date
        if evidence.title:
            data["title"] = evidence.title
        data |= {
            "summary": _text(evidence.summary)[:SUMMARY_LENGTH],
            "themes": sorted(t.slug for t in evidence.themes),
            "areas": sorted(a.slug for a in evidence.areas),
            "tags": sorted(evidence.tags),
            "country": "",
            "region": "",
            "member": evidence.context,
            "year": date.year if date else None,
            "date": date,
            "quality": evidence.quality,
            "starred": False,
        }
        if evidence.level:  # (other records have no level: their fingerprints stay as they were)
            data["level"] = evidence.level
        tag_names = [*evidence.tags, *_names(evidence.themes), *_names(evidence.areas)]
        records.append(finish(data, tag_names=tag_names, body=_text(evidence.body)))
    return records


def page_records(page, *, is_public: Callable = _page_is_public) -> list[dict]:
    page = page.specific
    if not is_public(page):
        return []
    if page._meta.label_lower == "stories.storypage":
        return story_records(page)
    if page._meta.label_lower == "guide.guidechapterpage":
        return chapter_records(page)
    contribution = contributions.page_contribution(page._meta.label_lower)
    if contribution is not None:
        return contributed_records(page, contribution)
    return []


def with_dependants(owners: list[str]) -> list[str]:
    """`owners` and the owners whose records show something of theirs (a course's lessons),
    as the contributing apps declare; unpublished pages too (their dependants' records go)."""
    page_ids = [
        int(pk)
        for prefix, _, pk in (o.partition(":") for o in owners)
        if prefix == "page" and pk.isdigit()
    ]
    contributed = contributions.page_contributions()
    if not page_ids or not contributed:
        return owners
    Page = apps.get_model("wagtailcore", "Page")
    extra = []
    for page in Page.objects.filter(pk__in=page_ids).select_related("content_type"):
        label = f"{page.content_type.app_label}.{page.content_type.model}"
        if label in contributed:
            extra += [f"page:{pk}" for pk in contributed[label].dependants(page.specific)]
    return list(dict.fromkeys([*owners, *extra]))


# --- research resources --------------------------------------------------------------------


def resource_records(resource) -> list[dict]:
    themes = _all(resource, "themes")
    areas = _all(resource, "challenge_areas")
    categories = _tag_names(resource, "tagged_categories", "categories")
    abstract = _text(resource.abstract)
    data = {
        "key": f"{Kind.RESEARCH}:{resource.source_id}",
        "kind": Kind.RESEARCH,
        "owner": f"resource:{resource.pk}",
        "group": f"{Kind.RESEARCH}:{resource.source_id}",
        "title": resource.title,
        "summary": abstract[:SUMMARY_LENGTH],
        "url": resource.get_absolute_url(),
        "language": resource.language or "en",
        "themes": sorted(t.slug for t in themes),
        "areas": sorted(a.slug for a in areas),
        "tags": sorted(categories),
        "country": "",
        "region": "",
        "member": ", ".join(a for a in resource.authors[:3] if a),
        "year": resource.year,
        "date": None,
        "quality": 0.5,
        "starred": False,
    }
    tag_names = [*categories, *resource.objectives, *_names(themes), *_names(areas)]
    return [finish(data, tag_names=tag_names, body=abstract)]


# --- the sources ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    prefix: str  # owner prefix

    def queryset(self):
        raise NotImplementedError

    def records(self, obj) -> list[dict]:
        raise NotImplementedError

    def records_function(self) -> Callable[[object], list[dict]]:
        """`records` for projecting every object of the source in one go (what it reads
        once for all of them, it reads here)."""
        return self.records

    def owner(self, obj) -> str:
        return f"{self.prefix}:{obj.pk}"

    def iter_records(self) -> Iterator[tuple[str, list[dict]]]:
        """(owner, records) of every object of the source."""
        queryset = self.queryset()
        iterator = queryset if isinstance(queryset, _Chain) else queryset.iterator(chunk_size=200)
        records = self.records_function()
        for obj in iterator:
            yield self.owner(obj), records(obj)


class CommitmentSource(Source):
    def queryset(self):
        return Commitment.objects.select_related(
            "action_plan__member__country__region"
        ).prefetch_related(
            _prefetch("themes"),
            _prefetch("challenge_areas"),
            _tagged(Commitment, "tagged_policy_areas"),
            _prefetch("milestones"),
        )

    def records(self, obj):
        return commitment_records(obj)

    def iter_records(self) -> Iterator[tuple[str, list[dict]]]:
        """Every commitment's records, read as rows (`values_list`): the commitments by
        primary key in chunks, each chunk's related rows by a range of the same keys, the
        plans, members, countries and the vocabulary once. The records are those
        `commitment_records` makes of the model instances (tested), at less than half the
        cost: the ORM's model instances were most of a rebuild's reading. Each chunk's stored
        fingerprints and languages are read too: an unchanged commitment's language is not
        guessed again (`facts_records`)."""
        url_template = commitment_url_template()
        names = _names_memo()
        plans = {
            pk: (year, member)
            for pk, year, member in ActionPlan.objects.values_list("pk", "start_year", "member_id")
        }
        regions = dict(Region.objects.values_list("pk", "slug"))
        countries = {
            pk: (slug, regions.get(region, "") if region else "")
            for pk, slug, region in Country.objects.values_list("pk", "slug", "region_id")
        }
        members = {
            pk: (name, *countries.get(country, ("", "")))
            for pk, name, country in Member.objects.values_list("pk", "name", "country_id")
        }
        themes = _vocabulary(Theme)
        areas = _vocabulary(ChallengeArea)
        through_themes = Commitment.themes.through.objects
        through_areas = Commitment.challenge_areas.through.objects
        last = 0
        while True:
            rows = list(
                Commitment.objects.filter(pk__gt=last)
                .order_by("pk")
                .values_list(*_COMMITMENT_COLUMNS)[:ROWS_CHUNK]
            )
            if not rows:
                return
            first, last = rows[0][0], rows[-1][0]
            span = {"commitment_id__gte": first, "commitment_id__lte": last}
            milestones = _grouped(
                Milestone.objects.filter(**span)
                .order_by("commitment_id", "sort_order", "pk")
                .values_list("commitment_id", "title")
            )
            tags = _grouped(
                CommitmentPolicyArea.objects.filter(
                    content_object_id__gte=first, content_object_id__lte=last
                )
                .order_by("pk")
                .values_list("content_object_id", "tag__name")
            )
            its_themes = _grouped(
                through_themes.filter(**span).values_list("commitment_id", "theme_id")
            )
            stored = {
                owner: (fingerprint, language)
                for owner, fingerprint, language in EvidenceRecord.objects.filter(
                    kind=Kind.COMMITMENT,
                    owner__in=[f"{self.prefix}:{row[0]}" for row in rows],
                ).values_list("owner", "fingerprint", "language")
            }
            its_areas = _grouped(
                through_areas.filter(**span).values_list("commitment_id", "challengearea_id")
            )
            for (
                pk,
                public_id,
                title,
                short_title,
                description,
                plan_heading,
                start_date,
                starred,
                completion,
                completion_midterm,
                opened,
                plan,
            ) in rows:
                year, member = plans[plan]
                member_name, country, region = members[member]
                facts = CommitmentFacts(
                    pk=pk,
                    public_id=public_id,
                    title=title,
                    short_title=short_title,
                    description=description,
                    plan_heading=plan_heading,
                    start_date=start_date,
                    irm_starred=starred,
                    latest_completion=completion or completion_midterm,
                    irm_opened_government=opened,
                    year=year,
                    member=member_name,
                    country=country,
                    region=region,
                    milestones=milestones.get(pk, []),
                    themes=_in_order(themes, its_themes.get(pk, ())),
                    areas=_in_order(areas, its_areas.get(pk, ())),
                    policy_areas=tags.get(pk, []),
                )
                owner = f"{self.prefix}:{pk}"
                yield (
                    owner,
                    facts_records(
                        facts, url_template=url_template, names=names, stored=stored.get(owner)
                    ),
                )


# Commitments read per chunk by CommitmentSource.iter_records
ROWS_CHUNK = 1000
_COMMITMENT_COLUMNS = (
    "pk",
    "public_id",
    "title",
    "short_title",
    "description",
    "plan_heading",
    "start_date",
    "irm_starred",
    "irm_completion",
    "irm_completion_midterm",
    "irm_opened_government",
    "action_plan_id",
)


def _grouped(pairs) -> dict:
    """{key: [values, in the rows' order]} of (key, value) rows."""
    found: dict = {}
    for key, value in pairs:
        found.setdefault(key, []).append(value)
    return found


def _vocabulary(model) -> dict:
    """{pk: (position in the model's order, term)} of every term of a (small) vocabulary."""
    ordering = [*model._meta.ordering, "pk"]
    return {term.pk: (n, term) for n, term in enumerate(model.objects.order_by(*ordering))}


def _in_order(vocabulary: dict, pks) -> list:
    """The terms of these keys, in their model's order (as a relation's query gives them)."""
    return [term for _, term in sorted(vocabulary[pk] for pk in pks)]


class PageSource(Source):
    def queryset(self):
        stories = StoryPage.objects.live().select_related(
            "locale", "country__region", "member__country__region"
        )
        chapters = GuideChapterPage.objects.live().select_related("locale")
        return _Chain(
            stories.prefetch_related(
                _prefetch("themes"),
                _prefetch("challenge_areas"),
                _tagged(StoryPage, "tagged_items"),
            ),
            chapters.prefetch_related(
                _prefetch("themes"), _prefetch("challenge_areas"), _prefetch("recommendations")
            ),
            *(c.queryset() for c in contributions.page_contributions().values()),
        )

    def records(self, obj):
        return page_records(obj)

    def records_function(self):
        is_public = _public_pages_check()
        Site = apps.get_model("wagtailcore", "Site")
        root_paths = []

        def records(page) -> list[dict]:
            # (Wagtail's per-object copy of the sites' root paths, which `get_url` otherwise
            # reads from the cache for every page: read once, at the first page)
            if not root_paths:
                root_paths.append(Site.get_site_root_paths())
            page._wagtail_cached_site_root_paths = root_paths[0]
            return page_records(page, is_public=is_public)

        return records


class ResourceSource(Source):
    def queryset(self):
        Resource = apps.get_model("resources", "Resource")
        return Resource.objects.prefetch_related(
            _prefetch("themes"),
            _prefetch("challenge_areas"),
            _tagged(Resource, "tagged_categories"),
        )

    def records(self, obj):
        return resource_records(obj)


class _Chain:
    """Several querysets iterated as one, with a total count for the progress bar."""

    def __init__(self, *querysets):
        self.querysets = querysets

    def count(self):
        return sum(qs.count() for qs in self.querysets)

    def __iter__(self) -> Iterator:
        for qs in self.querysets:
            yield from qs.iterator(chunk_size=200)

    def filter(self, **kwargs):
        return _Chain(*(qs.filter(**kwargs) for qs in self.querysets))


def sources() -> dict[str, Source]:
    found = {"commitment": CommitmentSource("commitment"), "page": PageSource("page")}
    if apps.is_installed("resources"):
        found["resource"] = ResourceSource("resource")
    return found


def owner_records(owner: str) -> list[dict]:
    """The records `owner` should have now; [] when the object is gone or not public."""
    prefix, _, pk = owner.partition(":")
    source = sources().get(prefix)
    if source is None or not pk.isdigit():
        return []
    obj = source.queryset().filter(pk=int(pk))
    found = next(iter(obj), None)
    return source.records(found) if found is not None else []


def all_records() -> Iterator[tuple[str, list[dict]]]:
    """(owner, records) for every indexable object; used by rebuild and reconcile."""
    for source in sources().values():
        yield from source.iter_records()


def count_sources() -> int:
    return sum(source.queryset().count() for source in sources().values())
