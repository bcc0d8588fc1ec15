// How one requirement is decided: each matching passage becomes a candidate that counts or does
// not (and why), checks of the requirement (retention, risk class, parties, conflicts, the part
// it also needs) are applied, and the candidates settle into a status and a reason.
import type { ClassificationTag, Document, ReasonCode, RuleCondition } from "@ethiek/schemas";
import type { Classification } from "./classify.js";
import { evaluate, type ConditionContext } from "./conditions.js";
import { MSG, type Language } from "./check-texts.js";
import { retentionDurations } from "./check-retention.js";
import type { ModalityResult } from "./modality.js";
import { isDenial, isDoubleNegation, needDeniedNear, negatedElsewhere, negatedTopic } from "./modality-negation.js";
import { actsInLaterClause, firstParty } from "./modality-party.js";
import { leadInParty, rowCells } from "./structure.js";
import { declaresState } from "./commitments.js";
import type { ResolvedRequirement } from "./rulesets.js";
import { hasConcept, requirementTermPositions, type Passage, type ScanResult } from "./scan-passage.js";

type Kind = "satisfied" | "partial" | "negated" | "contradicted";
interface Candidate {
  readonly passage: Passage;
  readonly kind: Kind;
  readonly reason: ReasonCode;
  readonly note?: string;
  /** A negation of this very contract's duty, with the topic as its subject ("… is voor deze opdracht niet aan de orde"). */
  readonly ruledOutHere?: boolean;
}

export interface Context {
  readonly documents: readonly Document[];
  readonly scanned: ScanResult;
  readonly classification: Classification;
  readonly cond: ConditionContext;
  readonly language: Language;
  /** Modality per passage, computed once however many requirements match it. */
  readonly modality: (p: Passage) => ModalityResult;
  /**
   * True when an answer withdrew or replaced the requirement the passage states (by its id, e.g.
   * E-25); for a part withdrawn ("Het onderdeel van E-08 over … vervalt"), only for the catalogue
   * requirement `ri` that the withdrawing sentence is about.
   */
  readonly withdrawn: (p: Passage, ri?: number) => boolean;
  /** Binding passages that contradict the requirement with this id (its `not-contradicted` check). */
  readonly conflicts: (requirementId: string) => readonly Passage[];
  /** Binding passages that hold the part the requirement with this id also needs (its `needs-also` check). */
  readonly complements: (requirementId: string) => readonly Passage[];
  /** Passages that leave that other part to be settled later ("de bewaartermijnen volgen na de gunning"). */
  readonly deferredComplements: (requirementId: string) => readonly Passage[];
  /**
   * In a purchase that has AI as one part (an ERP suite with an AI module), true when a passage
   * stands in a section about that part or names the AI itself; always true otherwise.
   */
  readonly aboutAi: (p: Passage) => boolean;
}

