"""Demo content for the Open Gov Guide: one chapter per policy area.

Pure data, original prose. Each chapter holds recommendations at four step levels (initial,
intermediate, advanced, innovative), ordered by level. Examples are (member code, commitment
title) pairs that match COMMITMENTS in community/demo/content.py exactly. Only the first three
chapters carry French and Spanish translations; translated recommendations follow the same
order as the English ones. Keep it deterministic: no randomness, no computed values."""

# Guide landing page text in the three working languages.
GUIDE: dict[str, dict[str, str]] = {
    "en": {
        "title": "Open Gov Guide",
        "intro": (
            "The Open Gov Guide sets out what a member can do in each policy area, whatever its "
            "starting point, from first steps to approaches that are still being tested. Each "
            "recommendation links to commitments other members have made, the standards that apply "
            "and the organisations that can help."
        ),
    },
    "fr": {
        "title": "Guide du gouvernement ouvert",
        "intro": (
            "Le Guide du gouvernement ouvert présente ce qu'un membre peut faire dans chaque "
            "domaine d'action, quel que soit son point de départ, des premières mesures aux "
            "approches encore à l'essai. Chaque recommandation renvoie aux engagements pris par "
            "d'autres membres, aux normes applicables et aux organisations qui peuvent apporter "
            "leur aide."
        ),
    },
    "es": {
        "title": "Guía de gobierno abierto",
        "intro": (
            "La Guía de gobierno abierto expone lo que un miembro puede hacer en cada área de "
            "política, sea cual sea su punto de partida, desde los primeros pasos hasta enfoques "
            "que todavía se están probando. Cada recomendación remite a compromisos asumidos por "
            "otros miembros, a las normas aplicables y a organizaciones que pueden ayudar."
        ),
    },
}

