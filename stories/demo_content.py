"""Demo editorial content for OpenStories: stories of reforms and the people behind them.

Pure data for the demo loader. Every story links to members, commitments and public reformer
profiles defined in ``community/demo/content.py`` by member code, exact commitment title and
profile name. Body blocks are ``(type, value)`` pairs matching ``stories.blocks.StoryBodyBlock``;
paragraph and call-out texts are plain text. Translations repeat the same block structure.

All quoted people, bylines and figures are fictional.
"""

STORIES: list[dict] = [
    {
        "slug": "kenya-court-backlog-data-every-station",
        "title": "In Kenya's courts, a monthly number that shamed everyone into action",
        "date": "2022-03-14",
        "author": "Samuel Otieno",
        "intro": (
            "When every court station's backlog went online each month, the oldest cases stopped "
            "being invisible. Court users' committees turned the figures into local deals on "
            "adjournments, prisoner transport and missing files."
        ),
        "member": "KEN",
        "country": "KEN",
        "themes": ["justice", "access-to-information"],
        "challenge_areas": ["justice", "access-to-information"],
        "commitments": [
            ("KEN", "Monthly publication of case backlog data for every court station"),
        ],
        "reformers": [],
        "tags": ["courts", "case backlog", "court users"],
        "body": [
            (
                "paragraph",
                (
                    "The first dashboard was not flattering. At one station in the Rift Valley, "
                    "more than a third of pending criminal cases were over five years old, and "
                    "nobody in the building could say exactly why. Publishing that figure every "
                    "month, station by station and by type of case, was the judiciary's commitment "
                    "under its first action plan. The harder part was deciding what to do once the "
                    "numbers were public."
                ),
            ),
            ("heading", "From data to a local bargain"),
            (
                "paragraph",
                (
                    "The answer came from court users' committees, the local forums where "
                    "magistrates sit with prosecutors, prison officers, police, advocates and "
                    "community representatives. Each quarter they now go through the backlog data "
                    "line by line. In one county the committee found that a quarter of "
                    "adjournments happened because remand prisoners were not brought to court. The "
                    "prison service agreed to a fixed vehicle schedule, and adjournments for that "
                    "reason fell by half within a year."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Before, everyone blamed someone else for the delays. Now the table shows "
                        "whose delay it is, and the person responsible is sitting in the room."
                    ),
                    "attribution": (
                        "A prosecutor who sits on a court users' committee in Nakuru County"
                    ),
                },
            ),
            (
                "key_figures",
                {
                    "heading": "A year of monthly publication",
                    "figures": [
                        {
                            "value": "All",
                            "label": (
                                "court stations reporting filed, resolved and pending cases each "
                                "month"
                            ),
                        },
                        {
                            "value": "4",
                            "label": "quarterly reviews of the data by each court users' committee",
                        },
                        {
                            "value": "-18%",
                            "label": (
                                "change in cases older than five years at pilot stations over "
                                "twelve months"
                            ),
                        },
                    ],
                },
            ),
            ("heading", "What the numbers don't show"),
            (
                "paragraph",
                (
                    "Registry clerks warn that the data is only as good as the files behind it. "
                    "Cases that were closed but never updated inflated the backlog at several "
                    "stations, and a clean-up exercise briefly made some courts look better than "
                    "they were. Civil society monitors have asked for figures broken down by "
                    "whether the accused is in custody, which would show who is paying the price "
                    "of delay."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Publishing backlog data is cheap; using it is not. The figures changed "
                        "practice only where an existing forum already brought the actors of the "
                        "justice chain together and had the authority to agree on concrete fixes."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "colombia-ownership-register-shared-bidders",
        "title": "How Colombia's contract register caught bidders who shared an owner",
        "date": "2021-04-20",
        "author": "Inés Carrasco",
        "intro": (
            "Colombia now asks every company bidding for public contracts to name the people who "
            "really own it. The first alerts arrived within weeks, and so did the first attempts "
            "to game the threshold."
        ),
        "member": "COL",
        "country": "COL",
        "themes": ["anti-corruption", "fiscal-openness"],
        "challenge_areas": ["anti-corruption"],
        "commitments": [
            (
                "COL",
                "Public register of beneficial owners for companies bidding on state contracts",
            ),
        ],
        "reformers": [],
        "tags": ["beneficial ownership", "procurement", "collusion"],
        "body": [
            (
                "paragraph",
                (
                    "The audit that started it looked like a thousand others: road maintenance "
                    "contracts in three departments, each with four or five competing bids. Only "
                    "when auditors traced the shareholders did they see the same small group of "
                    "people behind bidders that were supposedly competing. The beneficial "
                    "ownership register was the government's response, and it now covers every "
                    "legal entity that bids for a state contract."
                ),
            ),
            ("heading", "A warning on the screen"),
            (
                "paragraph",
                (
                    "Bidders must declare anyone who owns or controls at least 10 percent of the "
                    "company, and the declarations are checked against tax and company records. "
                    "When two bids in the same procedure share an owner, the procurement officer "
                    "sees a warning before the evaluation starts. Journalists and losing bidders "
                    "can search the register for free and download it in bulk."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The alert does not prove collusion. It tells you where to ask the first "
                        "question, and in procurement the first question is usually the one nobody "
                        "wanted to ask."
                    ),
                    "attribution": "A procurement officer in a departmental government",
                },
            ),
            (
                "paragraph",
                (
                    "Not everything worked as planned. Some owners split their stakes into "
                    "holdings just below 10 percent, and officials now want a rule on family "
                    "members acting together. The Superintendency of Companies also admits that "
                    "verification depends on registries that are not always up to date."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "The register at a glance",
                    "figures": [
                        {
                            "value": "10%",
                            "label": "ownership or control threshold that triggers a declaration",
                        },
                        {
                            "value": "3 of 3",
                            "label": "milestones completed; the IRM starred the commitment",
                        },
                        {"value": "Free", "label": "search and bulk download for anyone"},
                    ],
                },
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Link the register to the moment of decision. Ownership data kept in a "
                        "separate portal is useful for investigations after the fact; a warning "
                        "inside the evaluation workflow can stop a rigged tender before the "
                        "contract is signed."
                    ),
                },
            ),
        ],
        "translations": {
            "fr": {
                "title": (
                    "Comment le registre colombien a démasqué des soumissionnaires au même "
                    "propriétaire"
                ),
                "intro": (
                    "La Colombie demande désormais à toute entreprise candidate à un marché public "
                    "de nommer les personnes qui la possèdent réellement. Les premières alertes "
                    "sont arrivées en quelques semaines, tout comme les premières tentatives de "
                    "contourner le seuil."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "L'audit à l'origine de la réforme ressemblait à mille autres : des "
                            "contrats d'entretien routier dans trois départements, chacun avec "
                            "quatre ou cinq offres concurrentes. Ce n'est qu'en remontant la "
                            "chaîne des actionnaires que les auditeurs ont découvert le même petit "
                            "groupe de personnes derrière des soumissionnaires censés se faire "
                            "concurrence. Le registre des bénéficiaires effectifs est la réponse "
                            "du gouvernement, et il couvre aujourd'hui toute personne morale qui "
                            "soumissionne à un marché de l'État."
                        ),
                    ),
                    ("heading", "Une alerte à l'écran"),
                    (
                        "paragraph",
                        (
                            "Les soumissionnaires doivent déclarer toute personne qui détient ou "
                            "contrôle au moins 10 % de l'entreprise, et les déclarations sont "
                            "vérifiées au regard des registres fiscaux et du commerce. Lorsque "
                            "deux offres d'une même procédure partagent un propriétaire, l'agent "
                            "chargé de l'achat voit une alerte avant le début de l'évaluation. "
                            "Journalistes et soumissionnaires évincés peuvent consulter le "
                            "registre gratuitement et le télécharger dans son intégralité."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "L'alerte ne prouve pas la collusion. Elle indique où poser la "
                                "première question, et dans les marchés publics, la première "
                                "question est généralement celle que personne ne voulait poser."
                            ),
                            "attribution": (
                                "Un agent des marchés publics d'un gouvernement départemental"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "Tout n'a pas fonctionné comme prévu. Certains propriétaires ont "
                            "fractionné leurs parts en participations juste inférieures à 10 %, et "
                            "les responsables réclament désormais une règle sur les membres d'une "
                            "même famille agissant de concert. La Surintendance des sociétés "
                            "reconnaît aussi que la vérification dépend de registres qui ne sont "
                            "pas toujours à jour."
                        ),
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "Le registre en bref",
                            "figures": [
                                {
                                    "value": "10 %",
                                    "label": (
                                        "seuil de détention ou de contrôle qui déclenche une "
                                        "déclaration"
                                    ),
                                },
                                {
                                    "value": "3 sur 3",
                                    "label": "jalons réalisés ; engagement distingué par l'IRM",
                                },
                                {
                                    "value": "Gratuit",
                                    "label": "recherche et téléchargement intégral pour tous",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "title": "Ce que d'autres peuvent en retenir",
                            "text": (
                                "Reliez le registre au moment de la décision. Des données sur les "
                                "propriétaires conservées sur un portail séparé servent aux "
                                "enquêtes a posteriori ; une alerte intégrée au processus "
                                "d'évaluation peut arrêter un appel d'offres truqué avant la "
                                "signature du contrat."
                            ),
                        },
                    ),
                ],
            },
            "es": {
                "title": "Cómo el registro colombiano detectó a licitantes con un mismo dueño",
                "intro": (
                    "Colombia exige ahora a toda empresa que licite contratos públicos que "
                    "identifique a las personas que realmente la poseen. Las primeras alertas "
                    "llegaron en pocas semanas, y también los primeros intentos de burlar el "
                    "umbral."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "La auditoría que lo originó parecía una más: contratos de "
                            "mantenimiento vial en tres departamentos, cada uno con cuatro o cinco "
                            "ofertas en competencia. Solo al rastrear a los accionistas, los "
                            "auditores vieron que el mismo pequeño grupo de personas estaba detrás "
                            "de licitantes que supuestamente competían entre sí. El registro de "
                            "beneficiarios finales fue la respuesta del Gobierno y hoy abarca a "
                            "toda persona jurídica que se presenta a un contrato estatal."
                        ),
                    ),
                    ("heading", "Una alerta en la pantalla"),
                    (
                        "paragraph",
                        (
                            "Los licitantes deben declarar a toda persona que posea o controle al "
                            "menos el 10 % de la empresa, y las declaraciones se cotejan con los "
                            "registros tributarios y mercantiles. Cuando dos ofertas de un mismo "
                            "proceso comparten dueño, el funcionario de compras ve una alerta "
                            "antes de empezar la evaluación. Periodistas y licitantes perdedores "
                            "pueden consultar el registro gratis y descargarlo completo."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "La alerta no prueba la colusión. Te dice dónde hacer la primera "
                                "pregunta, y en la contratación pública la primera pregunta suele "
                                "ser la que nadie quería hacer."
                            ),
                            "attribution": (
                                "Un funcionario de compras de una gobernación departamental"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "No todo salió según lo previsto. Algunos propietarios dividieron sus "
                            "participaciones en paquetes justo por debajo del 10 %, y los "
                            "funcionarios quieren ahora una regla sobre familiares que actúan de "
                            "forma concertada. La Superintendencia de Sociedades admite además que "
                            "la verificación depende de registros que no siempre están "
                            "actualizados."
                        ),
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "El registro en cifras",
                            "figures": [
                                {
                                    "value": "10 %",
                                    "label": "umbral de propiedad o control que obliga a declarar",
                                },
                                {
                                    "value": "3 de 3",
                                    "label": "hitos cumplidos; el IRM destacó el compromiso",
                                },
                                {
                                    "value": "Gratis",
                                    "label": "consulta y descarga completa para cualquier persona",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "title": "Lo que otros pueden aprender",
                            "text": (
                                "Vincule el registro al momento de la decisión. Los datos de "
                                "propiedad guardados en un portal aparte sirven para investigar "
                                "después; una alerta dentro del flujo de evaluación puede frenar "
                                "una licitación amañada antes de que se firme el contrato."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "colombia-climate-budget-tagging-red-column",
        "title": "The budget official who wants to count spending that harms the climate",
        "date": "2024-09-10",
        "author": "Julián Ocampo",
        "intro": (
            "Tomás Restrepo Aguilar spent a decade programming Colombia's budget. Now he is "
            "tagging every budget programme by what it does for the climate, including what it "
            "does against it."
        ),
        "member": "COL",
        "country": "COL",
        "themes": ["climate", "fiscal-openness"],
        "challenge_areas": ["climate-environment", "fiscal-openness"],
        "commitments": [
            ("COL", "Climate spending tagged and traceable across the national budget"),
        ],
        "reformers": ["Tomás Restrepo Aguilar"],
        "tags": ["climate finance", "budget tagging", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Tomás Restrepo Aguilar keeps a printout of the national budget on his desk, "
                    "with coloured tabs sticking out of it like feathers. Green marks programmes "
                    "that cut emissions, blue those that help communities adapt, and red a "
                    "category most finance ministries prefer not to name: spending that works "
                    "against climate goals. The red tabs are the reason colleagues call the "
                    "methodology brave, and the reason it took a year to approve."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "If we only count the good spending, we publish a flattering number and "
                        "learn nothing. The interesting conversation starts with the red column."
                    ),
                    "attribution": "Tomás Restrepo Aguilar, Ministry of Finance and Public Credit",
                },
            ),
            ("heading", "A methodology before a number"),
            (
                "paragraph",
                (
                    "The tagging methodology was approved in 2024, but the first climate spending "
                    "annex has not yet accompanied a budget bill. Restrepo says the delay is "
                    "deliberate: line ministries had to agree on definitions, and fuel subsidies "
                    "and road programmes produced long arguments. The open dataset of tagged "
                    "programmes is planned to follow the first annex."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "Where the work stands",
                    "figures": [
                        {
                            "value": "1",
                            "label": (
                                "approved methodology covering mitigation, adaptation and harmful "
                                "spending"
                            ),
                        },
                        {
                            "value": "0 of 2",
                            "label": (
                                "later milestones completed: the budget annex and the open dataset"
                            ),
                        },
                        {
                            "value": "10 years",
                            "label": (
                                "Restrepo spent in budget programming before taking on climate "
                                "tagging"
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Civil society groups that follow climate finance say the real test will be "
                    "whether Congress uses the annex during budget debates. Restrepo agrees, and "
                    "has started meeting the staff of the economic committees to explain what the "
                    "tags mean. He is also comparing notes with finance ministries abroad that "
                    "track harmful spending, a much shorter list than those tracking green "
                    "spending."
                ),
            ),
        ],
        "translations": {
            "es": {
                "title": (
                    "El funcionario de presupuesto que quiere contar el gasto que daña el clima"
                ),
                "intro": (
                    "Tomás Restrepo Aguilar pasó una década programando el presupuesto de "
                    "Colombia. Ahora etiqueta cada programa presupuestal según lo que hace por el "
                    "clima, incluido lo que hace en su contra."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "Tomás Restrepo Aguilar tiene sobre su escritorio una copia impresa "
                            "del presupuesto nacional de la que sobresalen pestañas de colores "
                            "como plumas. El verde marca los programas que reducen emisiones; el "
                            "azul, los que ayudan a las comunidades a adaptarse; y el rojo, una "
                            "categoría que la mayoría de los ministerios de Hacienda prefiere no "
                            "nombrar: el gasto que va en contra de las metas climáticas. Las "
                            "pestañas rojas son la razón por la que sus colegas llaman valiente a "
                            "la metodología, y también la razón por la que su aprobación tardó un "
                            "año."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Si solo contamos el gasto bueno, publicamos una cifra halagadora "
                                "y no aprendemos nada. La conversación interesante empieza con la "
                                "columna roja."
                            ),
                            "attribution": (
                                "Tomás Restrepo Aguilar, Ministerio de Hacienda y Crédito Público"
                            ),
                        },
                    ),
                    ("heading", "Una metodología antes que una cifra"),
                    (
                        "paragraph",
                        (
                            "La metodología de etiquetado se aprobó en 2024, pero el primer anexo "
                            "de gasto climático todavía no ha acompañado un proyecto de ley de "
                            "presupuesto. Restrepo dice que el retraso es deliberado: los "
                            "ministerios sectoriales debían ponerse de acuerdo en las "
                            "definiciones, y los subsidios a los combustibles y los programas "
                            "viales dieron lugar a largas discusiones. El conjunto de datos "
                            "abiertos de programas etiquetados se publicará después del primer "
                            "anexo."
                        ),
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "En qué punto está el trabajo",
                            "figures": [
                                {
                                    "value": "1",
                                    "label": (
                                        "metodología aprobada que abarca mitigación, adaptación y "
                                        "gasto perjudicial"
                                    ),
                                },
                                {
                                    "value": "0 de 2",
                                    "label": (
                                        "hitos posteriores cumplidos: el anexo presupuestal y los "
                                        "datos abiertos"
                                    ),
                                },
                                {
                                    "value": "10 años",
                                    "label": (
                                        "dedicó Restrepo a la programación presupuestal antes del "
                                        "etiquetado climático"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "Las organizaciones de la sociedad civil que siguen el financiamiento "
                            "climático dicen que la verdadera prueba será si el Congreso usa el "
                            "anexo en los debates presupuestales. Restrepo está de acuerdo y ya "
                            "empezó a reunirse con el personal de las comisiones económicas para "
                            "explicar qué significan las etiquetas. También compara experiencias "
                            "con ministerios de Hacienda de otros países que miden el gasto "
                            "perjudicial, una lista mucho más corta que la de quienes miden el "
                            "gasto verde."
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "ghana-audit-recommendations-tracker-kwabena-asante",
        "title": "Kwabena Asante's spreadsheet of audit recommendations nobody acted on",
        "date": "2022-11-08",
        "author": "Efua Mensah-Bonsu",
        "intro": (
            "In a corner office of Ghana's Parliament, a committee staffer has built a tracker "
            "that shows which audit findings ministries ignored. Matched with published oil "
            "revenue data, it has made hearings sharper."
        ),
        "member": "GHA",
        "country": "GHA",
        "themes": ["fiscal-openness", "natural-resources"],
        "challenge_areas": ["fiscal-openness", "anti-corruption"],
        "commitments": [
            ("GHA", "Publication of petroleum revenue allocations and project-level spending"),
        ],
        "reformers": ["Kwabena Asante"],
        "tags": ["parliament", "audit follow-up", "oil revenue"],
        "body": [
            (
                "paragraph",
                (
                    "Every year the Auditor-General's reports land on the desks of the Public "
                    "Accounts Committee, and every year some of the same findings come back. "
                    "Kwabena Asante, who works in the committee's secretariat, decided to count "
                    "them. His tracker lists each recommendation, the ministry responsible, the "
                    "committee's direction and whether anything happened afterwards."
                ),
            ),
            (
                "paragraph",
                (
                    "The tracker became far more useful once the finance ministry began publishing "
                    "quarterly petroleum receipts and a geolocated list of every project funded "
                    "from oil revenues. For the first time, Asante could match an audit finding "
                    "about an unfinished clinic with the line in the project list that said it was "
                    "complete. At one hearing, that comparison took up most of an afternoon."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Members are busy and audit reports are long. If I can put one page in "
                        "front of them that says this is the third year we have asked the same "
                        "question, the hearing changes tone."
                    ),
                    "attribution": "Kwabena Asante, Public Accounts Committee secretariat",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "The tracker in numbers",
                    "figures": [
                        {
                            "value": "640",
                            "label": "audit recommendations logged since the tracker began",
                        },
                        {
                            "value": "38%",
                            "label": (
                                "recommendations with evidence of action by the ministry concerned"
                            ),
                        },
                        {
                            "value": "3 years",
                            "label": "the longest run of a finding reappearing unresolved",
                        },
                    ],
                },
            ),
            ("heading", "Where the data runs thin"),
            (
                "paragraph",
                (
                    "District forums in the Western Region have added residents' own observations, "
                    "but Asante says the project list is still weak on contract variations and "
                    "payment dates. He also writes short explainers on petroleum revenue for new "
                    "members of parliament, because the allocation formula set in law is hard to "
                    "grasp in a single briefing."
                ),
            ),
            (
                "callout",
                {
                    "title": "How it works",
                    "text": (
                        "The tracker is a shared spreadsheet updated after each committee sitting. "
                        "Each row links an audit paragraph to the committee's direction, the "
                        "ministry's written response and any evidence of action, such as a payment "
                        "record or a photo from a district forum."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "sekondi-fish-landing-data-processors-forum",
        "title": "At Sekondi's landing beaches, fish processors finally get the numbers",
        "date": "2023-06-19",
        "author": "Efua Mensah-Bonsu",
        "intro": (
            "Catch and price data from four landing sites now feeds a quarterly forum where "
            "fishers, processors and officials argue over what the numbers mean. Most processors "
            "are women, and for many it is their first official meeting."
        ),
        "member": "GHSE",
        "country": "GHA",
        "themes": ["natural-resources", "participation-inclusion"],
        "challenge_areas": ["public-participation", "gender-inclusion"],
        "commitments": [("GHSE", "Fish landing site data discussed at a quarterly fishers' forum")],
        "reformers": [],
        "tags": ["fisheries", "women", "local data"],
        "body": [
            (
                "paragraph",
                (
                    "At half past five in the morning, the enumerator at one of Sekondi's landing "
                    "beaches writes down what comes out of each canoe: species, weight and the "
                    "price the first buyer pays. She has done this at four landing sites since the "
                    "metropolitan fisheries unit began collecting data under the city's action "
                    "plan. The figures go into a spreadsheet that is printed, pinned up and argued "
                    "over at a quarterly forum."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The men talk about the sea. We talk about the price. With the numbers on "
                        "the wall, they have to listen to the price too."
                    ),
                    "attribution": "A fish processor and smoker in Sekondi",
                },
            ),
            (
                "paragraph",
                (
                    "Most fish processors in the twin city are women, and the forum is the first "
                    "official meeting many of them have attended. Their price data shows what "
                    "fishers already suspected: in the lean months, catches fall faster than "
                    "prices rise, so household incomes collapse. The forum has also collected "
                    "dozens of reports of light fishing and of trawlers entering inshore waters."
                ),
            ),
            ("heading", "The missing link to the capital"),
            (
                "paragraph",
                (
                    "Sharing the data with national fisheries authorities is the one milestone not "
                    "yet reached. Local officials say they have no formal channel, and fishers "
                    "complain that their reports of illegal fishing vanish once they leave the "
                    "city. Without a response from the national level, forum members worry that "
                    "the meetings will become a place to vent rather than to decide."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Collect data where people already gather and in the units they use. The "
                        "landing-site figures are recorded in basins and local price units as well "
                        "as kilograms, which is one reason processors trust them."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "sekondi-takoradi-assembly-live-radio-call-in",
        "title": "Sekondi-Takoradi puts its assembly on the radio, with questions",
        "date": "2025-02-11",
        "author": "Kojo Bentil",
        "intro": (
            "The metropolitan assembly has signed up two local radio stations to broadcast its "
            "sessions live, followed by a call-in. The broadcasts have not started yet, and "
            "journalists want documents before microphones."
        ),
        "member": "GHSE",
        "country": "GHA",
        "themes": ["civic-space", "participation-inclusion"],
        "challenge_areas": ["media-freedom", "public-participation"],
        "commitments": [
            ("GHSE", "Assembly sessions broadcast live on local radio with call-in segments"),
        ],
        "reformers": [],
        "tags": ["local radio", "local assemblies", "journalists"],
        "body": [
            (
                "paragraph",
                (
                    "Attendance at general sessions of the Sekondi-Takoradi Metropolitan Assembly "
                    "rarely fills the public gallery. Yet on any weekday morning, tens of "
                    "thousands of residents listen to call-in shows on local FM stations, where "
                    "roads, drainage and market tolls are the staple complaints. The assembly's "
                    "newest commitment tries to bring the two together: live broadcasts of its "
                    "sessions, followed by a segment in which members answer listeners' questions."
                ),
            ),
            (
                "paragraph",
                (
                    "The agreement with two stations was signed in late 2024. Broadcasts were due "
                    "to begin soon after, but the sound system in the assembly hall needed "
                    "replacing and the stations asked who would pay for the airtime. Both issues "
                    "were still being negotiated at the time of writing."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "A live broadcast is nice. But if I get the budget document on the morning "
                        "of the session, I cannot ask a good question on air. Give us the papers "
                        "first."
                    ),
                    "attribution": "A news editor at a community radio station in Takoradi",
                },
            ),
            ("heading", "Documents first"),
            (
                "paragraph",
                (
                    "The commitment also promises that documents tabled at each session will be "
                    "shared with accredited journalists in advance. Local reporters say this "
                    "matters more than the broadcast itself, since they often obtain papers only "
                    "after a vote. Some are wary of the word accredited and want the assembly to "
                    "publish its accreditation criteria."
                ),
            ),
            (
                "callout",
                {
                    "title": "What to watch",
                    "text": (
                        "Whether the call-in segment survives the first difficult session. Live "
                        "phone-ins are easy to promise and easy to drop once callers start asking "
                        "awkward questions about contracts, so the rules for the segment should be "
                        "agreed with the stations in writing."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "indonesia-village-budget-verification-meetings",
        "title": "The village meetings where budget banners meet reality",
        "date": "2021-10-05",
        "author": "Ratna Kusumawardani",
        "intro": (
            "Rizky Pratama has run more than a hundred verification meetings in Indonesian "
            "villages. He says the best moment is when a resident stands up with a photo of a road "
            "that exists only on paper."
        ),
        "member": "IDN",
        "country": "IDN",
        "themes": ["fiscal-openness", "participation-inclusion"],
        "challenge_areas": ["fiscal-openness", "public-participation"],
        "commitments": [
            (
                "IDN",
                "Village fund spending dashboards with community verification in 1,000 villages",
            ),
        ],
        "reformers": ["Rizky Pratama"],
        "tags": ["village funds", "social audit", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Rizky Pratama grew up in a village in Central Java where the only sign of the "
                    "annual transfer from Jakarta was a vinyl banner outside the village office. "
                    "The banner listed totals, not projects, and nobody asked questions. Today he "
                    "works on the ministry team that helped 1,000 villages publish their budgets "
                    "and spending on a simple dashboard and on printed boards updated every "
                    "quarter."
                ),
            ),
            ("heading", "A meeting with a purpose"),
            (
                "paragraph",
                (
                    "The dashboards matter less, he says, than the annual verification meetings "
                    "run by village consultative bodies. Residents go through the list of projects "
                    "and say which ones they have actually seen. In one village in East Nusa "
                    "Tenggara, a farmer brought a photo of a drainage channel reported as "
                    "finished: it was a line of stakes in a field."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "People do not read dashboards for fun. They read them the week before a "
                        "meeting where they can ask the village head a question in front of "
                        "everyone."
                    ),
                    "attribution": "Rizky Pratama, Ministry of Villages",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "The programme so far",
                    "figures": [
                        {
                            "value": "1,000",
                            "label": "villages publishing budgets online and on printed boards",
                        },
                        {
                            "value": "100+",
                            "label": "verification meetings facilitated by Rizky Pratama",
                        },
                        {"value": "4", "label": "updates of each village board per year"},
                    ],
                },
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "A standard budget template came first. Without a common format, the "
                        "ministry could not have built a dashboard for 1,000 villages, and "
                        "residents could not have compared their village with the next one."
                    ),
                },
            ),
        ],
        "translations": {
            "fr": {
                "title": (
                    "Les réunions de village où les banderoles budgétaires rencontrent la réalité"
                ),
                "intro": (
                    "Rizky Pratama a animé plus d'une centaine de réunions de vérification dans "
                    "des villages indonésiens. Selon lui, le meilleur moment est celui où un "
                    "habitant se lève avec la photo d'une route qui n'existe que sur le papier."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "Rizky Pratama a grandi dans un village de Java central où le seul "
                            "signe du transfert annuel venu de Jakarta était une banderole en "
                            "vinyle devant le bureau du village. Elle affichait des totaux, pas "
                            "des projets, et personne ne posait de questions. Il travaille "
                            "aujourd'hui dans l'équipe ministérielle qui a aidé 1 000 villages à "
                            "publier leur budget et leurs dépenses sur un tableau de bord simple "
                            "et sur des panneaux imprimés mis à jour chaque trimestre."
                        ),
                    ),
                    ("heading", "Une réunion qui a un but"),
                    (
                        "paragraph",
                        (
                            "Les tableaux de bord comptent moins, dit-il, que les réunions "
                            "annuelles de vérification organisées par les conseils consultatifs "
                            "des villages. Les habitants passent en revue la liste des projets et "
                            "disent lesquels ils ont réellement vus. Dans un village du Nusa "
                            "Tenggara oriental, un agriculteur a apporté la photo d'un canal de "
                            "drainage déclaré achevé : c'était une rangée de piquets au milieu "
                            "d'un champ."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Les gens ne lisent pas les tableaux de bord pour le plaisir. Ils "
                                "les lisent la semaine qui précède une réunion où ils peuvent "
                                "interroger le chef du village devant tout le monde."
                            ),
                            "attribution": "Rizky Pratama, ministère des Villages",
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "Le programme à ce jour",
                            "figures": [
                                {
                                    "value": "1 000",
                                    "label": (
                                        "villages publiant leur budget en ligne et sur des "
                                        "panneaux imprimés"
                                    ),
                                },
                                {
                                    "value": "100+",
                                    "label": "réunions de vérification animées par Rizky Pratama",
                                },
                                {
                                    "value": "4",
                                    "label": "mises à jour par an du panneau de chaque village",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "title": "Ce que d'autres peuvent en retenir",
                            "text": (
                                "Un modèle de budget standard est venu en premier. Sans format "
                                "commun, le ministère n'aurait pas pu construire un tableau de "
                                "bord pour 1 000 villages, et les habitants n'auraient pas pu "
                                "comparer leur village avec celui d'à côté."
                            ),
                        },
                    ),
                ],
            },
            "es": {
                "title": (
                    "Las asambleas de aldea donde las pancartas del presupuesto chocan con la "
                    "realidad"
                ),
                "intro": (
                    "Rizky Pratama ha dirigido más de cien reuniones de verificación en aldeas de "
                    "Indonesia. Dice que el mejor momento llega cuando un vecino se levanta con la "
                    "foto de un camino que solo existe en el papel."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "Rizky Pratama creció en una aldea de Java Central donde la única "
                            "señal de la transferencia anual que llegaba de Yakarta era una "
                            "pancarta de vinilo frente a la oficina de la aldea. Mostraba totales, "
                            "no proyectos, y nadie hacía preguntas. Hoy trabaja en el equipo del "
                            "ministerio que ayudó a 1.000 aldeas a publicar su presupuesto y su "
                            "gasto en un tablero en línea sencillo y en paneles impresos que se "
                            "actualizan cada trimestre."
                        ),
                    ),
                    ("heading", "Una reunión con un propósito"),
                    (
                        "paragraph",
                        (
                            "Los tableros importan menos, dice, que las reuniones anuales de "
                            "verificación que organizan los consejos consultivos de las aldeas. "
                            "Los vecinos repasan la lista de proyectos y dicen cuáles han visto de "
                            "verdad. En una aldea de Nusa Tenggara Oriental, un agricultor llevó "
                            "la foto de un canal de drenaje que figuraba como terminado: era una "
                            "hilera de estacas en medio de un campo."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "La gente no lee tableros por diversión. Los lee la semana antes "
                                "de una reunión en la que puede hacerle una pregunta al jefe de la "
                                "aldea delante de todos."
                            ),
                            "attribution": "Rizky Pratama, Ministerio de Aldeas",
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "El programa hasta ahora",
                            "figures": [
                                {
                                    "value": "1.000",
                                    "label": (
                                        "aldeas que publican su presupuesto en línea y en paneles "
                                        "impresos"
                                    ),
                                },
                                {
                                    "value": "Más de 100",
                                    "label": (
                                        "reuniones de verificación facilitadas por Rizky Pratama"
                                    ),
                                },
                                {
                                    "value": "4",
                                    "label": "actualizaciones al año del panel de cada aldea",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "title": "Lo que otros pueden aprender",
                            "text": (
                                "Primero llegó una plantilla presupuestal estándar. Sin un formato "
                                "común, el ministerio no habría podido construir un tablero para "
                                "1.000 aldeas, y los vecinos no habrían podido comparar su aldea "
                                "con la de al lado."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "indonesia-one-map-concessions-forestry-layer",
        "title": "One map for Indonesia's overlapping concessions, with one layer missing",
        "date": "2022-07-26",
        "author": "Benedict Harlow",
        "intro": (
            "Indonesia has merged concession maps from five ministries into a single reference "
            "layer and opened plantation and mining permits to the public. Forestry concessions, "
            "the layer communities most want to see, are still closed."
        ),
        "member": "IDN",
        "country": "IDN",
        "themes": ["natural-resources", "climate", "access-to-information"],
        "challenge_areas": ["climate-environment", "access-to-information"],
        "commitments": [
            ("IDN", "Open spatial data on land concessions under a single reference map"),
            ("IDN", "Beneficial ownership checks for mining and palm oil licence applications"),
        ],
        "reformers": [],
        "tags": ["land", "maps", "deforestation"],
        "body": [
            (
                "paragraph",
                (
                    "For years, the same hillside in Kalimantan could appear on one ministry's map "
                    "as protected forest, on another's as a palm oil plantation and on a third as "
                    "a coal concession. Customary communities who had lived there for generations "
                    "appeared on none of them. Merging these layers into a single reference map "
                    "was the first step; publishing it is what changed the conversation."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "The single map at a glance",
                    "figures": [
                        {
                            "value": "5",
                            "label": "ministries whose concession layers were merged into one map",
                        },
                        {
                            "value": "2 of 3",
                            "label": "concession types now visible in the public viewer",
                        },
                        {"value": "0", "label": "forestry concession layers opened so far"},
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Since the viewer went live, researchers have matched fire hotspots and forest "
                    "loss to specific plantation licences, and community mapping groups have used "
                    "it to document overlaps with customary land. The IRM described the commitment "
                    "as a major opening of government. But the forestry layer remains closed while "
                    "officials debate whether concession boundaries are commercially confidential."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We finally have the same map as the company. Before, every negotiation "
                        "started with them unrolling a map we had never seen."
                    ),
                    "attribution": "A customary land mapper in West Kalimantan",
                },
            ),
            ("heading", "Who holds the licence?"),
            (
                "paragraph",
                (
                    "A second commitment aims to check the declared beneficial owners of mining "
                    "and palm oil licence holders against tax and land records. Licensing agencies "
                    "now have direct access to the ownership database, but systematic verification "
                    "of new applications has not started and public access still costs a fee. "
                    "Campaigners say the two reforms need each other: a map shows where, an "
                    "ownership register shows who."
                ),
            ),
        ],
        "translations": {},
    },
    {
        "slug": "semarang-tide-gauges-neighbourhood-flood-alerts",
        "title": "Semarang's tide gauges now alert the neighbourhoods they protect",
        "date": "2023-01-17",
        "author": "Ratna Kusumawardani",
        "intro": (
            "In a city sinking faster than the sea is rising, Semarang publishes river and tide "
            "readings in real time and links them to volunteer alert groups in 50 neighbourhoods. "
            "The volunteers send data back."
        ),
        "member": "IDSM",
        "country": "IDN",
        "themes": ["climate", "public-service-delivery"],
        "challenge_areas": ["climate-environment", "public-participation"],
        "commitments": [
            ("IDSM", "Flood early warning open data with neighbourhood response groups"),
        ],
        "reformers": [],
        "tags": ["flooding", "early warning", "resilience"],
        "body": [
            (
                "paragraph",
                (
                    "In parts of northern Semarang, front doors have been raised twice in twenty "
                    "years, and some living rooms now sit at what used to be window height. Land "
                    "subsidence caused by groundwater pumping makes tidal flooding worse every "
                    "year. For residents, the practical question is simple: how much warning do "
                    "they get before the water comes in?"
                ),
            ),
            (
                "paragraph",
                (
                    "The regional disaster management agency now publishes river and tide gauge "
                    "readings in real time and connects them to alert groups in 50 flood-prone "
                    "neighbourhoods. Each group has volunteers who relay warnings by loudspeaker "
                    "and messaging apps and who organise evacuation drills. The groups also report "
                    "where the water actually reached, which has corrected the agency's flood maps "
                    "street by street."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "The early-warning network",
                    "figures": [
                        {"value": "50", "label": "neighbourhood alert groups linked to gauge data"},
                        {
                            "value": "Real time",
                            "label": "publication of river and tide gauge readings",
                        },
                        {
                            "value": "3 of 3",
                            "label": "milestones completed, including evacuation drills",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "The sensor tells us the sea is high. We tell the agency which alley "
                        "floods first, because the map never knew."
                    ),
                    "attribution": "A volunteer coordinator of an alert group in North Semarang",
                },
            ),
            (
                "callout",
                {
                    "title": "What didn't work at first",
                    "text": (
                        "Early alerts went out in technical units that residents did not "
                        "understand. The groups asked for simple colour-coded levels tied to local "
                        "landmarks, such as the mosque step or the school gate, and the agency "
                        "rewrote its messages."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "philippines-malou-dizon-citizen-flood-audits",
        "title": "Malou Dizon trains volunteers to audit floodwalls before typhoon season",
        "date": "2021-08-24",
        "author": "Jonah Villareal",
        "intro": (
            "For fifteen years, Maria Lourdes Dizon has been bringing citizens into government "
            "audit teams. Now her volunteers inspect dikes and drainage channels with engineering "
            "plans, tape measures and GPS phones."
        ),
        "member": "PHL",
        "country": "PHL",
        "themes": ["anti-corruption", "climate", "participation-inclusion"],
        "challenge_areas": ["public-participation", "climate-environment"],
        "commitments": [
            ("PHL", "Citizen participatory audits of flood control and drainage projects"),
        ],
        "reformers": ["Maria Lourdes Dizon"],
        "tags": ["participatory audit", "flood control", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Maria Lourdes Dizon, whom everyone calls Malou, does not start her training "
                    "with the law on public audit. She starts with an engineering drawing of a "
                    "dike spread across a table, and asks volunteers to find the height of the "
                    "wall. Most get it wrong the first time. By the end of the week, the same "
                    "volunteers are measuring concrete on site and comparing it with the contract."
                ),
            ),
            ("heading", "Joint teams, public reports"),
            (
                "paragraph",
                (
                    "Under the Philippines' action plan, the Commission on Audit formed joint "
                    "teams of state auditors, civil society volunteers and engineering students in "
                    "five flood-prone regions. Their reports are published alongside regular audit "
                    "findings, and the commission tracks publicly whether agencies act on the "
                    "recommendations. Typhoon season sets a hard deadline every year: a defect "
                    "found in October can be a flood in November."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Volunteers are not there to replace auditors. They are there because they "
                        "live behind the wall, and they notice when the concrete is thinner than "
                        "it should be."
                    ),
                    "attribution": "Maria Lourdes Dizon, Citizens for Participatory Audit",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "Joint audits so far",
                    "figures": [
                        {"value": "5", "label": "flood-prone regions with joint audit teams"},
                        {
                            "value": "3 of 3",
                            "label": (
                                "milestones completed, including public tracking of agency "
                                "responses"
                            ),
                        },
                        {
                            "value": "15 years",
                            "label": "of Malou Dizon's experience with citizen audits",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Training is the real investment. Volunteers need to read plans, take "
                        "geotagged photos and write findings that auditors can use as evidence, "
                        "and that takes far more than a one-day workshop."
                    ),
                },
            ),
        ],
        "translations": {
            "fr": {
                "title": "Malou Dizon forme des bénévoles à auditer les digues avant les typhons",
                "intro": (
                    "Depuis quinze ans, Maria Lourdes Dizon fait entrer des citoyens dans les "
                    "équipes d'audit de l'État. Ses bénévoles inspectent désormais digues et "
                    "canaux de drainage, munis de plans d'ingénieur, de mètres rubans et de "
                    "téléphones GPS."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "Maria Lourdes Dizon, que tout le monde appelle Malou, ne commence pas "
                            "ses formations par la loi sur l'audit public. Elle commence par le "
                            "plan d'une digue, déplié sur une table, et demande aux bénévoles d'y "
                            "trouver la hauteur du mur. La plupart se trompent la première fois. À "
                            "la fin de la semaine, les mêmes bénévoles mesurent le béton sur le "
                            "chantier et le comparent au contrat."
                        ),
                    ),
                    ("heading", "Des équipes mixtes, des rapports publics"),
                    (
                        "paragraph",
                        (
                            "Dans le cadre du plan d'action des Philippines, la Commission d'audit "
                            "a constitué des équipes mixtes d'auditeurs de l'État, de bénévoles de "
                            "la société civile et d'étudiants en génie civil dans cinq régions "
                            "exposées aux inondations. Leurs rapports sont publiés avec les "
                            "conclusions d'audit ordinaires, et la commission suit publiquement la "
                            "suite donnée aux recommandations par les administrations. La saison "
                            "des typhons impose chaque année une échéance stricte : un défaut "
                            "constaté en octobre peut devenir une inondation en novembre."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Les bénévoles ne sont pas là pour remplacer les auditeurs. Ils "
                                "sont là parce qu'ils vivent derrière le mur, et ils remarquent "
                                "quand le béton est plus mince qu'il ne devrait l'être."
                            ),
                            "attribution": "Maria Lourdes Dizon, Citizens for Participatory Audit",
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "Les audits conjoints à ce jour",
                            "figures": [
                                {
                                    "value": "5",
                                    "label": (
                                        "régions exposées aux inondations dotées d'équipes d'audit "
                                        "mixtes"
                                    ),
                                },
                                {
                                    "value": "3 sur 3",
                                    "label": (
                                        "jalons réalisés, dont le suivi public des réponses des "
                                        "administrations"
                                    ),
                                },
                                {
                                    "value": "15 ans",
                                    "label": "d'expérience de Malou Dizon dans l'audit citoyen",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "title": "Ce que d'autres peuvent en retenir",
                            "text": (
                                "La formation est le véritable investissement. Les bénévoles "
                                "doivent savoir lire des plans, prendre des photos géolocalisées "
                                "et rédiger des constats que les auditeurs peuvent utiliser comme "
                                "preuves, ce qui demande bien plus qu'un atelier d'une journée."
                            ),
                        },
                    ),
                ],
            },
            "es": {
                "title": "Malou Dizon entrena voluntarios para auditar diques antes de los tifones",
                "intro": (
                    "Desde hace quince años, Maria Lourdes Dizon incorpora a ciudadanos a los "
                    "equipos de auditoría del Estado. Ahora sus voluntarios inspeccionan diques y "
                    "canales de drenaje con planos de ingeniería, cintas métricas y teléfonos con "
                    "GPS."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "Maria Lourdes Dizon, a quien todos llaman Malou, no empieza sus "
                            "capacitaciones con la ley de auditoría pública. Empieza con el plano "
                            "de un dique extendido sobre una mesa y pide a los voluntarios que "
                            "encuentren la altura del muro. La mayoría se equivoca la primera vez. "
                            "Al final de la semana, esos mismos voluntarios miden el concreto en "
                            "la obra y lo comparan con el contrato."
                        ),
                    ),
                    ("heading", "Equipos conjuntos, informes públicos"),
                    (
                        "paragraph",
                        (
                            "En el marco del plan de acción de Filipinas, la Comisión de Auditoría "
                            "formó equipos conjuntos de auditores del Estado, voluntarios de la "
                            "sociedad civil y estudiantes de ingeniería en cinco regiones "
                            "propensas a inundaciones. Sus informes se publican junto con los "
                            "hallazgos de auditoría habituales, y la comisión sigue públicamente "
                            "si las entidades aplican las recomendaciones. La temporada de tifones "
                            "impone cada año un plazo estricto: un defecto detectado en octubre "
                            "puede ser una inundación en noviembre."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Los voluntarios no están ahí para reemplazar a los auditores. "
                                "Están ahí porque viven detrás del muro y notan cuando el concreto "
                                "es más delgado de lo que debería."
                            ),
                            "attribution": "Maria Lourdes Dizon, Citizens for Participatory Audit",
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "Las auditorías conjuntas hasta ahora",
                            "figures": [
                                {
                                    "value": "5",
                                    "label": (
                                        "regiones propensas a inundaciones con equipos de "
                                        "auditoría conjuntos"
                                    ),
                                },
                                {
                                    "value": "3 de 3",
                                    "label": (
                                        "hitos cumplidos, incluido el seguimiento público de las "
                                        "respuestas de las entidades"
                                    ),
                                },
                                {
                                    "value": "15 años",
                                    "label": (
                                        "de experiencia de Malou Dizon en auditorías ciudadanas"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "title": "Lo que otros pueden aprender",
                            "text": (
                                "La capacitación es la verdadera inversión. Los voluntarios "
                                "necesitan leer planos, tomar fotos georreferenciadas y redactar "
                                "hallazgos que los auditores puedan usar como evidencia, y eso "
                                "exige mucho más que un taller de un día."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "quezon-city-business-permit-tracker-fixers",
        "title": "Quezon City's permit tracker leaves the fixers with nothing to sell",
        "date": "2022-02-15",
        "author": "Jonah Villareal",
        "intro": (
            "Small business owners in Quezon City used to queue for days and pay informal fees to "
            "move their files. Now they can see which office holds their permit, and for how long."
        ),
        "member": "PHQC",
        "country": "PHL",
        "themes": ["anti-corruption", "public-service-delivery", "digital-governance"],
        "challenge_areas": ["anti-corruption", "digital-governance"],
        "commitments": [("PHQC", "Online business permit tracking to end facilitation payments")],
        "reformers": [],
        "tags": ["business permits", "petty corruption", "small business"],
        "body": [
            (
                "paragraph",
                (
                    "Outside city hall, the fixers used to be easy to spot: men with folders who "
                    "promised to walk your business permit through the building for a fee. Their "
                    "value lay in information. They knew which desk held a file, which officer was "
                    "slow and who could speed things up. When Quezon City moved permit "
                    "applications and payments online, it took that information away from them."
                ),
            ),
            (
                "paragraph",
                (
                    "Applicants now see the status of their file at every step, including the "
                    "office that holds it and for how many days. The city publishes average "
                    "processing times by office every month. Offices that sat at the bottom of the "
                    "table were the first to ask for more staff, and some of them got it."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The first time I renewed online, I kept refreshing the page because I "
                        "didn't believe it. The second year I did it from my stall between "
                        "customers."
                    ),
                    "attribution": "A sari-sari store owner in Quezon City",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "Permits in the open",
                    "figures": [
                        {
                            "value": "3 of 3",
                            "label": "milestones completed; the IRM starred the commitment",
                        },
                        {"value": "Monthly", "label": "publication of processing times by office"},
                        {
                            "value": "Every step",
                            "label": "of the permit process visible to the applicant",
                        },
                    ],
                },
            ),
            ("heading", "What remains offline"),
            (
                "paragraph",
                (
                    "Not every business benefits equally. Older owners and those without a "
                    "reliable connection still rely on relatives or on the help desks the city set "
                    "up in each district. Fire safety and sanitary inspections also still happen "
                    "in person, and complaints about informal requests have shifted there."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Publishing how long each office holds a file creates internal pressure "
                        "that rules alone did not. But watch where discretion moves: when one step "
                        "becomes visible, requests for payments can migrate to the steps that "
                        "still happen face to face."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "philippines-journalist-threats-case-tracker",
        "title": "A tracker for attacks on Philippine journalists, still waiting to go public",
        "date": "2025-05-06",
        "author": "Carmela Ilagan",
        "intro": (
            "Community radio broadcasters in the provinces remain the most exposed reporters in "
            "the country. A new protocol has made protection faster, but the public tracker of "
            "investigations has yet to appear."
        ),
        "member": "PHL",
        "country": "PHL",
        "themes": ["civic-space"],
        "challenge_areas": ["media-freedom", "civic-space"],
        "commitments": [
            ("PHL", "Inter-agency mechanism responding to threats against journalists"),
        ],
        "reformers": ["Thandiwe Mokoena"],
        "tags": ["journalist safety", "community radio", "impunity"],
        "body": [
            (
                "paragraph",
                (
                    "The broadcaster reads the morning news on a small AM station in the "
                    "provinces, then spends the afternoon taking calls about local officials. Last "
                    "year she received three threatening messages after a programme about a quarry "
                    "permit. She reported them to the police and to the task force, and received a "
                    "risk assessment within a week, faster than colleagues remember from the past."
                ),
            ),
            (
                "paragraph",
                (
                    "That speed is the main achievement of the joint protocol agreed between the "
                    "task force and media organisations. It sets out how threats are assessed and "
                    "which protective measures can be offered, from temporary relocation to "
                    "regular police contact. Media groups now receive quarterly briefings and can "
                    "refer new cases directly."
                ),
            ),
            ("heading", "The tracker that isn't there"),
            (
                "paragraph",
                (
                    "The other half of the commitment, a public tracker showing the status of "
                    "investigations and prosecutions in each case, has not been published. Press "
                    "freedom groups say it is the part that matters most, because many killings of "
                    "journalists remain unsolved. Officials cite concerns about prejudicing "
                    "ongoing cases."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Protection is an emergency measure. Impunity is the disease. A tracker "
                        "that shows how far each case got would tell would-be attackers that "
                        "someone is counting."
                    ),
                    "attribution": (
                        "Thandiwe Mokoena, Community Media Trust, speaking at a regional exchange "
                        "on journalist safety"
                    ),
                },
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "A protocol negotiated with media organisations, rather than designed for "
                        "them, earned trust quickly. Publishing case outcomes is harder because it "
                        "exposes police and prosecutors, so it needs a firm date in the commitment "
                        "itself."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "nigeria-adaeze-okonkwo-contract-monitoring",
        "title": "Adaeze Okonkwo reads contracts like a surveyor, and that is the point",
        "date": "2023-03-21",
        "author": "Tunde Adeyemi-Cole",
        "intro": (
            "A quantity surveyor by training, Adaeze Okonkwo coordinates volunteers who follow "
            "federal and state contracts from award to delivery. The gaps in Nigeria's procurement "
            "data shape her work every day."
        ),
        "member": "NGA",
        "country": "NGA",
        "themes": ["anti-corruption", "fiscal-openness"],
        "challenge_areas": ["anti-corruption", "fiscal-openness"],
        "commitments": [
            (
                "NGA",
                (
                    "Open contracting data standard across federal ministries, departments and "
                    "agencies"
                ),
            ),
        ],
        "reformers": ["Adaeze Okonkwo"],
        "tags": ["open contracting", "community monitoring", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Adaeze Okonkwo can read a bill of quantities faster than a press release, a "
                    "skill she picked up training as a quantity surveyor. When a volunteer sends "
                    "her a photo of a primary health centre with a cracked floor, her first "
                    "question is how thick the slab was supposed to be. The answer should be in "
                    "the contract. Too often, the contract is not online."
                ),
            ),
            (
                "paragraph",
                (
                    "Nigeria's federal procurement portal has been upgraded to the latest open "
                    "contracting data standard, but many ministries, departments and agencies "
                    "still upload only award notices, often months late and without contract "
                    "values. Full records from planning to completion for 100 agencies is the "
                    "milestone that matters for monitors, and it has not been met. Okonkwo's "
                    "network fills the gaps with information requests and site visits."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "An award notice tells me someone won. It doesn't tell me what they "
                        "promised to build, so I can't tell a community whether they got it."
                    ),
                    "attribution": "Adaeze Okonkwo, Procurement Monitoring Network",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "Monitoring federal contracts",
                    "figures": [
                        {
                            "value": "100",
                            "label": (
                                "federal agencies expected to publish full contracting records"
                            ),
                        },
                        {"value": "1 of 3", "label": "commitment milestones completed"},
                        {
                            "value": "3",
                            "label": "states her network is helping to publish in a common format",
                        },
                    ],
                },
            ),
            ("heading", "Going around the blockage"),
            (
                "paragraph",
                (
                    "Frustrated with federal progress, Okonkwo now spends much of her time with "
                    "states that are moving faster. She is helping three of them publish contracts "
                    "in the same open format, so that monitors can compare prices for boreholes or "
                    "classrooms across state lines. Unit prices, she argues, are where inflated "
                    "contracts give themselves away."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Give monitors a reason to use the data. Okonkwo's volunteers start with a "
                        "single project in their own community, and only later learn to compare "
                        "unit prices across hundreds of contracts."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "kaduna-budget-town-halls-zainab-lawal-garba",
        "title": "Kaduna asks communities what to fund before the budget is written",
        "date": "2022-05-10",
        "author": "Tunde Adeyemi-Cole",
        "intro": (
            "Zainab Lawal Garba coordinates town halls in each senatorial zone of Kaduna State "
            "before ministries draft their budgets. Her real work begins afterwards: telling "
            "communities which of their priorities were funded."
        ),
        "member": "NGKD",
        "country": "NGA",
        "themes": ["fiscal-openness", "participation-inclusion"],
        "challenge_areas": ["fiscal-openness", "public-participation"],
        "commitments": [
            ("NGKD", "Citizens' budget and town halls held before the state budget is drafted"),
        ],
        "reformers": ["Zainab Lawal Garba"],
        "tags": ["budget town halls", "citizens' budget", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Most budget consultations happen after the numbers are set, when there is "
                    "little left to change. Kaduna State reversed the order. Its planning and "
                    "budget commission holds town halls in each of the three senatorial zones "
                    "before the budget call circular goes to ministries, and the priorities "
                    "collected there are written into the circular itself."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "If you ask people what they want and never tell them what happened, you "
                        "teach them that participation is a waste of a Saturday. The feedback is "
                        "the part that keeps them coming back."
                    ),
                    "attribution": (
                        "Zainab Lawal Garba, Kaduna State Planning and Budget Commission"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Zainab Lawal Garba, who coordinates the town halls, keeps a list of every "
                    "priority raised and follows it through to the approved budget. The following "
                    "year she presents the list back to the same communities, showing what was "
                    "funded, what was not and why. The citizens' budget is published in English "
                    "and Hausa."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "Town halls before the budget",
                    "figures": [
                        {"value": "3", "label": "senatorial zones holding town halls each year"},
                        {
                            "value": "2",
                            "label": "languages of the citizens' budget, English and Hausa",
                        },
                        {
                            "value": "3 of 3",
                            "label": "milestones completed; the IRM starred the commitment",
                        },
                    ],
                },
            ),
            ("heading", "Hard lessons"),
            (
                "paragraph",
                (
                    "Not every priority can be funded, and Garba admits that the early town halls "
                    "raised expectations the state could not meet. Communities now rank a short "
                    "list, and ministries must explain in writing when they leave out a top "
                    "priority. Several other Nigerian states have sent teams to observe the "
                    "process."
                ),
            ),
        ],
        "translations": {},
    },
    {
        "slug": "honduras-online-protection-orders-women",
        "title": "In Honduras, a protection order now travels faster than the abuser",
        "date": "2023-05-23",
        "author": "Marisol Cárcamo",
        "intro": (
            "Women in Honduras can request protection orders online or through women's centres at "
            "any hour, and police stations receive granted orders electronically. Women's "
            "organisations use the monthly figures to push for more."
        ),
        "member": "HND",
        "country": "HND",
        "themes": ["justice", "digital-governance"],
        "challenge_areas": ["justice", "gender-inclusion"],
        "commitments": [
            ("HND", "Online requests and tracking of domestic violence protection orders"),
        ],
        "reformers": [],
        "tags": ["gender-based violence", "protection orders", "courts"],
        "body": [
            (
                "paragraph",
                (
                    "Until recently, a woman in rural Honduras who wanted protection from a "
                    "violent partner had to travel to a court, sometimes hours away, and then "
                    "carry the paper order to the police station herself. Many gave up along the "
                    "way. Some went back to the person they were fleeing because the last bus had "
                    "left."
                ),
            ),
            (
                "paragraph",
                (
                    "The judiciary now accepts applications online and through women's centres "
                    "around the clock. Once a judge grants an order, it is sent electronically to "
                    "the nearest police station, and the applicant can follow her case by text "
                    "message. Anonymised statistics on requests, orders granted and response times "
                    "are published every month."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "The system at a glance",
                    "figures": [
                        {"value": "24/7", "label": "availability of the online application"},
                        {"value": "Monthly", "label": "publication of anonymised statistics"},
                        {
                            "value": "3 of 3",
                            "label": "milestones completed; the IRM starred the commitment",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Before, the police would say they had received nothing. Now the order is "
                        "in their system before she gets home, and they know we can check."
                    ),
                    "attribution": "A lawyer at a women's centre in Choluteca",
                },
            ),
            ("heading", "What the data revealed"),
            (
                "paragraph",
                (
                    "The monthly figures showed large differences between departments in the time "
                    "taken to grant an order. Women's organisations took the slowest courts' "
                    "figures to the judicial authorities, which assigned additional duty judges at "
                    "weekends. The data cannot show whether police actually enforce the orders, "
                    "and organisations are now asking for that information too."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Design for the worst moment, not the average one. The online form works "
                        "on a basic phone, asks only what a judge needs to decide, and can be "
                        "filled in by a centre worker on the applicant's behalf."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "cote-divoire-participatory-budgets-outlast-mayors",
        "title": "Making participatory budgets outlast the mayor who started them",
        "date": "2026-02-17",
        "author": "Marguerite Diallo",
        "intro": (
            "Koffi Yao N'Guessan has guided a dozen Ivorian municipalities through their first "
            "participatory budgets. The hardest part, he says, comes after the next election."
        ),
        "member": None,
        "country": "CIV",
        "themes": ["participation-inclusion", "fiscal-openness"],
        "challenge_areas": ["public-participation", "fiscal-openness"],
        "commitments": [],
        "reformers": ["Koffi Yao N'Guessan"],
        "tags": ["participatory budgeting", "local government", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Koffi Yao N'Guessan ends every training for municipal staff with the same "
                    "question: what happens to this if the mayor loses? In the dozen "
                    "municipalities his network has accompanied through a first participatory "
                    "budget cycle, the honest answer has too often been that the process "
                    "disappears. New mayors tend to see it as their predecessor's project."
                ),
            ),
            (
                "paragraph",
                (
                    "His response has been to move the rules out of the mayor's office. In several "
                    "municipalities the council now adopts a resolution fixing the share of the "
                    "investment budget decided by residents, the calendar of neighbourhood "
                    "meetings and the make-up of the monitoring committee. Community facilitators, "
                    "rather than municipal staff, run the meetings, so the know-how stays in the "
                    "neighbourhoods."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "A participatory budget that lives only in the mayor's head dies with his "
                        "mandate. Write it into a council decision, train people in the "
                        "neighbourhoods, and it becomes much harder to switch off."
                    ),
                    "attribution": "Koffi Yao N'Guessan, Network for Local Participatory Budgets",
                },
            ),
            ("heading", "Looking for peers"),
            (
                "paragraph",
                (
                    "N'Guessan follows the experience of members of the partnership closely. In "
                    "Bogotá a fixed share of each locality's budget is decided through "
                    "participatory budgeting, and in Kaduna State priorities collected at town "
                    "halls are written into the budget circular. What he still lacks are "
                    "French-speaking peers who have kept participatory budgets alive beyond one "
                    "mayor's term."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Start small but fix the share. A modest, guaranteed percentage of the "
                        "investment budget builds more trust than a generous amount that has to be "
                        "renegotiated with every new council."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "senegal-awa-ndiaye-citizen-budget-wolof",
        "title": "Awa Ndiaye puts Senegal's budget into Wolof, and on the radio",
        "date": "2023-07-11",
        "author": "Marguerite Diallo",
        "intro": (
            "The citizen budget Awa Ndiaye helped produce is short, illustrated and available in "
            "French and Wolof. Her forum then took it to women's groups and youth associations in "
            "three regions, and carried their questions back to the ministry."
        ),
        "member": "SEN",
        "country": "SEN",
        "themes": ["fiscal-openness", "participation-inclusion"],
        "challenge_areas": ["fiscal-openness", "gender-inclusion"],
        "commitments": [
            ("SEN", "Citizen budget published in French and Wolof with radio explainers"),
        ],
        "reformers": ["Awa Ndiaye"],
        "tags": ["citizen budget", "wolof", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "The budget law runs to hundreds of pages of technical French. The citizen "
                    "budget that Awa Ndiaye worked on with the finance ministry fits in a short "
                    "illustrated booklet, and there is a version in Wolof. It explains where the "
                    "money comes from, where it goes and what has changed since last year, using "
                    "examples such as a health post or a school canteen."
                ),
            ),
            (
                "paragraph",
                (
                    "Printing a booklet was the easy part. Ndiaye's forum helped produce radio "
                    "explainers in regional languages and organised feedback sessions with women's "
                    "groups and youth associations in three regions. Their conclusions went to the "
                    "budget directorate before the next orientation debate, as the commitment "
                    "required."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Women in the market ask very precise questions about prices and taxes. "
                        "They had simply never been given the document in a language they read or "
                        "hear."
                    ),
                    "attribution": "Awa Ndiaye, Citizen Budget Forum",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "The citizen budget",
                    "figures": [
                        {"value": "2", "label": "written languages, French and Wolof"},
                        {
                            "value": "3",
                            "label": (
                                "regions with feedback sessions for women's groups and youth "
                                "associations"
                            ),
                        },
                        {"value": "3 of 3", "label": "milestones completed"},
                    ],
                },
            ),
            ("heading", "The next step"),
            (
                "paragraph",
                (
                    "The IRM judged that the commitment opened government only marginally, since "
                    "the feedback had no guaranteed effect on decisions. Ndiaye agrees. Her forum "
                    "now concentrates on getting women's groups into the local budget hearings "
                    "where spending is actually decided."
                ),
            ),
        ],
        "translations": {
            "fr": {
                "title": "Awa Ndiaye met le budget du Sénégal en wolof, et à la radio",
                "intro": (
                    "Le budget citoyen qu'Awa Ndiaye a contribué à produire est court, illustré et "
                    "disponible en français et en wolof. Son forum l'a ensuite présenté à des "
                    "groupements de femmes et à des associations de jeunes dans trois régions, "
                    "puis a rapporté leurs questions au ministère."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "La loi de finances compte des centaines de pages de français "
                            "technique. Le budget citoyen auquel Awa Ndiaye a travaillé avec le "
                            "ministère des Finances tient dans une courte brochure illustrée, et "
                            "il en existe une version en wolof. Il explique d'où vient l'argent, "
                            "où il va et ce qui a changé depuis l'année précédente, à l'aide "
                            "d'exemples comme un poste de santé ou une cantine scolaire."
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "Imprimer une brochure était la partie facile. Le forum d'Awa Ndiaye a "
                            "contribué à produire des émissions de radio explicatives en langues "
                            "régionales et organisé des séances d'échange avec des groupements de "
                            "femmes et des associations de jeunes dans trois régions. Leurs "
                            "conclusions ont été transmises à la direction du budget avant le "
                            "débat d'orientation suivant, comme le prévoyait l'engagement."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Les femmes du marché posent des questions très précises sur les "
                                "prix et les taxes. Simplement, on ne leur avait jamais donné le "
                                "document dans une langue qu'elles lisent ou qu'elles entendent."
                            ),
                            "attribution": "Awa Ndiaye, Forum citoyen sur le budget",
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "Le budget citoyen",
                            "figures": [
                                {"value": "2", "label": "langues écrites, le français et le wolof"},
                                {
                                    "value": "3",
                                    "label": (
                                        "régions ayant accueilli des séances avec des groupements "
                                        "de femmes et des associations de jeunes"
                                    ),
                                },
                                {"value": "3 sur 3", "label": "jalons réalisés"},
                            ],
                        },
                    ),
                    ("heading", "La prochaine étape"),
                    (
                        "paragraph",
                        (
                            "L'IRM a estimé que l'engagement n'avait ouvert l'action publique que "
                            "de façon marginale, faute d'effet garanti des avis recueillis sur les "
                            "décisions. Awa Ndiaye partage ce constat. Son forum s'attache "
                            "désormais à faire entrer les groupements de femmes dans les audiences "
                            "budgétaires locales où se décident réellement les dépenses."
                        ),
                    ),
                ],
            },
            "es": {
                "title": "Awa Ndiaye lleva el presupuesto de Senegal al wolof y a la radio",
                "intro": (
                    "El presupuesto ciudadano que Awa Ndiaye ayudó a elaborar es breve, ilustrado "
                    "y está disponible en francés y en wolof. Su foro lo llevó después a grupos de "
                    "mujeres y asociaciones juveniles de tres regiones, y trasladó sus preguntas "
                    "al ministerio."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "La ley de presupuesto ocupa cientos de páginas de francés técnico. El "
                            "presupuesto ciudadano en el que Awa Ndiaye trabajó con el Ministerio "
                            "de Finanzas cabe en un folleto ilustrado breve, y existe una versión "
                            "en wolof. Explica de dónde viene el dinero, adónde va y qué ha "
                            "cambiado desde el año anterior, con ejemplos como un puesto de salud "
                            "o un comedor escolar."
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "Imprimir un folleto fue lo fácil. El foro de Ndiaye ayudó a producir "
                            "programas de radio explicativos en lenguas regionales y organizó "
                            "sesiones de diálogo con grupos de mujeres y asociaciones juveniles en "
                            "tres regiones. Sus conclusiones llegaron a la dirección de "
                            "presupuesto antes del siguiente debate de orientación, como exigía el "
                            "compromiso."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Las mujeres del mercado hacen preguntas muy precisas sobre "
                                "precios e impuestos. Sencillamente, nunca se les había dado el "
                                "documento en una lengua que leen o escuchan."
                            ),
                            "attribution": "Awa Ndiaye, Foro Ciudadano del Presupuesto",
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "El presupuesto ciudadano",
                            "figures": [
                                {"value": "2", "label": "lenguas escritas: francés y wolof"},
                                {
                                    "value": "3",
                                    "label": (
                                        "regiones con sesiones para grupos de mujeres y "
                                        "asociaciones juveniles"
                                    ),
                                },
                                {"value": "3 de 3", "label": "hitos cumplidos"},
                            ],
                        },
                    ),
                    ("heading", "El siguiente paso"),
                    (
                        "paragraph",
                        (
                            "El IRM consideró que el compromiso abrió el gobierno solo de forma "
                            "marginal, porque las opiniones recogidas no tenían un efecto "
                            "garantizado en las decisiones. Ndiaye está de acuerdo. Su foro se "
                            "centra ahora en que los grupos de mujeres participen en las "
                            "audiencias presupuestarias locales donde de verdad se decide el "
                            "gasto."
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "senegal-access-to-information-law-still-waiting",
        "title": "Senegal's access to information law, drafted and still waiting",
        "date": "2024-04-16",
        "author": "Aïssatou Thiam",
        "intro": (
            "A draft law on access to information was validated with civil society years ago. It "
            "still has not reached a vote, and journalists and activists keep requesting documents "
            "without any legal right to receive them."
        ),
        "member": "SEN",
        "country": "SEN",
        "themes": ["access-to-information", "civic-space"],
        "challenge_areas": ["access-to-information"],
        "commitments": [("SEN", "Adoption and implementation of an access to information law")],
        "reformers": [],
        "tags": ["right to information", "legislation", "advocacy"],
        "body": [
            (
                "paragraph",
                (
                    "Senegal's draft law on access to information has everything its supporters "
                    "asked for: response deadlines, a short list of exceptions and an independent "
                    "commission to hear appeals. It was validated with civil society in a series "
                    "of workshops. Since then, adoption has been postponed several times, and the "
                    "commitment to carry the draft through the National Assembly has made limited "
                    "progress."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Each time we ask for a document, the answer depends on who we know in the "
                        "ministry. A law would replace goodwill with a right."
                    ),
                    "attribution": "A regional journalist in Ziguinchor",
                },
            ),
            ("heading", "Why it stalls"),
            (
                "paragraph",
                (
                    "Officials privately cite worries about security exceptions and the cost of an "
                    "oversight commission. Civil society groups point out that the country's oil "
                    "and gas contracts are already published, which shows that disclosure is "
                    "possible when there is political will. Some now suggest adopting the law "
                    "first and phasing in the commission's powers over two years."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "A validated draft is not a reform. Coalitions that have succeeded "
                        "elsewhere kept a public calendar of every postponement and asked each "
                        "parliamentary group to state its position on the record."
                    ),
                },
            ),
        ],
        "translations": {
            "fr": {
                "title": "Au Sénégal, la loi sur l'accès à l'information attend toujours",
                "intro": (
                    "Un projet de loi sur l'accès à l'information a été validé avec la société "
                    "civile il y a plusieurs années. Il n'a toujours pas été soumis au vote, et "
                    "journalistes et militants continuent de demander des documents sans aucun "
                    "droit légal de les obtenir."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "Le projet de loi sénégalais sur l'accès à l'information contient tout "
                            "ce que ses défenseurs réclamaient : des délais de réponse, une liste "
                            "courte d'exceptions et une commission indépendante chargée d'examiner "
                            "les recours. Il a été validé avec la société civile lors d'une série "
                            "d'ateliers. Depuis, son adoption a été reportée à plusieurs reprises, "
                            "et l'engagement visant à le faire adopter par l'Assemblée nationale "
                            "n'a que peu progressé."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Chaque fois que nous demandons un document, la réponse dépend de "
                                "qui nous connaissons au ministère. Une loi remplacerait la bonne "
                                "volonté par un droit."
                            ),
                            "attribution": "Un journaliste régional à Ziguinchor",
                        },
                    ),
                    ("heading", "Pourquoi ça bloque"),
                    (
                        "paragraph",
                        (
                            "En privé, des responsables invoquent des inquiétudes liées aux "
                            "exceptions de sécurité et le coût d'une commission de contrôle. Les "
                            "organisations de la société civile rappellent que les contrats "
                            "pétroliers et gaziers du pays sont déjà publiés, preuve que la "
                            "transparence est possible quand la volonté politique existe. "
                            "Certaines proposent désormais d'adopter d'abord la loi, puis de "
                            "mettre en place progressivement les pouvoirs de la commission sur "
                            "deux ans."
                        ),
                    ),
                    (
                        "callout",
                        {
                            "title": "Ce que d'autres peuvent en retenir",
                            "text": (
                                "Un projet validé n'est pas une réforme. Ailleurs, les coalitions "
                                "qui ont réussi ont tenu un calendrier public de chaque report et "
                                "demandé à chaque groupe parlementaire d'exprimer officiellement "
                                "sa position."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "elgeyo-marakwet-water-points-broken-pumps",
        "title": "In Elgeyo-Marakwet, a broken pump is now a public record",
        "date": "2023-10-03",
        "author": "Samuel Otieno",
        "intro": (
            "The county has mapped every water point and trained community water committees to "
            "report breakdowns by phone. Publishing how long repairs take is the milestone still "
            "missing."
        ),
        "member": "KEEL",
        "country": "KEN",
        "themes": ["public-service-delivery", "natural-resources"],
        "challenge_areas": ["climate-environment", "gender-inclusion"],
        "commitments": [
            ("KEEL", "Water point functionality data and trained community water committees"),
        ],
        "reformers": [],
        "tags": ["water", "county government", "service data"],
        "body": [
            (
                "paragraph",
                (
                    "In the Kerio Valley dry season, a broken borehole pump is not an "
                    "inconvenience. It can mean a walk of several hours to the next working water "
                    "point, usually by women and girls carrying jerrycans. Until recently, the "
                    "county learned about breakdowns when someone happened to visit the ward "
                    "office."
                ),
            ),
            (
                "paragraph",
                (
                    "Elgeyo-Marakwet County has now mapped every water point and its working "
                    "status, and community water committees have been trained to report breakdowns "
                    "by phone. Reports go into the same system as the county's ward projects "
                    "tracker, where residents already send feedback by SMS. Most committees "
                    "include at least one woman, often as treasurer."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "Water points on the map",
                    "figures": [
                        {
                            "value": "All",
                            "label": "county water points mapped with their working status",
                        },
                        {"value": "2 of 3", "label": "milestones completed"},
                        {
                            "value": "Several hours",
                            "label": (
                                "walk to the next working point when a pump fails in the dry season"
                            ),
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "When the pump breaks, I send the message the same day. What I want to "
                        "know is when the mechanic will come, and that part is still a secret."
                    ),
                    "attribution": (
                        "The treasurer of a community water committee in the Kerio Valley"
                    ),
                },
            ),
            (
                "callout",
                {
                    "title": "What's missing",
                    "text": (
                        "Monthly publication of repair times has not started. Without it, "
                        "residents can report a breakdown but cannot compare how quickly different "
                        "wards are served, and the county has no public measure of its own "
                        "performance."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "ukraine-oksana-melnychuk-procurement-red-flags",
        "title": "Oksana Melnychuk's red flags decide which tenders auditors check",
        "date": "2021-06-29",
        "author": "Iryna Savchuk",
        "intro": (
            "Oksana Melnychuk moved from civic tech into the ministry that runs Ukraine's "
            "procurement policy. The risk indicators she works on now help the state audit service "
            "choose which procedures to review."
        ),
        "member": "UKR",
        "country": "UKR",
        "themes": ["anti-corruption", "digital-governance"],
        "challenge_areas": ["anti-corruption", "digital-governance"],
        "commitments": [
            ("UKR", "Risk-based monitoring of public procurement using open contracting analytics"),
        ],
        "reformers": ["Oksana Melnychuk"],
        "tags": ["e-procurement", "risk indicators", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Oksana Melnychuk spent her first working years on the outside, in a civic "
                    "tech group writing scripts to find suspicious tenders in Ukraine's open "
                    "procurement data. Today she works inside the Ministry of Economy on the same "
                    "problem with a different audience. Her indicators no longer feed a blog post; "
                    "they feed the list of procedures that state auditors review."
                ),
            ),
            (
                "paragraph",
                (
                    "Every purchase above a low threshold already runs through an open electronic "
                    "system. The commitment added automated risk indicators, such as a lone "
                    "bidder, an unusually short deadline or a price far above comparable "
                    "purchases, to the system's public analytics module. The state audit service "
                    "uses the resulting scores to select procedures for review, and civil society "
                    "monitors in 20 regions were trained to use the same indicators."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "An indicator is a hypothesis, not a verdict. Half my job is throwing away "
                        "indicators that looked clever but flagged honest hospitals buying scarce "
                        "medicines."
                    ),
                    "attribution": "Oksana Melnychuk, Ministry of Economy",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "Risk-based monitoring",
                    "figures": [
                        {"value": "20", "label": "regions with trained civil society monitors"},
                        {"value": "3 of 3", "label": "milestones completed"},
                        {
                            "value": "Outstanding",
                            "label": "IRM assessment of how far the reform opened government",
                        },
                    ],
                },
            ),
            ("heading", "What went wrong on the way"),
            (
                "paragraph",
                (
                    "The first version of the indicators produced far more flags than auditors "
                    "could follow up, and some were triggered by perfectly legitimate situations. "
                    "Melnychuk's team tested every indicator against cases auditors had already "
                    "closed and dropped those with poor hit rates. She shares the code, the "
                    "methods and the mistakes with procurement teams from other countries."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Publish the indicators as well as the flags. When civil society monitors "
                        "and auditors use the same definitions, a complaint filed by a volunteer "
                        "can be checked against the same evidence the auditor sees."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "ukraine-reconstruction-open-data-damage-to-payment",
        "title": "Rebuilding Ukraine in public view, from damage report to payment",
        "date": "2024-01-23",
        "author": "Iryna Savchuk",
        "intro": (
            "Every reconstruction project is meant to appear in a single public system linking the "
            "damage assessment, the decision to rebuild, the tender and the payments. Residents' "
            "feedback is the missing piece."
        ),
        "member": "UKR",
        "country": "UKR",
        "themes": ["anti-corruption", "fiscal-openness", "public-service-delivery"],
        "challenge_areas": ["anti-corruption", "fiscal-openness"],
        "commitments": [
            ("UKR", "Open data on reconstruction projects from damage assessment to completion"),
        ],
        "reformers": [],
        "tags": ["reconstruction", "public spending", "open data"],
        "body": [
            (
                "paragraph",
                (
                    "The school in a village outside Chernihiv lost its roof in the first weeks of "
                    "the full-scale invasion. Today anyone with an internet connection can see the "
                    "damage assessment that recorded it, the decision to rebuild, the tender, the "
                    "winning contractor and each payment made. That chain of records is what the "
                    "reconstruction commitment promises for every project."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "The reconstruction system",
                    "figures": [
                        {
                            "value": "1",
                            "label": (
                                "public system linking damage, decisions, contracts and payments"
                            ),
                        },
                        {"value": "2 of 3", "label": "milestones completed"},
                        {
                            "value": "Transformative",
                            "label": "potential impact as assessed by the IRM",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Linking the damage register to reconstruction projects was the technical "
                    "breakthrough, because it makes it harder to repair the same building twice or "
                    "to fund works on property that was never damaged. The public dashboard of "
                    "projects and contracts followed. Journalists have used it to question unit "
                    "prices for windows and roofing that varied widely between regions."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We check the dashboard, then we go and look. Sometimes the school on the "
                        "screen is finished and the school in the village is a fence and a sign."
                    ),
                    "attribution": "A volunteer with a regional civic oversight group",
                },
            ),
            ("heading", "The missing feedback loop"),
            (
                "paragraph",
                (
                    "A way for residents to comment on completed works, visible to auditors, has "
                    "not yet been built into the dashboard. Local groups fill the gap with their "
                    "own site visits, but their findings reach auditors informally, if at all. "
                    "Officials also face pressure to build quickly, which sometimes sits uneasily "
                    "with publishing every step."
                ),
            ),
        ],
        "translations": {},
    },
    {
        "slug": "lviv-humanitarian-aid-open-data-property-leases",
        "title": "Lviv counts every aid consignment, and publishes where it went",
        "date": "2023-08-15",
        "author": "Tomasz Wierzbicki",
        "intro": (
            "Since 2022 Lviv has received and distributed large volumes of humanitarian aid. The "
            "city records consignments by donor and type and publishes distribution by district, "
            "while keeping recipients' data private."
        ),
        "member": "UALV",
        "country": "UKR",
        "themes": ["anti-corruption", "public-service-delivery"],
        "challenge_areas": ["anti-corruption", "access-to-information"],
        "commitments": [
            ("UALV", "Open data on humanitarian aid received and distributed by the city"),
            ("UALV", "Electronic auctions for all leases of municipal property"),
        ],
        "reformers": [],
        "tags": ["humanitarian aid", "municipal property", "local government"],
        "body": [
            (
                "paragraph",
                (
                    "In the spring of 2022, the warehouses around Lviv filled faster than anyone "
                    "could count what was in them. Food, medicines, generators and sleeping bags "
                    "arrived from dozens of donors and were sent on to displaced families, "
                    "hospitals and towns near the front line. Rumours about aid being resold at "
                    "markets spread almost as fast as the aid itself."
                ),
            ),
            (
                "paragraph",
                (
                    "The city's response was to record every incoming consignment by donor and "
                    "type, and to publish aggregated distribution data by district and category of "
                    "recipient. Personal data stays out of the published figures, a point the "
                    "social protection department negotiated carefully with associations of "
                    "displaced people. Spot checks by civil society volunteers at distribution "
                    "points, the third milestone, have not yet started."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "People don't need to see names. They need to see that the generators that "
                        "arrived in March left the warehouse in March and went somewhere that had "
                        "no power."
                    ),
                    "attribution": "A coordinator at a volunteer aid hub in Lviv",
                },
            ),
            ("heading", "A habit built earlier"),
            (
                "paragraph",
                (
                    "Lviv already had practice in opening up sensitive data. Under its first "
                    "commitment, every new lease of municipal premises is awarded through an open "
                    "electronic auction, and a register of leased property, tenants and rents is "
                    "public. Token rents to well-connected tenants have become harder to hide, and "
                    "the council reports each year on the extra revenue."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "Two Lviv commitments",
                    "figures": [
                        {
                            "value": "All",
                            "label": "new municipal property leases awarded by e-auction",
                        },
                        {"value": "2 of 3", "label": "aid transparency milestones completed"},
                        {
                            "value": "2022",
                            "label": "the year Lviv joined, as displaced people arrived",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Start recording before the emergency peaks. Reconstructing where aid went "
                        "months later is far harder than logging consignments as they arrive, and "
                        "it is the only way to answer rumours with facts."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "lviv-veterans-centre-co-design",
        "title": "Lviv's veterans designed the centre that now serves them",
        "date": "2024-11-05",
        "author": "Iryna Savchuk",
        "intro": (
            "Returning soldiers and their families used to go from office to office for "
            "rehabilitation, jobs and housing support. Lviv built a one-stop centre with them, and "
            "reports every quarter on what it changed in response to their feedback."
        ),
        "member": "UALV",
        "country": "UKR",
        "themes": ["participation-inclusion", "public-service-delivery"],
        "challenge_areas": ["public-participation", "gender-inclusion"],
        "commitments": [
            ("UALV", "One-stop veterans' centre co-designed with veterans and their families"),
        ],
        "reformers": [],
        "tags": ["veterans", "co-design", "service design"],
        "body": [
            (
                "paragraph",
                (
                    "The first design workshop for Lviv's veterans' centre did not go as the "
                    "facilitators had planned. Participants ignored the sticky notes and spent two "
                    "hours listing the offices they had visited, the forms they had filled in "
                    "twice and the officials who had asked them to come back next week. That list "
                    "became the brief."
                ),
            ),
            (
                "paragraph",
                (
                    "The centre that opened brings rehabilitation, employment and housing support "
                    "under one roof. Women veterans asked for childcare during appointments and "
                    "for staff who would not assume they had served as medics. Veterans with "
                    "disabilities tested the building before it opened and had the entrance ramp "
                    "rebuilt."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I was asked what I needed, and then I was told what they did with my "
                        "answer. That second part had never happened before."
                    ),
                    "attribution": "A woman veteran who took part in the design workshops",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "Co-design in practice",
                    "figures": [
                        {"value": "3 of 3", "label": "milestones completed"},
                        {
                            "value": "Quarterly",
                            "label": "publication of user feedback and the council's response",
                        },
                        {
                            "value": "1",
                            "label": "centre replacing visits to several separate offices",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "title": "The limits",
                    "text": (
                        "The IRM rated the commitment's potential impact as minor: it improves a "
                        "service but does not change who holds decision-making power. Veterans' "
                        "groups now want a standing seat on the council's social policy committee."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "georgia-nino-beridze-draft-laws-public-comment",
        "title": "Inside Georgia's Parliament, the adviser who opened draft laws to comment",
        "date": "2022-12-06",
        "author": "Tamar Gelashvili",
        "intro": (
            "Nino Beridze set up the online tool that lets anyone comment on draft laws in "
            "Georgia's Parliament. Her harder task is showing citizens what changed because of "
            "what they wrote."
        ),
        "member": "GEO",
        "country": "GEO",
        "themes": ["participation-inclusion", "access-to-information"],
        "challenge_areas": ["public-participation", "access-to-information"],
        "commitments": [("GEO", "Public hearings and online comments on draft laws in Parliament")],
        "reformers": ["Nino Beridze"],
        "tags": ["open parliament", "legislation", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Bills in Georgia's Parliament were often adopted within days of their "
                    "introduction, leaving civil society little time to read them, let alone "
                    "comment. Nino Beridze, an adviser in the parliamentary staff office, "
                    "coordinates the working group that drafts Parliament's own open government "
                    "commitments. The online commenting tool for draft laws was her project from "
                    "the first specification to the launch."
                ),
            ),
            (
                "paragraph",
                (
                    "Anyone can now comment on a published draft, and committees hold hearings "
                    "open to civil society on priority bills. An annual report accounts for the "
                    "input received and shows where it changed legislation. In the first year, "
                    "most comments concerned a handful of bills on education and local "
                    "self-government."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The tool was the easy part. The hard part is a committee saying, in "
                        "writing, we accepted this suggestion and rejected that one, and here is "
                        "why."
                    ),
                    "attribution": "Nino Beridze, Parliament of Georgia",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "Open parliament",
                    "figures": [
                        {"value": "3 of 3", "label": "milestones completed"},
                        {
                            "value": "1",
                            "label": "annual report on citizen input and its effect on legislation",
                        },
                    ],
                },
            ),
            ("heading", "Speed is still the enemy"),
            (
                "paragraph",
                (
                    "The IRM found that the reform opened Parliament only marginally, because "
                    "fast-tracked bills still bypass the commenting period. Civil society "
                    "organisations have asked for a minimum consultation time written into the "
                    "rules of procedure. Beridze is studying how other parliaments show the public "
                    "what changed because of its input."
                ),
            ),
        ],
        "translations": {},
    },
    {
        "slug": "georgia-media-ownership-register-not-started",
        "title": "Who owns Georgia's news? A register that has not yet begun",
        "date": "2026-10-06",
        "author": "Tamar Gelashvili",
        "intro": (
            "Audiences in Georgia cannot easily find out who ultimately owns and funds the "
            "channels and websites they follow. A commitment to build a public register has not "
            "started, and journalists are wary of how it will be written."
        ),
        "member": "GEO",
        "country": "GEO",
        "themes": ["civic-space", "access-to-information"],
        "challenge_areas": ["media-freedom", "civic-space"],
        "commitments": [
            ("GEO", "Public register of the ultimate owners of broadcast and online media"),
        ],
        "reformers": ["Thandiwe Mokoena"],
        "tags": ["media ownership", "media pluralism", "registers"],
        "body": [
            (
                "paragraph",
                (
                    "Ask a viewer in Tbilisi who owns the television channel she watches in the "
                    "evening and she may name a politician, a businessman or a foreign investor, "
                    "depending on whom she believes. The formal ownership records of broadcasters "
                    "give part of the answer, but online outlets, including some that receive "
                    "state advertising, have no such obligation. Funding sources are even harder "
                    "to trace."
                ),
            ),
            (
                "paragraph",
                (
                    "The commitment asks the Communications Commission to extend ownership "
                    "disclosure to online outlets that receive state advertising and to publish a "
                    "register of ultimate owners and main funding sources. Neither milestone had "
                    "started at the time of writing. Journalists' associations, which were "
                    "promised a say on the draft rules, say they have not yet been consulted."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Transparency about owners protects audiences. But a register designed "
                        "without journalists can become a list of targets, so we want to be in the "
                        "room when the rules are written."
                    ),
                    "attribution": "A board member of a Georgian journalists' association",
                },
            ),
            ("heading", "Lessons from elsewhere"),
            (
                "paragraph",
                (
                    "Thandiwe Mokoena, who edits a network of community news outlets in South "
                    "Africa and has campaigned for clearer rules on media ownership, says the "
                    "design matters more than the principle. Registers that work, she argues, "
                    "cover funding as well as shares, apply equally to government-friendly and "
                    "independent outlets, and are run by a body that cannot sanction content."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Separate disclosure from licensing. When the body that publishes "
                        "ownership data can also withdraw licences, small independent outlets have "
                        "reason to fear the register rather than welcome it."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "morocco-single-portal-information-requests",
        "title": "Morocco's single portal turns information requests into public numbers",
        "date": "2021-12-14",
        "author": "Nadia Bensalem",
        "intro": (
            "Moroccans once had to write to each institution separately to use their right of "
            "access to information. A single national portal now routes requests and shows which "
            "institutions answer on time."
        ),
        "member": "MAR",
        "country": "MAR",
        "themes": ["access-to-information", "digital-governance"],
        "challenge_areas": ["access-to-information", "digital-governance"],
        "commitments": [("MAR", "Single online portal for access to information requests")],
        "reformers": [],
        "tags": ["right to information", "portal", "statistics"],
        "body": [
            (
                "paragraph",
                (
                    "When the law on the right of access to information came into force, a student "
                    "in Fès who wanted data from a regional council had to find out whom to write "
                    "to, send a letter and wait, with no way of knowing whether anyone had read "
                    "it. The single national portal changed that. Requests to ministries, public "
                    "establishments and regional councils all go through one site, are routed to a "
                    "designated officer and can be followed by the requester."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "The portal",
                    "figures": [
                        {
                            "value": "1",
                            "label": (
                                "portal for ministries, public establishments and regional councils"
                            ),
                        },
                        {"value": "3 of 3", "label": "milestones completed"},
                        {
                            "value": "Annual",
                            "label": "statistics on requests, answers and complaints",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "The published statistics have become the portal's most discussed feature. "
                    "They show which institutions answer on time and which rely heavily on "
                    "exceptions. Associations have used them to ask why some ministries refuse "
                    "more than half of requests on grounds of internal deliberation."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The portal did not make every answer satisfactory. It made every silence "
                        "visible."
                    ),
                    "attribution": "A researcher at a Rabat-based transparency association",
                },
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Designate information officers before the portal opens. Routing requests "
                        "to an inbox that nobody owns only moves the backlog online."
                    ),
                },
            ),
        ],
        "translations": {
            "fr": {
                "title": (
                    "Au Maroc, un portail unique transforme les demandes d'information en chiffres "
                    "publics"
                ),
                "intro": (
                    "Les Marocains devaient autrefois écrire séparément à chaque institution pour "
                    "exercer leur droit d'accès à l'information. Un portail national unique "
                    "oriente désormais les demandes et montre quelles institutions répondent dans "
                    "les délais."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "Lorsque la loi relative au droit d'accès à l'information est entrée "
                            "en vigueur, une étudiante de Fès qui voulait obtenir des données d'un "
                            "conseil régional devait trouver à qui écrire, envoyer un courrier et "
                            "attendre, sans savoir si quelqu'un l'avait lu. Le portail national "
                            "unique a changé cela. Les demandes adressées aux ministères, aux "
                            "établissements publics et aux conseils régionaux passent toutes par "
                            "un même site, sont transmises à un responsable désigné et peuvent "
                            "être suivies par le demandeur."
                        ),
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "Le portail",
                            "figures": [
                                {
                                    "value": "1",
                                    "label": (
                                        "portail pour les ministères, les établissements publics "
                                        "et les conseils régionaux"
                                    ),
                                },
                                {"value": "3 sur 3", "label": "jalons réalisés"},
                                {
                                    "value": "Annuelles",
                                    "label": (
                                        "statistiques sur les demandes, les réponses et les "
                                        "plaintes"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "Les statistiques publiées sont devenues l'aspect le plus commenté du "
                            "portail. Elles montrent quelles institutions répondent dans les "
                            "délais et lesquelles recourent massivement aux exceptions. Des "
                            "associations s'en sont servies pour demander pourquoi certains "
                            "ministères refusent plus de la moitié des demandes au motif de "
                            "délibérations internes."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Le portail n'a pas rendu toutes les réponses satisfaisantes. Il a "
                                "rendu chaque silence visible."
                            ),
                            "attribution": (
                                "Une chercheuse d'une association de transparence basée à Rabat"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "title": "Ce que d'autres peuvent en retenir",
                            "text": (
                                "Désignez les responsables de l'information avant l'ouverture du "
                                "portail. Acheminer des demandes vers une boîte de réception dont "
                                "personne n'est responsable ne fait que déplacer l'arriéré en "
                                "ligne."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "morocco-family-court-help-desks-women",
        "title": "Help desks in Morocco's family courts explain women's rights plainly",
        "date": "2025-03-08",
        "author": "Nadia Bensalem",
        "intro": (
            "Women in family disputes often arrive in court without knowing their rights to "
            "maintenance, custody or marital property. Help desks in six cities now offer free "
            "guidance, while plain-language guides in Arabic and Amazigh are still being written."
        ),
        "member": "MAR",
        "country": "MAR",
        "themes": ["justice", "participation-inclusion"],
        "challenge_areas": ["justice", "gender-inclusion"],
        "commitments": [
            ("MAR", "Help desks and plain-language legal guides for women in family courts"),
        ],
        "reformers": [],
        "tags": ["family law", "legal aid", "women"],
        "body": [
            (
                "paragraph",
                (
                    "The help desk sits just inside the entrance of the family court, next to the "
                    "window where documents are stamped. Most women who stop there are not sure "
                    "what to ask. Some do not know that they can claim maintenance for their "
                    "children while a divorce case is pending, or that they should keep a receipt "
                    "for every document they submit."
                ),
            ),
            (
                "paragraph",
                (
                    "Help desks have opened in family courts in six cities, staffed by trained "
                    "advisers who explain procedures free of charge. The next milestones are "
                    "plain-language guides on divorce, custody and maintenance in Arabic and "
                    "Amazigh, and data on legal aid granted in family cases, broken down by sex "
                    "and region. Neither had been published at the time of writing."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Many women arrive with a folder of papers and no idea which one matters. "
                        "In ten minutes we can tell them what the judge will need to see."
                    ),
                    "attribution": "An adviser at a family court help desk in Marrakech",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "The help desks",
                    "figures": [
                        {"value": "6", "label": "cities with help desks in family courts"},
                        {
                            "value": "2",
                            "label": "languages of the planned guides, Arabic and Amazigh",
                        },
                        {"value": "1 of 3", "label": "milestones completed"},
                    ],
                },
            ),
            (
                "callout",
                {
                    "title": "What to watch",
                    "text": (
                        "Data on legal aid by sex and region will show whether women in rural "
                        "areas, who travel furthest to reach a family court, actually benefit. "
                        "Advisers say Amazigh-speaking women are the most likely to leave without "
                        "help."
                    ),
                },
            ),
        ],
        "translations": {
            "fr": {
                "title": (
                    "Dans les tribunaux de la famille marocains, des guichets expliquent les "
                    "droits des femmes"
                ),
                "intro": (
                    "Les femmes en litige familial arrivent souvent au tribunal sans connaître "
                    "leurs droits. Des guichets d'aide offrent désormais des conseils gratuits "
                    "dans six villes, tandis que des guides en langage clair en arabe et en "
                    "amazigh sont encore en préparation."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "Le guichet se trouve juste à l'entrée du tribunal de la famille, à "
                            "côté de celui où l'on tamponne les documents. La plupart des femmes "
                            "qui s'y arrêtent ne savent pas très bien quoi demander. Certaines "
                            "ignorent qu'elles peuvent réclamer une pension pour leurs enfants "
                            "pendant la procédure de divorce, ou qu'elles doivent conserver un "
                            "récépissé pour chaque document déposé."
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "Des guichets d'aide ont ouvert dans les tribunaux de la famille de "
                            "six villes, tenus par des conseillers formés qui expliquent "
                            "gratuitement les procédures. Les prochains jalons sont des guides en "
                            "langage clair sur le divorce, la garde et la pension alimentaire, en "
                            "arabe et en amazigh, ainsi que des données sur l'aide "
                            "juridictionnelle accordée dans les affaires familiales, ventilées par "
                            "sexe et par région. Ni les uns ni les autres n'avaient été publiés au "
                            "moment de la rédaction."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Beaucoup de femmes arrivent avec un dossier plein de papiers sans "
                                "savoir lequel compte. En dix minutes, nous pouvons leur dire ce "
                                "que le juge aura besoin de voir."
                            ),
                            "attribution": (
                                "Une conseillère d'un guichet d'aide au tribunal de la famille de "
                                "Marrakech"
                            ),
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "Les guichets d'aide",
                            "figures": [
                                {
                                    "value": "6",
                                    "label": (
                                        "villes dotées de guichets dans les tribunaux de la famille"
                                    ),
                                },
                                {
                                    "value": "2",
                                    "label": "langues des guides prévus, l'arabe et l'amazigh",
                                },
                                {"value": "1 sur 3", "label": "jalons réalisés"},
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "title": "À surveiller",
                            "text": (
                                "Les données sur l'aide juridictionnelle par sexe et par région "
                                "montreront si les femmes des zones rurales, qui parcourent les "
                                "plus longues distances pour atteindre un tribunal de la famille, "
                                "en bénéficient réellement. Selon les conseillers, les femmes "
                                "amazighophones sont les plus susceptibles de repartir sans aide."
                            ),
                        },
                    ),
                ],
            },
            "es": {
                "title": (
                    "Ventanillas en los tribunales de familia de Marruecos explican los derechos "
                    "de las mujeres"
                ),
                "intro": (
                    "Las mujeres en litigios familiares suelen llegar al tribunal sin conocer sus "
                    "derechos. Ventanillas de ayuda en seis ciudades ofrecen ya orientación "
                    "gratuita, mientras se preparan guías en lenguaje sencillo en árabe y amazigh."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "La ventanilla está justo a la entrada del tribunal de familia, junto "
                            "al mostrador donde se sellan los documentos. La mayoría de las "
                            "mujeres que se detienen allí no saben bien qué preguntar. Algunas no "
                            "saben que pueden reclamar una pensión para sus hijos mientras el "
                            "divorcio está en trámite, o que deben guardar un comprobante de cada "
                            "documento que presentan."
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "Se han abierto ventanillas de ayuda en los tribunales de familia de "
                            "seis ciudades, atendidas por asesores capacitados que explican los "
                            "procedimientos de forma gratuita. Los próximos hitos son guías en "
                            "lenguaje sencillo sobre divorcio, custodia y pensión alimenticia en "
                            "árabe y amazigh, y datos sobre la asistencia jurídica concedida en "
                            "casos de familia, desglosados por sexo y región. Ninguno se había "
                            "publicado al cierre de esta edición."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Muchas mujeres llegan con una carpeta llena de papeles y sin "
                                "saber cuál importa. En diez minutos podemos decirles qué "
                                "necesitará ver el juez."
                            ),
                            "attribution": (
                                "Una asesora de una ventanilla de ayuda en el tribunal de familia "
                                "de Marrakech"
                            ),
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "Las ventanillas de ayuda",
                            "figures": [
                                {
                                    "value": "6",
                                    "label": (
                                        "ciudades con ventanillas en los tribunales de familia"
                                    ),
                                },
                                {
                                    "value": "2",
                                    "label": "lenguas de las guías previstas: árabe y amazigh",
                                },
                                {"value": "1 de 3", "label": "hitos cumplidos"},
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "title": "Qué vigilar",
                            "text": (
                                "Los datos sobre asistencia jurídica por sexo y región mostrarán "
                                "si las mujeres de zonas rurales, que recorren las mayores "
                                "distancias para llegar a un tribunal de familia, se benefician "
                                "realmente. Según los asesores, las mujeres de habla amazigh son "
                                "las que con más probabilidad se van sin ayuda."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "korea-ji-woo-han-citizen-panel-ai-public-services",
        "title": "Ji-woo Han asked citizens when AI should stay out of government",
        "date": "2024-02-20",
        "author": "Hyun-jin Seo",
        "intro": (
            "A randomly selected citizen panel spent four weekends deliberating on artificial "
            "intelligence in Korea's public services. Researcher Ji-woo Han helped design it, then "
            "watched the ministry answer each recommendation point by point."
        ),
        "member": "KOR",
        "country": "KOR",
        "themes": ["digital-governance", "participation-inclusion"],
        "challenge_areas": ["digital-governance", "public-participation"],
        "commitments": [("KOR", "Citizen panel shaping guidelines on AI use in public services")],
        "reformers": ["Ji-woo Han"],
        "tags": ["artificial intelligence", "deliberation", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "On the second weekend, the panel got stuck on chatbots. A retired bus driver "
                    "argued that he would rather wait on the phone for a person than talk to a "
                    "machine about his pension, while a student said she never wanted to call "
                    "anyone again. The facilitators let the argument run. Ji-woo Han, who helped "
                    "design the panel, says it was the most useful hour of the whole process."
                ),
            ),
            (
                "paragraph",
                (
                    "The panel, selected at random to reflect the population, deliberated over "
                    "four weekends on when AI should and should not be used in public services. "
                    "The Ministry of Science and ICT then published guidelines with a "
                    "point-by-point response to its recommendations, and agencies now complete a "
                    "self-assessment checklist before deploying new systems."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Experts tend to ask whether a system is accurate. The panel kept asking "
                        "whether people would know a machine was involved, and whom they could "
                        "complain to. Those questions ended up in the checklist."
                    ),
                    "attribution": "Ji-woo Han, Institute for Public Sector Innovation",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "The citizen panel",
                    "figures": [
                        {"value": "4", "label": "weekends of deliberation"},
                        {"value": "3 of 3", "label": "milestones completed"},
                        {
                            "value": "1",
                            "label": (
                                "self-assessment checklist agencies complete before deployment"
                            ),
                        },
                    ],
                },
            ),
            ("heading", "Beyond the checklist"),
            (
                "paragraph",
                (
                    "The IRM found that the reform opened government only marginally: the "
                    "checklist is self-assessed and its results are not published. Han now "
                    "compares algorithm registers in a dozen countries, and argues that Korea's "
                    "next step should be publishing checklist results so that citizens can hold "
                    "agencies to their own answers."
                ),
            ),
        ],
        "translations": {},
    },
    {
        "slug": "korea-facility-level-emissions-open-data",
        "title": "Korean residents can now look up emissions plant by plant",
        "date": "2024-06-04",
        "author": "Hyun-jin Seo",
        "intro": (
            "Greenhouse gas figures for facilities in Korea's emissions trading scheme were long "
            "published only by company. Facility-level data is now open, but trade secret "
            "exemptions still hide some plants."
        ),
        "member": "KOR",
        "country": "KOR",
        "themes": ["climate", "access-to-information"],
        "challenge_areas": ["climate-environment", "access-to-information"],
        "commitments": [("KOR", "Facility-level greenhouse gas emissions published as open data")],
        "reformers": [],
        "tags": ["emissions", "climate data", "trade secrets"],
        "body": [
            (
                "paragraph",
                (
                    "For an environmental group in an industrial city on the southern coast, "
                    "knowing that a steel company emitted a certain tonnage nationwide was of "
                    "little use. What residents wanted to know was which plant near their homes "
                    "accounted for what. Companies in the emissions trading scheme already "
                    "reported facility by facility to the government, but the published figures "
                    "were aggregated."
                ),
            ),
            (
                "paragraph",
                (
                    "The Ministry of Environment now publishes facility-level data in "
                    "machine-readable formats. Local groups have mapped the largest emitters "
                    "against schools and housing estates, and a university team has combined the "
                    "data with air quality readings. Some facilities, however, remain hidden "
                    "behind trade secret exemptions claimed by companies, and the review of those "
                    "exemptions is not finished."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The map showed that two plants within five kilometres of our "
                        "neighbourhood emit more than the rest of the city combined. We had "
                        "suspected it; now we can say it at the council."
                    ),
                    "attribution": "A member of a residents' environmental committee",
                },
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Publish at the level where people live. Company-wide totals serve "
                        "investors and regulators; facility data is what lets residents, local "
                        "councils and journalists ask specific questions."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "armenia-aram-petrosyan-beneficial-ownership",
        "title": "Aram Petrosyan followed mining money to every company in Armenia",
        "date": "2021-02-16",
        "author": "Anahit Sargsyan",
        "intro": (
            "Aram Petrosyan began checking company owners while reporting on mining licences. Now "
            "Armenia's beneficial ownership register covers every legal entity, and his small team "
            "tests whether the declarations are true."
        ),
        "member": "ARM",
        "country": "ARM",
        "themes": ["anti-corruption"],
        "challenge_areas": ["anti-corruption"],
        "commitments": [("ARM", "Beneficial ownership disclosure extended to all legal entities")],
        "reformers": ["Aram Petrosyan"],
        "tags": ["beneficial ownership", "mining", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Aram Petrosyan's interest in company ownership began with a mining licence in "
                    "the south of Armenia and a company whose shareholders led, after three "
                    "jurisdictions, to a name he recognised. At the time, only mining companies "
                    "had to disclose their beneficial owners, and the declarations were thin. He "
                    "kept a spreadsheet of the ones that did not add up."
                ),
            ),
            (
                "paragraph",
                (
                    "Armenia then decided to extend disclosure to every company and foundation. "
                    "Declarations are filed electronically when a company registers or changes "
                    "ownership, and the register is released as open data. Journalists "
                    "investigating procurement and privatisation no longer pay for company "
                    "extracts to find the people behind a bidder."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "A register is a set of promises. Our job is to check them against "
                        "everything else that is public: procurement awards, asset declarations, "
                        "property records."
                    ),
                    "attribution": "Aram Petrosyan, Transparency Lab Yerevan",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "The register",
                    "figures": [
                        {
                            "value": "All",
                            "label": "legal entities now required to declare beneficial owners",
                        },
                        {
                            "value": "3 of 3",
                            "label": "milestones completed; the IRM starred the commitment",
                        },
                        {"value": "Free", "label": "access to the register as open data"},
                    ],
                },
            ),
            ("heading", "Verification is the next fight"),
            (
                "paragraph",
                (
                    "Petrosyan's team cross-checks the register and has found declarations naming "
                    "relatives or employees as owners of companies controlled by others. He has "
                    "advised the justice ministry on verification and argues that sanctions for "
                    "false declarations must be applied, not just written into law. He is keen to "
                    "compare notes with researchers in neighbouring countries."
                ),
            ),
        ],
        "translations": {},
    },
    {
        "slug": "armenia-e-petitions-sixty-day-answer",
        "title": "Armenia's e-petitions promise an answer within sixty days",
        "date": "2025-06-17",
        "author": "Anahit Sargsyan",
        "intro": (
            "A petition signed by enough voters must now be considered by a committee of Armenia's "
            "National Assembly and answered in writing. The legal change is in place; the platform "
            "linked to the national e-ID is not."
        ),
        "member": "ARM",
        "country": "ARM",
        "themes": ["participation-inclusion", "digital-governance"],
        "challenge_areas": ["public-participation", "digital-governance"],
        "commitments": [
            (
                "ARM",
                "E-petition platform with guaranteed consideration by parliamentary committees",
            ),
        ],
        "reformers": ["Kadri Tamm"],
        "tags": ["e-petitions", "parliament", "digital identity"],
        "body": [
            (
                "paragraph",
                (
                    "Armenia's legal amendments on electronic petitions are short and clear. Once "
                    "a petition reaches the required number of verified signatures, the relevant "
                    "committee of the National Assembly must consider it and publish a written "
                    "response within 60 days. Organisers will be able to follow their petition "
                    "through each stage."
                ),
            ),
            (
                "paragraph",
                (
                    "What is missing is the platform. Linking it to the national electronic "
                    "identity, so that signatures can be verified and duplicates prevented, has "
                    "proved slower than expected, and no petition has yet been debated in "
                    "committee under the new rules. Civil society groups worry that the law will "
                    "lose credibility if the first petitions arrive years after it was passed."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The temptation is to build everything from scratch and own it forever. "
                        "The better path is to reuse open-source modules and keep the identity "
                        "check separate, so you can change suppliers without losing your "
                        "petitions."
                    ),
                    "attribution": "Kadri Tamm, Avatud Lab",
                },
            ),
            ("heading", "Advice from a builder"),
            (
                "paragraph",
                (
                    "Kadri Tamm, whose Estonian company builds open-source participation tools "
                    "used by several municipalities, has advised petition teams in more than one "
                    "country. She says the identity integration is usually the bottleneck, and "
                    "recommends testing it early with a small pilot. Her team's petition module "
                    "works with national electronic identity without locking governments into one "
                    "supplier."
                ),
            ),
            (
                "callout",
                {
                    "title": "How it will work",
                    "text": (
                        "A citizen signs with the national e-ID, and the platform checks that each "
                        "person signs only once. When the threshold is reached, the petition goes "
                        "to the relevant committee, which has 60 days to publish its response."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "costa-rica-cantonal-youth-councils-budget-line",
        "title": "Costa Rica's youth councils get a budget line of their own",
        "date": "2023-09-12",
        "author": "Andrés Villalobos",
        "intro": (
            "Cantonal youth committees existed on paper for years, and many were dormant. "
            "Elections in every canton, a small budget line and an annual forum with mayors have "
            "given them something to do."
        ),
        "member": "CRI",
        "country": "CRI",
        "themes": ["participation-inclusion"],
        "challenge_areas": ["public-participation", "gender-inclusion"],
        "commitments": [
            ("CRI", "Cantonal youth councils with their own line in municipal budgets"),
        ],
        "reformers": [],
        "tags": ["youth", "municipalities", "local budgets"],
        "body": [
            (
                "paragraph",
                (
                    "In one canton in the south of Costa Rica, the youth committee's first project "
                    "with its own money was modest: lights and a roof for a basketball court used "
                    "after dark. The committee chose it, costed it, followed the tender with "
                    "municipal staff and opened it with a match. Members say it taught them more "
                    "about local government than any workshop."
                ),
            ),
            (
                "paragraph",
                (
                    "Cantonal youth committees have existed by law for years, but many were "
                    "dormant. Under the action plan, the national youth council supported "
                    "elections in every canton, ensured each committee has a small budget line for "
                    "its own projects and organised an annual forum where mayors answer young "
                    "people's questions. Seats are reserved for young people from rural and "
                    "Indigenous territories."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "Youth councils",
                    "figures": [
                        {"value": "All", "label": "cantons with elected youth councils"},
                        {"value": "1", "label": "annual forum between young people and mayors"},
                        {"value": "3 of 3", "label": "milestones completed"},
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "At the forum the mayor promised us a bus route. The next year we brought "
                        "the video and asked him where it was."
                    ),
                    "attribution": "A 19-year-old member of a cantonal youth committee",
                },
            ),
            (
                "callout",
                {
                    "title": "The limits",
                    "text": (
                        "The budget lines are small, and the IRM rated the potential impact as "
                        "minor. Youth councils now ask for a formal say in the wider municipal "
                        "budget, not just their own line."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "sierra-leone-fatmata-kamara-pretrial-detention",
        "title": "Fatmata Kamara's paralegals reopen forgotten files in Sierra Leone's prisons",
        "date": "2022-04-26",
        "author": "Amara Conteh",
        "intro": (
            "Every week, paralegals supervised by Fatmata Kamara go through detainees' files in "
            "Sierra Leone's correctional centres. Overlong detentions go straight to magistrates, "
            "and the figures are published every quarter."
        ),
        "member": "SLE",
        "country": "SLE",
        "themes": ["justice"],
        "challenge_areas": ["justice", "gender-inclusion"],
        "commitments": [("SLE", "Free legal aid for people held in pretrial detention")],
        "reformers": ["Fatmata Kamara"],
        "tags": ["pretrial detention", "paralegals", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "The young man had been held for fourteen months for stealing a phone. He had "
                    "never seen a lawyer, and his file had been moved twice between police "
                    "stations. A paralegal found it during a weekly screening at the correctional "
                    "centre, and within a week a magistrate had granted bail. Fatmata Kamara, who "
                    "supervises the paralegals, says cases like his still turn up every month."
                ),
            ),
            (
                "paragraph",
                (
                    "Under Sierra Leone's action plan, the Legal Aid Board placed paralegals in "
                    "every correctional centre to screen cases, support bail applications and "
                    "bring overlong detentions to the attention of magistrates. Weekly case "
                    "screenings with magistrates are now routine, and quarterly data on detainees "
                    "assisted and released is published. The commitment was completed in full."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Nobody planned for these men and women to be forgotten. The files just "
                        "stopped moving. Our work is to make them move again."
                    ),
                    "attribution": "Fatmata Kamara, Justice Access Network",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "Paralegals in detention",
                    "figures": [
                        {"value": "All", "label": "correctional centres have paralegals"},
                        {"value": "Weekly", "label": "case screenings with magistrates"},
                        {
                            "value": "Quarterly",
                            "label": "publication of data on detainees assisted and released",
                        },
                    ],
                },
            ),
            ("heading", "Beyond the prison gate"),
            (
                "paragraph",
                (
                    "Kamara's team also supports women whose claims to family land are disputed, "
                    "often after a husband's death. She says the two kinds of work share a root: "
                    "records that are missing, lost or never made. She hopes the digitised land "
                    "registry now being built will do for land what weekly screening has done for "
                    "detention files."
                ),
            ),
        ],
        "translations": {
            "fr": {
                "title": (
                    "En Sierra Leone, les parajuristes de Fatmata Kamara rouvrent les dossiers "
                    "oubliés des prisons"
                ),
                "intro": (
                    "Chaque semaine, les parajuristes encadrés par Fatmata Kamara examinent les "
                    "dossiers des détenus dans les centres pénitentiaires de Sierra Leone. Les "
                    "détentions trop longues sont signalées aux magistrats, et les chiffres sont "
                    "publiés chaque trimestre."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "Le jeune homme était détenu depuis quatorze mois pour le vol d'un "
                            "téléphone. Il n'avait jamais vu d'avocat, et son dossier avait été "
                            "transféré deux fois d'un commissariat à l'autre. Une parajuriste l'a "
                            "retrouvé lors d'un examen hebdomadaire au centre pénitentiaire et, en "
                            "moins d'une semaine, un magistrat lui accordait une libération sous "
                            "caution. Fatmata Kamara, qui encadre les parajuristes, affirme que "
                            "des cas comme le sien apparaissent encore chaque mois."
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "Dans le cadre du plan d'action de la Sierra Leone, le Conseil de "
                            "l'aide juridique a placé des parajuristes dans chaque centre "
                            "pénitentiaire pour examiner les dossiers, appuyer les demandes de "
                            "libération sous caution et signaler aux magistrats les détentions "
                            "trop longues. Les examens hebdomadaires des dossiers avec les "
                            "magistrats sont désormais routiniers, et des données trimestrielles "
                            "sur les détenus assistés et libérés sont publiées. L'engagement a été "
                            "entièrement réalisé."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Personne n'a voulu que ces hommes et ces femmes soient oubliés. "
                                "Les dossiers ont simplement cessé d'avancer. Notre travail "
                                "consiste à les remettre en mouvement."
                            ),
                            "attribution": "Fatmata Kamara, Justice Access Network",
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "Des parajuristes en détention",
                            "figures": [
                                {
                                    "value": "Tous",
                                    "label": "les centres pénitentiaires disposent de parajuristes",
                                },
                                {
                                    "value": "Chaque semaine",
                                    "label": "examen des dossiers avec les magistrats",
                                },
                                {
                                    "value": "Chaque trimestre",
                                    "label": (
                                        "publication des données sur les détenus assistés et "
                                        "libérés"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", "Au-delà des murs de la prison"),
                    (
                        "paragraph",
                        (
                            "L'équipe de Fatmata Kamara soutient aussi des femmes dont les droits "
                            "sur les terres familiales sont contestés, souvent après le décès de "
                            "leur mari. Selon elle, les deux volets de son travail ont la même "
                            "origine : des registres manquants, perdus ou jamais établis. Elle "
                            "espère que le registre foncier numérisé en cours de construction fera "
                            "pour la terre ce que l'examen hebdomadaire a fait pour les dossiers "
                            "de détention."
                        ),
                    ),
                ],
            },
            "es": {
                "title": (
                    "Los paralegales de Fatmata Kamara reabren expedientes olvidados en las "
                    "cárceles de Sierra Leona"
                ),
                "intro": (
                    "Cada semana, los paralegales que supervisa Fatmata Kamara revisan los "
                    "expedientes de los detenidos en los centros penitenciarios de Sierra Leona. "
                    "Las detenciones excesivas llegan directamente a los magistrados, y las cifras "
                    "se publican cada trimestre."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "El joven llevaba catorce meses detenido por robar un teléfono. Nunca "
                            "había visto a un abogado, y su expediente había pasado dos veces de "
                            "una comisaría a otra. Una paralegal lo encontró durante una revisión "
                            "semanal en el centro penitenciario y, en menos de una semana, un "
                            "magistrado le concedió la libertad bajo fianza. Fatmata Kamara, que "
                            "supervisa a los paralegales, dice que casos como el suyo siguen "
                            "apareciendo cada mes."
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "En el marco del plan de acción de Sierra Leona, la Junta de "
                            "Asistencia Jurídica situó paralegales en todos los centros "
                            "penitenciarios para revisar casos, apoyar solicitudes de fianza y "
                            "llevar ante los magistrados las detenciones excesivas. Las revisiones "
                            "semanales de casos con los magistrados son ya una rutina, y se "
                            "publican datos trimestrales sobre los detenidos asistidos y "
                            "liberados. El compromiso se cumplió en su totalidad."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Nadie planeó que estos hombres y mujeres quedaran olvidados. Los "
                                "expedientes simplemente dejaron de moverse. Nuestro trabajo es "
                                "hacer que vuelvan a moverse."
                            ),
                            "attribution": "Fatmata Kamara, Justice Access Network",
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "Paralegales en los centros de detención",
                            "figures": [
                                {
                                    "value": "Todos",
                                    "label": "los centros penitenciarios cuentan con paralegales",
                                },
                                {
                                    "value": "Semanal",
                                    "label": "revisión de casos con los magistrados",
                                },
                                {
                                    "value": "Trimestral",
                                    "label": (
                                        "publicación de datos sobre detenidos asistidos y liberados"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", "Más allá de la cárcel"),
                    (
                        "paragraph",
                        (
                            "El equipo de Kamara también apoya a mujeres cuyos derechos sobre "
                            "tierras familiares están en disputa, a menudo tras la muerte del "
                            "marido. Ella dice que ambos trabajos tienen la misma raíz: registros "
                            "que faltan, se pierden o nunca se hicieron. Espera que el registro de "
                            "tierras digitalizado que se está construyendo haga por la tierra lo "
                            "que la revisión semanal ha hecho por los expedientes de detención."
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "sierra-leone-mining-payments-chiefdom-funds",
        "title": "Sierra Leone publishes mining payments to chiefdoms, but spending stays unclear",
        "date": "2024-08-20",
        "author": "Amara Conteh",
        "intro": (
            "Payments from mining companies to chiefdom development funds are now public company "
            "by company, along with the agreements that govern them. How the money is spent "
            "locally remains the missing link."
        ),
        "member": "SLE",
        "country": "SLE",
        "themes": ["natural-resources", "fiscal-openness"],
        "challenge_areas": ["fiscal-openness", "public-participation"],
        "commitments": [("SLE", "Open data on mining payments to chiefdom development funds")],
        "reformers": [],
        "tags": ["mining", "community development", "chiefdoms"],
        "body": [
            (
                "paragraph",
                (
                    "In a mining chiefdom in the north of Sierra Leone, a youth leader keeps a "
                    "folder of printouts: the payments each company has made into the chiefdom "
                    "development fund, and the community development agreement that says how the "
                    "money should be used. Until recently he had neither. The National Minerals "
                    "Agency now publishes both."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "Mining payments",
                    "figures": [
                        {
                            "value": "Per company",
                            "label": "payments to chiefdom development funds published",
                        },
                        {"value": "2 of 3", "label": "milestones completed"},
                        {"value": "0", "label": "chiefdom-level spending reports published so far"},
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "The payment data has already settled some arguments. In one chiefdom, "
                    "residents believed a company had paid nothing; the figures showed it had paid "
                    "regularly, and the question shifted to the committee managing the fund. "
                    "Chiefdom-level spending reports, the third milestone, have not been "
                    "published, and committees say they lack the accounting skills to produce "
                    "them."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Now we know the money came. The next question is where it went, and that "
                        "question is for people we see every day."
                    ),
                    "attribution": "A youth leader in a mining chiefdom",
                },
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Pair payment disclosure with support for the people who must account for "
                        "spending. Publishing what companies paid moves scrutiny to local "
                        "committees, which need training, simple templates and seats for women and "
                        "young people."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "spain-javier-ortega-lluch-algorithm-register",
        "title": "Javier Ortega Lluch wants algorithm registers that ordinary people can use",
        "date": "2025-01-28",
        "author": "Elena Marín Soler",
        "intro": (
            "An administrative lawyer who helped shape the template for Spain's algorithm "
            "register, Javier Ortega Lluch says a catalogue for specialists is not enough. People "
            "need to be able to use it to challenge decisions."
        ),
        "member": "ESP",
        "country": "ESP",
        "themes": ["digital-governance", "justice"],
        "challenge_areas": ["digital-governance"],
        "commitments": [
            ("ESP", "Public register of algorithms used by the central administration"),
        ],
        "reformers": ["Javier Ortega Lluch", "Ji-woo Han"],
        "tags": ["algorithms", "automated decisions", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Javier Ortega Lluch teaches administrative law, and his students know one "
                    "exercise well. He hands them a letter refusing an energy subsidy and asks "
                    "them to work out whether a computer made the decision. Usually they cannot, "
                    "and that, he says, is exactly the problem the national algorithm register is "
                    "meant to solve."
                ),
            ),
            (
                "paragraph",
                (
                    "Spain's commitment is to publish a register describing each automated "
                    "system's purpose, logic, data and accountable unit, following a template "
                    "agreed with the data protection authority. Ortega contributed to that "
                    "template. The first 50 systems were due to be published, but the register had "
                    "not gone live at the time of writing, and regional governments are still "
                    "waiting to be invited to add their own entries."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "If the register only helps experts write papers, it has failed. A person "
                        "who has been refused a benefit should be able to find the system, "
                        "understand what it weighed and know whom to write to."
                    ),
                    "attribution": "Javier Ortega Lluch, Public Algorithms Research Group",
                },
            ),
            ("heading", "A template is not a register"),
            (
                "paragraph",
                (
                    "Ortega sees the delay as evidence of what is really hard: persuading agencies "
                    "to describe their systems candidly. Several tools used to flag tax returns or "
                    "sort job applications have faced legal challenges over their opacity, and "
                    "some units fear a register will invite more. He argues the opposite: a clear "
                    "description published in advance is the best defence. Ji-woo Han, a Korean "
                    "researcher comparing algorithm registers in a dozen countries, has seen the "
                    "same pattern elsewhere: templates are agreed quickly, entries arrive slowly."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Write each entry for the affected person first. It should say in plain "
                        "language what decision the system supports, what data it uses, whether a "
                        "person reviews the result and how to ask for that review."
                    ),
                },
            ),
        ],
        "translations": {
            "es": {
                "title": (
                    "Javier Ortega Lluch quiere registros de algoritmos que cualquiera pueda usar"
                ),
                "intro": (
                    "Abogado administrativista que ayudó a diseñar la plantilla del registro "
                    "español de algoritmos, Javier Ortega Lluch sostiene que un catálogo para "
                    "especialistas no basta. La gente debe poder usarlo para impugnar decisiones."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "Javier Ortega Lluch enseña derecho administrativo, y sus estudiantes "
                            "conocen bien uno de sus ejercicios. Les entrega una carta que deniega "
                            "una ayuda energética y les pide averiguar si la decisión la tomó un "
                            "ordenador. Normalmente no lo consiguen y ese, dice, es justo el "
                            "problema que el registro nacional de algoritmos debería resolver."
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "El compromiso de España consiste en publicar un registro que describa "
                            "la finalidad, la lógica, los datos y la unidad responsable de cada "
                            "sistema automatizado, según una plantilla acordada con la autoridad "
                            "de protección de datos. Ortega contribuyó a esa plantilla. Estaba "
                            "prevista la publicación de los primeros 50 sistemas, pero el registro "
                            "aún no estaba en línea al cierre de esta edición, y las comunidades "
                            "autónomas siguen esperando la invitación para añadir sus propias "
                            "fichas."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Si el registro solo sirve para que los expertos escriban "
                                "artículos, ha fracasado. Una persona a la que se le ha denegado "
                                "una ayuda debería poder encontrar el sistema, entender qué "
                                "ponderó y saber a quién escribir."
                            ),
                            "attribution": (
                                "Javier Ortega Lluch, Grupo de Investigación sobre Algoritmos "
                                "Públicos"
                            ),
                        },
                    ),
                    ("heading", "Una plantilla no es un registro"),
                    (
                        "paragraph",
                        (
                            "Ortega ve en el retraso la prueba de lo que de verdad es difícil: "
                            "convencer a los organismos de que describan sus sistemas con "
                            "franqueza. Varias herramientas usadas para señalar declaraciones de "
                            "impuestos o clasificar solicitudes de empleo han sido impugnadas por "
                            "su opacidad, y algunas unidades temen que un registro atraiga más "
                            "litigios. Él sostiene lo contrario: una descripción clara publicada "
                            "de antemano es la mejor defensa. Ji-woo Han, investigadora coreana "
                            "que compara registros de algoritmos en una docena de países, ha visto "
                            "el mismo patrón en otros lugares: las plantillas se acuerdan rápido y "
                            "las fichas llegan despacio."
                        ),
                    ),
                    (
                        "callout",
                        {
                            "title": "Lo que otros pueden aprender",
                            "text": (
                                "Redacte cada ficha pensando primero en la persona afectada. Debe "
                                "explicar en lenguaje sencillo qué decisión apoya el sistema, qué "
                                "datos utiliza, si una persona revisa el resultado y cómo "
                                "solicitar esa revisión."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "spain-whistleblower-authority-anonymous-channel",
        "title": "Spain's whistleblower authority exists; its anonymous channel does not yet",
        "date": "2026-06-09",
        "author": "Elena Marín Soler",
        "intro": (
            "The independent authority created to protect whistleblowers has a governing board but "
            "is still building its anonymous reporting channel. Trade unions and anti-corruption "
            "groups are watching how fast it can protect people who speak up."
        ),
        "member": "ESP",
        "country": "ESP",
        "themes": ["anti-corruption", "civic-space"],
        "challenge_areas": ["anti-corruption", "civic-space"],
        "commitments": [
            (
                "ESP",
                "Independent whistleblower protection authority with anonymous reporting channels",
            ),
        ],
        "reformers": [],
        "tags": ["whistleblowers", "retaliation", "integrity"],
        "body": [
            (
                "paragraph",
                (
                    "A former employee of a regional water utility spent two years in court after "
                    "reporting inflated invoices from a contractor. She won, but lost her job "
                    "along the way and says no institution stood beside her during the process. "
                    "People like her are the reason Spain created an independent whistleblower "
                    "protection authority when it transposed the European directive."
                ),
            ),
            (
                "paragraph",
                (
                    "The authority's governing board has been appointed. The anonymous external "
                    "channel, guidance for employers on internal channels and an annual report on "
                    "reports received, protection granted and sanctions for retaliation are still "
                    "to come. Trade unions and anti-corruption organisations will sit on its "
                    "advisory council."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The law said I was protected. In practice, protection arrived as a court "
                        "ruling two years later. What people need is someone who picks up the "
                        "phone in the first week."
                    ),
                    "attribution": (
                        "A whistleblower who reported inflated invoices at a regional utility"
                    ),
                },
            ),
            (
                "key_figures",
                {
                    "heading": "Where the authority stands",
                    "figures": [
                        {"value": "1 of 3", "label": "milestones completed"},
                        {
                            "value": "Transformative",
                            "label": "potential impact as assessed by the IRM",
                        },
                        {
                            "value": "Annual",
                            "label": "planned report on reports, protection and retaliation",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Staff and equip the authority before promoting the channel. A "
                        "well-publicised line that nobody answers quickly can deter the next "
                        "whistleblower more than no line at all."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "bogota-care-blocks-time-returned-to-women",
        "title": "Bogotá's care blocks measure the hours they give back to women",
        "date": "2024-03-05",
        "author": "Andrés Villalobos",
        "intro": (
            "Bogotá's district care system brings childcare, respite, training and laundry "
            "services together in neighbourhood care blocks. An open map, user feedback and an "
            "annual count of time gained keep it honest."
        ),
        "member": "COBO",
        "country": "COL",
        "themes": ["public-service-delivery", "participation-inclusion"],
        "challenge_areas": ["gender-inclusion"],
        "commitments": [
            ("COBO", "Open service map and user feedback for the district care system"),
        ],
        "reformers": [],
        "tags": ["care work", "women", "public services"],
        "body": [
            (
                "paragraph",
                (
                    "A mother of three in the south of Bogotá used to spend Tuesday mornings at a "
                    "public laundry and the afternoon looking for someone to watch her youngest. "
                    "Now she leaves the child at the care block, does her washing in the block's "
                    "machines and attends a two-hour bookkeeping class in the same building. She "
                    "is one of the women whose time the city is trying to count."
                ),
            ),
            (
                "paragraph",
                (
                    "The district care system brings childcare, respite for people caring for "
                    "older relatives or people with disabilities, training and laundry services "
                    "together in neighbourhood care blocks. The open government commitment added "
                    "an open map of services and opening hours, feedback surveys at each block and "
                    "an annual report on how many caregivers gained time for study or paid work."
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "Counting time",
                    "figures": [
                        {"value": "3 of 3", "label": "milestones completed"},
                        {"value": "Annual", "label": "report on time gained by women caregivers"},
                        {"value": "Every block", "label": "runs a user feedback survey"},
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Nobody had ever asked me how many hours a week I spend caring. When they "
                        "asked, I did the sum for the first time, and it frightened me."
                    ),
                    "attribution": "A caregiver who uses a care block in Ciudad Bolívar",
                },
            ),
            ("heading", "Feedback that changed opening hours"),
            (
                "paragraph",
                (
                    "The surveys quickly showed that blocks closing at five in the afternoon were "
                    "of little use to women with informal jobs. Several blocks extended their "
                    "hours into the evening and opened on Saturdays. Users also asked for services "
                    "aimed at men who care for relatives, which the city is now piloting."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "Measure the outcome users care about. Counting the hours given back to "
                        "caregivers turned a list of services into a result that councillors, "
                        "users and the press can follow from year to year."
                    ),
                },
            ),
        ],
        "translations": {},
    },
    {
        "slug": "sao-paulo-school-places-algorithm-open-code",
        "title": "São Paulo opens the code that assigns children to schools",
        "date": "2025-09-23",
        "author": "Daniel Ferreira",
        "intro": (
            "Families in São Paulo could not see how the system that allocates nursery and school "
            "places reached its decisions. The city has published the criteria, the weights and "
            "the source code; an independent audit is still to come."
        ),
        "member": "BRSP",
        "country": "BRA",
        "themes": ["digital-governance", "public-service-delivery"],
        "challenge_areas": ["digital-governance", "access-to-information"],
        "commitments": [
            ("BRSP", "Transparency of the algorithm that allocates places in municipal schools"),
        ],
        "reformers": [],
        "tags": ["algorithms", "education", "nurseries"],
        "body": [
            (
                "paragraph",
                (
                    "Every year, tens of thousands of families in São Paulo apply for a place in a "
                    "municipal nursery or school and receive an answer produced by a system that "
                    "weighs distance, siblings and social vulnerability. For years, parents who "
                    "were sent across the city could only guess why. Rumours of favouritism filled "
                    "the gap."
                ),
            ),
            (
                "paragraph",
                (
                    "The education secretariat has now published the allocation criteria and their "
                    "weights in plain language, and released the source code with anonymised test "
                    "data. Developers and researchers have run the code against test cases and "
                    "found that it behaves as described. Families can ask for a human review of "
                    "their allocation."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I still didn't get the nursery next door. But I understood why: the other "
                        "family already had two children there. Before, I thought someone had "
                        "paid."
                    ),
                    "attribution": "A mother in the east zone of São Paulo",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "Opening the algorithm",
                    "figures": [
                        {"value": "2 of 3", "label": "milestones completed"},
                        {
                            "value": "3",
                            "label": "main criteria: distance, siblings and social vulnerability",
                        },
                        {"value": "Open", "label": "source code and anonymised test data"},
                    ],
                },
            ),
            ("heading", "The audit that matters most"),
            (
                "paragraph",
                (
                    "The independent audit of outcomes by neighbourhood and family income has not "
                    "yet been commissioned. Education advocates say it addresses the key question: "
                    "a fair formula can still produce unequal results if there are simply too few "
                    "places in the periphery. Publishing the code, they argue, must not become a "
                    "way of drawing attention away from the shortage itself."
                ),
            ),
        ],
        "translations": {},
    },
    {
        "slug": "chile-camila-fuentes-orrego-municipal-lobbying",
        "title": "Camila Fuentes Orrego tracks who lobbies Chile's mayors before zoning votes",
        "date": "2022-08-30",
        "author": "Rodrigo Peñaloza",
        "intro": (
            "When Chile extended its lobbying register to regional governors and municipalities, "
            "Camila Fuentes Orrego's observatory started reading the meetings. Her monthly "
            "bulletin shows who lobbies local officials, and about what."
        ),
        "member": "CHL",
        "country": "CHL",
        "themes": ["anti-corruption", "access-to-information"],
        "challenge_areas": ["anti-corruption"],
        "commitments": [
            ("CHL", "Extending the lobbying register to regional governments and municipalities"),
        ],
        "reformers": ["Camila Fuentes Orrego"],
        "tags": ["lobbying", "municipalities", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Camila Fuentes Orrego's monthly bulletin has a regular feature that local "
                    "officials have learned to dread: the ten most lobbied authorities of the "
                    "month and the topics they were lobbied on. Zoning changes and waste contracts "
                    "usually top the list. The data comes from Chile's lobbying platform, which "
                    "since the last action plan covers regional governors and municipal "
                    "authorities as well as national ministers."
                ),
            ),
            (
                "paragraph",
                (
                    "The Council for Transparency designated municipal authorities as subjects of "
                    "the lobbying law, trained their staff and reviewed compliance in 100 "
                    "municipalities. Meetings with regional governors are now published on the "
                    "same platform. Residents and journalists can see who met a mayor before a "
                    "zoning decision, not only after it."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Most meetings are perfectly ordinary. But when a developer meets the "
                        "mayor three times in the month before a land use change, the neighbours "
                        "deserve to know that before the council votes."
                    ),
                    "attribution": "Camila Fuentes Orrego, Lobbying Observatory",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "Lobbying at local level",
                    "figures": [
                        {"value": "100", "label": "municipalities in the compliance review"},
                        {
                            "value": "3 of 3",
                            "label": "milestones completed; the IRM starred the commitment",
                        },
                    ],
                },
            ),
            ("heading", "Gaps in the record"),
            (
                "paragraph",
                (
                    "Fuentes's team has found that compliance is uneven. Some municipalities "
                    "register every meeting, others almost none, and meetings held through "
                    "intermediaries often escape the record altogether. She wants the council to "
                    "publish compliance scores every year rather than in a single review."
                ),
            ),
        ],
        "translations": {},
    },
    {
        "slug": "mexico-diego-hernandez-salgado-police-use-of-force",
        "title": "Diego Hernández Salgado counts the police shootings the state does not",
        "date": "2023-12-12",
        "author": "Rodrigo Peñaloza",
        "intro": (
            "Data journalist Diego Hernández Salgado keeps an independent count of people injured "
            "or killed by police in Mexico. A federal commitment to publish official use-of-force "
            "data is moving slowly, so his count remains the benchmark."
        ),
        "member": "MEX",
        "country": "MEX",
        "themes": ["justice", "access-to-information"],
        "challenge_areas": ["justice", "media-freedom"],
        "commitments": [
            ("MEX", "Public data on police use of force incidents and related complaints"),
        ],
        "reformers": ["Diego Hernández Salgado"],
        "tags": ["police accountability", "data journalism", "reformer profile"],
        "body": [
            (
                "paragraph",
                (
                    "Diego Hernández Salgado's team at Datos al Margen builds its database the "
                    "slow way: information requests, court records, local news reports and calls "
                    "to families. Each incident in which police injure or kill someone becomes a "
                    "row with date, place, force and outcome. The count is independent, and for "
                    "years it was the only one."
                ),
            ),
            (
                "paragraph",
                (
                    "Mexico's federal commitment promised a standard incident form for federal "
                    "forces and a quarterly open dataset on use of force, with an invitation for "
                    "state forces to join. The form was adopted. The dataset has not been "
                    "published and state forces have not been invited, and the IRM found that the "
                    "commitment has not yet changed government practice."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Every quarter without official data, our spreadsheet becomes the official "
                        "record by default. That should worry the authorities more than it "
                        "flatters us."
                    ),
                    "attribution": "Diego Hernández Salgado, Datos al Margen",
                },
            ),
            (
                "key_figures",
                {
                    "heading": "Two counts",
                    "figures": [
                        {
                            "value": "1 of 3",
                            "label": "milestones of the federal commitment completed",
                        },
                        {"value": "0", "label": "quarterly official datasets published so far"},
                    ],
                },
            ),
            ("heading", "Training local reporters"),
            (
                "paragraph",
                (
                    "Hernández now spends much of his time training local reporters to file "
                    "information requests and clean data. Several have built their own state-level "
                    "counts. He says the work carries risks in some regions, and his team avoids "
                    "publishing reporters' names when they cover local police."
                ),
            ),
            (
                "callout",
                {
                    "title": "What others can learn",
                    "text": (
                        "An independent count gives civil society a benchmark to test official "
                        "data when it finally arrives. Publish the methodology alongside the "
                        "numbers, so that officials cannot dismiss the count as guesswork."
                    ),
                },
            ),
        ],
        "translations": {},
    },
]
