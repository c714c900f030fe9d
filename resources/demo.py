"""Demo research: six short briefs by the OpenGov Commons team (imaginary, written for the demo).

Creates the briefs that are missing and leaves existing ones as editors left them, so
running it again changes nothing."""

from community.services import vocabulary_ensure

from . import services, vocabulary
from .models import Resource

TEAM = "OpenGov Commons research team"

BRIEFS = [
    {
        "source_id": "ogc-demo-01",
        "title": "Registers people use: data quality in beneficial ownership registers",
        "kind": Resource.Kind.WHITE_PAPER,
        "year": 2024,
        "authors": [TEAM],
        "categories": ["Open Data", "Open Contracting"],
        "methodologies": ["Comparative Analysis"],
        "places": ["Europe", "Africa"],
        "abstract": (
            "A register of the real owners of companies only deters corruption if journalists, "
            "banks and procurement officers can rely on it. This brief compares how twelve "
            "imaginary registers check the entries they receive, link them to company and "
            "procurement records, and correct them when a reader reports an error. Registers "
            "that verified identities at filing time and published bulk data under an open "
            "licence were consulted far more often than those offering a search box alone."
        ),
    },
    {
        "source_id": "ogc-demo-02",
        "title": "Participatory budgeting after the pilot: keeping residents in the room",
        "kind": Resource.Kind.WORKING_PAPER,
        "year": 2023,
        "authors": [TEAM],
        "categories": ["Participatory Budgeting", "Citizen Engagement and Crowdsourcing"],
        "methodologies": ["Case Studies"],
        "places": ["Latin America"],
        "abstract": (
            "Many municipalities run a first participatory budget with enthusiasm and a second "
            "one with half the turnout. Drawing on interviews with organisers in four "
            "fictional towns, this paper follows what happened to the projects residents "
            "chose, and finds that turnout held up where the town reported back on every "
            "project, including the delayed ones, before the next vote opened."
        ),
    },
    {
        "source_id": "ogc-demo-03",
        "title": "Request, refuse, appeal: following information requests through five portals",
        "kind": Resource.Kind.RESEARCH_REPORT,
        "year": 2022,
        "authors": [TEAM],
        "categories": ["Freedom of Information", "Data Analysis"],
        "methodologies": ["Quantitative Analysis"],
        "abstract": (
            "Online request portals make it easy to ask a public body for information; they "
            "say less about what happens next. This report traces a sample of requests from "
            "filing to final answer on five made-up national portals, counting deadlines met, "
            "exemptions cited and appeals won. Publishing each body's response times on the "
            "portal itself was the change most often followed by faster answers."
        ),
    },
    {
        "source_id": "ogc-demo-04",
        "title": "Algorithms on the record: how cities publish registers of automated decisions",
        "kind": Resource.Kind.WHITE_PAPER,
        "year": 2024,
        "authors": [TEAM],
        "categories": ["Data Governance", "Smart Cities"],
        "methodologies": ["Comparative Analysis", "Conceptual Framework"],
        "places": ["Europe"],
        "abstract": (
            "When a city uses software to rank benefit claims or schedule inspections, "
            "residents rarely know. A public register of such systems is a modest first step. "
            "This brief proposes a short list of fields every entry should have (purpose, data "
            "used, human review, a contact for complaints) and shows, with invented examples, "
            "how an entry written for specialists can be rewritten for the people affected."
        ),
    },
    {
        "source_id": "ogc-demo-05",
        "title": "Co-creating action plans online: what changed when consultations went digital",
        "kind": Resource.Kind.CONFERENCE_PAPER,
        "year": 2021,
        "authors": [TEAM],
        "categories": ["Co-Creation", "Civic Technology"],
        "methodologies": ["Survey", "Qualitative Analysis"],
        "abstract": (
            "During the pandemic many action-plan consultations moved online. Using a survey "
            "of participants in three imaginary co-creation processes, this paper finds that "
            "online formats drew more participants from outside the capital but fewer "
            "first-time participants, and that short recorded briefings before each session "
            "did more for the quality of proposals than longer meetings."
        ),
    },
    {
        "source_id": "ogc-demo-06",
        "title": "Open contracting in emergencies: transparency under time pressure",
        "kind": Resource.Kind.RESEARCH_REPORT,
        "year": 2023,
        "authors": [TEAM],
        "categories": ["Open Contracting", "Open Data"],
        "methodologies": ["Case Studies"],
        "sectors": ["Health", "Crisis Response"],
        "abstract": (
            "Emergency procurement trades competition for speed, which is exactly when "
            "publication matters most. This report sets out, through fictional cases, the "
            "minimum a buyer can publish within days of an emergency award (who, what, how "
            "much, why no tender) and how auditors and reporters used such notices to spot "
            "overpriced contracts while there was still time to act."
        ),
    },
]


def load_resources() -> str:
    vocab = vocabulary_ensure()
    created = 0
    for brief in BRIEFS:
        if Resource.objects.filter(source_id=brief["source_id"]).exists():
            continue
        data = dict(brief)
        theme_slugs, area_slugs = vocabulary.classify(data["categories"])
        services.resource_create(
            themes=[vocab["themes"][slug] for slug in sorted(theme_slugs)],
            challenge_areas=[vocab["areas"][slug] for slug in sorted(area_slugs)],
            date_label=str(data["year"]),
            **data,
        )
        created += 1
    return f"{created} research briefs created ({len(BRIEFS)} in all)"
