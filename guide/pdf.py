"""The tailored guide report as a PDF (ReportLab, with the Bitstream Vera fonts it ships so
that accents and typographic punctuation render in every language)."""

import html
import io
from pathlib import Path

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from .levels import Level

_FONTS = Path(reportlab.__file__).parent / "fonts"


def _register_fonts():
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", _FONTS / "Vera.ttf"))
        pdfmetrics.registerFont(TTFont("Vera-Bold", _FONTS / "VeraBd.ttf"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def report_pdf(index, sections) -> bytes:
    _register_fonts()
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Vera", fontSize=10,
                          leading=14)  # fmt: skip
    h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="Vera-Bold")
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="Vera-Bold")
    h3 = ParagraphStyle("h3", parent=styles["Heading3"], fontName="Vera-Bold", fontSize=11)
    meta = ParagraphStyle("meta", parent=body, textColor="#4a5568", fontSize=9)
    levels = dict(Level.choices)

    story = [Paragraph(_escape(index.title), h1)]
    story.append(Paragraph(_escape(_("A tailored report for your co-creation meetings.")), meta))
    for chapter, recommendations in sections:
        story += [Spacer(1, 6 * mm), Paragraph(_escape(chapter.title), h2)]
        story.append(Paragraph(_escape(chapter.intro), body))
        for rec in recommendations:
            story += [Spacer(1, 3 * mm), Paragraph(_escape(rec.title), h3)]
            story.append(Paragraph(_escape(str(levels.get(rec.level, rec.level))), meta))
            text = html.unescape(strip_tags(rec.description))  # rich text holds entities
            story.append(Paragraph(_escape(text), body))
            examples = [
                f"{c.public_id} · {c.title} ({c.action_plan.member.name})"
                for c in rec.example_commitments.all()
            ]
            if examples:
                label = _("Examples")
                story.append(Paragraph(_escape(f"{label}: " + "; ".join(examples)), meta))
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer, pagesize=A4, title=index.title, author="OpenGov Commons",
        leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
    ).build(story)  # fmt: skip
    return buffer.getvalue()
