"""Demo content for OpenGov Commons: a fictional but plausible partnership.

Pure data, read by the load_demo management command. Members, commitments and people are
invented for demonstration; country names and codes are real (ISO 3166-1 alpha-3). Keep it
deterministic: no randomness, no dates computed at import time."""

# (iso3, English name, region slug)
COUNTRIES: list[tuple[str, str, str]] = [
    ("ARG", "Argentina", "americas"),
    ("BRA", "Brazil", "americas"),
    ("CAN", "Canada", "americas"),
    ("CHL", "Chile", "americas"),
    ("COL", "Colombia", "americas"),
    ("CRI", "Costa Rica", "americas"),
    ("DOM", "Dominican Republic", "americas"),
    ("GTM", "Guatemala", "americas"),
    ("HND", "Honduras", "americas"),
    ("MEX", "Mexico", "americas"),
    ("PER", "Peru", "americas"),
    ("URY", "Uruguay", "americas"),
    ("USA", "United States", "americas"),
    ("CIV", "Côte d'Ivoire", "africa-middle-east"),
    ("GHA", "Ghana", "africa-middle-east"),
    ("JOR", "Jordan", "africa-middle-east"),
    ("KEN", "Kenya", "africa-middle-east"),
    ("LBR", "Liberia", "africa-middle-east"),
    ("MAR", "Morocco", "africa-middle-east"),
    ("MWI", "Malawi", "africa-middle-east"),
    ("NGA", "Nigeria", "africa-middle-east"),
    ("SEN", "Senegal", "africa-middle-east"),
    ("SLE", "Sierra Leone", "africa-middle-east"),
    ("TUN", "Tunisia", "africa-middle-east"),
    ("ZAF", "South Africa", "africa-middle-east"),
    ("AUS", "Australia", "asia-pacific"),
    ("IDN", "Indonesia", "asia-pacific"),
    ("KOR", "Republic of Korea", "asia-pacific"),
    ("LKA", "Sri Lanka", "asia-pacific"),
    ("MNG", "Mongolia", "asia-pacific"),
    ("NZL", "New Zealand", "asia-pacific"),
    ("PHL", "Philippines", "asia-pacific"),
    ("PNG", "Papua New Guinea", "asia-pacific"),
    ("ALB", "Albania", "europe"),
    ("ARM", "Armenia", "europe"),
    ("DEU", "Germany", "europe"),
    ("ESP", "Spain", "europe"),
    ("EST", "Estonia", "europe"),
    ("FRA", "France", "europe"),
    ("GEO", "Georgia", "europe"),
    ("IRL", "Ireland", "europe"),
    ("MDA", "Moldova", "europe"),
    ("MKD", "North Macedonia", "europe"),
    ("NLD", "Netherlands", "europe"),
    ("PRT", "Portugal", "europe"),
    ("UKR", "Ukraine", "europe"),
]

# National members use their country's ISO alpha-3 code; local members a four-letter
# code that starts with their country's ISO alpha-2 code.
MEMBERS: list[dict] = [
    {
        "code": "COL",
        "name": "Colombia",
        "kind": "national",
        "country": "COL",
        "joined_year": 2011,
        "description": (
            "Colombia was among the first countries to join and has used its action plans to tie "
            "transparency to the peace process, from justice services in former conflict zones to "
            "the protection of social leaders. Its more recent plans have shifted towards climate "
            "finance and the governance of public-sector algorithms."
        ),
    },
    {
        "code": "GHA",
        "name": "Ghana",
        "kind": "national",
        "country": "GHA",
        "joined_year": 2011,
        "description": (
            "Ghana's early plans centred on petroleum revenue transparency after oil production "
            "began offshore. The long-awaited Right to Information Act gave later plans a legal "
            "anchor, and attention has since moved to district assemblies, where most citizens "
            "meet the state."
        ),
    },
    {
        "code": "HND",
        "name": "Honduras",
        "kind": "national",
        "country": "HND",
        "joined_year": 2011,
        "description": (
            "Honduras has pursued open government in a difficult environment of violence and "
            "institutional fragility. Civil society organisations have pushed its plans towards "
            "asset declarations, emergency procurement and protection for women facing violence."
        ),
    },
    {
        "code": "IDN",
        "name": "Indonesia",
        "kind": "national",
        "country": "IDN",
        "joined_year": 2011,
        "description": (
            "A founding member of the partnership, Indonesia has treated land and natural-resource "
            "data as a test of openness. Its action plans also reach down to the village level, "
            "where annual central transfers have made local budget transparency a national issue."
        ),
    },
    {
        "code": "KEN",
        "name": "Kenya",
        "kind": "national",
        "country": "KEN",
        "joined_year": 2011,
        "description": (
            "Kenya's devolved system gives its 47 counties real budgets and real power, and its "
            "plans reflect that, mixing national reforms on beneficial ownership and the courts "
            "with county-level participation. Privacy and inclusion concerns around digital "
            "identity have featured prominently in recent co-creation."
        ),
    },
    {
        "code": "NGA",
        "name": "Nigeria",
        "kind": "national",
        "country": "NGA",
        "joined_year": 2016,
        "description": (
            "Nigeria joined after a high-level pledge to fight corruption and has focused on "
            "extractive sector disclosure, open contracting and the return of stolen assets. "
            "Several states have since joined in their own right, creating a lively exchange "
            "between federal and state reformers."
        ),
    },
    {
        "code": "PHL",
        "name": "Philippines",
        "kind": "national",
        "country": "PHL",
        "joined_year": 2011,
        "description": (
            "The Philippines brought a tradition of citizen participation in audits and budgets "
            "into the partnership from the start. Recent plans combine freedom of information, "
            "justice sector digitisation and the monitoring of extractive industries in "
            "disaster-prone regions."
        ),
    },
    {
        "code": "MEX",
        "name": "Mexico",
        "kind": "national",
        "country": "MEX",
        "joined_year": 2011,
        "description": (
            "Mexico helped found the partnership and built a strong co-creation model with a "
            "tripartite steering group of government, the transparency authority and civil "
            "society. Its plans have tackled water rights, gender budgeting and the use of force "
            "by police, with mixed results on implementation."
        ),
    },
    {
        "code": "CHL",
        "name": "Chile",
        "kind": "national",
        "country": "CHL",
        "joined_year": 2011,
        "description": (
            "Chile entered the partnership with a transparency council and a lobbying law already "
            "in place, and has used its plans to extend them. Digital government and environmental "
            "assessment have become central themes in later cycles."
        ),
    },
    {
        "code": "SEN",
        "name": "Senegal",
        "kind": "national",
        "country": "SEN",
        "joined_year": 2018,
        "description": (
            "Senegal joined as new oil and gas discoveries raised public demands for transparency "
            "in the extractive sector. Its plans have also worked on citizen budgets in national "
            "languages, while an access to information law remains the reform most awaited by "
            "civil society."
        ),
    },
    {
        "code": "UKR",
        "name": "Ukraine",
        "kind": "national",
        "country": "UKR",
        "joined_year": 2011,
        "description": (
            "Ukraine's plans have produced some of the partnership's best-known digital reforms, "
            "including an open electronic procurement system and public asset declarations. Since "
            "the full-scale invasion, the focus has turned to making reconstruction spending "
            "transparent from the start."
        ),
    },
    {
        "code": "GEO",
        "name": "Georgia",
        "kind": "national",
        "country": "GEO",
        "joined_year": 2011,
        "description": (
            "Georgia has combined executive and parliamentary action plans, with Parliament "
            "drafting its own open parliament commitments. Public service halls and e-government "
            "services have been a point of pride, while civil society has pressed for progress on "
            "police accountability and media pluralism."
        ),
    },
    {
        "code": "MAR",
        "name": "Morocco",
        "kind": "national",
        "country": "MAR",
        "joined_year": 2018,
        "description": (
            "Morocco joined after adopting a law on the right of access to information and a new "
            "constitution that recognised participatory democracy. Its plans link national reforms "
            "with petitions and participation at municipal level."
        ),
    },
    {
        "code": "KOR",
        "name": "Republic of Korea",
        "kind": "national",
        "country": "KOR",
        "joined_year": 2011,
        "description": (
            "The Republic of Korea brings advanced e-government infrastructure to the partnership "
            "and has used its plans to open up original government documents. Recent work looks at "
            "how citizens can shape the rules for artificial intelligence in public services."
        ),
    },
    {
        "code": "ARM",
        "name": "Armenia",
        "kind": "national",
        "country": "ARM",
        "joined_year": 2011,
        "description": (
            "Armenia's plans gained new momentum after the 2018 change of government, with "
            "beneficial ownership disclosure expanding from the mining sector to the whole "
            "economy. Judicial integrity and electronic petitions are the current priorities."
        ),
    },
    {
        "code": "CRI",
        "name": "Costa Rica",
        "kind": "national",
        "country": "CRI",
        "joined_year": 2012,
        "description": (
            "Costa Rica has used the partnership to support its decarbonisation agenda with open "
            "climate data. Youth participation and access to justice round out a portfolio shaped "
            "by a small but active civil society forum."
        ),
    },
    {
        "code": "SLE",
        "name": "Sierra Leone",
        "kind": "national",
        "country": "SLE",
        "joined_year": 2014,
        "description": (
            "Sierra Leone has used its plans to prioritise access to justice and the fair use of "
            "natural-resource revenues. Its plans lean heavily on paralegals, community radio and "
            "chiefdom-level structures to reach people outside Freetown."
        ),
    },
    {
        "code": "ESP",
        "name": "Spain",
        "kind": "national",
        "country": "ESP",
        "joined_year": 2011,
        "description": (
            "Spain's plans have moved from open data portals towards integrity reforms such as a "
            "lobbying register and whistleblower protection. The national forum brings together "
            "regional governments, which co-sign many of the commitments."
        ),
    },
    {
        "code": "COBO",
        "name": "Bogotá, Colombia",
        "kind": "local",
        "country": "COL",
        "joined_year": 2016,
        "description": (
            "Colombia's capital joined the local programme to deepen participation in its 20 "
            "localities. Its commitments range from participatory budgets to a district care "
            "system that aims to give time back to women caregivers."
        ),
    },
    {
        "code": "PHQC",
        "name": "Quezon City, Philippines",
        "kind": "local",
        "country": "PHL",
        "joined_year": 2020,
        "description": (
            "The most populous city in Metro Manila joined to make business permits, budgets and "
            "climate risk data easier to scrutinise. Barangay assemblies and youth councils are "
            "the backbone of its participation work."
        ),
    },
    {
        "code": "KEEL",
        "name": "Elgeyo-Marakwet County, Kenya",
        "kind": "local",
        "country": "KEN",
        "joined_year": 2016,
        "description": (
            "A rural county in the Kerio Valley highlands, Elgeyo-Marakwet joined as one of the "
            "first local members in Africa. Its reforms rely on simple tools, such as SMS feedback "
            "and ward forums, to reach residents far from the county headquarters."
        ),
    },
    {
        "code": "NGKD",
        "name": "Kaduna State, Nigeria",
        "kind": "local",
        "country": "NGA",
        "joined_year": 2018,
        "description": (
            "Kaduna State was the first Nigerian state to join the partnership. It is known for "
            "budget town halls held before the budget is drafted and for an open contracting "
            "portal that civil society monitors use to follow projects."
        ),
    },
    {
        "code": "IDSM",
        "name": "Semarang, Indonesia",
        "kind": "local",
        "country": "IDN",
        "joined_year": 2020,
        "description": (
            "This port city on Java's northern coast faces tidal flooding and land subsidence, and "
            "its open government work is closely tied to climate resilience. Its complaints system "
            "has become a reference for other Indonesian cities."
        ),
    },
    {
        "code": "BRSP",
        "name": "São Paulo, Brazil",
        "kind": "local",
        "country": "BRA",
        "joined_year": 2016,
        "description": (
            "Brazil's largest city was among the pioneers of the local programme. Its open "
            "government forum brings together municipal secretariats and civil society from "
            "central and peripheral districts alike."
        ),
    },
    {
        "code": "UALV",
        "name": "Lviv, Ukraine",
        "kind": "local",
        "country": "UKR",
        "joined_year": 2022,
        "description": (
            "Lviv joined as it was receiving hundreds of thousands of displaced people, and has "
            "focused on the transparency of municipal property, humanitarian aid and energy "
            "spending. Its veterans' services were co-designed with those who use them."
        ),
    },
    {
        "code": "GHSE",
        "name": "Sekondi-Takoradi, Ghana",
        "kind": "local",
        "country": "GHA",
        "joined_year": 2021,
        "description": (
            "The twin city at the heart of Ghana's offshore oil industry joined to show coastal "
            "communities where oil money goes. Fishing communities and local radio are central to "
            "its approach."
        ),
    },
]

# Plan n of any member spans these years.
PLAN_YEARS: dict[int, tuple[int, int]] = {1: (2019, 2021), 2: (2021, 2023), 3: (2023, 2025)}

