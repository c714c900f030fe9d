"""Nomination files are checked by their content: a renamed executable, a file over the
limit, an SVG with a script, a fake PDF are refused; PDFs and images pass."""

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from awards.files import sniff
from tests.awards.factories import pdf_upload, png_upload

# The start of a Windows executable (MZ header, DOS stub), named and typed as a PDF.
EXECUTABLE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + b"\x00" * 48
    + (b"This program cannot be run in DOS mode.\r\r\n$")
)
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)


def test_pdfs_and_images_are_accepted_for_what_they_are():
    assert sniff(pdf_upload()) == "application/pdf"
    assert sniff(png_upload()) == "image/png"
    # the name does not matter, the content does
    assert sniff(png_upload(name="scan.pdf")) == "image/png"


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("report.pdf", EXECUTABLE, content_type="application/pdf"),
        SimpleUploadedFile("picture.png", SVG, content_type="image/png"),
        SimpleUploadedFile("drawing.svg", SVG, content_type="image/svg+xml"),
        SimpleUploadedFile("fake.pdf", b"%PDF-1.7\nnot a PDF", content_type="application/pdf"),
        SimpleUploadedFile("page.jpg", b"<html><script>x()</script>", content_type="image/jpeg"),
        SimpleUploadedFile("empty.pdf", b"", content_type="application/pdf"),
    ],
    ids=["renamed executable", "svg as png", "svg", "fake pdf", "html as jpg", "empty"],
)  # fmt: skip
def test_anything_else_is_refused_with_a_clear_message(upload):
    with pytest.raises(ValidationError) as refused:
        sniff(upload)
    assert refused.value.code == "file_type"
    assert upload.name in refused.value.message % refused.value.params


def test_a_file_over_the_limit_is_refused_before_it_is_read(settings):
    settings.AWARD_FILE_MAX_BYTES = 1024
    upload = png_upload(size=(400, 400))  # a few kB of PNG
    assert upload.size > 1024
    with pytest.raises(ValidationError) as refused:
        sniff(upload)
    assert refused.value.code == "file_size"
