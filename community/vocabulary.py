"""The partnership's controlled vocabulary, and how OGP's policy-area columns map onto it.

The importer and the demo content both read this module, so the themes and challenge areas
an import assigns are the ones editors see in the admin. Names are given in the three
working languages; the French and Spanish rows are created as translations of the English
ones (see services.vocabulary_ensure)."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Term:
    slug: str
    en: str
    fr: str
    es: str
    summary: str = ""
    lead: bool = False
    themes: tuple[str, ...] = field(default_factory=tuple)


REGIONS = [
    Term(
        "africa-middle-east",
        "Africa and the Middle East",
        "Afrique et Moyen-Orient",
        "África y Medio Oriente",
    ),
    Term("americas", "Americas", "Amériques", "Américas"),
    Term("asia-pacific", "Asia and the Pacific", "Asie et Pacifique", "Asia y el Pacífico"),
    Term("europe", "Europe", "Europe", "Europa"),
]
# OGP's "Region" column, as spelled in its export.
REGION_BY_OGP_NAME = {term.en: term.slug for term in REGIONS}

THEMES = [
    Term("anti-corruption", "Anti-corruption", "Lutte contre la corruption", "Anticorrupción"),
    Term("climate", "Climate and environment", "Climat et environnement", "Clima y medio ambiente"),
    Term("digital-governance", "Digital governance", "Gouvernance numérique", "Gobernanza digital"),
    Term("justice", "Justice", "Justice", "Justicia"),
    Term("civic-space", "Civic space", "Espace civique", "Espacio cívico"),
    Term(
        "participation-inclusion",
        "Participation and inclusion",
        "Participation et inclusion",
        "Participación e inclusión",
    ),
    Term(
        "access-to-information",
        "Access to information",
        "Accès à l'information",
        "Acceso a la información",
    ),
    Term("fiscal-openness", "Fiscal openness", "Transparence budgétaire", "Apertura fiscal"),
    Term(
        "public-service-delivery",
        "Public service delivery",
        "Services publics",
        "Prestación de servicios públicos",
    ),
    Term("natural-resources", "Natural resources", "Ressources naturelles", "Recursos naturales"),
]

CHALLENGE_AREAS = [
    Term(
        "anti-corruption",
        "Anti-corruption",
        "Lutte contre la corruption",
        "Anticorrupción",
        summary="Beneficial ownership, open contracting, lobbying, political finance and "
        "asset disclosure: closing the gaps through which public money and influence leak.",
        lead=True,
        themes=("anti-corruption",),
    ),
    Term(
        "digital-governance",
        "Digital governance",
        "Gouvernance numérique",
        "Gobernanza digital",
        summary="Democratic governance of digital tools and data: algorithms the public can "
        "question, data protected and shared on fair terms, online spaces kept civic.",
        lead=True,
        themes=("digital-governance",),
    ),
    Term(
        "climate-environment",
        "Climate and environment",
        "Climat et environnement",
        "Clima y medio ambiente",
        summary="Transparency of climate finance, open climate data and people's "
        "participation in climate policy.",
        lead=True,
        themes=("climate", "natural-resources"),
    ),
    Term(
        "justice",
        "Justice",
        "Justice",
        "Justicia",
        summary="Access to justice for everyone and open, accountable justice institutions.",
        lead=True,
        themes=("justice",),
    ),
    Term(
        "access-to-information",
        "Access to information",
        "Accès à l'information",
        "Acceso a la información",
        summary="Right-to-information laws that work in practice, and open data by default.",
        themes=("access-to-information",),
    ),
    Term(
        "civic-space",
        "Civic space",
        "Espace civique",
        "Espacio cívico",
        summary="Freedom of association, assembly and expression, and an enabling "
        "environment for civil society.",
        themes=("civic-space",),
    ),
    Term(
        "fiscal-openness",
        "Fiscal openness",
        "Transparence budgétaire",
        "Apertura fiscal",
        summary="Budgets, taxes and debt that citizens can read, question and shape.",
        themes=("fiscal-openness",),
    ),
    Term(
        "gender-inclusion",
        "Gender and inclusion",
        "Genre et inclusion",
        "Género e inclusión",
        summary="Reforms designed with and for women, young people, people with "
        "disabilities and every group that open government too often leaves out.",
        themes=("participation-inclusion",),
    ),
    Term(
        "media-freedom",
        "Media freedom",
        "Liberté des médias",
        "Libertad de prensa",
        summary="Protection of journalists, media ownership transparency and answers to "
        "disinformation that do not curb free expression.",
        themes=("civic-space",),
    ),
    Term(
        "public-participation",
        "Public participation",
        "Participation citoyenne",
        "Participación ciudadana",
        summary="People taking part in the decisions that affect them, from participatory "
        "budgets to open parliaments and lawmaking.",
        themes=("participation-inclusion",),
    ),
]


@dataclass(frozen=True)
class PolicyAreaMapping:
    themes: tuple[str, ...] = ()
    challenge_areas: tuple[str, ...] = ()


def _m(themes=(), areas=()):
    return PolicyAreaMapping(tuple(themes), tuple(areas))


_ANTI_CORRUPTION = _m(["anti-corruption"], ["anti-corruption"])
_ACCESS = _m(["access-to-information"], ["access-to-information"])
_CIVIC = _m(["civic-space"], ["civic-space"])
_PARTICIPATION = _m(["participation-inclusion"], ["public-participation"])
_DIGITAL = _m(["digital-governance"], ["digital-governance"])
_CLIMATE = _m(["climate"], ["climate-environment"])
_FISCAL = _m(["fiscal-openness"], ["fiscal-openness"])
_INCLUSION = _m(["participation-inclusion"], ["gender-inclusion"])
_JUSTICE = _m(["justice"], ["justice"])
_SERVICES = _m(["public-service-delivery"])
_RESOURCES = _m(["natural-resources"])
_TAG_ONLY = _m()

# Every policy-area flag column of OGP's commitments export, in the export's order. A flag
# set to 1 tags the commitment with the column's name as a policy area, and adds the themes
# and challenge areas mapped here. Generic columns (legislation, capacity building, ...) stay
# tags only: they say how a reform is made, not what it is about.
POLICY_AREA_COLUMNS: dict[str, PolicyAreaMapping] = {
    "Anti-Corruption and Integrity": _ANTI_CORRUPTION,
    "Anti-corruption Institutions": _ANTI_CORRUPTION,
    "Anti-Corruption Strategies": _ANTI_CORRUPTION,
    "Asset Disclosure": _ANTI_CORRUPTION,
    "Audits": _ANTI_CORRUPTION,
    "Beneficial Ownership": _ANTI_CORRUPTION,
    "Conflicts Of Interest": _ANTI_CORRUPTION,
    "Elections": _m(["civic-space", "participation-inclusion"], ["public-participation"]),
    "Political Finance": _ANTI_CORRUPTION,
    "Lobbying": _ANTI_CORRUPTION,
    "Open Contracting": _ANTI_CORRUPTION,
    "Public Procurement": _ANTI_CORRUPTION,
    "Right To Information": _ACCESS,
    "Whistleblower Protections": _ANTI_CORRUPTION,
    "Civic Space and Enabling Environment": _CIVIC,
    "Freedom of Assembly": _CIVIC,
    "Freedom of Association": _CIVIC,
    "Freedom of Expression": _m(["civic-space"], ["civic-space", "media-freedom"]),
    "Democratizing Decision-Making": _PARTICIPATION,
    "Digital Participation": _m(
        ["participation-inclusion", "digital-governance"],
        ["public-participation", "digital-governance"],
    ),
    "Mainstreaming Participation": _PARTICIPATION,
    "Regulatory Governance": _TAG_ONLY,
    "Social Accountability": _m(
        ["participation-inclusion", "anti-corruption"], ["public-participation"]
    ),
    "Digital Governance": _DIGITAL,
    "Automated Decision-making": _DIGITAL,
    "Data Stewardship and Privacy": _DIGITAL,
    "Digital Inclusion": _m(
        ["digital-governance", "participation-inclusion"],
        ["digital-governance", "gender-inclusion"],
    ),
    "Disinformation/Misinformation": _m(
        ["digital-governance", "civic-space"], ["digital-governance", "media-freedom"]
    ),
    "Online Civic Space": _m(
        ["digital-governance", "civic-space"], ["digital-governance", "civic-space"]
    ),
    "Environment & Climate": _CLIMATE,
    "Climate Finance": _m(["climate", "fiscal-openness"], ["climate-environment"]),
    "Climate Mitigation and Adaptation": _CLIMATE,
    "Environmental Regulation": _CLIMATE,
    "International Environmental Agreements": _CLIMATE,
    "Fiscal Openness": _FISCAL,
    "Publication Of Budget/Fiscal Information": _FISCAL,
    "Public Participation In Budget/Fiscal Policy": _m(
        ["fiscal-openness", "participation-inclusion"],
        ["fiscal-openness", "public-participation"],
    ),
    "Oversight Of Budget/Fiscal Policies": _FISCAL,
    "Stimulus and Economic Recovery": _FISCAL,
    "Tax": _FISCAL,
    "Debt": _FISCAL,
    "Inclusion": _INCLUSION,
    "Gender": _INCLUSION,
    "Gender-Based Violence": _m(["participation-inclusion", "justice"], ["gender-inclusion"]),
    "Economic Inclusion": _INCLUSION,
    "LGBTQIA+": _INCLUSION,
    "People with Disabilities": _INCLUSION,
    "Youth": _INCLUSION,
    "Justice": _JUSTICE,
    "Access to Justice": _JUSTICE,
    "Open Justice": _JUSTICE,
    "Policing & Corrections": _JUSTICE,
    "Judiciary": _JUSTICE,
    "Open Parliaments": _PARTICIPATION,
    "Public Service Delivery": _SERVICES,
    "Citizenship & Immigration": _SERVICES,
    "Education": _SERVICES,
    "Health & Nutrition": _SERVICES,
    "Infrastructure & Transport": _SERVICES,
    "Water & Sanitation": _SERVICES,
    "Capacity Building": _TAG_ONLY,
    "Digital Transformation": _DIGITAL,
    "Legislation": _TAG_ONLY,
    "Regulation": _TAG_ONLY,
    "Legislative Oversight": _m(["anti-corruption", "participation-inclusion"]),
    "Open Data": _m(["access-to-information", "digital-governance"], ["access-to-information"]),
    "Public Participation": _PARTICIPATION,
    "Aid": _FISCAL,
    "Energy": _m(["natural-resources", "climate"], ["climate-environment"]),
    "Extractive Industries": _m(["natural-resources", "anti-corruption"]),
    "Land and Spatial Planning": _RESOURCES,
    "Media & Telecommunications": _m(["civic-space"], ["media-freedom"]),
    "Science & Technology": _TAG_ONLY,
    "Security & Public Safety": _TAG_ONLY,
    "Labor": _TAG_ONLY,
    "Private Sector": _TAG_ONLY,
    "Subnational": _TAG_ONLY,
    "Human Rights": _m(["civic-space", "justice"]),
    "Open Parliament Plan": _PARTICIPATION,
    "Sustainable Development Goals": _TAG_ONLY,
    "Open Data (Water/Sanitation)": _m(["access-to-information", "public-service-delivery"]),
    "Open Data (Health)": _m(["access-to-information", "public-service-delivery"]),
    "Open Data (Education)": _m(["access-to-information", "public-service-delivery"]),
    "Participation in Lawmaking": _PARTICIPATION,
    "Access to information": _ACCESS,
    "Money in Politics": _ANTI_CORRUPTION,
}
