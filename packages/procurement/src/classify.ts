// The classifier: decides the eight tags of the catalogue from the scanned passages, the manifest
// declarations and CPV codes, each with reasons, a strength and the passages that led to it. What
// counts as an Annex III use or an art. 5 practice is ruleset data (catalogue/classification.ts).
import type { ClassificationResult, ClassificationTag, Document, Evidence, Segment, Tender } from "@ethiek/schemas";
import { evidenceOf } from "./evidence.js";
import { modalityOf } from "./modality.js";
import { inExcludedModule, isModuleApplicability } from "./modules.js";
import { endsWithQuestionMark, hasConcept, type ConceptHit, type ConceptName, type Passage, type ScanResult, type Target, type TargetHit } from "./scan.js";
import { fold, tokenize } from "./text.js";
import { CLASSIFIER_CONCEPTS } from "./vocabulary.js";

export const TAGS: readonly ClassificationTag[] = [
  "algorithmic",
  "ai",
  "high-risk",
  "prohibited",
  "personal-data",
  "decisions-about-people",
  "generative",
  "impactful",
];

/** The classification with the extra facts the requirement engine needs. */
export interface Classification {
  readonly results: ClassificationResult[];
  readonly tags: ReadonlySet<ClassificationTag>;
  /** The Annex III point in play (also under an art. 6(3) exception). */
  readonly annexArea: string | null;
}

type Lang = "nl" | "en";

const has = hasConcept;
const CLASSIFIER_LIST = [...CLASSIFIER_CONCEPTS];

/** Negation words stand at most this many tokens before what they negate. */
const NEGATION_REACH = 7;
/** "… worden niet verwerkt" stands at most this many tokens after what it negates. */
const NEGATION_AFTER_REACH = 8;
/** Up to this many tokens a tender counts as short: one clear passage is then enough. */
const SHORT_TEXT = 1200;
/** Up to this many tokens a text is a description (a register entry: title and purpose), read as one unit. */
const DESCRIPTION_TEXT = 400;

/**
 * True when a negation stands just before position `at` (or anywhere up to `last`, the end of a
 * matched description), without a risk word in between; when a negated verb follows just after it;
 * or when the passage opens with a prohibition ("Het is niet toegestaan … te gebruiken").
 */
function negatedAt(p: Passage, at: number, riskWordsShield: boolean, last = at): boolean {
  const fields = p.text.includes("|") ? fieldsOf(p) : undefined;
  const clauses = /[;:]/.test(p.text) ? clausesOf(p) : undefined;
  for (const n of p.concepts) {
    // A record of fields ("Antwoordtype: geen | Eis: De Oplossing is een AI-systeem"): a negation
    // in one field says nothing about the next.
    if (fields && fields[n.at] !== fields[at]) continue;
    if (n.concept === "exclusionLeadIn" && n.at <= 4 && n.at < at) return true;
    // The subject of a sentence that puts it out of scope ("Generatieve AI, waaronder …, maakt geen
    // deel uit van de opdracht"), however long the apposition in between; one clause only.
    if (n.concept === "exclusionLeadIn" && at <= 2 && n.at > at && !p.text.includes(";") && putsOutOfScope(p, n)) return true;
    // "een algoritme zonder kunstmatige intelligentie: een regelgebaseerd model": a negation word
    // stops at a colon or semicolon.
    if (n.concept === "negContext" && clauses && clauses[n.at] !== clauses[at] && clauses[n.at] !== clauses[last]) continue;
    if (n.concept === "negContext" && n.at < last && at - n.at <= NEGATION_REACH) {
      // "geen hoog-risico-AI-systeem" denies the risk class, not the AI.
      if (riskWordsShield && riskWordBetween(p, n.at, at)) continue;
      return true;
    }
    if (n.concept === "negAfter" && n.at > at && n.at - at <= NEGATION_AFTER_REACH) return true;
  }
  return false;
}

const fieldCache = new WeakMap<Passage, number[]>();
/** People who can be in view: camera images are personal data when a person is identifiable (GDPR art. 4(1)). */
const PEOPLE_IN_VIEW = /\b(mensen|personen|persoon|voorbijgangers|weggebruikers|bezoekers|omwonenden|bestuurders|gezicht\w*|kenteken\w*|people|persons?|passers-by|faces?|drivers|licen[cs]e plates?|number plates?)\b/i;
/** A passage whose only personal-data word is "camerabeelden", with nobody in view: images of trash racks or pump cellars. */
function objectsOnCamera(p: Passage): boolean {
  const words = tokenize(fold(p.text));
  return p.concepts.every((h) => h.concept !== "personalData" || (words[h.at] === "camerabeelden" || words[h.at] === "camera" || words[h.at] === "video")) && !has(p, "persons") && !PEOPLE_IN_VIEW.test(p.text);
}

/** Per token of the passage, the index of the " | "-separated field it stands in. */
function fieldsOf(p: Passage): number[] {
  let out = fieldCache.get(p);
  if (!out) {
    out = [];
    p.text.split("|").forEach((part, i) => {
      // tokenize() keeps each "|" as a token of its own.
      if (i > 0) out!.push(i);
      for (let k = tokenize(fold(part)).length; k > 0; k--) out!.push(i);
    });
    fieldCache.set(p, out);
  }
  return out;
}