# Commitments in member order; within a member, in plan order. The loader numbers them
# per member in this order, so append rather than insert to keep public ids stable.
COMMITMENTS: list[dict] = [
    {
        "member": "COL",
        "plan": 1,
        "title": "Public register of beneficial owners for companies bidding on state contracts",
        "description": (
            "Audits found the same handful of people behind dozens of companies that had competed "
            "against each other for road maintenance contracts. This commitment requires every "
            "legal entity bidding for public contracts to declare the natural persons who own or "
            "control at least 10 percent of it, with declarations checked against the tax and "
            "company registries. The register is free to search and published as open data, and "
            "procurement officers see a warning when two bidders share an owner. Journalists, "
            "auditors and losing bidders all gain a way to challenge collusion before a contract "
            "is signed."
        ),
        "lead_institution": "Superintendency of Companies",
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption", "fiscal-openness"],
        "status": "completed",
        "irm": {
            "potential_impact": "transformative",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Decree setting a 10 percent beneficial ownership threshold", True),
            ("Free public search interface launched with bulk download", True),
            ("Ownership data cross-referenced with contract awards", True),
        ],
    },
    {
        "member": "COL",
        "plan": 1,
        "title": "Near real-time open data on deforestation alerts and environmental licences",
        "description": (
            "Satellite monitoring already detects forest loss in the Amazon departments within "
            "days, but the alerts have stayed inside the environmental authorities while licences "
            "for roads, mining and cattle ranching sit in paper files. The ministry will publish "
            "weekly alerts as downloadable maps and overlay them on every environmental licence "
            "granted since 2015. Indigenous and campesino monitoring groups will be trained to use "
            "the data and invited to report suspected illegal clearing through a mobile form. The "
            "aim is to shorten the time between detection and enforcement from months to weeks."
        ),
        "lead_institution": "Ministry of Environment and Sustainable Development",
        "challenge_areas": ["climate-environment", "access-to-information"],
        "themes": ["climate", "natural-resources"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Weekly deforestation alerts published as open geospatial data", True),
            ("Environmental licences for the Amazon region digitised and mapped", False),
            ("Joint verification visits with Indigenous monitoring teams", False),
        ],
    },
    {
        "member": "COL",
        "plan": 2,
        "title": "Mobile justice houses with online case tracking for rural municipalities",
        "description": (
            "In many post-conflict municipalities the nearest family commissioner or prosecutor is "
            "a full day's travel away, so land disputes, child support claims and domestic "
            "violence complaints often go unresolved. The ministry will deploy twelve mobile "
            "justice houses that bring conciliators, family commissioners and legal advisers to "
            "rural districts on a fixed monthly schedule. Each case receives a tracking number "
            "that users can check by text message, and anonymised case statistics are published "
            "every quarter. Women heads of household, who file most family claims, are the main "
            "intended beneficiaries."
        ),
        "lead_institution": "Ministry of Justice and Law",
        "challenge_areas": ["justice", "gender-inclusion"],
        "themes": ["justice", "public-service-delivery"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("Twelve mobile justice houses operating in post-conflict municipalities", True),
            ("Case tracking by SMS and web launched", True),
            ("Annual user satisfaction survey published", True),
        ],
    },
    {
        "member": "COL",
        "plan": 2,
        "title": "Collective protection protocol for environmental and social leaders",
        "description": (
            "Community leaders defending rivers, forests and land restitution claims face threats "
            "and killings at alarming rates. Existing protection schemes focus on individual "
            "bodyguards and armoured vehicles, which rarely suit rural leaders and do nothing "
            "about the causes of the threats. The ministry will co-design a collective protection "
            "protocol with leaders' networks, publish aggregated data on risk assessments and "
            "response times, and report every six months to a monitoring table that includes civil "
            "society. Success will be measured by faster responses and by the share of requested "
            "collective measures actually delivered."
        ),
        "lead_institution": "Ministry of the Interior",
        "challenge_areas": ["civic-space", "climate-environment"],
        "themes": ["civic-space", "climate"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "transformative",
            "completion": "limited",
            "opened_government": "did_not_change",
            "starred": False,
        },
        "milestones": [
            ("Roundtables with leaders' networks to draft the protocol", True),
            ("Early-warning data on threats shared with regional ombudsman offices", False),
            ("Independent review of protection measures granted", False),
        ],
    },
    {
        "member": "COL",
        "plan": 3,
        "title": "Climate spending tagged and traceable across the national budget",
        "description": (
            "Colombia has made ambitious emissions and adaptation pledges, yet nobody can say with "
            "confidence how much of the national budget is spent on them. The Ministry of Finance "
            "will apply a climate tag to every budget programme, distinguishing mitigation, "
            "adaptation and spending that works against climate goals. A climate spending annex "
            "will accompany the budget bill each year. The tagged data will be published at "
            "programme level so that Congress and civil society can compare promises with "
            "execution."
        ),
        "lead_institution": "Ministry of Finance and Public Credit",
        "challenge_areas": ["climate-environment", "fiscal-openness"],
        "themes": ["climate", "fiscal-openness"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Climate budget tagging methodology approved", True),
            ("First climate spending annex published with the budget bill", False),
            ("Open dataset of tagged programmes released", False),
        ],
    },
    {
        "member": "COL",
        "plan": 3,
        "title": "Public register of algorithms used in government decisions about people",
        "description": (
            "Agencies increasingly rely on automated scoring to target social subsidies, flag tax "
            "audits and prioritise inspections, but people rarely know when an algorithm has "
            "shaped a decision about them. The ICT ministry will inventory such systems in twenty "
            "national agencies. It will then publish a register describing what each one does, "
            "what data it uses, who is accountable and whether it has been tested for bias. A "
            "simple complaints route will let affected people ask for a human review."
        ),
        "lead_institution": "Ministry of Information and Communications Technologies",
        "challenge_areas": ["digital-governance", "access-to-information"],
        "themes": ["digital-governance"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Inventory of automated systems in 20 national agencies", True),
            ("Register published with plain-language descriptions", False),
            ("Complaint route for people affected by automated decisions", False),
        ],
    },
    {
        "member": "GHA",
        "plan": 1,
        "title": "Publication of petroleum revenue allocations and project-level spending",
        "description": (
            "Oil revenues flow into Ghana's budget through a formula set in law, but communities "
            "have struggled to trace which schools, roads and clinics the money actually paid for. "
            "The Ministry of Finance will publish quarterly receipts from each oil field and a "
            "geolocated list of every project funded from petroleum revenues, with contract values "
            "and completion status. District forums in the Western Region will let residents "
            "compare the list with what they see on the ground and report discrepancies. Findings "
            "will feed into the annual report to Parliament."
        ),
        "lead_institution": "Ministry of Finance",
        "challenge_areas": ["fiscal-openness", "anti-corruption"],
        "themes": ["natural-resources", "fiscal-openness"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Quarterly petroleum receipts published in open formats", True),
            ("Geolocated list of oil-funded projects released", True),
            ("District forums held in the Western Region", True),
        ],
    },
    {
        "member": "GHA",
        "plan": 1,
        "title": "Putting the Right to Information Act into practice across 50 institutions",
        "description": (
            "The Right to Information Act came into force after two decades of campaigning, but "
            "many institutions had no designated officer, no records system and no idea how to "
            "handle requests within the legal deadline. The commission will train information "
            "officers in 50 high-demand institutions, set up an online system that lets requesters "
            "follow their applications, and publish compliance rankings. Requesters, especially "
            "journalists and community groups outside Accra, should see fewer unanswered requests "
            "and clearer reasons when information is withheld."
        ),
        "lead_institution": "Right to Information Commission",
        "challenge_areas": ["access-to-information"],
        "themes": ["access-to-information"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Information officers appointed and trained in 50 institutions", True),
            ("Online request tracking system launched", True),
            ("First annual compliance report laid before Parliament", False),
        ],
    },
    {
        "member": "GHA",
        "plan": 2,
        "title": (
            "Open contracting data for procurement by metropolitan, municipal and district "
            "assemblies"
        ),
        "description": (
            "Local assemblies manage a growing share of public works, but their tender notices "
            "still appear on notice boards and in newspapers that few bidders see. The Public "
            "Procurement Authority will bring 60 assemblies onto the national e-procurement system "
            "and publish every stage, from planning to payment, as structured open data. A "
            "dashboard will flag single-bidder tenders, unusually short bidding periods and "
            "repeated contract variations for internal auditors and the Audit Service."
        ),
        "lead_institution": "Public Procurement Authority",
        "challenge_areas": ["anti-corruption", "digital-governance"],
        "themes": ["anti-corruption", "digital-governance"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Tender notices of 60 assemblies moved to the national e-procurement portal", True),
            ("Award and contract data published in the Open Contracting Data Standard", False),
            ("Red-flag dashboard made available to internal auditors", False),
        ],
    },
    {
        "member": "GHA",
        "plan": 2,
        "title": "Gender-responsive budgeting guidelines and reporting for district assemblies",
        "description": (
            "District budgets rarely show whether spending on markets, water or health reaches "
            "women and men differently. These guidelines ask each assembly to disaggregate the "
            "beneficiaries of its main programmes by sex and to publish a short gender budget "
            "statement with its annual estimates. Women's associations will be invited to the "
            "budget hearings where the statements are presented."
        ),
        "lead_institution": "Ministry of Gender, Children and Social Protection",
        "challenge_areas": ["gender-inclusion", "fiscal-openness"],
        "themes": ["participation-inclusion", "fiscal-openness"],
        "status": "completed",
        "irm": {
            "potential_impact": "minor",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Guidelines issued jointly with the Ministry of Finance", True),
            ("Budget officers in 30 districts trained", True),
            ("Gender budget statements attached to district budgets", True),
        ],
    },
    {
        "member": "GHA",
        "plan": 3,
        "title": "Public small-scale mining licence registry with community consultation records",
        "description": (
            "Unlicensed and poorly supervised gold mining has polluted several major rivers, and "
            "communities often cannot tell whether the operators on their land hold a valid "
            "licence. The Minerals Commission will publish a map of all small-scale mining "
            "licences showing the holder, expiry date and environmental permit. Minutes of the "
            "community consultation required before a licence is granted will be attached to each "
            "entry. A free grievance line will let residents report operations that are not on the "
            "map."
        ),
        "lead_institution": "Minerals Commission",
        "challenge_areas": ["climate-environment", "anti-corruption"],
        "themes": ["natural-resources", "climate"],
        "status": "not_started",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Licence data cleaned and geocoded", False),
            ("Online map of licences and consultation minutes", False),
            ("Free grievance line for affected communities", False),
        ],
    },
    {
        "member": "HND",
        "plan": 1,
        "title": "Machine-readable publication of senior officials' asset declarations",
        "description": (
            "Senior officials file sworn asset declarations, but they are kept on paper and can "
            "only be consulted through a formal request that is frequently refused. The audit "
            "court will introduce electronic filing for around 2,500 senior officials and publish "
            "a summary of each declaration as open data, omitting addresses and account numbers. "
            "Comparing declarations year on year would let the public detect unexplained increases "
            "in wealth."
        ),
        "lead_institution": "Superior Court of Accounts",
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "did_not_change",
            "starred": False,
        },
        "milestones": [
            ("Legal analysis of which declaration fields can be published", True),
            ("Electronic filing form for declarants", False),
            ("Open dataset covering ministers and deputies", False),
        ],
    },
    {
        "member": "HND",
        "plan": 1,
        "title": "Parent-led monitoring of school infrastructure works in 120 municipalities",
        "description": (
            "Classrooms financed by the national budget have sometimes been paid for and never "
            "finished. Parents' associations in 120 municipalities will be trained to compare "
            "works on site with the contract, upload geotagged photos, and flag delays or "
            "poor-quality materials. The ministry commits to answering every report within 30 "
            "days."
        ),
        "lead_institution": "Ministry of Education",
        "challenge_areas": ["public-participation"],
        "themes": ["participation-inclusion", "public-service-delivery"],
        "status": "completed",
        "irm": {
            "potential_impact": "minor",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Parent monitoring committees formed and trained", True),
            ("Geotagged photo reports uploaded through a mobile app", True),
            ("Consolidated findings presented to the ministry", True),
        ],
    },
    {
        "member": "HND",
        "plan": 2,
        "title": "Open data on water concessions in the Choluteca river basin",
        "description": (
            "Prolonged droughts in the south of the country have sharpened conflicts between "
            "farmers, shrimp producers and towns over river water. The secretariat planned to "
            "publish every water concession in the basin with its holder and authorised volume, so "
            "that local water boards could see who draws what. The commitment was withdrawn after "
            "the water authority was restructured, and civil society groups have asked for it to "
            "return in the next plan."
        ),
        "lead_institution": "Secretariat of Natural Resources and Environment",
        "challenge_areas": ["climate-environment", "access-to-information"],
        "themes": ["climate", "natural-resources"],
        "status": "withdrawn",
        "irm": {
            "potential_impact": "moderate",
            "completion": "withdrawn",
            "opened_government": "",
            "starred": False,
        },
        "milestones": [
            ("Inventory of existing water concessions", False),
            ("Public map of concessions and authorised extraction volumes", False),
        ],
    },
    {
        "member": "HND",
        "plan": 2,
        "title": "Online requests and tracking of domestic violence protection orders",
        "description": (
            "Women seeking protection from violent partners had to appear in person at a court "
            "that might be hours away and then carry a paper order to the police themselves. The "
            "judiciary will allow protection orders to be requested online or through women's "
            "centres at any hour, send granted orders electronically to the nearest police "
            "station, and let applicants follow their case by text message. Anonymised monthly "
            "statistics on requests, orders granted and response times will help women's "
            "organisations hold the system to account."
        ),
        "lead_institution": "Judiciary of Honduras",
        "challenge_areas": ["justice", "gender-inclusion"],
        "themes": ["justice", "participation-inclusion"],
        "status": "completed",
        "irm": {
            "potential_impact": "transformative",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Online application form available around the clock", True),
            ("Police notified electronically when an order is granted", True),
            ("Monthly anonymised statistics published", True),
        ],
    },
    {
        "member": "HND",
        "plan": 3,
        "title": "Transparency of emergency procurement for hurricane and drought response",
        "description": (
            "After the hurricanes of recent years, large sums were spent under emergency rules "
            "that allowed direct awards with little public record. New rules will require every "
            "emergency contract to be published within 72 hours, with supplier, price and delivery "
            "location, on a dedicated dashboard. The Superior Court of Accounts will publish a "
            "follow-up audit after each declared emergency, so that climate disasters do not "
            "become opportunities for graft."
        ),
        "lead_institution": "National Office of Procurement and Contracting",
        "challenge_areas": ["anti-corruption", "climate-environment"],
        "themes": ["anti-corruption", "climate"],
        "status": "in_progress",
        "irm": {"potential_impact": "", "completion": "", "opened_government": "", "starred": None},
        "milestones": [
            ("Emergency procurement rules amended to require publication within 72 hours", True),
            ("Dedicated dashboard for emergency contracts", False),
            ("Post-emergency audit reports published", False),
        ],
    },
    {
        "member": "IDN",
        "plan": 1,
        "title": "Open spatial data on land concessions under a single reference map",
        "description": (
            "Overlapping permits issued by different ministries have left large areas claimed at "
            "the same time by plantations, mines, protected forests and customary communities. "
            "Integrating the concession maps into a single reference layer is the first step. "
            "Making that layer public is what allows communities to defend their land and "
            "researchers to trace deforestation to specific licence holders. The agency will "
            "publish plantation and mining concessions in a public viewer, with forestry "
            "concessions to follow once questions over commercial confidentiality are settled."
        ),
        "lead_institution": "Geospatial Information Agency",
        "challenge_areas": ["climate-environment", "access-to-information"],
        "themes": ["natural-resources", "access-to-information"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "transformative",
            "completion": "substantial",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Concession layers from five ministries integrated into one map", True),
            ("Public viewer released for plantation and mining concessions", True),
            ("Forestry concession layers opened to the public", False),
        ],
    },
    {
        "member": "IDN",
        "plan": 1,
        "title": "Village fund spending dashboards with community verification in 1,000 villages",
        "description": (
            "Each village receives an annual transfer from the central budget, and villagers often "
            "learn how it was spent only from a banner posted at the village office. The ministry "
            "will help 1,000 villages publish their budgets and spending reports on a simple "
            "online dashboard and on printed boards updated every quarter. Village consultative "
            "bodies will hold annual verification meetings where residents can question the "
            "village head about projects that appear on paper but not on the ground."
        ),
        "lead_institution": (
            "Ministry of Villages, Development of Disadvantaged Regions and Transmigration"
        ),
        "challenge_areas": ["fiscal-openness", "public-participation"],
        "themes": ["fiscal-openness", "participation-inclusion"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Standard village budget template adopted", True),
            ("Dashboards live in 1,000 villages", True),
            ("Verification meetings held with village consultative bodies", True),
        ],
    },
    {
        "member": "IDN",
        "plan": 2,
        "title": "Accredited paralegals and legal aid funding for remote provinces",
        "description": (
            "In parts of eastern Indonesia, people facing criminal charges often go through trial "
            "without ever meeting a lawyer. The agency will accredit community paralegals, allow "
            "legal aid organisations to claim state funding for their non-litigation work, and "
            "expand the number of accredited providers in Papua, Maluku and Nusa Tenggara. Poor "
            "defendants, women in land and inheritance disputes, and people with disabilities are "
            "the priority groups."
        ),
        "lead_institution": "National Law Development Agency",
        "challenge_areas": ["justice", "gender-inclusion"],
        "themes": ["justice", "participation-inclusion"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Paralegal accreditation curriculum approved", True),
            ("Legal aid budget allocated to provinces in eastern Indonesia", True),
            ("Online map of accredited legal aid providers", False),
        ],
    },
    {
        "member": "IDN",
        "plan": 2,
        "title": "Beneficial ownership checks for mining and palm oil licence applications",
        "description": (
            "Companies seeking mining and plantation licences must already declare their "
            "beneficial owners, but the declarations are rarely checked and access costs a fee. "
            "Under this commitment, licensing agencies will verify declarations against tax and "
            "land records before issuing a licence, and the register will be opened to the public "
            "free of charge. Linking ownership data to licences would make it harder for "
            "politically exposed persons to hide stakes in concessions within their own "
            "jurisdictions."
        ),
        "lead_institution": "Ministry of Law and Human Rights",
        "challenge_areas": ["anti-corruption", "climate-environment"],
        "themes": ["anti-corruption", "natural-resources"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "transformative",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Licensing agencies given direct access to the ownership database", True),
            ("Declared owners verified for all new licence applications", False),
            ("Public access to ownership data without fees", False),
        ],
    },
    {
        "member": "IDN",
        "plan": 3,
        "title": "Single public consultation portal for all draft national regulations",
        "description": (
            "Draft regulations are often circulated only to selected stakeholders, and the wider "
            "public discovers them after adoption. A single consultation portal will host every "
            "draft regulation for at least 30 days and publish a summary of the comments received "
            "and how the drafters responded. Coalitions that follow labour, environmental and "
            "digital policy have asked for such a portal for years."
        ),
        "lead_institution": "Directorate General of Legislation",
        "challenge_areas": ["public-participation", "digital-governance"],
        "themes": ["participation-inclusion", "digital-governance"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Portal launched with draft regulations from ten ministries", True),
            ("Minimum 30-day consultation period set in regulation", False),
            ("Summary of comments and responses published for each draft", False),
        ],
    },
    {
        "member": "IDN",
        "plan": 3,
        "title": "Safety guidelines and rapid response for journalists covering elections",
        "description": (
            "Reporters covering campaigns and vote counts have been assaulted, harassed online and "
            "detained, and cases rarely reach court. The Press Council and the national police "
            "will agree guidelines on how officers treat journalists at rallies and polling "
            "stations. A hotline staffed by media lawyers will respond to incidents within hours, "
            "and a public report after each election will list incidents and their follow-up."
        ),
        "lead_institution": "Press Council",
        "challenge_areas": ["media-freedom", "civic-space"],
        "themes": ["civic-space"],
        "status": "not_started",
        "irm": {"potential_impact": "", "completion": "", "opened_government": "", "starred": None},
        "milestones": [
            ("Joint guidelines agreed by the Press Council and the national police", False),
            ("Rapid response hotline staffed during the election period", False),
            ("Post-election report on incidents against journalists", False),
        ],
    },
    {
        "member": "KEN",
        "plan": 1,
        "title": "Public beneficial ownership register linked to the procurement system",
        "description": (
            "Companies awarded tenders by national and county governments have been traced to "
            "officials and their relatives through layers of nominee shareholders. The Business "
            "Registration Service will make beneficial ownership disclosure mandatory for all "
            "companies and share the data with the procurement regulator so that bidders' owners "
            "are screened automatically. A public search facility will follow. Civil society "
            "groups that track procurement will be able to link tender awards to the people who "
            "actually benefit."
        ),
        "lead_institution": "Business Registration Service",
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "transformative",
            "completion": "substantial",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Regulations making beneficial ownership disclosure mandatory in force", True),
            ("Register data shared with the Public Procurement Regulatory Authority", True),
            ("Public search access to the register", False),
        ],
    },
    {
        "member": "KEN",
        "plan": 1,
        "title": "Monthly publication of case backlog data for every court station",
        "description": (
            "Cases older than five years clog many court stations, yet court users have no way to "
            "see where delays are worst. The judiciary will publish monthly figures for each "
            "station showing filed, resolved and pending cases by type and age. Court users' "
            "committees, which bring together lawyers, prosecutors, prison officers and community "
            "representatives, will use the data to agree local action plans against delay."
        ),
        "lead_institution": "Judiciary of Kenya",
        "challenge_areas": ["justice", "access-to-information"],
        "themes": ["justice", "access-to-information"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("Case management data standardised across court stations", True),
            ("Monthly backlog dashboard published", True),
            ("Court users' committees review backlog data each quarter", True),
        ],
    },
    {
        "member": "KEN",
        "plan": 1,
        "title": "Model county law on public participation with feedback on budget proposals",
        "description": (
            "The constitution requires public participation in county budgeting, but hearings are "
            "often announced late and residents never learn what happened to their proposals. A "
            "model law will set minimum notice periods, require a venue in every ward and oblige "
            "counties to publish a feedback report explaining which proposals were adopted and why "
            "others were not. Residents of remote wards, persons with disabilities and young "
            "people are expected to benefit most."
        ),
        "lead_institution": "Council of Governors",
        "challenge_areas": ["public-participation", "fiscal-openness"],
        "themes": ["participation-inclusion", "fiscal-openness"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "did_not_change",
            "starred": False,
        },
        "milestones": [
            ("Model county public participation bill drafted", True),
            ("Bill adopted by at least 15 county assemblies", False),
            ("Feedback reports on budget submissions published", False),
        ],
    },
    {
        "member": "KEN",
        "plan": 2,
        "title": "Whistleblower protection law with an independent confidential reporting channel",
        "description": (
            "Public servants who report bribery or procurement fraud risk dismissal, transfers and "
            "threats, and no single law protects them. The commission will prepare a bill covering "
            "both the public and private sectors, with protection against retaliation, "
            "compensation and a reversed burden of proof. An encrypted channel would allow "
            "anonymous disclosures in the meantime. Neither the bill nor the channel had "
            "materialised by the end of the plan period."
        ),
        "lead_institution": "Ethics and Anti-Corruption Commission",
        "challenge_areas": ["anti-corruption", "civic-space"],
        "themes": ["anti-corruption", "civic-space"],
        "status": "not_started",
        "irm": {
            "potential_impact": "moderate",
            "completion": "not_started",
            "opened_government": "",
            "starred": False,
        },
        "milestones": [
            ("Whistleblower protection bill submitted to Parliament", False),
            ("Encrypted reporting channel launched", False),
        ],
    },
    {
        "member": "KEN",
        "plan": 2,
        "title": "Tracking county climate fund disbursements from budget to ward projects",
        "description": (
            "Several counties set aside a share of their development budgets for climate "
            "adaptation, governed by ward committees that choose projects such as sand dams and "
            "drought-tolerant seed banks. The National Treasury will publish transfers to each "
            "county climate fund, and counties will report spending per ward project on a common "
            "template. Pastoralist and farming communities in arid counties will be able to see "
            "how adaptation money reaches their wards."
        ),
        "lead_institution": "National Treasury",
        "challenge_areas": ["climate-environment", "fiscal-openness"],
        "themes": ["climate", "fiscal-openness"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Standard reporting template for county climate funds", True),
            ("Disbursement data published for 30 counties", True),
            ("Ward climate committees publish their project lists", False),
        ],
    },
    {
        "member": "KEN",
        "plan": 3,
        "title": (
            "Data protection impact assessment and public consultation before digital ID rollout"
        ),
        "description": (
            "An earlier attempt to build a national digital identity system was halted because no "
            "data protection impact assessment had been carried out and minority communities "
            "feared exclusion. This commitment requires the assessment to be published before any "
            "rollout, along with consultations in border and minority regions and an independent "
            "audit of which agencies can access the data. People without documents should not lose "
            "access to services while the system is introduced."
        ),
        "lead_institution": "Office of the Data Protection Commissioner",
        "challenge_areas": ["digital-governance", "civic-space"],
        "themes": ["digital-governance", "civic-space"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "transformative",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Impact assessment published before the pilot phase", True),
            ("Consultations with minority and border communities", False),
            ("Independent audit of data-sharing agreements", False),
        ],
    },
    {
        "member": "NGA",
        "plan": 1,
        "title": (
            "Open contracting data standard across federal ministries, departments and agencies"
        ),
        "description": (
            "Federal procurement information is published on a portal, but many agencies upload "
            "only award notices, often months late and without contract values. The bureau will "
            "require full publication from planning to completion for 100 ministries and agencies "
            "and check compliance during procurement audits. Civil society monitors tracking "
            "health, education and road contracts will be able to follow each project's money and "
            "progress."
        ),
        "lead_institution": "Bureau of Public Procurement",
        "challenge_areas": ["anti-corruption", "digital-governance"],
        "themes": ["anti-corruption", "fiscal-openness"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Federal procurement portal upgraded to the latest data standard", True),
            ("Contract data from 100 ministries and agencies published", False),
            ("Procurement audits draw on portal data", False),
        ],
    },
    {
        "member": "NGA",
        "plan": 1,
        "title": "Disclosure of oil, gas and mining contracts and company payments",
        "description": (
            "For decades the terms of oil licences and production sharing contracts were treated "
            "as state secrets, making it impossible to check whether the country received its fair "
            "share. The secretariat will publish all active contracts and their amendments, "
            "together with company-by-company payments to government agencies. Reconciling those "
            "payments with what agencies report receiving helps identify revenues that were never "
            "remitted. Open data lets civil society and the media pursue the gaps independently."
        ),
        "lead_institution": "National Extractive Industries Transparency Secretariat",
        "challenge_areas": ["anti-corruption", "fiscal-openness"],
        "themes": ["natural-resources", "anti-corruption"],
        "status": "completed",
        "irm": {
            "potential_impact": "transformative",
            "completion": "complete",
            "opened_government": "outstanding",
            "starred": True,
        },
        "milestones": [
            ("Contract disclosure policy adopted by the petroleum ministry", True),
            ("Existing oil and gas contracts published in full", True),
            ("Company-by-company payment data released as open data", True),
        ],
    },
    {
        "member": "NGA",
        "plan": 2,
        "title": "Public portal tracking recovered stolen assets and how they are used",
        "description": (
            "Funds and property recovered from corrupt officials have sometimes disappeared a "
            "second time. The ministry will publish a register of recovered assets, including cash "
            "returned from foreign jurisdictions, with their legal status and how the proceeds are "
            "used. Projects funded from returned assets will be monitored by independent civil "
            "society groups under agreements signed with the returning countries."
        ),
        "lead_institution": "Federal Ministry of Justice",
        "challenge_areas": ["anti-corruption", "justice"],
        "themes": ["anti-corruption", "justice"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "substantial",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("Asset recovery data consolidated across law enforcement agencies", True),
            ("Public portal launched with recovered assets and their legal status", True),
            ("Independent monitoring of projects funded from returned assets", False),
        ],
    },
    {
        "member": "NGA",
        "plan": 2,
        "title": "Disability data in public service recruitment and accessibility audits",
        "description": (
            "The disability rights law reserves a share of public jobs for persons with "
            "disabilities, but nobody collects the numbers needed to check whether the quota is "
            "met. The commission will record disability status in recruitment data, publish annual "
            "figures and audit the accessibility of federal buildings that receive the public. "
            "Organisations of persons with disabilities will review the findings alongside the "
            "commission."
        ),
        "lead_institution": "Federal Civil Service Commission",
        "challenge_areas": ["gender-inclusion"],
        "themes": ["participation-inclusion", "public-service-delivery"],
        "status": "completed",
        "irm": {
            "potential_impact": "minor",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Recruitment data disaggregated by disability status", True),
            ("Accessibility audits of 40 federal buildings published", True),
            ("Annual report submitted to the national disability commission", True),
        ],
    },
    {
        "member": "NGA",
        "plan": 3,
        "title": "Community scorecards for primary health care facility budgets and services",
        "description": (
            "Funds intended for primary health care centres often reach them late or not at all, "
            "and communities notice only when drugs run out. Facility-level allocations will be "
            "published for six pilot states. Ward health committees will score their local "
            "facility on staffing, drug availability and opening hours twice a year, and the "
            "scorecards will be presented to state assembly health committees during the budget "
            "cycle."
        ),
        "lead_institution": "National Primary Health Care Development Agency",
        "challenge_areas": ["fiscal-openness", "public-participation"],
        "themes": ["public-service-delivery", "fiscal-openness"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Facility-level allocations published for six pilot states", True),
            ("Community scorecards completed in 600 facilities", False),
            ("Ward health committees present results to state assemblies", False),
        ],
    },
    {
        "member": "NGA",
        "plan": 3,
        "title": "Joint review of the regulatory framework for non-profit organisations",
        "description": (
            "Registration rules and anti-money-laundering requirements have been applied to small "
            "community associations as if they were high-risk financial institutions, tying them "
            "up in paperwork and deterring donors. A joint review with civil society will "
            "recommend a risk-based approach that targets genuine abuse without burdening "
            "legitimate groups. The recommendations will be published with a timetable for any "
            "legislative changes."
        ),
        "lead_institution": "Corporate Affairs Commission",
        "challenge_areas": ["civic-space"],
        "themes": ["civic-space"],
        "status": "not_started",
        "irm": {"potential_impact": "", "completion": "", "opened_government": "", "starred": None},
        "milestones": [
            ("Joint review of registration and reporting rules with civil society", False),
            ("Risk-based approach to anti-money-laundering supervision of non-profits", False),
        ],
    },
    {
        "member": "PHL",
        "plan": 1,
        "title": "Citizen participatory audits of flood control and drainage projects",
        "description": (
            "Flood control projects absorb a large share of infrastructure spending, yet "
            "communities hit by typhoons regularly find dikes unfinished or drainage channels "
            "clogged. The Commission on Audit will form joint audit teams with civil society "
            "volunteers and engineering students to inspect projects in five flood-prone regions. "
            "Their reports will be published alongside regular audit findings. The commission will "
            "also track whether implementing agencies act on the recommendations."
        ),
        "lead_institution": "Commission on Audit",
        "challenge_areas": ["public-participation", "climate-environment"],
        "themes": ["participation-inclusion", "climate"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Joint audit teams of auditors and volunteers formed in five regions", True),
            ("Joint audit reports on flood control projects published", True),
            ("Agency responses to recommendations tracked publicly", True),
        ],
    },
    {
        "member": "PHL",
        "plan": 1,
        "title": "Freedom of information manuals and a single e-FOI portal for executive agencies",
        "description": (
            "Without a national freedom of information law, access depends on an executive order "
            "that covers only the executive branch. Every department and attached agency will "
            "adopt an FOI manual listing exceptions, fees and response times, and join a single "
            "portal where requests and answers are published. An annual report will show how many "
            "requests were granted, denied or left unanswered."
        ),
        "lead_institution": "Presidential Communications Office",
        "challenge_areas": ["access-to-information"],
        "themes": ["access-to-information"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("FOI manuals adopted by all departments", True),
            ("All attached agencies onboarded to the e-FOI portal", True),
            ("Annual FOI report with response times published", True),
        ],
    },
    {
        "member": "PHL",
        "plan": 2,
        "title": "Machine-readable budget and spending data for local government units",
        "description": (
            "Local governments post their budgets as scanned documents on bulletin boards and "
            "websites, which makes comparison across localities almost impossible. The department "
            "will publish provincial, city and municipal budget data in machine-readable formats "
            "using a common chart of accounts. Researchers and local civil society will then be "
            "able to compare spending on health, disaster preparedness and social services between "
            "similar municipalities."
        ),
        "lead_institution": "Department of Budget and Management",
        "challenge_areas": ["fiscal-openness"],
        "themes": ["fiscal-openness"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Standard chart of accounts applied to local budgets", True),
            ("Budget data from all provinces and cities published", True),
            ("Municipal spending data published quarterly", False),
        ],
    },
    {
        "member": "PHL",
        "plan": 2,
        "title": "Electronic filing and videoconference hearings for small claims cases",
        "description": (
            "Small claims for unpaid wages, loans and rent are supposed to be settled quickly "
            "without lawyers, but claimants lose days travelling to court and waiting for "
            "hearings. The Supreme Court will allow electronic filing, online payment of fees and "
            "hearings by videoconference in 200 first-level courts. A published user survey will "
            "measure savings in time and travel costs, particularly for claimants from island "
            "municipalities."
        ),
        "lead_institution": "Supreme Court of the Philippines",
        "challenge_areas": ["justice", "digital-governance"],
        "themes": ["justice", "public-service-delivery"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("E-filing rules adopted for small claims", True),
            ("Videoconference hearings available in 200 first-level courts", True),
            ("User survey on time and cost savings published", True),
        ],
    },
    {
        "member": "PHL",
        "plan": 3,
        "title": "Disclosure of mining agreements and mine rehabilitation fund reports",
        "description": (
            "Mining companies must set aside money for rehabilitating land and water after "
            "operations end, but host communities rarely see how much has been deposited or spent. "
            "The bureau will publish mineral agreements and annual statements of each mine's "
            "rehabilitation and monitoring funds, together with the reports of multipartite "
            "monitoring teams in which communities take part. Indigenous communities near mine "
            "sites will gain evidence to demand that rehabilitation actually happens."
        ),
        "lead_institution": "Mines and Geosciences Bureau",
        "challenge_areas": ["climate-environment", "anti-corruption"],
        "themes": ["natural-resources", "climate"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Mineral agreements published in a searchable online repository", True),
            ("Annual rehabilitation fund statements released for each mine", False),
            ("Multipartite monitoring team reports posted online", False),
        ],
    },
    {
        "member": "PHL",
        "plan": 3,
        "title": "Inter-agency mechanism responding to threats against journalists",
        "description": (
            "Journalists, especially community radio broadcasters in the provinces, continue to be "
            "harassed and attacked, and many killings remain unsolved. The task force will agree a "
            "protocol with media organisations for rapid risk assessment and protection, and "
            "publish a tracker showing the status of investigations and prosecutions in each case. "
            "Media groups will receive quarterly briefings and can refer new threats directly."
        ),
        "lead_institution": "Presidential Task Force on Media Security",
        "challenge_areas": ["media-freedom"],
        "themes": ["civic-space"],
        "status": "in_progress",
        "irm": {"potential_impact": "", "completion": "", "opened_government": "", "starred": None},
        "milestones": [
            ("Joint protocol agreed with media organisations", True),
            ("Public tracker of cases and prosecution status", False),
        ],
    },
    {
        "member": "MEX",
        "plan": 1,
        "title": "Open data on groundwater extraction permits and metered volumes",
        "description": (
            "Many aquifers in central and northern Mexico are overdrawn, while the public register "
            "of water rights is incomplete and does not show how much each holder actually "
            "extracts. The commission will publish the full register as open data and, for large "
            "industrial and agricultural users, the metered volumes reported each year. Water user "
            "councils and researchers will be able to identify where extraction exceeds what has "
            "been authorised."
        ),
        "lead_institution": "National Water Commission",
        "challenge_areas": ["climate-environment"],
        "themes": ["climate", "natural-resources"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Water rights register published as open data", True),
            ("Metered extraction volumes published for large users", False),
            ("Aquifer availability studies updated and published", False),
        ],
    },
    {
        "member": "MEX",
        "plan": 1,
        "title": "Joint lobbying register and legislative footprint for the federal Congress",
        "description": (
            "Congressional committees receive lobbyists daily, but there is no register of who met "
            "whom about which bill. The Chamber of Deputies proposed a register shared with the "
            "Senate and a legislative footprint listing the input received on each bill. The "
            "commitment was withdrawn when the two chambers could not agree on common rules, and "
            "the proposal now sits with the parliamentary transparency committee."
        ),
        "lead_institution": "Chamber of Deputies",
        "challenge_areas": ["anti-corruption", "public-participation"],
        "themes": ["anti-corruption", "participation-inclusion"],
        "status": "withdrawn",
        "irm": {
            "potential_impact": "moderate",
            "completion": "withdrawn",
            "opened_government": "",
            "starred": False,
        },
        "milestones": [
            ("Rules for a joint lobbying register approved by both chambers", False),
            ("Meetings with lobbyists published for each bill", False),
        ],
    },
    {
        "member": "MEX",
        "plan": 2,
        "title": "Gender budget annex reporting results as well as allocations",
        "description": (
            "The federal budget already includes an annex listing spending on equality between "
            "women and men, but it reports money allocated rather than what the programmes "
            "achieved. The ministry will add outcome indicators for each programme in the annex "
            "and report execution quarterly with sex-disaggregated beneficiary data. An annual "
            "review will bring together women's organisations and legislators. Programmes that "
            "repeatedly underspend will be flagged for explanation in the budget debate."
        ),
        "lead_institution": "Ministry of Finance and Public Credit",
        "challenge_areas": ["gender-inclusion", "fiscal-openness"],
        "themes": ["participation-inclusion", "fiscal-openness"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Outcome indicators defined for programmes in the gender annex", True),
            ("Quarterly execution reports disaggregated by sex", True),
            ("Annual public review with women's organisations", True),
        ],
    },
    {
        "member": "MEX",
        "plan": 2,
        "title": "Public data on police use of force incidents and related complaints",
        "description": (
            "There is no consistent national record of when police officers use force, how many "
            "people are injured or killed, and what happens to the complaints that follow. A "
            "standard incident form will be introduced for federal forces, and its anonymised data "
            "published every quarter, with an invitation for state forces to join. Human rights "
            "organisations will sit on an advisory group that reviews the data and the handling of "
            "complaints."
        ),
        "lead_institution": "Secretariat of Security and Citizen Protection",
        "challenge_areas": ["justice", "access-to-information"],
        "themes": ["justice", "access-to-information"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "transformative",
            "completion": "limited",
            "opened_government": "did_not_change",
            "starred": False,
        },
        "milestones": [
            ("Standard incident report form adopted by federal forces", True),
            ("Quarterly open dataset on use of force incidents", False),
            ("State police forces invited to adopt the standard", False),
        ],
    },
    {
        "member": "MEX",
        "plan": 3,
        "title": "Information request services in twelve Indigenous languages",
        "description": (
            "Speakers of Indigenous languages can in theory file information requests in their own "
            "language, but almost none do because forms, guidance and responses are all in "
            "Spanish. The institute will translate forms and guidance into twelve languages, train "
            "community interpreters and open a telephone line for spoken requests. Questions about "
            "land, water and health programmes are expected to be the most frequent."
        ),
        "lead_institution": "National Institute for Transparency and Access to Information",
        "challenge_areas": ["access-to-information", "gender-inclusion"],
        "themes": ["access-to-information", "participation-inclusion"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Request forms translated into 12 Indigenous languages", True),
            ("Community interpreters trained in eight states", False),
            ("Telephone line for spoken requests launched", False),
        ],
    },
    {
        "member": "CHL",
        "plan": 1,
        "title": "Extending the lobbying register to regional governments and municipalities",
        "description": (
            "Meetings between lobbyists and national ministers have been published for years, but "
            "regional governors and municipal authorities decide on land use, waste and transport "
            "contracts that attract heavy lobbying too. The council will bring these authorities "
            "onto the central platform, train their staff and review compliance in 100 "
            "municipalities. Residents and journalists will see who is meeting local "
            "decision-makers before zoning and contract decisions are made."
        ),
        "lead_institution": "Council for Transparency",
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Municipal authorities designated as subjects of the lobbying law", True),
            ("Regional governors' meetings published on the lobbying platform", True),
            ("Compliance review of 100 municipalities published", True),
        ],
    },
    {
        "member": "CHL",
        "plan": 2,
        "title": "Algorithmic transparency standard for public bodies",
        "description": (
            "Public agencies use automated systems to allocate hospital appointments, detect "
            "benefit fraud and prioritise inspections, and the people affected rarely know they "
            "exist. A standard will set out what each agency should disclose about such systems, "
            "from their purpose and data sources to the human oversight in place. Five agencies "
            "will pilot it and publish their first disclosures, and procurement guidance will "
            "require suppliers of AI systems to support bias testing."
        ),
        "lead_institution": "Digital Government Division",
        "challenge_areas": ["digital-governance"],
        "themes": ["digital-governance", "access-to-information"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Transparency standard for automated decision systems published", True),
            ("Standard piloted in five agencies", True),
            ("Procurement guidance on bias testing for AI systems issued", True),
        ],
    },
    {
        "member": "CHL",
        "plan": 2,
        "title": "Open data and easier participation in environmental impact assessments",
        "description": (
            "Environmental impact studies can run to thousands of pages, and consultation periods "
            "often close before communities near a proposed mine or power plant have understood "
            "what is planned. The service will publish project files in bulk as open data and "
            "require a plain-language summary for each project. In-person consultation sessions "
            "will be held in the affected localities rather than only in regional capitals."
        ),
        "lead_institution": "Environmental Assessment Service",
        "challenge_areas": ["climate-environment", "public-participation"],
        "themes": ["climate", "participation-inclusion"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Project files downloadable in bulk as open data", True),
            ("Plain-language summary required for each project under consultation", False),
            ("Consultation meetings held in the affected localities", False),
        ],
    },
    {
        "member": "CHL",
        "plan": 3,
        "title": "Common open data standard for court rulings across all jurisdictions",
        "description": (
            "Court rulings are published online, but in formats that differ between courts and "
            "rarely include structured information about the subject matter or the outcome. The "
            "Judicial Branch will adopt a common standard, anonymise personal data according to "
            "agreed rules and allow bulk downloads. Researchers and lawyers will be able to study "
            "sentencing patterns and the consistency of case law across regions."
        ),
        "lead_institution": "Judicial Branch",
        "challenge_areas": ["justice", "access-to-information"],
        "themes": ["justice", "access-to-information"],
        "status": "in_progress",
        "irm": {"potential_impact": "", "completion": "", "opened_government": "", "starred": None},
        "milestones": [
            ("Anonymisation guidelines for rulings agreed", True),
            ("Appeals court rulings published with structured metadata", False),
            ("Bulk download made available to researchers", False),
        ],
    },
    {
        "member": "SEN",
        "plan": 1,
        "title": "Publication of oil and gas licences, contracts and beneficial owners",
        "description": (
            "Offshore oil and gas discoveries have raised hopes and suspicions in equal measure, "
            "and early licence awards were criticised for their opacity. The ministry will publish "
            "all hydrocarbon contracts and amendments, the beneficial owners of every licence "
            "holder and simplified guides explaining the key fiscal terms. Members of parliament "
            "and coastal communities will be better placed to scrutinise the deals as production "
            "starts."
        ),
        "lead_institution": "Ministry of Petroleum and Energy",
        "challenge_areas": ["anti-corruption", "climate-environment"],
        "themes": ["natural-resources", "anti-corruption"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("All hydrocarbon contracts published online", True),
            ("Beneficial owners of licence holders disclosed", True),
            ("Explanatory guides for coastal communities produced", True),
        ],
    },
    {
        "member": "SEN",
        "plan": 2,
        "title": "Adoption and implementation of an access to information law",
        "description": (
            "Senegal has no general law guaranteeing the right to request information from public "
            "bodies. A draft prepared with civil society provides for response deadlines, narrow "
            "exceptions and an independent commission to hear appeals. Adoption has been "
            "repeatedly postponed, and this commitment aims to carry the validated draft through "
            "the parliamentary process."
        ),
        "lead_institution": "Ministry of Communication, Telecommunications and the Digital Economy",
        "challenge_areas": ["access-to-information"],
        "themes": ["access-to-information"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "transformative",
            "completion": "limited",
            "opened_government": "did_not_change",
            "starred": False,
        },
        "milestones": [
            ("Draft law validated with civil society", True),
            ("Law adopted by the National Assembly", False),
            ("Independent oversight commission established", False),
        ],
    },
    {
        "member": "SEN",
        "plan": 2,
        "title": "Citizen budget published in French and Wolof with radio explainers",
        "description": (
            "The budget law is long and technical, and few citizens outside Dakar ever see a "
            "summary of it. The ministry will publish a short illustrated citizen budget in French "
            "and Wolof, produce radio explainers in regional languages and hold feedback sessions "
            "with women's groups and youth associations in three regions. Conclusions from the "
            "sessions will go to the budget directorate ahead of the following year's orientation "
            "debate."
        ),
        "lead_institution": "Ministry of Finance and Budget",
        "challenge_areas": ["fiscal-openness", "gender-inclusion"],
        "themes": ["fiscal-openness", "participation-inclusion"],
        "status": "completed",
        "irm": {
            "potential_impact": "minor",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Illustrated citizen budget published in French and Wolof", True),
            ("Radio explainers broadcast in regional languages", True),
            ("Feedback sessions with women's groups held in three regions", True),
        ],
    },
    {
        "member": "SEN",
        "plan": 3,
        "title": "Publication of industrial fishing licences, catch data and fishing agreements",
        "description": (
            "Artisanal fishers report shrinking catches while industrial trawlers operate under "
            "licences whose terms are not public. The ministry will publish the list of licensed "
            "vessels with their owners, annual catch declarations and the text of fishing "
            "agreements with other countries. Fishing communities and their federations will have "
            "data to press for better enforcement of the coastal zones reserved for them."
        ),
        "lead_institution": "Ministry of Fisheries and Maritime Economy",
        "challenge_areas": ["climate-environment", "anti-corruption"],
        "themes": ["natural-resources", "climate"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("List of licensed industrial vessels published with their owners", True),
            ("Annual catch declarations published by vessel", False),
            ("Fishing agreements with foreign fleets published", False),
        ],
    },
    {
        "member": "UKR",
        "plan": 1,
        "title": "Risk-based monitoring of public procurement using open contracting analytics",
        "description": (
            "Every public purchase above a low threshold already runs through an open electronic "
            "system that generates detailed contracting data. This commitment builds on that "
            "foundation by adding automated risk indicators, such as a lone bidder or a price far "
            "above comparable purchases, which the state audit service uses to decide which "
            "procedures to review. Civil society monitors in twenty regions will be trained to use "
            "the same indicators and to file complaints through the system."
        ),
        "lead_institution": "Ministry of Economy",
        "challenge_areas": ["anti-corruption", "digital-governance"],
        "themes": ["anti-corruption", "digital-governance"],
        "status": "completed",
        "irm": {
            "potential_impact": "transformative",
            "completion": "complete",
            "opened_government": "outstanding",
            "starred": True,
        },
        "milestones": [
            ("Risk indicators integrated into the public analytics module", True),
            ("State audit service selects procurements for review using risk scores", True),
            ("Civil society monitors trained in 20 regions", True),
        ],
    },
    {
        "member": "UKR",
        "plan": 1,
        "title": "Automated verification of electronic asset declarations",
        "description": (
            "Public officials file detailed electronic asset declarations that are published "
            "online, but the agency can only check a fraction of them by hand. Automated "
            "cross-checks against property, vehicle, tax and company registers will flag "
            "declarations with unexplained assets for full verification. The agency will publish "
            "annual statistics on checks performed, violations found and cases referred to "
            "investigators."
        ),
        "lead_institution": "National Agency on Corruption Prevention",
        "challenge_areas": ["anti-corruption", "digital-governance"],
        "themes": ["anti-corruption"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "substantial",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("Automatic cross-checks with property, vehicle and company registers", True),
            ("Risk-based selection of declarations for full review", True),
            ("Public annual report on verification results", False),
        ],
    },
    {
        "member": "UKR",
        "plan": 2,
        "title": "Open data on reconstruction projects from damage assessment to completion",
        "description": (
            "Rebuilding housing, schools, bridges and power infrastructure will involve enormous "
            "sums from the state budget and international partners, and donors and citizens alike "
            "want assurance that the money is not stolen. Every reconstruction project will be "
            "recorded in a single public system linking the damage assessment, the decision to "
            "rebuild, the procurement and the payments. Residents will be able to comment on "
            "completed works, and their feedback will be visible to auditors."
        ),
        "lead_institution": "State Agency for Restoration and Infrastructure Development",
        "challenge_areas": ["anti-corruption", "fiscal-openness"],
        "themes": ["anti-corruption", "public-service-delivery"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "transformative",
            "completion": "substantial",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Damage register linked to reconstruction projects", True),
            ("Public dashboard of reconstruction projects and contracts", True),
            ("Residents' feedback on completed works collected through the dashboard", False),
        ],
    },
    {
        "member": "UKR",
        "plan": 2,
        "title": "Electronic court filing and a complete open register of court decisions",
        "description": (
            "Litigants in many courts still file paper documents, and the online register of court "
            "decisions has gaps that make it hard to follow how judges decide similar cases. "
            "E-filing will be extended from commercial courts to all court types, and the "
            "administration will audit the register to ensure every decision is published within "
            "the legal deadline. Lawyers, researchers and anti-corruption activists rely on the "
            "register to spot inconsistent rulings."
        ),
        "lead_institution": "State Judicial Administration",
        "challenge_areas": ["justice", "digital-governance"],
        "themes": ["justice", "digital-governance"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("E-filing available in all commercial courts", True),
            ("E-filing extended to administrative and general courts", False),
            ("Gaps in the register of court decisions closed", False),
        ],
    },
    {
        "member": "UKR",
        "plan": 3,
        "title": "Open register of environmental damage in war-affected territories",
        "description": (
            "Shelling, flooding and fires have polluted soils, rivers and forests across large "
            "areas, and recording this damage matters both for clean-up and for future "
            "compensation claims. The ministry will publish a register of environmental damage "
            "incidents with location, type and estimated harm, using a methodology agreed with "
            "environmental organisations. Data that could endanger people will be withheld until "
            "it is safe to release."
        ),
        "lead_institution": "Ministry of Environmental Protection and Natural Resources",
        "challenge_areas": ["climate-environment", "access-to-information"],
        "themes": ["climate", "natural-resources"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Methodology for recording environmental damage approved", True),
            ("Public map of recorded incidents released", False),
            ("Data shared with courts and compensation bodies", False),
        ],
    },
    {
        "member": "GEO",
        "plan": 1,
        "title": "Public hearings and online comments on draft laws in Parliament",
        "description": (
            "Bills are often passed within days of their introduction, leaving civil society no "
            "time to comment. Parliament will publish draft laws with an online commenting tool "
            "and hold committee hearings open to civil society on priority bills. An annual report "
            "will account for the input received and show where it changed legislation."
        ),
        "lead_institution": "Parliament of Georgia",
        "challenge_areas": ["public-participation"],
        "themes": ["participation-inclusion"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Online commenting tool added to the parliamentary website", True),
            ("Committee hearings with civil society held on priority bills", True),
            ("Annual report on citizen input published", True),
        ],
    },
    {
        "member": "GEO",
        "plan": 1,
        "title": "Accessible public service halls for persons with disabilities",
        "description": (
            "Public service halls bring dozens of administrative services together under one roof, "
            "but wheelchair users and deaf and blind people still face barriers. The agency will "
            "audit all halls, install ramps and tactile guides where needed, offer sign-language "
            "interpretation by video link and make its online booking accessible. Organisations of "
            "persons with disabilities will test the services before and after the changes."
        ),
        "lead_institution": "Public Service Development Agency",
        "challenge_areas": ["gender-inclusion"],
        "themes": ["public-service-delivery", "participation-inclusion"],
        "status": "completed",
        "irm": {
            "potential_impact": "none",
            "completion": "complete",
            "opened_government": "did_not_change",
            "starred": False,
        },
        "milestones": [
            ("Accessibility audit of all public service halls", True),
            ("Sign-language interpretation by video link available", True),
            ("Online booking system made accessible", True),
        ],
    },
    {
        "member": "GEO",
        "plan": 2,
        "title": "Regular publication of case data on complaints against police officers",
        "description": (
            "Complaints of ill-treatment by police and prison staff are investigated by an "
            "independent service, but information on outcomes is scarce and victims' lawyers "
            "complain of long delays. The service will publish case statistics twice a year, "
            "broken down by type of alleged misconduct, stage of investigation and outcome. A "
            "joint review with human rights organisations will examine why cases stall."
        ),
        "lead_institution": "Special Investigation Service",
        "challenge_areas": ["justice", "civic-space"],
        "themes": ["justice", "access-to-information"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "did_not_change",
            "starred": False,
        },
        "milestones": [
            ("Case statistics published twice a year", True),
            ("Investigation outcomes published by type of misconduct", False),
            ("Joint review with human rights organisations", False),
        ],
    },
    {
        "member": "GEO",
        "plan": 3,
        "title": "Public register of the ultimate owners of broadcast and online media",
        "description": (
            "Audiences cannot easily find out who ultimately owns the television channels and news "
            "websites they follow, or which interests finance them. The commission will require "
            "broadcasters, and online outlets that receive state advertising, to disclose their "
            "ultimate owners and main funding sources in a public register. Journalists' "
            "associations want to make sure the rules cannot become a pretext for restricting "
            "independent outlets and will be consulted on the draft."
        ),
        "lead_institution": "Communications Commission",
        "challenge_areas": ["media-freedom", "access-to-information"],
        "themes": ["civic-space", "access-to-information"],
        "status": "not_started",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Ownership disclosure rules extended to online outlets", False),
            ("Public register of ultimate owners and main funding sources", False),
        ],
    },
    {
        "member": "MAR",
        "plan": 1,
        "title": "Single online portal for access to information requests",
        "description": (
            "Since the right of access to information became law, citizens have had to write to "
            "each institution separately, with no way of following their requests. A single portal "
            "will receive requests for all ministries, public establishments and regional "
            "councils, route them to designated officers and show their status to the requester. "
            "Annual statistics will reveal which institutions answer on time and which rely "
            "heavily on exceptions."
        ),
        "lead_institution": "Ministry of Digital Transition and Administrative Reform",
        "challenge_areas": ["access-to-information", "digital-governance"],
        "themes": ["access-to-information"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("National request portal launched", True),
            ("Information officers designated in ministries and regions", True),
            ("Annual statistics on requests and complaints published", True),
        ],
    },
    {
        "member": "MAR",
        "plan": 1,
        "title": "Online citizen petitions and participatory budgeting pilots in municipalities",
        "description": (
            "Residents have a legal right to submit petitions to their municipal council, but "
            "signature thresholds and paperwork have kept the number of petitions low. An online "
            "platform will make it easier to launch and sign petitions, and ten municipalities "
            "will pilot participatory budgeting for neighbourhood projects. Youth associations are "
            "expected to be the main users."
        ),
        "lead_institution": "Directorate General of Local Authorities",
        "challenge_areas": ["public-participation"],
        "themes": ["participation-inclusion"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Online petition platform opened to municipal residents", True),
            ("Participatory budgeting piloted in ten municipalities", False),
            ("Guide for municipal councils on responding to petitions", False),
        ],
    },
    {
        "member": "MAR",
        "plan": 2,
        "title": "Open data on renewable energy projects and the land they occupy",
        "description": (
            "Large solar and wind plants are central to the national climate strategy, but "
            "communities whose collective lands were leased for them want clearer information on "
            "compensation and local benefits. The agency will publish data on each project's "
            "capacity, land area, lease terms and local development programmes. Reports of the "
            "consultations held with neighbouring communities will be published as well."
        ),
        "lead_institution": "Moroccan Agency for Sustainable Energy",
        "challenge_areas": ["climate-environment"],
        "themes": ["climate", "natural-resources"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Project data published for solar and wind plants", True),
            ("Lease and compensation data published for collective lands", True),
            ("Local consultation reports published", False),
        ],
    },
    {
        "member": "MAR",
        "plan": 3,
        "title": "Help desks and plain-language legal guides for women in family courts",
        "description": (
            "Women in family disputes often go to court without knowing their rights to "
            "maintenance, custody or a share of marital property. Help desks in family courts will "
            "provide free guidance, and plain-language guides will be published in Arabic and "
            "Amazigh. The ministry will also publish data on legal aid granted in family cases, "
            "broken down by sex and region."
        ),
        "lead_institution": "Ministry of Justice",
        "challenge_areas": ["justice", "gender-inclusion"],
        "themes": ["justice", "participation-inclusion"],
        "status": "in_progress",
        "irm": {"potential_impact": "", "completion": "", "opened_government": "", "starred": None},
        "milestones": [
            ("Help desks opened in family courts in six cities", True),
            ("Guides on divorce, custody and maintenance published in Arabic and Amazigh", False),
            ("Data on legal aid granted in family cases published", False),
        ],
    },
    {
        "member": "KOR",
        "plan": 1,
        "title": "Proactive disclosure of the original documents behind government decisions",
        "description": (
            "Citizens can read lists of documents approved by central agencies, but the documents "
            "themselves usually have to be requested one by one. The ministry will revise the "
            "disclosure criteria so that original approval documents are published proactively "
            "unless a specific exemption applies, and will report how many were withheld and why. "
            "Researchers, journalists and civic groups will be able to read the reasoning behind "
            "decisions rather than just their titles."
        ),
        "lead_institution": "Ministry of the Interior and Safety",
        "challenge_areas": ["access-to-information"],
        "themes": ["access-to-information"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("Disclosure criteria for approval documents revised", True),
            ("Original documents published on the national information portal", True),
            ("Statistics on withheld documents and grounds published", True),
        ],
    },
    {
        "member": "KOR",
        "plan": 2,
        "title": "Citizen panel shaping guidelines on AI use in public services",
        "description": (
            "Public agencies are adopting chatbots, document recognition and predictive tools at "
            "speed. A randomly selected citizen panel will deliberate over four weekends on when "
            "AI should and should not be used in public services. The ministry will publish "
            "guidelines with a point-by-point response to the panel's recommendations, and "
            "agencies will complete a self-assessment checklist before deploying new systems."
        ),
        "lead_institution": "Ministry of Science and ICT",
        "challenge_areas": ["digital-governance", "public-participation"],
        "themes": ["digital-governance", "participation-inclusion"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Randomly selected citizen panel convened", True),
            ("Guidelines published with a response to each panel recommendation", True),
            ("Self-assessment checklist issued to agencies", True),
        ],
    },
    {
        "member": "KOR",
        "plan": 2,
        "title": "Facility-level greenhouse gas emissions published as open data",
        "description": (
            "Companies in the emissions trading scheme report their emissions facility by "
            "facility, but published figures have been aggregated by company and industry. The "
            "ministry will publish facility-level data in machine-readable formats and review the "
            "trade secret exemptions that companies have used to withhold it. Residents and "
            "environmental groups will be able to see which plants near them emit the most."
        ),
        "lead_institution": "Ministry of Environment",
        "challenge_areas": ["climate-environment", "access-to-information"],
        "themes": ["climate"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Emissions of facilities in the trading scheme published", True),
            ("Data released in machine-readable formats", True),
            ("Trade secret exemptions reviewed and narrowed", False),
        ],
    },
    {
        "member": "KOR",
        "plan": 3,
        "title": (
            "Stronger protection for whistleblowers reporting bid rigging in public procurement"
        ),
        "description": (
            "Bid rigging and kickbacks in public construction contracts are often known to "
            "employees of the firms involved, who fear being blacklisted in a small industry if "
            "they speak up. The commission will extend anonymous reporting through lawyers to "
            "procurement cases and publish data on the protection measures and rewards granted. "
            "Construction industry associations will be asked to adopt codes against retaliation."
        ),
        "lead_institution": "Anti-Corruption and Civil Rights Commission",
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption", "civic-space"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Procurement cases brought within the scope of anonymous reporting via lawyers", True),
            ("Sector associations adopt non-retaliation codes", False),
            ("Data on protection measures and rewards published", False),
        ],
    },
    {
        "member": "ARM",
        "plan": 1,
        "title": "Beneficial ownership disclosure extended to all legal entities",
        "description": (
            "Armenia began by requiring mining companies to disclose their beneficial owners and "
            "then decided to extend the obligation to every company and foundation. Companies will "
            "file declarations electronically when they register or change ownership, and the "
            "register will be released as open data. Journalists investigating procurement and "
            "privatisation will be able to identify the people behind companies without paying for "
            "extracts."
        ),
        "lead_institution": "Ministry of Justice",
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption"],
        "status": "completed",
        "irm": {
            "potential_impact": "transformative",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Law extending disclosure from mining companies to all legal entities", True),
            ("Online declaration system for companies launched", True),
            ("Register released as open data", True),
        ],
    },
    {
        "member": "ARM",
        "plan": 2,
        "title": "E-petition platform with guaranteed consideration by parliamentary committees",
        "description": (
            "Under this commitment, a petition signed by a set number of voters must be considered "
            "by the relevant committee of the National Assembly, with a written response published "
            "within 60 days. The platform will use the national electronic identity to verify "
            "signatures and prevent duplicate signing. Organisers will be able to follow their "
            "petition through each stage."
        ),
        "lead_institution": "National Assembly",
        "challenge_areas": ["public-participation", "digital-governance"],
        "themes": ["participation-inclusion", "digital-governance"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Legal amendments on electronic petitions adopted", True),
            ("Petition platform linked to the national electronic ID", False),
            ("First petitions debated in committee", False),
        ],
    },
    {
        "member": "ARM",
        "plan": 2,
        "title": "Open environmental monitoring data for mine tailings sites",
        "description": (
            "Communities downstream of large mines worry about leaks from tailings dams, but "
            "monitoring results are not published. The ministry planned to install stations near "
            "major tailings sites and publish water and air quality readings continuously. The "
            "commitment was withdrawn when funding for the stations could not be secured, though "
            "environmental groups continue to campaign for it."
        ),
        "lead_institution": "Ministry of Environment",
        "challenge_areas": ["climate-environment"],
        "themes": ["natural-resources", "climate"],
        "status": "withdrawn",
        "irm": {
            "potential_impact": "moderate",
            "completion": "withdrawn",
            "opened_government": "",
            "starred": False,
        },
        "milestones": [
            ("Monitoring stations installed near tailings dams", False),
            ("Continuous water and air quality data published", False),
        ],
    },
    {
        "member": "ARM",
        "plan": 3,
        "title": "Integrity checks and published asset declarations for judges",
        "description": (
            "Public confidence in the courts remains low, and past judicial appointments were "
            "questioned for lack of scrutiny. The council will adopt a transparent procedure for "
            "checking candidates' integrity, drawing on asset declarations and information from "
            "anti-corruption bodies, and publish judges' declarations online. An annual report "
            "will state how many candidates were screened and how many failed the checks."
        ),
        "lead_institution": "Supreme Judicial Council",
        "challenge_areas": ["justice", "anti-corruption"],
        "themes": ["justice", "anti-corruption"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Integrity check procedure for judicial candidates adopted", True),
            ("Judges' asset declarations published online", False),
            ("Annual report on integrity checks published", False),
        ],
    },
    {
        "member": "CRI",
        "plan": 1,
        "title": "Open climate data platform to track the national decarbonisation plan",
        "description": (
            "The national decarbonisation plan sets targets for transport, energy, buildings, "
            "agriculture and waste up to 2050, but progress was reported in scattered documents. A "
            "public platform will bring together emissions inventories, sectoral indicators and "
            "the status of each policy action. Universities and environmental groups can download "
            "the data to build their own assessments."
        ),
        "lead_institution": "Ministry of Environment and Energy",
        "challenge_areas": ["climate-environment", "access-to-information"],
        "themes": ["climate"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Indicators defined for each axis of the decarbonisation plan", True),
            ("Platform launched with emissions and sectoral data", True),
            ("First annual progress report published", True),
        ],
    },
    {
        "member": "CRI",
        "plan": 1,
        "title": "Earlier public hearings in environmental assessments of coastal developments",
        "description": (
            "Hotel, marina and real estate developments on the Pacific coast have strained water "
            "supplies and mangroves, and nearby communities often learn of them only when "
            "construction starts. The secretariat will hold public hearings before the technical "
            "review rather than after it, and publish project documents at least 30 days in "
            "advance. Fishing cooperatives and rural water associations are the main intended "
            "participants."
        ),
        "lead_institution": "National Environmental Technical Secretariat",
        "challenge_areas": ["climate-environment", "public-participation"],
        "themes": ["climate", "participation-inclusion"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "limited",
            "opened_government": "did_not_change",
            "starred": False,
        },
        "milestones": [
            ("Guidelines for early public hearings issued", True),
            ("Project documents published 30 days before each hearing", False),
        ],
    },
    {
        "member": "CRI",
        "plan": 2,
        "title": "Cantonal youth councils with their own line in municipal budgets",
        "description": (
            "Cantonal youth committees exist by law, but many were dormant and had no say over "
            "municipal decisions. The national youth council will support elections in every "
            "canton, make sure each committee has a small budget line for its own projects, and "
            "organise an annual forum at which mayors answer young people's questions. Seats will "
            "be reserved for young people from rural and Indigenous territories."
        ),
        "lead_institution": "National Youth Council",
        "challenge_areas": ["public-participation", "gender-inclusion"],
        "themes": ["participation-inclusion"],
        "status": "completed",
        "irm": {
            "potential_impact": "minor",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Youth councils elected in all cantons", True),
            ("Budget line for youth council projects in municipal budgets", True),
            ("Annual forum between young people and mayors held", True),
        ],
    },
    {
        "member": "CRI",
        "plan": 3,
        "title": "Open justice data on pretrial detention and case duration",
        "description": (
            "A significant share of people in prison have not been convicted, and the length of "
            "pretrial detention varies widely between judicial circuits. The judiciary intended to "
            "publish quarterly data on people in pretrial detention, time to trial and outcomes. "
            "No progress has been reported since the midterm review."
        ),
        "lead_institution": "Judicial Branch",
        "challenge_areas": ["justice", "access-to-information"],
        "themes": ["justice", "access-to-information"],
        "status": "unknown",
        "irm": {"potential_impact": "", "completion": "", "opened_government": "", "starred": None},
        "milestones": [
            ("Data inventory on pretrial detention completed", True),
            ("Quarterly open dataset published", False),
        ],
    },
    {
        "member": "SLE",
        "plan": 1,
        "title": "Digitised land registry with a public search of registered titles",
        "description": (
            "Land disputes are among the most common cases before local courts, partly because "
            "deeds are kept in paper files that can be lost, altered or duplicated. The ministry "
            "will scan and index deeds for the Western Area, offer an online search of registered "
            "titles and pilot mobile registration in two provinces. Women, whose claims to family "
            "land are frequently contested, stand to benefit from having titles recorded and easy "
            "to check."
        ),
        "lead_institution": "Ministry of Lands, Housing and Country Planning",
        "challenge_areas": ["digital-governance", "access-to-information"],
        "themes": ["natural-resources", "digital-governance"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Paper deeds for the Western Area scanned and indexed", True),
            ("Online search of registered titles", False),
            ("Mobile registration piloted in two provinces", False),
        ],
    },
    {
        "member": "SLE",
        "plan": 1,
        "title": "Free legal aid for people held in pretrial detention",
        "description": (
            "Many people in correctional centres have waited months or years for trial without "
            "seeing a lawyer, some of them for petty offences. The Legal Aid Board will place "
            "paralegals in every correctional centre to screen cases, support bail applications "
            "and bring overlong detentions to magistrates' attention. Quarterly data on detainees "
            "assisted and released will be published."
        ),
        "lead_institution": "Legal Aid Board",
        "challenge_areas": ["justice"],
        "themes": ["justice"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("Paralegals deployed in all correctional centres", True),
            ("Weekly case screening with magistrates", True),
            ("Quarterly data on detainees assisted and released published", True),
        ],
    },
    {
        "member": "SLE",
        "plan": 2,
        "title": "Open data on mining payments to chiefdom development funds",
        "description": (
            "Mining companies pay a share of their revenue into funds meant to benefit the "
            "chiefdoms where they operate, but how that money is spent is a frequent source of "
            "grievance. The agency will publish payments per company and chiefdom, the community "
            "development agreements that govern them, and spending reports prepared by chiefdom "
            "committees. Youth and women's groups have asked for seats on those committees."
        ),
        "lead_institution": "National Minerals Agency",
        "challenge_areas": ["fiscal-openness", "anti-corruption"],
        "themes": ["natural-resources", "fiscal-openness"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Payments to chiefdom development funds published per company", True),
            ("Community development agreements published", True),
            ("Chiefdom-level spending reports published", False),
        ],
    },
    {
        "member": "SLE",
        "plan": 3,
        "title": "Community radio programmes on using the right to access information",
        "description": (
            "Most people outside Freetown have never heard of the law giving them the right to "
            "request information from public bodies. The commission will partner with twenty "
            "community radio stations on weekly call-in programmes in Krio and local languages, in "
            "which listeners' questions are turned into real requests and the answers are "
            "broadcast. Presenters will also be trained to use the law in their own reporting."
        ),
        "lead_institution": "Right to Access Information Commission",
        "challenge_areas": ["media-freedom", "access-to-information"],
        "themes": ["access-to-information", "civic-space"],
        "status": "not_started",
        "irm": {
            "potential_impact": "minor",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Partnership agreements with 20 community radio stations", False),
            ("Weekly call-in programme on information requests", False),
        ],
    },
    {
        "member": "ESP",
        "plan": 1,
        "title": "Mandatory register of interest groups for the central administration",
        "description": (
            "The central government has no binding register of interest groups, and ministers' "
            "meetings with lobbyists are disclosed only partially through their published agendas. "
            "A draft law will create a mandatory register, a code of conduct and a legislative "
            "footprint for government bills. The draft has been sent to Parliament, where its "
            "progress has been slower than planned."
        ),
        "lead_institution": "Office of Conflicts of Interest",
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "did_not_change",
            "starred": False,
        },
        "milestones": [
            ("Draft law on interest groups approved by the cabinet", True),
            ("Law adopted by Parliament", False),
            ("Register and code of conduct in operation", False),
        ],
    },
    {
        "member": "ESP",
        "plan": 2,
        "title": "Open parliamentary data and a legislative footprint for government bills",
        "description": (
            "Citizens can watch plenary sessions online, but following how an amendment was "
            "drafted, who voted for it and which groups were consulted takes hours of searching. "
            "The Congress will publish votes, amendments, committee agendas and declarations of "
            "interests as open data and attach a legislative footprint to every government bill. "
            "Parliamentary monitoring organisations will be invited to a yearly meeting to agree "
            "on further datasets."
        ),
        "lead_institution": "Congress of Deputies",
        "challenge_areas": ["public-participation", "access-to-information"],
        "themes": ["participation-inclusion", "access-to-information"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("Votes, amendments and agendas released as open data", True),
            ("Legislative footprint attached to government bills", True),
            ("Annual meeting with parliamentary monitoring organisations held", True),
        ],
    },
    {
        "member": "ESP",
        "plan": 2,
        "title": "Public register of algorithms used by the central administration",
        "description": (
            "Automated tools help decide on energy subsidies, flag risky tax returns and sort "
            "applications for public employment, and several have faced legal challenges for their "
            "opacity. A public register will describe each system's purpose, logic, data and "
            "accountable unit, following a template agreed with the data protection authority. "
            "Regional governments will be invited to contribute their own entries."
        ),
        "lead_institution": "Secretariat of State for Digitalisation and Artificial Intelligence",
        "challenge_areas": ["digital-governance"],
        "themes": ["digital-governance", "access-to-information"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Register template agreed with the data protection authority", True),
            ("First 50 systems published in the register", False),
            ("Register opened to regional governments", False),
        ],
    },
    {
        "member": "ESP",
        "plan": 3,
        "title": "Independent whistleblower protection authority with anonymous reporting channels",
        "description": (
            "The law transposing the European whistleblowing directive created an independent "
            "authority, but it still has to be staffed and equipped. This commitment covers "
            "launching an anonymous external channel, issuing guidance to public and private "
            "employers on internal channels and publishing an annual report on reports received, "
            "protection granted and sanctions for retaliation. Trade unions and anti-corruption "
            "organisations will sit on its advisory council."
        ),
        "lead_institution": "Independent Whistleblower Protection Authority",
        "challenge_areas": ["anti-corruption", "civic-space"],
        "themes": ["anti-corruption", "civic-space"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "transformative",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Governing board of the authority appointed", True),
            ("Anonymous external reporting channel launched", False),
            ("Annual report on reports, protection and retaliation published", False),
        ],
    },
    {
        "member": "COBO",
        "plan": 1,
        "title": "Participatory budgeting in all 20 localities of the city",
        "description": (
            "Each of Bogotá's 20 localities has its own investment budget, but residents had "
            "little say over how it was used. A fixed share of each local budget will be decided "
            "through participatory budgeting, with proposals gathered in neighbourhood assemblies "
            "and put to an online and in-person vote. Winning projects and their execution will be "
            "tracked on a public map. Turnout will be reported by age and gender to show who is "
            "taking part."
        ),
        "lead_institution": "District Institute for Participation and Community Action",
        "challenge_areas": ["public-participation", "fiscal-openness"],
        "themes": ["participation-inclusion", "fiscal-openness"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Participatory budget rules adopted for all localities", True),
            ("Online and in-person voting on local projects", True),
            ("Winning projects tracked on a public map", True),
        ],
    },
    {
        "member": "COBO",
        "plan": 1,
        "title": "Open contracting for the school meals programme",
        "description": (
            "School meals reach hundreds of thousands of pupils each day, and supplier cartels and "
            "inflated prices have been a recurring problem in the sector. The secretariat will "
            "publish every school meal contract with unit prices, delivery schedules and supplier "
            "ownership, and train parents' committees to check deliveries at the school gate. "
            "Complaints will be tracked and reported publicly every quarter."
        ),
        "lead_institution": "District Secretariat of Education",
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption", "public-service-delivery"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("School meal contracts published with unit prices", True),
            ("Parents' committees check deliveries against contracts", True),
            ("Quarterly complaints report published", True),
        ],
    },
    {
        "member": "COBO",
        "plan": 2,
        "title": "Hourly air quality open data with neighbourhood health alerts",
        "description": (
            "Air pollution is worst in the industrial south and west of the city, where monitoring "
            "stations are sparse. The secretariat will publish hourly data from its monitoring "
            "network, send health alerts to subscribers and install low-cost sensors in schools in "
            "under-monitored areas. Pupils and teachers will help interpret the readings as part "
            "of science classes."
        ),
        "lead_institution": "District Secretariat of Environment",
        "challenge_areas": ["climate-environment", "access-to-information"],
        "themes": ["climate", "public-service-delivery"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Monitoring network data published hourly", True),
            ("Health alerts sent by SMS to subscribed residents", True),
            ("Low-cost sensors installed in schools in the south of the city", False),
        ],
    },
    {
        "member": "COBO",
        "plan": 2,
        "title": "Open service map and user feedback for the district care system",
        "description": (
            "Unpaid care for children, older people and people with disabilities falls mostly on "
            "women and keeps many of them out of work and education. The city's care system brings "
            "childcare, respite, training and laundry services together in neighbourhood care "
            "blocks. This commitment publishes an open map of services and opening hours, gathers "
            "feedback from users at each block and reports every year on how many caregivers "
            "gained time for study or paid work."
        ),
        "lead_institution": "District Secretariat for Women",
        "challenge_areas": ["gender-inclusion", "public-participation"],
        "themes": ["participation-inclusion", "public-service-delivery"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("Map of care blocks, services and opening hours published", True),
            ("User feedback survey running at each care block", True),
            ("Annual report on time gained by women caregivers", True),
        ],
    },
    {
        "member": "COBO",
        "plan": 3,
        "title": "Public explanation of how traffic cameras and automated fines work",
        "description": (
            "Automated traffic cameras issue a large number of fines, and many drivers suspect "
            "errors or hidden revenue targets. The secretariat will publish the location of every "
            "camera, its calibration certificates, the number of fines issued and the share "
            "overturned on appeal. Drivers will be able to contest a fine online and have it "
            "reviewed by a person rather than the system."
        ),
        "lead_institution": "District Secretariat of Mobility",
        "challenge_areas": ["digital-governance", "access-to-information"],
        "themes": ["digital-governance", "access-to-information"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Camera locations and calibration certificates published", True),
            ("Plain-language guide to the automated fining process", False),
            ("Online appeal with review by a person", False),
        ],
    },
    {
        "member": "PHQC",
        "plan": 1,
        "title": "Online business permit tracking to end facilitation payments",
        "description": (
            "Small business owners applying for permits used to queue for days and were sometimes "
            "asked for informal fees to speed things up. The city will move permit applications "
            "and payments online, show applicants which office holds their file and for how long, "
            "and publish average processing times. Fixers lose their role once the process is "
            "visible from start to finish."
        ),
        "lead_institution": "Business Permits and Licensing Department",
        "challenge_areas": ["anti-corruption", "digital-governance"],
        "themes": ["anti-corruption", "public-service-delivery"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Online application and payment for business permits", True),
            ("Permit status visible to applicants at every step", True),
            ("Monthly processing times published by office", True),
        ],
    },
    {
        "member": "PHQC",
        "plan": 1,
        "title": "Participatory budgeting in barangays with published results",
        "description": (
            "Barangay assemblies will identify priority projects for a share of the city's "
            "development fund, with dedicated sessions for senior citizens, persons with "
            "disabilities and young people. Selected projects will be listed in the city budget, "
            "and their implementation posted online and on barangay notice boards. Residents will "
            "be able to see whether the projects they chose are delivered."
        ),
        "lead_institution": "City Budget Department",
        "challenge_areas": ["public-participation", "fiscal-openness"],
        "themes": ["participation-inclusion", "fiscal-openness"],
        "status": "completed",
        "irm": {
            "potential_impact": "minor",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Barangay assemblies identify priority projects", True),
            ("Selected projects included in the city budget", True),
            ("Implementation posted online and on barangay boards", True),
        ],
    },
    {
        "member": "PHQC",
        "plan": 2,
        "title": "Open climate risk data co-produced with informal settlements",
        "description": (
            "Tens of thousands of families live along creeks and waterways that flood during "
            "typhoons. The city will publish flood and heat hazard maps as open data and work with "
            "residents' associations to produce a risk profile for each informal settlement. These "
            "profiles will inform upgrading and relocation plans, which residents can contest if "
            "the data does not match their experience."
        ),
        "lead_institution": "Climate Change and Environmental Sustainability Department",
        "challenge_areas": ["climate-environment", "access-to-information"],
        "themes": ["climate", "public-service-delivery"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Flood and heat hazard maps published as open data", True),
            ("Settlement risk profiles co-produced with residents", False),
            ("Risk data used in upgrading and relocation plans", False),
        ],
    },
    {
        "member": "PHQC",
        "plan": 2,
        "title": "Gender and development budget tracker for city departments",
        "description": (
            "Local governments must allocate at least five percent of their budgets to gender and "
            "development, but reporting focuses on whether the money was spent rather than what it "
            "achieved. The city will publish each department's gender plan and a quarterly tracker "
            "linking spending to results such as shelters opened, health services delivered or "
            "women trained. Women's organisations will carry out an independent annual review."
        ),
        "lead_institution": "Gender and Development Council",
        "challenge_areas": ["gender-inclusion", "fiscal-openness"],
        "themes": ["participation-inclusion", "fiscal-openness"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Gender and development plans of all departments published", True),
            ("Quarterly spending tracker online", True),
            ("Independent annual review by women's organisations", False),
        ],
    },
    {
        "member": "PHQC",
        "plan": 3,
        "title": "Open data fellowship for elected youth council members",
        "description": (
            "Elected youth councils in each barangay manage their own budgets but have little "
            "experience in analysing data about their communities. A fellowship will train youth "
            "council members to use the city's open data on budgets, health and disaster risk, and "
            "to present their findings to the city council. The first cohort will be selected with "
            "attention to gender balance and to representation from poorer barangays."
        ),
        "lead_institution": "Youth Development Office",
        "challenge_areas": ["public-participation", "access-to-information"],
        "themes": ["participation-inclusion", "access-to-information"],
        "status": "not_started",
        "irm": {"potential_impact": "", "completion": "", "opened_government": "", "starred": None},
        "milestones": [
            ("Fellowship curriculum designed with local universities", False),
            ("First cohort of 40 youth council members trained", False),
            ("Fellows present data stories to the city council", False),
        ],
    },
    {
        "member": "KEEL",
        "plan": 1,
        "title": "Ward development projects tracker with SMS feedback from residents",
        "description": (
            "In a mountainous county where many residents live hours from the county headquarters, "
            "it is hard to know whether a dispensary or cattle dip in a distant ward has actually "
            "been built. The county will publish every ward project with its budget, contractor "
            "and status, and residents can send feedback or photos by SMS. The feedback is "
            "discussed at quarterly ward forums attended by county officers."
        ),
        "lead_institution": "County Department of Finance and Economic Planning",
        "challenge_areas": ["fiscal-openness", "public-participation"],
        "themes": ["fiscal-openness", "participation-inclusion"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("All ward projects listed with budget and contractor", True),
            ("SMS short code opened for residents' feedback", True),
            ("Feedback reviewed at quarterly ward forums", True),
        ],
    },
    {
        "member": "KEEL",
        "plan": 2,
        "title": "Water point functionality data and trained community water committees",
        "description": (
            "Boreholes and water kiosks break down frequently, and in the dry season a broken pump "
            "can mean a walk of several hours for water. The county will map every water point and "
            "its working status, train community water committees to report breakdowns by phone, "
            "and publish repair times. Women and girls, who fetch most of the water, are expected "
            "to benefit most."
        ),
        "lead_institution": "County Department of Water, Environment and Climate Change",
        "challenge_areas": ["climate-environment", "public-participation"],
        "themes": ["public-service-delivery", "climate"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Map of all water points and their status published", True),
            ("Water committees trained to report breakdowns by phone", True),
            ("Repair times published monthly", False),
        ],
    },
    {
        "member": "KEEL",
        "plan": 2,
        "title": "Monitoring tenders reserved for women, youth and persons with disabilities",
        "description": (
            "National rules reserve a share of public procurement for businesses owned by women, "
            "young people and persons with disabilities, but some of these firms are fronts for "
            "established contractors. The county will publish data on reserved tenders and check "
            "the ownership of winning firms. It will also run bidding clinics for genuine women's "
            "and youth enterprises."
        ),
        "lead_institution": "County Supply Chain Management Directorate",
        "challenge_areas": ["gender-inclusion", "anti-corruption"],
        "themes": ["participation-inclusion", "anti-corruption"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Data on reserved tenders published", True),
            ("Ownership checks on firms winning reserved tenders", False),
            ("Bidding clinics for women's and youth enterprises", False),
        ],
    },
    {
        "member": "KEEL",
        "plan": 3,
        "title": "Transparent benefit sharing from forest conservation and carbon projects",
        "description": (
            "Forest-dwelling communities in the county's highlands have long disputed how they "
            "were treated in conservation schemes, and new carbon credit projects raise fresh "
            "questions about who benefits. The county will publish carbon project agreements, "
            "agree benefit-sharing rules with community forest associations and report annually on "
            "payments. Indigenous forest communities will have a formal role in reviewing the "
            "reports."
        ),
        "lead_institution": "County Forestry Directorate",
        "challenge_areas": ["climate-environment", "anti-corruption"],
        "themes": ["natural-resources", "climate"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Forest communities consulted on benefit-sharing rules", True),
            ("Carbon project agreements published", False),
            ("Annual benefit-sharing report published", False),
        ],
    },
    {
        "member": "NGKD",
        "plan": 1,
        "title": "Citizens' budget and town halls held before the state budget is drafted",
        "description": (
            "Budget proposals were once drafted entirely by ministries with no public input. The "
            "planning and budget commission will publish a citizens' budget in English and Hausa "
            "and hold town halls in each senatorial zone before the budget is drafted. Community "
            "priorities collected at the town halls will be included in the call circular sent to "
            "ministries, and the commission will report which of them were funded."
        ),
        "lead_institution": "Planning and Budget Commission",
        "challenge_areas": ["fiscal-openness", "public-participation"],
        "themes": ["fiscal-openness", "participation-inclusion"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Citizens' budget published in English and Hausa", True),
            ("Town halls held in all three senatorial zones", True),
            ("Town hall priorities included in the budget call circular", True),
        ],
    },
    {
        "member": "NGKD",
        "plan": 1,
        "title": "Open contracting portal for all state procurement above the threshold",
        "description": (
            "The state will publish every contract above a set threshold, from planning through "
            "implementation, on an open contracting portal. Civil society groups monitoring roads, "
            "schools and hospitals will be able to compare what was contracted with what was "
            "delivered. The procurement authority will publish an annual report on competition, "
            "delays and contract variations."
        ),
        "lead_institution": "Public Procurement Authority",
        "challenge_areas": ["anti-corruption", "digital-governance"],
        "themes": ["anti-corruption", "fiscal-openness"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Contracts above the threshold published on the portal", True),
            ("Implementation updates added for ongoing contracts", True),
            ("Annual procurement performance report published", True),
        ],
    },
    {
        "member": "NGKD",
        "plan": 2,
        "title": "Mobile app for residents to monitor capital projects",
        "description": (
            "Capital projects such as boreholes, classrooms and feeder roads are spread across 23 "
            "local government areas, and the state cannot inspect them all. A mobile app will let "
            "trained community monitors and any resident submit photos and comments on projects, "
            "visible both to the public and to the responsible ministry. Ministries will be "
            "required to respond to every report."
        ),
        "lead_institution": "Ministry of Budget and Planning",
        "challenge_areas": ["public-participation", "digital-governance"],
        "themes": ["participation-inclusion", "public-service-delivery"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Monitoring app launched covering all capital projects", True),
            ("Community monitors trained in 23 local government areas", True),
            ("Ministry responses to reports published", False),
        ],
    },
    {
        "member": "NGKD",
        "plan": 2,
        "title": "Digitised land titles and published land use charge assessments",
        "description": (
            "Land titles held on paper have allowed double allocations and long disputes, and "
            "property taxes are assessed inconsistently. The geographic information service will "
            "digitise titles, let the public check whether a plot is registered and publish land "
            "use charge assessments by area. Better records should both reduce disputes and "
            "increase local revenue."
        ),
        "lead_institution": "Geographic Information Service",
        "challenge_areas": ["digital-governance", "fiscal-openness"],
        "themes": ["digital-governance", "natural-resources"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "did_not_change",
            "starred": False,
        },
        "milestones": [
            ("Land titles digitised and geo-referenced", True),
            ("Public search of title status", False),
            ("Land use charge assessments published by area", False),
        ],
    },
    {
        "member": "NGKD",
        "plan": 3,
        "title": "Mobile courts and legal aid clinics for children in conflict with the law",
        "description": (
            "Children accused of offences can spend months in remand homes waiting for a hearing. "
            "The Ministry of Justice planned mobile court sittings inside remand homes and legal "
            "aid clinics in each senatorial zone. An audit of juvenile cases was carried out, but "
            "no information on later progress has been published."
        ),
        "lead_institution": "Ministry of Justice",
        "challenge_areas": ["justice", "gender-inclusion"],
        "themes": ["justice"],
        "status": "unknown",
        "irm": {"potential_impact": "", "completion": "", "opened_government": "", "starred": None},
        "milestones": [
            ("Audit of juvenile cases in remand homes", True),
            ("Mobile court sittings inside remand homes", False),
            ("Legal aid clinics in three senatorial zones", False),
        ],
    },
    {
        "member": "IDSM",
        "plan": 1,
        "title": "Flood early warning open data with neighbourhood response groups",
        "description": (
            "Coastal Semarang faces tidal flooding made worse by land subsidence, while river "
            "floods threaten the southern hills. The disaster management agency will publish river "
            "and tide gauge readings in real time, connect them to alert groups in 50 flood-prone "
            "neighbourhoods and run evacuation drills with community volunteers. Neighbourhood "
            "groups will report local flooding so that the agency can improve its maps."
        ),
        "lead_institution": "Regional Disaster Management Agency",
        "challenge_areas": ["climate-environment", "public-participation"],
        "themes": ["climate", "participation-inclusion"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("River and tide gauge data published in real time", True),
            ("Alert groups set up in 50 flood-prone neighbourhoods", True),
            ("Evacuation drills held with community volunteers", True),
        ],
    },
    {
        "member": "IDSM",
        "plan": 2,
        "title": "Single complaints channel with response times published by agency",
        "description": (
            "Residents can report problems with services, from potholes to rubbish collection, "
            "through a single channel by app, text message or social media. Each complaint is "
            "assigned to an agency, and average response and resolution times are published agency "
            "by agency. The mayor's office reviews the figures monthly with the heads of agencies."
        ),
        "lead_institution": "Communication and Informatics Office",
        "challenge_areas": ["access-to-information", "digital-governance"],
        "themes": ["public-service-delivery", "access-to-information"],
        "status": "completed",
        "irm": {
            "potential_impact": "minor",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Single complaints channel across city agencies", True),
            ("Response and resolution times published by agency", True),
            ("Monthly review by the mayor's office", True),
        ],
    },
    {
        "member": "IDSM",
        "plan": 2,
        "title": "Open procurement data for school renovation projects",
        "description": (
            "School renovations are often awarded to a small group of contractors, and parents "
            "have complained of poor workmanship. The education office will publish tenders, bills "
            "of quantities and contracts for every renovation and train school committees to "
            "inspect works against them. Completion reports with photos will be posted for each "
            "school."
        ),
        "lead_institution": "City Education Office",
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption", "public-service-delivery"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("School renovation tenders published with bills of quantities", True),
            ("School committees trained to inspect works", False),
            ("Completion reports with photos published", False),
        ],
    },
    {
        "member": "IDSM",
        "plan": 3,
        "title": "Disability-inclusive development planning meetings at every level",
        "description": (
            "Annual development planning meetings at village, sub-district and city level decide "
            "which local projects are funded, but venues are often inaccessible and proposals from "
            "people with disabilities get lost along the way. The planning agency will adopt "
            "accessibility standards for the meetings and provide interpreters. It will also track "
            "proposals from disability organisations through to the final budget."
        ),
        "lead_institution": "Regional Development Planning Agency",
        "challenge_areas": ["gender-inclusion", "public-participation"],
        "themes": ["participation-inclusion"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Accessibility standards for planning meetings adopted", True),
            ("Sign-language interpreters at sub-district meetings", False),
            ("Proposals from disability groups tracked through to the budget", False),
        ],
    },
    {
        "member": "BRSP",
        "plan": 1,
        "title": "Open data on waiting lists for specialist appointments and surgery",
        "description": (
            "Patients waiting for specialist appointments and elective surgery had no way of "
            "knowing how long they would wait or whether others were being moved ahead of them. "
            "The health secretariat will publish anonymised waiting lists weekly by specialty and "
            "region and let patients check their own position online. Health councils, where "
            "service users sit alongside managers, will use the data to question regional "
            "disparities."
        ),
        "lead_institution": "Municipal Health Secretariat",
        "challenge_areas": ["access-to-information", "digital-governance"],
        "themes": ["public-service-delivery", "access-to-information"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("Anonymised waiting list data published weekly", True),
            ("Patients able to check their own position online", True),
            ("Waiting times reported by region and specialty", True),
        ],
    },
    {
        "member": "BRSP",
        "plan": 1,
        "title": "Participatory consultations on the climate action plan in peripheral districts",
        "description": (
            "Heat waves and floods hit the city's periphery hardest, yet climate planning has "
            "tended to be led by technical teams in the centre. The secretariat will hold "
            "consultation meetings in every subprefecture, focusing on neighbourhoods at risk of "
            "landslides and flooding, and open an online consultation on the draft plan. A final "
            "report will explain which contributions were incorporated and why others were not."
        ),
        "lead_institution": "Municipal Secretariat of Green Spaces and Environment",
        "challenge_areas": ["climate-environment", "public-participation"],
        "themes": ["climate", "participation-inclusion"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Consultation meetings held in all 32 subprefectures", True),
            ("Online consultation on the draft plan", True),
            ("Report published on how contributions were used", True),
        ],
    },
    {
        "member": "BRSP",
        "plan": 2,
        "title": "Transparency of the algorithm that allocates places in municipal schools",
        "description": (
            "Places in municipal nurseries and schools are allocated by a system that weighs "
            "distance, siblings and social vulnerability, but families could not see how decisions "
            "were reached. The education secretariat will publish the criteria and their weights "
            "in plain language, release the code and test data, and commission an independent "
            "audit of outcomes by neighbourhood and family income. Families will be able to ask "
            "for a human review of their allocation."
        ),
        "lead_institution": "Municipal Education Secretariat",
        "challenge_areas": ["digital-governance", "gender-inclusion"],
        "themes": ["digital-governance", "public-service-delivery"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Allocation criteria and weights published in plain language", True),
            ("Source code and anonymised test data released", True),
            ("Independent audit of allocation outcomes", False),
        ],
    },
    {
        "member": "BRSP",
        "plan": 2,
        "title": "Publication of senior officials' meetings with private interests",
        "description": (
            "The comptroller proposed requiring senior officials to record their meetings with "
            "private interests in a central public register. Meetings on zoning, transport "
            "concessions and large events would have been covered first. The commitment was "
            "withdrawn at the midterm when the secretariats could not agree on the decree, and "
            "civil society members of the open government forum have asked for it to be revisited."
        ),
        "lead_institution": "Municipal Comptroller General",
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption"],
        "status": "withdrawn",
        "irm": {
            "potential_impact": "minor",
            "completion": "withdrawn",
            "opened_government": "",
            "starred": False,
        },
        "milestones": [
            ("Decree requiring publication of officials' agendas", False),
            ("Central register of meetings", False),
        ],
    },
    {
        "member": "BRSP",
        "plan": 3,
        "title": "Open data on street vendor licences and municipal enforcement actions",
        "description": (
            "Tens of thousands of street vendors work in the city, many without licences, and the "
            "confiscation of goods by municipal agents is a frequent source of conflict. The city "
            "will publish the register of licensed vendors and records of enforcement actions, "
            "including goods seized and returned. Vendors' associations will get a complaints "
            "channel and a seat on a monitoring committee."
        ),
        "lead_institution": "Municipal Secretariat of Subprefectures",
        "challenge_areas": ["civic-space", "access-to-information"],
        "themes": ["public-service-delivery", "civic-space"],
        "status": "in_progress",
        "irm": {"potential_impact": "", "completion": "", "opened_government": "", "starred": None},
        "milestones": [
            ("Register of licensed street vendors published", True),
            ("Enforcement and seizure records published", False),
            ("Complaints channel for vendors opened", False),
        ],
    },
    {
        "member": "UALV",
        "plan": 1,
        "title": "Electronic auctions for all leases of municipal property",
        "description": (
            "Municipal premises used to be leased through opaque decisions, sometimes at token "
            "rents to well-connected tenants. All new leases will be awarded through open "
            "electronic auctions, and a register of leased property, tenants and rents will be "
            "published. The council will report each year on the additional revenue raised."
        ),
        "lead_institution": "Lviv City Council",
        "challenge_areas": ["anti-corruption", "digital-governance"],
        "themes": ["anti-corruption", "fiscal-openness"],
        "status": "completed",
        "irm": {
            "potential_impact": "moderate",
            "completion": "complete",
            "opened_government": "major",
            "starred": True,
        },
        "milestones": [
            ("All new municipal property leases awarded by e-auction", True),
            ("Open register of leased property, tenants and rents", True),
            ("Annual report on lease revenue published", True),
        ],
    },
    {
        "member": "UALV",
        "plan": 2,
        "title": "Open data on humanitarian aid received and distributed by the city",
        "description": (
            "Since 2022 the city has received and distributed large volumes of humanitarian aid to "
            "displaced people, veterans' families and residents. Every consignment will be "
            "recorded by donor and type, and aggregated distribution data will be published by "
            "district and category of recipient while protecting personal data. Civil society "
            "volunteers will carry out spot checks at distribution points."
        ),
        "lead_institution": "Department of Social Protection",
        "challenge_areas": ["anti-corruption", "access-to-information"],
        "themes": ["anti-corruption", "public-service-delivery"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "substantial",
            "opened_government": "major",
            "starred": False,
        },
        "milestones": [
            ("Incoming aid recorded by donor and type", True),
            ("Distribution data published by district and category of recipient", True),
            ("Independent spot checks by civil society volunteers", False),
        ],
    },
    {
        "member": "UALV",
        "plan": 2,
        "title": "One-stop veterans' centre co-designed with veterans and their families",
        "description": (
            "Returning soldiers and their families have had to deal with numerous offices for "
            "rehabilitation, employment and housing support. The city will co-design a one-stop "
            "centre through workshops with veterans, including women veterans and those with "
            "disabilities, and publish user feedback every quarter. The council will say each "
            "quarter what it has changed in response."
        ),
        "lead_institution": "Department of Veterans Affairs",
        "challenge_areas": ["public-participation", "gender-inclusion"],
        "themes": ["participation-inclusion", "public-service-delivery"],
        "status": "completed",
        "irm": {
            "potential_impact": "minor",
            "completion": "complete",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Design workshops held with veterans and families", True),
            ("One-stop veterans' centre opened", True),
            ("User feedback published quarterly", True),
        ],
    },
    {
        "member": "UALV",
        "plan": 3,
        "title": "Energy use and retrofit spending tracker for public buildings",
        "description": (
            "Schools, clinics and administrative buildings waste large amounts of heat, and "
            "attacks on the power grid have made energy savings a matter of resilience as well as "
            "climate. The city will publish monthly energy use for each public building, the "
            "contracts and costs of retrofits, and verified savings once works are complete. "
            "Residents will see which buildings have been upgraded and at what cost."
        ),
        "lead_institution": "Energy Management Office",
        "challenge_areas": ["climate-environment", "fiscal-openness"],
        "themes": ["climate", "fiscal-openness"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "",
            "opened_government": "",
            "starred": None,
        },
        "milestones": [
            ("Monthly energy use of public buildings published", True),
            ("Retrofit contracts and costs published", False),
            ("Verified savings reported after works", False),
        ],
    },
    {
        "member": "GHSE",
        "plan": 2,
        "title": "Public tracker of oil-funded projects in coastal communities",
        "description": (
            "The twin city is the hub of the country's offshore oil industry, but coastal fishing "
            "communities say they see few of the benefits. The assembly will compile every project "
            "in the metropolis funded from petroleum revenues and publish its status online and on "
            "notice boards. Forums in fishing communities will review the list and report "
            "discrepancies."
        ),
        "lead_institution": "Sekondi-Takoradi Metropolitan Assembly",
        "challenge_areas": ["fiscal-openness", "climate-environment"],
        "themes": ["natural-resources", "fiscal-openness"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "moderate",
            "completion": "limited",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("List of projects funded from petroleum revenues compiled", True),
            ("Tracker published online and on notice boards", False),
            ("Review forums held in fishing communities", False),
        ],
    },
    {
        "member": "GHSE",
        "plan": 2,
        "title": "Fish landing site data discussed at a quarterly fishers' forum",
        "description": (
            "Falling catches have hit fishers and fish processors, most of whom are women, yet "
            "local data on landings and prices is scarce. The assembly will collect catch and "
            "price data at four landing sites and discuss it at a quarterly forum of fishers, "
            "processors and officials. The forum will also take concerns about illegal light "
            "fishing and trawler incursions to national authorities."
        ),
        "lead_institution": "Metropolitan Fisheries Unit",
        "challenge_areas": ["climate-environment", "public-participation"],
        "themes": ["natural-resources", "participation-inclusion"],
        "status": "in_progress",
        "irm": {
            "potential_impact": "minor",
            "completion": "substantial",
            "opened_government": "marginal",
            "starred": False,
        },
        "milestones": [
            ("Catch and price data collected at four landing sites", True),
            ("Quarterly fishers' forum convened", True),
            ("Data shared with national fisheries authorities", False),
        ],
    },
    {
        "member": "GHSE",
        "plan": 3,
        "title": "Assembly sessions broadcast live on local radio with call-in segments",
        "description": (
            "Few residents attend assembly meetings, and local journalists say they struggle to "
            "obtain documents and interviews. The assembly will broadcast its general sessions "
            "live on two local radio stations, followed by a call-in segment in which members "
            "answer listeners' questions. Documents tabled at each session will be shared with "
            "accredited journalists in advance."
        ),
        "lead_institution": "Sekondi-Takoradi Metropolitan Assembly",
        "challenge_areas": ["media-freedom", "public-participation"],
        "themes": ["civic-space", "participation-inclusion"],
        "status": "in_progress",
        "irm": {"potential_impact": "", "completion": "", "opened_government": "", "starred": None},
        "milestones": [
            ("Agreement signed with two local radio stations", True),
            ("General assembly sessions broadcast live", False),
            ("Call-in segment held after each session", False),
        ],
    },
]

