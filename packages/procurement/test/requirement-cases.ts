// RuleTester-style table: for every requirement, passages that satisfy it and passages that must
// not (the traps of procurement language). Texts are written for these tests.

type Case = string;
export interface Cases {
  valid: Case[];
  invalid: Case[];
}

export const cases: Record<string, Cases> = {
  "purpose-and-scope": {
    valid: [
      "Het Verkeersbrein is een AI-systeem in de zin van artikel 3, lid 1, van de AI-verordening en is bedoeld om groentijden te optimaliseren.",
      "The tool contains a rule-based algorithm and no AI system within the meaning of the AI Act; it is used by planners to rank road works.",
    ],
    invalid: ["De Provincie heeft de markt gevraagd welke technieken mogelijk zijn.", "Hoe bepaalt u of uw oplossing een AI-systeem is?"],
  },
  "risk-classification": {
    valid: ["De Provincie heeft het systeem ingedeeld als hoog-risico-AI-systeem op grond van bijlage III, punt 5, onder a."],
    invalid: ["De risicoklasse volgens de AI-verordening wordt nader bepaald na de gunning.", "Welke risicoklasse en welk punt van bijlage III hoort volgens u bij uw oplossing?"],
  },
  "no-prohibited-practices": {
    valid: ["Opdrachtnemer garandeert dat het systeem geen praktijken uitvoert die artikel 5 van de AI-verordening verbiedt.", "The Supplier warrants that the system performs no practice prohibited by Article 5 of the AI Act."],
    invalid: ["In de marktconsultatie is gevraagd hoe leveranciers omgaan met artikel 5 van de AI-verordening."],
  },
  "provider-role": {
    valid: ["Opdrachtnemer is aanbieder in de zin van de AI-verordening en de Provincie is gebruiksverantwoordelijke."],
    invalid: ["De verdeling van rollen tussen aanbieder en gebruiksverantwoordelijke is nader overeen te komen."],
  },
  "ai-contract-clauses": {
    valid: ["De EU-modelcontractbepalingen voor AI (MCC-AI, hoog-risicoversie) zijn als bijlage 4 bij de Overeenkomst gevoegd.", "The MCC-AI light version forms part of the contract as Schedule 3."],
    invalid: ["De Provincie overweegt de MCC-AI als bijlage toe te voegen.", "De MCC-AI worden niet gebruikt."],
  },
  "risk-management": {
    valid: ["Opdrachtnemer richt een gedocumenteerd risicobeheersysteem in voor de hele levensduur en deelt de testresultaten met de Provincie."],
    invalid: ["The Province would welcome a documented risk management approach.", "W-01 | Het zou mooi zijn als de leverancier aan risicomanagement doet."],
  },
  "data-governance": {
    valid: ["Opdrachtnemer beschrijft de herkomst en representativiteit van de trainings-, validatie- en testdata en hoe bias is onderzocht."],
    invalid: ["Welke gegevens zijn gebruikt voor training en hoe representatief zijn ze? De antwoorden worden niet beoordeeld."],
  },
  "technical-documentation": {
    valid: ["Opdrachtnemer levert vóór de acceptatie de technische documentatie en een gebruiksaanwijzing."],
    invalid: ["Technische documentatie: nader uit te werken."],
  },
  logging: {
    valid: ["Het systeem logt automatisch alle uitkomsten; de Provincie kan de logbestanden inzien en Opdrachtnemer bewaart ze ten minste twaalf maanden."],
    invalid: [
      "Het systeem logt automatisch alle uitkomsten; de Provincie kan de logbestanden inzien en ze worden 30 dagen bewaard.",
      "Logging van de uitkomsten is niet vereist.",
      "Logging of model runs will be agreed per Call-Off.",
    ],
  },
  "transparency-to-buyer": {
    valid: ["Opdrachtnemer informeert de Provincie over de grenzen van het systeem en de bekende foutsoorten.", "The Contractor informs the Province in writing of the limits of the models and their known failure modes."],
    invalid: ["De Provincie waardeert het als de leverancier de grenzen van het systeem beschrijft.", "The Contractor supplies the information needed for the DPIA within the time limits set by the Province."],
  },
  "human-oversight": {
    valid: ["Een bevoegde medewerker kan elke uitkomst negeren en het systeem op elk moment uitschakelen.", "De weginspecteur kan elke melding bevestigen, aanpassen of verwerpen; de functioneel beheerder kan de detectie uitzetten.", "Planners can overrule any prediction, and the administrator can turn off the predictions per object."],
    invalid: ["Menselijk toezicht: PM"],
  },
  "accuracy-robustness-security": {
    valid: ["Het model haalt op de testset een nauwkeurigheid van ten minste 92 procent."],
    invalid: ["De beschikbaarheid van de dienst is ten minste 99,8 procent per maand."],
  },
  "quality-management": {
    valid: ["Opdrachtnemer beschikt over een kwaliteitsmanagementsysteem volgens artikel 17 van de AI-verordening en toont dit aan."],
    invalid: ["Heeft u een kwaliteitsmanagementsysteem? Dit is ter informatie en wordt niet beoordeeld."],
  },
  "conformity-assessment": {
    valid: ["The Supplier completes the conformity assessment and affixes the CE marking before delivery."],
    invalid: ["De conformiteitsbeoordeling is nader overeen te komen."],
  },
  "eu-database-registration": {
    valid: ["Opdrachtnemer registreert het systeem vóór levering in de EU-databank; de Provincie gebruikt het niet zolang de registratie ontbreekt."],
    invalid: ["Registratie in de EU-databank is niet vereist."],
  },
  "fundamental-rights-assessment": {
    valid: ["De Provincie voert vóór de eerste ingebruikname een IAMA uit als grondrechteneffectbeoordeling; Opdrachtnemer werkt mee."],
    invalid: ["The need for a fundamental rights impact assessment will be assessed after the award."],
  },
  "incidents-and-corrective-action": {
    valid: ["Opdrachtnemer meldt elk ernstig incident binnen 24 uur aan de Provincie en herstelt het gebrek."],
    invalid: ["De Provincie meldt storingen en incidenten bij de servicedesk van Opdrachtnemer."],
  },
  "individual-explanation": {
    valid: ["Opdrachtnemer levert per aanvraag een uitleg in begrijpelijke taal die de Provincie aan de aanvrager kan geven."],
    invalid: ["Het zou mooi zijn als het systeem een uitleg in begrijpelijke taal voor aanvragers kan tonen."],
  },
  "buyer-data-rights": {
    valid: ["Alle gegevens blijven eigendom van de Provincie; Opdrachtnemer gebruikt ze niet voor training zonder schriftelijke toestemming.", "Camera footage supplied by the Province remains the property of the Province."],
    invalid: ["Opdrachtnemer mag geanonimiseerde statistieken publiceren."],
  },
  "third-party-data-and-ip": {
    valid: ["The Supplier warrants that it holds the licences for all data sets used to train the model and indemnifies the Buyer against copyright claims."],
    invalid: ["Vragen over licenties op trainingsdata worden in de marktconsultatie besproken."],
  },
  "exit-and-handover": {
    valid: ["Bij het einde van de overeenkomst draagt Opdrachtnemer alle gegevens en modellen over in een open formaat."],
    invalid: ["Bij beëindiging wordt de broncode via escrow beschikbaar gesteld."],
  },
  "audit-right": {
    valid: ["De Provincie of een onafhankelijke auditor mag de naleving controleren, met inzage in documentatie en logbestanden."],
    invalid: ["Opdrachtnemer mag de meetgegevens van de Provincie controleren en onderzoeken."],
  },
  "algorithm-register": {
    valid: ["Opdrachtnemer levert de gegevens voor het Algoritmeregister en de Provincie publiceert in categorie B."],
    invalid: ["Hoe kijkt u aan tegen registratie in het Algoritmeregister?", "The system is not published in the Algoritmeregister, because its predictions concern objects."],
  },
  "ai-interaction-transparency": {
    valid: ["De chatbot maakt bij elk gesprek duidelijk dat de gebruiker met een AI-assistent communiceert."],
    invalid: ["Het is wenselijk dat teksten die door AI zijn gegenereerd een markering krijgen."],
  },
  "ai-literacy": {
    valid: ["Opdrachtnemer verzorgt training voor alle gebruikers en levert een plan voor AI-geletterdheid.", "Opdrachtnemer verzorgt vóór de ingebruikname een training voor alle recruiters over de werking en de grenzen van de tool.", "The Contractor trains the web editors and key users before go-live."],
    invalid: ["Een aparte opleiding van gebruikers is niet nodig.", "Het zou de Provincie helpen als de leverancier training geeft aan medewerkers.", "W-01 | The Province would welcome a training for enforcement officers on the use of the service."],
  },
  dpia: {
    valid: ["De Provincie voert vóór de ingebruikname een DPIA uit en vraagt advies aan de Functionaris Gegevensbescherming."],
    invalid: ["Een DPIA wordt niet uitgevoerd.", "De Provincie heeft een pre-DPIA uitgevoerd; daaruit volgt dat een volledige DPIA niet nodig is."],
  },
  "processor-agreement": {
    valid: ["Partijen sluiten een verwerkersovereenkomst volgens artikel 28 AVG, met een lijst van subverwerkers."],
    invalid: ["Een verwerkersovereenkomst is daarom niet nodig.", "Opdrachtnemer host de applicatie; een verwerkersovereenkomst is daarom niet nodig."],
  },
  "purpose-limitation-and-retention": {
    valid: ["De verwerking van persoonsgegevens is gebaseerd op de wettelijke taak van de Provincie (artikel 6, lid 1, onder e, AVG).", "Gegevens uit formulieren worden uitsluitend gebruikt om de vraag te behandelen.", "Gezichten en kentekens worden onherkenbaar gemaakt voordat beelden worden opgeslagen; de beelden worden drie maanden na opname verwijderd."],
    invalid: ["Retention periods are left to each authority's own policy for personal data.", "The Contractor requires that personal data are used only within the European Union.", "Persoonsgegevens worden uitsluitend gebruikt binnen de Europese Economische Ruimte."],
  },
  "no-solely-automated-decisions": {
    valid: ["Het systeem neemt geen besluiten; elk besluit wordt genomen door een behandelaar die de aanvraag zelf heeft beoordeeld.", "The enforcement officer decides whether a proposed identity is correct and can reject every proposal."],
    invalid: ["Kandidaten onder de drempel krijgen een automatische afwijzing zonder dat een recruiter kijkt."],
  },
  "special-category-data": {
    valid: ["Bijzondere categorieën van persoonsgegevens en strafrechtelijke gegevens worden niet verwerkt."],
    invalid: ["Het systeem verwerkt gegevens over aanvragen."],
  },
  "non-discrimination": {
    valid: ["Opdrachtnemer voert elk halfjaar een biastoets uit per beschermde grond en volgt het discriminatieprotocol."],
    invalid: ["Opdrachtnemer onderschrijft de diversiteitscode van de Provincie."],
  },
  "human-rights-impact-assessment": {
    valid: ["De Provincie voert vóór de ingebruikname een IAMA uit."],
    invalid: ["Een IAMA wordt voor deze opdracht niet uitgevoerd.", "Een IAMA wordt niet uitgevoerd, omdat een grondrechteneffectbeoordeling voor bijlage III, punt 2, niet verplicht is."],
  },
  "information-security": {
    valid: ["Opdrachtnemer voert samen met de Provincie een risicoanalyse informatiebeveiliging uit op basis van de BIO."],
    invalid: ["Opdrachtnemer is gecertificeerd volgens ISO/IEC 27001."],
  },
  "supply-chain-transparency": {
    valid: ["Inschrijver vermeldt het onderliggende taalmodel, de onderaannemers en de hostinglocaties."],
    invalid: ["In de marktconsultatie is gevraagd welke onderaannemers en hostingpartijen leveranciers gebruiken; er wordt geen eis gesteld."],
  },
  "requirements-in-award-and-contract": {
    valid: ["De eisen worden ongewijzigd opgenomen in de Overeenkomst en in de SLA.", "They are included unchanged in the agreement and in the service level agreement."],
    invalid: ["Vraag: welke eisen wilt u in het contract?", "De SLA wordt na de gunning nader uitgewerkt."],
  },
  "evidence-in-evaluation": {
    valid: ["Bij criterium K1 voegt de inschrijver een modelkaart, een datakaart en een testrapport toe."],
    invalid: ["Bij criterium K1 geeft de inschrijver een demonstratie van een uur."],
  },
  "ethics-review": {
    valid: ["De Provincie legt het ontwerp vóór de ingebruikname voor aan de Commissie Digitale Ethiek."],
    invalid: ["Ethiek is belangrijk voor de Provincie."],
  },
  "monitoring-after-go-live": {
    valid: ["Opdrachtnemer monitort na ingebruikname maandelijks de prestaties en de drift van het model."],
    invalid: ["Suppliers were asked about monitoring of performance after go-live in the market consultation."],
  },
  "records-and-openness": {
    valid: ["De Provincie mag de documentatie openbaar maken op grond van de Wet open overheid."],
    invalid: ["Archivering en openbaarheid: PM"],
  },
  "complaints-and-appeal": {
    valid: ["Aanvragers kunnen bezwaar maken en beroep instellen volgens de Algemene wet bestuursrecht."],
    invalid: ["Er is geen klachtenregeling voorzien."],
  },
  "generative-ai-safeguards": {
    valid: ["Opdrachtnemer gebruikt prompts en gesprekken van de Provincie niet voor het trainen van modellen.", "Neither the Contractor nor the provider of the underlying model uses conversations or the knowledge base to train or improve any model."],
    invalid: ["De leverancier zou bronvermelding kunnen overwegen bij antwoorden.", "The Contractor may use conversations to improve its models."],
  },
  sustainability: {
    valid: ["Opdrachtnemer rapporteert per kwartaal het energieverbruik en de CO2-uitstoot van de dienst."],
    invalid: ["W-01 | De Provincie waardeert het als Opdrachtnemer het energieverbruik rapporteert.", "De meubels hebben een lage CO2-uitstoot."],
  },
  accessibility: {
    valid: ["Alle schermen voldoen aan WCAG 2.1 niveau AA volgens EN 301 549."],
    invalid: ["Toegankelijkheid wordt nader uitgewerkt.", "The Contractor collects data from publicly accessible sources on the internet."],
  },
  "compliance-dates": {
    valid: ["Het systeem voldoet aan de AI-verordening vanaf de datum waarop de verplichtingen voor bijlage III gelden."],
    invalid: ["Is uw systeem op tijd klaar voor de AI-verordening?"],
  },
  "general-terms": {
    valid: ["Op de overeenkomst zijn de ARBIT-2022 met de AI-module van toepassing, met voorrang boven de voorwaarden van Opdrachtnemer."],
    invalid: ["Leveranciers worden gevraagd hun algemene voorwaarden mee te sturen?"],
  },
};

