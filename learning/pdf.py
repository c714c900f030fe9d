"""A certificate as a PDF (ReportLab, with the Vera fonts it ships, as guide/pdf.py)."""

import io

from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext as _

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from guide.pdf import _escape, _register_fonts


def certificate_pdf(certificate) -> bytes:
    _register_fonts()
    centred = {"alignment": 1, "fontName": "Vera"}
    big = ParagraphStyle("big", fontSize=28, leading=34, **{**centred, "fontName": "Vera-Bold"})
    text = ParagraphStyle("text", fontSize=14, leading=20, **centred)
    small = ParagraphStyle("small", fontSize=9, leading=12, textColor="#4a5568", **centred)
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + certificate.get_absolute_url()
    story = [
        Spacer(1, 25 * mm),
        Paragraph(_escape(_("Certificate of completion")), text),
        Spacer(1, 10 * mm),
        Paragraph(_escape(certificate.holder_display_name), big),
        Spacer(1, 8 * mm),
        Paragraph(_escape(_("has completed the course")), text),
        Spacer(1, 4 * mm),
        Paragraph(_escape(certificate.course_title), big),
        Spacer(1, 8 * mm),
        Paragraph(_escape(formats.date_format(certificate.issued_at, "DATE_FORMAT")), text),
        Spacer(1, 20 * mm),
        Paragraph(_escape(_("Verify this certificate at %(url)s") % {"url": url}), small),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        title=certificate.course_title,
        author="OpenGov Commons",
    ).build(story)
    return buffer.getvalue()