# Fictional reformers. Emails use reserved example domains only.
PROFILES: list[dict] = [
    {
        "name": "Adaeze Okonkwo",
        "email": "adaeze.okonkwo@example.org",
        "headline": "Turns procurement data into evidence that communities can use",
        "bio": (
            "Adaeze coordinates a network of volunteer monitors who follow federal and state "
            "contracts from award to delivery. She trained as a quantity surveyor, which taught "
            "her to read a bill of quantities faster than a press release. She is currently "
            "helping three states publish their contracts in a common open format."
        ),
        "sector": "civil_society",
        "country": "NGA",
        "organisation": "Procurement Monitoring Network",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["anti-corruption", "fiscal-openness"],
        "themes": ["anti-corruption", "fiscal-openness"],
        "expertise": ["open contracting", "procurement data", "community monitoring"],
        "languages": ["en"],
    },
    {
        "name": "Tomás Restrepo Aguilar",
        "email": "tomas.restrepo@example.org",
        "headline": "Leads climate budget tagging in the national budget directorate",
        "bio": (
            "Tomás spent ten years in budget programming before taking on the task of tracing "
            "climate spending across every line of the national budget. He is interested in how "
            "other finance ministries handle spending that harms climate goals, not just spending "
            "that helps."
        ),
        "sector": "government",
        "country": "COL",
        "organisation": "Ministry of Finance and Public Credit",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["climate-environment", "fiscal-openness"],
        "themes": ["climate", "fiscal-openness"],
        "expertise": [
            "climate budget tagging",
            "public finance management",
            "budget classification",
        ],
        "languages": ["es", "en"],
    },
    {
        "name": "Wanjiru Kamau",
        "email": "wanjiru.kamau@example.net",
        "headline": "Court administrator using case data to cut delays",
        "bio": (
            "Wanjiru manages performance data for the court stations in her region and helped "
            "design the monthly backlog dashboard. Before joining the judiciary she worked as a "
            "records officer in a county government. She likes comparing notes with court "
            "administrators who have tried different ways to clear old cases."
        ),
        "sector": "judiciary",
        "country": "KEN",
        "organisation": "Judiciary of Kenya",
        "visibility": "members",
        "open_to_peer_exchange": True,
        "challenge_areas": ["justice", "access-to-information"],
        "themes": ["justice"],
        "expertise": ["case management", "court performance data", "court users' committees"],
        "languages": ["en", "sw"],
    },
    {
        "name": "Kwabena Asante",
        "email": "kwabena.asante@example.com",
        "headline": "Helps a parliamentary committee follow the money after the audit",
        "bio": (
            "Kwabena supports the Public Accounts Committee in preparing hearings on the "
            "Auditor-General's reports. He has built a tracker of audit recommendations that shows "
            "which ones ministries have acted on. He writes occasional explainers on petroleum "
            "revenue for new members of parliament."
        ),
        "sector": "parliament",
        "country": "GHA",
        "organisation": "Parliament of Ghana, Public Accounts Committee secretariat",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["fiscal-openness", "anti-corruption"],
        "themes": ["fiscal-openness", "natural-resources"],
        "expertise": ["legislative oversight", "petroleum revenue", "audit follow-up"],
        "languages": ["en"],
    },
    {
        "name": "Rizky Pratama",
        "email": "rizky.pratama@example.org",
        "headline": "Builds village budget dashboards that villagers actually read",
        "bio": (
            "Rizky grew up in a village in Central Java and now works on the team that helps "
            "villages publish their budgets online and on public boards. He has run more than a "
            "hundred verification meetings and collects stories of what residents discovered in "
            "them. He is keen to learn from social audit practitioners in South Asia and Latin "
            "America."
        ),
        "sector": "government",
        "country": "IDN",
        "organisation": "Ministry of Villages",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["fiscal-openness", "public-participation"],
        "themes": ["fiscal-openness", "participation-inclusion"],
        "expertise": ["village finance", "open budget dashboards", "social audit"],
        "languages": ["id", "en"],
    },
    {
        "name": "Maria Lourdes Dizon",
        "email": "maria.dizon@example.net",
        "headline": "Organises citizen auditors to inspect flood control projects",
        "bio": (
            "Malou, as everyone calls her, has spent fifteen years bringing citizens into audit "
            "teams, first for school buildings and now for flood control works. She trains "
            "volunteers to read engineering plans and document what they find with photos and GPS. "
            "Typhoon season gives her work a hard deadline every year."
        ),
        "sector": "civil_society",
        "country": "PHL",
        "organisation": "Citizens for Participatory Audit",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["public-participation", "climate-environment"],
        "themes": ["participation-inclusion", "climate"],
        "expertise": [
            "participatory audit",
            "disaster risk reduction",
            "infrastructure monitoring",
        ],
        "languages": ["tl", "en"],
    },
    {
        "name": "Lucía Bermúdez",
        "email": "lucia.bermudez@example.com",
        "headline": "Investigative journalist covering public money and the people who handle it",
        "bio": (
            "Lucía reports on public procurement and the wealth of public officials. Her team has "
            "filed hundreds of information requests and publishes the refusals alongside the "
            "answers. She keeps her profile visible to members only for safety reasons."
        ),
        "sector": "media",
        "country": "HND",
        "organisation": "Contraluz investigative magazine",
        "visibility": "members",
        "open_to_peer_exchange": False,
        "challenge_areas": ["anti-corruption", "media-freedom"],
        "themes": ["anti-corruption", "civic-space"],
        "expertise": [
            "investigative journalism",
            "asset declarations",
            "freedom of information requests",
        ],
        "languages": ["es"],
    },
    {
        "name": "Awa Ndiaye",
        "email": "awa.ndiaye@example.org",
        "headline": "Makes the national budget understandable in French and Wolof",
        "bio": (
            "Awa runs a civil society forum that produces budget explainers and radio programmes "
            "for audiences outside the capital. She worked with the finance ministry on the first "
            "citizen budget in Wolof. Her current focus is getting women's groups into the budget "
            "hearings that decide local spending."
        ),
        "sector": "civil_society",
        "country": "SEN",
        "organisation": "Citizen Budget Forum",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["fiscal-openness", "gender-inclusion"],
        "themes": ["fiscal-openness", "participation-inclusion"],
        "expertise": ["citizen budgets", "gender-responsive budgeting", "community radio"],
        "languages": ["fr", "en"],
    },
    {
        "name": "Oksana Melnychuk",
        "email": "oksana.melnychuk@example.org",
        "headline": "Designs risk indicators for the national e-procurement system",
        "bio": (
            "Oksana joined government from a civic tech organisation that helped build the first "
            "procurement monitoring tools. She now works on the risk indicators that auditors use "
            "to pick which tenders to review. She is happy to share code, methods and mistakes "
            "with other procurement teams."
        ),
        "sector": "government",
        "country": "UKR",
        "organisation": "Ministry of Economy, public procurement policy",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["anti-corruption", "digital-governance"],
        "themes": ["anti-corruption", "digital-governance"],
        "expertise": ["e-procurement", "risk indicators", "open contracting"],
        "languages": ["uk", "en"],
    },
    {
        "name": "Nino Beridze",
        "email": "nino.beridze@example.net",
        "headline": "Coordinates open parliament commitments from inside the legislature",
        "bio": (
            "Nino is an adviser in the parliamentary staff office and coordinates the working "
            "group that drafts Parliament's own open government commitments. She set up the online "
            "comment tool for draft laws. She is interested in how other parliaments show the "
            "public what changed because of its input."
        ),
        "sector": "parliament",
        "country": "GEO",
        "organisation": "Parliament of Georgia, Open Parliament working group",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["public-participation", "access-to-information"],
        "themes": ["participation-inclusion", "access-to-information"],
        "expertise": ["open parliament", "legislative transparency", "public hearings"],
        "languages": ["en", "ru"],
    },
    {
        "name": "Youssef El Amrani",
        "email": "youssef.elamrani@example.com",
        "headline": "Runs the national portal for access to information requests",
        "bio": (
            "Youssef managed the rollout of the national request portal and trains the information "
            "officers who answer requests in ministries and regions. He believes good records "
            "management matters more for access to information than any website."
        ),
        "sector": "government",
        "country": "MAR",
        "organisation": "Ministry of Digital Transition and Administrative Reform",
        "visibility": "members",
        "open_to_peer_exchange": True,
        "challenge_areas": ["access-to-information", "digital-governance"],
        "themes": ["access-to-information"],
        "expertise": [
            "right to information",
            "training information officers",
            "records management",
        ],
        "languages": ["ar", "fr"],
    },
    {
        "name": "Ji-woo Han",
        "email": "jiwoo.han@example.org",
        "headline": "Researches how citizens can shape rules for AI in government",
        "bio": (
            "Ji-woo studies the use of artificial intelligence in public administration and helped "
            "design the citizen panel on AI in public services. Her current project compares "
            "algorithm registers in a dozen countries. She teaches a graduate seminar on digital "
            "government."
        ),
        "sector": "academia",
        "country": "KOR",
        "organisation": "Institute for Public Sector Innovation",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["digital-governance", "public-participation"],
        "themes": ["digital-governance"],
        "expertise": ["algorithmic accountability", "deliberative panels", "ai procurement"],
        "languages": ["en"],
    },
    {
        "name": "Aram Petrosyan",
        "email": "aram.petrosyan@example.net",
        "headline": "Beneficial ownership researcher following the money in the mining sector",
        "bio": (
            "Aram started looking into company ownership while reporting on mining licences and "
            "now leads a small research team that cross-checks the beneficial ownership register. "
            "He has advised the justice ministry on verification. He is keen to connect with "
            "people working on ownership data in neighbouring countries."
        ),
        "sector": "civil_society",
        "country": "ARM",
        "organisation": "Transparency Lab Yerevan",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption", "natural-resources"],
        "expertise": ["beneficial ownership", "company registers", "mining sector"],
        "languages": ["en", "ru"],
    },
    {
        "name": "Valeria Quesada Mora",
        "email": "valeria.quesada@example.org",
        "headline": "Keeps the decarbonisation plan's open data platform up to date",
        "bio": (
            "Valeria is a climate data specialist who coordinates the national emissions inventory "
            "and the public platform that tracks the decarbonisation plan. She trained as an "
            "environmental engineer."
        ),
        "sector": "government",
        "country": "CRI",
        "organisation": "Ministry of Environment and Energy",
        "visibility": "members",
        "open_to_peer_exchange": True,
        "challenge_areas": ["climate-environment", "access-to-information"],
        "themes": ["climate"],
        "expertise": ["climate data", "emissions inventories", "open data platforms"],
        "languages": ["es", "en"],
    },
    {
        "name": "Fatmata Kamara",
        "email": "fatmata.kamara@example.com",
        "headline": "Paralegal coordinator getting people out of unlawful pretrial detention",
        "bio": (
            "Fatmata supervises paralegals working in correctional centres and chiefdom courts. "
            "Her team screens detainees' files each week and brings overlong detentions to "
            "magistrates. She also supports women whose claims to family land are disputed."
        ),
        "sector": "civil_society",
        "country": "SLE",
        "organisation": "Justice Access Network",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["justice", "gender-inclusion"],
        "themes": ["justice", "participation-inclusion"],
        "expertise": ["paralegal services", "pretrial detention", "women's land rights"],
        "languages": ["en"],
    },
    {
        "name": "Javier Ortega Lluch",
        "email": "javier.ortega@example.net",
        "headline": "Administrative lawyer studying automated decisions in the public sector",
        "bio": (
            "Javier teaches administrative law and studies the legal duties of public bodies that "
            "use automated decision-making. He contributed to the template for the national "
            "algorithm register. He wants to see registers that ordinary people can use to "
            "challenge decisions, not just catalogues for specialists."
        ),
        "sector": "academia",
        "country": "ESP",
        "organisation": "Public Algorithms Research Group",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["digital-governance"],
        "themes": ["digital-governance", "access-to-information"],
        "expertise": ["algorithm registers", "administrative law", "automated decision-making"],
        "languages": ["es", "en"],
    },
    {
        "name": "Beatriz Nogueira Santos",
        "email": "beatriz.nogueira@example.org",
        "headline": "Publishes health waiting list data for Brazil's largest city",
        "bio": (
            "Beatriz leads the data team that publishes anonymised waiting lists for specialist "
            "care. She previously worked as a nurse in a basic health unit in the east of the "
            "city. She is interested in how other cities balance patient privacy with public "
            "scrutiny."
        ),
        "sector": "government",
        "country": "BRA",
        "organisation": "São Paulo Municipal Health Secretariat",
        "visibility": "members",
        "open_to_peer_exchange": True,
        "challenge_areas": ["access-to-information", "digital-governance"],
        "themes": ["public-service-delivery", "access-to-information"],
        "expertise": ["health data", "open data", "waiting lists"],
        "languages": ["pt", "es", "en"],
    },
    {
        "name": "Zainab Lawal Garba",
        "email": "zainab.garba@example.org",
        "headline": "Organises budget town halls before the state budget is drafted",
        "bio": (
            "Zainab coordinates the state's budget town halls and the citizens' budget in English "
            "and Hausa. She tracks which community priorities make it into the final budget and "
            "reports back to the communities that raised them. She has hosted peer visits from "
            "several other Nigerian states."
        ),
        "sector": "government",
        "country": "NGA",
        "organisation": "Kaduna State Planning and Budget Commission",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["fiscal-openness", "public-participation"],
        "themes": ["fiscal-openness", "participation-inclusion"],
        "expertise": ["citizens' budget", "budget town halls", "budget call circulars"],
        "languages": ["en", "ha"],
    },
    {
        "name": "Camila Fuentes Orrego",
        "email": "camila.fuentes@example.com",
        "headline": "Monitors who meets whom in regional and municipal government",
        "bio": (
            "Camila runs an observatory that analyses the data published under the lobbying law, "
            "with a focus on land use decisions in municipalities. She publishes a monthly "
            "bulletin on the most lobbied officials and topics."
        ),
        "sector": "civil_society",
        "country": "CHL",
        "organisation": "Lobbying Observatory",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["anti-corruption"],
        "themes": ["anti-corruption"],
        "expertise": ["lobbying regulation", "municipal transparency", "conflicts of interest"],
        "languages": ["es"],
    },
    {
        "name": "Diego Hernández Salgado",
        "email": "diego.hernandez@example.org",
        "headline": "Data journalist tracking police use of force",
        "bio": (
            "Diego builds datasets from information requests and court records to report on "
            "policing and the justice system. His team maintains an independent count of people "
            "injured or killed by police, which it compares with official figures. He trains local "
            "reporters in data methods."
        ),
        "sector": "media",
        "country": "MEX",
        "organisation": "Datos al Margen",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["justice", "media-freedom"],
        "themes": ["justice", "access-to-information"],
        "expertise": ["data journalism", "police accountability", "information requests"],
        "languages": ["es", "en"],
    },
    {
        "name": "Olena Kravets",
        "email": "olena.kravets@example.net",
        "headline": "Watchdog volunteer checking how aid and reconstruction money is spent",
        "bio": (
            "Olena coordinates volunteers who carry out spot checks at aid distribution points and "
            "monitor reconstruction contracts in the region. Before 2022 she worked on the city's "
            "participatory budget. She shares checklists and templates with other local monitoring "
            "groups."
        ),
        "sector": "civil_society",
        "country": "UKR",
        "organisation": "Lviv Civic Oversight Hub",
        "visibility": "members",
        "open_to_peer_exchange": True,
        "challenge_areas": ["anti-corruption", "access-to-information"],
        "themes": ["anti-corruption", "public-service-delivery"],
        "expertise": [
            "reconstruction monitoring",
            "humanitarian aid transparency",
            "municipal budgets",
        ],
        "languages": ["uk", "en"],
    },
    {
        "name": "Karim Haddad",
        "email": "karim.haddad@example.com",
        "headline": "Governance adviser supporting fiscal transparency reforms in the region",
        "bio": (
            "Karim advises finance ministries on budget transparency and public financial "
            "management reforms. He has worked in Jordan, Tunisia and Morocco, and helps connect "
            "reformers across the region. He is particularly interested in publishing debt data."
        ),
        "sector": "multilateral",
        "country": "JOR",
        "organisation": "Regional development bank, governance practice",
        "visibility": "members",
        "open_to_peer_exchange": True,
        "challenge_areas": ["fiscal-openness", "anti-corruption"],
        "themes": ["fiscal-openness", "anti-corruption"],
        "expertise": ["public financial management", "fiscal transparency", "donor coordination"],
        "languages": ["ar", "en", "fr"],
    },
    {
        "name": "Koffi Yao N'Guessan",
        "email": "koffi.nguessan@example.net",
        "headline": "Supports municipalities that want to try participatory budgeting",
        "bio": (
            "Koffi has accompanied a dozen municipalities through their first participatory budget "
            "cycles, from neighbourhood meetings to monitoring the projects chosen. He trains "
            "municipal staff and community facilitators. He is looking for peers in "
            "French-speaking countries who have made participatory budgets last beyond one mayor's "
            "term."
        ),
        "sector": "civil_society",
        "country": "CIV",
        "organisation": "Network for Local Participatory Budgets",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["fiscal-openness", "public-participation"],
        "themes": ["fiscal-openness", "participation-inclusion"],
        "expertise": [
            "participatory budgeting",
            "local government finance",
            "community mobilisation",
        ],
        "languages": ["fr"],
    },
    {
        "name": "Siobhán Ní Bhriain",
        "email": "siobhan.nibhriain@example.org",
        "headline": "Researcher comparing how information commissioners decide appeals",
        "bio": (
            "Siobhán researches freedom of information law and the work of information "
            "commissioners. She is writing a book comparing appeal decisions across several "
            "countries."
        ),
        "sector": "academia",
        "country": "IRL",
        "organisation": "Centre for Information Rights",
        "visibility": "private",
        "open_to_peer_exchange": False,
        "challenge_areas": ["access-to-information"],
        "themes": ["access-to-information"],
        "expertise": [
            "freedom of information law",
            "appeals and oversight",
            "comparative research",
        ],
        "languages": ["en"],
    },
    {
        "name": "Kadri Tamm",
        "email": "kadri.tamm@example.org",
        "headline": "Civic tech founder building open-source e-petition tools",
        "bio": (
            "Kadri runs a small company that builds open-source participation platforms for "
            "governments and parliaments. Her team's petition module is used by several "
            "municipalities. She cares about making tools that work with national electronic "
            "identity without locking governments into one supplier."
        ),
        "sector": "private_sector",
        "country": "EST",
        "organisation": "Avatud Lab",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["digital-governance", "public-participation"],
        "themes": ["digital-governance", "participation-inclusion"],
        "expertise": ["e-participation platforms", "digital identity", "open source"],
        "languages": ["en", "ru"],
    },
    {
        "name": "Thandiwe Mokoena",
        "email": "thandiwe.mokoena@example.net",
        "headline": "Editor supporting community radio and journalist safety",
        "bio": (
            "Thandiwe edits a network of community news outlets and runs safety training for local "
            "reporters. She has campaigned for clearer rules on who owns and funds news media. She "
            "is interested in protection mechanisms that have worked in other countries."
        ),
        "sector": "media",
        "country": "ZAF",
        "organisation": "Community Media Trust",
        "visibility": "public",
        "open_to_peer_exchange": True,
        "challenge_areas": ["media-freedom", "civic-space"],
        "themes": ["civic-space"],
        "expertise": ["community media", "journalist safety", "media ownership"],
        "languages": ["en"],
    },
    {
        "name": "Sofía Benítez Rivas",
        "email": "sofia.benitez@example.com",
        "headline": "Supports co-creation of action plans across Latin America",
        "bio": (
            "Sofía works for a regional network that supports governments and civil society during "
            "action plan co-creation. She has facilitated multi-stakeholder forums in seven "
            "countries."
        ),
        "sector": "multilateral",
        "country": "URY",
        "organisation": "Regional Open Government Network",
        "visibility": "private",
        "open_to_peer_exchange": False,
        "challenge_areas": ["public-participation", "digital-governance"],
        "themes": ["participation-inclusion", "digital-governance"],
        "expertise": ["action plan co-creation", "peer learning", "multi-stakeholder forums"],
        "languages": ["es", "pt", "en"],
    },
    {
        "name": "Grace Chirwa",
        "email": "grace.chirwa@example.org",
        "headline": "Budget analyst preparing independent briefings for members of parliament",
        "bio": (
            "Grace prepares independent analyses of the budget and supplementary estimates for "
            "parliamentary committees. She previously worked in the economic planning ministry. "
            "She would like to learn how other budget offices publish their analyses for the "
            "public."
        ),
        "sector": "parliament",
        "country": "MWI",
        "organisation": "Parliamentary Budget Office",
        "visibility": "members",
        "open_to_peer_exchange": True,
        "challenge_areas": ["fiscal-openness"],
        "themes": ["fiscal-openness"],
        "expertise": ["budget analysis", "fiscal forecasting", "committee briefings"],
        "languages": ["en"],
    },
    {
        "name": "Rosemary Kaupa",
        "email": "rosemary.kaupa@example.net",
        "headline": "Works on extractive sector reporting and landowner benefit streams",
        "bio": (
            "Rosemary works on the reconciliation of mining and petroleum payments and the "
            "reporting of benefits to landowner groups. She has led consultations in several "
            "provinces."
        ),
        "sector": "government",
        "country": "PNG",
        "organisation": "Department of Mineral Policy",
        "visibility": "private",
        "open_to_peer_exchange": False,
        "challenge_areas": ["climate-environment", "anti-corruption"],
        "themes": ["natural-resources", "anti-corruption"],
        "expertise": [
            "extractive industries disclosure",
            "landowner benefits",
            "revenue reconciliation",
        ],
        "languages": ["en"],
    },
    {
        "name": "Marie-Claire Dubois",
        "email": "marie-claire.dubois@example.org",
        "headline": "Open data policy officer in the interministerial digital directorate",
        "bio": (
            "Marie-Claire works on open data policy and on guidance for ministries publishing "
            "information about the algorithms they use. She previously managed a regional open "
            "data portal."
        ),
        "sector": "government",
        "country": "FRA",
        "organisation": "Interministerial Digital Directorate",
        "visibility": "private",
        "open_to_peer_exchange": False,
        "challenge_areas": ["digital-governance", "access-to-information"],
        "themes": ["digital-governance", "access-to-information"],
        "expertise": ["open data policy", "data catalogues", "algorithmic transparency"],
        "languages": ["fr", "en"],
    },
]