const clauseCache = new WeakMap<Passage, number[]>();
/** Per token of the passage, the index of the clause (split at ";" and ":") it stands in. */
function clausesOf(p: Passage): number[] {
  let out = clauseCache.get(p);
  if (!out) {
    out = [];
    p.text.split(/[;:]/).forEach((part, i) => {
      for (let k = tokenize(fold(part)).length; k > 0; k--) out!.push(i);
    });
    clauseCache.set(p, out);
  }
  return out;
}

/**
 * The exclusion lead-ins that put their sentence's subject out of the purchase ("maakt geen deel
 * uit", "valt buiten de scope"); "verboden" or "excluded" may be said of something else in the
 * sentence ("ingedeeld als verboden praktijk").
 */
const OUT_OF_SCOPE = /^(geen deel|geen onderdeel|not part of|do not form part|does not form part|outside the scope|buiten (de )?scope|vall?(en|t) buiten|not in scope|niet in scope|buiten (de reikwijdte|het bereik)|beyond the scope|vall?(en|t) niet onder|not covered|does not cover|not inputs?|not an input|geen invoer|niet als invoer)/;
function putsOutOfScope(p: Passage, hit: ConceptHit): boolean {
  return OUT_OF_SCOPE.test(tokenize(fold(p.text)).slice(hit.at, hit.at + hit.length).join(" "));
}

