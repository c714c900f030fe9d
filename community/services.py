"""Writes that carry the partnership's rules. Views, the admin, tasks and commands call these."""

import datetime
import gettext
import secrets
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

import pycountry

from core import page_cache

from . import area_stats, listed_counts, photos, vocabulary
from .models import ChallengeArea, ChallengeAreaCount, Country, ReformerProfile, Region, Theme, User

TRANSLATION_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


# --- Locales and vocabulary -------------------------------------------------------------


def locales_ensure() -> dict[str, Locale]:
    """The content locales for every configured language (idempotent)."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def _term_ensure(model, term: vocabulary.Term, locales, translated_field=None, **extra):
    """Create or update the default-locale row of ``term`` and its translations.

    ``translated_field`` names a text field (summary, description) whose French and Spanish
    versions come from the term's ``summary_fr`` / ``summary_es``."""
    default = locales[settings.LANGUAGE_CODE]
    obj = model.objects.filter(locale=default, slug=term.slug).first()
    values = {"name": term.en, **extra}
    if obj is None:
        obj = model.objects.create(locale=default, slug=term.slug, **values)
    elif any(getattr(obj, k) != v for k, v in values.items()):
        for k, v in values.items():
            setattr(obj, k, v)
        obj.save()
    for code in TRANSLATION_LANGUAGES:
        wanted = {"name": getattr(term, code)}
        if translated_field:
            wanted[translated_field] = getattr(term, f"summary_{code}") or extra[translated_field]
        translation = model.objects.filter(
            locale=locales[code], translation_key=obj.translation_key
        ).first()
        if translation is None:
            translation = obj.copy_for_translation(locales[code])
        elif all(getattr(translation, k) == v for k, v in wanted.items()):
            continue
        for k, v in wanted.items():
            setattr(translation, k, v)
        translation.save()
    return obj


@transaction.atomic
def vocabulary_ensure() -> dict[str, dict[str, object]]:
    """Regions, themes and challenge areas of the partnership, in every language.

    Returns the default-locale rows by slug: {"regions": {...}, "themes": {...}, "areas": {...}}.
    """
    locales = locales_ensure()
    regions = {t.slug: _term_ensure(Region, t, locales) for t in vocabulary.REGIONS}
    themes = {
        t.slug: _term_ensure(
            Theme, t, locales, translated_field="description", description=t.summary
        )
        for t in vocabulary.THEMES
    }
    areas = {}
    for order, term in enumerate(vocabulary.CHALLENGE_AREAS, start=1):
        area = _term_ensure(
            ChallengeArea,
            term,
            locales,
            translated_field="summary",
            summary=term.summary,
            is_lead=term.lead,
            sort_order=order * 10,
        )
        wanted = {themes[slug].pk for slug in term.themes}
        if set(area.themes.values_list("pk", flat=True)) != wanted:
            area.themes.set(wanted)
        areas[term.slug] = area
    return {"regions": regions, "themes": themes, "areas": areas}


@cache
def _country_catalogue(language_code: str):
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language_code], fallback=True
    )


def country_ensure(*, iso3: str, name: str, region: Region) -> Country:
    """The country with this ISO code, created with French and Spanish names if new.

    Translated names come from the ISO 3166 catalogues shipped with pycountry; a code
    outside ISO 3166 (Kosovo's XKX) keeps its English name in every language."""
    locales = locales_ensure()
    default = locales[settings.LANGUAGE_CODE]
    country = Country.objects.filter(locale=default, iso3=iso3).first()
    iso_record = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        country = Country.objects.create(
            locale=default,
            iso3=iso3,
            iso2=iso_record.alpha_2 if iso_record else "",
            name=name,
            slug=unique_slug(Country, name, locale=default),
            region=region,
        )
    elif country.region_id != region.pk:
        country.region = region
        country.save(update_fields=["region"])
    for code in TRANSLATION_LANGUAGES:
        if Country.objects.filter(
            locale=locales[code], translation_key=country.translation_key
        ).exists():
            continue
        translation = country.copy_for_translation(locales[code])
        if iso_record is not None:
            translation.name = _country_catalogue(code).gettext(iso_record.name)
        translation.region = (
            Region.objects.filter(
                locale=locales[code], translation_key=region.translation_key
            ).first()
            or region
        )
        translation.save()
    return country


def unique_slug(model, text: str, *, max_length: int = 70, fallback="item", **scope) -> str:
    """A slug for ``text`` not yet used by ``model`` (within ``scope``), suffixed -2, -3..."""
    base = slugify(text)[:max_length] or fallback
    slug, n = base, 2
    while model.objects.filter(slug=slug, **scope).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


