"""Writes that carry the partnership's rules. Views, the admin, tasks and commands call these."""

import gettext
import io
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Locale

import pycountry
from PIL import Image, ImageOps, UnidentifiedImageError

from . import vocabulary
from .models import ChallengeArea, Country, ReformerProfile, Region, Theme, User

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
)


def profile_for(*, user: User) -> ReformerProfile:
    """The user's profile, unsaved and empty if they have never filled it in."""
    try:
        return user.profile
    except ReformerProfile.DoesNotExist:
        return ReformerProfile(user=user)


def validate_photo(photo) -> None:
    if photo.size > settings.PROFILE_PHOTO_MAX_BYTES:
        raise ValidationError(
            _("The photo is larger than %(size)s MB; please choose a smaller one.")
            % {"size": settings.PROFILE_PHOTO_MAX_BYTES // (1024 * 1024)},
            code="too_large",
        )


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

    A new photo is stored as uploaded and then normalised by a task (resized, stripped of
    its metadata, which can hold the place it was taken) once the transaction commits."""
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"Unknown profile fields: {sorted(unknown)}")
    profile = profile_for(user=user)
    for name, value in fields.items():
        setattr(profile, name, value)
    if not profile.slug:
        profile.slug = unique_slug(ReformerProfile, profile.display_name or "reformer")
    if remove_photo and profile.photo:
        profile.photo.delete(save=False)
    if photo is not None:
        validate_photo(photo)
        profile.photo = photo
    profile.full_clean(exclude=["user", "photo"])
    profile.save()
    profile.themes.set(themes)
    profile.challenge_areas.set(challenge_areas)
    if expertise is not None:
        profile.expertise.set(expertise, clear=True)
    if photo is not None:
        from .tasks import profile_photo_normalise

        transaction.on_commit(lambda: profile_photo_normalise.delay(profile.pk))
    return profile


def profile_photo_normalise(*, profile: ReformerProfile) -> bool:
    """Fit the photo in a square of PROFILE_PHOTO_MAX_SIDE and re-encode it as JPEG without
    its EXIF metadata. Returns False when there is nothing to do."""
    if not profile.photo:
        return False
    side = settings.PROFILE_PHOTO_MAX_SIDE
    try:
        with profile.photo.open("rb") as handle, Image.open(handle) as image:
            image = ImageOps.exif_transpose(image).convert("RGB")
            image.thumbnail((side, side))
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=85)
    except (UnidentifiedImageError, OSError):
        profile.photo.delete(save=False)
        profile.photo = ""
        profile.save(update_fields=["photo"])
        return False
    old_name = profile.photo.name
    profile.photo.save(f"{profile.slug}.jpg", ContentFile(buffer.getvalue()), save=False)
    profile.save(update_fields=["photo"])
    if old_name != profile.photo.name:
        profile.photo.storage.delete(old_name)
    return True