/** True when the concept occurs and one of its occurrences is not negated... unless any is: one negated mention makes the passage an exclusion. */
function positive(p: Passage, c: ConceptName): boolean {
  if (!has(p, c)) return false;
  let found = false;
  for (const h of p.concepts) {
    if (h.concept !== c) continue;
    // "Algoritmeregister", "hash algorithm": the word names an instrument, not what is bought.
    if ((c === "algorithmic" || c === "artefact") && p.concepts.some((n) => n.concept === "notAlgorithm" && n.at <= h.at && h.at < n.at + n.length)) continue;
    found = true;
    if (negatedAt(p, h.at, c !== "highRiskWord")) return false;
  }
  return found;
}
function riskWordBetween(p: Passage, from: number, to: number): boolean {
  for (const r of p.concepts) if (r.concept === "highRiskWord" && r.at > from && r.at < to) return true;
  return false;
}
function negatedOnly(p: Passage, c: ConceptName): boolean {
  return has(p, c) && !positive(p, c);
}
/** A demonstrative that points back at the sentence before ("Dat willen we niet", "We do not want this"). */
const POINTS_BACK = /^\W*(?:\S+\s+){0,2}(dat|dit|die|deze|zoiets|zo'n|this|that|these|those|such)\b|\b(this|that|these|those|dit|dat|die)\W*$/i;
/** Up to this many tokens a sentence that refuses the one before it is short. */
const REFUSAL_TOKENS = 20;
/**
 * A practice described and refused in the very next sentence ("In de demo zat een module die
 * emoties herkent. Dat willen we absoluut niet."): the short sentence after it points back with a
 * demonstrative and negates. Such a practice is excluded, not bought.
 */
function refusedNext(p: Passage, scanned: ScanResult): boolean {
  const same = scanned.segmentPassages(p.document, p.segment);
  const at = same.indexOf(p);
  const next = at >= 0 && at + 1 < same.length ? same[at + 1] : scanned.segmentPassages(p.document, p.segment + 1)[0];
  if (!next || next.tokenCount > REFUSAL_TOKENS || isQuestion(next)) return false;
  return has(next, "negWord") && POINTS_BACK.test(next.text);
}

/** A product or module name in quotes ("Engagement Insights", „Module X“). */
const QUOTED_NAME = /["“„'‘]([^"“”„'‘’\n]{3,60})["”“'’]/g;

/**
 * An offer the buyer turns down by name elsewhere: a module offered in a quoted reply ("Als extra
 * bieden we onze module \"Engagement Insights\" aan") and "De … module \"Engagement Insights\" wordt
 * niet geleverd en niet geactiveerd" in the agreement. What is not delivered is not bought.
 */
function refusedByName(p: Passage, scanned: ScanResult): boolean {
  const names = [...p.text.matchAll(QUOTED_NAME)].map((m) => m[1]!.trim().toLowerCase()).filter((n) => /\p{L}{3}/u.test(n));
  if (names.length === 0) return false;
  return scanned.passages.some((other) => other !== p && has(other, "negAfter") && !isQuestion(other) && names.some((n) => other.text.toLowerCase().includes(n)));
}

/** How far an AI word may stand from the verb of writing, and the written product from the verb. */
const AUTHOR_REACH = 4;
/** A standard letter filled in from a template is standard editing, not synthetic content (AI Act art. 50(2)). */
const TEMPLATED = new Set(["standaard", "standard", "template", "sjabloon", "vaste", "fixed"]);
const PRODUCT_REACH = 8;
/**
 * A machine that writes (AI Act art. 50(2)): an AI word next to a verb of writing with a written
 * product in reach, in either order, since Dutch puts the subject after the verb ("maakt een
 * taalmodel bij elk signaal een korte samenvatting") and a passive puts it last ("tekst die door
 * AI is gemaakt", "text generated by AI"). "AI" alone counts here, but not as part of the name
 * of the AI Act ("de AI-verordening schrijft voor").
 */
function machineWritesText(p: Passage): boolean {
  if (!has(p, "textGeneration") || !has(p, "generatedText")) return false;
  let words: string[] | undefined;
  for (const verb of p.concepts) {
    if (verb.concept !== "textGeneration" || negatedAt(p, verb.at, false)) continue;
    words ??= tokenize(fold(p.text));
    const w = words;
    const templated = (at: number) => [w[at - 1], w[at - 2]].some((x) => x !== undefined && TEMPLATED.has(x));
    const product = p.concepts.some((h) => h.concept === "generatedText" && Math.abs(h.at - verb.at) <= PRODUCT_REACH && !negatedAt(p, h.at, false) && !templated(h.at));
    if (!product) continue;
    if (p.concepts.some((h) => h.concept === "ai" && Math.abs(h.at - verb.at) <= AUTHOR_REACH)) return true;
    for (let i = Math.max(0, verb.at - AUTHOR_REACH); i <= verb.at + AUTHOR_REACH && i < words.length; i++) {
      if (words[i] === "ai" && !p.concepts.some((n) => n.concept === "aiActName" && n.at <= i && i < n.at + n.length)) return true;
    }
  }
  return false;
}

/** Requirements whose safeguards exist only for decisions about natural persons. */
const SAFEGUARD_REQUIREMENTS = ["no-solely-automated-decisions", "individual-explanation", "non-discrimination"] as const;

const isQuestion = (p: Passage) => has(p, "question") || endsWithQuestionMark(p.text);

/** Reads an explicit Annex III point from text: "bijlage III, punt 5, onder a" / "Annex III, point 5(a)". */
export function annexPointIn(text: string): string | null {
  const m = /(?:bijlage|annex)\s+iii[^.;]{0,12}?(?:punt|point|pt\.?)?\s*(\d)(?:\s*(?:,\s*onder|\()\s*([a-e])\b)?/i.exec(text);
  if (!m) return null;
  return `${m[1]}${m[2] ? m[2].toLowerCase() : ""}`;
}

const T = {
  nl: {
    declared: (why?: string) => `Opgegeven door de inkoper${why ? `: ${why}` : "."}`,
    none: "Niets in de tekst wijst hierop.",
    weak: "Zwak bewijs: maar één passage wijst hierop; controleer dit.",
    aiYes: "De tekst beschrijft een AI-systeem of technieken als machine learning.",
    aiExcluded: "De tekst sluit AI uit of zegt dat de oplossing geen AI-systeem bevat.",
    algYes: "De tekst beschrijft een algoritme of rekenregels die uitkomsten bepalen.",
    algDerived: "Een AI-systeem is altijd een algoritme.",
    cpv: (codes: string) => `CPV-code(s) voor software of data: ${codes}.`,
    hrYes: (area: string) => `Bijlage III punt ${area} van de AI-verordening is van toepassing en er is geen uitzondering van artikel 6, lid 3, vastgelegd.`,
    hrException: (area: string) => `Bijlage III punt ${area} is in beeld, maar de tekst legt een uitzondering op grond van artikel 6, lid 3, vast.`,
    hrNoAi: "Geen AI-systeem, dus geen hoog-risico-AI.",
    hrNoArea: "Geen toepassing uit bijlage III gevonden.",
    hrRecordedNot: (area: string) => `De tekst legt vast dat het systeem geen hoog risico heeft; maar één passage wijst op bijlage III punt ${area}. Controleer dit.`,
    hrPointDenied: (area: string) => `Bijlage III punt ${area} is in beeld, maar de tekst legt met redenen vast dat dit punt niet van toepassing is en dat het systeem geen hoog risico heeft. Controleer die redenering.`,
    prohibitedYes: (what: string) => `De tekst beschrijft een praktijk die artikel 5 van de AI-verordening verbiedt: ${what}.`,
    prohibitedNo: "Geen verboden praktijk beschreven.",
    pdYes: "De tekst noemt de verwerking van persoonsgegevens.",
    pdExcluded: "De tekst sluit de verwerking van persoonsgegevens uit.",
    dapYes: "Uitkomsten ondersteunen beoordelingen of besluiten over personen.",
    dapArea: (area: string) => `De toepassing uit bijlage III punt ${area} gaat over besluiten over personen.`,
    dapSafeguards: "De tekst stelt waarborgen die alleen bij besluiten over personen horen (een mens beslist, uitleg per persoon, toets op discriminatie).",
    genYes: "Het gaat om generatieve AI of een chatbot.",
    impYes: "Hoog-risico-AI, of een algoritme dat besluiten over mensen ondersteunt, is impactvol (categorie B).",
    impText: "De tekst noemt het algoritme impactvol.",
  },
  en: {
    declared: (why?: string) => `Declared by the buyer${why ? `: ${why}` : "."}`,
    none: "Nothing in the text points to this.",
    weak: "Weak evidence: only one passage points to this; please check.",
    aiYes: "The text describes an AI system or techniques such as machine learning.",
    aiExcluded: "The text excludes AI or states that the solution contains no AI system.",
    algYes: "The text describes an algorithm or rules that determine outcomes.",
    algDerived: "An AI system is always an algorithm.",
    cpv: (codes: string) => `CPV code(s) for software or data: ${codes}.`,
    hrYes: (area: string) => `AI Act Annex III point ${area} applies and no art. 6(3) exception is documented.`,
    hrException: (area: string) => `Annex III point ${area} is in play, but the text documents an art. 6(3) exception.`,
    hrNoAi: "No AI system, so no high-risk AI.",
    hrNoArea: "No Annex III use found.",
    hrRecordedNot: (area: string) => `The text records that the system is not high-risk; only one passage points to Annex III point ${area}. Please check.`,
    hrPointDenied: (area: string) => `Annex III point ${area} is in play, but the text reasons that this point does not apply and records the system as not high-risk. Please check that reasoning.`,
    prohibitedYes: (what: string) => `The text describes a practice that AI Act art. 5 prohibits: ${what}.`,
    prohibitedNo: "No prohibited practice described.",
    pdYes: "The text names processing of personal data.",
    pdExcluded: "The text rules out the processing of personal data.",
    dapYes: "Outputs support assessments or decisions about people.",
    dapArea: (area: string) => `The Annex III use of point ${area} concerns decisions about persons.`,
    dapSafeguards: "The text sets safeguards that only decisions about people need (a human decides, individual explanation, a discrimination test).",
    genYes: "Generative AI or a chatbot is involved.",
    impYes: "High-risk AI, or an algorithm supporting decisions about people, is impactful (category B).",
    impText: "The text calls the algorithm impactful.",
  },
} as const;

/** An art. 5 practice found in a passage replaces the Annex III point it is the prohibited form of. */
const PROHIBITED_FORM_OF: Readonly<Record<string, string>> = { f: "1c", g: "1b", h: "1a" };

/** A paragraph that is an item of a lettered or numbered list ("a. …", "(b) …", "iii) …"). */
const LIST_LABEL = /^\s*(\(?[a-z]\)|[a-z]\.|\(?(i{1,3}|iv|v|vi{0,3})\))\s+/;
const DEFINITIONS = /\b(begrippen(lijst)?|definities|definitions?|begripsbepalingen)\b/i;
const DEFINITION_COLUMN = /^\s*(begrip|term|definitie|definition)\b/i;
/** A row of a definitions table ("| Begrip | Betekenis |", or any table under "Begrippen"). */
function inDefinitions(seg: Segment): boolean {
  if (!seg.table) return false;
  return DEFINITIONS.test(seg.headingPath[seg.headingPath.length - 1] ?? "") || DEFINITION_COLUMN.test(seg.table.header ?? "");
}

/** "8. **Persoonsgegevens**: …", "'Customer Data' means …": a term and what it means. */
const DEFINITION_FORM = /^\W*(?:\d+[.)]?\s*|[a-z][.)]\s*)?[*"'“‘]*\p{Lu}[\p{L} -]{1,60}?[*"'”’]*\s*(?::|\s(?:means|betekent|wordt verstaan)\b)/u;
/** A passage that defines a term: a definition form, in a definitions table or under a definitions heading. */
function definesTerm(p: Passage, documents: readonly Document[]): boolean {
  const seg = documents[p.document]!.segments[p.segment]!;
  if (inDefinitions(seg)) return true;
  if (!DEFINITION_FORM.test(p.text)) return false;
  return /\b(means|betekent)\b/.test(p.text) || seg.headingPath.some((h) => DEFINITIONS.test(h));
}

/**
 * A definition that names the supplier party under another word ("Deelnemer: een ondernemer … in
 * de overeenkomst aangeduid als Opdrachtnemer"; "Participant means a tenderer admitted to …").
 */
const PARTY_DEFINITION = /^\W*(\p{Lu}[\p{L}-]{2,})\W*\s*(?:[:–—]|\s-\s|\bmeans\b|\bbetekent\b)\s*(.{0,240})/u;
// A list of its own, narrower than the `supplier` concept: "verwerker" or "provider" in a definition
// ("Betrokkene: … door de verwerker …") must not turn the defined word into the supplier.
const SUPPLIER_WORDS = /\b(opdrachtnemers?|leveranciers?|ondernemers?|inschrijvers?|gegadigden?|contractant|contractors?|suppliers?|tenderers?|bidders?|vendors?|service providers?)\b/i;

/** A definition whose defined term is the buying organisation ("Deelnemer: een provincie die …"). */
const BUYER_DEFINED = /^(?:de|het|een|the|a|an|elke?|iedere?|each)?\s*(?:\p{L}+\s+){0,2}?(provincies?|gemeenten?|waterschappen|waterschap|aanbestedende diensten?|opdrachtgevers?|bestuursorgaan|overheidsorganisaties?|organisaties?|contracting authorit(?:y|ies)|public bod(?:y|ies)|authorit(?:y|ies)|organi[sz]ations?)\b/iu;
/** The party clause of a contract: who signs, where it sits and who represents it. */
const PARTY_CLAUSE = /\b(vertegenwoordigd|gevestigd|zetelend|handelend|represented|registered office|having its seat|acting on behalf)\b/i;
/** "(hierna gezamenlijk: de \"Deelnemers\" en ieder afzonderlijk: een \"Deelnemer\")" in a party clause. */
const PARTY_DESIGNATION = /(?:hierna|hereinafter|hereafter)[^)]*/giu;
const DESIGNATED_NAME = /["“„']([\p{Lu}][\p{L}-]{2,})["”“']/gu;

/**
 * The folded words a tender uses for its parties, with their plurals: the supplier's defined word
 * ("Contractant: de opdrachtnemer …"), a defined buying organisation ("Deelnemer: een provincie …")
 * and the names a party clause gives its signatories ("(hierna: de \"Deelnemers\")"). A party is an
 * organisation, not a person a decision is about.
 */
function partyAliases(documents: readonly Document[]): Set<string> {
  const out = new Set<string>();
  const add = (term: string) => {
    const word = fold(term);
    if (SUPPLIER_WORDS.test(word)) return;
    for (const w of [word, `${word}s`, `${word}en`]) out.add(w);
  };
  for (const doc of documents) {
    for (const seg of doc.segments) {
      const m = PARTY_DEFINITION.exec(seg.text);
      if (m && (SUPPLIER_WORDS.test(m[2]!) || BUYER_DEFINED.test(m[2]!))) add(m[1]!);
      if (PARTY_CLAUSE.test(seg.text)) {
        for (const d of seg.text.matchAll(PARTY_DESIGNATION)) for (const n of d[0].matchAll(DESIGNATED_NAME)) add(n[1]!);
      }
    }
  }
  return out;
}

/**
 * Annex III points whose use decides about persons: all but 2 (critical infrastructure), as the AI
 * Act's right to an explanation (art. 86(1)) reads them; 8b (influencing an election) is about
 * voters as a group.
 */
const POINTS_ABOUT_PERSONS = /^(1|3|4|5|6|7|8a)/;

/** Targets matched positively in a passage: not negated, not a question, not an art. 5 warranty. */
function targetHits(p: Passage, targets: readonly Target[], kind: Target["kind"]): TargetHit[] {
  if (p.targets.length === 0 || isQuestion(p)) return [];
  const out: TargetHit[] = [];
  for (const hit of p.targets) {
    const target = targets[hit.target]!;
    if (target.kind !== kind) continue;
    if (negatedAt(p, hit.at, true, hit.last)) continue;
    // A warranty against art. 5 describes what the system must not do, not its use.
    if (has(p, "art5Context")) continue;
    if (kind === "annex") {
      const ok =
        target.context === "none" ||
        (target.context === "system" ? has(p, "ai") || has(p, "algorithmic") || has(p, "algorithmicAct") : has(p, "persons") || has(p, "decision") || has(p, "personDecision"));
      if (!ok) continue;
    }
    out.push(hit);
  }
  return out;
}

/**
 * Classifies from scanned passages. Manifest declarations override what the text says.
 */
export function classifyScanned(
  documents: readonly Document[],
  scanned: ScanResult,
  manifest: Tender | undefined,
  language: Lang,
  targets: readonly Target[] = [],
  requirementIds: readonly string[] = [],
  excludedModule: (document: number, segment: number, text: string) => boolean = inExcludedModule(documents),
): Classification {
  const L = T[language];
  const short = scanned.tokenTotal <= SHORT_TEXT;
  // Headings name topics, and items of an exclusion list ("outside the scope: - chatbots") exclude
  // them; neither says what the purchase is. In a short text the title is its first description.
  const ps = scanned.passages.filter((p) => {
    // A module the order declares not applicable says nothing about what is bought.
    if (excludedModule(p.document, p.segment, p.text) || isModuleApplicability(p.text)) return false;
    // Every test below needs a classifier concept or a target; most passages of a long text have neither.
    if (p.targets.length === 0 && !CLASSIFIER_LIST.some((c) => has(p, c))) return false;
    const doc = documents[p.document]!;
    const seg = doc.segments[p.segment]!;
    if (seg.kind === "heading") return short && p.segment === 0;
    // A defined term says what a word means in the document, not what is bought.
    if (inDefinitions(seg)) return false;
    if (seg.kind === "list-item" || LIST_LABEL.test(seg.text)) {
      for (let j = p.segment - 1; j >= 0 && j >= p.segment - 30; j--) {
        const prev = doc.segments[j]!;
        if (prev.kind === "list-item" || LIST_LABEL.test(prev.text)) continue;
        if (prev.kind === "heading") break;
        // The lead-in may hold no other concept, so it need not be a passage of its own.
        if (scanned.contextConcepts(prev.text).has("exclusionLeadIn")) return false;
        break;
      }
    }
    return true;
  });
  const ev = (list: readonly Passage[]): Evidence[] => list.slice(0, 3).map((p) => evidenceOf(p, documents));

  // AI
  // A roadmap or an "AI-ready" claim does not put AI in the purchase.
  // AI is named by its techniques, or described by what the AI Act defines it by: a model or
  // system that infers or predicts.
  const aiPos = ps.filter((p) => (positive(p, "ai") || (positive(p, "artefact") && positive(p, "inference"))) && !isQuestion(p) && !has(p, "weakAi"));
  const aiNeg = ps.filter((p) => negatedOnly(p, "ai"));
  const aiText = aiPos.length > 0 && aiPos.length > aiNeg.length;
  // algorithmic: named, or a description of what an algorithm does to a case or a person; in a
  // short text (a register entry, a brief request) also a computing artefact with what it does.
  const algPos = ps.filter((p) => !isQuestion(p) && (positive(p, "algorithmic") || (positive(p, "algorithmicAct") && (has(p, "persons") || has(p, "decision")))));
  // A short text (a register entry, a brief request) is read as one description: a computing
  // artefact somewhere and what it does or delivers somewhere.
  // The "thing" (an artefact, or a computing act such as lakken) and what it does or delivers may
  // stand in different sentences; in one sentence they need two different words.
  const things = scanned.tokenTotal <= DESCRIPTION_TEXT ? ps.filter((p) => !isQuestion(p) && (positive(p, "artefact") || positive(p, "algorithmicAct"))) : [];
  const doing = (p: Passage) => positive(p, "algorithmicAct") || positive(p, "outcome") || positive(p, "decision");
  const shortDescription = things.some((t) => (has(t, "artefact") || has(t, "outcome") || has(t, "decision")) && doing(t)) || (things.length > 0 && ps.some((q) => !things.includes(q) && doing(q))) || things.length >= 2 ? things : [];
  const cpvCodes = (manifest?.items ?? [])
    .flatMap((i) => [i.classification, ...(i.additionalClassifications ?? [])])
    .filter((c): c is NonNullable<typeof c> => !!c && /cpv/i.test(c.scheme))
    .map((c) => c.id)
    .filter((id) => /^(48|72)/.test(id));
  // personal data, persons and decisions
  // A definition of "persoonsgegevens" says what the word means, not that any are processed.
  // A question ("Verwerkt het systeem persoonsgegevens?") does not say that any are processed.
  const pdPos = ps.filter((p) => positive(p, "personalData") && !definesTerm(p, documents) && !isQuestion(p) && !objectsOnCamera(p));
  const pdNeg = ps.filter((p) => negatedOnly(p, "personalData"));
  // A decision about a person: persons and a decision in one passage, a decision that is about a
  // person by nature, or a decision open to objection and appeal (only the person it concerns can object).
  // "De Provincie besluit welke Deelnemers doorgaan": a supplier under its defined name is no person a system decides about.
  const aliases = partyAliases(documents);
  const namesPersons = (p: Passage) => {
    if (!has(p, "persons")) return false;
    if (aliases.size === 0) return true;
    const words = tokenize(fold(p.text));
    return p.concepts.some((h) => h.concept === "persons" && !aliases.has(words[h.at] ?? ""));
  };
  const dapPos = ps.filter(
    (p) =>
      !isQuestion(p) &&
      ((namesPersons(p) && has(p, "decision") && (positive(p, "persons") || positive(p, "decision"))) ||
        positive(p, "personDecision") ||
        (positive(p, "decision") && positive(p, "appeal"))),
  );
  const genPos = ps.filter((p) => (positive(p, "generative") || machineWritesText(p)) && !isQuestion(p) && !has(p, "weakAi"));
  const impPos = ps.filter((p) => positive(p, "impactful"));

  const declared = new Map((manifest?.declarations ?? []).map((d) => [d.tag, d] as const));
  const results = new Map<ClassificationTag, ClassificationResult>();
  const set = (
    tag: ClassificationTag,
    holds: boolean,
    source: ClassificationResult["source"],
    reasons: string[],
    evidence: Evidence[],
    detail?: string | null,
    strength: "strong" | "weak" = "strong",
  ) => {
    const d = declared.get(tag);
    if (d) {
      results.set(tag, {
        tag,
        holds: d.holds,
        source: "declared",
        strength: "strong",
        detail: d.detail ?? detail ?? null,
        reasons: [L.declared(d.reason), ...(d.holds !== holds ? reasons.map((r) => `(${r})`) : [])],
        evidence,
      });
      return;
    }
    results.set(tag, { tag, holds, source, strength, detail: detail ?? null, reasons: strength === "weak" && holds ? [...reasons, L.weak] : reasons, evidence });
  };
  const holds = (tag: ClassificationTag) => results.get(tag)?.holds === true;
  const strengthOf = (n: number): "strong" | "weak" => (n >= 2 ? "strong" : "weak");

  // ai first: algorithmic depends on it.
  set("ai", aiText, aiText || aiNeg.length > 0 ? "text" : "default", [aiText ? L.aiYes : aiNeg.length > 0 ? L.aiExcluded : L.none], ev(aiText ? aiPos : aiNeg), null, aiText ? strengthOf(aiPos.length) : "strong");
  if (holds("ai")) set("algorithmic", true, "derived", [L.algDerived], ev(aiPos), null, results.get("ai")!.strength);
  // One clear description is enough: an algorithm named together with what it does.
  else if (algPos.length >= 2 || (algPos.length === 1 && (short || (has(algPos[0]!, "algorithmic") && has(algPos[0]!, "algorithmicAct")))))
    set("algorithmic", true, "text", [L.algYes], ev(algPos), null, strengthOf(algPos.length));
  else if (shortDescription.length > 0) set("algorithmic", true, "text", [L.algYes], ev(shortDescription), null, "weak");
  else if (cpvCodes.length > 0) set("algorithmic", true, "cpv", [L.cpv(cpvCodes.join(", "))], []);
  else set("algorithmic", false, "default", [L.none], []);

  // Excluding some data ("bijzondere persoonsgegevens worden niet verwerkt") leaves the rest processed.
  const pd = pdPos.length > 0;
  set("personal-data", pd, pd || pdNeg.length > 0 ? "text" : "default", [pd ? L.pdYes : pdNeg.length > 0 ? L.pdExcluded : L.none], ev(pd ? pdPos : pdNeg), null, pd ? strengthOf(pdPos.length) : "strong");
  const gen = holds("ai") && genPos.length > 0;
  set("generative", gen, gen ? "text" : "default", [gen ? L.genYes : L.none], ev(genPos), null, gen ? strengthOf(genPos.length) : "strong");

  // Prohibited practices (art. 5), described in the text and not only warranted against.
  const prohibitedHits = new Map<string, Passage[]>();
  for (const p of ps) {
    const hits = targetHits(p, targets, "prohibited");
    // The refusal checks read other passages: only a passage that describes a practice needs them.
    if (hits.length === 0 || refusedNext(p, scanned) || refusedByName(p, scanned)) continue;
    for (const hit of hits) {
      const id = targets[hit.target]!.id;
      prohibitedHits.set(id, [...(prohibitedHits.get(id) ?? []), p]);
    }
  }
  const prohibitedPassages = [...prohibitedHits.values()].flat();
  const prohibited = holds("ai") && prohibitedPassages.length > 0;
  const practices = [...prohibitedHits.keys()].map((k) => `art. 5(1)(${k})`).join(", ");
  set("prohibited", prohibited, prohibited ? "text" : "default", [prohibited ? L.prohibitedYes(practices) : L.prohibitedNo], ev(prohibitedPassages), prohibited ? practices : null, prohibited ? strengthOf(prohibitedPassages.length) : "strong");

  // High risk: an explicit Annex III point, else the point whose use the text describes.
  let area: string | null = null;
  let areaEvidence: Passage[] = [];
  let areaStrength: "strong" | "weak" = "strong";
  const explicit = ps.filter((p) => has(p, "annexWord") && has(p, "highRiskWord") && !negatedOnly(p, "highRiskWord") && !isQuestion(p));
  for (const p of explicit) {
    const point = annexPointIn(p.text);
    if (point && (!has(p, "notHighRisk") || classifiedBeforeDenial(p))) {
      area = point;
      areaEvidence = [p];
      break;
    }
  }
  const explicitArea = area !== null;
  if (!area) {
    const byPoint = new Map<string, Passage[]>();
    for (const p of ps) {
      if (p.targets.length === 0) continue;
      const superseded = new Set(targetHits(p, targets, "prohibited").map((h) => PROHIBITED_FORM_OF[targets[h.target]!.id]));
      for (const hit of targetHits(p, targets, "annex")) {
        const id = targets[hit.target]!.id;
        if (superseded.has(id)) continue;
        const list = byPoint.get(id) ?? [];
        if (!list.includes(p)) list.push(p);
        byPoint.set(id, list);
      }
    }
    // A point is in play when two passages describe its use, or one that also names the system
    // doing it ("het algoritme wijst leerlingen toe aan …").
    const score = (list: readonly Passage[]) => list.length + (list.some((p) => has(p, "ai") || has(p, "algorithmic") || has(p, "algorithmicAct")) ? 1 : 0);
    // Equal scores go to the point listed first in the classification data (1a before 6).
    let best: [string, Passage[]] | undefined;
    const order = targets.filter((t) => t.kind === "annex").map((t) => t.id);
    for (const entry of [...byPoint].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))) if (!best || score(entry[1]) > score(best[1])) best = entry;
    if (best && score(best[1]) >= 2) {
      area = best[0];
      areaEvidence = best[1];
      areaStrength = best[1].length >= 2 ? "strong" : "weak";
    }
    // An explicit statement that a point is in play, even as "not high-risk".
    if (!area) {
      for (const p of ps) {
        if (!has(p, "annexWord")) continue;
        const point = annexPointIn(p.text);
        if (point && has(p, "art63")) {
          area = point;
          areaEvidence = [p];
          break;
        }
      }
    }
  }
  // An Annex III system that profiles natural persons is high-risk whatever exception is claimed
  // (AI Act art. 6(3), last subparagraph).
  // "profileert hij geen natuurlijke personen": the negation may follow the verb.
  const deniedAfter = (p: Passage, c: ConceptName) => p.concepts.some((h) => h.concept === c && p.concepts.some((n) => n.concept === "negWord" && n.at > h.at && n.at - h.at <= 3));
  const profilesIn = (p: Passage) => positive(p, "profiling") && !isQuestion(p) && !deniedAfter(p, "profiling");
  // A risk score given to a person profiles them, unless the text says the system does not profile.
  const profilingDenied = ps.some((p) => has(p, "profiling") && (negatedOnly(p, "profiling") || deniedAfter(p, "profiling")));
  const scoresPersons = (p: Passage) => positive(p, "scoring") && positive(p, "persons") && !isQuestion(p) && !deniedAfter(p, "scoring");
  const profiles = ps.some(profilesIn) || (!profilingDenied && ps.some(scoresPersons));
  const exception = profiles ? [] : ps.filter((p) => has(p, "art63") && positive(p, "exceptionWord") && !isQuestion(p) && !isNegatedException(p));
  // One passage describing an Annex III use does not outweigh the buyer's own recorded class
  // ("merkt het systeem aan als AI-systeem zonder hoog risico"); two or more passages do, and then
  // the risk-classification requirement reports the inconsistency.
  const recordsNot = (p: Passage) => has(p, "notHighRisk") && !isQuestion(p) && !p.concepts.some((h) => h.concept === "subordinator" && h.at <= 1);
  const recordedNot = areaStrength === "weak" && !profiles ? ps.filter(recordsNot) : [];
  // A text that reasons its way past the very point the use falls under ("Bijlage III, punt 1,
  // onder a, is daarom niet van toepassing") and records the class as not high-risk has
  // classified the system itself, as an art. 6(3) exception does.
  const pointDenied =
    area && !explicitArea && !profiles
      ? ps.filter((p) => {
          if (!has(p, "annexWord") || !has(p, "negAfter") || isQuestion(p)) return false;
          const point = annexPointIn(p.text);
          return point !== null && (point === area || (point.length === 1 && area.startsWith(point)));
        })
      : [];
  const deniedWithClass = pointDenied.length > 0 && ps.some(recordsNot) ? [...pointDenied, ...ps.filter(recordsNot)] : [];
  if (!holds("ai")) set("high-risk", false, "derived", [L.hrNoAi], [], area);
  else if (area && recordedNot.length > 0) set("high-risk", false, "text", [L.hrRecordedNot(area)], ev(recordedNot), null, "weak");
  else if (area && deniedWithClass.length > 0) set("high-risk", false, "text", [L.hrPointDenied(area)], ev(deniedWithClass), area);
  else if (area && exception.length > 0) set("high-risk", false, "text", [L.hrException(area)], ev(exception), area);
  else if (area) set("high-risk", true, "text", [L.hrYes(area)], ev(areaEvidence), area, areaStrength);
  else set("high-risk", false, "default", [L.hrNoArea], [], null);
  const annexArea = holds("ai") && area && recordedNot.length > 0 ? null : (results.get("high-risk")?.detail ?? area);

  // Decisions about people: described in the text, or implied by an Annex III use about persons or a prohibited practice.
  // One passage is enough when it names persons, their decision and their right to object to it.
  const appealable = dapPos.some((p) => positive(p, "persons") && positive(p, "decision") && positive(p, "appeal") && !has(p, "supplier"));
  const dapText = holds("algorithmic") && (dapPos.length >= 2 || ((short || appealable) && dapPos.length >= 1));
  const dapArea = holds("algorithmic") && !!annexArea && POINTS_ABOUT_PERSONS.test(annexArea) && (holds("high-risk") || areaEvidence.length > 0);
  // Safeguards of two kinds that exist only for decisions about people (no solely automated
  // decision, explaining an individual outcome, testing for discrimination) show that the
  // outputs support such decisions, even where the text never says so in one sentence.
  const safeguardPassages = SAFEGUARD_REQUIREMENTS.map((id) => requirementIds.indexOf(id))
    .filter((ri) => ri >= 0)
    .map((ri) => scanned.passages.find((p) => p.requirements.includes(ri) && !isQuestion(p) && !excludedModule(p.document, p.segment, p.text) && !modalityOf(p, documents, scanned).whole))
    .filter((p): p is Passage => p !== undefined);
  const dapSafeguards = holds("algorithmic") && safeguardPassages.length >= 2;
  const dap = dapText || dapArea || (holds("prohibited") && holds("algorithmic")) || dapSafeguards;
  set(
    "decisions-about-people",
    dap,
    dap ? "text" : "default",
    [dapText ? L.dapYes : dapArea ? L.dapArea(annexArea!) : dapSafeguards ? L.dapSafeguards : dap ? L.prohibitedYes(practices) : L.none],
    ev(dapText ? dapPos : dapArea ? areaEvidence : dapSafeguards ? safeguardPassages : areaEvidence),
    null,
    dapText ? strengthOf(dapPos.length) : dapArea || !dapSafeguards ? "strong" : safeguardPassages.length >= 3 ? "strong" : "weak",
  );

  // Register category B: an algorithm with effect on people. High-risk AI that steers
  // infrastructure (Annex III point 2) acts on people only where they use it: road traffic.
  const actsOnPeople = !!annexArea && (!/^2/.test(annexArea) || ps.some((p) => positive(p, "roadUsers")));
  const impDerived = (holds("high-risk") && actsOnPeople) || holds("decisions-about-people");
  const impText = holds("algorithmic") && impPos.length > 0;
  set(
    "impactful",
    impDerived || impText,
    impDerived ? "derived" : impText ? "text" : "default",
    [impDerived ? L.impYes : impText ? L.impText : L.none],
    ev(impText ? impPos : []),
  );

  const list = TAGS.map((t) => results.get(t)!);
  return { results: list, tags: new Set(list.filter((r) => r.holds).map((r) => r.tag)), annexArea: annexArea ?? null };
}

