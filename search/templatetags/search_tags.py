"""Evidence, related items and peers on other apps' pages, without those apps importing
the search layer: templates ask for them by tag. The tags use the public API (search.api)."""

from django import template

from .. import api

register = template.Library()


@register.inclusion_tag("search/includes/evidence_for.html", takes_context=True)
def evidence_for(context, commitment, limit=6):
    return {
        "hits": api.evidence_for(commitment=commitment, limit=limit),
        "commitment": commitment,
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }


@register.simple_tag
def evidence_of(kind, limit=4, **filters):
    """`{% evidence_of "story" area=area.slug limit=3 as stories %}`: the newest records of
    one kind (story, research, chapter, ...) with these facet values (area, country, theme,
    region), in the reader's language; `stories.hits` and `stories.total`. A filter given an
    empty value matches nothing (rather than being dropped and matching everything)."""
    if not all(filters.values()):
        return api.SearchResults(hits=[], total=0, page=1, per_page=limit)
    wanted = {facet: [value] for facet, value in filters.items()}
    return api.evidence(filters={"type": [kind], **wanted}, sort="date", per_page=limit)


@register.inclusion_tag("search/includes/peers_block.html", takes_context=True)
def peers_for_commitment(context, commitment, limit=4):
    request = context.get("request")
    viewer = getattr(request, "user", None)
    return {
        "peers": api.peers_for(commitment=commitment, viewer=viewer, limit=limit),
        "user": viewer,
    }


@register.inclusion_tag("search/includes/peers_for_me.html", takes_context=True)
def peers_for_me(context, limit=6):
    """Peers for the signed-in reader (the "my network" page), each with its reasons and a
    button to ask them to connect; never anyone they blocked or who blocked them, nor
    anyone they are connected with or have a pending request with."""
    request = context.get("request")
    user = getattr(request, "user", None)
    peers = api.peers_for(user=user, limit=limit) if user and user.is_authenticated else []
    return {"peers": peers, "user": user}


@register.inclusion_tag("search/includes/related.html", takes_context=True)
def related_items(context, kind, pk, limit=4, heading="", evidence_only=False):
    """`{% related_items "story" page.pk %}`; a lesson asks for `evidence_only=True` and
    its own `heading` (translated in its template)."""
    request = context.get("request")
    page_url = request.path if request is not None else ""
    hits = api.related(
        kind=kind, pk=pk, limit=limit, page_url=page_url, evidence_only=evidence_only
    )
    return {"hits": hits, "heading": heading, "LANGUAGE_CODE": context.get("LANGUAGE_CODE")}
