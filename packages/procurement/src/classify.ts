// The classifier: decides the eight tags of the catalogue from the scanned passages, the manifest
// declarations and CPV codes, each with reasons, a strength and the passages that led to it. What
// counts as an Annex III use or an art. 5 practice is ruleset data (catalogue/classification.ts).
import type { ClassificationResult, ClassificationTag, Document, Evidence, Tender } from "@ethiek/schemas";
import { evidenceOf } from "./evidence.js";
import { modalityOf } from "./modality.js";
import { inExcludedModule, isModuleApplicability } from "./modules.js";
import { CLASSIFY_TEXTS } from "./classify-texts.js";
import { definesTerm, inDefinitions, LIST_LABEL, partyAliases } from "./classify-terms.js";
import { affirmsDecision, deniedOnlyAsAutomated, isBareTitle, statesEffectOnPersons, inGeneralTerms, isNegatedException, isQuestion, machineWritesText, negatedAt, negatedOnly, objectsOnCamera, generalConditionOnly, positive, refusedByName, refusedNext, selectsBidders, staffAt } from "./classify-passage.js";
import { inOutOfScopeSection, notBought, weakAiOnly } from "./classify-scope.js";
import type { Target } from "./scan-compile.js";
import { hasConcept, wordsOf, type ConceptName, type Passage, type ScanResult, type TargetHit } from "./scan-passage.js";
import { countTokens, fold } from "./text.js";
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

/** Up to this many tokens a tender counts as short: one clear passage is then enough. */
const SHORT_TEXT = 1200;
/** Up to this many tokens a text is a description (a register entry: title and purpose), read as one unit. */
const DESCRIPTION_TEXT = 400;
/** Requirements whose safeguards exist only for decisions about natural persons. */
const SAFEGUARD_REQUIREMENTS = ["no-solely-automated-decisions", "individual-explanation", "non-discrimination"] as const;