/**
 * "… een AI-systeem met een hoog risico is als bedoeld in bijlage III, punt 4, onder b; de
 * Transcriptiefunctie, afzonderlijk beschouwd, valt niet onder bijlage III": the first clause
 * classifies the system, the denial after the semicolon is about another part of it.
 */
function classifiedBeforeDenial(p: Passage): boolean {
  const semicolon = p.text.indexOf(";");
  if (semicolon < 0 || annexPointIn(p.text.slice(0, semicolon)) === null) return false;
  const end = tokenize(fold(p.text.slice(0, semicolon))).length;
  const first = p.concepts.filter((h) => h.at < end);
  return first.some((h) => h.concept === "highRiskWord") && !first.some((h) => h.concept === "notHighRisk") && !negatedOnly({ ...p, concepts: first }, "highRiskWord");
}

/** "kan de uitzondering van artikel 6, lid 3, niet worden toegepast" is not an exception. */
function isNegatedException(p: Passage): boolean {
  // "Een uitzondering op grond van artikel 6, derde lid, is niet aan de orde".
  const word = p.concepts.find((h) => h.concept === "exceptionWord");
  if (word && p.concepts.some((h) => h.concept === "negAfter" && h.at > word.at)) return true;
  // "een beroep op de uitzondering … wordt niet gedaan", "no exception is claimed": the exception is declined.
  return (
    /(niet|not|cannot|geen|no)\s+(\w+\s+){0,2}(worden\s+)?(toegepast|applied|apply|van toepassing|gedaan|ingeroepen|invoked|relied|claimed|beroep)\b/i.test(p.text) ||
    /will not issue|does not use|doet zich niet voor|does not arise|do not arise/i.test(p.text)
  );
}
