// Built-in vocabulary of the engine: how procurement texts oblige, wish, ask, defer and negate,
// who the parties are, and what the classifier looks for. These terms are compiled into the same
// term index as the requirement patterns, so the text is scanned once for all of them.

const SUPPLIERS = ["opdrachtnemer", "leverancier", "inschrijver", "aanbieder", "dienstverlener", "contractor", "supplier", "tenderer", "vendor", "bidder"];
const BUYERS = ["provincie", "opdrachtgever", "province", "authority", "authorities", "buyer"];

/** "aan de provincie", "of the contractor", …: spelled out so that prepositions alone are not scanned for. */
function objectPhrases(): string[] {
  const out: string[] = [];
  const nl = ["aan", "van", "met", "door", "voor", "bij", "namens"];
  const en = ["to", "of", "with", "by", "for", "from"];
  for (const party of [...SUPPLIERS, ...BUYERS]) {
    for (const p of nl) out.push(`${p} ${party}`, `${p} de ${party}`, `${p} het ${party}`);
    for (const p of en) out.push(`${p} ${party}`, `${p} the ${party}`, `${p} each ${party}`, `${p} its ${party}`);
    out.push(`on behalf of the ${party}`);
  }
  return out;
}

/** "door de Opdrachtnemer", "by the Contractor": the agent of a passive sentence is its actor. */
function agentPhrases(parties: readonly string[]): string[] {
  return parties.flatMap((party) => [`door ${party}`, `door de ${party}`, `door het ${party}`, `by ${party}`, `by the ${party}`, `by each ${party}`]);
}

