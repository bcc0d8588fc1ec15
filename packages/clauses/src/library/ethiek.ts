// ethiek:clauses — model clauses for every requirement of the catalogue, in Dutch and English.
// The texts are our own words in the register of Dutch tender documents (Programma van Eisen,
// conceptovereenkomst, gunningscriteria). Sources are cited by article number only: no text of the
// AI Act, the GDPR, the MCC-AI or the Algoritmekader is reproduced here.
//
// Placeholders: {supplier} and {buyer} (the parties; a ruleset can rename them), {param:<id>} (a
// parameter below; a ruleset can set it), {annex-point} and {prohibited-point} (from the check's
// classification).
import type { ClauseLibrary, ClauseParameter } from "@ethiek/schemas";
import { AI, DAP, GEN, HR, NOT_AI, NOT_DAP, NOT_HR, PROHIBITED, aiAct, akMtr, akVer, clause, gdpr, mcc, src, t } from "./helpers.js";

const parameters: ClauseParameter[] = [
  {
    id: "log-retention-months",
    title: t("Bewaartermijn van de logs", "Retention period of the logs"),
    unit: "months",
    default: 6,
    minimum: 1,
    atLeastRequirement: "logging",
  },
  { id: "documentation-retention-years", title: t("Bewaartermijn van de documentatie", "Retention period of the documentation"), unit: "years", default: 10, minimum: 1 },
  { id: "incident-notice-hours", title: t("Termijn voor het melden van een incident", "Deadline for reporting an incident"), unit: "hours", default: 48, minimum: 1, maximum: 720 },
  { id: "correction-working-days", title: t("Termijn voor herstel na een incident", "Deadline for correcting an incident"), unit: "working-days", default: 10, minimum: 1 },
  { id: "change-notice-days", title: t("Termijn voor het vooraf melden van een wijziging", "Notice period for a change"), unit: "days", default: 30, minimum: 1 },
  { id: "audit-frequency", title: t("Hoe vaak een audit mag plaatsvinden", "How often an audit may take place"), unit: "times-per-year", default: 1, minimum: 1, maximum: 12 },
  { id: "monitoring-frequency", title: t("Hoe vaak over de prestaties wordt gerapporteerd", "How often performance is reported"), unit: "times-per-year", default: 4, minimum: 1, maximum: 52 },
  { id: "exit-support-months", title: t("Duur van de hulp bij de overstap", "Duration of transition support"), unit: "months", default: 6, minimum: 1 },
  { id: "deletion-days", title: t("Termijn voor het vernietigen van gegevens", "Deadline for destroying data"), unit: "days", default: 30, minimum: 1 },
  { id: "explanation-working-days", title: t("Termijn voor informatie voor een uitleg per geval", "Deadline for information for an individual explanation"), unit: "working-days", default: 5, minimum: 1 },
];