/** Decides one requirement from its matching passages and the passages that incorporate it by reference. */
export function decide(
  req: ResolvedRequirement,
  ri: number,
  matches: readonly Passage[],
  byReference: readonly Passage[],
  ctx: Context,
): { status: "satisfied" | "partial" | "missing"; reason: ReasonCode; candidates: Candidate[] } {
  const L = MSG[ctx.language].notes;
  const def = req.definition;
  const candidates: Candidate[] = [];
  for (const p of matches) {
    let m = ctx.modality(p);
    const at = p.requirementAt[p.requirements.indexOf(ri)] ?? -1;
    // A denied need in another clause of the sentence leaves this clause's obligation standing.
    const deniesNeed = at >= 0 && p.concepts.some((h) => isDenial(p, h));
    // A negation in another clause of the sentence leaves this clause's obligation standing.
    if (negatedElsewhere(p, m, at)) m = OBLIGATION;
    // "The Province may audit …", "De Provincie kan de gegevens exporteren": a choice left to the
    // buyer is its right or ability, which is what most requirements ask; a commitment to act (a
    // DPIA, an ethics review) it leaves open.
    if (m.option === "buyer" && (def.party === "buyer" || !def.commitment)) m = OBLIGATION;
    // A supplier's permission where the right is the buyer's: the party check below names it.
    if (m.option === "supplier" && def.party === "buyer") m = OBLIGATION;
    const terms = requirementTermPositions(p, p.requirements.indexOf(ri));
    if (m.modality === "obligation" && at >= 0 && !isDoubleNegation(p) && negatedTopic(p, at, terms)) m = { modality: "negated", reason: "negated" };
    if (m.modality === "negated") {
      // Ruling the topic out is what some requirements ask ("verwerkt geen bijzondere
      // persoonsgegevens"); denying that the duty is needed never is.
      const excludes = def.exclusionSatisfies && (!(deniesNeed && needDeniedNear(p, at)) || EXCLUDES_USE.test(p.text));
      // Ruled out by the wrong party ("the Province has classified it as not prohibited") is no
      // supplier's warranty.
      if (excludes && def.party === "supplier" && firstParty(p) === "buyer") {
        candidates.push({ passage: p, kind: "partial", reason: "wrong-party", note: L.wrongPartySupplier });
        continue;
      }
      // Ruling out a practice that the tender itself describes contradicts the tender.
      if (excludes && ctx.classification.tags.has("prohibited") && def.checks?.some((c) => c.kind === "no-described-practice")) {
        candidates.push({ passage: p, kind: "partial", reason: "contradicted", note: L.practiceDescribed });
        continue;
      }
      candidates.push(excludes ? { passage: p, kind: "satisfied", reason: "excluded-as-required" } : { passage: p, kind: "negated", reason: "negated", note: L.negated, ruledOutHere: ruledOutHere(p, at) });
      continue;
    }
    if (m.modality !== "obligation") {
      candidates.push({ passage: p, kind: "partial", reason: m.reason, note: L[m.reason as keyof typeof L] as string | undefined });
      continue;
    }
    if (ctx.withdrawn(p, ri)) {
      candidates.push({ passage: p, kind: "partial", reason: "withdrawn", note: L.withdrawn });
      continue;
    }
    // General terms written for every purchase ("Indien het AI-systeem een hoog-risico-AI-systeem
    // is, …") bind this one only when its classification meets the condition.
    if (conditionFails(p.text, ctx.classification.tags)) {
      candidates.push({ passage: p, kind: "partial", reason: "condition-not-met", note: L["condition-not-met"] });
      continue;
    }
    if (aiOnly(req) && !ctx.aboutAi(p)) {
      candidates.push({ passage: p, kind: "partial", reason: "wrong-scope", note: L.wrongScope });
      continue;
    }
    // "Customer is solely responsible for human oversight": the buyer is told the duty is its own,
    // which no requirement of the supplier or of the contract is met by.
    if (def.party !== "buyer" && firstParty(p) === "buyer" && DISCLAIMS.test(p.text)) {
      candidates.push({ passage: p, kind: "partial", reason: "wrong-party", note: L.wrongPartySupplier });
      continue;
    }
    const party = def.party ?? "either";
    if (party !== "either") {
      const first = firstParty(p) ?? leadInParty(p, ctx.documents);
      // "De Leverancier verleent de Opdrachtgever het recht …": the supplier grants the buyer's right.
      const grants = party === "buyer" && first === "supplier" && GRANTS.test(p.text);
      if (first !== null && first !== party && !grants && !actsInLaterClause(p, party, terms)) {
        candidates.push({ passage: p, kind: "partial", reason: "wrong-party", note: party === "supplier" ? L.wrongPartySupplier : L.wrongPartyBuyer });
        continue;
      }
    }
    const problem = passageProblem(def, p, ctx);
    candidates.push(problem ? { passage: p, kind: "partial", reason: problem.reason, note: problem.note } : { passage: p, kind: "satisfied", reason: "obligation" });
  }
  // A requirement of two parts (a lawful basis and a retention period) is met by its own clause
  // only when the other part binds somewhere too; a reference carries the whole article.
  for (const check of def.checks ?? []) {
    if (check.kind !== "needs-also" || (check.when && !evaluate(check.when, ctx.cond))) continue;
    // The other part left open in so many words outweighs a period stated for something else.
    // A later document (an annex of clauses, an amendment) that settles the part after all undoes that.
    const open = ctx.deferredComplements(def.id);
    const leftOpen = open[0];
    const lastOpen = Math.max(-1, ...open.map((p) => p.document));
    if (leftOpen && !ctx.complements(def.id).some((p) => p.document > lastOpen)) {
      demoteObligations(candidates, "deferred", L.deferred);
      candidates.push({ passage: leftOpen, kind: "partial", reason: "deferred", note: L.deferred });
      continue;
    }
    if (ctx.complements(def.id).length > 0) continue;
    demoteObligations(candidates, "incomplete", check.note?.[ctx.language] ?? L.incomplete);
  }
  // A binding passage that works against the requirement outweighs whatever satisfies it.
  for (const check of def.checks ?? []) {
    if (check.kind !== "not-contradicted" || (check.when && !evaluate(check.when, ctx.cond))) continue;
    for (const p of ctx.conflicts(def.id)) candidates.push({ passage: p, kind: "contradicted", reason: "contradicted", note: L.contradicted });
  }
  // A reference counts only where the passage binds; the article it names carries the duty, with
  // the passage's own limits (a retention period that the reference shortens).
  for (const p of byReference) {
    if (candidates.some((c) => c.passage === p && c.kind === "satisfied")) continue;
    const m = ctx.modality(p);
    if (m.modality !== "obligation" || ctx.withdrawn(p, ri)) continue;
    const problem = passageProblem(def, p, ctx, true);
    candidates.push(problem ? { passage: p, kind: "partial", reason: problem.reason, note: problem.note } : { passage: p, kind: "satisfied", reason: "by-reference" });
  }
  return settle(candidates);
}