/** Modality and party markers. */
export const modalityConcepts = {
  /** Obligation language aimed at the supplier or commitments of the buyer. */
  obligation: [
    "moet", "moeten", "dient", "dienen", "is verplicht", "zijn verplicht", "verplicht", "verplichting*", "draagt zorg", "dragen zorg", "zorgt ervoor", "zorgt dat",
    "garandeert", "garanderen", "staat ervoor in", "staat er voor in", "knock out", "ko eis*", "eis", "eisen", "uitsluitingsgrond",
    "shall", "must", "is required to", "are required to", "undertakes", "warrants", "guarantees", "ensures", "is obliged", "are obliged", "will",
  ],
  /** The supplier as the one who acts. */
  supplier: [
    "opdrachtnemer", "leverancier", "inschrijver", "aanbieder", "dienstverlener", "contractant", "opdrachtnemers", "framework supplier",
    "contractor", "supplier", "tenderer", "vendor", "service provider", "bidder",
  ],
  /** The buyer as the one who acts. */
  buyer: [
    "provincie", "opdrachtgever", "aanbestedende dienst", "de provincie", "gedeputeerde staten",
    "province", "contracting authority", "participating authorities", "participating authority", "lead authority", "the authority", "the buyer",
  ],
  /** A party name after a preposition is not the subject ("aan de Provincie", "of the Contractor"). */
  partyObject: objectPhrases(),
  supplierAgent: agentPhrases(SUPPLIERS),
  buyerAgent: agentPhrases(BUYERS),
  /** A wish, not a requirement. */
  wish: [
    "wens", "wensen", "zou mooi zijn", "het zou mooi", "zou helpen", "zou de provincie helpen", "waardeert", "waarderen", "stelt het op prijs", "op prijs",
    "verdient de voorkeur", "bij voorkeur", "pluspunt", "would welcome", "welcomes", "welcome", "would be appreciated", "appreciated", "appreciates", "nice to have",
    "preferably", "would like", "zou willen", "is wenselijk", "wenselijk", "desirable", "optioneel", "optional",
  ],
  /** A question to bidders or a market consultation, not binding. */
  question: [
    "marktconsultatie", "marktverkenning", "market consultation", "market sounding", "niet beoordeeld", "worden niet beoordeeld", "wordt niet beoordeeld",
    "niet bindend", "not assessed", "not scored", "not binding", "non binding", "geen aanvullende eis", "geen eis", "no requirement", "not a requirement",
    "hoe kijkt u", "wij vragen u", "vraag aan de markt", "vragen aan de markt", "questions to", "were asked", "is gevraagd", "heeft gevraagd", "hebben gevraagd",
    "zijn gevraagd",
  ],
  /** Deferred, left open, or placeholders. */
  deferred: [
    "nader overeen te komen", "nader uit te werken", "nader uitgewerkt", "to be worked out", "nader te bepalen", "nader in te vullen", "nader vast te stellen", "nader bepaald", "wordt aangevuld", "worden aangevuld",
    "to be determined", "to be agreed", "tbd", "will be agreed", "agreed per", "will be assessed", "will be decided", "after the award", "na de gunning bepaald", "wordt later bepaald",
    "later vastgesteld", "later bepaald", "overweegt", "overwegen", "will consider", "considers whether", "laten wij", "laat de provincie", "aan de leverancier over",
    "own policy", "eigen beleid", "each authority", "each participating authority decides", "left to", "in overleg te bepalen", "pm",
  ],
  /** A condition, not a negation: "niet in gebruik zolang ...". */
  conditional: ["zolang", "as long as", "tenzij", "unless", "totdat", "until", "zonder", "without"],
  /** Negation words and the verbs they negate within a few words ("is niet vereist"). */
  negWord: ["niet", "geen", "not", "no", "never", "nooit", "none"],
  negVerb: [
    "vereist", "nodig", "noodzakelijk", "verplicht", "uitgevoerd", "gebruikt", "toegepast", "gesloten", "afgesloten", "opgesteld", "gesteld", "voorzien", "gehanteerd",
    "voorgeschreven", "required", "needed", "necessary", "carried", "performed", "done", "applied", "concluded", "provided", "foreseen", "role", "prescribed", "mandatory",
    "gepubliceerd", "published", "geregistreerd", "registered",
  ],
  /**
   * A denied need ("is niet nodig", "not required"): it denies the need itself, which no acting
   * party or obligation word elsewhere in the sentence undoes. Multi-word, so that "niet langer
   * nodig" (a retention rule) does not count.
   */
  needDenied: [
    "niet nodig", "niet vereist", "niet noodzakelijk", "niet strikt noodzakelijk", "niet verplicht", "niet voorgeschreven", "geen noodzaak", "hoeft niet",
    "not required", "not needed", "not necessary", "not mandatory", "not obligatory", "not prescribed", "no need", "need not", "does not need", "do not need",
  ],
} as const;