const clauses: ClauseLibrary["clauses"] = [
  // ── Own usage and classification ──────────────────────────────────────────────────────────────
  clause(
    "purpose-and-scope-ai",
    "purpose-and-scope",
    "requirement",
    t("Beoogd doel en inzet van het AI-systeem", "Intended purpose and use of the AI system"),
    t(
      "{supplier} moet in de inschrijving beschrijven welke AI-systemen in de zin van artikel 3, lid 1, van de AI-verordening de aangeboden oplossing bevat. Per AI-systeem vermeldt {supplier} het beoogde doel, de taak die het uitvoert en de werkprocessen van {buyer} waarin het wordt gebruikt.\n\n{supplier} zet elk AI-systeem uitsluitend in voor het beoogde doel dat in de overeenkomst is vastgelegd.",
      "{supplier} shall describe in its tender which AI systems within the meaning of Article 3(1) of the AI Act the offered solution contains. For each AI system, {supplier} shall state its intended purpose, the task it performs and the work processes of {buyer} in which it is used.\n\n{supplier} shall use each AI system only for the intended purpose laid down in the agreement.",
    ),
    [aiAct("art. 3(1)"), aiAct("art. 13(3)(b)"), akMtr("owp-05"), mcc("Annex A")],
    { when: AI },
  ),
  clause(
    "purpose-and-scope-algorithm",
    "purpose-and-scope",
    "requirement",
    t("Beoogd doel en inzet van de algoritmen", "Intended purpose and use of the algorithms"),
    t(
      "{supplier} moet in de inschrijving beschrijven welke algoritmen de aangeboden oplossing bevat. Per algoritme vermeldt {supplier} het beoogde doel, de rekenregels die het toepast en de werkprocessen van {buyer} waarin het wordt gebruikt.\n\n{supplier} zet elk algoritme uitsluitend in voor het beoogde doel dat in de overeenkomst is vastgelegd.",
      "{supplier} shall describe in its tender which algorithms the offered solution contains. For each algorithm, {supplier} shall state its intended purpose, the rules it applies and the work processes of {buyer} in which it is used.\n\n{supplier} shall use each algorithm only for the intended purpose laid down in the agreement.",
    ),
    [akMtr("owp-05")],
    { when: NOT_AI },
  ),
  clause(
    "risk-classification-high-risk",
    "risk-classification",
    "requirement",
    t("Risicoklasse: hoog risico", "Risk class: high-risk"),
    t(
      "{buyer} deelt het AI-systeem in als hoog-risico-AI-systeem in de zin van artikel 6, lid 2, en bijlage III, punt {annex-point}, van de AI-verordening. De risicoklasse van het AI-systeem is daarmee hoog risico.\n\n{supplier} moet voldoen aan de verplichtingen die de AI-verordening aan een hoog-risico-AI-systeem stelt en die in deze bijlage zijn uitgewerkt.",
      "{buyer} classifies the AI system as a high-risk AI system within the meaning of Article 6(2) and Annex III, point {annex-point}, of the AI Act. The risk class of the AI system is therefore high risk.\n\n{supplier} shall meet the obligations that the AI Act sets for a high-risk AI system and that are worked out in this annex.",
    ),
    [aiAct("art. 6(2)"), aiAct("Annex III"), akVer("aia-02"), akMtr("owp-05")],
    { when: { all: [HR, { not: PROHIBITED }] } },
  ),
  clause(
    "risk-classification-prohibited",
    "risk-classification",
    "requirement",
    t("Risicoklasse: verboden AI-praktijk", "Risk class: prohibited AI practice"),
    t(
      "{buyer} stelt vast dat het beschreven gebruik van het AI-systeem valt in de risicoklasse verboden AI-praktijk van artikel 5, lid 1, van de AI-verordening ({prohibited-point}).\n\n{buyer} moet de opdracht zo wijzigen dat het AI-systeem geen verboden praktijk uitvoert, voordat de opdracht wordt gegund.",
      "{buyer} establishes that the described use of the AI system falls in the risk class prohibited AI practice of Article 5(1) of the AI Act ({prohibited-point}).\n\n{buyer} shall change the contract so that the AI system performs no prohibited practice before the contract is awarded.",
    ),
    [aiAct("art. 5(1)"), akVer("aia-00"), akVer("aia-02")],
    { when: PROHIBITED },
  ),
  clause(
    "risk-classification-generative",
    "risk-classification",
    "requirement",
    t("Risicoklasse: transparantieverplichtingen", "Risk class: transparency obligations"),
    t(
      "{buyer} deelt het AI-systeem in de risicoklasse beperkt risico in: het valt niet onder bijlage III van de AI-verordening, maar wel onder de transparantieverplichtingen van artikel 50 van de AI-verordening.\n\n{supplier} moet {buyer} direct schriftelijk informeren als een wijziging van het AI-systeem of van het gebruik ervan tot een andere risicoklasse kan leiden.",
      "{buyer} classifies the AI system in the risk class limited risk: it does not fall under Annex III of the AI Act, but it is subject to the transparency obligations of Article 50 of the AI Act.\n\n{supplier} shall inform {buyer} in writing without delay when a change to the AI system or to its use may lead to another risk class.",
    ),
    [aiAct("art. 6"), aiAct("art. 50"), akVer("aia-02")],
    { when: { all: [NOT_HR, GEN, { not: PROHIBITED }] } },
  ),
  clause(
    "risk-classification-minimal",
    "risk-classification",
    "requirement",
    t("Risicoklasse: minimaal risico", "Risk class: minimal risk"),
    t(
      "{buyer} deelt het AI-systeem in de risicoklasse minimaal risico in: het valt niet onder artikel 5 of bijlage III van de AI-verordening en niet onder artikel 50 van de AI-verordening.\n\n{supplier} moet {buyer} direct schriftelijk informeren als een wijziging van het AI-systeem of van het gebruik ervan tot een andere risicoklasse kan leiden.",
      "{buyer} classifies the AI system in the risk class minimal risk: it does not fall under Article 5 or Annex III of the AI Act, nor under Article 50 of the AI Act.\n\n{supplier} shall inform {buyer} in writing without delay when a change to the AI system or to its use may lead to another risk class.",
    ),
    [aiAct("art. 5"), aiAct("art. 6"), aiAct("art. 50"), akVer("aia-02")],
    { when: { all: [NOT_HR, { not: GEN }, { not: PROHIBITED }] } },
  ),
  clause(
    "no-prohibited-practices",
    "no-prohibited-practices",
    "requirement",
    t("Geen verboden AI-praktijken", "No prohibited AI practices"),
    t(
      "{supplier} garandeert dat het AI-systeem geen verboden AI-praktijk uit artikel 5 van de AI-verordening uitvoert of mogelijk maakt, ook niet na een update of een wijziging van de configuratie.",
      "{supplier} warrants that the AI system neither performs nor enables any prohibited AI practice listed in Article 5 of the AI Act, also not after an update or a change of configuration.",
    ),
    [aiAct("art. 5"), akVer("aia-00")],
    {
      alsoChange: {
        when: PROHIBITED,
        text: t(
          "De stukken beschrijven een toepassing die artikel 5 van de AI-verordening verbiedt. Een garantie alleen helpt dan niet: wijzig de beschreven toepassing, zodat het systeem geen verboden praktijk meer uitvoert.",
          "The documents describe a use that Article 5 of the AI Act prohibits. A warranty alone does not help then: change the described use so that the system no longer performs a prohibited practice.",
        ),
      },
    },
  ),
  clause(
    "provider-role",
    "provider-role",
    "contract-clause",
    t("Rol van aanbieder en gebruiksverantwoordelijke", "Roles of provider and deployer"),
    t(
      "{supplier} is aanbieder van het AI-systeem en {buyer} is gebruiksverantwoordelijke in de zin van artikel 3 van de AI-verordening.\n\nPartijen leggen vooraf schriftelijk vast wie de verplichtingen van de aanbieder draagt als {buyer} het AI-systeem onder de eigen naam gebruikt, als een partij een wezenlijke wijziging aanbrengt of als het AI-systeem een ander beoogd doel krijgt (artikel 25 van de AI-verordening). {supplier} moet daarbij alle informatie en medewerking geven die {buyer} nodig heeft.",
      "{supplier} is the provider of the AI system and {buyer} is the deployer within the meaning of Article 3 of the AI Act.\n\nThe parties shall lay down in writing in advance who carries the obligations of the provider if {buyer} uses the AI system under its own name, if a party makes a substantial modification, or if the AI system is given another intended purpose (Article 25 of the AI Act). {supplier} shall give all information and cooperation that {buyer} needs for this.",
    ),
    [aiAct("art. 3(3) and 3(4)"), aiAct("art. 25")],
  ),
  clause(
    "ai-contract-clauses-high-risk",
    "ai-contract-clauses",
    "contract-clause",
    t("Modelcontractbepalingen voor AI (hoog risico)", "Model contractual clauses for AI (high-risk)"),
    t(
      "De EU-modelcontractbepalingen voor AI (MCC-AI), versie voor hoog-risico-AI-systemen, zijn van toepassing op de overeenkomst en maken daarvan deel uit als bijlage. Bij strijd met deze bijlage gaat de bepaling voor die {buyer} de meeste bescherming biedt.",
      "The EU model contractual clauses for AI (MCC-AI), version for high-risk AI systems, apply to the agreement and form part of it as a schedule. In case of conflict with this annex, the provision that gives {buyer} the most protection prevails.",
    ),
    [mcc("high-risk version"), src("Algoritmekader", "inkoopvoorwaarden (AI)")],
    { when: HR },
  ),
  clause(
    "ai-contract-clauses-light",
    "ai-contract-clauses",
    "contract-clause",
    t("Modelcontractbepalingen voor AI", "Model contractual clauses for AI"),
    t(
      "De EU-modelcontractbepalingen voor AI (MCC-AI), lichte versie (MCC-AI Light), zijn van toepassing op de overeenkomst en maken daarvan deel uit als bijlage. Bij strijd met deze bijlage gaat de bepaling voor die {buyer} de meeste bescherming biedt.",
      "The EU model contractual clauses for AI (MCC-AI), light version (MCC-AI Light), apply to the agreement and form part of it as a schedule. In case of conflict with this annex, the provision that gives {buyer} the most protection prevails.",
    ),
    [mcc("light version"), src("Algoritmekader", "inkoopvoorwaarden (AI)")],
    { when: NOT_HR },
  ),
  // ── Supplier duties for the AI system (AI Act chapter III, MCC-AI) ───────────────────────────
  clause(
    "risk-management",
    "risk-management",
    "requirement",
    t("Risicobeheer", "Risk management"),
    t(
      "{supplier} moet gedurende de hele levensduur van het AI-systeem een gedocumenteerd risicobeheersysteem onderhouden. Daarin brengt {supplier} de bekende en redelijkerwijs te voorziene risico's voor gezondheid, veiligheid en grondrechten in kaart, test {supplier} het AI-systeem op die risico's en neemt {supplier} maatregelen om ze te beperken.\n\n{supplier} deelt de uitkomsten van het risicobeheer en van de tests vóór de ingebruikname en daarna bij elke wezenlijke wijziging schriftelijk met {buyer}.",
      "{supplier} shall maintain a documented risk management system throughout the entire lifecycle of the AI system. In it, {supplier} shall identify the known and reasonably foreseeable risks to health, safety and fundamental rights, test the AI system for those risks and take measures to reduce them.\n\n{supplier} shall share the results of the risk management and of the tests with {buyer} in writing before go-live and after each substantial modification.",
    ),
    [aiAct("art. 9"), mcc("art. 2 (high-risk)"), akVer("aia-03")],
  ),
  clause(
    "data-governance",
    "data-governance",
    "requirement",
    t("Datagovernance van trainings-, validatie- en testdata", "Data governance of training, validation and test data"),
    t(
      "{supplier} moet de herkomst, de representativiteit en de samenstelling van de trainingsdata, validatiedata en testdata van het AI-systeem beschrijven in een datakaart. Representativiteit gaat over de situatie waarin {buyer} het AI-systeem gebruikt.\n\nIn de datakaart beschrijft {supplier} ook hoe de trainingsdata zijn voorbereid en gelabeld, en hoe {supplier} vooringenomenheid (bias) in de trainingsdata heeft onderzocht en verminderd.\n\n{supplier} levert de datakaart vóór de acceptatie en werkt haar bij na elke nieuwe training van het AI-systeem.",
      "{supplier} shall describe the origin, the representativeness and the composition of the training data, validation data and test data of the AI system in a data card. Representativeness concerns the situation in which {buyer} uses the AI system.\n\nIn the data card, {supplier} shall also describe how the training data were prepared and labelled, and how {supplier} examined and reduced bias in the training data.\n\n{supplier} shall deliver the data card before acceptance and update it after each new training of the AI system.",
    ),
    [aiAct("art. 10"), mcc("art. 3 (high-risk)"), akVer("aia-05")],
  ),
  clause(
    "technical-documentation-high-risk",
    "technical-documentation",
    "requirement",
    t("Technische documentatie en gebruiksinstructies", "Technical documentation and instructions for use"),
    t(
      "{supplier} moet vóór de acceptatie de technische documentatie van het AI-systeem leveren met de onderdelen van bijlage IV bij de AI-verordening, en gebruiksinstructies in het Nederlands.\n\n{supplier} houdt de technische documentatie en de gebruiksinstructies gedurende de looptijd van de overeenkomst actueel en levert een nieuwe versie bij elke wijziging van het AI-systeem.",
      "{supplier} shall deliver, before acceptance, the technical documentation of the AI system with the elements of Annex IV to the AI Act, and instructions for use in Dutch.\n\n{supplier} shall keep the technical documentation and the instructions for use up to date during the term of the agreement and deliver a new version with each change to the AI system.",
    ),
    [aiAct("art. 11"), aiAct("art. 13"), aiAct("Annex IV"), mcc("art. 4 (high-risk)"), akVer("aia-06")],
    { when: HR },
  ),
  clause(
    "technical-documentation",
    "technical-documentation",
    "requirement",
    t("Technische documentatie en gebruiksinstructies", "Technical documentation and instructions for use"),
    t(
      "{supplier} moet vóór de acceptatie technische documentatie van het AI-systeem leveren, met de werking, de gebruikte modellen en data, de configuratie en de beperkingen, en een gebruiksaanwijzing in het Nederlands.\n\n{supplier} houdt de technische documentatie en de gebruiksaanwijzing gedurende de looptijd van de overeenkomst actueel.",
      "{supplier} shall deliver, before acceptance, technical documentation of the AI system describing its functioning, the models and data used, the configuration and the limitations, and instructions for use in Dutch.\n\n{supplier} shall keep the technical documentation and the instructions for use up to date during the term of the agreement.",
    ),
    [aiAct("art. 11"), aiAct("art. 13"), akVer("aia-06"), akMtr("owp-22")],
    { when: NOT_HR },
  ),
  clause(
    "logging",
    "logging",
    "requirement",
    t("Automatische logging", "Automatic logging"),
    t(
      "Het AI-systeem moet gebeurtenissen gedurende zijn hele levensduur automatisch vastleggen in logs, zodat de werking en elke uitkomst achteraf te herleiden zijn.\n\n{buyer} heeft op elk moment toegang tot de logs.\n\n{supplier} bewaart de logs ten minste {param:log-retention-months}.",
      "The AI system shall automatically record events in logs throughout its lifetime, so that its functioning and each output can be traced afterwards.\n\n{buyer} shall have access to the logs at all times.\n\n{supplier} shall retain the logs for at least {param:log-retention-months}.",
    ),
    [aiAct("art. 12"), aiAct("art. 19"), aiAct("art. 26(6)"), mcc("art. 5 (high-risk)"), akVer("aia-07")],
    {
      partial: [
        {
          reasons: ["retention-too-short", "no-retention-period"],
          text: t(
            "De bewaartermijn van de logs moet ten minste {param:log-retention-months} zijn. Deze bepaling vervangt een kortere of ontbrekende termijn in de aanbestedingsstukken.",
            "The retention period of the logs shall be at least {param:log-retention-months}. This provision replaces a shorter or missing period in the tender documents.",
          ),
        },
      ],
    },
  ),
  clause(
    "transparency-to-buyer",
    "transparency-to-buyer",
    "requirement",
    t("Informatie over mogelijkheden en beperkingen", "Information on capabilities and limitations"),
    t(
      "{supplier} moet {buyer} vóór de ingebruikname schriftelijk informeren over de mogelijkheden en beperkingen van het AI-systeem: de gemeten nauwkeurigheid met de testset waarop die is gemeten, de bekende foutsoorten en de omstandigheden waarin het AI-systeem minder betrouwbaar is.\n\n{supplier} legt in de gebruiksinstructies uit hoe medewerkers de uitkomsten moeten interpreteren.",
      "{supplier} shall inform {buyer} in writing before go-live about the capabilities and limitations of the AI system: the measured accuracy with the test set on which it was measured, the known failure modes and the circumstances in which the AI system is less reliable.\n\n{supplier} shall explain in the instructions for use how staff are to interpret the outputs.",
    ),
    [aiAct("art. 13"), mcc("art. 6 (high-risk)"), akVer("aia-08")],
  ),
  clause(
    "human-oversight",
    "human-oversight",
    "requirement",
    t("Menselijk toezicht", "Human oversight"),
    t(
      "Het AI-systeem moet zo zijn ontworpen dat bevoegde medewerkers van {buyer} effectief menselijk toezicht kunnen houden. Een medewerker kan elke uitkomst van het AI-systeem negeren, corrigeren of terugdraaien, en kan het AI-systeem met een stopknop buiten gebruik stellen.\n\nDe gebruikersinterface toont bij elke uitkomst een waarschuwing dat de uitkomst onjuist kan zijn en gecontroleerd moet worden, om blind vertrouwen (automation bias) te voorkomen.\n\n{supplier} traint de medewerkers die het toezicht uitvoeren in de werking en de beperkingen van het AI-systeem.",
      "The AI system shall be designed so that competent staff of {buyer} can exercise effective human oversight. A member of staff can disregard, correct or reverse any output of the AI system, and can stop the AI system with a stop button.\n\nThe user interface shall show with each output a warning that the output may be incorrect and must be checked, to prevent automation bias.\n\n{supplier} shall train the staff who carry out the oversight in the functioning and the limitations of the AI system.",
    ),
    [aiAct("art. 14"), aiAct("art. 26(2)"), mcc("art. 7 (high-risk)"), akVer("aia-09")],
  ),
  clause(
    "accuracy-robustness-security",
    "accuracy-robustness-security",
    "requirement",
    t("Nauwkeurigheid, robuustheid en cyberbeveiliging", "Accuracy, robustness and cybersecurity"),
    t(
      "{supplier} moet in de inschrijving voor het AI-systeem meetbare doelen voor nauwkeurigheid opgeven: de maatstaf, de drempelwaarde en de testset. Het AI-systeem moet die drempelwaarde bij de acceptatie en gedurende de looptijd van de overeenkomst halen.\n\n{supplier} neemt maatregelen voor de robuustheid en de cyberbeveiliging van het AI-systeem, ook tegen datavervuiling (data poisoning) en misleidende invoer (adversarial input), en beschrijft die maatregelen in de technische documentatie.",
      "{supplier} shall state in its tender measurable accuracy targets for the AI system: the metric, the threshold and the test set. The AI system shall reach that threshold at acceptance and throughout the term of the agreement.\n\n{supplier} shall take measures for the robustness and the cybersecurity of the AI system, also against data poisoning and adversarial input, and describe those measures in the technical documentation.",
    ),
    [aiAct("art. 15"), mcc("art. 8 (high-risk)"), akVer("aia-10")],
  ),
  clause(
    "quality-management",
    "quality-management",
    "requirement",
    t("Kwaliteitsbeheersysteem", "Quality management system"),
    t(
      "{supplier} moet beschikken over een kwaliteitsbeheersysteem dat voldoet aan artikel 17 van de AI-verordening. {supplier} levert bij de inschrijving een beschrijving van dat kwaliteitsbeheersysteem en een certificaat of auditrapport dat het aantoont.",
      "{supplier} shall have a quality management system that meets Article 17 of the AI Act. {supplier} shall submit with its tender a description of that quality management system and a certificate or audit report that demonstrates it.",
    ),
    [aiAct("art. 17"), mcc("art. 10 (high-risk)"), akVer("aia-11")],
  ),
  clause(
    "conformity-assessment",
    "conformity-assessment",
    "requirement",
    t("Conformiteitsbeoordeling en CE-markering", "Conformity assessment and CE marking"),
    t(
      "{supplier} moet vóór de levering de conformiteitsbeoordeling van het AI-systeem hebben afgerond, een EU-conformiteitsverklaring opstellen en de CE-markering aanbrengen. {supplier} levert een kopie van de EU-conformiteitsverklaring aan {buyer}.\n\n{supplier} laat na elke wezenlijke wijziging van het AI-systeem een nieuwe conformiteitsbeoordeling uitvoeren.",
      "{supplier} shall complete the conformity assessment of the AI system, draw up an EU declaration of conformity and affix the CE marking before delivery. {supplier} shall provide a copy of the EU declaration of conformity to {buyer}.\n\n{supplier} shall have a new conformity assessment carried out after each substantial modification of the AI system.",
    ),
    [aiAct("art. 43"), aiAct("art. 47"), aiAct("art. 48"), mcc("art. 11 (high-risk)"), akVer("aia-14")],
  ),
  clause(
    "eu-database-registration",
    "eu-database-registration",
    "requirement",
    t("Registratie in de EU-databank", "Registration in the EU database"),
    t(
      "{supplier} moet het AI-systeem vóór de levering registreren in de EU-databank van artikel 71 van de AI-verordening, zoals artikel 49 van de AI-verordening voorschrijft, en levert {buyer} het bewijs van registratie.\n\n{buyer} zal het gebruik van het AI-systeem vóór de ingebruikname registreren in de EU-databank. {buyer} neemt het AI-systeem niet in gebruik zolang de registratie ontbreekt.",
      "{supplier} shall register the AI system in the EU database of Article 71 of the AI Act before delivery, as Article 49 of the AI Act requires, and provide {buyer} with proof of registration.\n\n{buyer} shall register its use of the AI system in the EU database before go-live. {buyer} shall not put the AI system into use as long as the registration is missing.",
    ),
    [aiAct("art. 26(8)"), aiAct("art. 49"), aiAct("art. 71"), akVer("aia-17")],
  ),
  clause(
    "fundamental-rights-assessment",
    "fundamental-rights-assessment",
    "contract-clause",
    t("Beoordeling van de gevolgen voor grondrechten", "Fundamental rights impact assessment"),
    t(
      "{buyer} zal vóór het eerste gebruik van het AI-systeem een beoordeling van de gevolgen voor grondrechten uitvoeren (artikel 27 van de AI-verordening), of een IAMA die daaraan voldoet.\n\n{supplier} moet daaraan meewerken en levert op verzoek van {buyer} de informatie die daarvoor nodig is.",
      "{buyer} shall carry out a fundamental rights impact assessment (Article 27 of the AI Act), or an IAMA that meets it, before the first use of the AI system.\n\n{supplier} shall cooperate with it and provide, at the request of {buyer}, the information needed for it.",
    ),
    [aiAct("art. 27"), mcc("art. 12 (high-risk, optional)"), akVer("aia-27")],
  ),
  clause(
    "incidents-and-corrective-action",
    "incidents-and-corrective-action",
    "contract-clause",
    t("Incidenten en corrigerende maatregelen", "Incidents and corrective action"),
    t(
      "{supplier} meldt elk ernstig incident en elke afwijking van de eisen van het AI-systeem binnen {param:incident-notice-hours} nadat {supplier} daarvan kennis heeft gekregen schriftelijk aan {buyer}.\n\n{supplier} moet binnen {param:correction-working-days} corrigerende maatregelen nemen. Zolang herstel niet mogelijk is, schakelt {supplier} op verzoek van {buyer} het AI-systeem tijdelijk uit.",
      "{supplier} shall report each serious incident and each non-conformity of the AI system with the requirements to {buyer} in writing within {param:incident-notice-hours} after {supplier} became aware of it.\n\n{supplier} shall take corrective action within {param:correction-working-days}. As long as correction is not possible, {supplier} shall suspend the AI system at the request of {buyer}.",
    ),
    [aiAct("art. 20"), aiAct("art. 26(5)"), aiAct("art. 73"), mcc("art. 13 (high-risk)"), akVer("aia-18")],
  ),
  clause(
    "individual-explanation",
    "individual-explanation",
    "requirement",
    t("Uitleg per geval", "Explanation of individual outcomes"),
    t(
      "{supplier} moet {buyer} helpen om per geval in begrijpelijke taal aan de betrokkene uit te leggen hoe het systeem tot een uitkomst is gekomen. {supplier} levert daarvoor per uitkomst de voornaamste factoren en de rol van het systeem, binnen {param:explanation-working-days} na een verzoek van {buyer}.",
      "{supplier} shall help {buyer} to explain to the person concerned, case by case and in plain language, how the system reached an outcome. For this, {supplier} shall provide the main factors and the role of the system for each outcome, within {param:explanation-working-days} after a request by {buyer}.",
    ),
    [aiAct("art. 86"), mcc("art. 14 (high-risk, optional)"), src("Awb", "art. 3:46")],
  ),
  clause(
    "buyer-data-rights",
    "buyer-data-rights",
    "contract-clause",
    t("Gegevens van de opdrachtgever", "Data of the contracting authority"),
    t(
      "Alle gegevens die {buyer} aanlevert of die bij de uitvoering van de overeenkomst voor {buyer} ontstaan, blijven eigendom van {buyer}.\n\n{supplier} mag die gegevens niet gebruiken om modellen te trainen of te verbeteren, en niet voor eigen doeleinden of andere doeleinden dan de uitvoering van de overeenkomst, tenzij {buyer} daarvoor vooraf schriftelijk toestemming heeft gegeven.",
      "All data that {buyer} provides, or that are created for {buyer} in performing the agreement, remain the property of {buyer}.\n\n{supplier} shall not use those data to train or improve models, nor for its own purposes or any other purpose than performing the agreement, unless {buyer} has given prior written consent.",
    ),
    [mcc("art. 15 (high-risk)"), akMtr("dat-08"), akMtr("owp-29")],
  ),
  clause(
    "third-party-data-and-ip",
    "third-party-data-and-ip",
    "contract-clause",
    t("Rechten op data en modellen van derden", "Rights to third-party data and models"),
    t(
      "{supplier} garandeert dat {supplier} rechtmatig beschikt over de licenties en andere rechten voor alle datasets, trainingsdata en modellen die in het AI-systeem zijn gebruikt, en dat het gebruik van het AI-systeem en de output ervan geen inbreuk maken op auteursrechten of andere rechten van derden.\n\n{supplier} vrijwaart {buyer} tegen alle aanspraken van derden wegens een inbreuk op die rechten.",
      "{supplier} warrants that {supplier} lawfully holds the licences and other rights for all data sets, training data and models used in the AI system, and that the use of the AI system and its output do not infringe copyright or other rights of third parties.\n\n{supplier} shall indemnify {buyer} against all claims of third parties for an infringement of those rights.",
    ),
    [mcc("art. 16 and 18 (high-risk)"), akMtr("owp-18"), akMtr("owp-19")],
  ),
  clause(
    "exit-and-handover",
    "exit-and-handover",
    "contract-clause",
    t("Exitplan en overdracht", "Exit plan and handover"),
    t(
      "{supplier} moet binnen drie maanden na de ingangsdatum een exitplan opstellen en dat actueel houden.\n\nBij het einde van de overeenkomst draagt {supplier} de gegevens, de modellen, de configuratie en de documentatie in een open formaat over aan {buyer} of aan een door {buyer} aangewezen opvolger. {supplier} verleent gedurende {param:exit-support-months} hulp bij de overstap.\n\nNa de overdracht vernietigt {supplier} binnen {param:deletion-days} alle gegevens van {buyer} en levert {supplier} een verklaring van vernietiging.",
      "{supplier} shall draw up an exit plan within three months after the commencement date and keep it up to date.\n\nAt the end of the agreement, {supplier} shall hand over the data, the models, the configuration and the documentation in an open format to {buyer} or to a successor designated by {buyer}. {supplier} shall give transition support for {param:exit-support-months}.\n\nAfter the handover, {supplier} shall destroy all data of {buyer} within {param:deletion-days} and provide a statement of destruction.",
    ),
    [mcc("art. 17 (high-risk)"), src("GIBIT", "2023, exit"), akMtr("owp-29")],
  ),
  clause(
    "audit-right",
    "audit-right",
    "contract-clause",
    t("Auditrecht", "Right to audit"),
    t(
      "{buyer} heeft het recht om, zelf of door een onafhankelijke auditor, ten hoogste {param:audit-frequency} en daarnaast bij een gegronde aanleiding te controleren of {supplier} de eisen van deze bijlage naleeft. De audit omvat de documentatie, de logs en, onder geheimhouding, de broncode en het model.\n\n{supplier} moet aan de audit meewerken en de auditor toegang geven tot alle informatie die daarvoor nodig is.",
      "{buyer} has the right to audit, itself or through an independent auditor, at most {param:audit-frequency} and in addition whenever there is good reason, whether {supplier} complies with the requirements of this annex. The audit covers the documentation, the logs and, under confidentiality, the source code and the model.\n\n{supplier} shall cooperate with the audit and give the auditor access to all information needed for it.",
    ),
    [mcc("art. 20 (high-risk)"), akMtr("owp-23")],
  ),
  clause(
    "algorithm-register",
    "algorithm-register",
    "requirement",
    t("Algoritmeregister", "Algorithm register"),
    t(
      "{supplier} moet vóór de ingebruikname de informatie voor alle velden van de publicatiestandaard van het Algoritmeregister aanleveren en die informatie gedurende de looptijd van de overeenkomst actueel houden.\n\n{buyer} publiceert het algoritme in het Algoritmeregister en bepaalt de publicatiecategorie. Voor de publicatie is geen toestemming van {supplier} nodig.",
      "{supplier} shall provide, before go-live, the information for all fields of the publication standard of the Algoritmeregister (the Dutch algorithm register) and keep that information up to date during the term of the agreement.\n\n{buyer} publishes the algorithm in the algorithm register and sets the publication category. The publication does not require the consent of {supplier}.",
    ),
    [akVer("bzk-01"), mcc("art. 19 (high-risk, optional)"), src("Algoritmeregister", "publicatiestandaard 1.0")],
  ),
  // ── Generative AI and interaction ─────────────────────────────────────────────────────────────
  clause(
    "ai-interaction-transparency",
    "ai-interaction-transparency",
    "requirement",
    t("Kenbaar maken van AI en markeren van gegenereerde inhoud", "Disclosure of AI and marking of generated content"),
    t(
      "Het AI-systeem moet iedereen die ermee communiceert duidelijk laten weten dat hij met een AI-systeem te maken heeft.\n\nInhoud die door het AI-systeem is gegenereerd, moet herkenbaar zijn gemarkeerd als door AI gegenereerd, ook in machineleesbare vorm (artikel 50 van de AI-verordening).",
      "The AI system shall make clear to everyone who communicates with it that they are interacting with an AI system.\n\nContent generated by the AI system shall be marked as generated by AI, also in machine-readable form (Article 50 of the AI Act).",
    ),
    [aiAct("art. 50"), akVer("aia-28")],
  ),
  clause(
    "generative-ai-safeguards",
    "generative-ai-safeguards",
    "requirement",
    t("Waarborgen bij generatieve AI", "Safeguards for generative AI"),
    t(
      "{supplier} mag de prompts, de gesprekken en de andere invoer van {buyer} en haar gebruikers niet gebruiken om modellen te trainen of te verbeteren.\n\nHet AI-systeem moet bij elk antwoord een bronvermelding geven naar de documenten waarop het antwoord steunt.\n\n{supplier} verwerkt en host de invoer en de output van het AI-systeem uitsluitend binnen de Europese Economische Ruimte.",
      "{supplier} shall not use the prompts, the conversations or any other input of {buyer} and its users to train or improve models.\n\nThe AI system shall give with each answer a source citation to the documents on which the answer is based.\n\n{supplier} shall process and host the input and the output of the AI system only within the European Economic Area.",
    ),
    [src("Algoritmekader", "inkoopvoorwaarden generatieve AI"), akMtr("owp-35")],
  ),
  clause(
    "ai-literacy",
    "ai-literacy",
    "requirement",
    t("AI-geletterdheid en kennisoverdracht", "AI literacy and knowledge transfer"),
    t(
      "{supplier} moet vóór de ingebruikname de gebruikers en beheerders van {buyer} trainen in de werking, de grenzen en de risico's van het AI-systeem en in het interpreteren van de uitkomsten.\n\n{supplier} levert een plan voor AI-geletterdheid (artikel 4 van de AI-verordening) en draagt de kennis over die {buyer} nodig heeft om het AI-systeem verantwoord te gebruiken.",
      "{supplier} shall train the users and administrators of {buyer} before go-live in the functioning, the limits and the risks of the AI system and in interpreting its outputs.\n\n{supplier} shall provide an AI literacy plan (Article 4 of the AI Act) and transfer the knowledge that {buyer} needs to use the AI system responsibly.",
    ),
    [aiAct("art. 4"), aiAct("art. 26(2)"), akVer("aia-01"), akMtr("owp-25")],
  ),
  // ── Personal data (GDPR) ──────────────────────────────────────────────────────────────────────
  clause(
    "dpia",
    "dpia",
    "contract-clause",
    t("Gegevensbeschermingseffectbeoordeling (DPIA)", "Data protection impact assessment (DPIA)"),
    t(
      "{buyer} zal vóór de ingebruikname een gegevensbeschermingseffectbeoordeling (DPIA) uitvoeren volgens artikel 35 van de AVG, met het advies van de Functionaris Gegevensbescherming.\n\n{supplier} moet aan de DPIA meewerken en levert op verzoek van {buyer} alle informatie die daarvoor nodig is.",
      "{buyer} shall carry out a data protection impact assessment (DPIA) under Article 35 of the GDPR before go-live, with the advice of the data protection officer.\n\n{supplier} shall cooperate with the DPIA and provide, at the request of {buyer}, all information needed for it.",
    ),
    [gdpr("art. 35"), akVer("avg-13")],
  ),
  clause(
    "processor-agreement",
    "processor-agreement",
    "contract-clause",
    t("Verwerkersovereenkomst", "Data processing agreement"),
    t(
      "Voor zover {supplier} persoonsgegevens verwerkt in opdracht van {buyer}, sluiten partijen vóór de start van de verwerking een verwerkersovereenkomst die voldoet aan artikel 28 van de AVG.\n\n{supplier} moet in de verwerkersovereenkomst een lijst van alle subverwerkers en de locaties van de verwerking opnemen, en schakelt geen nieuwe subverwerker in zonder voorafgaande schriftelijke toestemming van {buyer}.",
      "To the extent {supplier} processes personal data on behalf of {buyer}, the parties shall conclude a data processing agreement that meets Article 28 of the GDPR before the processing starts.\n\n{supplier} shall include in the data processing agreement a list of all sub-processors and the locations of the processing, and shall not engage a new sub-processor without the prior written consent of {buyer}.",
    ),
    [gdpr("art. 28"), akMtr("owp-14")],
  ),
  clause(
    "purpose-limitation-and-retention",
    "purpose-limitation-and-retention",
    "contract-clause",
    t("Doelbinding, grondslag en bewaartermijnen", "Purpose limitation, lawful basis and retention"),
    t(
      "{supplier} verwerkt persoonsgegevens uitsluitend voor het doel van de overeenkomst, op de grondslag die {buyer} vaststelt (artikel 6 van de AVG), en niet meer persoonsgegevens dan voor dat doel strikt noodzakelijk is (dataminimalisatie).\n\n{supplier} moet de bewaartermijnen van {buyer} voor persoonsgegevens toepassen en verwijdert persoonsgegevens uiterlijk {param:deletion-days} na het einde van de bewaartermijn.",
      "{supplier} shall process personal data only for the purpose of the agreement, on the lawful basis that {buyer} establishes (Article 6 of the GDPR), and no more personal data than strictly necessary for that purpose (data minimisation).\n\n{supplier} shall apply the retention periods of {buyer} for personal data and delete personal data no later than {param:deletion-days} after the end of the retention period.",
    ),
    [gdpr("art. 5(1)(b), (c) and (e)"), gdpr("art. 6"), akVer("avg-01"), akVer("avg-02"), akVer("avg-03")],
  ),
  clause(
    "no-solely-automated-decisions",
    "no-solely-automated-decisions",
    "contract-clause",
    t("Geen besluiten zonder menselijke beoordeling", "No decisions without human review"),
    t(
      "Het systeem neemt geen besluiten over personen. Een besluit wordt nooit uitsluitend op basis van de uitkomst van het systeem genomen: een bevoegde medewerker van {buyer} beoordeelt elke uitkomst inhoudelijk voordat er een besluit valt (artikel 22 van de AVG).\n\n{supplier} moet het systeem zo inrichten dat geen actie of besluit volgt zonder die beoordeling.",
      "The system takes no decisions about persons. A decision is never taken solely on the basis of the output of the system: a competent officer of {buyer} assesses each output on its merits before any decision is taken (Article 22 of the GDPR).\n\n{supplier} shall configure the system so that no action or decision follows without that review.",
    ),
    [gdpr("art. 22"), akVer("avg-10"), akMtr("owp-24")],
  ),
  clause(
    "special-category-data",
    "special-category-data",
    "contract-clause",
    t("Bijzondere en strafrechtelijke persoonsgegevens", "Special-category and criminal data"),
    t(
      "Het systeem verwerkt geen bijzondere categorieën van persoonsgegevens (artikel 9 van de AVG) en geen strafrechtelijke persoonsgegevens (artikel 10 van de AVG), en gebruikt die gegevens niet als kenmerk. {supplier} moet ervoor zorgen dat zulke gegevens niet worden opgeslagen of afgeleid.",
      "The system processes no special categories of personal data (Article 9 of the GDPR) and no personal data relating to criminal convictions and offences (Article 10 of the GDPR), and does not use such data as a feature. {supplier} shall ensure that such data are not stored or inferred.",
    ),
    [gdpr("art. 9"), gdpr("art. 10"), akVer("avg-08")],
  ),
  // ── Public values and governance ──────────────────────────────────────────────────────────────
  clause(
    "non-discrimination",
    "non-discrimination",
    "requirement",
    t("Non-discriminatie", "Non-discrimination"),
    t(
      "{supplier} moet vóór de ingebruikname en daarna ten minste jaarlijks een biastoets uitvoeren die per beschermde grond (zoals geslacht, leeftijd, afkomst en handicap) de verschillen in uitkomsten meet. Voor elk verschil voert {supplier} met {buyer} een rechtvaardigingstoets uit.\n\n{supplier} en {buyer} leggen in een discriminatieprotocol vast wat er gebeurt bij een vermoeden van discriminatie.",
      "{supplier} shall carry out a bias test before go-live and at least yearly after that, measuring per protected ground (such as sex, age, ethnic origin and disability) the differences in outcomes. For each difference, {supplier} shall carry out a justification test together with {buyer}.\n\n{supplier} and {buyer} shall lay down in a discrimination protocol what happens when discrimination is suspected.",
    ),
    [src("Grondwet", "art. 1"), akVer("grw-02"), src("BZK", "Handreiking non-discriminatie by design (2021)")],
  ),
  clause(
    "human-rights-impact-assessment",
    "human-rights-impact-assessment",
    "contract-clause",
    t("Impact Assessment Mensenrechten en Algoritmes (IAMA)", "Human rights and algorithms impact assessment (IAMA)"),
    t(
      "{buyer} zal vóór de ingebruikname een Impact Assessment Mensenrechten en Algoritmes (IAMA) uitvoeren.\n\n{supplier} moet aan de IAMA meewerken en levert op verzoek van {buyer} de informatie die daarvoor nodig is.",
      "{buyer} shall carry out a human rights and algorithms impact assessment (IAMA) before go-live.\n\n{supplier} shall cooperate with the IAMA and provide, at the request of {buyer}, the information needed for it.",
    ),
    [akVer("grw-01"), src("BZK", "Impact Assessment Mensenrechten en Algoritmes")],
  ),
  clause(
    "information-security",
    "information-security",
    "requirement",
    t("Informatiebeveiliging", "Information security"),
    t(
      "{supplier} moet aantonen dat de oplossing is beveiligd volgens de Baseline Informatiebeveiliging Overheid (BIO) of ISO 27001, met een geldig certificaat of een verklaring van een onafhankelijke auditor.\n\n{supplier} en {buyer} voeren vóór de ingebruikname samen een risicoanalyse informatiebeveiliging uit. {supplier} neemt de maatregelen die daaruit volgen.",
      "{supplier} shall demonstrate that the solution is secured in line with the Baseline Informatiebeveiliging Overheid (BIO) or ISO 27001, with a valid certificate or a statement by an independent auditor.\n\n{supplier} and {buyer} shall jointly carry out an information security risk analysis before go-live. {supplier} shall take the measures that follow from it.",
    ),
    [src("BIO", "Baseline Informatiebeveiliging Overheid"), akVer("bio-01"), akMtr("owp-26")],
  ),
  clause(
    "supply-chain-transparency",
    "supply-chain-transparency",
    "requirement",
    t("Transparantie over de keten", "Supply-chain transparency"),
    t(
      "{supplier} moet in de inschrijving bekendmaken welk onderliggend model de oplossing gebruikt en wie de aanbieder daarvan is, welke onderaannemers {supplier} inschakelt en op welke hostinglocaties de oplossing draait.\n\n{supplier} meldt elke wijziging daarvan ten minste {param:change-notice-days} vooraf schriftelijk aan {buyer}.",
      "{supplier} shall disclose in its tender which underlying model the solution uses and who provides it, which subcontractors {supplier} engages and at which hosting locations the solution runs.\n\n{supplier} shall notify {buyer} in writing of any change to these at least {param:change-notice-days} in advance.",
    ),
    [aiAct("art. 25(4)"), aiAct("art. 53"), akMtr("owp-34")],
  ),
  clause(
    "requirements-in-award-and-contract",
    "requirements-in-award-and-contract",
    "contract-clause",
    t("Eisen maken deel uit van de overeenkomst", "Requirements form part of the agreement"),
    t(
      "De eisen in deze bijlage maken deel uit van de overeenkomst en van de dienstverleningsovereenkomst (SLA). {supplier} moet er gedurende de hele looptijd aan voldoen.",
      "The requirements in this annex form part of the agreement and of the service level agreement (SLA). {supplier} shall meet them throughout the term of the agreement.",
    ),
    [akMtr("owp-16"), akMtr("owp-20"), akMtr("owp-27"), akMtr("owp-28")],
  ),
  clause(
    "evidence-in-evaluation",
    "evidence-in-evaluation",
    "award-criterion",
    t("Bewijsstukken bij de inschrijving", "Evidence with the tender"),
    t(
      "Bij de inschrijving moet de inschrijver de documenten leveren die aantonen dat het aangeboden AI-systeem aan de eisen van deze bijlage voldoet: een modelkaart, een datakaart, een testrapport van de nauwkeurigheid, en de certificaten of verklaringen die in de eisen worden genoemd.\n\nDe beoordelingscommissie betrekt deze documenten bij de gunning onder het kwaliteitscriterium voor verantwoorde inzet van algoritmen.",
      "With the tender, the tenderer shall submit the documents that demonstrate that the offered AI system meets the requirements of this annex: a model card, a data card, a test report of the accuracy, and the certificates or declarations named in the requirements.\n\nThe evaluation committee shall take these documents into account in the award under the quality criterion for responsible use of algorithms.",
    ),
    [akMtr("owp-17")],
    { when: NOT_DAP },
  ),
  clause(
    "evidence-in-evaluation-people",
    "evidence-in-evaluation",
    "award-criterion",
    t("Bewijsstukken bij de inschrijving", "Evidence with the tender"),
    t(
      "Bij de inschrijving moet de inschrijver de documenten leveren die aantonen dat het aangeboden AI-systeem aan de eisen van deze bijlage voldoet: een modelkaart, een datakaart, een testrapport van de nauwkeurigheid en de biastoets, en de certificaten of verklaringen die in de eisen worden genoemd.\n\nDe beoordelingscommissie betrekt deze documenten bij de gunning onder het kwaliteitscriterium voor verantwoorde inzet van algoritmen.",
      "With the tender, the tenderer shall submit the documents that demonstrate that the offered AI system meets the requirements of this annex: a model card, a data card, a test report of the accuracy and of the bias test, and the certificates or declarations named in the requirements.\n\nThe evaluation committee shall take these documents into account in the award under the quality criterion for responsible use of algorithms.",
    ),
    [akMtr("owp-17")],
    { when: DAP },
  ),
  clause(
    "ethics-review",
    "ethics-review",
    "contract-clause",
    t("Ethische toets", "Ethics review"),
    t(
      "{buyer} zal de inzet van het algoritme vóór de ingebruikname voorleggen aan een ethische commissie of een sessie begeleidingsethiek, met een multidisciplinair team.\n\n{supplier} moet daaraan meewerken en verwerkt de uitkomsten die {buyer} daaruit overneemt.",
      "{buyer} shall put the use of the algorithm to an ethics committee or a guidance-ethics session, with a multidisciplinary team, before go-live.\n\n{supplier} shall cooperate with it and implement the outcomes that {buyer} adopts.",
    ),
    [akMtr("pba-06"), src("ECP", "Aanpak begeleidingsethiek")],
  ),
  clause(
    "monitoring-after-go-live",
    "monitoring-after-go-live",
    "requirement",
    t("Monitoring na ingebruikname", "Monitoring after go-live"),
    t(
      "{supplier} moet de prestaties van het AI-systeem na de ingebruikname monitoren, ook op drift, en rapporteert {param:monitoring-frequency} aan {buyer} over de gemeten nauwkeurigheid en de afwijkingen.\n\n{supplier} houdt een versiebeheer bij waarmee elke uitkomst reproduceerbaar is. De SLA bevat een periodieke herevaluatie van het AI-systeem.",
      "{supplier} shall monitor the performance of the AI system after go-live, including drift, and report {param:monitoring-frequency} to {buyer} on the measured accuracy and the deviations.\n\n{supplier} shall keep version control that makes each output reproducible. The SLA shall include a periodic re-evaluation of the AI system.",
    ),
    [aiAct("art. 26(5)"), aiAct("art. 72"), akMtr("mon-05"), akMtr("mon-07")],
  ),
  clause(
    "records-and-openness-high-risk",
    "records-and-openness",
    "contract-clause",
    t("Archivering en openbaarheid", "Records and openness"),
    t(
      "{supplier} bewaart de documentatie van het AI-systeem ten minste {param:documentation-retention-years} (artikel 18 van de AI-verordening) en levert haar op verzoek aan {buyer}, zodat {buyer} aan de Archiefwet kan voldoen.\n\nGeheimhouding in de overeenkomst staat openbaarmaking op grond van de Wet open overheid (Woo) niet in de weg. {supplier} krijgt de gelegenheid een zienswijze te geven voordat {buyer} over een Woo-verzoek besluit.",
      "{supplier} shall keep the documentation of the AI system for at least {param:documentation-retention-years} (Article 18 of the AI Act) and provide it to {buyer} on request, so that {buyer} can comply with the Archives Act.\n\nConfidentiality under the agreement does not prevent disclosure under the Open Government Act (Woo). {supplier} shall be given the opportunity to give its view before {buyer} decides on a Woo request.",
    ),
    [aiAct("art. 18"), akVer("arc-01"), akVer("woo-01")],
    { when: HR },
  ),
  clause(
    "records-and-openness",
    "records-and-openness",
    "contract-clause",
    t("Archivering en openbaarheid", "Records and openness"),
    t(
      "{supplier} levert de documentatie van het algoritme zo aan dat {buyer} haar volgens de Archiefwet kan bewaren, en bewaart zelf een kopie gedurende de looptijd van de overeenkomst.\n\nGeheimhouding in de overeenkomst staat openbaarmaking op grond van de Wet open overheid (Woo) niet in de weg. {supplier} krijgt de gelegenheid een zienswijze te geven voordat {buyer} over een Woo-verzoek besluit.",
      "{supplier} shall deliver the documentation of the algorithm so that {buyer} can keep it under the Archives Act, and keep a copy itself during the term of the agreement.\n\nConfidentiality under the agreement does not prevent disclosure under the Open Government Act (Woo). {supplier} shall be given the opportunity to give its view before {buyer} decides on a Woo request.",
    ),
    [akVer("arc-01"), akVer("woo-01")],
    { when: NOT_HR },
  ),
  clause(
    "complaints-and-appeal",
    "complaints-and-appeal",
    "contract-clause",
    t("Klacht, bezwaar en beroep", "Complaints, objection and appeal"),
    t(
      "Een betrokkene kan tegen een besluit waarbij het systeem is gebruikt een klacht indienen en bezwaar maken en beroep instellen volgens de Algemene wet bestuursrecht. {buyer} vermeldt die route in het besluit.\n\n{supplier} moet {buyer} bij de behandeling van een klacht, een bezwaar of een beroep ondersteunen met de informatie over de uitkomst van het systeem.",
      "A person concerned can lodge a complaint, an objection and an appeal against a decision in which the system was used, under the General Administrative Law Act (Awb). {buyer} states that route in the decision.\n\n{supplier} shall support {buyer} in handling a complaint, objection or appeal with the information about the output of the system.",
    ),
    [src("Awb", "chapters 6-9"), akMtr("imp-06")],
  ),
  clause(
    "sustainability",
    "sustainability",
    "requirement",
    t("Energieverbruik en CO2-uitstoot", "Energy use and CO2 emissions"),
    t(
      "{supplier} moet jaarlijks rapporteren over het energieverbruik en de CO2-uitstoot van de training en het gebruik van het AI-systeem, met de KPI's die partijen bij de start vastleggen.",
      "{supplier} shall report yearly on the energy consumption and the CO2 emissions of the training and the use of the AI system, with the KPIs that the parties set at the start.",
    ),
    [akMtr("owp-12")],
  ),
  clause(
    "accessibility",
    "accessibility",
    "requirement",
    t("Digitale toegankelijkheid", "Digital accessibility"),
    t(
      "Alle gebruikersinterfaces van de oplossing moeten voldoen aan WCAG 2.1 niveau AA volgens EN 301 549. {supplier} levert vóór de acceptatie een toegankelijkheidsonderzoek dat dit aantoont.",
      "All user interfaces of the solution shall meet WCAG 2.1 level AA under EN 301 549. {supplier} shall deliver an accessibility audit that demonstrates this before acceptance.",
    ),
    [src("EN", "301 549"), src("WCAG", "2.1 AA"), akVer("aia-19")],
  ),
  clause(
    "compliance-dates",
    "compliance-dates",
    "requirement",
    t("Tijdig voldoen aan de AI-verordening", "Timely compliance with the AI Act"),
    t(
      "{supplier} moet ervoor zorgen dat het AI-systeem voldoet aan de verplichtingen van de AI-verordening voor hoog-risico-AI-systemen vanaf de datum waarop die verplichtingen van toepassing worden, en aan elke latere wijziging van die datum.",
      "{supplier} shall ensure that the AI system complies with the obligations of the AI Act for high-risk AI systems from the date on which those obligations become applicable, and with any later change of that date.",
    ),
    [aiAct("art. 111"), aiAct("art. 113")],
  ),
  clause(
    "general-terms",
    "general-terms",
    "contract-clause",
    t("Algemene voorwaarden", "General terms"),
    t(
      "Op de overeenkomst zijn de ARBIT-2022 met de module voor AI-systemen van toepassing. Deze voorwaarden gaan voor op de algemene voorwaarden van {supplier}; {buyer} wijst de toepasselijkheid van de algemene voorwaarden van {supplier} uitdrukkelijk van de hand.",
      "The ARBIT-2022 with the module for AI systems apply to the agreement. These terms prevail over the general terms of {supplier}; {buyer} expressly rejects the applicability of the general terms of {supplier}.",
    ),
    [src("ARBIT", "ARBIT-2022"), src("GIBIT", "2023")],
    { when: AI },
  ),
  clause(
    "general-terms-algorithm",
    "general-terms",
    "contract-clause",
    t("Algemene voorwaarden", "General terms"),
    t(
      "Op de overeenkomst zijn de GIBIT 2023 van toepassing. Deze voorwaarden gaan voor op de algemene voorwaarden van {supplier}; {buyer} wijst de toepasselijkheid van de algemene voorwaarden van {supplier} uitdrukkelijk van de hand.",
      "The GIBIT 2023 apply to the agreement. These terms prevail over the general terms of {supplier}; {buyer} expressly rejects the applicability of the general terms of {supplier}.",
    ),
    [src("GIBIT", "2023")],
    { when: NOT_AI },
  ),
];

/** The built-in clause library. */
export const ethiekClauses: ClauseLibrary = {
  name: "ethiek:clauses",
  version: "1.0.0",
  description: t(
    "Modelbepalingen van ethiek voor elke eis van de catalogus, in eigen woorden, met bronnen per artikel.",
    "ethiek's model clauses for every requirement of the catalogue, in our own words, with sources by article.",
  ),
  parameters,
  clauses,
};
