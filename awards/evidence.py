"""Award winners in the evidence index (a winning reform is evidence): how they are described
to the search layer, which registers them (search.api.register_pages, called from apps.py)
and never imports this app.

Each language version of a programme whose results are published gives one record per
winner, of the kind "award" ("Award winner"): titled with the nominee, summarised by the
citation, with the nomination's statement as its text, the programme and category beside
it, and for a commitment its themes and challenge areas (the facets a searcher filters
evidence by). The record leads to the programme's results. Nothing before publication; a
nominee who declined, or a reformer whose profile is not public, is left out (as on the
results page)."""

from search.api import PageEvidence, register_pages

from .models import AwardProgrammePage, original_of

AWARD = "award"  # search.models.Kind value


def programme_evidence(page) -> list[PageEvidence]:
    original = original_of(page)
    if original.results_published_at is None:
        return []
    winners, _shortlist = page.results()
    evidence = []
    for winner in winners:
        commitment = winner.commitment
        themes = list(commitment.themes.all()) if commitment is not None else []
        areas = list(commitment.challenge_areas.all()) if commitment is not None else []
        evidence.append(
            PageEvidence(
                kind=AWARD,
                title=winner.title,
                summary=winner.citation,
                body=f"{winner.statement} {winner.description}",
                themes=themes,
                areas=areas,
                tags=[original.edition, winner.category_name, winner.get_kind_display()],
                context=f"{page.title} · {winner.category_name}",
                date=original.results_published_at.date(),
                quality=0.8,
            )
        )
    return evidence


def register() -> None:
    register_pages(
        "awards.awardprogrammepage",
        queryset=lambda: AwardProgrammePage.objects.live().select_related("locale"),
        describe=programme_evidence,
    )