/** Classifier vocabulary. */
export const classifierConcepts = {
  ai: [
    "machine learning*", "machinelearning*", "zelflerend*", "self learning", "neural*", "neuraal", "neurale", "deep learning", "kunstmatige intelligentie", "artificial intelligence",
    "taalmodel*", "language model*", "llm", "llms", "generatieve ai", "generative ai", "computer vision", "beeldherkenning", "image recognition", "objectherkenning", "object detection",
    "ai systeem", "ai systemen", "ai system", "ai systems", "ai assistent", "ai assistant", "chatbot", "gradient boosting", "random forest", "getraind model", "getrainde model*", "trained model*",
    "ai model*", "ai component*", "ai toepassing*", "voorspelmodel*", "predictive model*", "aisysteem",
  ],
  algorithmic: [
    "*algoritme*", "algorithm*", "rekenmodel*", "beslisregel*", "regelgebaseerd*", "rule based", "rules based", "optimalisatie*", "optimisation", "optimization", "rekenregel*",
    "risicoscore*", "risk score*", "scoring", "rangschik*", "ranking", "routeert", "routeren", "routing", "voorspelling*", "forecast*", "berekent", "calculates",
    // The act of prioritising, not the "Prioriteit: Must/Should" column of a requirements list.
    "prioriteert", "prioriteren", "prioritering", "geprioriteerd", "prioritises", "prioritizes", "prioritised", "prioritized", "prioritisation", "prioritization",
  ],
  personalData: [
    "persoonsgegevens", "personal data", "verwerkersovereenkomst*", "data processing agreement*", "avg", "gdpr", "dpia", "gegevensbescherming*", "data protection",
    "camerabeelden", "kenteken*", "burgerservicenummer", "bsn", "natuurlijke personen", "natural persons", "betrokkenen", "data subjects",
  ],
  persons: [
    "aanvrager*", "applicant*", "sollicitant*", "kandidaten", "candidates", "recipient*", "subsidieontvanger*", "ontvangers", "vergunninghouder*", "natuurlijke personen",
    "natural persons", "burgers", "citizens", "inwoners", "residents", "medewerkers", "employees", "personen", "persons", "individuals", "betrokkene*",
    "person", "persoon", "employee", "werknemer*", "personeelsleden", "overtreder*", "offender*", "verdachte*", "suspects",
  ],
  decision: [
    "besluit*", "decision*", "beoordeling", "beoordeelt", "afwijzing*", "afgewezen", "toekenning", "selectie", "selecteert", "vaststelling", "terugvordering", "recovery", "recover",
    "reduction", "reduce", "rejection*", "rejected", "vergunningverlening", "subsidieverlening", "matchscore", "rangschik*", "ranks", "toets", "check",
    "deciding", "decides", "beslist", "boete*", "bestuurlijke boete*", "administrative fine*", "impose a fine", "receive a fine", "receives a fine", "sanctie*", "sanction*",
    "penalty", "penalties", "proces verbaal", "official report", "performance review*", "beoordelingsgesprek*", "functioneringsgesprek*", "contract extension*", "contractverlenging*", "wellbeing score*", "welzijnsscore*",
  ],
  generative: [
    "generatieve ai", "generative ai", "generatief*", "generative", "chatbot*", "groot taalmodel", "grote taalmodellen", "large language model*", "llm", "llms", "gpt",
    "genereert antwoorden", "generates answers", "generates translations", "genereert teksten", "tekstgeneratie", "text generation",
    "digitale assistent", "virtual assistant", "synthetic text", "synthetische tekst*", "synthetische beelden",
  ],
  /** Decisions that are about a person by their nature, whoever is named in the sentence. */
  personDecision: [
    "performance review*", "performance evaluation*", "beoordelingsgesprek*", "functioneringsgesprek*", "contract extension*", "contractverlenging*",
    "promotion decision*", "promotiebeslissing*", "dismissal*", "ontslagbesluit*", "disciplinary", "disciplinaire", "sollicitatieprocedure*",
  ],
  impactful: ["impactvol*", "impactful", "categorie b", "category b"],
  highRiskWord: ["hoog risico*", "hoogrisico*", "high risk*"],
  annexWord: ["bijlage iii", "annex iii"],
  art63: ["artikel 6 lid 3", "article 6 3", "art 6 3", "artikel 6 derde lid"],
  exceptionWord: ["voorbereidende taak", "preparatory task", "procedurele taak", "procedural task", "geen hoog risico*", "not high risk", "not a high risk", "uitzondering", "exception"],
  notHighRisk: [
    "geen hoog risico*", "niet als een hoog risico*", "niet als hoog risico*", "not a high risk", "not high risk", "niet onder bijlage iii", "not fall within", "not within annex iii",
    "beperkt risico", "minimaal risico", "limited risk", "minimal risk", "geen veiligheidscomponent", "not a safety component",
  ],
  negContext: ["geen", "niet", "not", "no", "zonder", "without", "verbod", "verboden", "forbidden", "prohibited", "never", "nooit", "excluded", "uitgesloten", "uitgeschakeld"],
  /** A lead-in that makes the list below it an exclusion list. */
  exclusionLeadIn: ["outside the scope", "buiten de scope", "buiten scope", "vallen buiten", "valt buiten", "not covered", "does not cover", "excluded", "uitgesloten", "niet toegestaan", "not allowed", "not permitted", "verboden", "prohibited"],
  art5Context: ["artikel 5", "article 5", "art 5", "verboden", "prohibited", "verbiedt", "prohibits", "garandeert", "warrants"],
  prohibited: [
    "sociale scor*", "social scor*", "emotieherkenning", "emotion recognition", "emoties van medewerkers", "emotions of employees", "emoties van leerlingen", "predictive policing",
    "criminaliteitsvoorspelling", "voorspellen wie een strafbaar feit", "predict who will commit", "biometrische categorisering", "biometric categori*", "gezichtsafbeeldingen van internet",
    "scraping of facial", "facial images from the internet", "realtime biometrische identificatie", "real time remote biometric", "manipulatieve technieken", "manipulative techniques",
    "subliminal*", "subliminale", "kwetsbaarheden uitbuiten", "exploit* vulnerabilit*", "burgerscore*", "citizen score*", "betrouwbaarheidsscore*", "trustworthiness score*",
    // Social scoring under other names: one score of a person's trustworthiness or conduct.
    "integriteitsscore*", "vertrouwensscore*", "gedragsscore*", "burgerschapsscore*", "integrity score*", "behaviour score*", "behavior score*", "conduct score*",
    "social credit*", "sociaal krediet*",
  ],
  area1: [
    "biometrische identificatie", "biometric identification", "gezichtsherkenning", "face recognition", "facial recognition", "gezichtsvergelijking", "face matching",
    "identificeert personen", "identificeren van personen", "identificatie van personen", "identifies the persons", "identifies persons", "identify persons", "identification of persons",
  ],
  /** Facial images and the open sources they are collected from (untargeted scraping, art. 5(1)(e)). */
  faceImages: ["gezichtsafbeelding*", "gezichtsfoto*", "foto s van gezichten", "facial image*", "face image*", "images of faces", "photos of faces", "face database*", "gezichtendatabank*"],
  webSource: [
    "internet", "sociale media", "social media", "websites", "openbare bronnen", "publicly accessible sources", "publicly available sources", "open sources", "scraping", "scrapen", "scrapet", "scraped",
    "crawl*", "camerabeelden van derden", "cctv",
  ],
  area2: [
    "verkeersregel*", "verkeerslicht*", "wegverkeer", "road traffic", "traffic light*", "traffic control", "ivri", "veiligheidscomponent", "safety component", "drinkwatervoorziening",
    "water supply", "elektriciteitsnet*", "electricity grid", "gasvoorziening", "warmtevoorziening", "kritieke infrastructuur", "critical infrastructure",
  ],
  area3: ["onderwijs", "education", "leerlingen", "studenten", "students", "pupils", "examen*", "toelating tot"],
  area4: ["werving", "recruitment", "sollicita*", "personeelsselectie", "vacature*", "job applicants", "recruiter*", "hiring", "functioneringsgesprek*", "beoordelingsgesprek*", "performance review*", "performance evaluation*", "contract extension*", "contractverlenging*", "promotion decisions", "dismissal", "ontslag"],
  area5a: ["uitkering*", "benefits", "subsidie*", "subsid*", "toeslag*", "bijstand", "public assistance", "overheidsuitkeringen"],
  area5b: ["kredietwaardigheid", "creditworthiness", "credit scor*"],
  area5c: ["levensverzekering*", "ziektekostenverzekering*", "life insurance", "health insurance"],
  area5d: ["noodoproep*", "emergency call*", "meldkamer"],
  area6: ["rechtshandhaving", "law enforcement", "politie", "police", "opsporing"],
  area7: ["migratie", "asiel*", "grenscontrole", "border control", "asylum", "visa"],
  area8: ["rechtspraak", "rechterlijk*", "verkiezing*", "elections", "judicial", "stemgedrag", "voting"],
} as const;

export type ModalityConcept = keyof typeof modalityConcepts;
export type ClassifierConcept = keyof typeof classifierConcepts;
