"""OGP's commitments export, written back: the same 171 columns, in the same order, as the
export of OGP's commitments sheet (the file ``community.imports`` reads), so that a file
downloaded here imports again with ``manage.py import_commitments`` and gives the same
records. docs/open-data.md lists which columns carry what; the columns the platform does not
keep (OGP's derived scores and summary flags) are written empty."""

from community import vocabulary
from community.imports import (
    COMPLETION,
    OPENED_GOVERNMENT,
    POTENTIAL_IMPACT,
    SPECIFICITY,
)
from community.models import Commitment, Member

# The header row of OGP's export, as it is (ogp-commitments/commitments.csv, July 2024).
OGP_COLUMNS = (
    "Commitment Unique Identifier",
    "Country/Locality",
    "Action Plan Number",
    "Commitment Number",
    "Code",
    "Region",
    "National Or Local",
    "Commitment Dummy",
    "Year Of Submission",
    "Action Plan End Year",
    "Action Plan Duration (Years)",
    "Theme",
    "Commitment Title",
    "Short Title",
    "Full Text",
    "Start Date",
    "End Date",
    "Lead Institution",
    "Supporting Institution(s)",
    "Anti-Corruption and Integrity",
    "Anti-corruption Institutions",
    "Anti-Corruption Strategies",
    "Asset Disclosure",
    "Audits",
    "Beneficial Ownership",
    "Conflicts Of Interest",
    "Elections",
    "Political Finance",
    "Lobbying",
    "Open Contracting",
    "Public Procurement",
    "Right To Information",
    "Whistleblower Protections",
    "Civic Space and Enabling Environment",
    "Freedom of Assembly",
    "Freedom of Association",
    "Freedom of Expression",
    "Democratizing Decision-Making",
    "Digital Participation",
    "Mainstreaming Participation",
    "Regulatory Governance",
    "Social Accountability",
    "Digital Governance",
    "Automated Decision-making",
    "Data Stewardship and Privacy",
    "Digital Inclusion",
    "Disinformation/Misinformation",
    "Online Civic Space",
    "Environment & Climate",
    "Climate Finance",
    "Climate Mitigation and Adaptation",
    "Environmental Regulation",
    "International Environmental Agreements",
    "Fiscal Openness",
    "Publication Of Budget/Fiscal Information",
    "Public Participation In Budget/Fiscal Policy",
    "Oversight Of Budget/Fiscal Policies",
    "Stimulus and Economic Recovery",
    "Tax",
    "Debt",
    "Inclusion",
    "Gender",
    "Gender-Based Violence",
    "Economic Inclusion",
    "LGBTQIA+",
    "People with Disabilities",
    "Youth",
    "Justice",
    "Access to Justice",
    "Open Justice",
    "Policing & Corrections",
    "Judiciary",
    "Open Parliaments",
    "Public Service Delivery",
    "Citizenship & Immigration",
    "Education",
    "Health & Nutrition",
    "Infrastructure & Transport",
    "Water & Sanitation",
    "Capacity Building",
    "Digital Transformation",
    "Legislation",
    "Regulation",
    "Legislative Oversight",
    "Open Data",
    "Public Participation",
    "Aid",
    "Energy",
    "Extractive Industries",
    "Land and Spatial Planning",
    "Media & Telecommunications",
    "Science & Technology",
    "Security & Public Safety",
    "Labor",
    "Private Sector",
    "Subnational",
    "Human Rights",
    "Open Parliament Plan",
    "Sustainable Development Goals",
    "Open Data (Water/Sanitation)",
    "Open Data (Health)",
    "Open Data (Education)",
    "Participation in Lawmaking",
    "Access to information",
    "Money in Politics",
    "Report Publication Year (Progress Report)",
    "Compound",
    "Cluster",
    "Specificity",
    "_Specificity",
    "Verifiable",
    "OGP Value Access To Information",
    "OGP Value Civic Participation",
    "OGP Value Public Accountability",
    "OGP Value Technology",
    "_Relevant",
    "Potential Impact",
    "_Potential Impact",
    "Completion (Progress Report)",
    "_CompletionProgress",
    "Starred (2015 Only)",
    "Starred (Current Formula) Progress Report",
    "Potential for Results",
    "_Potential for Results",
    "Cluster (AP Review)",
    "Cluster Commitment ID(s)",
    "Report Publication Year (End Of Term)",
    "Completion (End Of Term)",
    "_CompletionEndTerm",
    "Change In Completion",
    "_ChangeCompletion",
    "Early Results",
    "_Early Results",
    "Did It Open Government (Overall)",
    "_OpenGovernment",
    "Did It Open Government (Access To Information)",
    "_DIOGATI",
    "Did It Open Government (Civic Participation)",
    "_DIOGCP",
    "Did It Open Government: Public Accountability",
    "_DIOGPA",
    "Starred (Current Formula) End of Term",
    "Carried Forward",
    "Most Recently Assessed",
    "Star - Most Recently Assessed",
    "IRM Assessed",
    "Updated? (Website)",
    "Active Commitment",
    "Max star",
    "Ambition Assessed",
    "Comp Assessed",
    "DIOG Assessed",
    "Midterm Only",
    "Max Completion",
    "Raw Completion",
    "High Completion",
    "High Ambition",
    "High DIOG",
    "Ambitious and complete, or DIOG",
    "Ambitious but not complete",
    "Complete but not ambitious",
    "Not complete or ambitious",
    "Not reviewed",
    "CHECKSUM",
    "IRM-Based Score",
    "Binding constraint",
    "URL",
    "Latest IRM Report",
    "Subnational in NAPs",
    "Action Plan ID",
    "id",
)