# --- Reformer profiles --------------------------------------------------------------------

PROFILE_FIELDS = (
    "display_name",
    "headline",
    "bio",
    "country",
    "organisation",
    "sector",
    "languages",
    "visibility",
    "open_to_peer_exchange",
    "share_contact",
    "contact_links",
)


def profile_for(*, user: User) -> ReformerProfile:
    """The user's profile, unsaved and empty if they have never filled it in."""
    try:
        return user.profile
    except ReformerProfile.DoesNotExist:
        return ReformerProfile(user=user)


SLUG_SUFFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no 0/o, 1/l
SLUG_SUFFIX_LENGTH = 6
SLUG_ATTEMPTS = 8


def _slug_suffix() -> str:
    return "".join(secrets.choice(SLUG_SUFFIX_ALPHABET) for _n in range(SLUG_SUFFIX_LENGTH))


def profile_slug(display_name: str) -> str:
    """The address of a new profile: the name and a random suffix, for everyone. It says
    nothing about other profiles (a "-2" would tell that someone, perhaps hidden, has the
    same name) and needs no look-up, so two people signing up at once cannot collide."""
    base = slugify(display_name)[:60].strip("-") or "reformer"
    return f"{base}-{_slug_suffix()}"


def _profile_insert(profile: ReformerProfile) -> ReformerProfile:
    """Insert a new profile under a fresh slug; on the (rare) collision, try another one.
    Each attempt runs in a savepoint, so a failed insert leaves the transaction usable."""
    for attempt in range(SLUG_ATTEMPTS):
        profile.slug = profile_slug(profile.display_name)
        try:
            with transaction.atomic():
                profile.save(force_insert=True)
            return profile
        except IntegrityError:
            mine = ReformerProfile.objects.filter(user_id=profile.user_id).first()
            if mine is not None:
                # the same person's other request (a double submit) created it meanwhile
                profile.pk, profile.slug = mine.pk, mine.slug
                profile._state.adding = False
                profile.save(force_update=True)
                return profile
            if attempt == SLUG_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


@transaction.atomic
def profile_update(
    *,
    user: User,
    themes=(),
    challenge_areas=(),
    expertise: list[str] | None = None,
    photo=None,
    remove_photo: bool = False,
    **fields,
) -> ReformerProfile:
    """Create or update the user's reformer profile.

    A new photo (an upload, or a photo the form already prepared) is normalised before
    anything is stored: resized, re-encoded, stripped of its metadata (see
    community.photos). A photo that cannot be used raises ValidationError and nothing is
    saved. The replaced or removed file is deleted once the transaction commits."""
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"Unknown profile fields: {sorted(unknown)}")
    prepared = photos.prepare(photo) if photo is not None else None
    profile = profile_for(user=user)
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.full_clean(exclude=["user", "photo", "slug"])
    if prepared is not None:
        profile.photo = prepared
    elif remove_photo:
        profile.photo = ""
    if profile.pk is None:
        profile = _profile_insert(profile)
    else:
        profile.save()
    profile.themes.set(themes)
    profile.challenge_areas.set(challenge_areas)
    if expertise is not None:
        profile.expertise.set(expertise, clear=True)
    return profile


LEGACY_PHOTO_DIR = "profiles"  # where earlier versions kept photos, in public media
ORPHAN_GRACE = datetime.timedelta(hours=1)  # an upload whose transaction is still running


def profile_photos_migrate(*, dry_run: bool = False) -> dict[str, int]:
    """Bring stored photos to the current rules (idempotent; `manage.py
    profile_photos_migrate`). Photos that earlier versions kept in public media
    (profiles/<slug>.jpg) are prepared (resized, metadata stripped), stored in the private
    photo storage under a random name, and deleted from public media; a profile whose file
    is missing or unusable loses the reference; files left behind in public media by replaced
    or removed photos are deleted, and so are files in the photo storage that no profile
    points at (after ORPHAN_GRACE: a rolled-back upload leaves one)."""
    from django.core.files.storage import default_storage

    counts = dict.fromkeys(("kept", "moved", "cleared", "legacy_deleted", "orphans_deleted"), 0)
    for profile in ReformerProfile.objects.exclude(photo="").only("pk", "photo").order_by("pk"):
        name = profile.photo.name
        if "/" not in name and photos.photo_storage.exists(name):
            counts["kept"] += 1
            continue
        prepared = None
        if default_storage.exists(name):
            try:
                with default_storage.open(name, "rb") as handle:
                    prepared = photos.prepare(ContentFile(handle.read(), name=name))
            except ValidationError:
                prepared = None
        counts["moved" if prepared is not None else "cleared"] += 1
        if dry_run:
            continue
        with transaction.atomic():
            profile.photo = prepared if prepared is not None else ""
            profile.save(update_fields=["photo"])
        if default_storage.exists(name):
            default_storage.delete(name)
    counts["legacy_deleted"] = _delete_files(
        default_storage, LEGACY_PHOTO_DIR, keep=set(), dry_run=dry_run
    )
    referenced = set(ReformerProfile.objects.exclude(photo="").values_list("photo", flat=True))
    counts["orphans_deleted"] = _delete_files(
        photos.photo_storage,
        "",
        keep=referenced,
        dry_run=dry_run,
        older_than=timezone.now() - ORPHAN_GRACE,
    )
    return counts


