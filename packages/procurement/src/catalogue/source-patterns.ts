// Patterns whose words come from the legal sources themselves: how the AI Act, the GDPR, the
// model contractual clauses for AI and the Algoritmekader name each duty, in Dutch and English
// (sources/vocabulary.yaml records the words and where they were read). They let the checker
// recognise a duty written the way the law writes it, not only the way sample tenders do. Terms
// are words and short phrases; whether a passage binds is decided by the modality rules.
import type { EvidencePattern } from "@ethiek/schemas";
import { BID_SET_ASIDE, GENERIC_BID_DECLARATIONS, NOT_ABOUT_OUTCOMES, NOT_AI_FOOTPRINT, NOT_DRAWING_UP_DOCUMENTATION } from "./helpers.js";

type Group = [string, ...string[]];
const p = (source: string, all: [Group, ...Group[]], none?: string[]): EvidencePattern => (none ? { all, none, source } : { all, source });

const SYSTEM: Group = ["systeem", "system", "ai systeem", "ai system", "algoritme*", "algorithm*", "model", "modellen", "models", "tool", "oplossing", "solution", "software", "module", "dienst", "service"];
const APPLIES: Group = ["van toepassing", "overeenkomstige toepassing", "mutatis mutandis", "apply", "applies", "aangevuld", "onderdeel", "forms part", "gehecht", "attached", "bijlage", "annex", "schedule"];

// "No X without the approval of an officer": the person decides, the system proposes (AI Act art. 14(4)(d),
// 14(5): verified and confirmed by natural persons; GDPR art. 22: not solely automated).
// The people who review or approve: officers, committees and the roles AI Act art. 14(5) has verify and confirm.
const REVIEWING_PERSONS: Group = ["medewerker*", "behandelaar*", "officer*", "caseworker*", "commissie", "committee", "natuurlijke person*", "natural person*", "mens", "human", "persoon", "person",
  // AI Act art. 14(5): "verified and confirmed by at least two natural persons" — the roles that do it.
  "beoordelaar*", "toezichthouder*", "handhaver*", "boa", "inspecteur*", "inspector*", "reviewer*", "assessor*"];

const HUMAN_DECIDES: [Group, ...Group[]] = [
  ["geen", "no", "niet", "not", "never", "nooit"],
  ["zonder goedkeuring", "zonder besluit", "zonder een besluit", "zonder beoordeling", "zonder dat", "without the approval", "without a decision", "without the decision", "without review", "without a review", "without prior review",
    "without approval", "zonder akkoord", "zonder toestemming van",
    // Art. 14(4)(d), 14(5): a person confirms before the system acts ("zonder handmatige bevestiging van de centralist").
    "zonder bevestiging", "zonder handmatige bevestiging", "zonder menselijke bevestiging", "without confirmation", "without manual confirmation", "without human confirmation"],
  REVIEWING_PERSONS,
];

// The natural persons who decide or confirm (AI Act art. 14(5), 26(2); GDPR art. 22(3): human intervention).
const DECIDING_PERSONS: Group = [...REVIEWING_PERSONS, "official*", "ambtena*", "dispatcher*", "centralist*", "planner*", "teamleider*", "team leader*", "managementteam", "management team"];
const CONFIRMED: Group = ["taken", "made", "confirmed", "signed", "verified", "reviewed", "approved", "genomen", "vastgesteld", "bevestigd", "ondertekend", "geverifieerd", "beoordeeld", "goedgekeurd"];