# One chapter per policy area, in display order.
CHAPTERS: list[dict] = [
    {
        "slug": "anti-corruption",
        "title": "Anti-corruption",
        "intro": (
            "Corruption diverts money from schools, clinics and roads, and it thrives where "
            "decisions about contracts, companies and officials' interests are made out of sight. "
            "Open government tools make those decisions traceable, so that journalists, auditors "
            "and citizens can spot problems early and oversight bodies can act on them."
        ),
        "themes": ["anti-corruption"],
        "challenge_areas": ["anti-corruption", "fiscal-openness"],
        "recommendations": [
            {
                "title": "Publish every tender, award and contract on one public portal",
                "level": "initial",
                "description": (
                    "Start by requiring all procuring entities above a set threshold to publish "
                    "tender notices, award decisions and signed contracts on a single portal "
                    "rather than on scattered agency websites. Use the Open Contracting Data "
                    "Standard from the outset so that the data can be downloaded in bulk and "
                    "compared over time, even if the first release covers only a few fields. "
                    "Common pitfalls are publishing scanned PDFs only, leaving out contract "
                    "amendments and exempting emergency purchases. You will know it works when the "
                    "value of published contracts matches the procurement budget and business "
                    "associations and journalists start using the data."
                ),
                "examples": [
                    (
                        "NGKD",
                        "Open contracting portal for all state procurement above the threshold",
                    ),
                    ("IDSM", "Open procurement data for school renovation projects"),
                ],
                "standards": [
                    {
                        "title": "Open Contracting Data Standard",
                        "url": "https://standard.open-contracting.org/",
                    },
                ],
                "partners": [
                    {
                        "name": "Open Contracting Partnership",
                        "url": "https://www.open-contracting.org/",
                    },
                ],
            },
            {
                "title": "Make senior officials' asset declarations public and searchable",
                "level": "initial",
                "description": (
                    "Define a clear list of senior positions, including heads of state-owned "
                    "enterprises and procurement officers, whose declarations of assets, income "
                    "and interests are published every year. Publish declarations as structured "
                    "data rather than scanned forms, removing only what is strictly needed for "
                    "safety, such as home addresses. Make late or missing filings visible and "
                    "sanction them, because a register with gaps quickly loses credibility. "
                    "Success shows in filing rates close to 100% and in declarations being cited "
                    "by journalists and the oversight body."
                ),
                "examples": [
                    ("HND", "Machine-readable publication of senior officials' asset declarations"),
                ],
                "standards": [
                    {
                        "title": "United Nations Convention against Corruption",
                        "url": "https://www.unodc.org/unodc/en/corruption/uncac.html",
                    },
                ],
                "partners": [
                    {"name": "Transparency International", "url": "https://www.transparency.org/"},
                ],
            },
            {
                "title": "Publish a central register of beneficial owners",
                "level": "intermediate",
                "description": (
                    "Require every company and legal entity to declare the natural persons who "
                    "ultimately own or control it, with a low threshold and a definition that "
                    "covers control through trusts and nominees. Publish the register free of "
                    "charge as open data in the Beneficial Ownership Data Standard, and give the "
                    "registrar the legal mandate and resources to check submissions rather than "
                    "simply file them. Link the register to procurement and licensing so that "
                    "unregistered owners are flagged when they bid. Measure progress by coverage, "
                    "the share of entries verified and the number of discrepancies reported and "
                    "corrected."
                ),
                "examples": [
                    (
                        "KEN",
                        "Public beneficial ownership register linked to the procurement system",
                    ),
                    ("ARM", "Beneficial ownership disclosure extended to all legal entities"),
                ],
                "standards": [
                    {
                        "title": "Beneficial Ownership Data Standard",
                        "url": "https://standard.openownership.org/",
                    },
                ],
                "partners": [{"name": "Open Ownership", "url": "https://www.openownership.org/"}],
            },
            {
                "title": "Register lobbyists and publish officials' meetings with them",
                "level": "intermediate",
                "description": (
                    "Create a mandatory register of those who lobby ministers, legislators and "
                    "senior officials, covering consultancies, companies and in-house lobbyists "
                    "alike. Require officials to publish their meeting calendars, with the subject "
                    "discussed and the interests represented, within a fixed number of days. "
                    "Voluntary registers tend to capture only the most scrupulous actors, so tie "
                    "registration to access to officials and penalise unregistered contact. A good "
                    "test is whether a member of the public can reconstruct who was consulted on a "
                    "major bill or regulation."
                ),
                "examples": [
                    ("ESP", "Mandatory register of interest groups for the central administration"),
                    ("BRSP", "Publication of senior officials' meetings with private interests"),
                ],
                "standards": [
                    {
                        "title": (
                            "OECD Recommendation on Principles for Transparency and Integrity in "
                            "Lobbying"
                        ),
                        "url": "https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0379",
                    },
                ],
                "partners": [{"name": "Access Info Europe", "url": "https://www.access-info.org/"}],
            },
            {
                "title": "Verify asset declarations automatically against other registers",
                "level": "advanced",
                "description": (
                    "Once declarations are filed electronically, cross-check them automatically "
                    "against property, vehicle, company, tax and customs registers to flag "
                    "unexplained wealth and undeclared interests. Publish the verification rules "
                    "and the criteria for selecting declarations for full review, so that the "
                    "process cannot be used to target political opponents. Keep a human review "
                    "step before any sanction and track how flagged cases are resolved. The system "
                    "is working when the number of verified declarations rises, referrals lead to "
                    "proceedings and the rules stay stable from one government to the next."
                ),
                "examples": [("UKR", "Automated verification of electronic asset declarations")],
                "standards": [
                    {
                        "title": "OECD Recommendation on Public Integrity",
                        "url": "https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0435",
                    },
                ],
                "partners": [
                    {
                        "name": "Basel Institute on Governance",
                        "url": "https://baselgovernance.org/",
                    },
                ],
            },
            {
                "title": "Protect whistleblowers through an independent reporting authority",
                "level": "advanced",
                "description": (
                    "Adopt a whistleblower law that covers public and private sector workers, "
                    "contractors and job applicants, and that reverses the burden of proof when a "
                    "reporter suffers retaliation. Set up an independent authority with "
                    "confidential and anonymous channels, the power to investigate retaliation and "
                    "a duty to report back to the whistleblower within fixed deadlines. Avoid "
                    "placing the reporting channel inside the same hierarchy the whistleblower may "
                    "be reporting on. Publish annual statistics on reports received, cases of "
                    "retaliation and outcomes, so that potential reporters can judge whether the "
                    "system deserves their trust."
                ),
                "examples": [
                    (
                        "ESP",
                        (
                            "Independent whistleblower protection authority with anonymous "
                            "reporting channels"
                        ),
                    ),
                    (
                        "KEN",
                        (
                            "Whistleblower protection law with an independent confidential "
                            "reporting channel"
                        ),
                    ),
                ],
                "standards": [
                    {
                        "title": "EU Whistleblower Protection Directive (2019/1937)",
                        "url": "https://eur-lex.europa.eu/eli/dir/2019/1937/oj",
                    },
                ],
                "partners": [
                    {
                        "name": "Whistleblowing International Network",
                        "url": "https://whistleblowingnetwork.org/",
                    },
                ],
            },
            {
                "title": "Use open contracting data to flag risky tenders early",
                "level": "innovative",
                "description": (
                    "With several years of structured procurement data, build red-flag indicators "
                    "such as single bidding, unusually short tender periods, repeat winners or "
                    "prices far above the reference, and publish the methodology. Give monitoring "
                    "bodies and civil society the same risk dashboard so that they can choose "
                    "which procedures to examine, and record the follow-up each flag received. "
                    "Treat the indicators as prompts for review, not proof of wrongdoing, and "
                    "recalibrate them as markets change. Impact shows in more bidders per tender, "
                    "lower prices for standard goods and a public record of cases corrected or "
                    "referred."
                ),
                "examples": [
                    (
                        "UKR",
                        (
                            "Risk-based monitoring of public procurement using open contracting "
                            "analytics"
                        ),
                    ),
                ],
                "standards": [
                    {
                        "title": "Open Contracting Data Standard",
                        "url": "https://standard.open-contracting.org/",
                    },
                ],
                "partners": [
                    {
                        "name": "Open Contracting Partnership",
                        "url": "https://www.open-contracting.org/",
                    },
                ],
            },
        ],
        "translations": {
            "fr": {
                "title": "Lutte contre la corruption",
                "intro": (
                    "La corruption détourne l'argent des écoles, des centres de santé et des "
                    "routes, et elle prospère là où les décisions sur les marchés, les entreprises "
                    "et les intérêts des responsables publics se prennent à l'abri des regards. "
                    "Les outils du gouvernement ouvert rendent ces décisions traçables, afin que "
                    "journalistes, auditeurs et citoyens repèrent tôt les problèmes et que les "
                    "organes de contrôle puissent agir."
                ),
                "recommendations": [
                    {
                        "title": (
                            "Publier chaque appel d'offres, attribution et contrat sur un portail "
                            "public unique"
                        ),
                        "description": (
                            "Commencez par exiger de toutes les entités adjudicatrices, au-delà "
                            "d'un seuil fixé, qu'elles publient les avis d'appel d'offres, les "
                            "décisions d'attribution et les contrats signés sur un portail unique "
                            "plutôt que sur des sites dispersés. Utilisez dès le départ l'Open "
                            "Contracting Data Standard afin que les données puissent être "
                            "téléchargées en masse et comparées dans le temps, même si la première "
                            "publication ne couvre que quelques champs. Les écueils courants sont "
                            "la publication de seuls PDF numérisés, l'omission des avenants et "
                            "l'exemption des achats d'urgence. Vous saurez que cela fonctionne "
                            "lorsque la valeur des contrats publiés correspondra au budget des "
                            "marchés publics et que les organisations professionnelles et les "
                            "journalistes utiliseront les données."
                        ),
                    },
                    {
                        "title": (
                            "Rendre publiques et consultables les déclarations de patrimoine des "
                            "hauts responsables"
                        ),
                        "description": (
                            "Définissez une liste claire de postes de haut niveau, y compris les "
                            "dirigeants d'entreprises publiques et les responsables des achats, "
                            "dont les déclarations de patrimoine, de revenus et d'intérêts sont "
                            "publiées chaque année. Publiez les déclarations sous forme de données "
                            "structurées plutôt que de formulaires numérisés, en ne masquant que "
                            "ce qui est strictement nécessaire à la sécurité, comme l'adresse du "
                            "domicile. Rendez visibles et sanctionnez les déclarations tardives ou "
                            "manquantes, car un registre lacunaire perd vite sa crédibilité. Le "
                            "succès se mesure à des taux de dépôt proches de 100 % et à "
                            "l'utilisation des déclarations par les journalistes et l'organe de "
                            "contrôle."
                        ),
                    },
                    {
                        "title": "Publier un registre central des bénéficiaires effectifs",
                        "description": (
                            "Exigez de chaque société et entité juridique qu'elle déclare les "
                            "personnes physiques qui la possèdent ou la contrôlent en dernier "
                            "ressort, avec un seuil bas et une définition qui couvre le contrôle "
                            "exercé par des fiducies et des prête-noms. Publiez gratuitement le "
                            "registre en données ouvertes selon le Beneficial Ownership Data "
                            "Standard, et donnez au greffe le mandat légal et les moyens de "
                            "vérifier les déclarations plutôt que de simplement les enregistrer. "
                            "Reliez le registre aux marchés publics et aux licences afin que les "
                            "propriétaires non enregistrés soient signalés lorsqu'ils "
                            "soumissionnent. Mesurez les progrès par la couverture, la part des "
                            "inscriptions vérifiées et le nombre d'incohérences signalées et "
                            "corrigées."
                        ),
                    },
                    {
                        "title": (
                            "Enregistrer les lobbyistes et publier leurs rencontres avec les "
                            "responsables publics"
                        ),
                        "description": (
                            "Créez un registre obligatoire des personnes qui exercent une "
                            "influence auprès des ministres, des parlementaires et des hauts "
                            "fonctionnaires, qu'il s'agisse de cabinets de conseil, d'entreprises "
                            "ou de représentants internes. Exigez des responsables qu'ils publient "
                            "leurs agendas de réunions, avec l'objet de la discussion et les "
                            "intérêts représentés, dans un nombre de jours fixé. Les registres "
                            "facultatifs ne recensent généralement que les acteurs les plus "
                            "scrupuleux : liez donc l'inscription à l'accès aux responsables et "
                            "sanctionnez les contacts non déclarés. Un bon test consiste à "
                            "vérifier si un citoyen peut reconstituer qui a été consulté sur un "
                            "projet de loi ou de règlement important."
                        ),
                    },
                    {
                        "title": (
                            "Vérifier automatiquement les déclarations de patrimoine à l'aide "
                            "d'autres registres"
                        ),
                        "description": (
                            "Une fois les déclarations déposées par voie électronique, croisez-les "
                            "automatiquement avec les registres fonciers, des véhicules, des "
                            "sociétés, des impôts et des douanes pour repérer les enrichissements "
                            "inexpliqués et les intérêts non déclarés. Publiez les règles de "
                            "vérification et les critères de sélection des déclarations soumises à "
                            "un examen approfondi, afin que le processus ne puisse pas servir à "
                            "cibler des opposants politiques. Conservez une étape d'examen humain "
                            "avant toute sanction et suivez le traitement des cas signalés. Le "
                            "système fonctionne lorsque le nombre de déclarations vérifiées "
                            "augmente, que les signalements débouchent sur des procédures et que "
                            "les règles restent stables d'un gouvernement à l'autre."
                        ),
                    },
                    {
                        "title": (
                            "Protéger les lanceurs d'alerte grâce à une autorité de signalement "
                            "indépendante"
                        ),
                        "description": (
                            "Adoptez une loi sur les lanceurs d'alerte qui couvre les travailleurs "
                            "des secteurs public et privé, les prestataires et les candidats à un "
                            "emploi, et qui renverse la charge de la preuve en cas de "
                            "représailles. Créez une autorité indépendante dotée de canaux "
                            "confidentiels et anonymes, du pouvoir d'enquêter sur les représailles "
                            "et de l'obligation d'informer le lanceur d'alerte dans des délais "
                            "fixés. Évitez de placer le canal de signalement au sein de la "
                            "hiérarchie même que le lanceur d'alerte pourrait mettre en cause. "
                            "Publiez chaque année des statistiques sur les signalements reçus, les "
                            "cas de représailles et leurs suites, afin que les lanceurs d'alerte "
                            "potentiels puissent juger si le dispositif mérite leur confiance."
                        ),
                    },
                    {
                        "title": (
                            "Utiliser les données de la commande publique pour repérer tôt les "
                            "marchés à risque"
                        ),
                        "description": (
                            "Avec plusieurs années de données structurées sur les marchés publics, "
                            "construisez des indicateurs d'alerte tels que l'offre unique, des "
                            "délais de soumission anormalement courts, des attributaires "
                            "récurrents ou des prix très supérieurs à la référence, et publiez la "
                            "méthodologie. Donnez aux organes de contrôle et à la société civile "
                            "le même tableau de bord des risques afin qu'ils choisissent les "
                            "procédures à examiner, et consignez les suites données à chaque "
                            "alerte. Traitez les indicateurs comme des invitations à vérifier, non "
                            "comme des preuves de malversation, et recalibrez-les à mesure que les "
                            "marchés évoluent. L'impact se voit à l'augmentation du nombre de "
                            "soumissionnaires par appel d'offres, à la baisse des prix des biens "
                            "courants et à un registre public des cas corrigés ou transmis."
                        ),
                    },
                ],
            },
            "es": {
                "title": "Lucha contra la corrupción",
                "intro": (
                    "La corrupción desvía dinero de escuelas, centros de salud y carreteras, y "
                    "prospera allí donde las decisiones sobre contratos, empresas e intereses de "
                    "los cargos públicos se toman lejos de la vista del público. Las herramientas "
                    "de gobierno abierto hacen que esas decisiones sean trazables, para que "
                    "periodistas, auditores y ciudadanía detecten los problemas a tiempo y los "
                    "órganos de control puedan actuar."
                ),
                "recommendations": [
                    {
                        "title": (
                            "Publicar cada licitación, adjudicación y contrato en un único portal "
                            "público"
                        ),
                        "description": (
                            "Empiece por exigir a todas las entidades contratantes, por encima de "
                            "un umbral determinado, que publiquen los anuncios de licitación, las "
                            "decisiones de adjudicación y los contratos firmados en un único "
                            "portal, en lugar de en sitios web dispersos. Utilice desde el "
                            "principio el Estándar de Datos para las Contrataciones Abiertas para "
                            "que los datos puedan descargarse de forma masiva y compararse en el "
                            "tiempo, aunque la primera publicación abarque solo algunos campos. "
                            "Los errores habituales son publicar solo PDF escaneados, omitir las "
                            "modificaciones de los contratos y excluir las compras de emergencia. "
                            "Sabrá que funciona cuando el valor de los contratos publicados se "
                            "corresponda con el presupuesto de contratación y las asociaciones "
                            "empresariales y los periodistas empiecen a utilizar los datos."
                        ),
                    },
                    {
                        "title": (
                            "Hacer públicas y consultables las declaraciones patrimoniales de los "
                            "altos cargos"
                        ),
                        "description": (
                            "Defina una lista clara de altos cargos, incluidos los directivos de "
                            "empresas públicas y los responsables de compras, cuyas declaraciones "
                            "de bienes, ingresos e intereses se publiquen cada año. Publique las "
                            "declaraciones como datos estructurados y no como formularios "
                            "escaneados, y oculte solo lo estrictamente necesario por motivos de "
                            "seguridad, como el domicilio. Haga visibles y sancione las "
                            "declaraciones tardías o no presentadas, porque un registro con "
                            "lagunas pierde credibilidad rápidamente. El éxito se refleja en tasas "
                            "de presentación cercanas al 100 % y en que periodistas y el órgano de "
                            "control citen las declaraciones."
                        ),
                    },
                    {
                        "title": "Publicar un registro central de beneficiarios finales",
                        "description": (
                            "Exija a toda sociedad y entidad jurídica que declare las personas "
                            "físicas que en último término la poseen o la controlan, con un umbral "
                            "bajo y una definición que abarque el control ejercido a través de "
                            "fideicomisos y testaferros. Publique el registro de forma gratuita "
                            "como datos abiertos según el Beneficial Ownership Data Standard, y dé "
                            "al registro el mandato legal y los recursos para verificar las "
                            "declaraciones en lugar de limitarse a archivarlas. Vincule el "
                            "registro con la contratación pública y las licencias para que se "
                            "detecte a los propietarios no registrados cuando presenten ofertas. "
                            "Mida los avances por la cobertura, la proporción de inscripciones "
                            "verificadas y el número de discrepancias notificadas y corregidas."
                        ),
                    },
                    {
                        "title": (
                            "Registrar a los grupos de interés y publicar sus reuniones con cargos "
                            "públicos"
                        ),
                        "description": (
                            "Cree un registro obligatorio de quienes ejercen influencia ante "
                            "ministros, legisladores y altos funcionarios, que abarque por igual a "
                            "consultoras, empresas y representantes internos. Exija a los cargos "
                            "públicos que publiquen sus agendas de reuniones, con el asunto "
                            "tratado y los intereses representados, en un plazo de días "
                            "determinado. Los registros voluntarios suelen recoger solo a los "
                            "actores más escrupulosos, así que vincule la inscripción al acceso a "
                            "los cargos públicos y sancione los contactos no registrados. Una "
                            "buena prueba es comprobar si cualquier persona puede reconstruir a "
                            "quién se consultó sobre un proyecto de ley o reglamento importante."
                        ),
                    },
                    {
                        "title": (
                            "Verificar automáticamente las declaraciones patrimoniales con otros "
                            "registros"
                        ),
                        "description": (
                            "Una vez que las declaraciones se presenten por vía electrónica, "
                            "crúcelas automáticamente con los registros de la propiedad, de "
                            "vehículos, mercantiles, tributarios y aduaneros para detectar "
                            "patrimonios injustificados e intereses no declarados. Publique las "
                            "reglas de verificación y los criterios de selección de las "
                            "declaraciones que se revisan a fondo, para que el proceso no pueda "
                            "usarse contra opositores políticos. Mantenga una revisión humana "
                            "antes de cualquier sanción y haga seguimiento de cómo se resuelven "
                            "los casos detectados. El sistema funciona cuando aumenta el número de "
                            "declaraciones verificadas, las alertas dan lugar a procedimientos y "
                            "las reglas se mantienen estables de un gobierno a otro."
                        ),
                    },
                    {
                        "title": (
                            "Proteger a los denunciantes mediante una autoridad independiente de "
                            "denuncia"
                        ),
                        "description": (
                            "Adopte una ley de protección de denunciantes que cubra a trabajadores "
                            "del sector público y privado, contratistas y candidatos a un empleo, "
                            "y que invierta la carga de la prueba cuando el denunciante sufra "
                            "represalias. Cree una autoridad independiente con canales "
                            "confidenciales y anónimos, facultades para investigar represalias y "
                            "la obligación de informar al denunciante en plazos fijos. Evite "
                            "situar el canal de denuncia dentro de la misma jerarquía sobre la que "
                            "el denunciante podría estar informando. Publique cada año "
                            "estadísticas sobre las denuncias recibidas, los casos de represalias "
                            "y sus resultados, para que los posibles denunciantes puedan juzgar si "
                            "el sistema merece su confianza."
                        ),
                    },
                    {
                        "title": (
                            "Usar los datos de contratación abierta para detectar a tiempo "
                            "licitaciones de riesgo"
                        ),
                        "description": (
                            "Con varios años de datos estructurados de contratación, elabore "
                            "indicadores de alerta como la oferta única, plazos de licitación "
                            "inusualmente cortos, adjudicatarios recurrentes o precios muy "
                            "superiores a los de referencia, y publique la metodología. Ofrezca a "
                            "los órganos de control y a la sociedad civil el mismo tablero de "
                            "riesgos para que puedan elegir qué procedimientos examinar, y "
                            "registre el seguimiento que recibió cada alerta. Trate los "
                            "indicadores como avisos para revisar, no como prueba de "
                            "irregularidades, y ajústelos a medida que cambien los mercados. El "
                            "impacto se ve en más licitadores por procedimiento, precios más bajos "
                            "de los bienes habituales y un registro público de los casos "
                            "corregidos o remitidos."
                        ),
                    },
                ],
            },
        },
    },
    {
        "slug": "civic-space",
        "title": "Civic space",
        "intro": (
            "Open government depends on people being able to organise, speak, protest and report "
            "without fear. When civic space shrinks, consultations become empty formalities and "
            "accountability loses its most persistent advocates. Governments can protect and widen "
            "that space through their laws, their institutions and the way officials respond to "
            "criticism."
        ),
        "themes": ["civic-space"],
        "challenge_areas": ["civic-space", "media-freedom"],
        "recommendations": [
            {
                "title": "Review the rules for non-profit organisations jointly with civil society",
                "level": "initial",
                "description": (
                    "Map every law and regulation that affects how associations register, receive "
                    "funding, report and dissolve, and review them in a joint working group with "
                    "civil society representatives. Check in particular whether counter-terrorism "
                    "and anti-money-laundering rules are applied to all non-profits rather than to "
                    "those actually at risk. Publish the review's findings with a timetable for "
                    "amendments, and keep registration simple, quick and free. Progress shows in "
                    "shorter registration times, fewer arbitrary refusals and proportionate "
                    "reporting duties."
                ),
                "examples": [
                    (
                        "NGA",
                        "Joint review of the regulatory framework for non-profit organisations",
                    ),
                ],
                "standards": [
                    {
                        "title": (
                            "FATF Recommendations (Recommendation 8 on non-profit organisations)"
                        ),
                        "url": "https://www.fatf-gafi.org/",
                    },
                ],
                "partners": [
                    {
                        "name": "International Center for Not-for-Profit Law",
                        "url": "https://www.icnl.org/",
                    },
                ],
            },
            {
                "title": "Open council and assembly sessions to the public and local media",
                "level": "initial",
                "description": (
                    "Publish agendas and papers in advance, let the public and journalists attend, "
                    "and broadcast or stream plenary sessions, including on local radio where "
                    "internet access is limited. Call-in or written question segments give "
                    "residents a direct way to raise issues with elected members. Keep recordings "
                    "and minutes online so that what was said can be checked later. Measure reach "
                    "through audience figures and the number of questions answered, and watch "
                    "whether sensitive items are being moved into closed sessions."
                ),
                "examples": [
                    (
                        "GHSE",
                        "Assembly sessions broadcast live on local radio with call-in segments",
                    ),
                ],
                "standards": [],
                "partners": [],
            },
            {
                "title": "Set up a rapid response mechanism for threatened journalists",
                "level": "intermediate",
                "description": (
                    "Create a mechanism in which police, prosecutors, the national human rights "
                    "institution and media organisations share information on threats to "
                    "journalists and agree protective measures within hours, not weeks. Give it a "
                    "hotline, a clear protocol for elections and protests, and a commitment to "
                    "investigate attacks rather than only protect the victim. Involving "
                    "journalists' unions and press freedom groups in its governance is essential "
                    "for trust. Track the time from alert to protective measure and the share of "
                    "attacks that lead to prosecution."
                ),
                "examples": [
                    ("PHL", "Inter-agency mechanism responding to threats against journalists"),
                    (
                        "IDN",
                        "Safety guidelines and rapid response for journalists covering elections",
                    ),
                ],
                "standards": [
                    {
                        "title": (
                            "UN Plan of Action on the Safety of Journalists and the Issue of "
                            "Impunity"
                        ),
                        "url": "https://www.unesco.org/en/safety-journalists",
                    },
                ],
                "partners": [
                    {"name": "Committee to Protect Journalists", "url": "https://cpj.org/"},
                ],
            },
            {
                "title": "Publish who ultimately owns broadcast and online media",
                "level": "intermediate",
                "description": (
                    "Require broadcasters, print outlets and larger online media to disclose their "
                    "ultimate owners, major funders and state advertising income to the media "
                    "regulator, which publishes them in an open register. Apply the same "
                    "beneficial ownership definitions used for companies so that control through "
                    "intermediaries is captured. Update the register whenever ownership changes "
                    "and sanction non-disclosure. The register helps audiences judge the sources "
                    "they rely on and helps regulators spot excessive concentration."
                ),
                "examples": [
                    ("GEO", "Public register of the ultimate owners of broadcast and online media"),
                ],
                "standards": [],
                "partners": [
                    {"name": "Media Ownership Monitor", "url": "https://www.mom-gmr.org/"},
                    {"name": "Reporters Without Borders", "url": "https://rsf.org/"},
                ],
            },
            {
                "title": "Protect environmental and social leaders through collective protection",
                "level": "advanced",
                "description": (
                    "Individual measures such as bodyguards and panic buttons rarely protect "
                    "leaders whose whole community is under threat. Design collective protection "
                    "protocols with the communities and organisations concerned, combining early "
                    "warning, a local presence of state institutions, investigation of those "
                    "behind the threats and public recognition of defenders' work. Coordinate the "
                    "agencies involved through a single body with its own budget, and publish "
                    "anonymised data on threats, measures and investigations. A fall in attacks "
                    "and in the displacement of leaders, together with convictions of those "
                    "responsible, is the real test."
                ),
                "examples": [
                    ("COL", "Collective protection protocol for environmental and social leaders"),
                ],
                "standards": [
                    {
                        "title": "UN Declaration on Human Rights Defenders",
                        "url": (
                            "https://www.ohchr.org/en/special-procedures/sr-human-rights-defenders/"
                            "declaration-human-rights-defenders"
                        ),
                    },
                    {
                        "title": "Escazú Agreement",
                        "url": "https://www.cepal.org/en/escazuagreement",
                    },
                ],
                "partners": [
                    {"name": "Front Line Defenders", "url": "https://www.frontlinedefenders.org/"},
                    {
                        "name": "Protection International",
                        "url": "https://www.protectioninternational.org/",
                    },
                ],
            },
            {
                "title": "Protect critics and journalists from abusive lawsuits",
                "level": "advanced",
                "description": (
                    "Decriminalise defamation and insult offences, and adopt rules that let courts "
                    "dismiss strategic lawsuits against public participation at an early stage, "
                    "with costs awarded against the claimant. Extend the same protection to "
                    "journalists, activists, researchers and ordinary residents who speak out on "
                    "matters of public interest. Make sure officials and public bodies cannot use "
                    "public funds to sue their critics for defamation. Track how many such cases "
                    "are filed, how quickly they are dismissed and whether journalists report less "
                    "self-censorship."
                ),
                "examples": [],
                "standards": [
                    {
                        "title": "International Covenant on Civil and Political Rights",
                        "url": (
                            "https://www.ohchr.org/en/instruments-mechanisms/instruments/"
                            "international-covenant-civil-and-political-rights"
                        ),
                    },
                ],
                "partners": [{"name": "Article 19", "url": "https://www.article19.org/"}],
            },
            {
                "title": "Publish data on permits and enforcement in public spaces",
                "level": "innovative",
                "description": (
                    "Publish open data on the permits granted and refused for street vending, "
                    "assemblies and other uses of public space, together with enforcement actions "
                    "such as fines, seizures and dispersals, broken down by area. This lets "
                    "residents, vendors and organisers see whether rules are applied consistently "
                    "and challenge decisions that target particular groups. Agree with "
                    "associations of vendors and organisers what to publish and how to protect "
                    "personal data. Watch how refusal and enforcement patterns change after "
                    "publication and how many disputes are resolved without going to court."
                ),
                "examples": [
                    (
                        "BRSP",
                        "Open data on street vendor licences and municipal enforcement actions",
                    ),
                ],
                "standards": [],
                "partners": [{"name": "CIVICUS", "url": "https://civicus.org/"}],
            },
        ],
        "translations": {
            "fr": {
                "title": "Espace civique",
                "intro": (
                    "Le gouvernement ouvert suppose que chacun puisse s'organiser, s'exprimer, "
                    "manifester et informer sans crainte. Lorsque l'espace civique se réduit, les "
                    "consultations deviennent de simples formalités et la redevabilité perd ses "
                    "défenseurs les plus tenaces. Les gouvernements peuvent protéger et élargir "
                    "cet espace par leurs lois, leurs institutions et la manière dont leurs "
                    "responsables réagissent aux critiques."
                ),
                "recommendations": [
                    {
                        "title": (
                            "Réviser les règles applicables aux associations avec la société civile"
                        ),
                        "description": (
                            "Recensez toutes les lois et réglementations qui régissent "
                            "l'enregistrement, le financement, les obligations de rapport et la "
                            "dissolution des associations, et examinez-les au sein d'un groupe de "
                            "travail conjoint avec des représentants de la société civile. "
                            "Vérifiez en particulier si les règles de lutte contre le terrorisme "
                            "et le blanchiment s'appliquent à toutes les organisations à but non "
                            "lucratif plutôt qu'à celles qui présentent un risque réel. Publiez "
                            "les conclusions de la révision avec un calendrier de modifications, "
                            "et veillez à ce que l'enregistrement reste simple, rapide et gratuit. "
                            "Les progrès se traduisent par des délais d'enregistrement plus "
                            "courts, moins de refus arbitraires et des obligations de rapport "
                            "proportionnées."
                        ),
                    },
                    {
                        "title": (
                            "Ouvrir les séances des conseils et assemblées au public et aux médias "
                            "locaux"
                        ),
                        "description": (
                            "Publiez les ordres du jour et les documents à l'avance, permettez au "
                            "public et aux journalistes d'assister aux séances, et diffusez les "
                            "séances plénières, y compris sur les radios locales là où l'accès à "
                            "internet est limité. Des plages de questions par téléphone ou par "
                            "écrit offrent aux habitants un moyen direct d'interpeller les élus. "
                            "Conservez en ligne les enregistrements et les procès-verbaux pour que "
                            "l'on puisse vérifier ce qui a été dit. Mesurez la portée par "
                            "l'audience et le nombre de questions traitées, et surveillez si des "
                            "points sensibles sont renvoyés à huis clos."
                        ),
                    },
                    {
                        "title": (
                            "Mettre en place un mécanisme de réaction rapide pour les journalistes "
                            "menacés"
                        ),
                        "description": (
                            "Créez un mécanisme dans lequel la police, le parquet, l'institution "
                            "nationale des droits humains et les organisations de médias partagent "
                            "les informations sur les menaces visant des journalistes et "
                            "conviennent de mesures de protection en quelques heures, et non en "
                            "plusieurs semaines. Dotez-le d'une ligne d'urgence, d'un protocole "
                            "clair pour les élections et les manifestations, et d'un engagement à "
                            "enquêter sur les attaques au lieu de se contenter de protéger la "
                            "victime. Associer les syndicats de journalistes et les organisations "
                            "de défense de la liberté de la presse à sa gouvernance est "
                            "indispensable pour gagner leur confiance. Suivez le délai entre "
                            "l'alerte et la mesure de protection ainsi que la part des attaques "
                            "qui donnent lieu à des poursuites."
                        ),
                    },
                    {
                        "title": (
                            "Publier les propriétaires effectifs des médias audiovisuels et en "
                            "ligne"
                        ),
                        "description": (
                            "Exigez des diffuseurs, de la presse écrite et des principaux médias "
                            "en ligne qu'ils déclarent au régulateur leurs propriétaires "
                            "effectifs, leurs principaux financeurs et leurs recettes de publicité "
                            "publique, et que le régulateur les publie dans un registre ouvert. "
                            "Appliquez les mêmes définitions de bénéficiaire effectif que pour les "
                            "sociétés afin de couvrir le contrôle exercé par des intermédiaires. "
                            "Mettez le registre à jour à chaque changement de propriétaire et "
                            "sanctionnez l'absence de déclaration. Le registre aide le public à "
                            "évaluer les sources sur lesquelles il s'appuie et aide les "
                            "régulateurs à détecter une concentration excessive."
                        ),
                    },
                    {
                        "title": (
                            "Protéger les leaders environnementaux et sociaux par une protection "
                            "collective"
                        ),
                        "description": (
                            "Les mesures individuelles, comme les gardes du corps et les boutons "
                            "d'alerte, protègent rarement des leaders dont toute la communauté est "
                            "menacée. Concevez des protocoles de protection collective avec les "
                            "communautés et organisations concernées, en combinant alerte précoce, "
                            "présence locale des institutions de l'État, enquêtes sur les "
                            "commanditaires des menaces et reconnaissance publique du travail des "
                            "défenseurs. Coordonnez les organismes concernés au sein d'un organe "
                            "unique doté de son propre budget, et publiez des données anonymisées "
                            "sur les menaces, les mesures et les enquêtes. Le véritable test est "
                            "la baisse des attaques et des déplacements forcés de leaders, ainsi "
                            "que la condamnation des responsables."
                        ),
                    },
                    {
                        "title": (
                            "Protéger les voix critiques et les journalistes contre les procédures "
                            "abusives"
                        ),
                        "description": (
                            "Dépénalisez la diffamation et l'outrage, et adoptez des règles "
                            "permettant aux tribunaux de rejeter rapidement les poursuites "
                            "stratégiques contre la mobilisation publique, en mettant les frais à "
                            "la charge du demandeur. Étendez cette protection aux journalistes, "
                            "militants, chercheurs et simples habitants qui s'expriment sur des "
                            "questions d'intérêt public. Veillez à ce que les responsables et les "
                            "organismes publics ne puissent pas utiliser des fonds publics pour "
                            "poursuivre leurs détracteurs en diffamation. Suivez le nombre de "
                            "procédures de ce type engagées, la rapidité avec laquelle elles sont "
                            "rejetées et l'évolution de l'autocensure déclarée par les "
                            "journalistes."
                        ),
                    },
                    {
                        "title": (
                            "Publier les données sur les autorisations et les contrôles dans "
                            "l'espace public"
                        ),
                        "description": (
                            "Publiez en données ouvertes les autorisations accordées et refusées "
                            "pour la vente de rue, les rassemblements et les autres usages de "
                            "l'espace public, ainsi que les mesures de contrôle telles que les "
                            "amendes, les saisies et les dispersions, ventilées par quartier. Les "
                            "habitants, les vendeurs et les organisateurs peuvent ainsi vérifier "
                            "si les règles sont appliquées de manière cohérente et contester les "
                            "décisions qui visent certains groupes. Définissez avec les "
                            "associations de vendeurs et d'organisateurs ce qui doit être publié "
                            "et comment protéger les données personnelles. Observez l'évolution "
                            "des refus et des contrôles après la publication, ainsi que le nombre "
                            "de litiges résolus sans recours au juge."
                        ),
                    },
                ],
            },
            "es": {
                "title": "Espacio cívico",
                "intro": (
                    "El gobierno abierto depende de que las personas puedan organizarse, "
                    "expresarse, manifestarse e informar sin miedo. Cuando el espacio cívico se "
                    "reduce, las consultas se convierten en meras formalidades y la rendición de "
                    "cuentas pierde a sus defensores más persistentes. Los gobiernos pueden "
                    "proteger y ampliar ese espacio mediante sus leyes, sus instituciones y la "
                    "forma en que sus cargos responden a las críticas."
                ),
                "recommendations": [
                    {
                        "title": (
                            "Revisar las normas sobre organizaciones sin ánimo de lucro junto con "
                            "la sociedad civil"
                        ),
                        "description": (
                            "Identifique todas las leyes y reglamentos que afectan a la forma en "
                            "que las asociaciones se registran, reciben financiación, rinden "
                            "informes y se disuelven, y revíselos en un grupo de trabajo conjunto "
                            "con representantes de la sociedad civil. Compruebe en particular si "
                            "las normas contra el terrorismo y el blanqueo de capitales se aplican "
                            "a todas las organizaciones sin ánimo de lucro en lugar de a las que "
                            "presentan un riesgo real. Publique las conclusiones de la revisión "
                            "con un calendario de reformas, y mantenga un registro sencillo, "
                            "rápido y gratuito. Los avances se reflejan en plazos de registro más "
                            "cortos, menos denegaciones arbitrarias y obligaciones de información "
                            "proporcionadas."
                        ),
                    },
                    {
                        "title": (
                            "Abrir las sesiones de concejos y asambleas al público y a los medios "
                            "locales"
                        ),
                        "description": (
                            "Publique con antelación los órdenes del día y la documentación, "
                            "permita que el público y los periodistas asistan y transmita las "
                            "sesiones plenarias, también por radios locales donde el acceso a "
                            "internet sea limitado. Los espacios para preguntas por teléfono o por "
                            "escrito dan a los vecinos una vía directa para plantear asuntos a los "
                            "representantes electos. Mantenga en línea las grabaciones y las actas "
                            "para que pueda comprobarse lo que se dijo. Mida el alcance por la "
                            "audiencia y el número de preguntas respondidas, y vigile si los "
                            "asuntos delicados se trasladan a sesiones a puerta cerrada."
                        ),
                    },
                    {
                        "title": (
                            "Crear un mecanismo de respuesta rápida para periodistas amenazados"
                        ),
                        "description": (
                            "Cree un mecanismo en el que la policía, la fiscalía, la institución "
                            "nacional de derechos humanos y las organizaciones de medios compartan "
                            "información sobre amenazas a periodistas y acuerden medidas de "
                            "protección en horas, no en semanas. Dótelo de una línea de "
                            "emergencia, de un protocolo claro para elecciones y protestas y del "
                            "compromiso de investigar los ataques en lugar de limitarse a proteger "
                            "a la víctima. Incluir a los sindicatos de periodistas y a las "
                            "organizaciones de libertad de prensa en su gobernanza es esencial "
                            "para generar confianza. Mida el tiempo que transcurre entre la alerta "
                            "y la medida de protección y la proporción de ataques que terminan en "
                            "un proceso judicial."
                        ),
                    },
                    {
                        "title": (
                            "Publicar quiénes son los propietarios finales de los medios "
                            "audiovisuales y digitales"
                        ),
                        "description": (
                            "Exija a los medios audiovisuales, la prensa escrita y los principales "
                            "medios digitales que declaren al regulador sus propietarios finales, "
                            "sus principales financiadores y sus ingresos por publicidad oficial, "
                            "y que el regulador los publique en un registro abierto. Aplique las "
                            "mismas definiciones de beneficiario final que se usan para las "
                            "sociedades, de modo que quede recogido el control ejercido a través "
                            "de intermediarios. Actualice el registro cada vez que cambie la "
                            "propiedad y sancione la falta de declaración. El registro ayuda al "
                            "público a valorar las fuentes en las que confía y a los reguladores a "
                            "detectar una concentración excesiva."
                        ),
                    },
                    {
                        "title": (
                            "Proteger a los líderes ambientales y sociales mediante la protección "
                            "colectiva"
                        ),
                        "description": (
                            "Las medidas individuales, como escoltas y botones de pánico, rara vez "
                            "protegen a líderes cuya comunidad entera está amenazada. Diseñe "
                            "protocolos de protección colectiva con las comunidades y "
                            "organizaciones afectadas, que combinen alerta temprana, presencia "
                            "local de las instituciones del Estado, investigación de quienes están "
                            "detrás de las amenazas y reconocimiento público de la labor de las "
                            "personas defensoras. Coordine a las entidades implicadas a través de "
                            "un único órgano con presupuesto propio y publique datos anonimizados "
                            "sobre amenazas, medidas e investigaciones. La verdadera prueba es la "
                            "reducción de los ataques y de los desplazamientos de líderes, junto "
                            "con la condena de los responsables."
                        ),
                    },
                    {
                        "title": (
                            "Proteger a las voces críticas y a los periodistas frente a demandas "
                            "abusivas"
                        ),
                        "description": (
                            "Despenalice la difamación y el desacato, y adopte normas que permitan "
                            "a los tribunales desestimar en una fase temprana las demandas "
                            "estratégicas contra la participación pública, con las costas a cargo "
                            "del demandante. Extienda esa protección a periodistas, activistas, "
                            "investigadores y vecinos que se expresan sobre asuntos de interés "
                            "público. Asegúrese de que los cargos y organismos públicos no puedan "
                            "usar fondos públicos para demandar por difamación a quienes los "
                            "critican. Haga seguimiento del número de demandas de este tipo, de la "
                            "rapidez con que se desestiman y de si los periodistas declaran menos "
                            "autocensura."
                        ),
                    },
                    {
                        "title": (
                            "Publicar datos sobre permisos y actuaciones de control en el espacio "
                            "público"
                        ),
                        "description": (
                            "Publique como datos abiertos los permisos concedidos y denegados para "
                            "la venta ambulante, las reuniones y otros usos del espacio público, "
                            "junto con las actuaciones de control como multas, decomisos y "
                            "disoluciones, desglosados por zona. Así, vecinos, vendedores y "
                            "organizadores pueden comprobar si las normas se aplican de forma "
                            "coherente e impugnar decisiones dirigidas contra determinados grupos. "
                            "Acuerde con las asociaciones de vendedores y organizadores qué "
                            "publicar y cómo proteger los datos personales. Observe cómo cambian "
                            "las denegaciones y las actuaciones de control tras la publicación y "
                            "cuántos conflictos se resuelven sin acudir a los tribunales."
                        ),
                    },
                ],
            },
        },
    },
    {
        "slug": "climate",
        "title": "Climate and environment",
        "intro": (
            "Climate policy and natural-resource decisions involve large sums of money, "
            "long-lasting impacts and communities that rarely have a say in them. Open data on "
            "emissions, licences and climate finance, combined with genuine public participation, "
            "helps make the transition credible and fair and ensures that resource wealth benefits "
            "the public."
        ),
        "themes": ["climate", "natural-resources"],
        "challenge_areas": ["climate-environment", "fiscal-openness"],
        "recommendations": [
            {
                "title": "Publish environmental licences and impact assessments online",
                "level": "initial",
                "description": (
                    "Put every environmental impact assessment, licence and licence condition "
                    "online as soon as it is submitted or granted, with a searchable map of "
                    "project locations. Announce consultation periods clearly and accept comments "
                    "online as well as in person. Incomplete files, short comment windows and "
                    "technical summaries nobody can read are the usual weaknesses, so add a "
                    "plain-language summary to each assessment. You will see results in the number "
                    "of comments received and in how often they are addressed in the final "
                    "decision."
                ),
                "examples": [
                    (
                        "CHL",
                        "Open data and easier participation in environmental impact assessments",
                    ),
                ],
                "standards": [
                    {
                        "title": "Aarhus Convention",
                        "url": (
                            "https://unece.org/environment-policy/public-participation/"
                            "aarhus-convention"
                        ),
                    },
                ],
                "partners": [{"name": "World Resources Institute", "url": "https://www.wri.org/"}],
            },
            {
                "title": "Disclose extractive licences, contracts and company payments",
                "level": "initial",
                "description": (
                    "Publish all oil, gas and mining licences and contracts, including amendments, "
                    "together with the payments companies make to the state and the revenue "
                    "received. Joining the EITI gives a tested framework and a multi-stakeholder "
                    "group to oversee disclosure, but the aim should be routine publication from "
                    "government systems rather than a separate annual report. Include the "
                    "beneficial owners of licence holders. Check whether civil society and "
                    "affected communities use the data to compare payments with production."
                ),
                "examples": [
                    ("NGA", "Disclosure of oil, gas and mining contracts and company payments"),
                    ("SEN", "Publication of oil and gas licences, contracts and beneficial owners"),
                ],
                "standards": [{"title": "EITI Standard", "url": "https://eiti.org/"}],
                "partners": [
                    {
                        "name": "Natural Resource Governance Institute",
                        "url": "https://resourcegovernance.org/",
                    },
                ],
            },
            {
                "title": "Hold public hearings early in environmental assessments",
                "level": "intermediate",
                "description": (
                    "Move public hearings to the scoping stage, before the project design and site "
                    "are fixed, so that communities can influence what is studied and which "
                    "alternatives are considered. Hold hearings close to affected communities, in "
                    "local languages and at times when people can attend, and publish a record of "
                    "the questions raised and how the developer and the authority responded. Make "
                    "sure Indigenous peoples' right to free, prior and informed consent is "
                    "respected where it applies. Track how often projects are modified as a result "
                    "of participation."
                ),
                "examples": [
                    (
                        "CRI",
                        (
                            "Earlier public hearings in environmental assessments of coastal "
                            "developments"
                        ),
                    ),
                ],
                "standards": [
                    {
                        "title": "Escazú Agreement",
                        "url": "https://www.cepal.org/en/escazuagreement",
                    },
                ],
                "partners": [
                    {
                        "name": "Center for International Environmental Law",
                        "url": "https://www.ciel.org/",
                    },
                ],
            },
            {
                "title": "Tag climate spending in the budget and trace it to results",
                "level": "intermediate",
                "description": (
                    "Add a climate tag to budget lines for adaptation and mitigation, using "
                    "published criteria, and report tagged spending in budget proposals and "
                    "execution reports. Follow the money down to local governments and projects so "
                    "that communities can see what was spent in their area and with what results. "
                    "Guard against over-tagging by having the criteria reviewed by the supreme "
                    "audit institution or independent experts. The system works when tagged data "
                    "is published on time and used in parliamentary budget debates."
                ),
                "examples": [
                    ("COL", "Climate spending tagged and traceable across the national budget"),
                    (
                        "KEN",
                        "Tracking county climate fund disbursements from budget to ward projects",
                    ),
                ],
                "standards": [
                    {
                        "title": "GIFT High-Level Principles on Fiscal Transparency",
                        "url": "https://fiscaltransparency.net/",
                    },
                ],
                "partners": [
                    {
                        "name": "International Budget Partnership",
                        "url": "https://internationalbudget.org/",
                    },
                ],
            },
            {
                "title": "Publish facility-level emissions and pollution data as open data",
                "level": "advanced",
                "description": (
                    "Require large emitters and high-risk sites, such as mine tailings facilities, "
                    "to report greenhouse gas emissions and pollutant releases every year, and "
                    "publish the data per facility in an open format. Add independent monitoring "
                    "data where communities face direct risks, for example for water and soil near "
                    "tailings dams. Publish the methodology and verification status next to each "
                    "figure. The data is useful when researchers, investors and neighbouring "
                    "communities can compare facilities and track reductions over time."
                ),
                "examples": [
                    ("KOR", "Facility-level greenhouse gas emissions published as open data"),
                    ("ARM", "Open environmental monitoring data for mine tailings sites"),
                ],
                "standards": [
                    {
                        "title": "International Open Data Charter",
                        "url": "https://opendatacharter.org/",
                    },
                ],
                "partners": [],
            },
            {
                "title": "Combine concession maps and deforestation alerts in open data",
                "level": "advanced",
                "description": (
                    "Bring land, forestry, mining and plantation concessions into a single "
                    "reference map shared by all agencies, and publish it with the boundaries and "
                    "holders of each concession. Overlay near real-time deforestation alerts so "
                    "that clearing inside or outside licensed areas can be spotted and followed "
                    "up. Resolve overlapping claims openly rather than quietly, and involve "
                    "Indigenous peoples and local communities in mapping their customary land. The "
                    "test is whether alerts lead to inspections and sanctions, and whether land "
                    "conflicts decline."
                ),
                "examples": [
                    ("IDN", "Open spatial data on land concessions under a single reference map"),
                    (
                        "COL",
                        (
                            "Near real-time open data on deforestation alerts and environmental "
                            "licences"
                        ),
                    ),
                ],
                "standards": [
                    {
                        "title": "Voluntary Guidelines on the Responsible Governance of Tenure",
                        "url": "https://www.fao.org/tenure/voluntary-guidelines/en/",
                    },
                ],
                "partners": [
                    {"name": "Global Forest Watch", "url": "https://www.globalforestwatch.org/"},
                ],
            },
            {
                "title": "Co-produce climate risk data with the most exposed communities",
                "level": "innovative",
                "description": (
                    "Work with residents of informal settlements and flood-prone neighbourhoods to "
                    "map hazards, assets and vulnerable households, combining their knowledge with "
                    "official data. Publish the resulting data openly and link it to early warning "
                    "systems and to neighbourhood response groups that know what to do when an "
                    "alert is issued. Agree with communities how sensitive information is "
                    "protected, because precise data on vulnerable households can be misused. "
                    "Results show in faster evacuations, fewer losses and risk data being used in "
                    "city investment plans."
                ),
                "examples": [
                    ("PHQC", "Open climate risk data co-produced with informal settlements"),
                    ("IDSM", "Flood early warning open data with neighbourhood response groups"),
                ],
                "standards": [],
                "partners": [
                    {"name": "Humanitarian OpenStreetMap Team", "url": "https://www.hotosm.org/"},
                ],
            },
            {
                "title": "Make benefit sharing from carbon and conservation projects transparent",
                "level": "innovative",
                "description": (
                    "Publish the agreements behind carbon credit and conservation projects, the "
                    "revenue they generate and the formula for sharing it with communities, and "
                    "report the payments received by each community. Agree the benefit-sharing "
                    "rules with affected communities, including women and forest users without "
                    "formal title, before projects start. Set up a grievance channel that is "
                    "independent of the project developer. Look for evidence that communities know "
                    "what they are entitled to and receive it on time."
                ),
                "examples": [
                    (
                        "KEEL",
                        "Transparent benefit sharing from forest conservation and carbon projects",
                    ),
                ],
                "standards": [],
                "partners": [
                    {"name": "Forest Peoples Programme", "url": "https://www.forestpeoples.org/"},
                ],
            },
        ],
        "translations": {
            "fr": {
                "title": "Climat et environnement",
                "intro": (
                    "Les politiques climatiques et les décisions relatives aux ressources "
                    "naturelles engagent des sommes considérables, ont des effets durables et "
                    "concernent des communautés qui ont rarement leur mot à dire. Des données "
                    "ouvertes sur les émissions, les licences et la finance climatique, associées "
                    "à une participation réelle du public, contribuent à une transition crédible "
                    "et juste et à ce que les richesses naturelles profitent à la collectivité."
                ),
                "recommendations": [
                    {
                        "title": (
                            "Publier en ligne les autorisations environnementales et les études "
                            "d'impact"
                        ),
                        "description": (
                            "Mettez en ligne chaque étude d'impact environnemental, chaque "
                            "autorisation et ses conditions dès leur dépôt ou leur délivrance, "
                            "avec une carte consultable de l'emplacement des projets. Annoncez "
                            "clairement les périodes de consultation et acceptez les observations "
                            "en ligne comme en personne. Dossiers incomplets, délais de "
                            "consultation trop courts et résumés techniques illisibles sont les "
                            "faiblesses habituelles : ajoutez donc un résumé en langage clair à "
                            "chaque étude. Les résultats se voient au nombre d'observations reçues "
                            "et à la fréquence à laquelle elles sont prises en compte dans la "
                            "décision finale."
                        ),
                    },
                    {
                        "title": (
                            "Divulguer les licences, les contrats et les paiements des industries "
                            "extractives"
                        ),
                        "description": (
                            "Publiez toutes les licences et tous les contrats pétroliers, gaziers "
                            "et miniers, y compris les avenants, ainsi que les paiements des "
                            "entreprises à l'État et les recettes perçues. L'adhésion à l'ITIE "
                            "offre un cadre éprouvé et un groupe multipartite chargé de superviser "
                            "la divulgation, mais l'objectif doit être une publication "
                            "systématique par les systèmes de l'administration plutôt qu'un "
                            "rapport annuel distinct. Incluez les bénéficiaires effectifs des "
                            "titulaires de licences. Vérifiez si la société civile et les "
                            "communautés concernées utilisent les données pour comparer les "
                            "paiements à la production."
                        ),
                    },
                    {
                        "title": (
                            "Organiser les audiences publiques dès le début des évaluations "
                            "environnementales"
                        ),
                        "description": (
                            "Avancez les audiences publiques à la phase de cadrage, avant que la "
                            "conception et le site du projet ne soient arrêtés, afin que les "
                            "communautés puissent influer sur ce qui est étudié et sur les "
                            "solutions de rechange envisagées. Tenez les audiences à proximité des "
                            "communautés concernées, dans les langues locales et à des heures où "
                            "chacun peut y assister, et publiez un compte rendu des questions "
                            "soulevées et des réponses du promoteur et de l'autorité. Veillez au "
                            "respect du droit des peuples autochtones au consentement libre, "
                            "préalable et éclairé lorsqu'il s'applique. Suivez la fréquence à "
                            "laquelle les projets sont modifiés à la suite de la participation."
                        ),
                    },
                    {
                        "title": (
                            "Marquer les dépenses climatiques dans le budget et les suivre "
                            "jusqu'aux résultats"
                        ),
                        "description": (
                            "Ajoutez un marqueur climat aux lignes budgétaires consacrées à "
                            "l'adaptation et à l'atténuation, selon des critères publiés, et "
                            "présentez les dépenses marquées dans les projets de budget et les "
                            "rapports d'exécution. Suivez l'argent jusqu'aux collectivités locales "
                            "et aux projets, afin que les communautés voient ce qui a été dépensé "
                            "dans leur zone et avec quels résultats. Prévenez le surmarquage en "
                            "faisant examiner les critères par l'institution supérieure de "
                            "contrôle ou par des experts indépendants. Le dispositif fonctionne "
                            "lorsque les données marquées sont publiées à temps et utilisées dans "
                            "les débats budgétaires au parlement."
                        ),
                    },
                    {
                        "title": (
                            "Publier en données ouvertes les émissions et la pollution de chaque "
                            "installation"
                        ),
                        "description": (
                            "Exigez des grands émetteurs et des sites à haut risque, comme les "
                            "installations de stockage de résidus miniers, qu'ils déclarent chaque "
                            "année leurs émissions de gaz à effet de serre et leurs rejets de "
                            "polluants, et publiez les données par installation dans un format "
                            "ouvert. Ajoutez des données de surveillance indépendantes là où des "
                            "communautés sont directement exposées, par exemple pour l'eau et les "
                            "sols à proximité des digues à résidus. Publiez la méthodologie et "
                            "l'état de vérification à côté de chaque chiffre. Les données sont "
                            "utiles lorsque chercheurs, investisseurs et communautés voisines "
                            "peuvent comparer les installations et suivre les réductions dans le "
                            "temps."
                        ),
                    },
                    {
                        "title": (
                            "Croiser les cartes des concessions et les alertes de déforestation en "
                            "données ouvertes"
                        ),
                        "description": (
                            "Regroupez les concessions foncières, forestières, minières et "
                            "agricoles dans une carte de référence unique partagée par toutes les "
                            "administrations, et publiez-la avec les limites et les titulaires de "
                            "chaque concession. Superposez-y des alertes de déforestation en quasi "
                            "temps réel afin de repérer et de suivre les défrichements à "
                            "l'intérieur comme à l'extérieur des zones autorisées. Réglez "
                            "ouvertement plutôt qu'en silence les chevauchements de titres, et "
                            "associez les peuples autochtones et les communautés locales à la "
                            "cartographie de leurs terres coutumières. Le test consiste à savoir "
                            "si les alertes conduisent à des inspections et à des sanctions, et si "
                            "les conflits fonciers diminuent."
                        ),
                    },
                    {
                        "title": (
                            "Coproduire les données sur les risques climatiques avec les "
                            "communautés les plus exposées"
                        ),
                        "description": (
                            "Travaillez avec les habitants des quartiers informels et des zones "
                            "inondables pour cartographier les aléas, les équipements et les "
                            "ménages vulnérables, en combinant leurs connaissances avec les "
                            "données officielles. Publiez les données obtenues en accès ouvert et "
                            "reliez-les aux systèmes d'alerte précoce et à des groupes "
                            "d'intervention de quartier qui savent quoi faire lorsqu'une alerte "
                            "est émise. Convenez avec les communautés de la manière de protéger "
                            "les informations sensibles, car des données précises sur les ménages "
                            "vulnérables peuvent être détournées. Les résultats se voient à des "
                            "évacuations plus rapides, à des pertes moindres et à l'utilisation "
                            "des données sur les risques dans les plans d'investissement de la "
                            "ville."
                        ),
                    },
                    {
                        "title": (
                            "Rendre transparent le partage des bénéfices des projets carbone et de "
                            "conservation"
                        ),
                        "description": (
                            "Publiez les accords qui encadrent les projets de crédits carbone et "
                            "de conservation, les recettes qu'ils génèrent et la formule de "
                            "partage avec les communautés, et rendez compte des paiements reçus "
                            "par chaque communauté. Convenez des règles de partage avec les "
                            "communautés concernées, y compris les femmes et les usagers de la "
                            "forêt sans titre formel, avant le démarrage des projets. Mettez en "
                            "place un mécanisme de plainte indépendant du promoteur du projet. "
                            "Vérifiez que les communautés savent à quoi elles ont droit et "
                            "qu'elles le reçoivent dans les délais."
                        ),
                    },
                ],
            },
            "es": {
                "title": "Clima y medio ambiente",
                "intro": (
                    "Las políticas climáticas y las decisiones sobre recursos naturales implican "
                    "grandes sumas de dinero, tienen efectos duraderos y afectan a comunidades que "
                    "rara vez tienen voz en ellas. Los datos abiertos sobre emisiones, licencias y "
                    "financiamiento climático, junto con una participación pública real, ayudan a "
                    "que la transición sea creíble y justa y a que la riqueza natural beneficie a "
                    "la sociedad."
                ),
                "recommendations": [
                    {
                        "title": (
                            "Publicar en línea las licencias ambientales y los estudios de impacto"
                        ),
                        "description": (
                            "Publique en línea cada estudio de impacto ambiental, cada licencia y "
                            "sus condiciones en cuanto se presenten o se concedan, con un mapa "
                            "consultable de la ubicación de los proyectos. Anuncie con claridad "
                            "los periodos de consulta y acepte observaciones tanto en línea como "
                            "en persona. Los expedientes incompletos, los plazos de consulta "
                            "cortos y los resúmenes técnicos incomprensibles son los puntos "
                            "débiles habituales, así que añada a cada estudio un resumen en "
                            "lenguaje claro. Los resultados se ven en el número de observaciones "
                            "recibidas y en la frecuencia con que se tienen en cuenta en la "
                            "decisión final."
                        ),
                    },
                    {
                        "title": (
                            "Divulgar las licencias, los contratos y los pagos de las industrias "
                            "extractivas"
                        ),
                        "description": (
                            "Publique todas las licencias y contratos de petróleo, gas y minería, "
                            "incluidas sus modificaciones, junto con los pagos de las empresas al "
                            "Estado y los ingresos recibidos. Adherirse al EITI ofrece un marco "
                            "probado y un grupo multipartito que supervisa la divulgación, pero el "
                            "objetivo debe ser la publicación sistemática desde los sistemas de la "
                            "administración y no un informe anual aparte. Incluya a los "
                            "beneficiarios finales de los titulares de licencias. Compruebe si la "
                            "sociedad civil y las comunidades afectadas utilizan los datos para "
                            "comparar los pagos con la producción."
                        ),
                    },
                    {
                        "title": (
                            "Celebrar audiencias públicas al inicio de las evaluaciones ambientales"
                        ),
                        "description": (
                            "Adelante las audiencias públicas a la fase de definición del alcance, "
                            "antes de que se fijen el diseño y el emplazamiento del proyecto, para "
                            "que las comunidades puedan influir en lo que se estudia y en las "
                            "alternativas que se consideran. Celebre las audiencias cerca de las "
                            "comunidades afectadas, en las lenguas locales y en horarios que "
                            "permitan asistir, y publique un registro de las preguntas planteadas "
                            "y de las respuestas del promotor y de la autoridad. Garantice el "
                            "respeto del derecho de los pueblos indígenas al consentimiento libre, "
                            "previo e informado cuando corresponda. Haga seguimiento de la "
                            "frecuencia con que los proyectos se modifican como resultado de la "
                            "participación."
                        ),
                    },
                    {
                        "title": (
                            "Etiquetar el gasto climático en el presupuesto y rastrearlo hasta sus "
                            "resultados"
                        ),
                        "description": (
                            "Añada una etiqueta climática a las partidas presupuestarias de "
                            "adaptación y mitigación, con criterios publicados, e informe del "
                            "gasto etiquetado en los proyectos de presupuesto y en los informes de "
                            "ejecución. Siga el dinero hasta los gobiernos locales y los "
                            "proyectos, para que las comunidades vean lo que se gastó en su zona y "
                            "con qué resultados. Evite el sobreetiquetado haciendo que la entidad "
                            "fiscalizadora superior o expertos independientes revisen los "
                            "criterios. El sistema funciona cuando los datos etiquetados se "
                            "publican a tiempo y se utilizan en los debates presupuestarios del "
                            "parlamento."
                        ),
                    },
                    {
                        "title": (
                            "Publicar como datos abiertos las emisiones y la contaminación de cada "
                            "instalación"
                        ),
                        "description": (
                            "Exija a los grandes emisores y a los sitios de alto riesgo, como los "
                            "depósitos de relaves mineros, que informen cada año de sus emisiones "
                            "de gases de efecto invernadero y de sus emisiones de contaminantes, y "
                            "publique los datos por instalación en un formato abierto. Añada datos "
                            "de monitoreo independiente donde las comunidades estén expuestas "
                            "directamente, por ejemplo sobre el agua y el suelo cerca de las "
                            "presas de relaves. Publique la metodología y el estado de "
                            "verificación junto a cada cifra. Los datos son útiles cuando "
                            "investigadores, inversores y comunidades vecinas pueden comparar "
                            "instalaciones y seguir las reducciones a lo largo del tiempo."
                        ),
                    },
                    {
                        "title": (
                            "Combinar mapas de concesiones y alertas de deforestación en datos "
                            "abiertos"
                        ),
                        "description": (
                            "Reúna las concesiones de tierras, forestales, mineras y de "
                            "plantaciones en un único mapa de referencia compartido por todas las "
                            "entidades, y publíquelo con los límites y los titulares de cada "
                            "concesión. Superponga alertas de deforestación casi en tiempo real "
                            "para detectar y dar seguimiento a los desmontes dentro y fuera de las "
                            "zonas autorizadas. Resuelva los solapamientos de derechos de forma "
                            "abierta y no en silencio, e incluya a los pueblos indígenas y a las "
                            "comunidades locales en la cartografía de sus tierras "
                            "consuetudinarias. La prueba es si las alertas conducen a inspecciones "
                            "y sanciones y si disminuyen los conflictos por la tierra."
                        ),
                    },
                    {
                        "title": (
                            "Coproducir datos de riesgo climático con las comunidades más expuestas"
                        ),
                        "description": (
                            "Trabaje con los habitantes de asentamientos informales y barrios "
                            "inundables para mapear amenazas, infraestructuras y hogares "
                            "vulnerables, combinando su conocimiento con los datos oficiales. "
                            "Publique los datos resultantes en abierto y vincúlelos a los sistemas "
                            "de alerta temprana y a grupos de respuesta vecinal que sepan qué "
                            "hacer cuando se emite una alerta. Acuerde con las comunidades cómo "
                            "proteger la información sensible, porque los datos precisos sobre "
                            "hogares vulnerables pueden usarse indebidamente. Los resultados se "
                            "ven en evacuaciones más rápidas, menores pérdidas y el uso de los "
                            "datos de riesgo en los planes de inversión de la ciudad."
                        ),
                    },
                    {
                        "title": (
                            "Hacer transparente el reparto de beneficios de los proyectos de "
                            "carbono y conservación"
                        ),
                        "description": (
                            "Publique los acuerdos de los proyectos de créditos de carbono y de "
                            "conservación, los ingresos que generan y la fórmula para repartirlos "
                            "con las comunidades, e informe de los pagos recibidos por cada "
                            "comunidad. Acuerde las reglas de reparto con las comunidades "
                            "afectadas, incluidas las mujeres y los usuarios del bosque sin título "
                            "formal, antes de que comiencen los proyectos. Establezca un mecanismo "
                            "de quejas independiente del promotor del proyecto. Busque pruebas de "
                            "que las comunidades conocen lo que les corresponde y lo reciben a "
                            "tiempo."
                        ),
                    },
                ],
            },
        },
    },
    {
        "slug": "digital-governance",
        "title": "Digital governance",
        "intro": (
            "Governments increasingly rely on data, digital identity and algorithms to deliver "
            "services and to make decisions about people. Open government principles help ensure "
            "that these systems are transparent, accountable and respectful of rights, and that "
            "people can understand and challenge the decisions they produce."
        ),
        "themes": ["digital-governance"],
        "challenge_areas": ["digital-governance"],
        "recommendations": [
            {
                "title": "Adopt a data protection law with an independent regulator",
                "level": "initial",
                "description": (
                    "Before expanding digital services, put in place a data protection law that "
                    "covers the public sector, sets out lawful grounds for processing and gives "
                    "people the right to access and correct their data. Create a regulator with "
                    "genuine independence, its own budget and the power to investigate and fine "
                    "public bodies. Avoid broad exemptions for security or administrative "
                    "efficiency that leave most government processing untouched. The regulator's "
                    "published decisions and complaint statistics show whether the law is working."
                ),
                "examples": [],
                "standards": [
                    {
                        "title": "Council of Europe Convention 108+",
                        "url": (
                            "https://www.coe.int/en/web/data-protection/convention108-and-protocol"
                        ),
                    },
                ],
                "partners": [{"name": "Access Now", "url": "https://www.accessnow.org/"}],
            },
            {
                "title": "Explain automated decisions to the people they affect",
                "level": "initial",
                "description": (
                    "For each automated system that affects the public, such as traffic "
                    "enforcement cameras or benefit eligibility checks, publish a plain-language "
                    "explanation of what it does, what data it uses, who is responsible and how to "
                    "challenge a result. Place the explanation where people meet the decision, for "
                    "example on the fine notice or the application form. Test the wording with "
                    "users and update it whenever the system changes. Fewer appeals based on "
                    "misunderstanding and more successful challenges of genuine errors are good "
                    "signs."
                ),
                "examples": [
                    ("COBO", "Public explanation of how traffic cameras and automated fines work"),
                ],
                "standards": [],
                "partners": [{"name": "AlgorithmWatch", "url": "https://algorithmwatch.org/"}],
            },
            {
                "title": "Publish impact assessments before launching digital identity systems",
                "level": "intermediate",
                "description": (
                    "Carry out a data protection impact assessment for digital identity and other "
                    "large population databases, and publish and consult on it before procurement "
                    "is finalised. Address exclusion risks for people without documents, with "
                    "disabilities or in remote areas, and do not make enrolment a condition for "
                    "essential services until alternatives exist. Publish the contracts with "
                    "technology vendors and avoid lock-in by requiring open standards. The "
                    "assessment is meaningful when the design visibly changes in response to the "
                    "consultation."
                ),
                "examples": [
                    (
                        "KEN",
                        (
                            "Data protection impact assessment and public consultation before "
                            "digital ID rollout"
                        ),
                    ),
                ],
                "standards": [
                    {
                        "title": "Principles for Digital Development",
                        "url": "https://digitalprinciples.org/",
                    },
                ],
                "partners": [
                    {"name": "Privacy International", "url": "https://privacyinternational.org/"},
                ],
            },
            {
                "title": "Digitise core public registries with open search and audit trails",
                "level": "intermediate",
                "description": (
                    "Digitise registries such as land titles, companies and permits, and give the "
                    "public free search of the information that is public by law. Record every "
                    "change in an audit trail so that alterations can be traced to an official and "
                    "a date. Clean and verify records before digitising them, otherwise old "
                    "disputes and errors are simply made permanent. Shorter processing times, "
                    "fewer disputed records and a fall in informal payments indicate success."
                ),
                "examples": [
                    ("SLE", "Digitised land registry with a public search of registered titles"),
                    ("NGKD", "Digitised land titles and published land use charge assessments"),
                ],
                "standards": [
                    {
                        "title": "Principles for Digital Development",
                        "url": "https://digitalprinciples.org/",
                    },
                ],
                "partners": [{"name": "Land Portal", "url": "https://landportal.org/"}],
            },
            {
                "title": "Publish a register of algorithms used in public administration",
                "level": "advanced",
                "description": (
                    "Create a public register listing each algorithmic system used to make or "
                    "support decisions about people, with its purpose, the data it uses, the "
                    "responsible body, the results of any impact assessment and a contact point "
                    "for complaints. Make entries mandatory for systems above a defined risk level "
                    "rather than voluntary, and include systems bought from private vendors. Use a "
                    "common template so that entries can be compared across agencies. The register "
                    "proves its value when journalists, researchers and affected people use it to "
                    "ask questions and agencies keep it up to date as systems change."
                ),
                "examples": [
                    ("ESP", "Public register of algorithms used by the central administration"),
                    (
                        "COL",
                        "Public register of algorithms used in government decisions about people",
                    ),
                ],
                "standards": [
                    {
                        "title": "Algorithmic Transparency Recording Standard",
                        "url": (
                            "https://www.gov.uk/government/collections/"
                            "algorithmic-transparency-recording-standard-hub"
                        ),
                    },
                ],
                "partners": [
                    {
                        "name": "Ada Lovelace Institute",
                        "url": "https://www.adalovelaceinstitute.org/",
                    },
                ],
            },
            {
                "title": "Set binding algorithmic transparency rules for all public bodies",
                "level": "advanced",
                "description": (
                    "Move from guidance to a binding standard that applies to ministries, local "
                    "governments and public agencies alike, with a designated body to monitor "
                    "compliance. Require disclosure of the logic, criteria and weights of "
                    "algorithms used in high-stakes allocation decisions, such as school places or "
                    "social benefits, and allow independent audits. Give individuals a route to "
                    "obtain an explanation of a decision about them and to have it reviewed by a "
                    "person. Publish audit results and compliance rates for each institution."
                ),
                "examples": [
                    ("CHL", "Algorithmic transparency standard for public bodies"),
                    (
                        "BRSP",
                        "Transparency of the algorithm that allocates places in municipal schools",
                    ),
                ],
                "standards": [
                    {"title": "OECD AI Principles", "url": "https://oecd.ai/en/ai-principles"},
                    {
                        "title": "UNESCO Recommendation on the Ethics of Artificial Intelligence",
                        "url": (
                            "https://www.unesco.org/en/artificial-intelligence/"
                            "recommendation-ethics"
                        ),
                    },
                ],
                "partners": [],
            },
            {
                "title": "Let citizens' panels shape the rules on AI in public services",
                "level": "innovative",
                "description": (
                    "Convene a panel of citizens selected by lot to learn how public bodies use "
                    "artificial intelligence and to recommend where it should and should not be "
                    "used. Give the panel access to experts, officials and affected groups, and "
                    "commit in advance to respond publicly to each recommendation. Involve panel "
                    "members later in reviewing how the resulting guidelines are applied. The "
                    "exercise succeeds when the final guidelines clearly reflect the panel's "
                    "recommendations and the government explains any it rejects."
                ),
                "examples": [
                    ("KOR", "Citizen panel shaping guidelines on AI use in public services"),
                ],
                "standards": [],
                "partners": [{"name": "DemocracyNext", "url": "https://www.demnext.org/"}],
            },
        ],
        "translations": {},
    },
    {
        "slug": "justice",
        "title": "Justice",
        "intro": (
            "Most people meet the justice system when facing a problem that matters to them, such "
            "as a family dispute, an eviction, violence or an arrest. Open justice means courts "
            "and justice services that are transparent about their performance, accessible to "
            "people without money or connections, and accountable for how they treat those who "
            "come before them."
        ),
        "themes": ["justice"],
        "challenge_areas": ["justice", "access-to-information"],
        "recommendations": [
            {
                "title": "Survey people's legal needs before choosing justice reforms",
                "level": "initial",
                "description": (
                    "Run a legal needs survey that asks a representative sample of people which "
                    "legal problems they experienced, where they sought help and whether the "
                    "problem was resolved. Break the results down by gender, income, region and "
                    "disability to see who is left without help. Use the findings to set "
                    "priorities in the action plan instead of starting from institutions' own wish "
                    "lists. Repeat the survey every few years to see whether the share of "
                    "unresolved problems is falling."
                ),
                "examples": [],
                "standards": [
                    {
                        "title": "Sustainable Development Goal 16",
                        "url": "https://sdgs.un.org/goals/goal16",
                    },
                ],
                "partners": [
                    {
                        "name": "Pathfinders for Peaceful, Just and Inclusive Societies",
                        "url": "https://www.sdg16.plus/",
                    },
                    {"name": "World Justice Project", "url": "https://worldjusticeproject.org/"},
                ],
            },
            {
                "title": "Publish court backlog and case duration data every month",
                "level": "initial",
                "description": (
                    "Publish, for each court station, the number of cases filed, resolved and "
                    "pending and how long cases take, broken down by case type. Agree definitions "
                    "with the judiciary first so that figures are comparable, and publish the data "
                    "in an open format alongside a simple dashboard. Include the number and length "
                    "of pretrial detentions, which is where delays do most harm. The data proves "
                    "useful when court managers, bar associations and journalists use it to target "
                    "backlogs and clearance rates improve."
                ),
                "examples": [
                    ("KEN", "Monthly publication of case backlog data for every court station"),
                    ("CRI", "Open justice data on pretrial detention and case duration"),
                ],
                "standards": [
                    {
                        "title": "International Open Data Charter",
                        "url": "https://opendatacharter.org/",
                    },
                ],
                "partners": [],
            },
            {
                "title": "Guarantee free legal aid for people in pretrial detention",
                "level": "intermediate",
                "description": (
                    "Make legal aid available from the first hours of detention through duty "
                    "lawyers at police stations and courts, and fund it from a dedicated budget "
                    "line. Where lawyers are scarce, allow accredited paralegals to give advice "
                    "and help with bail applications under a lawyer's supervision. Screen "
                    "detention registers regularly to find people held beyond legal limits. "
                    "Falling pretrial detention rates and a shorter time to first hearing show "
                    "that it works."
                ),
                "examples": [("SLE", "Free legal aid for people held in pretrial detention")],
                "standards": [],
                "partners": [
                    {"name": "International Legal Foundation", "url": "https://www.theilf.org/"},
                ],
            },
            {
                "title": "Bring courts and legal help to remote areas",
                "level": "intermediate",
                "description": (
                    "Take courts, mediation and legal advice to rural and underserved areas "
                    "through mobile hearings, justice houses and accredited community paralegals. "
                    "Plan circuits with local authorities so that schedules are known in advance, "
                    "and give people a way to follow their case online or by phone after the team "
                    "has left. Fund paralegals sustainably and define their role in law so that "
                    "courts and officials recognise them. Count the cases resolved locally and ask "
                    "users how much travel time and cost they saved."
                ),
                "examples": [
                    (
                        "COL",
                        "Mobile justice houses with online case tracking for rural municipalities",
                    ),
                    ("IDN", "Accredited paralegals and legal aid funding for remote provinces"),
                ],
                "standards": [],
                "partners": [
                    {"name": "Namati", "url": "https://namati.org/"},
                    {"name": "HiiL", "url": "https://www.hiil.org/"},
                ],
            },
            {
                "title": "Publish every court decision in a common open format",
                "level": "advanced",
                "description": (
                    "Publish all judgments from all courts and jurisdictions, not just selected "
                    "rulings of the higher courts, in a common machine-readable format with "
                    "consistent metadata for court, date, judge and case type. Adopt clear "
                    "anonymisation rules that protect parties in family, criminal and juvenile "
                    "cases without removing the reasoning. Combine publication with electronic "
                    "filing so that decisions flow into the register automatically. A complete "
                    "register lets lawyers, researchers and the public check consistency and spot "
                    "unusual patterns in judging."
                ),
                "examples": [
                    ("CHL", "Common open data standard for court rulings across all jurisdictions"),
                    (
                        "UKR",
                        "Electronic court filing and a complete open register of court decisions",
                    ),
                ],
                "standards": [
                    {
                        "title": "Akoma Ntoso (OASIS LegalDocML)",
                        "url": "https://www.oasis-open.org/committees/legaldocml/",
                    },
                ],
                "partners": [],
            },
            {
                "title": "Publish data on police use of force and complaints",
                "level": "advanced",
                "description": (
                    "Record every use-of-force incident and every complaint against police "
                    "officers in a consistent way, and publish regular statistics by unit, region, "
                    "type of force and outcome. Show what happened to complaints, from "
                    "investigation to discipline or prosecution, so that the public can see "
                    "whether accountability follows. Protect the identity of complainants and "
                    "victims. Trends in complaint outcomes and a reduction in serious incidents "
                    "indicate whether the data is driving change."
                ),
                "examples": [
                    ("MEX", "Public data on police use of force incidents and related complaints"),
                    (
                        "GEO",
                        "Regular publication of case data on complaints against police officers",
                    ),
                ],
                "standards": [
                    {
                        "title": (
                            "UN Basic Principles on the Use of Force and Firearms by Law "
                            "Enforcement Officials"
                        ),
                        "url": (
                            "https://www.ohchr.org/en/instruments-mechanisms/instruments/"
                            "basic-principles-use-force-and-firearms-law-enforcement"
                        ),
                    },
                ],
                "partners": [],
            },
            {
                "title": "Publish judges' asset declarations and the results of integrity checks",
                "level": "advanced",
                "description": (
                    "Extend asset and interest declarations to judges and prosecutors, publish "
                    "them and have them checked by an independent body using clear, published "
                    "criteria. Apply integrity checks to candidates for judicial appointment and "
                    "promotion, and give candidates the right to respond to adverse findings. "
                    "Involve the bar and civil society as observers while protecting judicial "
                    "independence from political interference. The quality of appointments over "
                    "time and public trust surveys show the impact."
                ),
                "examples": [
                    ("ARM", "Integrity checks and published asset declarations for judges"),
                ],
                "standards": [
                    {
                        "title": "United Nations Convention against Corruption",
                        "url": "https://www.unodc.org/unodc/en/corruption/uncac.html",
                    },
                ],
                "partners": [
                    {"name": "Transparency International", "url": "https://www.transparency.org/"},
                ],
            },
            {
                "title": "Let survivors request and track protection orders online",
                "level": "innovative",
                "description": (
                    "Allow survivors of domestic violence to apply for protection orders online or "
                    "through trained help desks, and to follow their request without returning to "
                    "a police station or court. Set legal deadlines for issuing urgent orders and "
                    "publish how often they are met. Design the service with survivors' "
                    "organisations so that it is safe to use, for example with a quick-exit button "
                    "and no traces left on shared devices. Faster issuance and fewer abandoned "
                    "applications show that it is working."
                ),
                "examples": [
                    ("HND", "Online requests and tracking of domestic violence protection orders"),
                ],
                "standards": [],
                "partners": [{"name": "UN Women", "url": "https://www.unwomen.org/"}],
            },
        ],
        "translations": {},
    },
    {
        "slug": "participation-inclusion",
        "title": "Participation and inclusion",
        "intro": (
            "Public participation gives people a say in the decisions that shape their lives, but "
            "it only adds legitimacy when it is open to those usually left out and visibly changes "
            "outcomes. Inclusion means designing processes around women, young people, persons "
            "with disabilities, Indigenous peoples and others who face barriers to taking part."
        ),
        "themes": ["participation-inclusion"],
        "challenge_areas": ["public-participation", "gender-inclusion"],
        "recommendations": [
            {
                "title": "Publish all draft regulations for comment on a single portal",
                "level": "initial",
                "description": (
                    "Require ministries and parliament to publish draft laws and regulations with "
                    "an explanatory note on a single portal, and allow a minimum comment period, "
                    "for example 30 days. Make it possible to comment on specific articles and to "
                    "read other people's comments. Avoid publishing drafts only after the key "
                    "decisions have been made or during holidays. Measure the number and diversity "
                    "of contributors and the share of drafts published on time."
                ),
                "examples": [
                    ("IDN", "Single public consultation portal for all draft national regulations"),
                    ("GEO", "Public hearings and online comments on draft laws in Parliament"),
                ],
                "standards": [
                    {
                        "title": "OECD Recommendation on Open Government",
                        "url": "https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0438",
                    },
                ],
                "partners": [],
            },
            {
                "title": "Publish a citizens' budget in the languages people use",
                "level": "initial",
                "description": (
                    "Produce a short, plain-language citizens' budget for the proposed and the "
                    "enacted budget, showing where the money comes from, what it is spent on and "
                    "what has changed since last year. Translate it into the main local languages "
                    "and explain it on radio and at public meetings, not only online. Publish it "
                    "at the same time as the budget documents so that it can inform the debate. "
                    "Ask listeners and readers what they understood and use their feedback in the "
                    "next edition."
                ),
                "examples": [
                    ("SEN", "Citizen budget published in French and Wolof with radio explainers"),
                    (
                        "NGKD",
                        "Citizens' budget and town halls held before the state budget is drafted",
                    ),
                ],
                "standards": [],
                "partners": [
                    {
                        "name": "International Budget Partnership",
                        "url": "https://internationalbudget.org/",
                    },
                ],
            },
            {
                "title": "Respond publicly to every consultation and petition",
                "level": "intermediate",
                "description": (
                    "Commit in law or regulation to publish a response report after each "
                    "consultation or petition, setting out what was proposed, what was accepted "
                    "and why other proposals were rejected. Give petitions that reach a set "
                    "threshold a guaranteed hearing in a parliamentary committee or council. Make "
                    "a named official responsible for tracking responses so that the obligation "
                    "does not lapse. The share of consultations with a published response and the "
                    "number of proposals adopted show whether participation matters."
                ),
                "examples": [
                    (
                        "KEN",
                        (
                            "Model county law on public participation with feedback on budget "
                            "proposals"
                        ),
                    ),
                    (
                        "ARM",
                        (
                            "E-petition platform with guaranteed consideration by parliamentary "
                            "committees"
                        ),
                    ),
                ],
                "standards": [
                    {
                        "title": "IAP2 Core Values and Spectrum of Public Participation",
                        "url": "https://www.iap2.org/",
                    },
                ],
                "partners": [{"name": "Involve", "url": "https://involve.org.uk/"}],
            },
            {
                "title": "Make participation accessible to persons with disabilities",
                "level": "intermediate",
                "description": (
                    "Hold meetings in accessible venues, provide sign language interpretation, "
                    "easy-read documents and accessible digital formats, and cover the costs of "
                    "personal assistants. Involve organisations of persons with disabilities in "
                    "planning the process, not only as invitees. Collect data on who takes part so "
                    "that gaps can be seen and addressed. Participation rates among persons with "
                    "disabilities and their satisfaction with the process are the key indicators."
                ),
                "examples": [
                    ("IDSM", "Disability-inclusive development planning meetings at every level"),
                ],
                "standards": [
                    {
                        "title": "Convention on the Rights of Persons with Disabilities",
                        "url": (
                            "https://www.ohchr.org/en/instruments-mechanisms/instruments/"
                            "convention-rights-persons-disabilities"
                        ),
                    },
                    {
                        "title": "Web Content Accessibility Guidelines (WCAG)",
                        "url": "https://www.w3.org/WAI/standards-guidelines/wcag/",
                    },
                ],
                "partners": [
                    {
                        "name": "International Disability Alliance",
                        "url": "https://www.internationaldisabilityalliance.org/",
                    },
                ],
            },
            {
                "title": "Equip communities to monitor local projects and spending",
                "level": "intermediate",
                "description": (
                    "Give parents, village committees and residents the information and training "
                    "they need to monitor projects in their area, including budgets, contracts, "
                    "timelines and technical specifications. Provide a simple channel for "
                    "reporting problems and a commitment that authorities will respond within a "
                    "fixed time. Protect monitors from retaliation, and avoid turning them into "
                    "unpaid inspectors with no authority. Track the number of problems reported "
                    "and fixed and the completion rates of monitored projects."
                ),
                "examples": [
                    (
                        "HND",
                        (
                            "Parent-led monitoring of school infrastructure works in 120 "
                            "municipalities"
                        ),
                    ),
                    (
                        "IDN",
                        (
                            "Village fund spending dashboards with community verification in 1,000 "
                            "villages"
                        ),
                    ),
                ],
                "standards": [],
                "partners": [],
            },
            {
                "title": "Run participatory budgeting with binding and published results",
                "level": "advanced",
                "description": (
                    "Set aside a meaningful share of the local investment budget for projects "
                    "proposed and voted on by residents, and commit to implementing the winning "
                    "projects. Publish the proposals, the votes and the implementation status of "
                    "each project. Reach beyond the usual participants through outreach in poorer "
                    "neighbourhoods and with youth and women's groups, and allow voting in person "
                    "as well as online. Sustained turnout and completed projects that match "
                    "residents' choices are signs of a healthy process."
                ),
                "examples": [
                    ("COBO", "Participatory budgeting in all 20 localities of the city"),
                    ("PHQC", "Participatory budgeting in barangays with published results"),
                ],
                "standards": [],
                "partners": [{"name": "People Powered", "url": "https://www.peoplepowered.org/"}],
            },
            {
                "title": "Report gender results, not only allocations, in budgets",
                "level": "advanced",
                "description": (
                    "Require each ministry or department to identify the gender impact of its main "
                    "programmes and to report not only what was allocated but what was achieved, "
                    "using sex-disaggregated indicators. Publish the results in a budget annex or "
                    "tracker that can be compared from year to year. Train budget officers and "
                    "involve women's organisations in reviewing the results. The approach works "
                    "when findings lead to changes in programme design and allocations."
                ),
                "examples": [
                    ("MEX", "Gender budget annex reporting results as well as allocations"),
                    ("PHQC", "Gender and development budget tracker for city departments"),
                ],
                "standards": [],
                "partners": [{"name": "UN Women", "url": "https://www.unwomen.org/"}],
            },
            {
                "title": "Give young people their own budget and open data skills",
                "level": "innovative",
                "description": (
                    "Create youth councils with a dedicated line in the local budget that they "
                    "manage, and train their members to use open data to identify problems and "
                    "design projects. Pair them with officials who can explain procedures and help "
                    "turn proposals into funded projects. Avoid tokenism by making sure the "
                    "councils have real decisions to make, and publish what they did with the "
                    "money. Track which youth projects were implemented and whether participants "
                    "stay engaged in public life."
                ),
                "examples": [
                    ("CRI", "Cantonal youth councils with their own line in municipal budgets"),
                    ("PHQC", "Open data fellowship for elected youth council members"),
                ],
                "standards": [],
                "partners": [],
            },
        ],
        "translations": {},
    },
    {
        "slug": "access-to-information",
        "title": "Access to information",
        "intro": (
            "The right to access information held by public bodies underpins every other open "
            "government reform: without it, people cannot check spending, follow decisions or "
            "defend their rights. A strong law is only the start; it needs officials who apply it, "
            "simple ways to ask and a habit of publishing before anyone asks."
        ),
        "themes": ["access-to-information"],
        "challenge_areas": ["access-to-information"],
        "recommendations": [
            {
                "title": "Adopt an access to information law that meets international standards",
                "level": "initial",
                "description": (
                    "Draft or revise the law together with civil society, using international "
                    "benchmarks on scope, exceptions, deadlines, appeals and sanctions. Cover all "
                    "public bodies, including the legislature, the judiciary and state-owned "
                    "enterprises, and limit exceptions to specific harms weighed against the "
                    "public interest. Set short deadlines and make requests free of charge. Rating "
                    "the draft against an established methodology before adoption helps to find "
                    "its weak points."
                ),
                "examples": [
                    ("SEN", "Adoption and implementation of an access to information law"),
                ],
                "standards": [{"title": "RTI Rating", "url": "https://www.rti-rating.org/"}],
                "partners": [
                    {
                        "name": "Centre for Law and Democracy",
                        "url": "https://www.law-democracy.org/",
                    },
                ],
            },
            {
                "title": "Designate and train information officers in every public body",
                "level": "initial",
                "description": (
                    "Name an information officer in each institution with the time and authority "
                    "to handle requests, and train them together with senior managers. Issue "
                    "common guidance on processing requests, applying exceptions and keeping "
                    "records. Start with the institutions that receive the most requests and "
                    "monitor their compliance closely. Publish statistics, institution by "
                    "institution, on requests received, answered on time and refused."
                ),
                "examples": [
                    (
                        "GHA",
                        "Putting the Right to Information Act into practice across 50 institutions",
                    ),
                ],
                "standards": [],
                "partners": [{"name": "Article 19", "url": "https://www.article19.org/"}],
            },
            {
                "title": "Let people file and track requests on a single portal",
                "level": "intermediate",
                "description": (
                    "Provide one online portal through which anyone can send a request to any "
                    "public body, receive a tracking number and see the deadline. Publish requests "
                    "and responses by default, with the requester's identity protected, so that "
                    "the same information does not have to be requested twice. Keep other channels "
                    "open, such as post and walk-in desks, for people without internet access. "
                    "Response times, the share of requests answered and the reuse of published "
                    "answers show whether it works."
                ),
                "examples": [
                    ("MAR", "Single online portal for access to information requests"),
                    (
                        "PHL",
                        (
                            "Freedom of information manuals and a single e-FOI portal for "
                            "executive agencies"
                        ),
                    ),
                ],
                "standards": [],
                "partners": [{"name": "mySociety", "url": "https://www.mysociety.org/"}],
            },
            {
                "title": "Reach people in their own languages and through local media",
                "level": "intermediate",
                "description": (
                    "Accept and answer requests in Indigenous and minority languages, with trained "
                    "interpreters and translated guidance. Use community radio and local "
                    "organisations to explain how to make a request and what kind of information "
                    "can be obtained. Track requests from rural areas and from speakers of local "
                    "languages to see whether the right is reaching them. Partnerships with local "
                    "broadcasters and civil society groups are usually cheaper and more effective "
                    "than national advertising campaigns."
                ),
                "examples": [
                    ("MEX", "Information request services in twelve Indigenous languages"),
                    ("SLE", "Community radio programmes on using the right to access information"),
                ],
                "standards": [],
                "partners": [],
            },
            {
                "title": "Give an independent information commission the power to enforce",
                "level": "advanced",
                "description": (
                    "Create an information commission or commissioner, independent of the "
                    "government, with the power to hear appeals, order disclosure, inspect records "
                    "and sanction non-compliance. Guarantee its budget and protect its members "
                    "from dismissal without cause. Publish its decisions so that they build a body "
                    "of guidance for officials. The commission's caseload, the time it takes to "
                    "decide appeals and the rate of compliance with its orders are the measures to "
                    "watch."
                ),
                "examples": [],
                "standards": [],
                "partners": [{"name": "Access Info Europe", "url": "https://www.access-info.org/"}],
            },
            {
                "title": "Publish the documents behind decisions before anyone asks",
                "level": "advanced",
                "description": (
                    "Define categories of information that every public body must publish "
                    "proactively, such as minutes, the original documents and analyses behind "
                    "policy decisions, contracts and the legislative footprint of bills. Publish "
                    "them as soon as decisions are made, in searchable and open formats. Check "
                    "compliance through regular audits and publish the results by institution. A "
                    "falling share of requests for information that should already be public is a "
                    "sign that proactive disclosure is working."
                ),
                "examples": [
                    (
                        "KOR",
                        (
                            "Proactive disclosure of the original documents behind government "
                            "decisions"
                        ),
                    ),
                    (
                        "ESP",
                        "Open parliamentary data and a legislative footprint for government bills",
                    ),
                ],
                "standards": [
                    {
                        "title": "International Open Data Charter",
                        "url": "https://opendatacharter.org/",
                    },
                ],
                "partners": [],
            },
            {
                "title": "Publish operational data people need for everyday decisions",
                "level": "innovative",
                "description": (
                    "Go beyond documents and publish operational data that people can act on, such "
                    "as waiting lists for specialist appointments or response times to complaints "
                    "for each agency. Update it frequently and present it in ways people can use, "
                    "for example by area or by service. Explain how the data is produced and what "
                    "its limits are, to avoid misleading comparisons. Use feedback from users and "
                    "the media to decide what to publish next."
                ),
                "examples": [
                    ("BRSP", "Open data on waiting lists for specialist appointments and surgery"),
                    ("IDSM", "Single complaints channel with response times published by agency"),
                ],
                "standards": [],
                "partners": [{"name": "Open Knowledge Foundation", "url": "https://okfn.org/"}],
            },
        ],
        "translations": {},
    },
]