/**
 * A clause that opens with a condition on what the system is: "Indien het AI-systeem een
 * hoog-risico-AI-systeem is, …", "Betreft de Prestatie een AI-systeem met een hoog risico, dan …",
 * or a policy's rule for a kind of system: "Een hoog-risico-AI-systeem wordt … voorgelegd".
 */
const CONDITION = /^\W*(?:[A-Z]?\d+(?:\.\d+)*\.?\s+)?(?:indien|als|wanneer|voor zover|ingeval|in het geval dat|if|where|insofar as|in so far as|to the extent that|in case|should|mocht|betreft|gaat het om|is|valt|voor een|voor elk|voor ieder|bij een|bij elk|for a|for any|for each|for every|een|elk|ieder|every|each|any)\b([^,;:]{0,120})/i;
const CONDITION_TAGS: ReadonlyArray<readonly [RegExp, ClassificationTag]> = [
  [/\bhoog[- ]?risico|\bhigh[- ]risk/i, "high-risk"],
  [/\bpersoonsgegevens|\bpersonal data/i, "personal-data"],
  [/\bgeneratie\w*|\bgenerative|\btaalmodel|\blanguage model/i, "generative"],
  [/\bimpactvol\w*|\bimpactful/i, "impactful"],
];
/** True when the clause's opening condition names a classification that does not hold (or, negated, one that does). */
function conditionFails(text: string, tags: ReadonlySet<ClassificationTag>): boolean {
  const condition = CONDITION.exec(text)?.[1];
  if (!condition) return false;
  for (const [words, tag] of CONDITION_TAGS) {
    const m = words.exec(condition);
    if (!m) continue;
    const negated = /\b(geen|niet|not|no)\b/i.test(condition.slice(0, m.index));
    return negated ? tags.has(tag) : !tags.has(tag);
  }
  return false;
}

const OBLIGATION: ModalityResult = { modality: "obligation", reason: "obligation" };