export const sourcePatterns: Readonly<Record<string, readonly EvidencePattern[]>> = {
  "purpose-and-scope": [
    p("AI Act art. 3(12), 13(3)(b)(i); MCC-AI art. 1; AK pba-02", [["beoogd doel", "beoogde doel", "beoogde toepassing", "gebruikscontext", "context van het gebruik", "intended purpose", "context of use", "intended use"], SYSTEM]),
    // The intended purpose as a use the system is limited to (AI Act art. 3(12) "het gebruik waarvoor
    // … is bedoeld", 3(13) use other than intended; MCC-AI art. 1 "shall only be used for").
    p("AI Act art. 3(12), 3(13); MCC-AI art. 1", [
      SYSTEM,
      ["gebruikt voor", "gebruikt om", "ingezet om", "zet ... in", "zetten ... in", "bedoeld voor", "bedoeld om", "dient om", "dient voor", "het doel", "used for", "used to", "deployed for", "deployed to", "intended for", "intended to", "serves to", "purpose"],
      ["uitsluitend", "alleen", "slechts", "solely", "only", "exclusively"],
    ]),
    // "Its intended purpose is to …": the purpose stated as such, the system named a sentence before.
    p("AI Act art. 3(12), 13(3)(b)(i); MCC-AI art. 1", [
      ["intended purpose is", "purpose is to", "beoogde doel is", "beoogd doel is", "het doel is", "enige doel is", "doel is uitsluitend"],
      ["ondersteunen", "support*", "assist*", "helpen", "help*", "bepalen", "determin*", "beantwoorden", "answer*", "opsporen", "detect*", "herkennen", "recogni*", "lezen", "read*", "beoordelen", "assess*", "voorspellen", "predict*", "produc*", "maken", "opstellen", "draft*", "in kaart", "map*", "assign*", "selecteren", "select*", "signaleren", "flag*", "classific*", "classificeren", "prioriteren", "prioriti*"],
    ]),
  ],
  "risk-classification": [
    p("AI Act art. 5, 6, 50, Annex III; AK owp-05", [
      ["risicoklasse", "risicogroep", "risicoclassificatie", "risicocategorie", "risk class*", "risk classification", "risk category", "risk level"],
      ["ai verordening", "ai act", "hoog risico*", "high risk*", "minimaal", "minimal", "beperkt", "limited", "verboden", "prohibited", "artikel 50", "article 50", "bijlage iii", "annex iii", "transparantieverplichting*", "transparency obligation*"],
    ]),
    p("AI Act art. 6, Annex III", [
      ["classificeert", "geclassificeerd", "classified", "classifies", "ingedeeld", "deelt ... in", "aangemerkt als", "considered as",
        // Art. 6(2): "AI systems referred to in Annex III shall be considered to be high-risk" — a system that falls under it.
        "valt onder", "vallen onder", "valt binnen", "falls under", "falls within", "fall within", "referred to in"],
      ["bijlage iii", "annex iii", "artikel 6", "article 6", "artikel 50", "article 50"],
      ["ai systeem", "ai system", "systeem", "system"],
    ]),
    p("AI Act art. 6(3)", [["beperkte procedurele taak", "narrow procedural task", "eerder voltooide menselijke activiteit", "previously completed human activity", "voorbereidende taak", "preparatory task"]]),
  ],
  "no-prohibited-practices": [
    // In plain language: "U belooft dat het systeem niets doet wat de AI-wet verbiedt (artikel 5)".
    p("AI Act art. 5 (plain language)", [
      ["verbiedt", "verboden", "forbids", "prohibits"],
      ["artikel 5", "article 5", "ai wet", "ai verordening", "ai act"],
      ["belooft", "garandeert", "promises", "warrants", "niets", "nothing", "geen", "no"],
    ]),
    p("AI Act art. 5; AK aia-00", [
      ["verboden ai praktijk*", "prohibited ai practice*", "verboden praktijken", "prohibited practices", "onaanvaardbaar risico", "unacceptable risk"],
      ["garandeert", "warrant*", "guarantee*", "staat ervoor in", "geen", "not", "no", "never", "nooit", "niet", "mag niet", "shall not"],
    ]),
  ],
  "provider-role": [
    p("AI Act art. 25(1); AK begrippenlijst", [["gebruiksverantwoordelijke", "deployer", "deployers", "considered a provider", "als aanbieder beschouwd", "wordt aanbieder", "becomes the provider", "becomes a provider", "become a provider", "onder de eigen naam", "naam of merk", "name or trademark"]]),
    p("AI Act art. 25(1)(b)", [["substantiële wijziging*", "substantial modification*", "wezenlijke wijziging*"], ["aanbieder", "provider", "gebruiksverantwoordelijke", "deployer", "rol", "role"]]),
  ],
  "ai-contract-clauses": [
    p("MCC-AI; AK hulpmiddel inkoopvoorwaarden (AI-module bij ARBIT-2022)", [["module voor ai systemen", "module for ai systems", "modelcontractbepalingen", "model contractual clauses", "modelbepalingen voor ai"], APPLIES]),
  ],
  "risk-management": [
    p("AI Act art. 9(2) (risks throughout the entire lifecycle)", [["risico s", "risks", "risico"], ["gehele levensduur", "entire lifecycle", "levenscyclus", "lifecycle", "life cycle", "hele levensduur"]]),
    p("AI Act art. 9; MCC-AI art. 2; AK aia-03", [
      ["risicobeheersysteem", "systeem voor risicobeheer", "risk management system", "risicobeheersmaatregelen", "risk management measures", "redelijkerwijs te voorzien misbruik", "reasonably foreseeable misuse", "known and foreseeable risks", "bekende en voorzienbare risico s",
        // Art. 9(2)(a): "the identification and analysis of the known and the reasonably foreseeable risks".
        "foreseeable risks", "voorzienbare risico s", "te voorziene risico s"],
    ]),
    // Art. 9(2): a continuous process "with regular systematic review and updating" — a risk analysis kept up to date while the system runs.
    p("AI Act art. 9(2)", [
      ["risicoanalyse*", "risk analysis", "risk analyses", "risk file", "risicoinventarisatie*"],
      ["bijhoudt", "bijhouden", "houdt ... bij", "bijgewerkt", "werkt ... bij", "actualiseert", "geactualiseerd", "keeps ... up to date", "kept up to date", "updates", "updating", "actualisering", "gedurende de looptijd", "gedurende de hele looptijd", "throughout the term"],
    ], [
      "informatiebeveiliging", "beveiliging*", "security", "bio", "dpia", "privacy", "gegevensbescherming", "data protection",
      // The risks of the project (RISMAN, planning, budget) are no risks of the system.
      "risman", "projectrisico*", "project risks", "projectbeheersing", "planning", "budget",
    ]),
  ],
  "data-governance": [
    p("AI Act art. 10; MCC-AI art. 3; AK aia-05", [["data governance", "datagovernance", "data management practices", "praktijken voor databeheer"]]),
    p("AI Act art. 10(2)-(4); AK dat-07", [
      ["trainingsdata", "trainingsgegevens", "training data", "validatiedata", "validation data", "testdata", "test data", "trainingsset*", "training set*", "datasheet*", "data sheet*", "datakaart*", "data card*", "data sets", "datasets",
        // The data sets of art. 10 by what they are used for: "all data used to adapt, configure or evaluate the Service".
        "data used to", "data used for", "evaluation data", "evaluatiedata", "fine-tuning data", "finetuningdata", "data waarmee"],
      ["herkomst", "origin", "provenance", "representati*", "bias", "vooringenomenheid", "vertekening", "kwaliteitscriteria", "quality criteria", "foutenvrij", "free of errors", "samenstelling", "labeling", "labelling", "annotat*", "dataverzameling", "data collection", "datavoorbereiding", "data preparation"],
    ]),
  ],
  "technical-documentation": [
    p("AI Act art. 11, 13, Annex IV; MCC-AI art. 4; AK aia-06", [["technische documentatie", "technical documentation", "instructions for use", "gebruiksinstructies", "gebruiksinstructie", "gebruiksaanwijzing", "bijlage iv", "annex iv"]], NOT_DRAWING_UP_DOCUMENTATION),
  ],
  logging: [
    // Art. 12(1): "allow for the automatic recording of events" — "legt iedere detectie automatisch vast".
    p("AI Act art. 12(1)", [["legt ... vast", "vastgelegd", "records", "recorded", "registreert", "registers"], ["automatisch", "automatically"]]),
    p("AI Act art. 12, 19; MCC-AI art. 5; AK aia-07", [["record keeping", "recordkeeping", "automatische registratie", "registratie van gebeurtenissen", "recording of events", "automatic recording", "event logs", "logregistratie", "loggingcapaciteit", "logging capabilities"]]),
  ],
  "transparency-to-buyer": [
    // Art. 13(3)(b)(i)-(ii): the intended purpose with its accuracy and limits ("a written description of the Service's intended use, its limitations, the accuracy measured …").
    p("AI Act art. 13(3)(b)(i)-(ii)", [
      ["intended purpose", "intended use", "beoogd doel", "beoogde doel", "beoogd gebruik", "beoogde gebruik"],
      ["its limitations", "the limitations", "known limitations", "de beperkingen", "zijn beperkingen", "haar beperkingen", "failure modes", "foutsoorten"],
      ["accuracy", "nauwkeurigheid", "precisie", "precision", "foutmarge*"],
    ]),
    p("AI Act art. 13(3)(b)(ii)-(iii) (instructions for use state accuracy and limits)", [
      ["gebruiksinstructie*", "instructions for use", "gebruiksaanwijzing*"],
      ["nauwkeurigheid", "accuracy", "beperkingen", "limitations", "grenzen", "limits", "foutmarge*", "prestaties", "performance"],
    ]),

    p("AI Act art. 13(1), 13(3)(b); MCC-AI art. 6; AK aia-08", [
      [
        "capabilities and limitations", "mogelijkheden en beperkingen", "capaciteiten en beperkingen", "limitations of performance", "known limitations", "bekende beperkingen", "beperkingen van het systeem",
        "limitations of the system", "level of accuracy", "niveau van nauwkeurigheid", "interpret the output", "output interpreteren", "interpretatie van de output", "foreseeable circumstances",
        "voorzienbare omstandigheden", "sufficiently transparent", "voldoende transparant", "bekende omstandigheden", "known circumstances", "gemeten precisie",
        "measured accuracy", "gemeten nauwkeurigheid",
      ],
    ]),
  ],
  "human-oversight": [
    p("AI Act art. 14(4)(d)-(e) (disregard, override, reverse or stop)", [
      ["medewerker*", "behandelaar*", "gebruiker*", "recruiter*", "operator*", "beoordelaar*", "user*", "officer*", "caseworker*", "staff", "commissie", "*commissie", "committee", "panel", "dispatcher*", "centralist*",
        "reviewer*", "*coordinator*", "planner*"],
      ["negeren", "negeert", "terzijde", "terugdraaien", "ingrijpen", "onderbreken", "stopknop", "uitschakelen", "disregard*", "override*", "reverse", "intervene", "interrupt*", "stop button", "ongeacht de", "regardless of the", "irrespective of the",
        // Art. 14(4)(d) "disregard" in other words: set aside, reject the output, switch it off.
        "set aside", "sets aside", "opzij zetten", "schakelt ... uit", "schakelen ... uit"],
      ["ranking", "rangschikking", "uitkomst*", "output*", "voorstel*", "advies", "score*", "prioritering", "systeem", "system", "tool", "model",
        // The outputs AI Act art. 3(1) names: predictions, recommendations; and the estimates and alerts they take.
        "voorspelling*", "prediction*", "schatting*", "estimate*", "aanbeveling*", "recommendation*", "prognose*", "forecast*", "alert*", "signaal", "signalen"],
    ], BID_SET_ASIDE),
    p("AI Act art. 14(4)(b) (automation bias)", [
      ["waarschuwing", "waarschuwt", "warning", "melding", "notice", "message"],
      ["onjuist*", "fouten", "errors", "incorrect", "inaccura*", "controleren", "gecontroleerd", "checked", "verified", "blind*", "automatiseringsbias", "automation bias", "over reliance", "overreliance", "eigen beoordeling", "eigen oordeel", "own judgement", "own judgment", "own assessment"],
    ]),
    p("AI Act art. 14, 26(2); MCC-AI art. 7; AK aia-09", [
      ["menselijke controle", "human in the loop", "human review", "menselijke beoordeling", "automatiseringsbias", "over reliance", "overreliance", "stopknop", "stop button", "safe state", "toezichtmaatregelen", "oversight measures", "effectively overseen"],
    ]),
    p("AI Act art. 14(4)(d)", [["zonder goedkeuring", "zonder bevestiging", "without confirmation", "goedgekeurd door", "approved by", "bevestigd door", "confirmed by"], ["voorstel*", "proposal*", "proposed", "voorgesteld*", "uitkomst*", "output*", "advies", "advice", "recommendation*", "signal*", "signa*"]]),
    p("AI Act art. 14(4)(d), 14(5)", [["afzonderlijk geverifieerd", "separately verified", "geverifieerd en bevestigd", "verified and confirmed"]]),
    // Art. 14(5): nothing happens on the output until a person has checked it ("Geen document wordt
    // openbaar voordat een medewerker de voorgestelde lakkingen heeft gecontroleerd").
    p("AI Act art. 14(4)(d), 14(5)", [
      ["voordat", "pas nadat", "pas ... nadat", "niet eerder dan", "totdat", "before", "only after", "not until", "until"],
      ["medewerker*", "behandelaar*", "beoordelaar*", "caseworker*", "officer*", "staff", "reviewer*", "person", "persoon", "mens"],
      ["gecontroleerd", "nagekeken", "beoordeeld", "goedgekeurd", "bevestigd", "geverifieerd", "checked", "reviewed", "verified", "approved", "confirmed"],
      ["voorgesteld*", "voorstel*", "uitkomst*", "output*", "proposed", "proposal*", "suggest*", "resultat*", "results", "markering*", "signal*", "advies", "advice",
        // What a generative system outputs: a draft ("concept") of a letter, an answer or a decision.
        "concept", "concepten", "conceptbesluit*", "conceptantwoord*", "conceptbrie*", "conceptversie*", "draft", "drafts"],
    ]),
    p("AI Act art. 14(4)(d), 14(5); GDPR art. 22", HUMAN_DECIDES),
  ],
  "accuracy-robustness-security": [
    p("AI Act art. 15(1), 15(3); AK ver-02", [
      ["false positive*", "false negative*", "fpir", "fnir", "fout positie*", "fout negatie*", "vals positie*", "vals negatie*", "hit rate", "trefkans", "treffers", "foutmarge", "error margin"],
      ["ten hoogste", "ten minste", "at most", "at least", "maximaal", "minimaal", "no more than", "below", "onder de", "lower than", "procent", "percent", "%"],
    ]),
    p("AI Act art. 15; MCC-AI art. 8; AK aia-10", [
      ["robuustheid", "robustness", "cyberbeveiliging", "cybersecurity", "adversarial", "data poisoning", "model poisoning", "datavervuiling", "foutpercentage", "word error rate", "accuracy metrics", "nauwkeurigheidsmaatstaven", "accuracy levels", "levels of accuracy"],
    ], ["beschikbaarheid", "availability", "uptime"]),
    p("AI Act art. 15(4)-(5) (resilient against errors and attempts to alter outputs)", [
      ["bestand tegen", "weerbaar tegen", "resilient against", "resilient to", "robust against", "robust to"],
      ["manipul*", "aanval*", "attack*", "fouten", "errors", "faults", "misbruik", "alter*", "vergiftig*", "poison*"],
    ]),
    p("AI Act art. 15(1)-(3) (a target measured on a test set)", [
      ["testset", "test set", "testdataset", "test dataset", "validatieset", "validation set", "validatiedataset", "validation dataset", "referentieset", "reference set"],
      ["ten minste", "ten hoogste", "at least", "at most", "minimaal", "maximaal", "no more than", "no less than", "%", "procent", "percent"],
    ]),
  ],
  "quality-management": [
    p("AI Act art. 17; MCC-AI art. 10; AK aia-11", [["kwaliteitsbeheersysteem", "systeem voor kwaliteitsbeheer", "quality management system", "qms"]]),
  ],
  "conformity-assessment": [
    p("AI Act art. 43, 47, 48; MCC-AI art. 11", [["eu conformiteitsverklaring", "eu declaration of conformity", "aangemelde instantie", "notified body", "conformiteitsbeoordelingsprocedure", "conformity assessment procedure"]]),
  ],
  "eu-database-registration": [
    p("AI Act art. 49, 71; AK aia-17, aia-25", [["eu databank", "eu database", "eu databanken", "europese databank", "european database"]]),
  ],
  "fundamental-rights-assessment": [
    p("AI Act art. 27; MCC-AI art. 12; AK aia-27", [["gevolgen voor de grondrechten", "impact on fundamental rights", "fundamental rights impact assessment", "beoordeling van de gevolgen voor grondrechten"]]),
  ],
  "incidents-and-corrective-action": [
    // Art. 3(49): an incident is also the "gebrekkig functioneren" (malfunctioning) of the system; art. 73 "meldt", "in kennis".
    p("AI Act art. 3(49), 20, 73; MCC-AI art. 13", [
      ["meldt", "meld", "melden", "gemeld", "in kennis", "notifies", "notify", "notified", "informeert", "informs", "reports"],
      ["fout", "fouten", "gebrekkig functioneren", "malfunction*", "error", "errors", "fault", "faults", "defect", "defects"],
      ["binnen", "within", "onverwijld", "onmiddellijk", "without undue delay", "immediately", "direct"],
    ]),
    p("AI Act art. 20, 26(5), 73; MCC-AI art. 13", [["ernstig incident", "ernstige incidenten", "serious incident*", "corrigerende maatregel*", "corrective action*", "non conformiteit", "non conformity", "niet in overeenstemming", "not in conformity", "uit de handel nemen", "withdraw the system", "terugroepen", "recall the system"]]),
  ],
  "individual-explanation": [
    p("AI Act art. 86; MCC-AI art. 14; AK aia-26", [
      ["recht op uitleg", "right to explanation", "uitleg", "explanation*", "explain*", "toelichting", "motivering", "statement of reasons", "overzicht in begrijpelijke taal"],
      ["individu*", "individual", "betrokkene*", "affected person*", "getroffen person*", "aanvrager*", "applicant*", "per besluit", "per beslissing", "per toewijzing", "each decision", "individual decision*", "individuele beslissing*", "per uitkomst", "each outcome", "persoon", "person", "sollicitant*", "inwoner*", "resident*", "burger*", "citizen*", "kandidaat", "kandidaten", "candidate*", "per kandidaat", "each candidate"],
      ["begrijpelijk*", "plain language", "gewone taal", "eenvoudige taal", "eenvoudig nederlands", "begrijpelijk nederlands", "plain dutch", "plain english", "clear", "duidelijk*", "understandable", "intelligible", "voornaamste elementen", "main elements", "factoren", "redenen", "reasons", "role of the system", "rol van het systeem"],
    ]),
  ],
  "buyer-data-rights": [
    p("MCC-AI art. 15(3); AK inkoopvoorwaarden GenAI (no training on the buyer's data)", [
      ["trainen", "te trainen", "to train", "train", "training", "hertrainen", "retrain*", "te leren", "leren"],
      ["niet", "not", "geen", "no", "never", "nooit"],
      ["gegevens", "data", "cv s", "documenten", "documents", "invoer", "input", "opnames", "recordings", "beelden", "images", "foto s", "photos", "teksten", "prompts"],
    ]),
    // The data named in the sentence before: "you do not use them to train your language model", "je gebruikt ze niet om je modellen te trainen".
    p("MCC-AI art. 15(3); AK inkoopvoorwaarden GenAI (no training on the buyer's data)", [
      ["gebruikt", "gebruiken", "use", "uses", "used"],
      ["niet", "not", "geen", "no", "never", "nooit"],
      ["trainen", "te trainen", "to train", "training", "hertrainen", "retrain*", "te leren", "improve", "improvement", "verbeteren"],
      ["model", "models", "modellen", "taalmodel*", "language model*", "algoritme*", "algorithm*", "systemen", "systems", "ai model*"],
    ]),
    p("MCC-AI art. 15 (Public Organisation Data Sets remain the buyer's)", [["blijven van", "blijven eigendom", "blijft eigendom", "remain the property", "remains the property", "remain with", "remains with"], ["provincie", "province", "opdrachtgever", "buyer", "authority", "customer", "gemeente", "municipality", "waterschap", "water board"]]),
    p("MCC-AI art. 15; AK dat-08, owp-29", [["public organisation data sets", "gegevens van de provincie", "data of the province", "customer data", "gegevens van opdrachtgever"], ["eigendom", "ownership", "owner", "eigenaar", "niet voor eigen doeleinden", "own purposes", "any other purpose", "enig ander doel", "andere doeleinden"]]),
  ],
  "third-party-data-and-ip": [
    p("MCC-AI art. 16, 18; AK aut-01, owp-18, owp-19", [
      ["licentie*", "licence*", "license*", "rechten", "rights", "auteursrecht*", "copyright", "intellectuele eigendom*", "intellectual property"],
      ["data", "gegevens", "databronnen", "data sources", "datasets", "data sets", "taalmodel", "language model", "trainingsdata", "training data", "gegevensbronnen", "databank*", "database*"],
      ["vrijwaart", "vrijwaring", "indemnif*", "garandeert", "warrant*", "draagt zorg", "beschikt over", "has obtained", "lawfully", "rechtmatig"],
    ]),
    // MCC-AI art. 16: the supplier warrants that the system and its data infringe no rights of third parties, and indemnifies.
    p("MCC-AI art. 16, 18", [
      ["rechten van derden", "rights of third parties", "third party rights", "third parties rights"],
      ["schendt", "schenden", "geschonden", "inbreuk", "infringe*", "violat*"],
      ["vrijwaart", "vrijwaring", "indemnif*", "garandeert", "warrant*"],
    ]),
  ],
  "exit-and-handover": [
    p("MCC-AI art. 17; AK owp-29; GDPR art. 28(3)(g)", [["exitplan", "exit plan", "exitstrategie", "exit strategy", "exitregeling", "exit arrangement*", "vendor lock in", "lock in"]], []),
    // GDPR art. 28(3)(g) "na afloop van de verwerkingsdiensten … wist of terugbezorgt"; in plain language "Stopt de opdracht? Dan geeft u alles terug".
    p("MCC-AI art. 17; GDPR art. 28(3)(g)", [["einde van de overeenkomst", "end of the agreement", "end of the contract", "beëindiging", "termination", "aan het einde", "at the end", "na afloop", "eind van de opdracht", "einde van de pilot", "eind van de pilot", "end of the pilot", "expiry", "stopt", "eindigt", "ends"],
      ["overdragen", "overdracht", "draagt over", "draagt ... over", "dragen ... over", "hand over", "handover", "transfer*", "teruggeven", "geeft ... terug", "geven ... terug", "terugbezorg*", "return", "vernietig*", "destroy*", "oplever*", "leveren op", "levert op", "levert ... op", "leveren ... op", "levert ... aan", "leveren ... aan"], ["model*", "gegevens", "data", "configuratie", "configuration", "bestand", "file*", "broncode", "source code", "artefact*", "documentatie", "documentation"]], [
      // Records kept for years after the end and then destroyed: a retention period (Archiefwet), not an exit.
      "jaar na beeindiging", "jaren na beeindiging", "jaar na het einde", "jaar na afloop", "years after termination", "years after the end", "years after expiry",
    ]),
  ],
  "audit-right": [
    p("MCC-AI art. 20; AK owp-23; GDPR art. 28(3)(h)", [["auditrecht", "right to audit", "audit right*", "onafhankelijke auditor", "independent auditor", "onafhankelijke deskundige", "independent expert"]], ["registeraccountant", "financial statements", "jaarrekening"]),
    // GDPR art. 28(3)(h): "audits, including inspections, conducted by the controller or another auditor mandated by the controller".
    p("GDPR art. 28(3)(h); MCC-AI art. 20", [["auditor", "auditors", "supervisory authority", "toezichthoudende autoriteit"], ["toegang", "access", "inzage", "inspections", "inspecties"]], [
      "registeraccountant", "financial statements", "jaarrekening",
      // A funding programme's financial audit (Court of Auditors, Audit Authority) is not an audit of the system.
      "court of auditors", "rekenkamer", "audit authority", "auditautoriteit",
    ]),
  ],
  "algorithm-register": [
    p("AK bzk-01; publication standard 1.0; MCC-AI art. 19", [["publicatiestandaard", "publication standard", "registertekst", "register entry", "ai register"]]),
  ],
  "ai-interaction-transparency": [
    p("AI Act art. 50; AK aia-28", [
      ["machineleesbaar*", "machine readable", "synthetisch*", "synthetic", "kunstmatig gegenereerd", "artificially generated", "watermerk*", "watermark*", "deepfake*", "deep fake*", "gegenereerd door ai", "generated by ai", "ai gegenereerd", "ai generated"],
      ["markeert", "markering", "gemarkeerd", "mark*", "label*", "vermeld*", "disclos*", "bekendmaken", "maakt bekend", "kenbaar", "herkenbaar", "recognisable", "detecteerbaar", "detectable"],
    ]),
    p("AI Act art. 50(1)", [["interactie met een ai", "interacting with an ai", "praten met een", "communiceren met een", "talking to a", "chatting with a", "that they are interacting", "dat zij met een chatbot", "dat ze met een",
      // "dat medewerkers met een AI-chatbot praten", "met een computerprogramma chat".
      "met een ai chatbot", "met een chatbot", "met een computerprogramma", "with a chatbot", "with an ai chatbot", "with a computer program",
      // The same told by what the caller speaks to: "dat de beller met een digitale assistent spreekt en niet met een mens".
      "met een digitale assistent", "met een virtuele assistent", "met een spraakassistent", "met een voicebot", "met een spraakcomputer", "niet met een mens",
      "with a digital assistant", "with a virtual assistant", "with a voice assistant", "with a voicebot", "not with a human", "not a human", "not with a person"]]),
    // Recital 133: AI output marked by "metadata identifications" ("vermeldt in de metadata of de vertaalmachine is gebruikt").
    p("AI Act art. 50(2), recital 133", [
      ["metadata", "metagegevens"],
      ["vermeld*", "markeert", "gemarkeerd", "mark*", "label*", "states", "records", "legt vast", "registreert"],
      ["ai", "taalmodel", "language model", "gegenereerd", "generated", "machine*", "*machine", "*machines", "automatisch*", "automatic*", "kunstmatige intelligentie", "artificial intelligence"],
    ]),
    // Art. 50(2), (4): text generated or manipulated by AI is marked or disclosed as such ("vermeldt dat de tekst met behulp van AI is opgesteld").
    p("AI Act art. 50(2), 50(4)", [
      ["vermeld*", "maakt bekend", "maken bekend", "states", "state", "discloses", "disclose", "gemarkeerd", "marked", "labelled", "labeled", "staat ... zichtbaar", "is shown", "staat", "zin", "notice"],
      ["met behulp van ai", "met behulp van een taalmodel", "met behulp van een ai", "met behulp van kunstmatige intelligentie", "met hulp van ai", "met hulp van een ai", "met hulp van een taalmodel", "met hulp van kunstmatige intelligentie",
        "door het taalmodel gegenereerd*", "door ai gegenereerd*", "gegenereerd door", "as generated", "als gegenereerd", "with the help of ai", "with the help of an ai", "with the help of a language model", "with the assistance of ai", "using ai", "by an ai"],
    ]),
  ],
  "ai-literacy": [
    p("AI Act art. 4; AK aia-01, org-16", [["ai geletterdheid", "ai geletterd", "ai geletterdheidsplan*", "ai literacy", "literacy plan", "literacy programme", "ai geletterdheidsprogramma"]]),
    // Art. 4: knowledge of how the system works and where it fails, given to the people who use it.
    p("AI Act art. 3(56), 4; AK owp-25", [
      ["training", "trainingen", "trains", "train", "opleiding*", "opleiden", "leidt op", "cursus*", "instructie", "instruction", "e learning*", "workshop*",
        // In plain language (B1): "U leert onze medewerkers hoe het systeem werkt".
        "leert", "leren", "teaches"],
      ["werking", "functioning", "how the system works", "hoe het systeem werkt", "hoe de tool werkt", "wat het niet kan", "beperkingen", "limitations", "grenzen", "limits", "risico s", "risks", "automation bias", "interpret*", "uitkomsten", "outputs", "foutsoorten", "errors"],
    ],
    // Training a model on data ("use Customer Data to train, retrain or fine-tune any model") is not training people;
    // the buyer's own internal course ("die onze interne cursus hebben gevolgd") is no training by the supplier.
    ["fine tun*", "finetun*", "interne cursus", "interne opleiding", "internal training", "internal course"]),
  ],
  dpia: [
    p("GDPR art. 35; AK avg-13", [["gegevensbeschermingseffectbeoordeling", "data protection impact assessment", "privacy impact assessment"]]),
  ],
  "processor-agreement": [
    p("GDPR art. 28(3) (the contents of a processor agreement)", [
      [
        "onderwerp en de duur", "subject matter and duration", "aard en het doel van de verwerking", "nature and purpose of the processing", "soort persoonsgegevens", "type of personal data",
        "types of personal data", "categorieën van betrokkenen", "categories of data subjects",
      ],
    ]),
    // The agreement named by its article: "the agreement referred to in Article 28(3) GDPR".
    p("GDPR art. 28(3)", [["artikel 28", "article 28", "art 28"], ["overeenkomst", "agreement", "contract", "afspraken", "terms"], ["avg", "gdpr", "algemene verordening gegevensbescherming", "general data protection regulation"]]),
    p("GDPR art. 28; AK owp-14", [["subverwerker*", "sub processor*", "subprocessor*", "verwerker in de zin van", "processor within the meaning", "verwerkingsverantwoordelijke", "data processor"], ["overeenkomst", "agreement", "toestemming", "consent", "authorisation", "authorization", "schriftelijk*", "written", "lijst", "list", "instructie*", "instruction*"]]),
  ],
  "purpose-limitation-and-retention": [
    p("GDPR art. 5(1)(e); AK avg-02", [
      ["wist", "erased", "erase", "verwijderd", "verwijdert", "deleted", "deletes", "vernietigd", "vernietigt", "destroyed"],
      ["binnen", "within", "uiterlijk", "no later than", "direct na", "immediately after", "na afloop", "after"],
      ["persoonsgegevens", "personal data", "beelden", "images", "camerabeelden", "footage", "recordings", "templates", "sjablonen", "registratiefoto s", "gegevens van"],
    ]),
    p("GDPR art. 5(1)(b)-(c); AK avg-01, avg-03", [["uitsluitend verwerkt", "processed only", "only processed", "niet meer gegevens dan", "no more data than", "uitsluitend in het werkgeheugen", "only in memory"]]),
    p("GDPR art. 5(1), 6(1); AK avg-01, avg-02, avg-03", [["dataminimalisatie", "data minimisation", "data minimization", "opslagbeperking", "storage limitation", "doelbinding", "purpose limitation", "verwerkingsgrondslag", "lawfulness of processing", "taak van algemeen belang", "task carried out in the public interest", "public task"]]),
  ],
  "no-solely-automated-decisions": [
    p("GDPR art. 22(1); AK avg-10", [
      ["nooit uitsluitend", "never solely", "niet uitsluitend", "not solely", "not of itself", "niet op zichzelf", "op zichzelf geen", "of itself", "solely on the basis", "uitsluitend op basis", "uitsluitend op de uitkomst", "solely on the output",
        // Art. 22(1) "based solely on automated processing", and its plain-language forms.
        "based solely on", "solely based on", "only on the basis", "alleen op basis", "enkel op basis", "uitsluitend op grond",
        // "on the basis of a System score alone", "op grond van de score alleen".
        "score alone", "scores alone", "score alleen", "scores alleen", "alert alone", "signal alone", "signaal alleen"],
      ["besluit*", "decision*", "beslissing*", "refusal*", "maatregel*", "measure*", "handhav*", "enforcement", "toekenning*", "award*", "afwijzing*", "rejection*",
        // Awb enforcement decisions (art. 5:21, 5:31d, 5:40) and the tax assessment of a parking fine.
        "proces verbaal", "processen verbaal", "last onder*", "bestuursdwang", "dwangsom*", "bestuurlijke boete*", "boete*", "fine", "fines", "penalt*", "sanctie*", "sanction*", "naheffingsaanslag*", "aanslag*", "beschikking*",
        // The decision itself: refused, granted, rejected.
        "rejected", "refused", "granted", "afgewezen", "geweigerd", "toegekend", "uitgesloten", "excluded"],
    ]),
    p("GDPR art. 22; AI Act art. 14(5)", HUMAN_DECIDES),
    // The confirmation itself named as human: "kan geen eenheden alarmeren zonder handmatige bevestiging".
    p("GDPR art. 22(3); AI Act art. 14(4)(d)", [["geen", "no", "niet", "not", "never", "nooit", "cannot"], ["zonder handmatige bevestiging", "zonder menselijke bevestiging", "without manual confirmation", "without human confirmation"]]),
    // The same with the person named: "Geen indeling wordt definitief zonder controle door een planner".
    p("GDPR art. 22(3) (human intervention); AI Act art. 14(4)(d)", [
      ["geen", "no", "never", "nooit"],
      ["zonder controle", "zonder beoordeling", "zonder toetsing", "zonder dat", "without review", "without a review", "without a check", "without confirmation", "without a decision"],
      DECIDING_PERSONS,
    ]),
    // "every decision on a request is taken and signed by an authorised official"; "ieder besluit wordt vastgesteld door een behandelaar".
    p("GDPR art. 22(3); AI Act art. 14(5)", [["every decision", "each decision", "every priority", "iedere beslissing", "elke beslissing", "ieder besluit", "elk besluit", "iedere prioriteit"], CONFIRMED, DECIDING_PERSONS]),
    // "Een voorstel wordt pas een rooster nadat een Planner het heeft vastgesteld", "only after an officer has reviewed it".
    p("AI Act art. 14(4)(d), 14(5)", [["pas nadat", "pas na", "pas ... nadat", "only after", "not until"], DECIDING_PERSONS, CONFIRMED]),
    // "het model bepaalt dat nooit zelfstandig", "may not be closed by the system alone".
    p("GDPR art. 22(1) (based solely on automated processing)", [
      ["zelfstandig", "alone", "by itself", "on its own"],
      ["nooit", "niet", "never", "not", "no", "geen"],
      ["bepaalt", "beslist", "besluit", "decides", "decide", "decided", "closed", "afgewezen", "afgesloten", "rejected", "refused", "alarmeert", "alarmeren", "dispatches", "weigert", "refuses"],
    ]),
    // "Een treffer leidt nimmer zonder tussenkomst van een controleur tot een aanslag": a double negation that demands the person.
    p("GDPR art. 22(3) (human intervention; menselijke tussenkomst)", [
      ["nooit zonder", "nimmer zonder", "niet zonder", "never without", "not without"],
      ["tussenkomst", "menselijke tussenkomst", "intervention", "human intervention", "beoordeling", "review"],
    ]),
    p("GDPR art. 22(1) (no one subject to an automated decision)", [
      ["niemand", "no one", "nobody", "geen", "no applicant", "no person", "no decision"],
      ["automatisch", "automatically", "geautomatiseerd"],
      ["afgewezen", "geweigerd", "refused", "besloten", "decided", "beëindigd", "terminated", "closed", "uitgesloten", "excluded"],
    ]),
    p("GDPR art. 22(1) ('solely'), AI Act art. 14", [["output of the system alone", "the system alone", "the output alone", "alleen op basis van de uitkomst", "enkel op basis van de uitkomst", "uitsluitend op grond van de uitkomst"]]),
    p("AI Act art. 14(5)", [["geen actie of besluit", "geen enkele actie of beslissing", "no action or decision", "afzonderlijk geverifieerd", "separately verified"]]),
    p("GDPR art. 22; AK avg-10", [["uitsluitend op geautomatiseerde verwerking", "solely on automated processing", "geautomatiseerde besluitvorming", "automated decision making", "geautomatiseerde besluiten", "automated decisions", "geautomatiseerde individuele besluitvorming", "automated individual decision*", "volledig geautomatiseerd*", "fully automated", "menselijke tussenkomst", "human intervention"]]),
  ],
  "special-category-data": [
    p("GDPR art. 9, 10; AK avg-08", [
      [
        "bijzondere categorieën", "bijzondere persoonsgegevens", "special categories", "special category data", "strafrechtelijke gegevens", "strafrechtelijke persoonsgegevens", "criminal convictions", "gezondheidsgegevens", "health data", "data concerning health", "biometrische gegevens", "biometric data", "strafbare feiten", "criminal offences",
        // The categories as art. 9(1) lists them.
        "gegevens over gezondheid", "gegevens over de gezondheid", "ras of etnische afkomst", "etnische afkomst", "racial or ethnic origin", "politieke opvattingen", "political opinions",
        "religieuze of levensbeschouwelijke", "religious or philosophical beliefs", "lidmaatschap van een vakbond", "trade union membership", "genetische gegevens", "genetic data",
        "seksuele gerichtheid", "sexual orientation", "seksueel gedrag", "sex life",
        // Health data as recital 35 describes it.
        "ziekte*", "disease*", "medische voorgeschiedenis", "medical history", "klinische behandeling", "clinical treatment", "medische gegevens", "medical data",
        // Art. 9(1) by the traits themselves: medical documents or reasons, skin colour, origin, religion.
        "medische verklaring*", "medische reden*", "medical certificate*", "medical reasons", "huidskleur", "skin colour", "skin color", "godsdienst", "religie", "religion",
      ],
      ["niet verwerkt", "not processed", "niet gebruikt", "not used", "uitgesloten", "excluded", "mag niet", "mogen niet", "shall not", "must not", "uitsluitend", "alleen", "only", "waarborg*", "safeguard*", "artikel 9", "article 9", "uitzondering", "exception", "verwijder*", "delete*", "removed", "not stored", "niet opgeslagen", "niet ingevoerd", "niet in", "not in", "geen invoer", "not an input", "no input"],
    ]),
    // The legal exception itself, cited by its paragraph: the data it concerns are named in the sentence before ("deze gegevens", "this data").
    p("GDPR art. 9(2), UAVG arts. 22–30", [["artikel 9 lid 2", "art 9 lid 2", "artikel 9 tweede lid", "article 9 2", "art 9 2", "article 9 paragraph 2"], ["avg", "gdpr", "uavg", "algemene verordening gegevensbescherming", "general data protection regulation"]]),
  ],
  "non-discrimination": [
    p("Grondwet art. 1; AWGB; AK grw-02 (differences in outcomes per protected ground)", [
      ["geslacht", "leeftijd", "nationaliteit", "afkomst", "migratieachtergrond", "ras", "handicap", "godsdienst", "gender", "sex", "age", "nationality", "ethnic*", "ethnic origin", "national origin", "racial", "disability", "religion"],
      ["verschillen in uitkomsten", "verschil in uitkomsten", "differences in outcomes", "disparate impact", "ongelijke behandeling", "unequal treatment", "onderscheid", "discriminat*", "bias*",
        // Outcomes compared between groups: "whether the scores differ between groups".
        "differ between", "differs between", "verschillen tussen", "verschilt tussen"],
    ]),
    p("AK grw-02, ver-03; Handreiking non-discriminatie", [
      ["bias toets*", "biastoets*", "bias test*", "bias analysis", "biasanalyse", "discriminatietoets*", "discrimination test*", "indirect onderscheid", "indirect discrimination", "direct onderscheid", "direct discrimination", "rechtvaardigingstoets", "justification test", "discriminatieprotocol", "discrimination protocol", "unequal outcomes", "protected grounds", "protected characteristics", "beschermde persoonskenmerken"],
    ]),
  ],
  "human-rights-impact-assessment": [
    p("AK grw-01; IAMA", [["impact assessment mensenrechten en algoritmes", "human rights impact assessment", "mensenrechtentoets"]]),
  ],
  "information-security": [
    p("AK owp-26 (gezamenlijke risicoanalyse); GDPR art. 32", [["beveiligingsrisicoanalyse", "securityrisicoanalyse", "security risicoanalyse", "informatiebeveiligingsrisicoanalyse", "security risk analysis", "security risk assessment", "risicoanalyse informatiebeveiliging"], ["samen", "gezamenlijk*", "jointly", "joint", "together", "ciso"]]),
    // The risks themselves analysed or mapped together (GDPR art. 32(2): "the risks that are presented by processing").
    p("AK owp-26; GDPR art. 32(1), (2); BIO", [
      ["informatiebeveiligingsrisico*", "beveiligingsrisico*", "security risks", "information security risks", "risks to information security"],
      ["analyse*", "analys*", "beoordeel*", "beoordeling", "assess*", "in kaart"],
    ]),
    p("AK owp-26 (gezamenlijke risicoanalyse)", [["gezamenlijke risicoanalyse", "joint risk analysis", "joint risk assessment"], ["manipulatie", "manipulation", "aanval*", "attack*", "beveiliging*", "security", "inbraak", "intrusion", "dreiging*", "threat*", "integriteit", "integrity", "vertrouwelijkheid", "confidentiality"]]),
    p("AK bio-01, owp-26; BIO; GDPR art. 32", [["baseline informatiebeveiliging overheid", "baseline informatiebeveiliging", "bio", "iso 27001", "iso iec 27001", "nen iso 27001", "iso 27002"], ["risicoanalyse", "risk analysis", "risk assessment", "risicobeoordeling", "samen", "jointly", "together"]]),
  ],
  "supply-chain-transparency": [
    p("AI Act art. 25(4), 53; AK owp-34", [
      ["onderliggende model*", "underlying model*", "foundation model*", "taalmodel voor algemene doeleinden", "ai model voor algemene doeleinden", "general purpose ai model*", "general purpose model*", "voorgetraind*", "pre trained", "pretrained", "onderaannemer*", "subcontractor*", "hostinglocatie*", "hosting location*", "toeleverancier*", "sub supplier*",
        // Art. 25(4), 53(1)(b): the model the system is built on and who provides it.
        "basismodel*", "base model*", "aanbieder van het taalmodel", "provider of the language model", "aanbieder van het model", "provider of the model"],
      ["bekend", "bekendmaken", "maakt bekend", "disclos*", "noemt", "vermeldt", "lists", "lijst", "informeert", "informs", "identif*", "welke", "which", "opgave", "geeft op", "names", "name", "overzicht", "inventaris*", "inventory", "software bill of materials",
        "vertelt", "vertellen", "tells", "mentions", "mention"],
    ]),
    p("AI Act art. 25(4), 53(1)(b) (which models the system is built on)", [
      ["bekend", "bekendmaken", "disclos*", "vermeldt", "noemt", "states", "vertelt", "vertellen", "tells", "geeft aan"],
      ["welk taalmodel", "welk generatief taalmodel", "welk classificatiemodel", "welke modellen", "which language model", "which model", "which models", "generatief taalmodel", "generative model", "large language model"],
    ]),
  ],
  "requirements-in-award-and-contract": [
    p("AK owp-27, owp-28 (requirements become contract terms)", [
      ["eisen", "verplichtingen", "requirements", "obligations", "commitments"],
      ["maken deel uit van de", "deel uit van de overeenkomst", "forms part of the", "opgenomen in de overeenkomst", "included in the contract", "onderdeel van de overeenkomst", "part of the contract", "part of the agreement"],
    ]),
    p("AK owp-16, owp-20, owp-27, owp-28", [
      ["eisen", "requirements", "commitments", "knock outs"],
      ["onderdeel van de overeenkomst", "part of the agreement", "part of the contract", "worden onderdeel", "become part", "opgenomen in de overeenkomst", "included in the contract", "service level agreement", "sla", "dvo", "dienstverleningsovereenkomst", "service levels"],
      ["gunning*", "award*", "gunningscriteri*", "award criteri*", "beoordeling", "evaluation", "service level*", "sla", "dvo"],
    ]),
  ],
  "evidence-in-evaluation": [
    p("AK owp-17, owp-18", [
      ["modelkaart*", "model card*", "datakaart*", "data card*", "datasheet*", "data sheet*", "testrapport*", "test report*", "certificaat", "certificate*", "eu conformiteitsverklaring", "declaration of conformity"],
      ["inschrijving", "bid", "tender", "offerte", "inschrijver*", "bidder*", "tenderer*", "gunning*", "award*", "beoordeling", "evaluation", "indienen", "submit*", "meeleveren", "bijvoegen", "enclose*", "include*"],
    ],
    // The declaration of conformity drawn up with the CE marking before delivery is the conformity
    // procedure (AI Act art. 43, 47, 48), not evidence weighed when the bids are evaluated.
    ["ce markering", "ce marking", "conformiteitsbeoordeling", "conformity assessment", ...GENERIC_BID_DECLARATIONS]),
  ],
  "ethics-review": [
    p("AK pba-06; aanpak begeleidingsethiek", [["begeleidingsethiek", "guidance ethics", "ethische commissie", "ethics commission", "ethics committee", "ethiekcommissie", "multidisciplinair team", "multidisciplinary team"]]),
  ],
  "monitoring-after-go-live": [
    p("AI Act art. 26(5), 72; AK mon-05, mon-07", [
      ["post market monitoring", "monitoring na het in de handel brengen", "monitoringsplan", "monitoring plan", "data drift", "datadrift", "modeldrift", "model drift", "concept drift", "drift", "versiebeheer", "version control", "versioning", "reproduceerbaar*", "reproducib*", "herevaluatie", "re evaluation", "periodieke evaluatie", "periodic evaluation"],
    ]),
    p("AI Act art. 72", [
      // Art. 72(2): "actively and systematically collect, document and analyse" data on the performance.
      ["meet", "meten", "measures", "measure", "monitort", "monitors", "controleert", "checks", "rapporteert", "reports", "report", "draaien", "draait", "runs", "re run", "vergelijkt", "vergelijken", "compares", "compare",
        "analyse", "analyses", "analyseert", "assess", "assesses", "beoordeelt", "evaluate", "evaluates", "evalueert"],
      ["maandelijks", "monthly", "kwartaal", "quarterly", "quarter", "weekly", "dagelijks", "jaarlijks", "yearly", "each year", "ieder jaar", "elk jaar",
        "elke twee weken", "iedere twee weken", "every two weeks", "elke drie maanden", "iedere drie maanden", "every three months", "elke maand", "iedere maand", "every month"],
      ["steekproef", "nauwkeurigheid", "accuracy", "change", "changes", "testset", "test set", "metrics", "even goed", "as well as", "foutpercentage*", "error rate", "prestaties", "performance", "afwijking*", "deviation*", "gewijzigd", "changed", "verschil*", "differen*", "precisie", "precision", "recall",
        // The hit rate of a selection (AK ver-02's "trefkans"), the measure a ranking is monitored by.
        "trefkans", "hit rate"],
    ]),
  ],
  "records-and-openness": [
    p("AI Act art. 18; AK arc-01, woo-01", [["archiefwet", "archives act", "archiefbescheiden", "wet open overheid", "open government act", "woo verzoek*", "woo request*", "freedom of information"], ["bewaar*", "kept", "retain*", "archiver*", "archiv*", "openbaar*", "disclos*", "verstrek*", "publiceren", "publish*", "niet in de weg", "does not prevent", "not prevent"]]),
    // AK woo-01: confidentiality that does not stand in the way of disclosure.
    p("AK woo-01", [["geheimhouding*", "vertrouwelijk*", "confidential*"], ["niet in de weg", "niet ... in de weg", "does not prevent", "shall not prevent", "not preclude", "belet niet", "beletten niet", "may prevent", "can prevent", "shall prevent", "will prevent", "beperken ... niet", "beperkt ... niet", "does not limit", "do not limit", "shall not limit", "does not restrict", "do not restrict", "shall not restrict"], ["openbaar*", "disclos*", "woo", "wet open overheid", "open government act", "publiceren", "publish*"]]),
  ],
  "complaints-and-appeal": [
    // Awb art. 3:45: a decision open to objection or appeal says so ("rechtsmiddelenclausule"); "bezwaar- en beroepsclausule" reads "bezwaar en beroepsclausule".
    p("AK imp-06; Awb art. 3:45", [["bezwaar en beroeps*", "rechtsmiddelenclausule*", "rechtsmiddelenvoorlichting", "bezwaarclausule*"]], NOT_ABOUT_OUTCOMES),
    p("AK imp-06; Awb", [["bezwaar en beroep", "objection and appeal", "klachtenregeling", "complaints procedure", "complaint procedure", "bezwaarprocedure", "objection procedure", "klacht indienen", "lodge a complaint", "bezwaar maken", "lodge an objection", "bezwaar indienen"]], NOT_ABOUT_OUTCOMES),
  ],
  "generative-ai-safeguards": [
    p("AK inkoopvoorwaarden (GenAI), owp-35", [["prompts", "vragen", "questions", "gesprekken", "conversations", "customer data", "invoer", "input*", "gegenereerde", "generated"], ["niet gebruikt", "not used", "niet gebruiken", "not use", "niet toegestaan", "not permitted"], ["train*", "verbeter*", "improve*", "optimalis*", "optimis*", "optimiz*"]]),
    // The model named instead of the data: "U gebruikt onze opnames niet om uw taalmodel te trainen".
    p("AK inkoopvoorwaarden (GenAI), owp-35", [
      ["gebruikt", "gebruiken", "use", "uses", "used", "bewaart", "bewaren", "retain*", "stores", "store"],
      ["niet", "not", "geen", "no", "never", "nooit", "zonder dat", "without"],
      ["trainen", "te trainen", "to train", "training", "train", "hertrainen", "retrain*", "te leren", "improve", "improvement", "verbeteren"],
      ["taalmodel*", "language model*", "model", "models", "modellen", "ai model*"],
    ]),
    // Where the model runs: "Het taalmodel draait binnen de Europese Economische Ruimte of on-premise".
    p("AK hulpmiddel inkoopvoorwaarden, generatieve-ai (EU or on-premise hosting); GDPR art. 44", [
      ["draait", "draaien", "runs", "run", "hosted", "gehost", "hosting", "datacenter*", "datacentrum", "datacentra", "data centre*", "data center*", "operated"],
      ["binnen de eu", "in de eu", "within the eu", "in the eu", "europese economische ruimte", "european economic area", "eea", "on premise", "binnen europa", "within europe", "in europe"],
    ]),
    p("AK owp-35", [["bronvermelding", "source citation*", "cites the source*", "verwijst naar de bron", "bronnen", "sources"], ["antwoord*", "answer*", "output*", "tekst*", "text*"]]),
  ],
  sustainability: [
    p("AK owp-12, mon-06", [["energieverbruik", "energy consumption", "energy use", "co2", "koolstofvoetafdruk", "carbon footprint", "energie efficientie", "energy efficiency"], ["rapport*", "report*", "meet", "measure*", "inzicht", "informatie", "information", "geeft op", "states"]], NOT_AI_FOOTPRINT),
  ],
  accessibility: [
    p("AK aia-19; EN 301 549; WCAG", [["wcag", "en 301 549", "toegankelijkheidseisen", "accessibility requirements", "digitoegankelijk*"]]),
  ],
  "compliance-dates": [
    p("AI Act art. 111, 113", [
      ["op de datum waarop", "vanaf de datum", "from the date", "by the date", "at launch", "van toepassing worden", "become applicable", "apply from", "in werking treden", "enter into application"],
      ["verplichtingen", "obligations", "eisen", "requirements"],
      ["hoog risico*", "high risk*", "bijlage iii", "annex iii", "ai verordening", "ai act"],
    ]),
  ],
  "general-terms": [
    p("ARBIT-2022; GIBIT 2023; provincial purchasing terms", [["arbit*", "gibit*", "inkoopvoorwaarden", "purchasing conditions", "algemene voorwaarden", "general terms", "general conditions", "purchasing terms", "general government terms"], ["van toepassing", "apply", "applies", "governed", "gelden", "prevail*", "voorrang", "precedence"]], ["neither"]),
  ],
};
