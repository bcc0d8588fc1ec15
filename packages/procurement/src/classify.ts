// The classifier: decides the eight tags of the catalogue from the scanned passages, the manifest
// declarations and CPV codes, each with reasons and the passages that led to it.
import type { ClassificationResult, ClassificationTag, Document, Evidence, Tender } from "@ethiek/schemas";
import { evidenceOf } from "./evidence.js";
import { hasConcept, type ConceptHit, type ConceptName, type Passage, type ScanResult } from "./scan.js";

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

const hits = (p: Passage, c: ConceptName): ConceptHit[] => p.concepts.filter((h) => h.concept === c);
const has = hasConcept;

/**
 * An occurrence is negated when a negation word stands at most seven words before it, unless a
 * risk word stands in between: "geen hoog-risico-AI-systeem" / "not a high-risk AI system" denies
 * the risk class, not the AI.
 */
function positive(p: Passage, c: ConceptName): boolean {
  // Loops instead of filters: this runs for every passage and concept of a long tender.
  let found = false;
  for (const h of p.concepts) {
    if (h.concept !== c) continue;
    found = true;
    // One negated mention makes the passage an exclusion ("geen machine learning en dus geen AI-systeem").
    for (const n of p.concepts) {
      if (n.concept !== "negContext" || n.at >= h.at || h.at - n.at > 7) continue;
      if (c !== "highRiskWord" && riskWordBetween(p, n.at, h.at)) continue;
      return false;
    }
  }
  return found;
}
/** True when a high-risk word stands strictly between two token positions. */
function riskWordBetween(p: Passage, from: number, to: number): boolean {
  for (const r of p.concepts) if (r.concept === "highRiskWord" && r.at > from && r.at < to) return true;
  return false;
}
function negatedOnly(p: Passage, c: ConceptName): boolean {
  return has(p, c) && !positive(p, c);
}

const AREA_CONCEPTS: ReadonlyArray<[string, ConceptName]> = [
  ["1", "area1"],
  ["2", "area2"],
  ["3", "area3"],
  ["4a", "area4"],
  ["5a", "area5a"],
  ["5b", "area5b"],
  ["5c", "area5c"],
  ["5d", "area5d"],
  ["6", "area6"],
  ["7", "area7"],
  ["8", "area8"],
];

