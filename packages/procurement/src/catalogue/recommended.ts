// ethiek:recommended — every requirement of the catalogue (GUIDELINES.md) as ruleset data.
// Texts are our own words; sources are cited by framework and article or Algoritmekader URN.
// Patterns are concept groups that must co-occur in one passage (see schemas/ruleset.schema.json);
// whether the passage obliges anyone is decided by the engine's modality rules, not here.
import type { RequirementDefinition, Ruleset } from "@ethiek/schemas";
import { aiAct, akMtr, akVer, BID_SET_ASIDE, GENERIC_BID_DECLARATIONS, gdpr, mcc, NOT_ABOUT_OUTCOMES, NOT_AI_FOOTPRINT, NOT_DRAWING_UP_DOCUMENTATION, src, t } from "./helpers.js";
import { classification } from "./classification.js";
import { milestones } from "./milestones.js";
import { sourcePatterns } from "./source-patterns.js";
import { vocabulary } from "./vocabulary.js";

const HR = { tag: "high-risk" } as const;
const AI = { tag: "ai" } as const;

/**
 * What an AI system's output gets right or wrong (AI Act art. 3(1): "predictions, content,
 * recommendations, or decisions"; art. 15(1), (3): "levels of accuracy"): the words that make a
 * percentage a measure of accuracy rather than a share of costs or of a workload.
 */
const ACCURACY_ANCHOR: [string, ...string[]] = [
  "juist", "juiste", "juistheid", "correct", "correcte", "correctly", "correctness", "onjuist*", "incorrect*", "fout*", "error*", "mistake*",
  "nauwkeurig*", "accura*", "herkent", "herkend", "herkenning", "recognis*", "recogniz*", "detecteert", "gedetecteerd", "detectie", "detect*",
  "classificeert", "geclassificeerd", "classificatie*", "classif*", "voorspel*", "predict*", "identificeert", "geïdentificeerd", "identif*",
  "transcri*", "vertaling*", "translation*", "treffer*", "hits", "wijkt ... af", "deviates", "deviation", "afwijking*",
  "rangschik*", "gerangschikt*", "ranked", "ranking*", "overeenstemming", "agreement with", "agreement between",
  "van de gevallen", "of cases", "of the cases", "van elke 100", "out of every 100", "proportion of", "percentage of", "percentage van", "score", "scores",
];
const ALG = { tag: "algorithmic" } as const;
const PD = { tag: "personal-data" } as const;
const DAP = { tag: "decisions-about-people" } as const;
const GEN = { tag: "generative" } as const;
const IMP = { tag: "impactful" } as const;
const errorIfHighRisk = { if: HR, then: "error", else: "warning" } as const;

// Shared vocabulary.
type Group = [string, ...string[]];
const AI_SYSTEM: Group = ["ai systeem", "ai systemen", "ai system", "ai systems", "aisysteem", "kunstmatige intelligentie", "artificial intelligence", "machine learning*", "machinelearning*", "zelflerend*", "self learning", "*algoritme*", "algorithm*", "regelmodule", "taalmodel*", "language model*"];
const AI_ACT: Group = ["ai verordening", "aiverordening", "ai act", "verordening eu 2024 1689"];
const DATA: Group = [
  "gegevens", "*gegevens", "data", "*data", "datasets", "data sets", "teksten", "documenten", "documents", "kennisbank", "knowledge base",
  "beelden", "*beelden", "footage", "images", "recordings",
];