def _delete_files(storage, folder: str, *, keep: set[str], dry_run: bool, older_than=None):
    try:
        _dirs, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return 0
    deleted = 0
    for file_name in files:
        name = f"{folder}/{file_name}" if folder else file_name
        if name in keep:
            continue
        if older_than is not None and storage.get_modified_time(name) > older_than:
            continue
        if not dry_run:
            storage.delete(name)
        deleted += 1
    return deleted


# --- Accounts -----------------------------------------------------------------------------


@transaction.atomic
def account_delete(*, user: User) -> None:
    """Delete an account and everything held about its owner.

    The database does the rest by cascade, and the signals with it: the profile (its photo
    file once the deletion commits), saved searches, self-assessments, allauth's e-mail
    addresses; the profile leaves the peer index (search queues deleted profiles); stories
    that featured the person lose the link, not the story; pages and revisions they wrote
    keep their content without an owner. Every app's part of the personal-data download
    (community.personal_data) is therefore empty afterwards."""
    user.delete()


# --- Challenge areas' figures (community.area_stats) ----------------------------------------


@transaction.atomic
def area_stats_refresh(*, area_ids: list[int]) -> None:
    """Rewrite the stored figures of these areas from the records (queued by
    community.signals after the writes that change them; an area gone is skipped). The
    areas' rows are locked first, so two refreshes of an area run one after the other."""
    ids = list(
        ChallengeArea.objects.select_for_update()
        .filter(pk__in=area_ids)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if not ids:
        return
    figures = area_stats.live(ids)
    ChallengeAreaCount.objects.filter(area_id__in=ids).delete()
    ChallengeAreaCount.objects.bulk_create(
        ChallengeAreaCount(area_id=pk, facet=facet, key=key, count=n)
        for pk in ids
        for facet, key, n in figures[pk].rows()
    )


def area_stats_refresh_all() -> None:
    """Every area's figures (after an import or a bulk load, which send no signal per row)."""
    areas = ChallengeArea.objects.in_default_locale()  # what records point at
    area_stats_refresh(area_ids=list(areas.values_list("pk", flat=True)))


# --- reformers listed by country and area (community.listed_counts) --------------------------


@transaction.atomic
def listed_counts_refresh(*, country_ids: list[int] = (), area_ids: list[int] = ()) -> None:
    """Rewrite the stored counts of reformers listed in these countries and areas from the
    profiles (queued by community.signals after the writes that change them; one gone is
    skipped). Their rows are locked first, so two refreshes of one run one after the other
    and the later counts what the earlier committed."""
    countries = list(
        Country.objects.select_for_update()
        .filter(pk__in=list(country_ids))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    areas = list(
        ChallengeArea.objects.select_for_update()
        .filter(pk__in=list(area_ids))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    counts = listed_counts.live(country_ids=countries, area_ids=areas)
    for (scope, pk), (public, members) in counts.items():
        model = Country if scope == "country" else ChallengeArea
        model.objects.filter(pk=pk).update(listed_public_count=public, listed_members_count=members)
    # written without a model signal: the anonymous pages' cache (core.page_cache) is
    # emptied here, once the counts are committed
    transaction.on_commit(page_cache.invalidate)


def listed_counts_refresh_all() -> None:
    """Every country's and area's count (after a bulk load, which sends no signal per row)."""
    listed_counts_refresh(
        country_ids=list(Country.objects.in_default_locale().values_list("pk", flat=True)),
        area_ids=list(ChallengeArea.objects.in_default_locale().values_list("pk", flat=True)),
    )
