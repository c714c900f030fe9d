"""Profile photos: checked, normalised and stripped of their metadata as they are uploaded,
stored under unguessable names in their own storage (STORAGES["profile_photos"], never under
the public MEDIA_URL), and served by `community.views.profile_photo` to those who may see
the profile.

Normalising on upload, in the request, means that no photo is ever stored, let alone
published, with the place and time it was taken (EXIF, GPS, XMP, comments)."""

import io
import secrets
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext as _

from PIL import Image, ImageOps, UnidentifiedImageError

STORAGE_ALIAS = "profile_photos"
# What Pillow may parse: the formats the form asks for, and no other decoder.
FORMATS = ("JPEG", "PNG", "WEBP")
JPEG_QUALITY = 85


class _PhotoStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages[STORAGE_ALIAS]


photo_storage = _PhotoStorage()


def profile_photo_storage():
    """The storage of profile photos (a callable, so that migrations name it, not its
    configuration)."""
    return photo_storage


def _storages_changed(*, setting, **kwargs):
    if setting == "STORAGES":  # tests point the storage at a temporary folder
        photo_storage._wrapped = empty


setting_changed.connect(_storages_changed, dispatch_uid="community-photo-storage")


def new_name() -> str:
    """An unguessable file name: 144 random bits, nothing about the person."""
    return f"{secrets.token_urlsafe(18)}.jpg"


def photo_upload_to(instance, _filename) -> str:
    return new_name()


class PreparedPhoto(ContentFile):
    """A photo that has been through `prepare`: a small JPEG without metadata."""

    content_type = "image/jpeg"


def _invalid():
    return ValidationError(
        _(
            "Upload a valid image. The file you uploaded was either not an image or a "
            "corrupted image."
        ),
        code="invalid_image",
    )


def _check_size(upload) -> None:
    size = getattr(upload, "size", None)
    if size is not None and size > settings.PROFILE_PHOTO_MAX_BYTES:
        raise ValidationError(
            _("The photo is larger than %(size)s MB; please choose a smaller one.")
            % {"size": settings.PROFILE_PHOTO_MAX_BYTES // (1024 * 1024)},
            code="too_large",
        )


def _check_pixels(width: int, height: int) -> None:
    limit = settings.PROFILE_PHOTO_MAX_PIXELS
    if width * height > limit:
        raise ValidationError(
            _(
                "The photo is %(width)d × %(height)d pixels, more than the %(limit)s "
                "megapixels we accept; please choose a smaller one."
            )
            % {"width": width, "height": height, "limit": f"{limit / 1_000_000:g}"},
            code="too_many_pixels",
        )


def _flatten(image: Image.Image) -> Image.Image:
    """RGB pixels only, transparency on white, in a new image that carries no metadata
    (`info` of the decoded image holds EXIF, XMP, ICC profiles and comments)."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        clean = Image.new("RGB", rgba.size, (255, 255, 255))
        clean.paste(rgba, mask=rgba.getchannel("A"))
        return clean
    clean = Image.new("RGB", image.size)
    clean.paste(image.convert("RGB"))
    return clean


def prepare(upload) -> PreparedPhoto:
    """Check an uploaded photo and turn it into the JPEG we store: upright (EXIF
    orientation applied), fitting in PROFILE_PHOTO_MAX_SIDE, without any metadata.

    The pixel dimensions are read from the header and checked against
    PROFILE_PHOTO_MAX_PIXELS before anything is decoded. Raises ValidationError."""
    if isinstance(upload, PreparedPhoto):
        return upload
    _check_size(upload)
    side = settings.PROFILE_PHOTO_MAX_SIDE
    try:
        upload.seek(0)
        with warnings.catch_warnings():
            # Pillow warns (and past twice its own limit refuses) on huge headers; ours is
            # lower and checked just below, with a message the person can act on.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(upload, formats=FORMATS)  # reads the header only
        with image:
            _check_pixels(*image.size)
            image.draft("RGB", (side, side))  # JPEG: decode at 1/2 .. 1/8 scale
            upright = ImageOps.exif_transpose(image)
            clean = _flatten(upright)
        clean.thumbnail((side, side))
        buffer = io.BytesIO()
        clean.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    except Image.DecompressionBombError:
        raise ValidationError(
            _("The photo has too many pixels; please choose a smaller one."),
            code="too_many_pixels",
        ) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise _invalid() from None
    photo = PreparedPhoto(buffer.getvalue(), name=new_name())
    return photo


def delete_file(name: str) -> None:
    """Remove a stored photo; a missing file is not an error."""
    if name:
        photo_storage.delete(name)