/** Reads an explicit Annex III point from text: "bijlage III, punt 5, onder a" / "Annex III, point 5(a)". */
export function annexPointIn(text: string): string | null {
  const m = /(?:bijlage|annex)\s+iii[^.;]{0,12}?(?:punt|point|pt\.?)?\s*(\d)(?:\s*(?:,\s*onder|\()\s*([a-e])\b)?/i.exec(text);
  if (!m) return null;
  return `${m[1]}${m[2] ? m[2].toLowerCase() : ""}`;
}

const T = CLASSIFY_TEXTS;

/** An art. 5 practice found in a passage replaces the Annex III point it is the prohibited form of. */
const PROHIBITED_FORM_OF: Readonly<Record<string, string>> = { f: "1c", g: "1b", h: "1a" };


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
    // An art. 5 harm is often said with a negation ("krijgen geen toegang"): only one at the practice's start denies it.
    if (negatedAt(p, hit.at, true, kind === "prohibited" ? Math.min(hit.last, hit.at + 3) : hit.last)) continue;
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
    // Every test below needs a classifier concept or a target; most passages of a long text have
    // neither. (Tested first: it reads two bit masks, the module tests read the text.)
    if (p.targets.length === 0 && !CLASSIFIER_LIST.some((c) => has(p, c))) return false;
    // A module the order declares not applicable says nothing about what is bought.
    // What the text leaves out of the purchase says nothing about it, unless it denies AI outright
    // (a withdrawn article denies only its own part).
    if (excludedModule(p.document, p.segment, p.text) || isModuleApplicability(p.text) || (notBought(p, scanned, documents) && (has(p, "withdrawn") || !negatedOnly(p, "ai")))) return false;
    const doc = documents[p.document]!;
    const seg = doc.segments[p.segment]!;
    if (seg.kind === "heading") return short && p.segment === 0;
    // A defined term says what a word means in the document, not what is bought; nor does a section headed out of scope.
    if (inDefinitions(seg) || inOutOfScopeSection(seg)) return false;
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
  const aiPos = ps.filter((p) => (positive(p, "ai") || (positive(p, "inference") && positive(p, "artefact"))) && !isQuestion(p) && !weakAiOnly(p));
  // "Out of scope: a chatbot": denying one kind of AI (generative) does not deny AI.
  const aiNeg = ps.filter((p) => negatedOnly(p, "ai") && !p.concepts.every((h) => h.concept !== "ai" || p.concepts.some((g) => g.concept === "generative" && g.at <= h.at && h.at < g.at + g.length)));
  const aiText = aiPos.length > 0 && aiPos.length > aiNeg.length;
  // algorithmic: named, or a description of what an algorithm does to a case or a person; in a
  // short text (a register entry, a brief request) also a computing artefact with what it does.
  // The concept tests first: selectsBidders reads the text, the concepts are mostly absent.
  const algPos = ps.filter((p) => !isQuestion(p) && (positive(p, "algorithmic") || ((has(p, "persons") || has(p, "decision")) && positive(p, "algorithmicAct"))) && !selectsBidders(p));
  // A short text (a register entry, a brief request) is read as one description: a computing
  // artefact somewhere and what it does or delivers somewhere.
  // The "thing" (an artefact, or a computing act such as lakken) and what it does or delivers may
  // stand in different sentences; in one sentence they need two different words.
  const things = scanned.tokenTotal <= DESCRIPTION_TEXT ? ps.filter((p) => !isQuestion(p) && !selectsBidders(p) && (positive(p, "artefact") || positive(p, "algorithmicAct"))) : [];
  const doing = (p: Passage) => !selectsBidders(p) && (positive(p, "algorithmicAct") || positive(p, "outcome") || positive(p, "decision"));
  const shortDescription = things.some((t) => (has(t, "artefact") || has(t, "outcome") || has(t, "decision")) && doing(t)) || (things.length > 0 && ps.some((q) => !things.includes(q) && doing(q))) || things.length >= 2 ? things : [];
  const cpvCodes = (manifest?.items ?? [])
    .flatMap((i) => [i.classification, ...(i.additionalClassifications ?? [])])
    .filter((c): c is NonNullable<typeof c> => !!c && /cpv/i.test(c.scheme))
    .map((c) => c.id)
    .filter((id) => /^(48|72)/.test(id));
  // personal data, persons and decisions
  // A definition of "persoonsgegevens" says what the word means, not that any are processed.
  // A question ("Verwerkt het systeem persoonsgegevens?") does not say that any are processed.
  const pdPos = ps.filter((p) => positive(p, "personalData") && !isQuestion(p) && !definesTerm(p, documents) && !objectsOnCamera(p) && !isBareTitle(p) && !generalConditionOnly(p));
  const pdNeg = ps.filter((p) => negatedOnly(p, "personalData"));
  // A decision about a person: persons and a decision in one passage, a decision that is about a
  // person by nature, or a decision open to objection and appeal (only the person it concerns can object).
  // "De Provincie besluit welke Deelnemers doorgaan": a supplier under its defined name is no person a system decides about.
  const aliases = partyAliases(documents);
  // "een medewerker beoordeelt elke detectie": staff who operate the system are not its subjects.
  // "… betreft de verkeerssituatie en niet de melder": a person the text denies is not concerned.
  // "No decision about an applicant is taken solely by automated means": the denial is of the automation.
  const personAt = (p: Passage, at: number, automatedOnly = false) => !aliases.has(wordsOf(p)[at] ?? "") && !staffAt(wordsOf(p), at) && (automatedOnly || !negatedAt(p, at, false));
  const namesPersons = (p: Passage) => has(p, "persons") && p.concepts.some((h) => h.concept === "persons" && personAt(p, h.at, deniedOnlyAsAutomated(p)));
  // "De uitkomst heeft rechtstreeks gevolgen voor aanvragers": the effect on persons is said outright.
  const effectPos = ps.filter((p) => !isQuestion(p) && !selectsBidders(p) && statesEffectOnPersons(p, (at) => personAt(p, at)));
  const dapPos = ps.filter(
    (p) =>
      !isQuestion(p) &&
      ((has(p, "decision") && namesPersons(p) && affirmsDecision(p)) ||
        positive(p, "personDecision") ||
        effectPos.includes(p) ||
        (positive(p, "appeal") && positive(p, "decision"))) &&
      !selectsBidders(p),
  );
  const genPos = ps.filter((p) => (positive(p, "generative") || machineWritesText(p)) && !isQuestion(p) && !weakAiOnly(p));
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

  // An Annex III system that profiles natural persons is high-risk whatever exception is claimed
  // (AI Act art. 6(3), last subparagraph). "profileert hij geen …": the negation may follow the verb.
  const deniedAfter = (p: Passage, c: ConceptName) => p.concepts.some((h) => h.concept === c && p.concepts.some((n) => n.concept === "negWord" && n.at > h.at && n.at - h.at <= 3));
  const profilesIn = (p: Passage) => positive(p, "profiling") && !isQuestion(p) && !deniedAfter(p, "profiling");
  // A risk score given to a person profiles them, unless the text says the system does not profile.
  const profilingDenied = ps.some((p) => has(p, "profiling") && (negatedOnly(p, "profiling") || deniedAfter(p, "profiling")));
  const scoresPersons = (p: Passage) => positive(p, "scoring") && positive(p, "persons") && !isQuestion(p) && !deniedAfter(p, "scoring");
  const profiles = ps.some(profilesIn) || (!profilingDenied && ps.some(scoresPersons));
  // High risk: an explicit Annex III point, else the point whose use the text describes.
  let area: string | null = null;
  let areaEvidence: Passage[] = [];
  let areaStrength: "strong" | "weak" = "strong";
  // "valt onder bijlage III, punt 1, onder a, AI-v": a point of the AI Act's Annex III named as
  // such is high risk even without the words (art. 6(2)); the Act's name tells it from the tender's
  // own third annex.
  const namesPoint = (p: Passage) => (has(p, "highRiskWord") && !negatedOnly(p, "highRiskWord")) || (has(p, "aiActName") && !has(p, "highRiskWord") && !has(p, "negWord") && !has(p, "notHighRisk"));
  const explicit = ps.filter((p) => has(p, "annexWord") && namesPoint(p) && !isQuestion(p));
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
    // Beside an art. 5 practice or a profile of persons, one passage on the use is enough: it shows the
    // system acting on these persons (staff emotions used in appraisals, a likelihood per household).
    if (best && score(best[1]) >= (prohibited || profiles ? 1 : 2)) {
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
  const exception = profiles ? [] : ps.filter((p) => has(p, "art63") && positive(p, "exceptionWord") && !isQuestion(p) && !isNegatedException(p));
  // One passage describing an Annex III use does not outweigh the buyer's own recorded class
  // ("merkt het systeem aan als AI-systeem zonder hoog risico"); two or more passages do, and then
  // the risk-classification requirement reports the inconsistency.
  const recordsNot = (p: Passage) => has(p, "notHighRisk") && !isQuestion(p) && !p.concepts.some((h) => h.concept === "subordinator" && h.at <= 1);
  // Nor beside an art. 5 practice: a text that records "minimal risk" for a prohibited use has misread it.
  const recordedNot = areaStrength === "weak" && !profiles && !prohibited ? ps.filter(recordsNot) : [];
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
  // One passage is enough when it names persons, their decision and their right to object to it, or the effect on them.
  const onePassageEnough = effectPos.length > 0 || dapPos.some((p) => positive(p, "persons") && positive(p, "decision") && positive(p, "appeal") && !has(p, "supplier"));
  const dapText = holds("algorithmic") && (dapPos.length >= 2 || ((short || onePassageEnough) && dapPos.length >= 1));
  // Annex III lists AI systems: a text without AI that names a point speaks of one it does not buy; a described use counts.
  const dapArea = holds("algorithmic") && !!annexArea && POINTS_ABOUT_PERSONS.test(annexArea) && (holds("high-risk") || areaEvidence.length > 0) && (holds("ai") || !explicitArea);
  // Safeguards of two kinds that exist only for decisions about people (no solely automated
  // decision, explaining an individual outcome, testing for discrimination) show that the
  // outputs support such decisions, even where the text never says so in one sentence.
  const safeguardPassages = SAFEGUARD_REQUIREMENTS.map((id) => requirementIds.indexOf(id))
    .filter((ri) => ri >= 0)
    // Safeguards in general terms or standard provisions are written for every purchase, not for this use.
    .map((ri) =>
      scanned.passages.find(
        (p) => p.requirements.includes(ri) && !isQuestion(p) && !excludedModule(p.document, p.segment, p.text) && !inGeneralTerms(documents[p.document]!, p.segment) && modalityOf(p, documents, scanned).modality !== "negated",
      ),
    )
    // One sentence that names two safeguards ("the clauses on explanation do not apply, because the
    // Model takes no decisions") is one passage, not two.
    .filter((p, i, all): p is Passage => p !== undefined && all.indexOf(p) === i);
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
  const end = countTokens(fold(p.text.slice(0, semicolon)));
  const first = p.concepts.filter((h) => h.at < end);
  return first.some((h) => h.concept === "highRiskWord") && !first.some((h) => h.concept === "notHighRisk") && !negatedOnly({ ...p, concepts: first }, "highRiskWord");
}