const ownUsage: RequirementDefinition[] = [
  {
    id: "purpose-and-scope",
    title: t("Doel en inzet van het algoritme", "Purpose and scope of the algorithm"),
    explanation: t(
      "Alleen als de aanbesteding zegt of er een algoritme of AI-systeem in de oplossing zit, waarvoor het dient en waar het wordt gebruikt, kun je bepalen welke regels gelden.",
      "Only when the tender says whether the solution contains an algorithm or AI system, what it is for and where it is used can anyone tell which rules apply.",
    ),
    remediation: t(
      "Beschrijf in de opdrachtomschrijving of de oplossing een algoritme of AI-systeem (artikel 3, lid 1, AI-verordening) bevat, met het beoogde doel en de context van gebruik.",
      "State in the description of the contract whether the solution contains an algorithm or an AI system (AI Act art. 3(1)), its intended purpose and the context of use.",
    ),
    sources: [aiAct("art. 3(1)"), akMtr("owp-05"), mcc("Annex A")],
    severity: "error",
    applies: ALG,
    exclusionSatisfies: true,
    patterns: [
      {
        all: [
          [...AI_SYSTEM, "regelgebaseerd*", "rule based"],
          [
            "in de zin van", "within the meaning", "om", "in order to", "bedoeld om", "that analyses", "which analyses", "dat analyseert", "analyseert", "herkent", "recognises", "classificeert", "classifies",
            "voorspelt", "predicts", "estimates", "bedoeld voor", "intended to", "intended purpose", "beoogd doel", "beoogde doel", "is bedoeld", "is intended", "used by", "gebruikt door", "wordt gebruikt",
            "is used",
            // What the system does to a case, as AI Act art. 3(1) names outputs (predictions, recommendations, decisions) and art. 13(3)(b)(i) the intended purpose.
            "bestemd voor", "voorstelt", "stelt ... voor", "bepaalt", "determines", "selecteert", "selects", "rangschikt", "ranks", "detecteert", "detects", "to detect", "signaleert", "flags",
            "wijst ... toe", "assigns", "stelt ... op", "drafts",
            // A rule-based algorithm's output: the amount or the entitlement it calculates.
            "berekent", "calculates", "computes", "rekent ... uit",
          ],
        ],
      },
      { all: [AI_SYSTEM, AI_ACT] },
    ],
    // Quote what the system is and does (art. 3(1), 13(3)(b)(i): its intended purpose) before a
    // sentence that only records its risk class or its duties.
    checks: [
      {
        kind: "quote-first",
        patterns: [
          {
            all: [
              [...AI_SYSTEM, "regelgebaseerd*", "rule based"],
              ["dat", "die", "that", "which", "om", "bedoeld", "bestemd", "intended", "betreft", "concerns", "procure*", "seeks", "zet ... in", "deploys"],
            ],
            none: ["hoog risico*", "high risk*", "artikel 5", "article 5", "risicoklasse", "risk class", "ingedeeld", "classified", "aangemerkt", "garandeert", "warrants", "uiterlijk", "no later than",
              // What it is not for says nothing of what it does.
              "niet bestemd", "niet bedoeld", "not intended", "not meant", "wordt niet gebruikt", "is not used"],
          },
        ],
      },
    ],
  },
  {
    id: "risk-classification",
    title: t("Risicoklasse volgens de AI-verordening", "Risk class under the AI Act"),
    explanation: t(
      "De risicoklasse bepaalt welke plichten gelden. Valt een toepassing onder bijlage III maar is ze toch geen hoog risico, dan moet die afweging (artikel 6, lid 3) op papier staan.",
      "The risk class decides which duties apply. If a use falls under Annex III but is not high-risk, that reasoning (art. 6(3)) must be written down.",
    ),
    remediation: t(
      "Leg de risicoklasse vast (verboden, hoog risico met het gebied van bijlage III, transparantieplicht van artikel 50 of minimaal risico) en, bij een uitzondering op grond van artikel 6, lid 3, de onderbouwing daarvan.",
      "Record the risk class (prohibited, high-risk with its Annex III area, art. 50 transparency, or minimal) and, for an art. 6(3) exception, the reasoning behind it.",
    ),
    sources: [aiAct("art. 5, 6 and Annex III"), akVer("aia-02"), akMtr("owp-05")],
    severity: "error",
    commitment: true,
    applies: AI,
    exclusionSatisfies: true,
    checks: [{ kind: "consistent-risk-class" }],
    patterns: [
      {
        all: [
          ["hoog risico*", "hoogrisico*", "high risk*", "beperkt risico", "minimaal risico", "limited risk", "minimal risk", "risicoklasse", "risk class*", "risicocategorie", "risk category"],
          ["bijlage iii", "annex iii", "artikel 6", "article 6", "artikel 50", "article 50", "ingedeeld", "classified", "beoordeeld als", "aangemerkt", "merkt", "considers", "indeling",
            // The parties record the class as a finding ("Partijen stellen vast dat …", "The parties acknowledge that …").
            "stellen vast", "stelt vast", "vastgesteld", "acknowledge that", "acknowledges that", "agree that", "determined that"],
        ],
      },
    ],
  },
  {
    id: "no-prohibited-practices",
    title: t("Geen verboden AI-praktijken", "No prohibited AI practices"),
    explanation: t(
      "Praktijken uit artikel 5 van de AI-verordening, zoals sociale scoring of emotieherkenning op het werk, zijn verboden. De leverancier moet garanderen dat het systeem ze niet uitvoert.",
      "The practices of AI Act art. 5, such as social scoring or emotion recognition at work, are banned. The supplier must warrant that the system does not perform them.",
    ),
    remediation: t(
      "Neem een eis op waarin de leverancier garandeert dat het systeem geen praktijk uit artikel 5 van de AI-verordening uitvoert of mogelijk maakt.",
      "Add a requirement in which the supplier warrants that the system neither performs nor enables any practice listed in AI Act art. 5.",
    ),
    sources: [aiAct("art. 5"), akVer("aia-00")],
    party: "supplier",
    severity: "error",
    applies: AI,
    exclusionSatisfies: true,
    checks: [{ kind: "no-described-practice" }],
    patterns: [
      {
        all: [
          ["verboden praktijk*", "verboden ai praktijk*", "prohibited practice*", "prohibited ai practice*"],
          ["garandeert", "garanderen", "warrant*", "guarantee*", "staat ervoor in", "staat er voor in", "ensures", "verklaart", "declares", "geen", "not", "no"],
        ],
      },
      {
        // A bare "artikel 5" is as often the contract's own article ("het besluit bedoeld in artikel 5"):
        // it names the AI Act's prohibitions only with the Act beside it.
        all: [
          ["artikel 5", "article 5", "art 5"],
          ["ai verordening", "aiverordening", "ai act", "2024 1689", "artificial intelligence act", "aia", "ai wet", "ai v", "ai vo", "aivo", "verordening artificiele intelligentie"],
          ["garandeert", "garanderen", "warrant*", "guarantee*", "staat ervoor in", "staat er voor in", "ensures", "verklaart", "declares", "geen", "not", "no"],
        ],
      },
    ],
  },
  {
    id: "provider-role",
    title: t("Rol van aanbieder en gebruiksverantwoordelijke", "Provider and deployer roles"),
    explanation: t(
      "De provincie wordt zelf aanbieder als het systeem onder haar naam wordt gebruikt, of als zij het wezenlijk wijzigt of een ander doel geeft. Dan krijgt zij veel zwaardere plichten.",
      "The province becomes the provider when the system is used under its name, or when it substantially modifies it or changes its purpose; the duties then become much heavier.",
    ),
    remediation: t(
      "Leg vast wie aanbieder is en wie gebruiksverantwoordelijke, en wat er gebeurt bij een eigen naam, een wezenlijke wijziging of een nieuw doel (artikel 25 AI-verordening).",
      "State who is provider and who is deployer, and what happens under the province's own name, after a substantial modification or for a new purpose (AI Act art. 25).",
    ),
    sources: [aiAct("art. 25")],
    severity: "warning",
    commitment: true,
    applies: AI,
    patterns: [
      {
        all: [
          ["aanbieder", "provider"],
          ["gebruiksverantwoordelijke*", "deployer*", "in de zin van", "within the meaning", "in the sense of", "eigen naam", "own name", "wezenlijke wijziging*", "substantial modification*",
            // AI Act art. 25: responsibilities along the AI value chain (who becomes provider).
            "artikel 25", "article 25", "art 25"],
        ],
      },
      // The role kept when something changes: "The Supplier is and remains the provider of the Model".
      { all: [["remains the provider", "remains provider"]] },
    ],
  },
  {
    id: "ai-contract-clauses",
    title: t("AI-contractbepalingen", "AI contract clauses"),
    explanation: t(
      "De EU-modelcontractbepalingen voor AI (MCC-AI) of de AI-module van ARBIT regelen de plichten van de leverancier. Zonder zulke bepalingen staan ze nergens in het contract.",
      "The EU model contractual clauses for AI (MCC-AI) or the ARBIT AI module set out the supplier's duties; without such clauses they are nowhere in the contract.",
    ),
    remediation: t(
      "Voeg de MCC-AI toe aan de overeenkomst: de hoog-risicoversie bij hoog-risico-AI, anders de lichte versie of de AI-module bij ARBIT-2022.",
      "Attach the MCC-AI to the contract: the high-risk version for high-risk AI, otherwise the light version or the ARBIT-2022 AI module.",
    ),
    sources: [mcc("high-risk and light templates"), src("Algoritmekader", "inkoopvoorwaarden (AI)")],
    severity: "error",
    applies: AI,
    patterns: [
      {
        all: [
          ["mcc ai", "mccai", "mcc", "modelcontractbepalingen", "modelbepalingen", "modelcontractclausules", "model contractual clauses", "model contractual ai clauses", "model contract clauses", "ai module", "aimodule", "module ai systemen"],
          ["bijlage", "schedule", "annex", "gehecht", "gevoegd", "van toepassing", "apply", "applies", "onderdeel", "form part", "forms part", "maken deel uit", "maakt deel uit", "attached", "aangevuld", "incorporated", "nemen ... op", "neemt ... op", "opgesteld op basis van", "drawn up on the basis of",
            // The infinitive after a verb ("bevestigen dat de MCC-AI deel uitmaken van") and terms modelled on the clauses.
            "deel uitmaken", "deel uit te maken", "naar het voorbeeld van", "modelled on", "modeled on", "uitwerking van", "elaboration of", "implementation of",
            // "maken als geheel deel uit van"; the clauses themselves in translation ("een werkvertaling van de modelcontractbepalingen").
            "maken ... deel uit", "maakt ... deel uit", "vertaling van", "werkvertaling", "translation of", "gebaseerd op", "based on", "applicable", "deel uit van",
            // Aanwijzingen voor de regelgeving: "is van overeenkomstige toepassing" (applies mutatis mutandis).
            "overeenkomstige toepassing", "mutatis mutandis"],
        ],
      },
    ],
  },
  {
    id: "risk-management",
    title: t("Risicobeheer", "Risk management"),
    explanation: t(
      "Een AI-systeem brengt risico's mee voor gezondheid, veiligheid en grondrechten. De leverancier moet die de hele levensduur bijhouden, testen en beperken, en de uitkomsten delen.",
      "An AI system brings risks to health, safety and fundamental rights. The supplier must track, test and reduce them over the whole lifecycle and share the results.",
    ),
    remediation: t(
      "Eis een gedocumenteerd risicobeheersysteem voor de hele levensduur, met tests, en dat de leverancier de uitkomsten met de provincie deelt.",
      "Require a documented risk-management system for the whole lifecycle, with tests, and that the supplier shares the results with the province.",
    ),
    sources: [mcc("art. 2 (high-risk)"), aiAct("art. 9"), akVer("aia-03")],
    severity: errorIfHighRisk,
    commitment: true,
    applies: AI,
    // A declaration that a risk management system exists plans nothing (AI Act art. 9(1): "shall be established, implemented, documented and maintained").
    checks: [{ kind: "commitment-to-act" }],
    patterns: [
      {
        all: [["*risicobeheer*", "*risicomanagement*", "risk management*", "risk-management*", "risk register", "risicoregister", "risk log", "risicologboek", "foreseeable risks", "voorzienbare risico*"]],
        // A company-wide programme modelled on a framework ("aligned with the NIST AI Risk Management
        // Framework", "geïnspireerd op ISO 31000") is no risk management system for this system (art. 9(1)).
        none: ["nist", "risk management framework", "iso 31000", "best in class", "geinspireerd op", "inspired by"],
      },
    ],
  },
  {
    id: "data-governance",
    title: t("Datagovernance van trainingsdata", "Data governance of training data"),
    explanation: t(
      "Een model is zo goed als de data waarmee het is getraind. Herkomst, representativiteit en onderzoek naar vooringenomenheid bepalen of de uitkomsten eerlijk en juist zijn.",
      "A model is as good as the data it was trained on. Origin, representativeness and the examination of bias decide whether its outputs are fair and right.",
    ),
    remediation: t(
      "Laat de leverancier de trainings-, validatie- en testdata beschrijven: herkomst, representativiteit, en hoe vooringenomenheid is onderzocht en verminderd.",
      "Have the supplier describe the training, validation and test data: origin, representativeness, and how bias was examined and reduced.",
    ),
    sources: [mcc("art. 3 (high-risk)"), aiAct("art. 10"), akVer("aia-05")],
    severity: errorIfHighRisk,
    applies: AI,
    party: "supplier",
    // A declaration that the training data are representative is no description of them (AI Act art. 10(2)).
    checks: [{ kind: "commitment-to-act" }],
    patterns: [
      {
        all: [
          ["training*", "trainings*", "getraind", "trained", "train", "validatie*", "validation"],
          ["herkomst", "origin", "representati*", "bias", "vooringenomenheid", "vertekening", "source of the data", "provenance"],
        ],
      },
    ],
  },
  {
    id: "technical-documentation",
    title: t("Technische documentatie en gebruiksinstructies", "Technical documentation and instructions for use"),
    explanation: t(
      "Zonder technische documentatie en een gebruiksaanwijzing kan de provincie het systeem niet goed gebruiken, controleren of uitleggen.",
      "Without technical documentation and instructions for use, the province cannot use, check or explain the system properly.",
    ),
    remediation: t(
      "Eis dat de leverancier vóór de acceptatie technische documentatie en een gebruiksaanwijzing levert, en leg vast wie welk deel schrijft.",
      "Require the supplier to deliver technical documentation and instructions for use before acceptance, and settle who writes which part.",
    ),
    sources: [mcc("art. 4 (high-risk)"), aiAct("art. 11, 13"), akVer("aia-06"), akMtr("owp-22")],
    severity: "error",
    applies: AI,
    patterns: [
      {
        all: [
          ["technische documentatie", "technical documentation", "technische beschrijving", "technical description", "modelkaart", "model card*", "*modelbeschrijving", "modeldocumentatie", "model description", "model documentation"],
          ["levert", "leveren", "geleverd", "delivers", "deliver", "provides", "provide", "verstrekt", "acceptatie*", "acceptance", "oplevering", "ingebruikname", "gebruiksaanwijzing", "gebruiksinstructies", "*handleiding*", "instructions for use", "manual"],
        ],
        none: NOT_DRAWING_UP_DOCUMENTATION,
      },
    ],
  },
  {
    id: "logging",
    title: t("Automatische logging en bewaartermijn", "Automatic logging and retention"),
    explanation: t(
      "Logs laten achteraf zien wat het systeem deed en waarom. De provincie moet erbij kunnen, en ze moeten ten minste zes maanden bewaard blijven.",
      "Logs show afterwards what the system did and why. The province must be able to access them, and they must be kept for at least six months.",
    ),
    remediation: t(
      "Eis dat het systeem automatisch logt, dat de provincie toegang heeft tot de logs en dat ze ten minste zes maanden worden bewaard.",
      "Require automatic logging, buyer access to the logs, and retention of the logs for at least six months.",
    ),
    sources: [mcc("art. 5 (high-risk)"), aiAct("art. 12, 19, 26(6)"), akVer("aia-07"), akVer("aia-13"), akVer("aia-23")],
    severity: errorIfHighRisk,
    applies: AI,
    checks: [{ kind: "minimum-duration", months: 6 }],
    patterns: [
      {
        all: [["logging", "loggen", "logt", "gelogd", "logs", "log", "logbestand*", "auditlog*", "audit log*", "audit trail*", "logfile*", "log files"]],
        none: ["applicatielog*"],
      },
    ],
  },
  {
    id: "transparency-to-buyer",
    title: t("Informatie om uitkomsten te begrijpen", "Information to interpret the output"),
    explanation: t(
      "Wie met de uitkomsten werkt, moet de grenzen van het systeem kennen: hoe nauwkeurig het is, waar het minder goed werkt en welke fouten het maakt.",
      "People who work with the outputs must know the system's limits: how accurate it is, where it works less well and which errors it makes.",
    ),
    remediation: t(
      "Eis dat de leverancier schriftelijk informeert over de grenzen van het systeem, de gemeten nauwkeurigheid en de bekende foutsoorten.",
      "Require the supplier to inform the province in writing about the system's limits, its measured accuracy and its known failure modes.",
    ),
    sources: [mcc("art. 6 (high-risk)"), aiAct("art. 13"), akVer("aia-08")],
    severity: "warning",
    applies: AI,
    patterns: [
      {
        all: [
          ["grenzen", "beperkingen", "limits", "limitations", "minder betrouwbaar", "less reliable", "foutsoorten", "foutbronnen", "bekende fouten", "fouten bekend", "failure modes", "foutmarge*", "performs worse",
            // AI Act art. 13(3)(b)(ii)-(iv): the level of accuracy and its metrics, known and foreseeable circumstances.
            "niveau van nauwkeurigheid", "level of accuracy", "behaalde nauwkeurigheid", "achieved accuracy", "gemeten nauwkeurigheid", "measured accuracy", "nauwkeurigheid per", "accuracy per",
            "precision and recall", "precisie en recall", "confusion matrix", "verwarringsmatrix", "bekende verwisselingen", "known confusions", "te voorziene omstandigheden", "foreseeable circumstances",
            // Art. 13(3)(b)(ii) in plain words: when it works less well, how reliable its signals are.
            "minder goed", "works less well", "onbetrouwba*", "unreliable", "hoe betrouwbaar", "how reliable", "performs poorly", "known situations", "bekende situaties"],
          [
            "informeert", "informs", "inform", "beschrijft", "describes", "verstrekt", "legt uit", "explains", "inzicht", "informatie", "information", "documenteert", "documents", "meldt",
            "beschreven", "described", "gedocumenteerd", "documented", "handleiding", "gebruiksaanwijzing", "instructions for use", "vertelt", "tells",
            // The infinitive after a modal ("shall describe the limits"), and an indication shown with each output.
            "describe", "beschrijven", "vermeldt", "state", "states", "aanduiding", "indication", "gepresenteerd met", "presented with",
            "geeft ... op", "accompanied by", "vergezeld van", "rapporteert", "reports",
            "legt ... uit", "levert een overzicht", "delivers an overview", "provides an overview",
            // What carries the limits (AI Act art. 13(3)(b); Annex IV point 3): a description, an overview, a model card.
            "beschrijving", "description", "levert ... overzicht", "provides ... overview", "delivers ... overview", "modelkaart", "model card",
            // Recorded in writing: "legt in een notitie vast waar de beperkingen liggen".
            "legt ... vast", "vastgelegd", "vastleggen",
          ],
        ],
        none: ["time limit*", "tijdslimiet*"],
      },
    ],
  },
  {
    id: "human-oversight",
    title: t("Menselijk toezicht", "Human oversight"),
    explanation: t(
      "Mensen moeten het systeem kunnen overrulen of stoppen, gewaarschuwd worden om niet blind te vertrouwen, en bevoegd en getraind zijn om toezicht te houden.",
      "People must be able to override or stop the system, be warned against blind trust, and be competent and trained to oversee it.",
    ),
    remediation: t(
      "Eis functies om uitkomsten te negeren of te corrigeren en het systeem te stoppen, een waarschuwing tegen blind vertrouwen, en toezicht door bevoegde, getrainde medewerkers.",
      "Require features to disregard or correct outputs and to stop the system, a warning against automation bias, and oversight by competent, trained staff.",
    ),
    sources: [mcc("art. 7 (high-risk)"), aiAct("art. 14, 26(2)"), akVer("aia-09"), akVer("aia-21")],
    severity: "error",
    applies: AI,
    patterns: [
      {
        all: [
          ["uitschakelen", "uitschakel*", "buiten gebruik", "offline", "stopzetten", "stop the", "stop it", "override*", "terzijde", "negeren", "disregard*", "blokkeren", "ingrijpen", "intervene", "switch off", "switch it off", "shut down", "menselijk toezicht", "human oversight", "automation bias", 
            "zet uit", "stilleggen", "verwerpen", "verwerpt", "turn off", "turn it off", "deactivate*", "deactiveren", "suspend the",
            // Art. 14(4)(e): "interrupt the system through a 'stop' button or a similar procedure".
            "onderbreken", "interrupt*", "stopknop", "stop button", "uitzetten", "uit te zetten", "stilzetten", "stil te zetten", "noodknop", "noodstop", "kill switch", "schakelaar", "zet ... uit", "zetten ... uit",
            // Art. 14(4)(d): "disregard, override or reverse the output" ("terzijde te schuiven of terug te draaien").
            "verworpen", "terugdraaien", "terug te draaien", "teruggedraaid", "terzijde schuiven", "terzijde te schuiven", "reverse the output",
            // The same in the loanword: "de bestuurder kan iedere ingreep overrulen", "overrule the output".
            "overrul*"],
        ],
        // One document overriding another ("No purchase order will amend, supplement or override
        // these Terms") is the order of precedence of the contract, not a person overriding output.
        none: ["supplement or override", "amend or override", "amend supplement", "prevail*", "take precedence", "takes precedence", "order of precedence", "voorrang", "rangorde", "prevaleert", "prevaleren",
          // A service level's interruption or switch-over ("available at 99.5 %, … in case of interruption") is availability, not a person stopping the system.
          "availability", "beschikbaarheid", "uptime", "available at", "beschikbaar voor",
          // The supplier's corrective action for a non-conformity (AI Act art. 20: "withdraw it, disable it")
          // and a suspension for unpaid invoices are not a person overseeing the output (art. 14).
          "non conform*", "nonconform*", "non conformiteit*", "corrective action*", "corrigerende maatregel*", "overdue", "achterstallig*", "unpaid", "onbetaald*",
          "herstelt", "herstellen", "hersteld", "totdat herstel", "lost ... op", "fout werkt", "repairs", "remedies", "remedy", "until it is fixed",
          ...BID_SET_ASIDE],
      },
    ],
  },
  {
    id: "accuracy-robustness-security",
    title: t("Nauwkeurigheid, robuustheid en beveiliging", "Accuracy, robustness and security"),
    explanation: t(
      "Zonder meetbare doelen voor nauwkeurigheid en zonder maatregelen tegen fouten en aanvallen kan de provincie niet nagaan of het systeem goed genoeg werkt.",
      "Without measurable accuracy targets and measures against errors and attacks, the province cannot tell whether the system works well enough.",
    ),
    remediation: t(
      "Leg meetbare doelen voor nauwkeurigheid vast (maat, drempel, testset) en eis maatregelen voor robuustheid en cyberveiligheid.",
      "Set measurable accuracy targets (metric, threshold, test set) and require robustness and cybersecurity measures.",
    ),
    sources: [mcc("art. 8 (high-risk)"), aiAct("art. 15"), akVer("aia-10")],
    severity: "warning",
    applies: AI,
    // Metrics with target values (GUIDELINES; MCC-AI art. 8, AI Act art. 15(3)): "a suitable level" holds no one to anything.
    checks: [
      { kind: "states-figure" },
      // "No accuracy metrics or targets form part of this Agreement", "Partijen leggen geen minimale nauwkeurigheid vast":
      // the contract itself declines the levels (AI Act art. 15(3) asks them declared).
      {
        kind: "not-contradicted",
        patterns: [
          {
            all: [
              ["no accuracy", "geen nauwkeurigheid*", "geen minimale nauwkeurigheid", "no minimum accuracy", "geen eisen aan de nauwkeurigheid", "no performance targets", "geen prestatie eisen", "geen prestatienormen",
                "no accuracy metrics", "no accuracy targets", "geen garantie over de nauwkeurigheid", "no warranty as to accuracy", "no warranty of accuracy"],
            ],
          },
          { all: [["geen afspraken", "no arrangements", "nothing is agreed"], ["nauwkeurigheid", "accuracy"]] },
        ],
      },
    ],
    patterns: [
      {
        all: [
          ["*nauwkeurigheid*", "accuracy", "precision", "precisie", "recall", "auc", "f1", "error rate", "*fout*", "mape", "percentage error", "hit rate", "trefkans",
            // The measures of a classifier (ISO/IEC TS 4213): sensitivity and specificity.
            "sensitiviteit", "sensitivity", "specificiteit", "specificity"],
          ["ten minste", "ten hoogste", "at least", "at most", "minimaal", "maximaal", "minder dan", "less than", "no more than", "min", "max", "minimum", "maximum",
            // The Dutch "minimaal" carried into English by Dutch writers ("accuracy must be minimal 95%").
            "minimal", "maximal"],
        ],
        none: ["beschikbaarheid", "availability", "uptime", "beschikbaar", "available", "responstijd", "response time", "kwaliteitscriteri*", "gunningscriteri*", "award criteri*", "beoordelingspunten"],
      },
      {
        // "score", "procent", "juist" are a metric only in a sentence about what the system gets right,
        // not in one about a training of a minimum length or a score users should not trust blindly.
        all: [
          ["procent", "percent", "juist", "juiste", "juistheid", "correct", "correctly", "score", "proportion of", "percentage of", "percentage van",
            // What the system gets right or how far it may be off (AI Act art. 15(3): levels of accuracy).
            "correctness", "herkent", "recognises", "recognizes", "detecteert", "detects", "wijkt ... af", "deviates", "van elke 100", "out of every 100"],
          ["ten minste", "ten hoogste", "at least", "at most", "minimaal", "maximaal", "minder dan", "less than", "no more than", "minstens", "at minimum", "not more than"],
          // What the system does right (AI Act art. 15(1), (3): "an appropriate level of accuracy" of
          // its output): a share of costs, of inspections or of a surface covered is no accuracy.
          ACCURACY_ANCHOR,
        ],
        none: [
          "beschikbaarheid", "availability", "uptime", "beschikbaar", "available", "responstijd", "response time", "kwaliteitscriteri*", "gunningscriteri*", "award criteri*", "beoordelingspunten",
          "training", "opleiding*", "cursus", "course", "dagdeel", "workshop*",
        ],
      },
    ],
  },
  {
    id: "quality-management",
    title: t("Kwaliteitsmanagementsysteem", "Quality management system"),
    explanation: t(
      "Een aanbieder van hoog-risico-AI moet een kwaliteitsmanagementsysteem hebben. Vraag daar bewijs van.",
      "A provider of high-risk AI must run a quality management system; ask for evidence of it.",
    ),
    remediation: t(
      "Vraag bewijs van het kwaliteitsmanagementsysteem van de leverancier volgens artikel 17 AI-verordening, bijvoorbeeld een beschrijving en een certificaat of auditrapport.",
      "Ask for evidence of the supplier's quality management system under AI Act art. 17, such as a description and a certificate or audit report.",
    ),
    sources: [mcc("art. 10 (high-risk)"), aiAct("art. 17"), akVer("aia-11")],
    severity: "error",
    applies: HR,
    party: "supplier",
    patterns: [{ all: [["*kwaliteitsmanagement*", "*kwaliteitsbeheer*", "kwaliteitssysteem", "quality management*", "iso 9001"]] }],
  },
  {
    id: "conformity-assessment",
    title: t("Conformiteitsbeoordeling en CE-markering", "Conformity assessment and CE marking"),
    explanation: t(
      "Een hoog-risico-AI-systeem mag pas worden geleverd na een conformiteitsbeoordeling, met een EU-conformiteitsverklaring en CE-markering, en opnieuw na een wezenlijke wijziging.",
      "A high-risk AI system may only be delivered after a conformity assessment, with an EU declaration of conformity and CE marking, and again after a substantial modification.",
    ),
    remediation: t(
      "Eis een afgeronde conformiteitsbeoordeling, een EU-conformiteitsverklaring en CE-markering vóór levering, en een nieuwe beoordeling na elke wezenlijke wijziging.",
      "Require a completed conformity assessment, an EU declaration of conformity and CE marking before delivery, and a new assessment after each substantial modification.",
    ),
    sources: [mcc("art. 11 (high-risk)"), aiAct("art. 43, 47, 48"), akVer("aia-14"), akVer("aia-15"), akVer("aia-16")],
    severity: "error",
    applies: HR,
    party: "supplier",
    patterns: [{ all: [["*conformiteitsbeoordeling*", "conformity assessment*", "*conformiteitsverklaring*", "declaration of conformity", "ce markering", "cemarkering", "ce marking"]] }],
  },
  {
    id: "eu-database-registration",
    title: t("Registratie in de EU-databank", "Registration in the EU database"),
    explanation: t(
      "Hoog-risico-AI moet door de aanbieder in de EU-databank staan, en de provincie registreert haar gebruik. Zonder registratie mag het systeem niet worden gebruikt.",
      "High-risk AI must be registered by the provider in the EU database, and the province registers its use; without registration the system may not be used.",
    ),
    remediation: t(
      "Eis dat de leverancier het systeem vóór levering registreert in de EU-databank, plan de registratie van het gebruik door de provincie, en sluit gebruik zonder registratie uit.",
      "Require the supplier to register the system in the EU database before delivery, plan the province's registration of its use, and rule out use without registration.",
    ),
    sources: [aiAct("art. 26(8), 49, 71"), akVer("aia-17"), akVer("aia-25")],
    severity: "error",
    commitment: true,
    applies: HR,
    // The provider registers the system (art. 49(1)); the buyer registering its own use is only half of it.
    checks: [{ kind: "names-supplier" }],
    patterns: [
      {
        all: [
          ["registreert", "registreren", "geregistreerd", "registratie*", "registers", "register", "registered", "registration"],
          ["*databank*", "database", "artikel 49", "article 49"],
        ],
      },
    ],
  },
  {
    id: "fundamental-rights-assessment",
    title: t("Grondrechteneffectbeoordeling (FRIA)", "Fundamental rights impact assessment (FRIA)"),
    explanation: t(
      "Een overheid die hoog-risico-AI inzet, moet vóór het eerste gebruik de gevolgen voor grondrechten beoordelen. Een IAMA kan daarvoor dienen. Voor kritieke infrastructuur (bijlage III, punt 2) geldt dit niet.",
      "A public body deploying high-risk AI must assess the impact on fundamental rights before first use; an IAMA can serve. This does not apply to critical infrastructure (Annex III point 2).",
    ),
    remediation: t(
      "Plan een grondrechteneffectbeoordeling (of IAMA) vóór het eerste gebruik en eis dat de leverancier daaraan meewerkt.",
      "Plan a fundamental rights impact assessment (or IAMA) before first use and require the supplier's cooperation.",
    ),
    sources: [aiAct("art. 27"), mcc("art. 12 (high-risk, optional)"), akVer("aia-27")],
    severity: "error",
    commitment: true,
    applies: { all: [HR, { not: { annexIII: "2" } }] },
    patterns: [{ all: [["*grondrechteneffectbeoordeling*", "fria", "fundamental rights impact*", "iama", "impact assessment mensenrechten", "mensenrechten impact*"]] }],
  },
  {
    id: "incidents-and-corrective-action",
    title: t("Incidenten en herstel", "Incidents and corrective action"),
    explanation: t(
      "Als het systeem niet meer aan de eisen voldoet of er een incident is, moet de provincie het snel weten, en moet de leverancier het herstellen of het systeem uit de lucht halen.",
      "If the system no longer meets the requirements or an incident occurs, the province must know quickly, and the supplier must correct it or take the system down.",
    ),
    remediation: t(
      "Eis dat de leverancier incidenten en afwijkingen binnen een vaste termijn meldt en ze herstelt of het systeem tijdelijk uitschakelt.",
      "Require the supplier to report incidents and non-conformity within a set deadline and to correct them or suspend the system.",
    ),
    sources: [mcc("art. 13 (high-risk)"), aiAct("art. 20, 26(5), 73"), akVer("aia-18")],
    severity: "warning",
    applies: AI,
    party: "supplier",
    patterns: [
      {
        all: [
          // AI Act art. 73 "meldt" / "reports", the formal "stelt … in kennis", and the base form after a modal ("will notify").
          ["meldt", "melden", "gemeld", "notifies", "notify", "notified", "informeert", "informs", "inform", "reports", "report", "in kennis"],
          ["*incident*", "afwijking*", "non conform*", "nonconform*", "niet voldoet", "storing*"],
        ],
        // A security incident or a personal data breach (GDPR art. 33, BIO) is reported under other
        // rules; the AI Act's incident is the system's malfunction (art. 3(49), 73).
        none: ["beveiligingsincident*", "security incident*", "datalek*", "data breach*", "inbreuk in verband met persoonsgegevens", "personal data breach*", "unauthorised access", "unauthorized access"],
      },
      {
        // The same report where the sentence names the system's own failure besides a security incident.
        all: [
          ["meldt", "melden", "gemeld", "notifies", "notify", "notified", "informeert", "informs", "inform", "reports", "report", "in kennis",
            // In plain language (B1): "moet de leverancier ons binnen 24 uur bellen én mailen".
            "bellen", "belt", "mailen", "mailt"],
          ["serious incident*", "ernstig* incident*", "non conform*", "nonconform*", "niet voldoet", "storing*", "tekortkoming*", "afwijkend*", "onjuist*", "malfunction*", "material error*",
            // The system's malfunction told plainly (AI Act art. 3(49)): it makes errors, it does not work as agreed.
            "fouten maakt", "fout maakt", "makes errors", "because of a fault", "does not work as agreed", "niet werkt zoals afgesproken", "werkt niet zoals"],
        ],
      },
    ],
  },
  {
    id: "individual-explanation",
    title: t("Uitleg van individuele uitkomsten", "Explanation of individual outcomes"),
    explanation: t(
      "Wie door een besluit wordt geraakt, heeft recht op uitleg in gewone taal. De provincie heeft daarvoor hulp van de leverancier nodig.",
      "People affected by a decision are entitled to an explanation in plain language; the province needs the supplier's help to give it.",
    ),
    remediation: t(
      "Eis dat de leverancier helpt om per geval in begrijpelijke taal uit te leggen hoe het systeem tot een uitkomst kwam.",
      "Require the supplier to help explain, case by case and in plain language, how the system reached an outcome.",
    ),
    sources: [mcc("art. 14 (high-risk, optional)"), aiAct("art. 86"), src("Awb", "art. 3:46 (motivering)"), src("Amsterdam standard clauses", "explainability")],
    party: "supplier",
    severity: "error",
    applies: DAP,
    patterns: [
      {
        all: [
          ["uitleg", "uitlegtekst*", "explanation*", "toelichting", "explain*", "uitlegbaar*", "uitleggen", "uit te leggen", "legt ... uit", "leggen ... uit", "uiteenzetting", "zet ... uiteen", "uiteen te zetten",
            // Awb arts. 3:46-3:47: the reasons of a decision, for a calculation its specification.
            "motivering", "rekenspecificatie*", "berekeningsspecificatie*", "statement of reasons",
            // The verb of "toelichting", and what an explanation tells: how an outcome was calculated.
            "toelichten", "toe te lichten", "lichten ... toe", "hoe ... is berekend", "hoe ... berekend is", "how ... is calculated", "how ... was calculated"],
          [
            "begrijpelijke taal", "begrijpelijk*", "plain language", "b1", "aanvrager*", "applicant*", "betrokkene*", "person concerned", "affected", "per aanvraag", "individu*", "per besluit", "each decision",
            "individual", "gewone taal", "eenvoudige taal", "eenvoudig nederlands", "taalniveau*", "plain dutch", "plain english",
          ],
        ],
      },
    ],
  },
  {
    id: "buyer-data-rights",
    title: t("Rechten van de provincie op haar data", "The province's rights to its data"),
    explanation: t(
      "De data van de provincie blijven van de provincie. De leverancier mag ze niet voor andere doelen of voor het trainen van modellen gebruiken zonder schriftelijke toestemming.",
      "The province's data stay the province's. The supplier may not use them for other purposes or to train models without written consent.",
    ),
    remediation: t(
      "Leg vast dat alle data van de provincie haar eigendom blijven, en dat hergebruik of training daarop alleen mag met voorafgaande schriftelijke toestemming.",
      "State that all of the province's data remain its property and that reuse or training on them requires prior written consent.",
    ),
    sources: [mcc("art. 15 (high-risk)"), akMtr("dat-08"), akMtr("owp-29")],
    severity: "error",
    applies: ALG,
    // MCC-AI art. 15, AK dat-08: the supplier may not reuse or train on the buyer's data; a licence to do so is a violation.
    checks: [
      {
        kind: "not-contradicted",
        patterns: [
          {
            all: [
              [
                "to train", "train its", "train their", "train the", "train models", "trains", "trainen", "te trainen", "hertrainen", "for training", "voor training", "training of its",
                "to improve", "improve its", "improving its", "te verbeteren", "verbeteren van", "product improvement", "productverbetering", "to develop", "develop its", "fine tune", "fine tuning",
              ],
              ["klantgegevens", "customer data", "client data", "gegevens van de", "gegevens van opdrachtgever", "data of the", "input data", "invoergegevens", "persoonsgegevens", "personal data", "data provided by", "aangeleverde gegevens", "gegevens die",
                // The buyer's data under the names contracts give it (MCC-AI art. 1 "Public Organisation Data"), and its images and recordings.
                "customer content", "authority data", "organisation data", "organization data", "water board data", "province data", "beelden", "images", "opnamen", "recordings"],
              ["may", "mag", "mogen", "is entitled", "are entitled", "is gerechtigd", "licence", "license", "licentie", "right to use", "recht om", "gebruiksrecht", "grants", "verleent", "permits", "staat toe", "toestemming voor", "consents to"],
            ],
            none: ["niet", "geen", "not", "no", "never", "nooit", "zonder", "without", "uitsluitend met", "only with", "prior written consent", "voorafgaande schriftelijke toestemming"],
          },
        ],
      },
    ],
    exclusionSatisfies: true,
    patterns: [
      { all: [["eigendom", "property", "rechthebbende", "eigenaar", "owner"], ["provincie", "province", "authority", "authorities", "opdrachtgever"], DATA] },
      { all: [["toestemming", "consent", "instemt", "instemming", "approval"], ["train*", "getraind", "gebruik*", "use", "verbeter*", "improve", "doeleinden", "purpose*", "productontwikkeling"], ["schriftelijk*", "written"]] },
    ],
  },
  {
    id: "third-party-data-and-ip",
    title: t("Data van derden en intellectueel eigendom", "Third-party data and intellectual property"),
    explanation: t(
      "Als het model is getraind op data van de leverancier of van derden, moet de leverancier de licenties hebben en de provincie vrijwaren tegen claims over auteursrecht.",
      "If the model was trained on the supplier's or third parties' data, the supplier must hold the licences and indemnify the province against copyright claims.",
    ),
    remediation: t(
      "Eis dat de leverancier garandeert dat hij de licenties heeft voor de gebruikte datasets en modellen, dat gebruik en output geen auteursrecht schenden, en dat hij de provincie vrijwaart.",
      "Require the supplier to warrant that it holds licences for the data sets and models used, that use and output infringe no copyright, and to indemnify the province.",
    ),
    sources: [mcc("art. 16, 18 (high-risk)"), akMtr("owp-18"), akMtr("owp-19")],
    severity: "warning",
    applies: AI,
    // The licences and the copyright warranty are the supplier's: a buyer warranting its own data rights gives neither.
    party: "supplier",
    patterns: [
      {
        all: [
          ["licentie*", "licence*", "license*", "auteursrecht*", "copyright*", "vrijwaart", "vrijwaring", "indemnif*", "inbreuk", "infringe*"],
          [
            "datasets", "data sets", "dataset", "trainingsdata", "trainingsgegevens", "train*", "getraind", "output", "outputs", "uitvoer",
            // MCC-AI art. 16: pre-trained models and other third-party components the system is built on.
            "voorgetrainde model*", "pre trained model*", "pretrained model*", "basismodel*", "base model*", "foundation model*", "third party components",
          ],
        ],
      },
    ],
  },
  {
    id: "exit-and-handover",
    title: t("Exit en overdracht", "Exit and handover"),
    explanation: t(
      "Aan het einde van het contract moet de provincie haar data, modellen en documentatie terugkrijgen of laten vernietigen, zodat zij niet vastzit aan één leverancier.",
      "At the end of the contract the province must get back, or have destroyed, its data, models and documentation, so that it is not locked in to one supplier.",
    ),
    remediation: t(
      "Eis een exitplan: overdracht van data, modellen en documentatie in een open formaat, hulp bij de overstap, en aantoonbare vernietiging daarna.",
      "Require an exit plan: handover of data, models and documentation in an open format, help with the transition, and proven destruction afterwards.",
    ),
    sources: [mcc("art. 17 (high-risk)"), src("GIBIT 2023", "exit"), akMtr("owp-29")],
    severity: "warning",
    applies: ALG,
    patterns: [
      {
        all: [
          // "na afloop van het schooljaar" is a retention period; the exit is the end of the contract.
          // In plain language (B1): "Als de opdracht stopt, geeft u ons alles terug".
          ["einde", "stopt", "beeindiging", "termination", "end of", "exitplan", "exit plan", "afloop van de overeenkomst", "afloop van het contract", "afloop van de opdracht", "afloop van de dienstverlening", "overgang", "transition"],
          [
            "open formaat", "open formaten", "open format*", "overgedragen", "overdracht", "draagt", "hand over", "returns", "return", "exporteren", "export*", "exitplan", "exit plan", "vernietigt",
            "verwijdert", "deletes", "delete", "destroys", "destroy", "levert", "deliver", "delivers",
            // The passive of the same acts ("are handed over", "worden vernietigd").
            "handed over", "handover", "overdragen", "transferred", "returned", "deleted", "destroyed", "vernietigd", "verwijderd",
            "geeft ... terug", "geven ... terug", "teruggeven", "wist", "wissen",
          ],
        ],
        // Returning or deleting "all personal data" is the processor's duty of GDPR art. 28(3)(g), not an exit plan.
        none: ["eigen exitplan", "own exit plan", "alle persoonsgegevens", "all personal data", "all the personal data",
          // Records kept for years after the end and then destroyed: a retention period (Archiefwet), not an exit.
          "jaar na beeindiging", "jaren na beeindiging", "jaar na het einde", "jaar na afloop", "years after termination", "years after the end", "years after expiry"],
      },
    ],
    // Lock-in (MCC-AI art. 17, AK owp-29): models or configuration kept back at the end.
    checks: [
      // MCC-AI art. 17: an exit covers more than the data; an export of data alone leaves the
      // models, configuration and help with the transition open.
      {
        kind: "needs-also",
        note: t(
          "Er staat alleen iets over het teruggeven of wissen van gegevens; een exitplan of de overdracht van modellen en configuratie ontbreekt.",
          "Only the return or deletion of data is settled; an exit plan or the handover of models and configuration is missing.",
        ),
        patterns: [
          { all: [["exitplan", "exit plan", "exitstrategie", "exit strategy", "exitregeling", "exit arrangement*", "transitieplan", "transition plan"]] },
          // A migration is the exit's only at the end (not the migration of old data at the start).
          {
            all: [
              // GIBIT 2023 and MCC-AI art. 17 speak of help with the transition ("overgang", "transition assistance").
              ["overstap*", "migratie*", "migration", "overgang", "transitie*", "transition*"],
              [
                "einde", "beeindiging", "termination", "expiry", "end of", "afloop", "exit", "opvolger", "opvolgende", "successor", "nieuwe leverancier", "new supplier", "andere leverancier",
                "another supplier",
              ],
            ],
          },
          {
            all: [
              [
                "model*", "modelversie*", "gewichten", "weights", "configurat*", "instellingen", "settings", "parameters", "broncode", "source code", "artefact*", "pipeline*", "documentatie",
                "sjablonen", "templates", "systeemprompt*", "system prompt*", "prompts",
                "documentation", "algoritme*", "algorithm*",
              ],
              [
                "overgedragen", "overdracht", "overdragen", "draagt ... over", "dragen ... over", "levert ... over", "hand over", "handover", "handed over", "transfer*", "returns", "return", "export*",
                "levert", "leveren", "geleverd", "draagt", "deliver", "delivers", "delivered",
                "open formaat", "open format*", "vernietig*", "destroy*", "verwijder*", "delete*", "terug", "teruggeven",
              ],
              [
                "einde", "stopt", "beeindiging", "termination", "expiry", "end of", "exit", "overgang", "transition", "opvolger", "successor",
                // "na afloop van ieder kwartaal" is a reporting period, not the end of the contract.
                "bij afloop", "afloop van de overeenkomst", "afloop van het contract", "afloop van de opdracht", "afloop van de dienstverlening", "afloop van de pilot",
              ],
            ],
          },
        ],
      },
      {
        kind: "not-contradicted",
        patterns: [
          {
            all: [
              ["not be handed over", "not be provided", "not be transferred", "not be returned", "niet overgedragen", "niet worden overgedragen", "niet verstrekt", "niet worden verstrekt", "niet overgedragen worden"],
              ["model*", "weights", "gewichten", "pipeline*", "configurat*", "parameters", "broncode", "source code"],
              ["expiry", "termination", "successor", "einde", "beeindiging", "opvolger", "exit"],
            ],
          },
        ],
      },
    ],
  },
  {
    id: "audit-right",
    title: t("Auditrecht", "Right to audit"),
    explanation: t(
      "De provincie moet kunnen laten controleren of het systeem doet wat is afgesproken, met toegang tot documentatie, logs en, vertrouwelijk, de techniek.",
      "The province must be able to have it checked that the system does what was agreed, with access to documentation, logs and, in confidence, the technology.",
    ),
    remediation: t(
      "Geef de provincie of een onafhankelijke auditor het recht om documentatie, logs en (onder geheimhouding) code en model te controleren.",
      "Give the province or an independent auditor the right to audit documentation, logs and (under confidentiality) code and model.",
    ),
    sources: [mcc("art. 20 (high-risk)"), akMtr("owp-23"), src("Amsterdam standard clauses", "technical transparency")],
    severity: "error",
    applies: ALG,
    // MCC-AI art. 20: an assurance report in place of an audit, or an audit excluded, is no audit right.
    checks: [
      {
        kind: "not-contradicted",
        patterns: [
          {
            all: [
              [
                "sole audit right", "sole right to audit", "only audit right", "enige auditrecht", "in lieu of an audit", "in lieu of any audit", "instead of an audit", "in plaats van een audit",
                "no on site audit*", "geen audit ter plaatse", "not entitled to audit", "niet gerechtigd tot een audit", "shall not audit", "no right to audit", "geen recht op een audit", "geen auditrecht",
              ],
            ],
          },
          {
            // The audit replaced by an assurance report (ISAE 3402, SOC 2).
            all: [
              ["auditrecht*", "audit right*", "audit", "audits"],
              ["vervangen door", "replaced by", "in plaats van", "instead of", "in lieu of"],
              ["isae", "soc 2", "soc2", "assurance", "rapportage", "report", "verklaring", "statement", "certificaat", "certificate"],
            ],
          },
        ],
      },
    ],
    party: "buyer",
    patterns: [
      {
        all: [
          ["audit*", "controleren", "onderzoeken", "inspect*", "inzage", "toetsen"],
          ["provincie", "province", "onafhankelijke", "independent", "opdrachtgever", "auditor", "authorities"],
          ["mag", "may", "recht", "right", "kan", "laten", "entitled"],
        ],
        // A software vendor's audit of the buyer's licence use is no audit of the system.
        none: ["financial records", "registeraccountant", "accountant", "licentiegebruik", "licentieaudit", "licentie audit", "licence use", "license use", "licence compliance", "license compliance"],
      },
    ],
  },
  {
    id: "algorithm-register",
    title: t("Algoritmeregister", "Algorithm register"),
    explanation: t(
      "Inwoners moeten kunnen zien welke algoritmes de provincie gebruikt. De leverancier levert de gegevens voor het Algoritmeregister en de provincie kiest de publicatiecategorie.",
      "Residents must be able to see which algorithms the province uses. The supplier provides the data for the Algoritmeregister and the province sets the publication category.",
    ),
    remediation: t(
      "Eis dat de leverancier de velden van de publicatiestandaard van het Algoritmeregister aanlevert en actueel houdt, en leg de publicatiecategorie (A, B of C) vast.",
      "Require the supplier to provide and keep up to date the fields of the Algoritmeregister publication standard, and set the publication category (A, B or C).",
    ),
    sources: [akVer("bzk-01"), mcc("art. 19 (high-risk, optional)"), src("Algoritmeregister", "publicatiestandaard 1.0")],
    severity: { if: { any: [HR, IMP] }, then: "error", else: "warning" },
    commitment: true,
    applies: ALG,
    // Publication that needs the supplier's consent is publication the supplier can block.
    checks: [
      {
        kind: "not-contradicted",
        patterns: [
          {
            all: [
              ["algoritmeregister*", "algorithm register*", "register"],
              ["publish*", "publiceer*", "publiceren", "publicatie", "openbaar*", "disclose*"],
              [
                "without the supplier", "without supplier", "without the vendor", "without vendor", "without the contractor", "without contractor", "vendor's prior", "vendor's consent",
                "supplier's prior", "supplier's consent", "contractor's prior", "contractor's consent", "toestemming van opdrachtnemer", "toestemming van de leverancier",
                "goedkeuring van opdrachtnemer", "goedkeuring van de leverancier",
              ],
            ],
          },
        ],
      },
    ],
    party: "supplier",
    // The publication standard's fields, named without the register ("the texts for the register fields").
    patterns: [{ all: [["algoritmeregister*", "algorithm register*", "algorithmic register", "register of algorithms", "algoritmenregister", "registervelden", "register fields", "velden van het register"]] }],
  },
  {
    id: "ai-interaction-transparency",
    title: t("Melden dat je met AI te maken hebt", "Disclosure of AI interaction and content"),
    explanation: t(
      "Mensen moeten weten dat ze met een chatbot praten of dat tekst, beeld of geluid door AI is gemaakt.",
      "People must know that they are talking to a chatbot or that text, images or sound were made by AI.",
    ),
    remediation: t(
      "Eis dat een chatbot zich als AI bekendmaakt en dat door AI gemaakte inhoud wordt gemarkeerd, ook machineleesbaar (artikel 50 AI-verordening).",
      "Require that a chatbot discloses that it is AI and that AI-generated content is marked, also in machine-readable form (AI Act art. 50).",
    ),
    sources: [aiAct("art. 50"), akVer("aia-28")],
    severity: "error",
    applies: GEN,
    patterns: [
      {
        all: [
          ["ai", "ai assistent", "chatbot", "kunstmatige intelligentie", "machine", "artificial intelligence", "automatisch gegenereerd"],
          ["communiceert", "communicating", "communicates", "interacting", "gegenereerd", "generated", "marking", "markering", "gemarkeerd", "labelled", "labeled", "disclos*", "kenbaar", "duidelijk dat", "made clear", "is informed", "wordt gemeld", "melding dat"],
        ],
      },
    ],
  },
  {
    id: "ai-literacy",
    title: t("AI-geletterdheid en kennisoverdracht", "AI literacy and knowledge transfer"),
    explanation: t(
      "Medewerkers die met AI werken, moeten genoeg weten over hoe het werkt en waar het fout kan gaan. De leverancier moet daarbij helpen.",
      "Staff working with AI must know enough about how it works and where it can go wrong; the supplier must help with that.",
    ),
    remediation: t(
      "Eis training en kennisoverdracht door de leverancier, en een plan voor AI-geletterdheid van de gebruikers.",
      "Require training and knowledge transfer by the supplier, and an AI literacy plan for users.",
    ),
    sources: [aiAct("art. 4"), akVer("aia-01"), akMtr("owp-25")],
    severity: "warning",
    applies: AI,
    party: "supplier",
    // A declaration that staff are literate plans no training (AI Act art. 4: "take measures to ensure").
    checks: [{ kind: "commitment-to-act" }],
    patterns: [
      {
        all: [
          ["training", "trainingen", "traint", "trains", "train", "opleiding*", "opleiden", "leidt", "cursus*", "kennisoverdracht", "knowledge transfer", "draagt kennis over", "transfers the knowledge", "*geletterdheid*", "ai literacy", "literacy",
            "scholing", "bijscholing", "instructiebijeenkomst*", "instructiesessie*", "instruction session*", "workshop*", "e-learning*",
            "trainingsbijeenkomst*", "trainingssessie*", "training session*", "kennissessie*", "kennisbijeenkomst*"],
          ["gebruikers", "users", "*medewerkers", "staff", "behandelaars", "beheerders", "analysts", "employees", "vergunningverleners", "provincie", "province", "officers", "verkeerskundigen", "personeel",
            "recruiters", "planners", "editors", "team leaders", "teamleiders", "key users", "sleutelgebruikers", "inspecteurs", "inspectors", "weginspecteurs",
            "adviseurs", "advisers", "advisors", "consulenten", "caseworkers", "case handlers", "toezichthouders", "handhavers", "operators", "functioneel beheerders", "administrators"],
        ],
        // Training a model is no training of people ("het model wordt maandelijks getraind"); training people about the model is.
        none: ["*model trainen", "*modellen trainen", "train the *model", "train *models", "train any *model", "train their *models", "training the *model", "training of the *model", "training of *models",
          "model training", "modeltraining", "training van het *model", "training van de *modellen", "training van *modellen", "trainen van het *model", "trainen van *modellen", "to train", "te trainen",
          "*model wordt getraind", "*modellen worden getraind", "*model is trained", "*models are trained", "fine-tun*", "getraind model", "getrainde *model*",
          "trained model*", "training set*", "trainingsset*", "trainingsdata", "trainingsgegevens", "training data", "for training", "voor training", "voor de training", "representatief", "representative",
          "interne cursus", "interne opleiding", "internal training", "internal course",
          // AI Act art. 53(1)(d): the summary of the content used for training a general-purpose model.
          "training content", "trainingscontent", "trainingsinhoud", "content used for training", "voor het trainen",
          // Training as a precondition for access ("only officers who have completed the training", "opgeleide medewerkers") is no training provided.
          "who have completed", "who has completed", "die ... hebben gevolgd", "die ... heeft gevolgd", "die ... hebben afgerond", "die ... heeft afgerond", "opgeleide", "getrainde", "trained staff", "trained officers", "trained users"],
      },
    ],
  },
  {
    id: "dpia",
    title: t("DPIA (gegevensbeschermingseffectbeoordeling)", "DPIA (data protection impact assessment)"),
    explanation: t(
      "Bij een verwerking met een hoog risico voor mensen is een gegevensbeschermingseffectbeoordeling (DPIA) verplicht, met advies van de Functionaris Gegevensbescherming.",
      "Processing that is likely to be high-risk for people requires a data protection impact assessment (DPIA), with the data protection officer's advice.",
    ),
    remediation: t(
      "Leg vast dat vóór het gebruik een DPIA wordt uitgevoerd, met advies van de Functionaris Gegevensbescherming, en dat de leverancier meewerkt.",
      "State that a DPIA is carried out before use, with the data protection officer's advice, and that the supplier cooperates.",
    ),
    sources: [gdpr("art. 35"), akVer("avg-13")],
    severity: "error",
    commitment: true,
    applies: PD,
    patterns: [
      {
        all: [["dpia", "dpias", "gegevensbeschermingseffectbeoordeling*", "data protection impact assessment*", "privacy impact assessment"]],
        // A pre-scan decides whether a DPIA is needed; it is not one (AK avg-13).
        none: ["pre dpia", "dpia quickscan", "dpia scan", "quickscan", "pre scan", "prescan", "voortoets"],
      },
    ],
  },
  {
    id: "processor-agreement",
    title: t("Verwerkersovereenkomst", "Processor agreement"),
    explanation: t(
      "Verwerkt de leverancier persoonsgegevens voor de provincie, dan is een verwerkersovereenkomst verplicht, met afspraken over subverwerkers en de plaats van de data.",
      "If the supplier processes personal data for the province, a processor agreement is mandatory, with terms on sub-processors and where the data are kept.",
    ),
    remediation: t(
      "Eis een verwerkersovereenkomst met de onderwerpen van artikel 28 AVG, een lijst van subverwerkers en de locatie van de verwerking.",
      "Require a processor agreement covering GDPR art. 28, a list of sub-processors and the location of processing.",
    ),
    sources: [gdpr("art. 28"), akMtr("owp-14")],
    severity: "error",
    applies: PD,
    patterns: [{ all: [["verwerkersovereenkomst*", "data processing agreement*", "processing agreement*", "processor agreement*", "verwerkersovereenkomsten", "data processing addendum*", "processing addendum*"]] }],
    // Parties that are each an independent controller (GDPR art. 4(7)) have no processor between them.
    checks: [
      {
        kind: "not-contradicted",
        patterns: [{ all: [["zelfstandig verwerkingsverantwoordelijke*", "zelfstandige verwerkingsverantwoordelijke*", "independent controller*", "independent data controller*", "separate controller*", "separate data controller*"]] }],
      },
    ],
  },
  {
    id: "purpose-limitation-and-retention",
    title: t("Doel, grondslag en bewaartermijnen", "Purpose, lawful basis and retention"),
    explanation: t(
      "Persoonsgegevens mogen alleen voor een duidelijk doel en met een wettelijke grondslag worden verwerkt, niet meer dan nodig en niet langer dan nodig.",
      "Personal data may only be processed for a clear purpose and on a lawful basis, no more than needed and no longer than needed.",
    ),
    remediation: t(
      "Noem het doel en de grondslag van de verwerking, beperk de gegevens tot wat nodig is, en leg bewaartermijnen vast.",
      "State the purpose and lawful basis of the processing, limit the data to what is needed, and set retention periods.",
    ),
    sources: [gdpr("art. 5, 6"), akVer("avg-01"), akVer("avg-02"), akVer("avg-03")],
    severity: "warning",
    applies: PD,
    patterns: [
      { all: [["grondslag", "lawful basis", "legal basis", "wettelijke taak", "publieke taak", "public task", "artikel 6 lid 1", "artikel 6 eerste lid", "article 6 1"], ["avg", "gdpr", "persoonsgegevens", "personal data", "verwerking", "processing", "verwerkt", "camerabeelden", "gegevens"]] },
      { all: [["bewaartermijn*", "retention period*", "selectielijst", "niet langer bewaard", "niet langer dan", "kept no longer", "no longer than"], ["persoonsgegevens", "personal data", "gesprekken", "zaken", "risicoscores", "gegevens", "conversations", "data"]] },
      {
        all: [
          ["verwijder*", "deleted", "deletes", "vernietig*", "erased", "gewist"],
          ["uur", "hours", "dagen", "days", "weken", "weeks", "maanden", "months", "jaar", "years"],
          ["persoonsgegevens", "personal data", "gesprekken", "zaken", "risicoscores", "kenmerken", "conversations", "chats", "gegevens", "beelden", "camerabeelden", "images", "recordings", "forms", "sollicitaties", "applications"],
        ],
        // Deleting everything at the end of the contract is the exit (GDPR art. 28(3)(g)), not a retention period.
        none: ["exitplan", "exit plan", "einde van de overeenkomst", "end of the agreement", "end of the contract", "beeindiging", "termination"],
      },
      {
        all: [
          ["dataminimalisatie", "minimisation", "minimization", "strikt noodzakelijk", "noodzakelijk zijn", "strictly necessary", "masks", "pseudonimis*", "pseudonymis*", "anonimiseert", "anonymises", "geblurd", "blurred", "vervaagd"],
          ["persoonsgegevens", "personal data", "gegevens", "gezichten", "faces", "number plates", "licence plates", "license plates"],
        ],
      },
      // Purpose limitation: personal data used or processed only for a named purpose.
      // ("uitsluitend verwerkt binnen de EER" is about location, not purpose.)
      {
        all: [
          [
            "uitsluitend gebruikt", "alleen gebruikt", "used only", "only used", "doelbinding", "purpose limitation", "uitsluitend verwerkt", "alleen verwerkt", "processed only", "only processed",
            "processed solely", "solely processed",
          ],
          ["persoonsgegevens", "personal data", "gegevens", "data"],
        ],
        none: ["europese", "european", "eer", "eea", "buiten", "outside"],
      },
    ],
    // GDPR art. 5(1)(e), 13(2)(a): a purpose and a basis without a period for which the data are
    // kept leave storage limitation open ("bewaartermijnen volgen na de gunning").
    checks: [
      {
        kind: "needs-also",
        note: t(
          "Het doel of de grondslag staat erin, maar nergens staat hoe lang de gegevens worden bewaard.",
          "The purpose or the lawful basis is there, but nowhere does it say how long the data are kept.",
        ),
        patterns: [
          {
            all: [
              [
                "bewaartermijn*", "retention period*", "bewaard", "bewaart", "bewaren", "kept", "keep", "keeps", "retain", "retained", "retains", "stored", "opgeslagen", "verwijderd", "verwijdert", "deleted", "deletes",
                "vernietigd", "vernietigt", "destroyed", "gewist", "erased", "overschreven", "overwritten",
              ],
              // A period, however short ("binnen één seconde gewist", "immediately deleted"), or the archive's selection list.
              [
                "seconde", "seconden", "seconds", "minuten", "minutes", "uur", "hours", "dag", "dagen", "days", "week", "weken", "weeks", "maand", "maanden", "mnd", "months", "jaar", "jaren", "jr",
                "years", "onmiddellijk", "direct", "immediately", "selectielijst",
              ],
            ],
          },
          // The retention periods left to be set later ("worden nader vastgesteld", "determined in due
          // course"): the part is open. The retention of logs is the logging requirement's.
          {
            all: [
              ["bewaartermijn", "bewaartermijnen", "retention period", "retention periods"],
              ["nader", "later", "in due course", "to be determined", "te bepalen", "vast te stellen", "na gunning", "na de gunning", "after award", "after the award", "will be fixed", "will be determined", "will be set", "own policy", "eigen beleid", "left to", "overgelaten aan"],
            ],
            none: ["logbestand*", "log files", "logs", "logging"],
          },
        ],
      },
    ],
  },
  {
    id: "no-solely-automated-decisions",
    title: t("Geen volledig geautomatiseerde besluiten", "No solely automated decisions"),
    explanation: t(
      "Een besluit met rechtsgevolgen voor iemand mag niet alleen door een computer worden genomen. Een mens moet de zaak echt beoordelen en kunnen afwijken.",
      "A decision with legal effect on a person may not be taken by a computer alone; a human must really assess the case and be able to decide otherwise.",
    ),
    remediation: t(
      "Leg vast dat het systeem geen besluiten neemt en beschrijf hoe een bevoegde medewerker elke uitkomst inhoudelijk beoordeelt voordat er een besluit valt.",
      "State that the system takes no decisions and describe how a competent officer assesses each outcome before any decision is taken.",
    ),
    sources: [gdpr("art. 22"), akVer("avg-10"), akMtr("owp-24")],
    severity: "error",
    applies: DAP,
    // GDPR art. 22: a decision with legal effect taken automatically, with no person in between, is a violation.
    checks: [
      {
        kind: "not-contradicted",
        patterns: [
          {
            all: [
              ["automatisch", "automatically", "geautomatiseerd", "zonder menselijke tussenkomst", "without human intervention", "without human review", "zonder tussenkomst", "zelfstandig", "autonomously"],
              ["afgewezen", "afwijzen", "wijst af", "rejected", "rejects", "refused", "refuses", "geweigerd", "buiten behandeling", "niet ontvankelijk", "inadmissible", "opgeschort", "schort op", "suspended", "suspends", "stopgezet", "ingetrokken", "withdrawn", "revoked", "beëindigd", "terminated", "teruggevorderd", "recovered",
                // A benefit or allowance that lapses or is cut by the score alone.
                "gekort", "ingehouden", "lapses", "forfeited", "withheld"],
            ],
            none: [
              "niet", "geen", "not", "no", "never", "nooit", "niemand", "no one", "nobody", "zonder dat", "medewerker", "behandelaar", "caseworker", "officer", "human", "mens*", "beoordeelt",
              "reviews", "voorstel*",
              "proposal*", "suggest*", "signaal", "signal*", "alert*", "tenzij", "unless",
              // Not decisions about people: late bids, uploads, files and messages a system refuses.
              "inschrijving*", "offerte*", "tenderned", "bid", "bids", "tender", "tenders", "bestand*", "file", "files", "upload*",
            ],
          },
        ],
      },
    ],
    exclusionSatisfies: true,
    patterns: [
      {
        all: [
          ["besluit*", "decision*", "afwijzing*", "rejection*", "besluiten", "beslist", "beslissen", "beslissing*", "decide*", "weigering*", "refusal*", "afwijzen", "weigeren", "toekennen"],
          [
            "behandelaar", "medewerker", "officer", "mens", "menselijk*", "human", "vergunningverlener", "neemt geen", "geen besluit*", "takes no", "never", "nooit", "handmatig", "bevoegd*", "examined", "beoordeeld", "gecontroleerd",
            "not take", "not make", "geen ... genomen", "nemen geen", "beslist niet",
            // GDPR art. 22(1): "based solely on automated processing"; "nor be the sole basis for a decision".
            "sole basis", "based solely", "uitsluitend gebaseerd", "uitsluitend op basis", "enige grondslag",
          ],
        ],
        none: ["automatische afwijzing*", "zonder dat een", "without any human", "zonder menselijke"],
      },
    ],
  },
  {
    id: "special-category-data",
    title: t("Bijzondere en strafrechtelijke persoonsgegevens", "Special-category and criminal data"),
    explanation: t(
      "Gegevens over bijvoorbeeld gezondheid, afkomst of strafbare feiten zijn extra gevoelig. Gebruik ze niet, of alleen met een wettelijke uitzondering en extra waarborgen.",
      "Data on health, ethnic origin or criminal offences, for example, are extra sensitive. Do not use them, or only under a legal exception with extra safeguards.",
    ),
    remediation: t(
      "Sluit bijzondere en strafrechtelijke persoonsgegevens uit, of noem de wettelijke uitzondering en de extra waarborgen.",
      "Exclude special-category and criminal data, or name the legal exception and the extra safeguards.",
    ),
    sources: [gdpr("art. 9, 10"), akVer("avg-08")],
    severity: {
      if: { mentions: ["bijzondere categorie*", "bijzondere persoonsgegevens", "special categor*", "strafrechtelijk*", "criminal", "gezondheidsgegevens", "health data", "biometrische gegevens", "biometric data", "etnische", "ethnic"] },
      then: "error",
      else: "warning",
    },
    applies: PD,
    exclusionSatisfies: true,
    patterns: [
      {
        all: [
          ["bijzondere categorie*", "bijzondere persoonsgegevens", "special categor*", "strafrechtelijk*", "criminal data", "criminal offences", "criminal conviction*", "criminal record*", "biometrische gegevens", "biometric data", "gezondheidsgegevens", "health data", "veroordelingen", "convictions", "offences"],
          ["niet", "geen", "not", "no", "uitsluitend", "only", "uitzondering", "exception", "waarborg*", "safeguard*", "never"],
        ],
      },
    ],
  },
  {
    id: "non-discrimination",
    title: t("Non-discriminatie", "Non-discrimination"),
    explanation: t(
      "Een algoritme mag mensen niet ongelijk behandelen op grond van bijvoorbeeld afkomst, geslacht of leeftijd. Dat moet vooraf en tijdens het gebruik worden getoetst.",
      "An algorithm must not treat people unequally on grounds such as origin, sex or age; this must be tested beforehand and during use.",
    ),
    remediation: t(
      "Eis een biastoets per beschermde grond, een rechtvaardigingstoets voor verschillen, en een protocol voor een vermoeden van discriminatie.",
      "Require a bias test per protected ground, a justification test for differences, and a protocol for suspected discrimination.",
    ),
    sources: [src("Grondwet", "art. 1"), akVer("grw-02"), src("Handreiking non-discriminatie by design", "BZK 2021")],
    severity: "error",
    commitment: true,
    applies: DAP,
    // A declaration that the model does not discriminate is no test plan (Handreiking non-discriminatie).
    checks: [{ kind: "commitment-to-act" }],
    patterns: [
      {
        all: [
          ["bias toets*", "biastoets*", "bias test*", "bias audit*", "bias analys*", "discriminat*", "beschermde grond*", "protected ground*", "gelijke behandeling", "rechtvaardigingstoets", "equal treatment"],
          ["*toets*", "*test*", "*protocol*", "onderzoek*", "analyse*", "plan", "audit*", "monitor*", "controle*", "meet", "measures"],
        ],
        none: ["eerdere", "previous"],
      },
    ],
  },
  {
    id: "human-rights-impact-assessment",
    title: t("IAMA voor impactvolle algoritmes", "Human rights impact assessment (IAMA)"),
    explanation: t(
      "Ook als een algoritme geen hoog-risico-AI is, kan het grote gevolgen voor mensen hebben. Een IAMA helpt om die vooraf te wegen.",
      "Even when an algorithm is not high-risk AI, it can have a large impact on people; an IAMA helps weigh that impact beforehand.",
    ),
    remediation: t(
      "Plan een IAMA (Impact Assessment Mensenrechten en Algoritmes) vóór de ingebruikname en laat de leverancier meewerken.",
      "Plan an IAMA (human rights and algorithms impact assessment) before going live, with the supplier's cooperation.",
    ),
    sources: [akVer("grw-01"), src("IAMA", "Impact Assessment Mensenrechten en Algoritmes")],
    severity: "warning",
    commitment: true,
    applies: IMP,
    patterns: [{ all: [["iama", "impact assessment mensenrechten*", "mensenrechten impact*", "human rights impact*", "fundamental rights impact*", "*grondrechteneffectbeoordeling*"]] }],
  },
  {
    id: "information-security",
    title: t("Informatiebeveiliging", "Information security"),
    explanation: t(
      "Het systeem moet veilig zijn volgens de BIO. Een certificaat alleen is niet genoeg: leverancier en provincie moeten samen de risico's analyseren.",
      "The system must be secure under the BIO. A certificate alone is not enough: supplier and province must analyse the risks together.",
    ),
    remediation: t(
      "Vraag bewijs van beveiliging volgens BIO of ISO 27001 en eis een gezamenlijke risicoanalyse informatiebeveiliging vóór de ingebruikname.",
      "Ask for evidence of security under the BIO or ISO 27001 and require a joint information security risk analysis before go-live.",
    ),
    sources: [akVer("bio-01"), akMtr("owp-26"), src("BIO", "Baseline Informatiebeveiliging Overheid")],
    severity: "error",
    applies: ALG,
    patterns: [
      {
        all: [
          ["risicoanalyse*", "risk analys*", "risk assessment*", "risicobeoordeling*"],
          ["samen", "together", "jointly", "informatiebeveiliging*", "information security", "security", "beveiliging*", "bio", "ciso"],
        ],
      },
    ],
  },
  {
    id: "supply-chain-transparency",
    title: t("Transparantie over de keten", "Supply-chain transparency"),
    explanation: t(
      "De provincie moet weten op welk onderliggend model het systeem draait, welke onderaannemers meewerken en waar de dienst wordt gehost.",
      "The province must know which underlying model the system runs on, which subcontractors are involved and where the service is hosted.",
    ),
    remediation: t(
      "Eis dat de leverancier het onderliggende model (en de aanbieder daarvan), de onderaannemers en de hostinglocaties noemt en wijzigingen vooraf meldt.",
      "Require the supplier to disclose the underlying model (and its provider), subcontractors and hosting locations, and to announce changes beforehand.",
    ),
    sources: [akMtr("owp-34"), aiAct("art. 25(4), 53")],
    severity: "warning",
    applies: AI,
    patterns: [
      {
        all: [
          ["onderliggend*", "underlying", "onderaannemer*", "subcontractor*", "sub supplier*", "toeleverancier*", "hosting*", "gehost", "hosted", "general purpose", "algemene doeleinden", "foundation model*", "externe modellen", "third party model*", "hostingpartijen"],
          [
            "vermeldt", "discloses", "disclose", "maakt bekend", "maakt ... bekend", "bekendmaken", "lists", "list", "noemt", "geeft aan", "states", "meldt", "informs", "inform", "overzicht",
            "list of", "specifies", "specify", "specificeert", "gespecificeerd",
            // Annex IV point 1(a), ESPD part II.D: the bidder declares or names the models and their providers.
            "declare", "declares", "opgave", "geeft op", "naam van de aanbieder", "name of the provider", "names",
            // Named to the buyer beforehand: "geen onderaannemer die niet vooraf aan de Provincie is opgegeven".
            "opgegeven", "disclosed", "notified",
          ],
        ],
      },
      // The document itself names the general-purpose model and its provider ("uses the general-purpose AI
      // model X (provider: Y)", "is X, een AI-model voor algemene doeleinden van Y").
      {
        all: [
          ["general purpose ai model", "ai model voor algemene doeleinden", "ai modellen voor algemene doeleinden", "general purpose ai models",
            "general purpose model", "general purpose language model"],
          ["provider", "aanbieder", "model provider", "developed by", "ontwikkeld door", "supplied by", "geleverd door", "van", "of"],
          ["uses", "use", "gebruikt", "gebruiken", "maakt gebruik", "is", "based on", "gebaseerd op", "draait", "runs"],
        ],
      },
    ],
  },
  {
    id: "requirements-in-award-and-contract",
    title: t("Eisen in gunning, contract en SLA", "Requirements in award, contract and SLA"),
    explanation: t(
      "Eisen aan het algoritme werken alleen als ze in het programma van eisen, de gunningscriteria, het contract en de SLA staan, niet alleen in een bijlage.",
      "Requirements on the algorithm only work when they are in the list of requirements, the award criteria, the contract and the SLA, not just in an annex.",
    ),
    remediation: t(
      "Neem de algoritme-eisen op in het programma van eisen, de gunningscriteria, de overeenkomst en de SLA.",
      "Put the algorithm requirements in the list of requirements, the award criteria, the contract and the SLA.",
    ),
    sources: [akMtr("owp-16"), akMtr("owp-20"), akMtr("owp-27"), akMtr("owp-28")],
    severity: "warning",
    applies: ALG,
    patterns: [
      {
        all: [
          [
            "eisen", "requirements", "programma van eisen", "knock outeisen", "ko eisen", "minimumeisen", "must haves", "must have requirements", "moet punten", "verplichtingen", "obligations",
            "knock out requirements", "programme of requirements", "minimum requirements",
            // Service norms and single requirements ("[EIS]", "De normen van de artikelen 8.2 en 9").
            "eis", "normen", "servicenormen", "service norms",
            // Requirements in agile form (AK owp-16: "eisen in user stories").
            "user stories", "stories", "prestatie eisen",
            // Conditions set for this purchase ("deze voorwaarden worden … onderdeel van de Overeenkomst").
            "deze voorwaarden", "bijzondere voorwaarden", "these conditions",
          ],
          // Wherever the requirements end up binding: a contract of any name, a call-off, an order
          // confirmation, a subsidy decision (Awb art. 4:37); the requirements list alone is not enough.
          [
            "overeenkomst*", "*overeenkomst", "agreement*", "contract", "sla", "service level agreement", "dienstverleningsovereenkomst", "dienstverleningsafspraken", "call off", "deze opdracht",
            "this assignment", "opdrachtbevestiging", "subsidiebeschikking", "opdrachtbrief",
          ],
          // "nemen we één op één over in de overeenkomst": taken over into the contract.
          [
            "opgenomen", "onderdeel", "apply", "applies", "included", "form part", "forms part", "maken deel uit", "maakt deel uit", "maken ... deel uit", "maakt ... deel uit", "nemen ... over",
            "neemt ... over", "overgenomen", "incorporated", "vastgelegd", "verwerkt in", "lays down", "lay down", "laid down", "sets out", "set out", "correspond to", "corresponds to", "komen overeen met",
            "part of", "komen ... in",
          ],
        ],
      },
      // "Zij worden ongewijzigd opgenomen in de overeenkomst": the requirements, taken over unchanged.
      { all: [["ongewijzigd", "unchanged", "integraal", "verbatim"], ["overeenkomst", "agreement", "contract", "opdrachtbrief"], ["opgenomen", "included", "onderdeel", "part of"]] },
      // "The AI-related service levels … are contractual obligations of the Service Provider".
      { all: [["contractual obligations", "contractuele verplichtingen", "contractual commitments"]] },
    ],
  },
  {
    id: "evidence-in-evaluation",
    title: t("Bewijs bij de beoordeling van inschrijvingen", "Evidence in bid evaluation"),
    explanation: t(
      "Beloften zijn niet genoeg. Vraag bij de inschrijving om bewijs, zoals certificaten, verklaringen, testrapporten en model- of datakaarten.",
      "Promises are not enough; ask for evidence with the bid, such as certificates, declarations, test reports and model or data cards.",
    ),
    remediation: t(
      "Vraag bij de inschrijving om documenten die de eisen aantonen: certificaten, verklaringen, testrapporten, model- en datakaarten.",
      "Ask bidders for documents that prove the requirements: certificates, declarations, test reports, model and data cards.",
    ),
    sources: [akMtr("owp-17")],
    severity: "warning",
    applies: AI,
    patterns: [
      {
        all: [
          ["inschrijving", "inschrijvingen", "inschrijver", "inschrijvers", "tenderer", "tenderers", "bid", "bids", "bidder", "bidders", "criterium", "criterion", "gunningscriter*", "award",
            // A quotation in a multiple-quotation procedure, an Open House registration.
            "offerte", "offertes", "quotation", "aanmelding"],
          ["modelkaart", "model card*", "datakaart", "data card*", "testrapport*", "test report*", "certificaat", "certificate", "verklaring", "declaration", "auditrapport", "audit report",
            "validatierapport*", "validation report*"],
        ],
        none: GENERIC_BID_DECLARATIONS,
      },
    ],
  },
  {
    id: "ethics-review",
    title: t("Ethische toets", "Ethics review"),
    explanation: t(
      "Bij gevoelige toepassingen helpt een multidisciplinair team, en een ethische commissie of een sessie begeleidingsethiek, om de afwegingen goed te maken.",
      "For sensitive uses, a multidisciplinary team and an ethics committee or a guidance-ethics session help to make the trade-offs well.",
    ),
    remediation: t(
      "Werk met een multidisciplinair team en leg gevoelige keuzes voor aan een ethische commissie of een sessie begeleidingsethiek.",
      "Work with a multidisciplinary team and put sensitive choices to an ethics committee or a guidance-ethics session.",
    ),
    sources: [akMtr("pba-06"), src("ECP", "Aanpak begeleidingsethiek")],
    severity: "info",
    commitment: true,
    applies: { any: [IMP, HR] },
    patterns: [
      {
        all: [
          ["*ethiek*", "ethisch*", "ethics", "ethical"],
          ["commissie", "committee", "board", "sessie", "session", "voor aan", "voorgelegd", "submitted", "multidisciplinair*", "multidisciplinary"],
        ],
      },
    ],
  },
  {
    id: "monitoring-after-go-live",
    title: t("Monitoring na ingebruikname", "Monitoring after go-live"),
    explanation: t(
      "Een model kan na de livegang slechter gaan werken. Afspraken over monitoring, versiebeheer en periodieke herbeoordeling in de SLA vangen dat op.",
      "A model can get worse after go-live; agreements on monitoring, versioning and periodic re-evaluation in the SLA catch that.",
    ),
    remediation: t(
      "Eis monitoring van prestaties en drift, versiebeheer waarmee uitkomsten reproduceerbaar zijn, en een periodieke herbeoordeling in de SLA.",
      "Require performance and drift monitoring, versioning that makes outcomes reproducible, and periodic re-evaluation in the SLA.",
    ),
    sources: [akMtr("mon-05"), akMtr("mon-07"), aiAct("art. 26(5), 72")],
    severity: "warning",
    applies: AI,
    patterns: [
      {
        all: [
          // Dutch compounds: "herkenningsprestaties", "voorspelnauwkeurigheid".
          ["monitor*", "gemonitord", "bewaakt", "drift", "verschuiving", "*prestaties", "performance", "*kwaliteit", "*nauwkeurigheid", "quality", "accuracy", "voorspellingen"],
          ["maandelijks", "monthly", "kwartaal", "quarter*", "jaarlijks", "annual*", "periodiek*", "continu*", "regelmatig", "na ingebruikname", "after go live", "versiebeheer", "versieoverzicht", "modelversie", "version*",
            "elke twee weken", "iedere twee weken", "every two weeks", "elke drie maanden", "iedere drie maanden", "every three months", "elke maand", "iedere maand", "every month"],
        ],
      },
    ],
  },
  {
    id: "records-and-openness",
    title: t("Archivering en openbaarheid", "Records and openness"),
    explanation: t(
      "Documentatie over het systeem moet lang genoeg bewaard blijven (tien jaar bij hoog risico) en geheimhouding mag een Woo-verzoek niet blokkeren.",
      "Documentation about the system must be kept long enough (ten years for high-risk) and confidentiality must not block a Woo request.",
    ),
    remediation: t(
      "Leg vast hoe lang documentatie wordt bewaard (Archiefwet, tien jaar bij hoog risico) en dat geheimhouding openbaarmaking op grond van de Woo niet tegenhoudt.",
      "Set how long documentation is kept (Archives Act, ten years for high-risk) and that confidentiality does not stop disclosure under the Woo.",
    ),
    sources: [aiAct("art. 18"), akVer("arc-01"), akVer("woo-01")],
    severity: "info",
    applies: ALG,
    // AK woo-01: confidentiality may not block disclosure under the Woo; a clause that lets it is a violation.
    checks: [
      // For high-risk AI the documentation is kept ten years (AI Act art. 18(1)); a Woo clause alone
      // leaves that open, and a shorter period does not reach it.
      {
        kind: "needs-also",
        when: HR,
        note: t(
          "Voor een hoog-risico-AI-systeem moet de documentatie tien jaar bewaard blijven (AI-verordening, artikel 18); die termijn staat er niet.",
          "For a high-risk AI system the documentation must be kept for ten years (AI Act art. 18); that period is not stated.",
        ),
        patterns: [
          {
            all: [
              ["documentatie", "documentation", "conformiteitsverklaring", "declaration of conformity", "archiefbescheiden", "records"],
              ["tien jaar", "ten years", "10 jaar", "10 years", "tienjarige", "ten year"],
            ],
          },
        ],
      },
      {
        kind: "not-contradicted",
        patterns: [
          {
            all: [
              ["vertrouwelijk*", "geheim*", "bedrijfsgeheim*", "bedrijfsvertrouwelijk*", "confidential*", "trade secret*", "commercially sensitive"],
              [
                "woo", "wet open overheid", "open government act", "openbaarmaking", "openbaar maken", "openbaar gemaakt", "woo verzoek*", "verzoek om informatie", "verzoeken om informatie", "informatieverzoek*",
                "freedom of information", "disclosure request*", "request for disclosure", "public access", "request for information", "requests for information",
              ],
              ["niet", "geen", "nooit", "not", "never", "no", "weiger*", "refuse*", "resist*", "verzet*", "withhold*", "onthoud*"],
            ],
            none: [
              "in de weg", "prevent*", "belemmer*", "verhinder*", "behoudens", "tenzij", "unless", "except*", "onverminderd", "without prejudice", "subject to", "met inachtneming",
              "voor zover", "to the extent", "wettelijke verplichting*", "legal obligation*", "required by law", "wettelijk verplicht*", "consult*", "raadpleeg*", "zienswijze", "in overleg",
              "tegen", "block*", "obstruct*", "stand in the way",
              // "beletten de Provincie niet", "do not hinder", "kan openbaarmaking niet tegenhouden", "kan zich niet beroepen op".
              "belet*", "hinder*", "tegenhouden", "tegen te houden", "tegenhoudt", "beroepen op",
              // "De geheimhouding laat … onverlet", "shall not affect the duties under the Woo".
              "onverlet", "affect",
              // "Geheimhoudingsafspraken beperken de ODMH niet in haar verplichtingen op grond van de Woo".
              "beperk*", "limit*", "restrict*",
            ],
          },
          // The system's documentation disclosed only with the supplier's consent: the supplier can block what the Woo may require.
          {
            all: [
              ["documentatie", "documentation", "documenten", "documents", "modelkaart", "model card*", "broncode", "source code"],
              ["openbaar maken", "openbaar gemaakt", "openbaarmaking", "disclose*", "disclosed", "verstrekken", "verstrekt", "make public", "made public"],
              ["niet", "not", "never", "nooit"],
              ["toestemming", "consent", "goedkeuring", "approval"],
              ["opdrachtnemer", "leverancier", "supplier", "vendor", "contractor", "licensor", "dienstverlener"],
            ],
            none: ["wettelijk*", "required by law", "legal obligation*", "onverlet", "onverminderd", "without prejudice", "in de weg", "prevent*", "woo"],
          },
          {
            all: [
              ["woo", "wet open overheid", "open government act", "openbaarmaking", "woo verzoek*", "freedom of information", "disclosure request*", "request for disclosure"],
              ["weiger*", "refuse*", "resist*", "verzet*", "object to", "bezwaar tegen", "withhold*", "onthoud*"],
            ],
            none: [
              "behoudens", "tenzij", "unless", "except*", "onverminderd", "without prejudice", "subject to", "voor zover", "to the extent", "zienswijze", "consult*", "raadpleeg*", "in de weg",
              "niet", "geen", "not", "no", "never", "nooit",
            ],
          },
        ],
      },
    ],
    patterns: [
      {
        all: [
          ["woo", "wet open overheid", "openbaar maken", "openbaarmaking", "publiceren", "publish*", "freedom of information", "10 jaar", "tien jaar", "ten years", "10 years"],
          // What is kept or disclosed is the system's documentation (AI Act art. 18; AK woo-01), not
          // any information: a tender about answering Woo requests names "Woo" and "informatie" throughout.
          ["documentatie", "documentation", "beschrijving", "description", "rapportages", "regels"],
        ],
        none: ["algoritmeregister*", "algorithm register*"],
      },
      // The confidentiality clause that leaves the buyer's duties under the Woo and the archives law
      // unaffected (AK woo-01: geheimhouding staat openbaarmaking niet in de weg).
      {
        all: [
          ["geheimhouding*", "vertrouwelijk*", "confidential*", "confidentiality"],
          ["woo", "wet open overheid", "open government act", "archiefwet", "archives act", "public records act", "freedom of information"],
          ["onverlet", "onverminderd", "laat ... onverlet", "laten ... onverlet", "staat niet in de weg", "staan niet in de weg", "does not affect", "do not affect", "shall not affect", "without prejudice to", "does not prevent", "do not prevent", "shall not prevent"],
        ],
      },
    ],
  },
  {
    id: "complaints-and-appeal",
    title: t("Klacht, bezwaar en beroep", "Complaints, objection and appeal"),
    explanation: t(
      "Mensen over wie het systeem iets zegt, moeten kunnen klagen, bezwaar maken en in beroep gaan.",
      "People the system says something about must be able to complain, object and appeal.",
    ),
    remediation: t(
      "Beschrijf de route voor klacht, bezwaar en beroep voor betrokkenen, en hoe de leverancier daarbij helpt.",
      "Describe the complaint, objection and appeal route for the people affected, and how the supplier helps with it.",
    ),
    sources: [akMtr("imp-06"), src("Awb", "hoofdstuk 6-9")],
    severity: "warning",
    applies: DAP,
    patterns: [
      {
        all: [
          ["bezwaar", "bezwaarschrift*", "beroep", "klacht*", "complaint*", "objection*", "appeal*"],
          ["kunnen", "kan", "can", "may", "route", "procedure", "awb", "algemene wet bestuursrecht", "ondersteunt", "supports", "instellen", "indienen", "lodge", "file", "maken"],
        ],
        none: NOT_ABOUT_OUTCOMES,
      },
    ],
  },
  {
    id: "generative-ai-safeguards",
    title: t("Waarborgen voor generatieve AI", "Generative AI safeguards"),
    explanation: t(
      "Bij generatieve AI kunnen vragen en documenten van de provincie in een model terechtkomen. Sluit training op die data uit, kies hosting in de EU en vraag om bronvermelding.",
      "With generative AI, the province's prompts and documents can end up in a model. Rule out training on them, consider EU hosting, and ask for source citations.",
    ),
    remediation: t(
      "Verbied training op gegevens van de provincie, overweeg hosting in de EU of on-premise, eis bronvermelding bij antwoorden en maak afspraken over logging.",
      "Forbid training on the province's data, consider EU or on-premise hosting, require source citations in answers, and agree on logging.",
    ),
    sources: [src("Algoritmekader", "inkoopvoorwaarden generatieve AI"), akMtr("owp-35")],
    severity: "error",
    applies: GEN,
    // AK inkoopvoorwaarden GenAI: no training on the buyer's input; a clause that allows it is a violation.
    checks: [
      {
        kind: "not-contradicted",
        patterns: [
          {
            all: [
              [
                "to train", "train its", "train their", "train the", "train models", "trains", "trainen", "te trainen", "hertrainen", "for training", "voor training", "training of its",
                "to improve", "improve its", "improving its", "te verbeteren", "verbeteren van", "product improvement", "productverbetering", "to develop", "develop its", "fine tune", "fine tuning",
              ],
              ["klantgegevens", "customer data", "client data", "gegevens van de", "gegevens van opdrachtgever", "data of the", "input data", "invoergegevens", "persoonsgegevens", "personal data", "data provided by", "aangeleverde gegevens", "gegevens die"],
              ["may", "mag", "mogen", "is entitled", "are entitled", "is gerechtigd", "licence", "license", "licentie", "right to use", "recht om", "gebruiksrecht", "grants", "verleent", "permits", "staat toe", "toestemming voor", "consents to"],
            ],
            none: ["niet", "geen", "not", "no", "never", "nooit", "zonder", "without", "uitsluitend met", "only with", "prior written consent", "voorafgaande schriftelijke toestemming", "geanonimiseerd", "anonymised", "anonymized"],
          },
        ],
      },
    ],
    exclusionSatisfies: true,
    patterns: [
      { all: [["train*", "verbeter*", "improve*"], ["niet", "not", "geen", "no", "never", "nooit", "neither", "nor"], ["gesprekken", "prompts", "kennisbank", "teksten", "gegevens", "data", "documents", "documenten", "vertalingen", "conversations", "chats", "knowledge base", "invoer"]] },
      { all: [["bronvermelding", "source citation*", "cites", "bronnen"], ["antwoord*", "answer*", "output"]] },
    ],
  },
  {
    id: "sustainability",
    title: t("Duurzaamheid", "Sustainability"),
    explanation: t(
      "AI kost energie. Vraag de leverancier om het energieverbruik en de CO2-uitstoot te meten en te rapporteren.",
      "AI uses energy; ask the supplier to measure and report energy use and CO2 emissions.",
    ),
    remediation: t(
      "Eis rapportage over energieverbruik en CO2-uitstoot van training en gebruik, met KPI's.",
      "Require reporting on the energy use and CO2 emissions of training and use, with KPIs.",
    ),
    sources: [akMtr("owp-12")],
    severity: "info",
    applies: AI,
    patterns: [
      {
        all: [
          ["energieverbruik", "energy consumption", "energy use", "stroomverbruik", "energiegebruik", "compute"],
          ["rapporteert", "reports", "report", "meet", "measures", "levert", "provides", "informeert", "co2*"],
        ],
        none: NOT_AI_FOOTPRINT,
      },
    ],
  },
  {
    id: "accessibility",
    title: t("Toegankelijkheid", "Accessibility"),
    explanation: t(
      "Iedereen moet de schermen van het systeem kunnen gebruiken, ook mensen met een beperking.",
      "Everyone must be able to use the system's screens, including people with a disability.",
    ),
    remediation: t("Eis dat de interfaces voldoen aan WCAG 2.1 niveau AA (EN 301 549).", "Require the interfaces to meet WCAG 2.1 level AA (EN 301 549)."),
    sources: [akVer("aia-19"), src("EN 301 549", "WCAG 2.1 AA")],
    severity: "warning",
    applies: HR,
    patterns: [
      {
        all: [["wcag", "en 301 549", "toegankelijkheid*", "accessibility", "digitoegankelijk*"]],
        // Open sources, not usable interfaces.
        none: ["publicly accessible", "openbaar toegankelijk*", "freely accessible", "vrij toegankelijk*"],
      },
      {
        // "accessible" alone is often access ("the logs shall be accessible to the Province"); it
        // means accessibility only for people using an interface (EN 301 549, WCAG); an API or
        // read-only interface that makes logs accessible gives access, not accessibility.
        all: [
          ["toegankelijk", "accessible"],
          ["beperking*", "handicap*", "disabilit*", "schermlezer*", "screen reader*", "gebruikersinterface*", "user interface*", "website*", "app", "portaal", "portal", "burgers", "inwoners", "citizens", "residents", "gebruikers", "users"],
        ],
        none: ["publicly accessible", "openbaar toegankelijk*", "freely accessible", "vrij toegankelijk*"],
      },
    ],
  },
  {
    id: "compliance-dates",
    title: t("Tijdig voldoen aan de AI-verordening", "Compliance by the AI Act dates"),
    explanation: t(
      "De plichten voor hoog-risico-AI gaan op vaste data in. Het systeem moet op die datum voldoen, ook als de datum verschuift.",
      "The high-risk duties start on fixed dates; the system must comply by then, also when the date moves.",
    ),
    remediation: t(
      "Eis dat het systeem voldoet aan de AI-verordening vanaf de datum waarop de plichten voor bijlage III gelden (nu 2 december 2027).",
      "Require the system to comply with the AI Act from the date the Annex III duties apply (currently 2 December 2027).",
    ),
    sources: [aiAct("art. 111, 113"), src("Digital Omnibus", "amendment of art. 113 (2026)")],
    severity: "info",
    applies: HR,
    patterns: [
      {
        all: [
          ["ai verordening", "aiverordening", "ai act", "verplichtingen", "requirements", "eisen"],
          ["datum", "date", "vanaf", "from the date", "augustus", "august", "december", "on time"],
          ["voldoet", "meets", "complies", "comply", "ensures", "voldoen"],
        ],
      },
    ],
  },
  {
    id: "general-terms",
    title: t("Algemene voorwaarden", "General terms"),
    explanation: t(
      "De voorwaarden van de overheid (ARBIT-2022 met AI-module, GIBIT 2023 of de eigen inkoopvoorwaarden) moeten gelden en voorgaan op die van de leverancier.",
      "The government's terms (ARBIT-2022 with the AI module, GIBIT 2023 or the province's own purchasing terms) must apply and prevail over the supplier's.",
    ),
    remediation: t(
      "Noem de algemene voorwaarden (ARBIT-2022 met AI-module, GIBIT 2023 of provinciale inkoopvoorwaarden) en leg vast dat ze voorgaan op die van de leverancier.",
      "Name the general terms (ARBIT-2022 with AI module, GIBIT 2023 or provincial purchasing terms) and state that they prevail over the supplier's.",
    ),
    sources: [src("ARBIT", "ARBIT-2022"), src("GIBIT", "GIBIT 2023")],
    severity: "info",
    applies: ALG,
    party: "buyer",
    patterns: [
      {
        all: [
          ["arbit*", "gibit*", "inkoopvoorwaarden", "purchasing conditions", "algemene voorwaarden", "general terms", "general conditions", "purchasing terms"],
          ["van toepassing", "overeenkomstige toepassing", "mutatis mutandis", "apply", "applies", "applicable", "governed", "gebaseerd", "based on", "op basis van", "on the basis of", "voorrang", "precedence", "gelden", "prevail*", "rangorde", "order of precedence"],
        ],
        // "Neither the Customer's purchasing conditions nor the Supplier's terms apply": no general terms at all.
        none: ["neither"],
      },
    ],
    // The supplier's own terms made part of the contract are the opposite of what ARBIT and GIBIT ask.
    checks: [
      {
        kind: "not-contradicted",
        patterns: [
          {
            all: [
              [
                "supplier s general", "supplier s terms", "vendor s terms", "contractor s general", "provider s terms", "terms and conditions of delivery", "leveringsvoorwaarden",
                "voorwaarden van opdrachtnemer", "voorwaarden van de opdrachtnemer", "voorwaarden van leverancier", "voorwaarden van de leverancier", "voorwaarden van inschrijver", "voorwaarden van de inschrijver",
                // The ICT suppliers' association's model terms (NLdigital Voorwaarden, formerly ICT~Office) are a supplier's terms.
                "nldigital", "nldigital voorwaarden", "ict office voorwaarden",
              ],
              ["prevail*", "voorrang", "form part", "forms part", "maken deel uit", "maakt deel uit", "van toepassing", "apply", "applies", "gelden"],
            ],
            // The public terms prevailing over the supplier's ("gaan voor op de voorwaarden van Opdrachtnemer") are what is asked.
            none: [
              "not", "niet", "geen", "excluded", "exclusion", "uitgesloten", "uitsluiting", "rejected", "afgewezen", "van de hand", "unless", "tenzij",
              "gaan voor op", "gaat voor op", "op de voorwaarden", "boven de voorwaarden", "over the supplier s", "over the vendor s", "over the contractor s", "over any",
            ],
          },
        ],
      },
    ],
  },
];

/** Every requirement with its patterns from procurement usage and those from the legal sources. */
export const requirements: RequirementDefinition[] = ownUsage.map((r) => ({ ...r, patterns: [...r.patterns, ...(sourcePatterns[r.id] ?? [])] }));

/** The full catalogue of GUIDELINES.md. */
export const recommended: Ruleset = {
  name: "ethiek:recommended",
  version: "1.0.0",
  description: t(
    "Alle eisen uit de ethiek-catalogus voor het inkopen van algoritmes en AI, met de standaard-ernst en -voorwaarden.",
    "Every requirement of the ethiek catalogue for buying algorithms and AI, with default severities and conditions.",
  ),
  requirements,
  vocabulary,
  classification,
  milestones,
};
