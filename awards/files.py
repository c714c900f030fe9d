"""Supporting files of nominations: checked by their content (never their name or the type
the browser claims), stored under unguessable names in their own private storage
(STORAGES["award_files"], never under the public MEDIA_URL), and served by
`awards.views.nomination_file` to the nominator, staff and the nomination's jurors only.

Accepted: PDF (the `%PDF-` header, and pypdf must read its pages) and JPEG or PNG images
(Pillow must identify and verify them, within a pixel limit). Anything else is refused: an
executable renamed `.pdf`, an SVG (it can carry scripts), a HTML page, a ZIP..."""

import io
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.template.defaultfilters import filesizeformat
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext as _

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader

STORAGE_ALIAS = "award_files"
IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png"}
PDF = "application/pdf"
MAX_PIXELS = 40_000_000


class _AwardFileStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages[STORAGE_ALIAS]


_storage = _AwardFileStorage()


def award_file_storage():
    """The storage of nomination files (a callable, so that migrations name it)."""
    return _storage


def _storages_changed(*, setting, **kwargs):
    if setting == "STORAGES":  # tests point the storage at a temporary folder
        _storage._wrapped = empty


setting_changed.connect(_storages_changed, dispatch_uid="awards-file-storage")


def max_bytes() -> int:
    return settings.AWARD_FILE_MAX_BYTES


def sniff(upload) -> str:
    """The content type of an uploaded file, found from its content; a ValidationError for a
    file too large or of any other type."""
    name = getattr(upload, "name", "") or "?"
    if upload.size > max_bytes():
        raise ValidationError(
            _("%(name)s is larger than %(limit)s."),
            params={"name": name, "limit": filesizeformat(max_bytes())},
            code="file_size",
        )
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    try:
        if data.startswith(b"%PDF-"):
            reader = PdfReader(io.BytesIO(data), strict=False)
            if len(reader.pages) < 1:
                raise ValueError("no pages")
            return PDF
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=list(IMAGE_FORMATS)) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ValueError("too many pixels")
                image.verify()
                return IMAGE_FORMATS[image.format]
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        pass
    except Exception:  # noqa: S110 - whatever a hostile file makes a parser raise: refused
        pass
    raise ValidationError(
        _(
            "%(name)s is not a PDF, JPEG or PNG file. Files are checked by what they "
            "contain, not by their name."
        ),
        params={"name": name},
        code="file_type",
    )