/** A negation of use itself ("worden niet verwerkt"), which excludes whatever else the sentence denies. */
const EXCLUDES_USE = /\b(niet|geen|not|no|never|nooit)\b(\s+\S+){0,4}?\s+(verwerkt|gebruikt|opgeslagen|verzameld|ingevoerd|processed|used|stored|collected|entered)\b|\b(maken|maakt|vormen|form|forms)\s+(geen|no)\s+(deel|onderdeel|part)\s+(uit\s+)?(van|of)\s+(de|het|the)\s+\S*(data|gegevens|dataset)/i;

/**
 * The first check of the requirement that a binding passage fails (retention too short,
 * inconsistent risk class). A reference to an article carries that article's own minimum, so only
 * a period it states itself can be too short.
 */
function passageProblem(def: ResolvedRequirement["definition"], p: Passage, ctx: Context, byReference = false): { reason: ReasonCode; note: string } | undefined {
  const L = MSG[ctx.language].notes;
    let problem: { reason: ReasonCode; note: string } | undefined;
    for (const check of def.checks ?? []) {
      if (check.when && !evaluate(check.when, ctx.cond)) continue;
      if (check.kind === "minimum-duration") {
        const months = check.months ?? 0;
        const seg = ctx.documents[p.document]!.segments[p.segment]!;
        const durations = retentionDurations(seg.text);
        if (durations.length === 0) problem = byReference ? undefined : { reason: "no-retention-period", note: L.noDuration(months) };
        else if (Math.max(...durations) < months) problem = { reason: "retention-too-short", note: L.tooShort(months, Math.max(...durations)) };
        // "ten minste zes maanden, tenzij de Bestelling anders bepaalt": the period may still be set shorter.
        else if (OTHERWISE_PERIOD.test(seg.text)) problem = { reason: "retention-too-short", note: L.periodOpen(months) };
      } else if (check.kind === "consistent-risk-class") {
        const says = hasConcept(p, "notHighRisk");
        const hr = ctx.classification.tags.has("high-risk");
        if (says && hr) problem = { reason: "risk-class-inconsistent", note: L.riskClass };
        // A described art. 5 practice outranks any class: a passage recording one without naming the prohibition is wrong.
        else if (ctx.classification.tags.has("prohibited") && !hasConcept(p, "art5Context")) problem = { reason: "risk-class-inconsistent", note: L.riskClassProhibited };
      } else if (check.kind === "names-supplier") {
        // The buyer's own part ("registreert haar gebruik") leaves the provider's duty open.
        if (!hasConcept(p, "supplier") && !hasConcept(p, "supplierAgent")) problem = { reason: "wrong-party", note: L.wrongPartySupplier };
      } else if (check.kind === "commitment-to-act") {
        // "verklaart dat zijn medewerkers voldoende AI-geletterd zijn" states a fact, it plans nothing.
        if (declaresState(p.text)) problem = { reason: "declaration-only", note: L["declaration-only"] };
      } else if (check.kind === "states-figure") {
        // "een passend niveau van nauwkeurigheid", "the Supplier shall determine the appropriate metrics": no value to hold anyone to.
        if (!byReference && !statesFigure(ctx.documents[p.document]!.segments, p.segment)) problem = { reason: "incomplete", note: L.noFigure };
      } else if (check.kind === "no-described-practice") {
        // A warranty against art. 5 practices is worth nothing where the tender describes one.
        if (ctx.classification.tags.has("prohibited")) problem = { reason: "contradicted", note: L.practiceDescribed };
      }
      if (problem) break;
    }
  return problem;
}

