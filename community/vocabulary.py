"""The partnership's controlled vocabulary, and how OGP's policy-area columns map onto it.

The importer and the demo content both read this module, so the themes and challenge areas
an import assigns are the ones editors see in the admin. Names are given in the three
working languages; the French and Spanish rows are created as translations of the English
ones (see services.vocabulary_ensure)."""

from dataclasses import dataclass, field

# _() marks each name for the message catalogues and leaves it as it is (the key is the
# name the source data uses); pages show the translation through community.labels.
from django.utils.translation import gettext_noop as _


@dataclass(frozen=True)
class Term:
    slug: str
    en: str
    fr: str
    es: str
    summary: str = ""
    summary_fr: str = ""
    summary_es: str = ""
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
        summary_fr=(
            "Propriété effective, commande publique ouverte, lobbying, financement "
            "politique et déclarations de patrimoine : fermer les brèches par lesquelles "
            "fuient l'argent public et l'influence."
        ),
        summary_es=(
            "Beneficiarios finales, contratación abierta, cabildeo, financiamiento político"
            " y declaraciones patrimoniales: cerrar las brechas por donde se escapan el "
            "dinero público y la influencia."
        ),
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
        summary_fr=(
            "Gouvernance démocratique des outils numériques et des données : des "
            "algorithmes que le public peut interroger, des données protégées et partagées "
            "équitablement, des espaces en ligne qui restent civiques."
        ),
        summary_es=(
            "Gobernanza democrática de las herramientas digitales y los datos: algoritmos "
            "que el público puede cuestionar, datos protegidos y compartidos en condiciones"
            " justas, espacios en línea que siguen siendo cívicos."
        ),
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
        summary_fr=(
            "Transparence de la finance climat, données climatiques ouvertes et "
            "participation de la population aux politiques climatiques."
        ),
        summary_es=(
            "Transparencia del financiamiento climático, datos climáticos abiertos y "
            "participación de la ciudadanía en la política climática."
        ),
    ),
    Term(
        "justice",
        "Justice",
        "Justice",
        "Justicia",
        summary="Access to justice for everyone and open, accountable justice institutions.",
        lead=True,
        themes=("justice",),
        summary_fr=(
            "L'accès à la justice pour toutes et tous, et des institutions judiciaires "
            "ouvertes et redevables."
        ),
        summary_es=(
            "Acceso a la justicia para todas las personas e instituciones de justicia "
            "abiertas y que rinden cuentas."
        ),
    ),
    Term(
        "access-to-information",
        "Access to information",
        "Accès à l'information",
        "Acceso a la información",
        summary="Right-to-information laws that work in practice, and open data by default.",
        themes=("access-to-information",),
        summary_fr=(
            "Des lois sur le droit à l'information qui fonctionnent en pratique, et des "
            "données ouvertes par défaut."
        ),
        summary_es=(
            "Leyes de acceso a la información que funcionan en la práctica y datos abiertos"
            " por defecto."
        ),
    ),
    Term(
        "civic-space",
        "Civic space",
        "Espace civique",
        "Espacio cívico",
        summary="Freedom of association, assembly and expression, and an enabling "
        "environment for civil society.",
        themes=("civic-space",),
        summary_fr=(
            "Libertés d'association, de réunion et d'expression, et un environnement "
            "favorable à la société civile."
        ),
        summary_es=(
            "Libertad de asociación, de reunión y de expresión, y un entorno propicio para "
            "la sociedad civil."
        ),
    ),
    Term(
        "fiscal-openness",
        "Fiscal openness",
        "Transparence budgétaire",
        "Apertura fiscal",
        summary="Budgets, taxes and debt that citizens can read, question and shape.",
        themes=("fiscal-openness",),
        summary_fr=(
            "Des budgets, des impôts et une dette que les citoyens peuvent lire, "
            "questionner et influencer."
        ),
        summary_es=(
            "Presupuestos, impuestos y deuda que la ciudadanía puede leer, cuestionar e influir."
        ),
    ),
    Term(
        "gender-inclusion",
        "Gender and inclusion",
        "Genre et inclusion",
        "Género e inclusión",
        summary="Reforms designed with and for women, young people, people with "
        "disabilities and every group that open government too often leaves out.",
        themes=("participation-inclusion",),
        summary_fr=(
            "Des réformes conçues avec et pour les femmes, les jeunes, les personnes "
            "handicapées et tous les groupes que le gouvernement ouvert oublie trop "
            "souvent."
        ),
        summary_es=(
            "Reformas diseñadas con y para las mujeres, las personas jóvenes, las personas "
            "con discapacidad y todos los grupos que el gobierno abierto con demasiada "
            "frecuencia deja fuera."
        ),
    ),
    Term(
        "media-freedom",
        "Media freedom",
        "Liberté des médias",
        "Libertad de prensa",
        summary="Protection of journalists, media ownership transparency and answers to "
        "disinformation that do not curb free expression.",
        themes=("civic-space",),
        summary_fr=(
            "Protection des journalistes, transparence de la propriété des médias et "
            "réponses à la désinformation qui ne restreignent pas la liberté d'expression."
        ),
        summary_es=(
            "Protección de periodistas, transparencia en la propiedad de los medios y "
            "respuestas a la desinformación que no restringen la libertad de expresión."
        ),
    ),
    Term(
        "public-participation",
        "Public participation",
        "Participation citoyenne",
        "Participación ciudadana",
        summary="People taking part in the decisions that affect them, from participatory "
        "budgets to open parliaments and lawmaking.",
        themes=("participation-inclusion",),
        summary_fr=(
            "Des personnes qui prennent part aux décisions qui les concernent, des budgets "
            "participatifs aux parlements ouverts et à l'élaboration des lois."
        ),
        summary_es=(
            "Personas que participan en las decisiones que les afectan, desde los "
            "presupuestos participativos hasta los parlamentos abiertos y la elaboración de"
            " leyes."
        ),
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
    _("Anti-Corruption and Integrity"): _ANTI_CORRUPTION,
    _("Anti-corruption Institutions"): _ANTI_CORRUPTION,
    _("Anti-Corruption Strategies"): _ANTI_CORRUPTION,
    _("Asset Disclosure"): _ANTI_CORRUPTION,
    _("Audits"): _ANTI_CORRUPTION,
    _("Beneficial Ownership"): _ANTI_CORRUPTION,
    _("Conflicts Of Interest"): _ANTI_CORRUPTION,
    _("Elections"): _m(["civic-space", "participation-inclusion"], ["public-participation"]),
    _("Political Finance"): _ANTI_CORRUPTION,
    _("Lobbying"): _ANTI_CORRUPTION,
    _("Open Contracting"): _ANTI_CORRUPTION,
    _("Public Procurement"): _ANTI_CORRUPTION,
    _("Right To Information"): _ACCESS,
    _("Whistleblower Protections"): _ANTI_CORRUPTION,
    _("Civic Space and Enabling Environment"): _CIVIC,
    _("Freedom of Assembly"): _CIVIC,
    _("Freedom of Association"): _CIVIC,
    _("Freedom of Expression"): _m(["civic-space"], ["civic-space", "media-freedom"]),
    _("Democratizing Decision-Making"): _PARTICIPATION,
    _("Digital Participation"): _m(
        ["participation-inclusion", "digital-governance"],
        ["public-participation", "digital-governance"],
    ),
    _("Mainstreaming Participation"): _PARTICIPATION,
    _("Regulatory Governance"): _TAG_ONLY,
    _("Social Accountability"): _m(
        ["participation-inclusion", "anti-corruption"], ["public-participation"]
    ),
    _("Digital Governance"): _DIGITAL,
    _("Automated Decision-making"): _DIGITAL,
    _("Data Stewardship and Privacy"): _DIGITAL,
    _("Digital Inclusion"): _m(
        ["digital-governance", "participation-inclusion"],
        ["digital-governance", "gender-inclusion"],
    ),
    _("Disinformation/Misinformation"): _m(
        ["digital-governance", "civic-space"], ["digital-governance", "media-freedom"]
    ),
    _("Online Civic Space"): _m(
        ["digital-governance", "civic-space"], ["digital-governance", "civic-space"]
    ),
    _("Environment & Climate"): _CLIMATE,
    _("Climate Finance"): _m(["climate", "fiscal-openness"], ["climate-environment"]),
    _("Climate Mitigation and Adaptation"): _CLIMATE,
    _("Environmental Regulation"): _CLIMATE,
    _("International Environmental Agreements"): _CLIMATE,
    _("Fiscal Openness"): _FISCAL,
    _("Publication Of Budget/Fiscal Information"): _FISCAL,
    _("Public Participation In Budget/Fiscal Policy"): _m(
        ["fiscal-openness", "participation-inclusion"],
        ["fiscal-openness", "public-participation"],
    ),
    _("Oversight Of Budget/Fiscal Policies"): _FISCAL,
    _("Stimulus and Economic Recovery"): _FISCAL,
    _("Tax"): _FISCAL,
    _("Debt"): _FISCAL,
    _("Inclusion"): _INCLUSION,
    _("Gender"): _INCLUSION,
    _("Gender-Based Violence"): _m(["participation-inclusion", "justice"], ["gender-inclusion"]),
    _("Economic Inclusion"): _INCLUSION,
    _("LGBTQIA+"): _INCLUSION,
    _("People with Disabilities"): _INCLUSION,
    _("Youth"): _INCLUSION,
    _("Justice"): _JUSTICE,
    _("Access to Justice"): _JUSTICE,
    _("Open Justice"): _JUSTICE,
    _("Policing & Corrections"): _JUSTICE,
    _("Judiciary"): _JUSTICE,
    _("Open Parliaments"): _PARTICIPATION,
    _("Public Service Delivery"): _SERVICES,
    _("Citizenship & Immigration"): _SERVICES,
    _("Education"): _SERVICES,
    _("Health & Nutrition"): _SERVICES,
    _("Infrastructure & Transport"): _SERVICES,
    _("Water & Sanitation"): _SERVICES,
    _("Capacity Building"): _TAG_ONLY,
    _("Digital Transformation"): _DIGITAL,
    _("Legislation"): _TAG_ONLY,
    _("Regulation"): _TAG_ONLY,
    _("Legislative Oversight"): _m(["anti-corruption", "participation-inclusion"]),
    _("Open Data"): _m(["access-to-information", "digital-governance"], ["access-to-information"]),
    _("Public Participation"): _PARTICIPATION,
    _("Aid"): _FISCAL,
    _("Energy"): _m(["natural-resources", "climate"], ["climate-environment"]),
    _("Extractive Industries"): _m(["natural-resources", "anti-corruption"]),
    _("Land and Spatial Planning"): _RESOURCES,
    _("Media & Telecommunications"): _m(["civic-space"], ["media-freedom"]),
    _("Science & Technology"): _TAG_ONLY,
    _("Security & Public Safety"): _TAG_ONLY,
    _("Labor"): _TAG_ONLY,
    _("Private Sector"): _TAG_ONLY,
    _("Subnational"): _TAG_ONLY,
    _("Human Rights"): _m(["civic-space", "justice"]),
    _("Open Parliament Plan"): _PARTICIPATION,
    _("Sustainable Development Goals"): _TAG_ONLY,
    _("Open Data (Water/Sanitation)"): _m(["access-to-information", "public-service-delivery"]),
    _("Open Data (Health)"): _m(["access-to-information", "public-service-delivery"]),
    _("Open Data (Education)"): _m(["access-to-information", "public-service-delivery"]),
    _("Participation in Lawmaking"): _PARTICIPATION,
    _("Access to information"): _ACCESS,
    _("Money in Politics"): _ANTI_CORRUPTION,
}