# Home page text in the three working languages.
HOME: dict[str, dict[str, str]] = {
    "en": {
        "title": "OpenGov Commons",
        "hero_heading": "Open government works better when reformers learn from each other",
        "intro": (
            "OpenGov Commons is a shared space for the officials, activists, parliamentarians, "
            "judges, journalists and researchers who co-create and monitor open-government action "
            "plans. Explore commitments from national and local members, see how the independent "
            "reporting mechanism assessed them, and connect with peers who have already tackled "
            "the reform you are planning."
        ),
        "body_heading": "From commitments to results",
        "body_paragraph": (
            "Every two years, each member government sits down with civil society to agree an "
            "action plan of concrete reforms: a beneficial ownership register, a participatory "
            "budget, a court that publishes its backlog. The independent reporting mechanism then "
            "assesses how ambitious each commitment is and whether it actually opened up "
            "government. OpenGov Commons gathers those plans, their assessments and the people "
            "behind them in one place, so that a reformer in one country can find out what worked "
            "elsewhere, what stalled and whom to ask."
        ),
    },
    "fr": {
        "title": "OpenGov Commons",
        "hero_heading": (
            "Le gouvernement ouvert avance mieux quand les réformateurs apprennent les uns des "
            "autres"
        ),
        "intro": (
            "OpenGov Commons est un espace partagé pour les fonctionnaires, militants, "
            "parlementaires, magistrats, journalistes et chercheurs qui élaborent et suivent les "
            "plans d'action pour un gouvernement ouvert. Parcourez les engagements des membres "
            "nationaux et locaux, découvrez comment le mécanisme d'évaluation indépendant les a "
            "jugés et entrez en contact avec des pairs qui ont déjà mené la réforme que vous "
            "préparez."
        ),
        "body_heading": "Des engagements aux résultats",
        "body_paragraph": (
            "Tous les deux ans, chaque gouvernement membre s'assoit à la table de la société "
            "civile pour adopter un plan d'action fait de réformes concrètes : un registre des "
            "bénéficiaires effectifs, un budget participatif, un tribunal qui publie l'état de ses "
            "affaires en attente. Le mécanisme d'évaluation indépendant mesure ensuite l'ambition "
            "de chaque engagement et vérifie s'il a réellement ouvert l'action publique. OpenGov "
            "Commons rassemble ces plans, leurs évaluations et les personnes qui les portent, pour "
            "qu'un réformateur puisse savoir ce qui a fonctionné ailleurs, ce qui a échoué et à "
            "qui s'adresser."
        ),
    },
    "es": {
        "title": "OpenGov Commons",
        "hero_heading": (
            "El gobierno abierto funciona mejor cuando quienes lo impulsan aprenden unos de otros"
        ),
        "intro": (
            "OpenGov Commons es un espacio compartido para funcionarios, activistas, "
            "parlamentarios, jueces, periodistas e investigadores que cocrean y dan seguimiento a "
            "los planes de acción de gobierno abierto. Explore los compromisos de miembros "
            "nacionales y locales, vea cómo los valoró el mecanismo de revisión independiente y "
            "conecte con colegas que ya emprendieron la reforma que usted está planeando."
        ),
        "body_heading": "De los compromisos a los resultados",
        "body_paragraph": (
            "Cada dos años, cada gobierno miembro se sienta con la sociedad civil para acordar un "
            "plan de acción con reformas concretas: un registro de beneficiarios finales, un "
            "presupuesto participativo, un tribunal que publica su rezago de causas. Después, el "
            "mecanismo de revisión independiente evalúa la ambición de cada compromiso y si de "
            "verdad abrió el gobierno. OpenGov Commons reúne esos planes, sus evaluaciones y a las "
            "personas que los impulsan en un solo lugar, para que quien promueve una reforma en un "
            "país pueda saber qué funcionó en otros, qué se estancó y a quién preguntar."
        ),
    },
}