/** A figure: digits, a percentage or a number word. */
const FIGURE = /\d|\b(procent|percent|per cent|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|two|three|four|five|six|seven|eight|nine|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/i;
/** A named annex or schedule that holds the values: "opgenomen in Bijlage E", "set out in Schedule 3". */
const NAMED_ANNEX = /\b([Bb]ijlage|[Aa]nnex|[Ss]chedule|[Aa]ppendix|[Tt]abel|[Tt]able)\s+[A-Z0-9]{1,3}\b/;
/** A named robustness or security measure needs no figure ("bestand tegen manipulatie", "resilience against data poisoning"). */
const ROBUSTNESS_MEASURE = /\b(bestand tegen|resilien\w*|weerbaar\w*|manipul\w*|adversarial|data poisoning|vergiftig\w*|prompt.?injecti\w*|penetratietest\w*|pentest\w*|penetration test\w*|fallback|terugval\w*|graceful degradation)\b/i;
/** The segment states a figure or names the annex that does, or introduces a list or table that does. */
function statesFigure(segments: readonly Document["segments"][number][], i: number): boolean {
  const seg = segments[i]!;
  const row = seg.table ? [seg.text, ...rowCells(seg, segments, i, Infinity).map((c) => c.text)].join(" ") : seg.text;
  if (FIGURE.test(withoutNumbering(row)) || NAMED_ANNEX.test(row) || ROBUSTNESS_MEASURE.test(row)) return true;
  if (!/:\s*$/.test(seg.text)) return false;
  return segments.slice(i + 1, i + 8).some((s) => FIGURE.test(withoutNumbering(s.text)));
}
/** The text without clause numbers, article references and regulation numbers, whose digits are no values. */
const withoutNumbering = (text: string): string =>
  text
    .replace(/^\W*[A-Z]{0,3}[-.]?[\d.]+[a-z]?\b/, "")
    .replace(/\b(artikel(en)?|articles?|art\.?|lid|leden|paragraa?f|paragraphs?|clauses?|sections?|bijlage|annex|schedule|punt|point|hoofdstuk|chapter|onderdeel|versie|version|[A-Z]{1,4}-)\s*[\dIVX]+[\w.()/-]*/gi, "")
    .replace(/\b\d{4}\/\d{1,4}\b|\b(19|20)\d\d\b/g, "");

/** A period that another document may shorten: "tenzij in Bijlage C een andere termijn is bepaald", "unless otherwise agreed". */
const OTHERWISE_PERIOD = /\b(tenzij|behoudens|unless|except where)\b[^.;]{0,60}\b(anders|andere termijn|kortere termijn|otherwise|another period|a shorter period|different period)\b/i;

/** The topic opens the sentence and its first clause scopes the negation to this contract. */
function ruledOutHere(p: Passage, at: number): boolean {
  if (at < 0 || at > RULED_OUT_SUBJECT_REACH) return false;
  const semicolon = p.text.indexOf(";");
  return THIS_CONTRACT.test(semicolon < 0 ? p.text : p.text.slice(0, semicolon));
}
const RULED_OUT_SUBJECT_REACH = 5;

/** Words that scope a sentence to the contract at hand. */
const THIS_CONTRACT = /\b(voor|in|bij|binnen) (deze|dit) (opdracht|overeenkomst|aanbesteding|contract|toepassing|pilot|project|bestelling|nadere overeenkomst|deelopdracht|levering)\b|\b(for|in|under) this (contract|agreement|assignment|tender|procurement|application|pilot|project|order|call-off)\b/i;

/** The status of a requirement from its candidate passages. */
function settle(candidates: Candidate[]): { status: "satisfied" | "partial" | "missing"; reason: ReasonCode; candidates: Candidate[] } {
  const contradicted = candidates.filter((c) => c.kind === "contradicted");
  if (contradicted.length > 0) return { status: "partial", reason: "contradicted", candidates: [...contradicted, ...candidates.filter((c) => c.kind === "satisfied")] };
  // "Publicatie in het Algoritmeregister is voor deze opdracht niet aan de orde": ruled out for this
  // very contract, which a policy or general clause elsewhere does not undo.
  const ruledOut = candidates.filter((c) => c.ruledOutHere);
  if (ruledOut.length > 0) {
    // A later document (an annex, an amendment) that takes the duty on after all undoes the ruling out.
    const lastRuledOut = Math.max(...ruledOut.map((c) => c.passage.document));
    if (!candidates.some((c) => c.kind === "satisfied" && c.passage.document > lastRuledOut)) return { status: "missing", reason: "negated", candidates: ruledOut };
  }
  const satisfied = candidates.filter((c) => c.kind === "satisfied");
  // An article incorporated by reference yields to a shorter period the contract states itself
  // (its proviso: "article 5 applies, logs are kept 30 days").
  if (satisfied.length > 0 && satisfied.every((c) => c.reason === "by-reference")) {
    const shorter = candidates.filter((c) => c.kind === "partial" && c.reason === "retention-too-short");
    if (shorter.length > 0) return { status: "partial", reason: "retention-too-short", candidates: shorter };
  }
  if (satisfied.length > 0) {
    // A direct obligation is better evidence than a reference; an exclusion only when nothing else is there.
    const reason: ReasonCode = satisfied.some((c) => c.reason === "obligation") ? "obligation" : satisfied.some((c) => c.reason === "by-reference") ? "by-reference" : "excluded-as-required";
    return { status: "satisfied", reason, candidates: satisfied };
  }
  const partial = candidates.filter((c) => c.kind === "partial");
  if (partial.length > 0) return { status: "partial", reason: decisiveReason(partial), candidates: partial };
  const negated = candidates.filter((c) => c.kind === "negated");
  return { status: "missing", reason: negated.length > 0 ? "negated" : "no-mention", candidates: negated };
}

/** The reason that most nearly makes a partial result count, so a report names the closest miss. */
const PARTIAL_ORDER: readonly ReasonCode[] = [
  "contradicted", "retention-too-short", "no-retention-period", "incomplete", "condition-not-met", "risk-class-inconsistent", "wrong-party", "wrong-scope", "withdrawn", "module-not-applicable", "annex-not-attached", "deferred", "wish", "non-binding", "declaration-only",
  "question-only", "placeholder", "definition", "heading-only",
];
function decisiveReason(partial: readonly Candidate[]): ReasonCode {
  for (const r of PARTIAL_ORDER) if (partial.some((c) => c.reason === r)) return r;
  return partial[0]!.reason;
}

/** Turns every passage that met the requirement by its own obligation into a partial one, for `reason`. */
function demoteObligations(candidates: Candidate[], reason: ReasonCode, note: string): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.kind === "satisfied" && c.reason === "obligation") candidates[i] = { passage: c.passage, kind: "partial", reason, note };
  }
}