def _reverse(mapping: dict) -> dict:
    return {value: key for key, value in mapping.items() if value}


SPECIFICITY_NAMES = _reverse(SPECIFICITY)
POTENTIAL_IMPACT_NAMES = _reverse(POTENTIAL_IMPACT)
COMPLETION_NAMES = _reverse(COMPLETION)
OPENED_GOVERNMENT_NAMES = _reverse(OPENED_GOVERNMENT)
REGION_NAMES = {slug: name for name, slug in vocabulary.REGION_BY_OGP_NAME.items()}
KIND_NAMES = {Member.Kind.NATIONAL: "National", Member.Kind.LOCAL: "Local"}
STAR = {True: 1, False: 0, None: ""}


def _date(value) -> str:
    # month/day/year, the spelling the importer reads first (community.imports._period)
    return f"{value.month}/{value.day}/{value.year}" if value else ""


def commitment_cells(commitment: Commitment) -> dict:
    """The cells of one commitment's row, by column (the others are empty). Needs the
    commitment's plan, member, country and region, and its tagged policy areas, loaded."""
    plan = commitment.action_plan
    member = plan.member
    policy_areas = {item.tag.name for item in commitment.tagged_policy_areas.all()}
    cells = {
        "Commitment Unique Identifier": commitment.public_id,
        "Country/Locality": member.name,
        "Action Plan Number": plan.number,
        "Commitment Number": commitment.number,
        "Code": member.code,
        "Region": REGION_NAMES.get(member.country.region.slug, ""),
        "National Or Local": KIND_NAMES.get(member.kind, ""),
        "Year Of Submission": plan.start_year,
        "Action Plan End Year": plan.end_year,
        "Theme": commitment.plan_heading,
        "Commitment Title": commitment.title,
        "Short Title": commitment.short_title,
        "Full Text": commitment.description,
        "Start Date": _date(commitment.start_date),
        "End Date": _date(commitment.end_date),
        "Lead Institution": commitment.lead_institution,
        "Supporting Institution(s)": commitment.supporting_institutions,
        "Specificity": SPECIFICITY_NAMES.get(commitment.irm_specificity, ""),
        "Potential Impact": POTENTIAL_IMPACT_NAMES.get(commitment.irm_potential_impact, ""),
        "Completion (Progress Report)": COMPLETION_NAMES.get(commitment.irm_completion_midterm, ""),
        "Completion (End Of Term)": COMPLETION_NAMES.get(commitment.irm_completion, ""),
        "Did It Open Government (Overall)": OPENED_GOVERNMENT_NAMES.get(
            commitment.irm_opened_government, ""
        ),
        # the platform keeps the IRM's latest star, not which report gave it: it goes in the
        # column the importer reads first, and in OGP's own summary of the stars
        "Starred (Current Formula) End of Term": STAR[commitment.irm_starred],
        "Max star": STAR[commitment.irm_starred],
        "Latest IRM Report": commitment.irm_report_year,
        "URL": commitment.source_url,
        "Action Plan ID": plan.ogp_id,
    }
    for column in vocabulary.POLICY_AREA_COLUMNS:
        cells[column] = 1 if column in policy_areas else 0
    return cells


def commitment_row(commitment: Commitment) -> list:
    cells = commitment_cells(commitment)
    return [cells.get(column, "") for column in OGP_COLUMNS]
