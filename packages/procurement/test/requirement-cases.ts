// RuleTester-style table: for every requirement, passages that satisfy it (with the reason code
// they must carry), passages that must not (each with the reason code that explains why: wish,
// deferral, negation, question, placeholder, wrong party, …), and near-miss wording that the
// patterns must not match at all. Texts are written for these tests. A case that matches no
// pattern proves nothing about the engine's traps, so `invalid` never expects "no-mention".
import type { ReasonCode } from "@ethiek/schemas";

export interface Case {
  readonly text: string;
  /** The reason code the result must carry. */
  readonly reason: ReasonCode;
  /** The heading above the passage, when it matters (default "4 Eisen"). */
  readonly heading?: string;
}

export interface Cases {
  readonly valid: readonly Case[];
  readonly invalid: readonly Case[];
  /** Wording close to the requirement's that must not be read as it at all (reason no-mention). */
  readonly noMatch?: readonly string[];
}

const ok = (text: string, reason: ReasonCode = "obligation"): Case => ({ text, reason });
const no = (text: string, reason: ReasonCode, heading?: string): Case => (heading ? { text, reason, heading } : { text, reason });

export const cases: Record<string, Cases> = {
  "purpose-and-scope": {
    valid: [ok("Het Verkeersbrein is een AI-systeem in de zin van artikel 3, lid 1, van de AI-verordening en is bedoeld om groentijden te optimaliseren."), ok("The tool contains a rule-based algorithm and no AI system within the meaning of the AI Act; it is used by planners to rank road works.", "excluded-as-required")],
    invalid: [no("In de marktconsultatie is gevraagd of de oplossing een AI-systeem bevat en wat het beoogde doel ervan is.", "question-only"), no("Kunt u aangeven of uw oplossing een AI-systeem is en waarvoor het wordt gebruikt?", "question-only")],
  },
  "risk-classification": {
    valid: [ok("De Provincie heeft het systeem ingedeeld als hoog-risico-AI-systeem op grond van bijlage III, punt 5, onder a.")],
    invalid: [no("De risicoklasse volgens de AI-verordening wordt nader bepaald na de gunning.", "deferred"), no("De Provincie heeft het systeem ingedeeld als AI-systeem met een beperkt risico in de zin van de AI-verordening.", "risk-class-inconsistent"), no("Welke risicoklasse en welk punt van bijlage III hoort volgens u bij uw oplossing?", "question-only")],
  },
  "no-prohibited-practices": {
    valid: [ok("Opdrachtnemer garandeert dat het systeem geen praktijken uitvoert die artikel 5 van de AI-verordening verbiedt."), ok("The Supplier warrants that the system performs no practice prohibited by Article 5 of the AI Act.")],
    invalid: [no("Het waterschap heeft het systeem ingedeeld als AI-systeem dat geen verboden praktijk uit artikel 5 van de AI-verordening inhoudt.", "wrong-party"), no("The Contractor will use its best endeavours to ensure that no practice prohibited by Article 5 of the AI Act is performed by the system.", "non-binding"), no("Opdrachtnemer spant zich ervoor in dat het systeem geen praktijken uitvoert die artikel 5 van de AI-verordening verbiedt.", "non-binding"), no("In de marktconsultatie is gevraagd of leveranciers kunnen garanderen dat hun systeem geen verboden praktijken uit artikel 5 van de AI-verordening uitvoert.", "question-only"), no("De Provincie heeft besloten dat een garantie tegen verboden AI-praktijken niet nodig is.", "negated")],
  },
  "provider-role": {
    valid: [ok("Opdrachtnemer is aanbieder in de zin van de AI-verordening en de Provincie is gebruiksverantwoordelijke.")],
    invalid: [no("The question whether retraining by the Authority is a substantial modification that makes it the provider will be discussed at the first review meeting.", "deferred"), 
      no("De verdeling van rollen tussen aanbieder en gebruiksverantwoordelijke is nader overeen te komen.", "deferred"),
      no("Of de Provincie door de eigen configuratie en het hertrainen van het model in de regio daarnaast zelf als aanbieder in de zin van de AI-verordening moet worden aangemerkt, wordt na de gunning bezien.", "deferred"),
    ],
  },
  "ai-contract-clauses": {
    valid: [ok("De EU-modelcontractbepalingen voor AI (MCC-AI, hoog-risicoversie) zijn als bijlage 4 bij de Overeenkomst gevoegd."), ok("The MCC-AI light version forms part of the contract as Schedule 3.")],
    invalid: [no("De Provincie overweegt de MCC-AI als bijlage toe te voegen.", "deferred"), no("De MCC-AI zijn niet van toepassing op de overeenkomst.", "negated")],
  },
  "risk-management": {
    valid: [ok("Opdrachtnemer richt een gedocumenteerd risicobeheersysteem in voor de hele levensduur en deelt de testresultaten met de Provincie."), ok("Het inrichten en bijhouden van een risicobeheersysteem gedurende de hele levensduur van het systeem behoort tot de verplichtingen van Opdrachtnemer.")],
    invalid: [no("Risk management: in accordance with Schedule 4.", "annex-not-attached"), no("The Vendor may, where it sees fit, operate a risk management system for the AI component.", "non-binding"), no("Leverancier mag een risicobeheersysteem inrichten en de Provincie over de uitkomsten informeren.", "non-binding"), no("The Province would welcome a documented risk management approach.", "wish"), no("W-01 | Het zou mooi zijn als de leverancier aan risicomanagement doet.", "wish"), no("The Supplier shall take measures, which could include a documented risk management system, to limit risks.", "non-binding"), no("Beschrijf hoe u de risico's van het systeem gedurende de hele levensduur in kaart brengt en beheerst.", "question-only"), no("FIJN ALS – je houdt een risicobeheersysteem bij voor de hele levensduur van het systeem.", "wish")],
  },
  "data-governance": {
    valid: [ok("De artikelen 3 tot en met 9 van de MCC-AI High-Risk zijn van toepassing op de overeenkomst.", "by-reference"), ok("Opdrachtnemer beschrijft de herkomst en representativiteit van de trainings-, validatie- en testdata en hoe bias is onderzocht."), ok("Articles 2 to 8 of the EU model contractual clauses for the procurement of high-risk AI form part of the Agreement.", "by-reference")],
    invalid: [no("Welke gegevens zijn gebruikt voor training en hoe representatief zijn ze? De antwoorden worden niet beoordeeld.", "question-only")],
  },
  "technical-documentation": {
    valid: [
      ok("Opdrachtnemer levert vóór de acceptatie de technische documentatie en een gebruiksaanwijzing."),
      ok("Vraag 7. Welke stukken moeten er bij oplevering zijn? Antwoord: Vóór de acceptatietest levert Opdrachtnemer de volledige technische documentatie en de gebruiksaanwijzing."),
    ],
    invalid: [no("Technische documentatie: nader uit te werken.", "placeholder"), no("Welke delen van de technische documentatie Opdrachtnemer levert, spreken partijen af in het implementatieplan.", "deferred"), no("Verdeling van het opstellen van de technische documentatie: uitgesteld tot de implementatiefase.", "deferred"), no("Vraag 7. Levert Opdrachtnemer vóór de acceptatietest de technische documentatie?", "question-only")],
  },
  logging: {
    valid: [ok("Het systeem logt automatisch alle uitkomsten; de Provincie kan de logbestanden inzien en Opdrachtnemer bewaart ze ten minste twaalf maanden."), ok("Door Opdrachtnemer wordt gewaarborgd dat het systeem alle gebeurtenissen automatisch vastlegt en dat de logbestanden ten minste twaalf maanden worden bewaard."), ok("AI-04 | Logging per run (invoer, modelversie, scores): bewaren min. 12 mnd; toegang Provincie via API")],
    invalid: [no("Het systeem logt elke run (invoer, modelversie, scores) automatisch; de logbestanden bewaren: 3 mnd.", "retention-too-short"), no("Het systeem logt alle uitkomsten automatisch; de logbestanden worden drie maanden in plaats van twaalf maanden bewaard.", "retention-too-short"), no("Het systeem logt automatisch alle uitkomsten; de Provincie kan de logbestanden inzien en ze worden 30 dagen bewaard.", "retention-too-short"), no("Logging van de uitkomsten is niet vereist.", "negated"), no("Het systeem logt automatisch alle uitkomsten en de Provincie kan de logbestanden inzien.", "no-retention-period"), no("Logging of model runs is to be agreed per Call-Off.", "deferred"), no("Artikel 12 van de AI-verordening is van toepassing, met dien verstande dat de logbestanden drie maanden worden bewaard.", "retention-too-short")],
  },
  "transparency-to-buyer": {
    valid: [ok("In de gebruiksinstructies vermeldt Opdrachtnemer de nauwkeurigheid en de bekende beperkingen per toepassing."), ok("Opdrachtnemer informeert de Provincie over de grenzen van het systeem en de bekende foutsoorten."), ok("The Contractor informs the Province in writing of the limits of the models and their known failure modes."), ok("The Supplier shall provide instructions for use that state the capabilities and limitations of the system and its level of accuracy."), ok("AI-05 | Grenzen, nauwkeurigheid en bekende foutbronnen beschreven in de handleiding")],
    invalid: [no("De Provincie waardeert het als de leverancier de grenzen van het systeem beschrijft.", "wish")],
    noMatch: ["The Contractor supplies the information needed for the DPIA within the time limits set by the Province."],
  },
  "human-oversight": {
    valid: [ok("A caseworker can disregard or override every score of the system."), ok("No output of the model is acted upon without a review by a caseworker of the Authority."), ok("Een bevoegde medewerker kan elke uitkomst negeren en het systeem op elk moment uitschakelen."), ok("De weginspecteur kan elke melding bevestigen, aanpassen of verwerpen; de functioneel beheerder kan de detectie uitzetten."), ok("Planners can overrule any prediction, and the administrator can turn off the predictions per object."), ok("De beoordelingscommissie kan iedere aanvrager ongeacht de score afwijzen of toelaten en kan de ranglijst geheel uitzetten."), ok("Bij iedere ranglijst toont het systeem de melding dat de score niet zonder eigen beoordeling van de medewerker mag worden gevolgd."), ok("Artikel 14 van de AI-verordening is onverkort van toepassing op het systeem.", "by-reference")],
    invalid: [no("Menselijk toezicht: PM", "placeholder"), no("### Menselijk toezicht\n\nDe Provincie gebruikt het systeem dagelijks voor de beoordeling van aanvragen.", "heading-only"), no("Menselijk Toezicht: het toezicht door natuurlijke personen op de werking van het systeem, als bedoeld in artikel 14 van de AI-verordening.", "definition", "Artikel 1 Definities")],
  },
  "accuracy-robustness-security": {
    valid: [ok("Het model haalt op de testset een nauwkeurigheid van ten minste 92 procent."), ok("De dienst wijst ten minste 92 procent van de poststukken juist toe."), ok("Op de testset van 200 vragen per maand is ten minste 95 % van de antwoorden correct en volledig."), ok("At least 90 % of the flagged cases shall be correctly classified on the acceptance test set."), ok("The Supplier shall ensure that the system achieves an appropriate level of accuracy, robustness and cybersecurity, including resilience against data poisoning and adversarial examples."), ok("Het systeem is bestand tegen pogingen om de uitkomsten met verborgen tekst te manipuleren."), ok("On the validation set the ranking agrees with the expert panel in at least 80 % of the cases.")],
    invalid: [no("W-01 | Het model haalt bij voorkeur een nauwkeurigheid van ten minste 90 procent.", "wish")],
    noMatch: ["De beschikbaarheid van de dienst is ten minste 99,8 procent per maand.", "U geeft de recruiters een training van minimaal een dagdeel, zodat zij niet blind op de score van de tool vertrouwen."],
  },
  "quality-management": {
    valid: [ok("Opdrachtnemer beschikt over een kwaliteitsmanagementsysteem volgens artikel 17 van de AI-verordening en toont dit aan.")],
    invalid: [no("Heeft u een kwaliteitsmanagementsysteem? Dit is ter informatie en wordt niet beoordeeld.", "question-only"), no("Article 10 of the MCC-AI (quality management system) applies to the extent that the Supplier considers it appropriate.", "non-binding")],
  },
  "conformity-assessment": {
    valid: [ok("The Supplier completes the conformity assessment and affixes the CE marking before delivery.")],
    invalid: [
      no("De conformiteitsbeoordeling is nader overeen te komen.", "deferred"),
      no("Vendor will carry out a conformity assessment of the Service only if and to the extent that Vendor determines that such assessment is required by law.", "non-binding"),
    ],
  },
  "eu-database-registration": {
    valid: [
      ok("Opdrachtnemer registreert het systeem vóór levering in de EU-databank; de Provincie gebruikt het niet zolang de registratie ontbreekt."),
      ok("The Province will not put into use a system that its provider has not registered in the EU database, and will register its own use as Article 49 requires."),
      ok("De Provincie neemt geen systeem in gebruik dat de aanbieder niet in de EU-databank heeft geregistreerd."),
    ],
    invalid: [no("Registratie in de EU-databank is niet vereist.", "negated"), no("De Provincie registreert haar gebruik van het systeem in de EU-databank voordat zij het in gebruik neemt.", "wrong-party"), no("De registratie van het systeem in de EU-databank door Opdrachtnemer volgt in de nadere uitwerking na gunning.", "deferred")],
  },
  "fundamental-rights-assessment": {
    valid: [ok("De Provincie voert vóór de eerste ingebruikname een IAMA uit als grondrechteneffectbeoordeling; Opdrachtnemer werkt mee.")],
    invalid: [no("A fundamental rights impact assessment will not be carried out for this system.", "negated"), no("Whether and when a fundamental rights impact assessment under Article 27 of the AI Act is carried out is for each participating authority to determine.", "deferred"), no("The need for a fundamental rights impact assessment will be assessed after the award.", "deferred")],
  },
  "incidents-and-corrective-action": {
    valid: [ok("Opdrachtnemer meldt een incident binnen 24 uur aan de Provincie en neemt het systeem uit gebruik zolang herstel niet mogelijk is."), ok("Opdrachtnemer meldt elk ernstig incident binnen 24 uur aan de Provincie en herstelt het gebrek."), ok("Indien het systeem een ernstig incident veroorzaakt, dan meldt Opdrachtnemer dit binnen 24 uur aan de Provincie en neemt hij corrigerende maatregelen.")],
    invalid: [no("Het melden van incidenten en het herstellen van afwijkingen maakt geen deel uit van deze overeenkomst.", "negated"), no("De Provincie meldt storingen en incidenten bij de servicedesk van Opdrachtnemer.", "wrong-party"), no("Afspraken over het melden en herstellen van incidenten volgen in de nadere uitwerking na gunning.", "deferred")],
  },
  "individual-explanation": {
    valid: [
      ok("Opdrachtnemer levert per aanvraag een uitleg in begrijpelijke taal die de Provincie aan de aanvrager kan geven."),
      ok("Bij iedere ranglijst levert het systeem per kandidaat een toelichting in eenvoudig Nederlands op de factoren die de plaats het sterkst bepaalden."),
      ok("Antwoord: Ja. Opdrachtnemer helpt de Provincie de uitkomst voor een betrokkene in begrijpelijke taal uit te leggen."),
      ok("Opdrachtnemer verstrekt de Provincie op verzoek binnen vijf werkdagen de informatie die nodig is om aan een betrokkene in begrijpelijke taal uit te leggen hoe de uitkomst tot stand kwam."),
    ],
    invalid: [no("Het zou mooi zijn als het systeem een uitleg in begrijpelijke taal voor aanvragers kan tonen.", "wish"), no("Antwoord: Nee. Een uitleg per aanvraag in begrijpelijke taal aan de aanvrager is een taak van de Provincie zelf.", "negated")],
  },
  "buyer-data-rights": {
    valid: [ok("Alle gegevens blijven eigendom van de Provincie; Opdrachtnemer gebruikt ze niet voor training zonder schriftelijke toestemming."), ok("Camera footage supplied by the Province remains the property of the Province.")],
    invalid: [no("Leverancier mag de gegevens van de Provincie gebruiken om zijn modellen te trainen en te verbeteren.", "contradicted"), no("Customer grants Vendor a perpetual licence to use Customer Data to improve its models and services.", "contradicted"), no("Het zou mooi zijn als alle gegevens eigendom van de Provincie blijven.", "wish")],
  },
  "third-party-data-and-ip": {
    valid: [ok("The Supplier warrants that it holds the licences for all data sets used to train the model and indemnifies the Buyer against copyright claims.")],
    invalid: [no("Vragen over licenties op trainingsdata worden in de marktconsultatie besproken.", "question-only"), no("E-25 Opdrachtnemer toont de licenties op de trainingsdata aan en vrijwaart de Provincie voor aanspraken van derden.\n\nAntwoord op vraag 23: eis E-25 vervalt.", "withdrawn"), no("Opdrachtnemer staat niet in voor de licenties op de gebruikte trainingsdata en vrijwaart de Provincie niet voor aanspraken van derden.", "negated"), no("The Supplier gives no warranty that the training data sets are free of third-party copyright.", "negated")],
  },
  "exit-and-handover": {
    valid: [ok("Aan het einde van de overeenkomst kan de Provincie alle gegevens en het getrainde model in een open formaat exporteren."), ok("Bij het einde van de overeenkomst draagt Opdrachtnemer alle gegevens en modellen over in een open formaat."), ok("Bij het einde van de overeenkomst draagt Opdrachtnemer alle gegevens, de getrainde modellen en de documentatie in een open formaat aan de Provincie over.")],
    invalid: [
      no("Een exitplan wordt in een later stadium nader overeengekomen.", "deferred"),
      no("Exit arrangements, including the return of all data and models, are agreed in each call-off agreement.", "deferred"),
      no("Antwoord: GEWIJZIGD. Een exitplan voor de overdracht van alle gegevens en modellen wordt niet langer gevraagd.", "withdrawn"),
      no("Bij het einde van de overeenkomst draagt Opdrachtnemer alle gegevens over in een open formaat; het getrainde model en de configuratie worden bij beëindiging niet overgedragen.", "contradicted"),
      no("On expiry of the Agreement the Supplier returns the Authority's data in CSV. The models, weights and configuration remain the Supplier's property and shall not be handed over on expiry or termination.", "contradicted"),
      // MCC-AI art. 17: an export of data alone leaves the models and the transition open.
      no("Upon termination, the Province may export all Customer Content for thirty days, after which the Vendor deletes it.", "incomplete"),
    ],
    noMatch: ["Opdrachtnemer verwijdert de inschrijfgegevens uiterlijk drie maanden na afloop van het seizoen.", "Bij beëindiging wordt de broncode via escrow beschikbaar gesteld.", "Bij het einde van de Overeenkomst retourneert de Verwerker alle persoonsgegevens in een gangbaar formaat of vernietigt hij deze."],
  },
  "audit-right": {
    valid: [ok("The Public Organisation may have an independent auditor inspect the logs, the technical documentation and, in confidence, the model."), ok("The Authority may, whenever it considers this necessary, have an independent auditor inspect the logs and the technical documentation."), ok("De Provincie of een onafhankelijke auditor mag de naleving controleren, met inzage in documentatie en logbestanden.")],
    invalid: [no("Het auditrecht van de Provincie wordt vervangen door een jaarlijkse ISAE 3402 type II-rapportage van Opdrachtnemer.", "contradicted"), no("The Province receives the Supplier's SOC 2 report once a year; that is its sole audit right under this Agreement.", "contradicted"), no("Opdrachtnemer mag de meetgegevens van de Provincie controleren en onderzoeken.", "wrong-party")],
  },
  "algorithm-register": {
    valid: [ok("Opdrachtnemer levert de gegevens voor het Algoritmeregister en de Provincie publiceert in categorie B."), ok("U levert de gegevens die wij nodig hebben voor publicatie in het Algoritmeregister; wij publiceren de tool in categorie B.")],
    invalid: [no("De Provincie publiceert de beschrijving van het algoritme in het Algoritmeregister alleen met voorafgaande toestemming van de leverancier.", "contradicted"), no("Hoe kijkt u aan tegen registratie in het Algoritmeregister?", "question-only"), no("Algoritmeregister. Of en in welke categorie de tool in het Algoritmeregister komt, besluiten wij na de proefperiode.", "deferred"), no("The system is not published in the Algoritmeregister, because its predictions concern objects.", "negated")],
  },
  "ai-interaction-transparency": {
    valid: [ok("De chatbot maakt bij elk gesprek duidelijk dat de gebruiker met een AI-assistent communiceert.")],
    invalid: [no("Het is wenselijk dat teksten die door AI zijn gegenereerd een markering krijgen.", "wish")],
  },
  "ai-literacy": {
    valid: [ok("To support the Municipality in meeting its obligations under Article 4 of the AI Act, the Supplier shall give every user a training on how the system works and where its limits lie."), ok("Opdrachtnemer verzorgt training voor alle gebruikers en levert een plan voor AI-geletterdheid."), ok("Opdrachtnemer verzorgt vóór de ingebruikname een training voor alle recruiters over de werking en de grenzen van de tool."), ok("The Contractor trains the web editors and key users before go-live.")],
    invalid: [no("Een aparte opleiding van gebruikers is niet nodig.", "negated"), no("Opdrachtnemer verzorgt de training voor AI-geletterdheid volgens bijlage E, die na gunning beschikbaar wordt gesteld.", "annex-not-attached"), no("Het zou de Provincie helpen als de leverancier training geeft aan medewerkers.", "non-binding"), no("W-01 | The Province would welcome a training for enforcement officers on the use of the service.", "wish")],
  },
  dpia: {
    valid: [ok("De Provincie voert vóór de ingebruikname een DPIA uit en vraagt advies aan de Functionaris Gegevensbescherming.")],
    invalid: [no("De Provincie beoordeelt per bestelling of een DPIA nodig is.", "deferred"), no("The Municipality will determine after the pilot whether a data protection impact assessment is required.", "deferred"), no("Indien de Provincie besluit een gegevensbeschermingseffectbeoordeling uit te voeren, verleent Opdrachtnemer daaraan zijn medewerking.", "deferred"), no("Should the Authority decide to carry out a DPIA, the Processor shall assist it.", "deferred"), no("Een DPIA wordt niet uitgevoerd.", "negated"), no("De Provincie heeft een eerste privacytoets uitgevoerd; daaruit volgt dat een volledige DPIA niet nodig is.", "negated")],
    noMatch: ["Het Waterschap heeft een pre-DPIA uitgevoerd."],
  },
  "processor-agreement": {
    valid: [ok("This Addendum sets out the subject matter and duration of the processing, its nature and purpose, the type of personal data and the categories of data subjects."), ok("Partijen sluiten een verwerkersovereenkomst volgens artikel 28 AVG, met een lijst van subverwerkers.")],
    invalid: [
      no("Een verwerkersovereenkomst is daarom niet nodig.", "negated"),
      no("Opdrachtnemer host de applicatie; een verwerkersovereenkomst is daarom niet nodig.", "negated"),
      no("Partijen werken samen aan het onderzoek; een verwerkersovereenkomst wordt niet gesloten.", "negated"),
      no("Partijen sluiten een verwerkersovereenkomst.\n\nPartijen zijn ieder zelfstandig verwerkingsverantwoordelijke voor de verwerkingen die zij verrichten.", "contradicted"),
      no("Where a Participating Province calls off Option B, the Contractor shall conclude a processing agreement in accordance with Article 28 GDPR.", "deferred"),
    ],
  },
  "purpose-limitation-and-retention": {
    valid: [
      ok("De verwerking van persoonsgegevens is gebaseerd op de wettelijke taak van de Provincie (artikel 6, lid 1, onder e, AVG). Opdrachtnemer verwijdert de gegevens uiterlijk twaalf maanden na het besluit."),
      ok("Opdrachtnemer verwijdert de persoonsgegevens van een cursist uiterlijk zes maanden na afloop van het cursusjaar."),
      ok("Gegevens uit formulieren worden uitsluitend gebruikt om de vraag te behandelen en worden drie maanden na de afhandeling gewist."), ok("Gezichten en kentekens worden onherkenbaar gemaakt voordat beelden worden opgeslagen; de beelden worden drie maanden na opname verwijderd.")],
    invalid: [
      no("Retention periods are left to each authority's own policy for personal data.", "deferred"),
      no("De bewaartermijn van persoonsgegevens wordt nader bepaald.", "deferred"),
      // GDPR art. 5(1)(e): a lawful basis or a purpose alone leaves storage limitation open.
      no("De verwerking van persoonsgegevens is gebaseerd op de wettelijke taak van de Provincie (artikel 6, lid 1, onder e, AVG).", "incomplete"),
      no("Personal data from the forms are used only to handle the request; retention periods follow after award.", "deferred"),
      no("Personal data from the forms are used only to handle the request.", "incomplete"),
    ],
    noMatch: ["The Contractor requires that personal data are used only within the European Union.", "Persoonsgegevens worden uitsluitend gebruikt binnen de Europese Economische Ruimte."],
  },
  "no-solely-automated-decisions": {
    valid: [ok("Niemand wordt automatisch afgewezen; een recruiter neemt elk besluit."), ok("Geen enkele aanvraag wordt afgewezen zonder dat een behandelaar de aanvraag zelf heeft beoordeeld."), ok("No applicant is refused without a decision of the admissions committee."), ok("Het systeem neemt geen besluiten; elk besluit wordt genomen door een behandelaar die de aanvraag zelf heeft beoordeeld.", "excluded-as-required"), ok("The enforcement officer decides whether a proposed identity is correct and can reject every proposal."), ok("Een weigering van toegang berust nooit uitsluitend op de uitkomst van het systeem; een medewerker beoordeelt het identiteitsbewijs."), ok("The Solution shall not take any decision about a resident; every decision is made by a caseworker.")],
    invalid: [no("Aanvragen met een risicoscore boven 800 worden automatisch afgewezen; de aanvrager krijgt daarvan bericht.", "contradicted"), no("Vraag: neemt uw systeem geautomatiseerde besluiten zonder menselijke tussenkomst?", "question-only")],
    noMatch: ["Kandidaten onder de drempel krijgen een automatische afwijzing zonder dat een recruiter kijkt."],
  },
  "special-category-data": {
    valid: [ok("Gegevens over de gezondheid van aanvragers en hun etnische afkomst worden niet in het systeem ingevoerd."), ok("Bijzondere categorieën van persoonsgegevens en strafrechtelijke gegevens worden niet verwerkt.")],
    invalid: [no("Kunt u aangeven of bijzondere categorieën van persoonsgegevens van verwerking worden uitgesloten?", "question-only")],
    noMatch: ["Het systeem verwerkt gegevens over aanvragen."],
  },
  "non-discrimination": {
    valid: [ok("Opdrachtnemer toetst het model elk jaar op verschillen in uitkomsten naar geslacht, leeftijd en nationaliteit."), ok("Opdrachtnemer voert elk halfjaar een biastoets uit per beschermde grond en volgt het discriminatieprotocol.")],
    invalid: [no("Het zou mooi zijn als de leverancier een biastoets per beschermde grond uitvoert.", "wish")],
    noMatch: ["Opdrachtnemer onderschrijft de diversiteitscode van de Provincie."],
  },
  "human-rights-impact-assessment": {
    valid: [ok("De Provincie voert vóór de ingebruikname een IAMA uit.")],
    invalid: [no("Een IAMA wordt voor deze opdracht niet uitgevoerd.", "negated"), no("Een IAMA wordt niet uitgevoerd, omdat een grondrechteneffectbeoordeling voor bijlage III, punt 2, niet verplicht is.", "negated"), no("Dhr. De Wit pleit voor een IAMA vóór de ingebruikname.", "non-binding")],
  },
  "information-security": {
    valid: [ok("Opdrachtnemer voert samen met de Provincie een risicoanalyse informatiebeveiliging uit op basis van de BIO.")],
    invalid: [no("De gezamenlijke risicoanalyse informatiebeveiliging op basis van de BIO wordt na de gunning nader uitgewerkt.", "deferred")],
    noMatch: ["Opdrachtnemer is gecertificeerd volgens ISO/IEC 27001."],
  },
  "supply-chain-transparency": {
    valid: [ok("Inschrijver vermeldt het onderliggende taalmodel, de onderaannemers en de hostinglocaties.")],
    invalid: [no("The Supplier shall disclose its subcontractors, underlying models and hosting locations upon request, to the extent that it considers such disclosure commercially appropriate.", "non-binding"), no("The Contractor is under no obligation to disclose the underlying foundation model or its subcontractors.", "negated"), no("In de marktconsultatie is gevraagd welke onderaannemers en hostingpartijen leveranciers gebruiken; er wordt geen eis gesteld.", "question-only")],
  },
  "requirements-in-award-and-contract": {
    valid: [ok("De eisen worden ongewijzigd opgenomen in de Overeenkomst en in de SLA."), ok("They are included unchanged in the agreement and in the service level agreement.")],
    invalid: [no("Vraag: welke eisen wilt u opnemen in de overeenkomst, de gunningscriteria en de SLA?", "question-only"), no("Of de eisen onderdeel worden van de overeenkomst en de SLA, wordt na de gunning nader uitgewerkt.", "deferred")],
  },
  "evidence-in-evaluation": {
    valid: [ok("Bij criterium K1 voegt de inschrijver een modelkaart, een datakaart en een testrapport toe.")],
    invalid: [no("Inschrijvers leveren bij hun inschrijving geen modelkaarten of testrapporten aan.", "negated")],
    noMatch: ["Bij criterium K1 geeft de inschrijver een demonstratie van een uur."],
  },
  "ethics-review": {
    valid: [ok("De Provincie legt het ontwerp vóór de ingebruikname voor aan de Commissie Digitale Ethiek.")],
    invalid: [no("The Council may, if it considers this useful, put the design to its data ethics committee.", "non-binding"), no("De Provincie kan vragen over de inzet van het systeem voorleggen aan de ethische commissie.", "non-binding"), no("De Provincie overweegt het ontwerp voor te leggen aan de ethische commissie.", "deferred"), no("Of we het ontwerp aan de ethische commissie voorleggen, weet ik nog niet.", "deferred"), no("Whether we put the design to our ethics committee is still open.", "deferred")],
  },
  "monitoring-after-go-live": {
    valid: [ok("Opdrachtnemer monitort na ingebruikname maandelijks de prestaties en de drift van het model.")],
    invalid: [no("Suppliers were asked about monitoring of performance after go-live in the market consultation.", "question-only")],
  },
  "records-and-openness": {
    // The cases run with every tag declared, high-risk among them: ten years of documentation (AI Act art. 18) belong with the Woo clause.
    valid: [
      ok("De geheimhouding staat niet in de weg aan openbaarmaking van de documentatie op grond van de Woo. De Leverancier bewaart de technische documentatie tien jaar."),
      ok("De Provincie mag de documentatie openbaar maken op grond van de Wet open overheid en bewaart de documentatie tien jaar na buitengebruikstelling."),
    ],
    invalid: [no("De geheimhouding staat niet in de weg aan openbaarmaking van de documentatie op grond van de Woo.", "incomplete"), no("De Provincie behandelt de technische documentatie als vertrouwelijk en maakt die niet openbaar, ook niet op een verzoek op grond van de Woo.", "contradicted"), no("The Authority shall refuse any request under the Open Government Act for the model documentation.", "contradicted"), no("Archivering volgens de Archiefwet en openbaarmaking op grond van de Woo: PM", "placeholder")],
  },
  "complaints-and-appeal": {
    valid: [ok("Aanvragers kunnen bezwaar maken en beroep instellen volgens de Algemene wet bestuursrecht.")],
    invalid: [no("Er is geen klachtenregeling voorzien.", "negated")],
  },
  "generative-ai-safeguards": {
    valid: [ok("Opdrachtnemer gebruikt prompts en gesprekken van de Provincie niet voor het trainen van modellen."), ok("Neither the Contractor nor the provider of the underlying model uses conversations or the knowledge base to train or improve any model.")],
    invalid: [no("De leverancier zou bronvermelding kunnen overwegen bij antwoorden.", "deferred"), no("The Province would welcome it if conversations were not used to train or improve any model.", "wish")],
  },
  sustainability: {
    valid: [ok("Opdrachtnemer rapporteert per kwartaal het energieverbruik en de CO2-uitstoot van de dienst.")],
    invalid: [no("Rapportage over het energieverbruik en de CO2-uitstoot van de dienst maakt geen deel uit van deze opdracht.", "negated"), 
      no("W-01 | De Provincie waardeert het als Opdrachtnemer het energieverbruik rapporteert.", "wish"),
      no("Over een rapportage van het energieverbruik van de dienst is nog geen overeenstemming bereikt.", "deferred"),
      no("A quarterly report on the energy use of the service has not been agreed.", "deferred"),
    ],
    noMatch: ["De meubels hebben een lage CO2-uitstoot."],
  },
  accessibility: {
    valid: [ok("Alle schermen voldoen aan WCAG 2.1 niveau AA volgens EN 301 549."), ok("The portal shall be accessible to users with a visual impairment who work with a screen reader.")],
    invalid: [no("Toegankelijkheid wordt nader uitgewerkt.", "deferred")],
    noMatch: ["The Contractor collects data from publicly accessible sources on the internet.", "The logs shall be accessible to the Province at all times and retained for twelve months."],
  },
  "compliance-dates": {
    valid: [ok("Het systeem voldoet aan de AI-verordening vanaf de datum waarop de verplichtingen voor bijlage III gelden.")],
    invalid: [no("Kunt u aangeven of uw systeem voldoet aan de verplichtingen van de AI-verordening vanaf de datum waarop die voor hoog-risico-AI gaan gelden?", "question-only")],
  },
  "general-terms": {
    valid: [
      ok("Op de overeenkomst zijn de ARBIT-2022 met de AI-module van toepassing, met voorrang boven de voorwaarden van Opdrachtnemer."),
      ok("Op de overeenkomst zijn de ARBIT-2022 van toepassing; deze gaan voor op de voorwaarden van Opdrachtnemer."),
      ok("The ARBIT-2022 apply to the Agreement, to the exclusion of the Supplier's general terms."),
    ],
    invalid: [
      no("Zijn de ARBIT-2022 van toepassing op de overeenkomst?", "question-only"),
      no("In the event of conflict, a document mentioned earlier prevails over one mentioned later: (a) this Agreement; (b) the Specification; (c) the Supplier's general terms and conditions of delivery.", "contradicted"),
    ],
  },
};