/** A responsibility left to the buyer alone: the wording of a supplier's disclaimer. */
const DISCLAIMS =
  /\b(solely|exclusively|fully|entirely) responsible\b|\bsole responsibility\b|\bresponsible for (its|their) (own )?use\b|\backnowledges? and agrees?\b|\bat (its|their) (own|sole) risk\b|\b(zelf|uitsluitend|volledig|geheel) verantwoordelijk\b|\bverantwoordelijk voor (het|zijn|haar) (eigen )?gebruik\b|\bvoor (eigen|haar|zijn) (rekening en )?risico\b/i;

/** Verbs by which one party gives the other a right. */
const GRANTS = /\b(verleent|verlenen|geeft|geven|grants|grant|gives|give|staat toe|allows|permits|stelt .{0,30} in staat|enables)\b/i;

const AI_TAGS: ReadonlySet<string> = new Set(["ai", "high-risk", "generative", "prohibited"]);

/** True when a requirement applies only because the purchase contains AI (not for any algorithm or personal data). */
function aiOnly(req: ResolvedRequirement): boolean {
  const only = (c: RuleCondition): boolean =>
    "tag" in c ? AI_TAGS.has(c.tag) : "annexIII" in c ? true : "all" in c ? c.all.some(only) : "any" in c ? c.any.every(only) : false;
  return req.applies.length > 0 && req.applies.some(only);
}