/** Reads an explicit Annex III point from text: "bijlage III, punt 5, onder a" / "Annex III, point 5(a)". */
export function annexPointIn(text: string): string | null {
  const m = /(?:bijlage|annex)\s+iii[^.;]{0,12}?(?:punt|point|pt\.?)?\s*(\d)(?:\s*(?:,\s*onder|\()\s*([a-d])\b)?/i.exec(text);
  if (!m) return null;
  return `${m[1]}${m[2] ? m[2].toLowerCase() : ""}`;
}

const T = {
  nl: {
    declared: (why?: string) => `Opgegeven door de inkoper${why ? `: ${why}` : "."}`,
    none: "Niets in de tekst wijst hierop.",
    aiYes: "De tekst beschrijft een AI-systeem of technieken als machine learning.",
    aiExcluded: "De tekst sluit AI uit of zegt dat de oplossing geen AI-systeem bevat.",
    algYes: "De tekst beschrijft een algoritme of rekenregels die uitkomsten bepalen.",
    algDerived: "Een AI-systeem is altijd een algoritme.",
    cpv: (codes: string) => `CPV-code(s) voor software of data: ${codes}.`,
    hrYes: (area: string) => `Bijlage III punt ${area} van de AI-verordening is van toepassing en er is geen uitzondering van artikel 6, lid 3, vastgelegd.`,
    hrException: (area: string) => `Bijlage III punt ${area} is in beeld, maar de tekst legt een uitzondering op grond van artikel 6, lid 3, vast.`,
    hrNoAi: "Geen AI-systeem, dus geen hoog-risico-AI.",
    hrNoArea: "Geen toepassing uit bijlage III gevonden.",
    prohibitedYes: "De tekst beschrijft een praktijk die artikel 5 van de AI-verordening verbiedt.",
    prohibitedNo: "Geen verboden praktijk beschreven.",
    pdYes: "De tekst noemt de verwerking van persoonsgegevens.",
    dapYes: "Uitkomsten ondersteunen beoordelingen of besluiten over personen.",
    genYes: "Het gaat om generatieve AI of een chatbot.",
    impYes: "Hoog-risico-AI, of een algoritme dat besluiten over mensen ondersteunt, is impactvol (categorie B).",
    impText: "De tekst noemt het algoritme impactvol.",
  },
  en: {
    declared: (why?: string) => `Declared by the buyer${why ? `: ${why}` : "."}`,
    none: "Nothing in the text points to this.",
    aiYes: "The text describes an AI system or techniques such as machine learning.",
    aiExcluded: "The text excludes AI or states that the solution contains no AI system.",
    algYes: "The text describes an algorithm or rules that determine outcomes.",
    algDerived: "An AI system is always an algorithm.",
    cpv: (codes: string) => `CPV code(s) for software or data: ${codes}.`,
    hrYes: (area: string) => `AI Act Annex III point ${area} applies and no art. 6(3) exception is documented.`,
    hrException: (area: string) => `Annex III point ${area} is in play, but the text documents an art. 6(3) exception.`,
    hrNoAi: "No AI system, so no high-risk AI.",
    hrNoArea: "No Annex III use found.",
    prohibitedYes: "The text describes a practice that AI Act art. 5 prohibits.",
    prohibitedNo: "No prohibited practice described.",
    pdYes: "The text names processing of personal data.",
    dapYes: "Outputs support assessments or decisions about people.",
    genYes: "Generative AI or a chatbot is involved.",
    impYes: "High-risk AI, or an algorithm supporting decisions about people, is impactful (category B).",
    impText: "The text calls the algorithm impactful.",
  },
} as const;

/**
 * Classifies from scanned passages. Manifest declarations override what the text says.
 */
export function classifyScanned(
  documents: readonly Document[],
  scanned: ScanResult,
  manifest: Tender | undefined,
  language: Lang,
): Classification {
  const L = T[language];
  // Headings name topics, and items of an exclusion list ("outside the scope: - chatbots") exclude
  // them; neither says what the purchase is.
  const ps = scanned.passages.filter((p) => {
    const doc = documents[p.document]!;
    const seg = doc.segments[p.segment]!;
    if (seg.kind === "heading") return false;
    if (seg.kind === "list-item") {
      for (let j = p.segment - 1; j >= 0 && j >= p.segment - 30; j--) {
        const prev = doc.segments[j]!;
        if (prev.kind === "list-item") continue;
        if (prev.kind === "heading") break;
        const lead = scanned.segmentPassages[p.document]!.get(j) ?? [];
        if (lead.some((lp) => has(lp, "exclusionLeadIn"))) return false;
        break;
      }
    }
    return true;
  });
  const ev = (list: readonly Passage[]): Evidence[] => list.slice(0, 3).map((p) => evidenceOf(p, documents));

  // AI
  const aiPos = ps.filter((p) => positive(p, "ai") && !has(p, "question"));
  const aiNeg = ps.filter((p) => negatedOnly(p, "ai"));
  const aiText = aiPos.length > 0 && aiPos.length > aiNeg.length;
  // algorithmic
  const algPos = ps.filter((p) => positive(p, "algorithmic"));
  const cpvCodes = (manifest?.items ?? [])
    .flatMap((i) => [i.classification, ...(i.additionalClassifications ?? [])])
    .filter((c): c is NonNullable<typeof c> => !!c && /cpv/i.test(c.scheme))
    .map((c) => c.id)
    .filter((id) => /^(48|72)/.test(id));
  // personal data, persons and decisions
  const pdPos = ps.filter((p) => positive(p, "personalData"));
  const dapPos = ps.filter(
    (p) => (has(p, "persons") && has(p, "decision") && (positive(p, "persons") || positive(p, "decision"))) || positive(p, "personDecision"),
  );
  const genPos = ps.filter((p) => positive(p, "generative") && !has(p, "question"));
  // Art. 5(1)(e) is often described rather than named: facial images collected from the internet.
  const prohibitedPos = ps.filter(
    (p) => (positive(p, "prohibited") || (positive(p, "faceImages") && has(p, "webSource"))) && !has(p, "art5Context"),
  );
  const impPos = ps.filter((p) => positive(p, "impactful"));

  const declared = new Map((manifest?.declarations ?? []).map((d) => [d.tag, d] as const));
  const results = new Map<ClassificationTag, ClassificationResult>();
  const set = (tag: ClassificationTag, holds: boolean, source: ClassificationResult["source"], reasons: string[], evidence: Evidence[], detail?: string | null) => {
    const d = declared.get(tag);
    if (d) {
      results.set(tag, {
        tag,
        holds: d.holds,
        source: "declared",
        detail: d.detail ?? detail ?? null,
        reasons: [L.declared(d.reason), ...(d.holds !== holds ? reasons.map((r) => `(${r})`) : [])],
        evidence,
      });
      return;
    }
    results.set(tag, { tag, holds, source, detail: detail ?? null, reasons, evidence });
  };
  const holds = (tag: ClassificationTag) => results.get(tag)?.holds === true;

  // ai first: algorithmic depends on it.
  set("ai", aiText, aiText || aiNeg.length > 0 ? "text" : "default", [aiText ? L.aiYes : aiNeg.length > 0 ? L.aiExcluded : L.none], ev(aiText ? aiPos : aiNeg));
  if (holds("ai")) set("algorithmic", true, "derived", [L.algDerived], ev(aiPos));
  else if (algPos.length >= 2) set("algorithmic", true, "text", [L.algYes], ev(algPos));
  else if (cpvCodes.length > 0) set("algorithmic", true, "cpv", [L.cpv(cpvCodes.join(", "))], []);
  else set("algorithmic", false, "default", [L.none], []);

  set("personal-data", pdPos.length > 0, pdPos.length > 0 ? "text" : "default", [pdPos.length > 0 ? L.pdYes : L.none], ev(pdPos));
  const dap = holds("algorithmic") && dapPos.length >= 2;
  set("decisions-about-people", dap, dap ? "text" : "default", [dap ? L.dapYes : L.none], ev(dapPos));
  const gen = holds("ai") && genPos.length > 0;
  set("generative", gen, gen ? "text" : "default", [gen ? L.genYes : L.none], ev(genPos));
  const prohibited = holds("ai") && prohibitedPos.length > 0;
  set("prohibited", prohibited, prohibited ? "text" : "default", [prohibited ? L.prohibitedYes : L.prohibitedNo], ev(prohibitedPos));

  // High risk: an explicit Annex III point, else an area inferred from the use.
  let area: string | null = null;
  let areaEvidence: Passage[] = [];
  const explicit = ps.filter((p) => has(p, "annexWord") && has(p, "highRiskWord") && !negatedOnly(p, "highRiskWord"));
  for (const p of explicit) {
    const point = annexPointIn(p.text);
    if (point && !isNotHighRisk(p)) {
      area = point;
      areaEvidence = [p];
      break;
    }
  }
  if (!area) {
    // Inferred: an area's vocabulary in passages that also speak of AI, persons or decisions.
    const scores = new Map<string, Passage[]>();
    for (const [point, concept] of AREA_CONCEPTS) {
      // Area 2 concerns infrastructure, so it needs the algorithm in the passage; biometric
      // identification (area 1) concerns persons by nature; the other areas need persons or decisions.
      const context = (p: Passage) =>
        point === "2"
          ? has(p, "ai") || has(p, "algorithmic")
          : point === "1"
            ? has(p, "ai") || has(p, "algorithmic") || has(p, "decision") || has(p, "persons")
            : has(p, "decision") || has(p, "persons");
      const list = ps.filter((p) => positive(p, concept) && context(p));
      if (list.length > 0) scores.set(point, list);
    }
    let best: [string, Passage[]] | undefined;
    // Strength of an area: how often its vocabulary occurs in those passages.
    const weight = ([point, list]: [string, Passage[]]) => {
      const concept = AREA_CONCEPTS.find(([pt]) => pt === point)![1];
      return list.reduce((n, p) => n + hits(p, concept).length, 0);
    };
    for (const entry of scores) if (!best || weight(entry) > weight(best)) best = entry;
    const needsPeople = best && best[0] !== "2";
    if (best && weight(best) >= 2 && (!needsPeople || holds("decisions-about-people"))) {
      area = best[0];
      areaEvidence = best[1];
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
  const exception = ps.filter((p) => has(p, "art63") && has(p, "exceptionWord") && !isNegatedException(p));
  if (!holds("ai")) set("high-risk", false, "derived", [L.hrNoAi], [], area);
  else if (area && exception.length > 0) set("high-risk", false, "text", [L.hrException(area)], ev(exception), area);
  else if (area) set("high-risk", true, "text", [L.hrYes(area)], ev(areaEvidence), area);
  else set("high-risk", false, "default", [L.hrNoArea], [], null);
  const annexArea = results.get("high-risk")?.detail ?? area;

  const impDerived = holds("high-risk") || holds("decisions-about-people");
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

function isNotHighRisk(p: Passage): boolean {
  return has(p, "notHighRisk");
}

/** "kan de uitzondering van artikel 6, lid 3, niet worden toegepast" is not an exception. */
function isNegatedException(p: Passage): boolean {
  return /(niet|not|cannot|geen)\s+(\w+\s+){0,2}(worden\s+)?(toegepast|applied|apply|van toepassing)/i.test(p.text) || /will not issue|does not use/i.test(p.text);
}
