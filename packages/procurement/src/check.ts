// check(): classify, decide every requirement of the ruleset from the scanned passages, and build
// a CheckReport that validates against schemas/check-report.schema.json.
import type {
  CheckReport,
  ClassificationResult,
  ClassificationTag,
  Document,
  Evidence,
  ReasonCode,
  RequirementResult,
  RuleCondition,
  Ruleset,
  Severity,
  Tender,
  Waiver,
} from "@ethiek/schemas";
import { classifyScanned, type Classification } from "./classify.js";
import { describeCondition, evaluate, resolveSeverity, type ConditionContext } from "./conditions.js";
import { evidenceOf } from "./evidence.js";
import { fingerprint, normaliseQuote } from "./fingerprint.js";
import { inExcludedModule } from "./modules.js";
import { declaresState } from "./commitments.js";
import { deniedInClauseOf, firstParty, isDenial, isDoubleNegation, modalityOf, needDeniedNear, negatedTopic, type ModalityResult } from "./modality.js";
import { leadInParty } from "./structure.js";
import { summarize } from "./summary.js";
import { citedArticles, coversRequirement, incorporatedArticles } from "./reference.js";
import { RulesetError, resolveRuleset, type ResolvedRequirement, type ResolvedRuleset } from "./rulesets.js";
import { compile, hasConcept, requirementTermPositions, scan, type Passage, type ScanResult } from "./scan.js";
import { fold, tokenize } from "./text.js";

/** The version of the checker, reported in every CheckReport. */
export const checkerVersion = "0.1.0";
export const checkerName = "@ethiek/procurement";

export type Language = "nl" | "en";

export interface CheckOptions {
  /** A built-in ruleset name such as "ethiek:recommended" (default), or a ruleset object. */
  ruleset?: string | Ruleset;
  /** Extra rulesets that `extends` may name. */
  rulesets?: readonly Ruleset[];
  /** The tender manifest: declarations override the classifier, waivers switch requirements off. */
  manifest?: Tender;
  /** More waivers (e.g. from configuration); combined with the manifest's. */
  waivers?: readonly Waiver[];
  /** The language of the report texts; default: manifest, documents, or guessed from the text. */
  language?: Language;
  /** The time stamp of the report (checkedAt) and the reference date for milestones. */
  now?: Date;
}

type Kind = "satisfied" | "partial" | "negated" | "contradicted";
interface Candidate {
  readonly passage: Passage;
  readonly kind: Kind;
  readonly reason: ReasonCode;
  readonly note?: string;
}

const MSG = {
  nl: {
    satisfied: "De aanbesteding verplicht dit: zie de geciteerde passage.",
    satisfiedByReference: "De aanbesteding maakt een artikel dat dit regelt deel van de overeenkomst: zie de geciteerde passage.",
    satisfiedExclusion: "De aanbesteding sluit dit uit, zoals de eis vraagt.",
    missing: "Niets gevonden dat dit regelt.",
    negated: "De aanbesteding sluit dit uitdrukkelijk uit.",
    partial: "Het onderwerp staat erin, maar niet als verplichting: zie de toelichting bij de passage.",
    notApplicable: (cond: string) => `Niet van toepassing: de voorwaarde (${cond}) geldt niet voor deze aanbesteding.`,
    waived: (w: Waiver) => `Ontheffing: ${w.reason} (goedgekeurd door ${w.approvedBy}, casus ${w.case}).`,
    notes: {
      placeholder: "Alleen een kop, zonder inhoud of met een placeholder zoals 'PM'.",
      "heading-only": "Alleen een kop; de verplichting zelf ontbreekt.",
      wish: "Een wens, geen verplichting.",
      "question-only": "Een vraag aan inschrijvers of de markt, niet bindend.",
      deferred: "Uitgesteld of opengelaten (nader te bepalen, later te beslissen, per deelopdracht).",
      "non-binding": "Een toelichting, aanbeveling of voorbeeld, geen verplichting.",
      "declaration-only": "Alleen een verklaring (dat iemand iets weet, of dat iets zo is). Er staat niet in dat de partij iets gaat doen.",
      definition: "Een begripsomschrijving; die verplicht niemand tot iets.",
      withdrawn: "Deze eis is in een antwoord (Nota van Inlichtingen) geschrapt of vervangen.",
      "module-not-applicable": "Staat in een module van de voorwaarden die volgens de opdracht niet van toepassing is.",
      "annex-not-attached": "Verwijst naar een bijlage die niet bij de aanbestedingsstukken zit.",
      contradicted: "Deze passage werkt de eis tegen; zo lang die blijft staan, telt een andere passage niet.",
      incomplete: "Alleen een deel van de eis staat erin; het andere deel ontbreekt.",
      "condition-not-met": "Deze bepaling geldt alleen onder een voorwaarde die voor deze aanbesteding niet opgaat (zie de indeling).",
      negated: "Uitdrukkelijk uitgesloten of niet vereist.",
      wrongPartySupplier: "De verplichting ligt bij de provincie, niet bij de leverancier.",
      wrongScope: "Gaat over een ander deel van de opdracht dan het AI-systeem.",
      wrongPartyBuyer: "Het recht ligt bij de leverancier, niet bij de provincie.",
      tooShort: (months: number, found: number) => `De genoemde termijn (${fmtMonths(found, "nl")}) is korter dan de vereiste ${months} maanden.`,
      noDuration: (months: number) => `Er staat geen bewaartermijn bij; vereist is ten minste ${months} maanden.`,
      riskClass: "De vastgelegde risicoklasse ('geen hoog risico') past niet bij de toepassing uit bijlage III zonder onderbouwing volgens artikel 6, lid 3.",
      riskClassProhibited: "De aanbesteding beschrijft een verboden praktijk (artikel 5), maar de vastgelegde risicoklasse zegt dat niet.",
      practiceDescribed: "De aanbesteding beschrijft zelf een verboden praktijk (artikel 5). Een garantie dat zulke praktijken niet voorkomen, maakt dat gebruik niet toegestaan.",
    },
    milestone: (title: string, date: string) => `${title}: vanaf ${date}.`,
  },
  en: {
    satisfied: "The tender obliges this: see the quoted passage.",
    satisfiedByReference: "The tender makes an article that covers this part of the contract: see the quoted passage.",
    satisfiedExclusion: "The tender rules this out, as the requirement asks.",
    missing: "Nothing found that settles this.",
    negated: "The tender explicitly excludes this.",
    partial: "The topic is there, but not as an obligation: see the note on the passage.",
    notApplicable: (cond: string) => `Not applicable: the condition (${cond}) does not hold for this tender.`,
    waived: (w: Waiver) => `Waived: ${w.reason} (approved by ${w.approvedBy}, case ${w.case}).`,
    notes: {
      placeholder: "Only a heading, without content or with a placeholder such as 'PM'.",
      "heading-only": "Only a heading; the obligation itself is missing.",
      wish: "A wish, not an obligation.",
      "question-only": "A question to bidders or the market, not binding.",
      deferred: "Deferred or left open (to be determined, decided later, per call-off).",
      "non-binding": "An explanation, recommendation or example, not an obligation.",
      "declaration-only": "Only a declaration (that someone knows a rule, or that something is so). It does not say that the party will do anything.",
      definition: "A definition of a term; it obliges no one.",
      withdrawn: "An answer (Nota van Inlichtingen) withdrew or replaced this requirement.",
      "module-not-applicable": "Stands in a module of the terms that the order declares not applicable.",
      "annex-not-attached": "Refers to an annex that is not among the tender documents.",
      contradicted: "This passage works against the requirement; while it stands, no other passage counts.",
      incomplete: "Only one part of the requirement is there; the other part is missing.",
      "condition-not-met": "This clause binds only under a condition that does not hold for this tender (see the classification).",
      negated: "Explicitly excluded or not required.",
      wrongPartySupplier: "The obligation is put on the province, not on the supplier.",
      wrongScope: "About another part of the purchase than the AI system.",
      wrongPartyBuyer: "The right is given to the supplier, not to the province.",
      tooShort: (months: number, found: number) => `The stated period (${fmtMonths(found, "en")}) is shorter than the required ${months} months.`,
      noDuration: (months: number) => `No retention period is stated; at least ${months} months are required.`,
      riskClass: "The recorded class ('not high-risk') does not fit the Annex III use without an art. 6(3) reasoning.",
      riskClassProhibited: "The tender describes a prohibited practice (art. 5), but the recorded risk class does not say so.",
      practiceDescribed: "The tender itself describes a prohibited practice (art. 5); ruling such practices out does not make that use allowed.",
    },
    milestone: (title: string, date: string) => `${title}: from ${date}.`,
  },
} as const;

function fmtMonths(m: number, lang: Language): string {
  if (m < 1) {
    const days = Math.round(m * 30);
    return lang === "nl" ? `${days} dagen` : `${days} days`;
  }
  const r = Math.round(m * 10) / 10;
  return lang === "nl" ? `${r} maanden` : `${r} months`;
}

const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, eén: 1, one: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4, vijf: 5, five: 5, zes: 6, six: 6, zeven: 7, seven: 7,
  acht: 8, eight: 8, negen: 9, nine: 9, tien: 10, ten: 10, elf: 11, eleven: 11, twaalf: 12, twelve: 12, achttien: 18, eighteen: 18,
  twintig: 20, twenty: 20, dertig: 30, thirty: 30, zestig: 60, sixty: 60, negentig: 90, ninety: 90, honderdtachtig: 180,
};
const UNIT_MONTHS: Array<[RegExp, number]> = [
  // With the abbreviations of table cells ("bewaren min. 12 mnd").
  [/^(dag|dagen|day|days|werkdag|werkdagen|kalenderdagen|dgn)$/, 1 / 30],
  [/^(week|weken|weeks|wk|wkn|wks)$/, 7 / 30],
  [/^(maand|maanden|month|months|mnd|mnden|mth|mths|mo|mos)$/, 1],
  [/^(jaar|jaren|year|years|jr|yr|yrs)$/, 12],
];
const RETENTION = /^(bewaar\w*|bewaren|bewaard|bewaring|retention|retained|retain|kept|keep|stored|verwijder\w*|deleted|deletes|gewist|opgeslagen)$/;

/** Durations (in months) that stand near a retention word. */
export function retentionDurations(text: string): number[] {
  const tokens = tokenize(fold(text));
  const out: number[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const n = /^\d+$/.test(tokens[i]!) ? Number(tokens[i]) : NUMBER_WORDS[tokens[i]!];
    if (n === undefined) continue;
    const unit = UNIT_MONTHS.find(([re]) => re.test(tokens[i + 1]!));
    if (!unit) continue;
    const near = tokens.slice(Math.max(0, i - 10), i + 10).some((t) => RETENTION.test(t));
    // "drie maanden in plaats van twaalf maanden": the period after "in plaats van" is the old one.
    const replaced = (tokens[i - 1] === "van" && tokens[i - 2] === "plaats" && tokens[i - 3] === "in") || (tokens[i - 1] === "of" && tokens[i - 2] === "instead");
    if (near && !replaced) out.push(n * unit[1]);
  }
  return out;
}

/** Guesses nl or en from function words. */
export function guessLanguage(documents: readonly Document[]): Language {
  let nl = 0;
  let en = 0;
  for (const doc of documents) {
    if (doc.language === "nl" || doc.language === "en") return doc.language;
    for (const seg of doc.segments.slice(0, 200)) {
      for (const t of tokenize(fold(seg.text))) {
        if (t === "de" || t === "het" || t === "van" || t === "een" || t === "en") nl++;
        else if (t === "the" || t === "of" || t === "and" || t === "a" || t === "to") en++;
      }
    }
  }
  return en > nl ? "en" : "nl";
}

interface Context {
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
  /**
   * In a purchase that has AI as one part (an ERP suite with an AI module), true when a passage
   * stands in a section about that part or names the AI itself; always true otherwise.
   */
  readonly aboutAi: (p: Passage) => boolean;
}

/** Decides one requirement from its matching passages and the passages that incorporate it by reference. */
function decide(
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
    if (m.modality === "negated" && !m.whole && at >= 0 && !deniedInClauseOf(p, at, (h) => isDenial(p, h) || h.concept === "negWord")) m = OBLIGATION;
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
      candidates.push(excludes ? { passage: p, kind: "satisfied", reason: "excluded-as-required" } : { passage: p, kind: "negated", reason: "negated", note: L.negated });
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
    const party = def.party ?? "either";
    if (party !== "either") {
      const first = firstParty(p) ?? leadInParty(p, ctx.documents);
      // "De Leverancier verleent de Opdrachtgever het recht …": the supplier grants the buyer's right.
      const grants = party === "buyer" && first === "supplier" && GRANTS.test(p.text);
      if (first !== null && first !== party && !grants) {
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
    if (check.kind !== "needs-also" || (check.when && !evaluate(check.when, ctx.cond)) || ctx.complements(def.id).length > 0) continue;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (c.kind === "satisfied" && c.reason === "obligation") candidates[i] = { passage: c.passage, kind: "partial", reason: "incomplete", note: check.note?.[ctx.language] ?? L.incomplete };
    }
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

/** A clause that opens with a condition on what the system is: "Indien het AI-systeem een hoog-risico-AI-systeem is, …". */
const CONDITION = /^\W*(?:[A-Z]?\d+(?:\.\d+)*\.?\s+)?(?:indien|als|wanneer|voor zover|ingeval|in het geval dat|if|where|insofar as|in so far as|to the extent that|in case)\b([^,;:]{0,120})/i;
const CONDITION_TAGS: ReadonlyArray<readonly [RegExp, ClassificationTag]> = [
  [/\bhoog[- ]?risico|\bhigh[- ]risk/i, "high-risk"],
  [/\bpersoonsgegevens|\bpersonal data/i, "personal-data"],
  [/\bgeneratie\w*|\bgenerative|\btaalmodel|\blanguage model/i, "generative"],
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
const NOT_APPLICABLE_MODULE: ModalityResult = { modality: "withdrawn", reason: "module-not-applicable" };

/** A negation of use itself ("worden niet verwerkt"), which excludes whatever else the sentence denies. */
const EXCLUDES_USE = /\b(niet|geen|not|no|never|nooit)\b(\s+\S+){0,4}?\s+(verwerkt|gebruikt|opgeslagen|verzameld|ingevoerd|processed|used|stored|collected|entered)\b/i;

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
      } else if (check.kind === "no-described-practice") {
        // A warranty against art. 5 practices is worth nothing where the tender describes one.
        if (ctx.classification.tags.has("prohibited")) problem = { reason: "contradicted", note: L.practiceDescribed };
      }
      if (problem) break;
    }
  return problem;
}

/** The status of a requirement from its candidate passages. */
function settle(candidates: Candidate[]): { status: "satisfied" | "partial" | "missing"; reason: ReasonCode; candidates: Candidate[] } {
  const contradicted = candidates.filter((c) => c.kind === "contradicted");
  if (contradicted.length > 0) return { status: "partial", reason: "contradicted", candidates: [...contradicted, ...candidates.filter((c) => c.kind === "satisfied")] };
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

/** Runs the whole check on scanned documents. */
export function runCheck(documents: readonly Document[], resolved: ResolvedRuleset, options: CheckOptions): CheckReport {
  const compiled = compile(resolved);
  const scanned = scan(compiled, documents);
  const language: Language = options.language ?? options.manifest?.language ?? guessLanguage(documents);
  const excludedModule = inExcludedModule(documents);
  const classification = classifyScanned(documents, scanned, options.manifest, language, compiled.targets, compiled.ruleset.requirements.map((r) => r.definition.id), excludedModule);
  const cond: ConditionContext = {
    tags: classification.tags,
    annexArea: classification.annexArea,
    mentions: (terms) => terms.some((t) => scanned.mentions.has(t)),
  };
  const modalityCache = new Map<Passage, ModalityResult>();
  const modality = (p: Passage): ModalityResult => {
    let m = modalityCache.get(p);
    if (!m) {
      m = excludedModule(p.document, p.segment, p.text) ? NOT_APPLICABLE_MODULE : modalityOf(p, documents, scanned);
      modalityCache.set(p, m);
    }
    return m;
  };
  const withdrawnIds = withdrawnRequirementIds(scanned.passages, modality);
  const withdrawn = (p: Passage, ri?: number): boolean => {
    if (withdrawnIds.size === 0) return false;
    const label = passageLabelText(p, documents);
    const ids = requirementIdsIn(label);
    // The clause's own number ("A-5.2 Subject to Section A-12.2") is no list of requirements.
    const listed = LEADING_ID.test(label) ? ids.slice(1) : ids;
    // A clause that lists several requirements ("de eisen E-02, E-03, E-14 en E-15 worden … in de
    // SLA opgenomen") still stands for those that were not withdrawn.
    if (listed.length > 1 && listed.some((id) => !withdrawnIds.has(id))) return false;
    // A numbered clause is that requirement; the ids it cites ("volgens E-19") are cross-references.
    for (const id of LEADING_ID.test(label) ? ids.slice(0, 1) : ids) {
      const since = withdrawnIds.get(id);
      // A withdrawal covers every statement of the id; an amendment only the statements before it.
      if (!since || (since.part && ri !== undefined && !since.passage.requirements.includes(ri))) continue;
      if (since.all || before(p, since.passage)) return true;
    }
    return false;
  };
  const aboutAi = aiScope(documents, scanned);
  const conflictsById = new Map<string, Passage[]>();
  const complementsById = new Map<string, Passage[]>();
  for (const p of scanned.passages) {
    for (const hit of p.targets) {
      const target = compiled.targets[hit.target]!;
      if (target.kind === "complement") {
        // A duty or a right of the buyer ("kan de Provincie … exporteren") completes the requirement.
        const m = modality(p);
        if ((m.modality !== "obligation" && m.option !== "buyer") || withdrawn(p)) continue;
        complementsById.set(target.id, [...(complementsById.get(target.id) ?? []), p]);
        continue;
      }
      if (target.kind !== "conflict") continue;
      // Only a passage that binds or grants contradicts ("Vendor may use Customer Data to train …");
      // a question, a wish or a withdrawn clause does not. A denial binds where the conflict is one
      // ("the models shall not be handed over").
      const m = modality(p);
      const binds = m.modality === "obligation" || m.option !== undefined || (m.modality === "negated" && target.denial === true);
      if (!binds || withdrawn(p)) continue;
      const list = conflictsById.get(target.id);
      if (list) list.push(p);
      else conflictsById.set(target.id, [p]);
    }
  }
  const conflicts = (id: string): readonly Passage[] => conflictsById.get(id) ?? [];
  const complements = (id: string): readonly Passage[] => complementsById.get(id) ?? [];
  const ctx: Context = { documents, scanned, classification, cond, language, modality, withdrawn, aboutAi, conflicts, complements };
  const M = MSG[language];

  // Passages that incorporate articles by reference, and the requirements whose sources cite them.
  const incorporating: Array<{ p: Passage; articles: ReturnType<typeof incorporatedArticles> }> = [];
  for (const p of scanned.passages) {
    const articles = incorporatedArticles(p);
    if (articles.size > 0) incorporating.push({ p, articles });
  }

  const byRequirement = new Map<number, Passage[]>();
  for (const p of scanned.passages) {
    for (const r of p.requirements) {
      const list = byRequirement.get(r);
      if (list) list.push(p);
      else byRequirement.set(r, [p]);
    }
  }
  const waivers = new Map<string, Waiver>();
  for (const w of [...(options.manifest?.waivers ?? []), ...(options.waivers ?? [])]) waivers.set(w.requirement, w);

  const results: RequirementResult[] = [];
  resolved.requirements.forEach((req, ri) => {
    if (req.off) return;
    const def = req.definition;
    const severity: Severity = resolveSeverity(req.severity, cond);
    const base = {
      requirement: def.id,
      title: def.title[language],
      severity,
      remediation: def.remediation[language],
      sources: def.sources.map((s) => ({ ...s })),
    };
    const applies = req.applies.every((c) => evaluate(c, cond));
    const waiver = waivers.get(def.id);
    if (waiver) {
      const waiverApplied = { reason: waiver.reason, approvedBy: waiver.approvedBy, case: waiver.case, ...(waiver.approvedAt ? { approvedAt: waiver.approvedAt } : {}) };
      results.push({ ...base, status: "waived", reason: "waived", message: M.waived(waiver), evidence: [], waiver: waiverApplied, fingerprint: fingerprint(def.id, "waived") });
      return;
    }
    if (!applies) {
      const condText = req.applies.map((c) => describeCondition(c, language)).join(language === "nl" ? " en " : " and ");
      results.push({ ...base, status: "not-applicable", reason: "tag-not-applicable", message: M.notApplicable(condText), evidence: [], fingerprint: fingerprint(def.id, "not-applicable") });
      return;
    }
    const cited = citedArticles(def.sources);
    const byReference = cited.size === 0 ? [] : incorporating.filter((x) => coversRequirement(cited, x.articles)).map((x) => x.p);
    const { status, reason, candidates } = decide(req, ri, byRequirement.get(ri) ?? [], byReference, ctx);
    // Rank each candidate once (a 1,000-page tender has thousands), then sort; the decisive reason
    // first, equal ranks keep document order.
    const ranked = candidates
      .map((c, i) => ({
        c,
        i,
        rank:
          passageRank(c.passage, documents) +
          (c.reason === reason || (reason === "obligation" && c.reason === "excluded-as-required") ? 4 : 0) +
          topicWeight(c.passage, ri) +
          (underTitle(c.passage, documents, def.title) ? 2 : 0),
      }))
      .sort((x, y) => y.rank - x.rank || x.i - y.i)
      .map((x) => x.c);
    const evidence: Evidence[] = ranked.slice(0, 3).map((c) => evidenceOf(c.passage, documents, c.note, c.reason));
    let message: string =
      status === "satisfied"
        ? reason === "excluded-as-required"
          ? M.satisfiedExclusion
          : reason === "by-reference"
            ? M.satisfiedByReference
            : M.satisfied
        : status === "partial"
          ? `${M.partial} ${ranked[0]?.note ?? ""}`.trim()
          : evidence.length > 0
            ? M.negated
            : M.missing;
    if (def.id === "compliance-dates") message = `${message} ${milestoneText(resolved, cond, language)}`.trim();
    const quote = evidence[0] ? normaliseQuote(evidence[0].quote) : "";
    results.push({ ...base, status, reason, message, evidence, fingerprint: fingerprint(def.id, status, quote) });
  });

  const report: CheckReport = {
    schemaVersion: "1.0",
    checker: { name: checkerName, version: checkerVersion },
    ruleset: { name: resolved.name, version: resolved.version, ...(resolved.extends.length > 0 ? { extends: [...resolved.extends] } : {}) },
    checkedAt: (options.now ?? new Date()).toISOString(),
    language,
    documents: documents.map((d) => ({
      name: d.name,
      format: d.format,
      sha256: d.sha256,
      pageCount: d.pageCount,
      segmentCount: d.segments.length,
    })),
    classification: classification.results,
    results,
    summary: summarize(results, classification.tags.has("prohibited")),
  };
  if (options.manifest) {
    const m = options.manifest;
    report.tender = { ...(m.id ? { id: m.id } : {}), title: m.title, ...(m.buyer ? { buyer: m.buyer.name } : {}) };
  }
  return report;
}

/** Verbs by which one party gives the other a right. */
const GRANTS = /\b(verleent|verlenen|geeft|geven|grants|grant|gives|give|staat toe|allows|permits|stelt .{0,30} in staat|enables)\b/i;

const AI_TAGS: ReadonlySet<string> = new Set(["ai", "high-risk", "generative", "prohibited"]);

/** True when a requirement applies only because the purchase contains AI (not for any algorithm or personal data). */
function aiOnly(req: ResolvedRequirement): boolean {
  const only = (c: RuleCondition): boolean =>
    "tag" in c ? AI_TAGS.has(c.tag) : "annexIII" in c ? true : "all" in c ? c.all.some(only) : "any" in c ? c.any.every(only) : false;
  return req.applies.length > 0 && req.applies.some(only);
}

/** Words that make a section one part of a larger purchase. */
const PART_OF_PURCHASE = /\b(module|modules|optie|option|optional|optioneel|optionele|onderdeel|component|perceel|lot|add-on|uitbreiding|extension)\b/i;

/** At most this share of a tender's sections speaking of AI: the AI is one part of the purchase. */
const AI_PART_SHARE = 0.34;

/**
 * Where a tender buys AI as one part (an AI module in an ERP suite), the AI's duties must be met in
 * the sections about that part: a key-user training or an audit trail of the suite is not an AI
 * literacy plan or the AI's logging. Sections are the second-level headings.
 */
function aiScope(documents: readonly Document[], scanned: ScanResult): (p: Passage) => boolean {
  const sectionOf = (d: number, s: number) => {
    const path = documents[d]!.segments[s]!.headingPath;
    return `${d}\u0000${path[1] ?? path[0] ?? ""}`;
  };
  const all = new Set<string>();
  documents.forEach((doc, d) => doc.segments.forEach((_, s) => all.add(sectionOf(d, s))));
  const mentionsAi = (p: Passage) => hasConcept(p, "ai") || hasConcept(p, "generative");
  const withAi = new Set(scanned.passages.filter(mentionsAi).map((p) => sectionOf(p.document, p.segment)));
  // The AI must have a section of its own that calls it a part: "10. Option C — AI module".
  const aiHeadings = new Set(
    scanned.passages
      .filter((p) => documents[p.document]!.segments[p.segment]!.kind === "heading" && mentionsAi(p) && PART_OF_PURCHASE.test(p.text))
      .map((p) => sectionOf(p.document, p.segment)),
  );
  const part = all.size >= 6 && aiHeadings.size > 0 && withAi.size / all.size <= AI_PART_SHARE;
  if (!part) return () => true;
  return (p) => mentionsAi(p) || withAi.has(sectionOf(p.document, p.segment));
}

const REQUIREMENT_ID = /(?<![\w-])([A-Z][A-Za-z]{0,3}[-‐]\d{1,3}[a-z]?)(?![\w-])/g;

/** Requirement ids such as E-25, KO-03, US-15 in a text. */
/** A requirement id that opens the text: the clause's or row's own number. */
const LEADING_ID = /^\W*(?<![\w-])[A-Z]{1,4}[-‐]\d/;
function requirementIdsIn(text: string): string[] {
  return [...text.matchAll(REQUIREMENT_ID)].map((m) => m[1]!.replace("‐", "-").toUpperCase());
}

/** The passage text with its table row's first cell, where requirement ids usually stand. */
function passageLabelText(p: Passage, documents: readonly Document[]): string {
  const segments = documents[p.document]!.segments;
  const seg = segments[p.segment]!;
  if (!seg.table || seg.table.column === 0 || seg.table.column === undefined) return p.text;
  for (let j = p.segment - 1; j >= 0 && j >= p.segment - 12; j--) {
    const other = segments[j]!.table;
    if (!other || other.tableIndex !== seg.table.tableIndex || other.row !== seg.table.row) break;
    if (other.column === 0) return `${segments[j]!.text} ${p.text}`;
  }
  return p.text;
}

function before(p: Passage, q: Passage): boolean {
  return p.document < q.document || (p.document === q.document && p.segment < q.segment);
}

/** Ids withdrawn ("Eis E-25 vervalt") or amended ("E-03 wordt gewijzigd en luidt nu: …") by an answer. */
function withdrawnRequirementIds(passages: readonly Passage[], modality: (p: Passage) => ModalityResult): Map<string, { all: boolean; part: boolean; passage: Passage }> {
  const out = new Map<string, { all: boolean; part: boolean; passage: Passage }>();
  for (const p of passages) {
    // Only a passage with a withdrawal or amendment marker can be either; modality is costly.
    if (!(hasConcept(p, "withdrawn") || hasConcept(p, "amended"))) continue;
    const all = modality(p).modality === "withdrawn";
    const amended = !all && hasConcept(p, "amended");
    if (!all && !amended) continue;
    // "Verwijzing naar PvE-08 vervalt" drops a reference to the requirement, not the requirement.
    const referenced = new Set([...p.text.matchAll(REFERENCE_TO_ID)].map((m) => m[1]!.replace("‐", "-").toUpperCase()));
    const parts = new Set([...p.text.matchAll(PART_OF_ID)].map((m) => m[1]!.replace("‐", "-").toUpperCase()));
    for (const id of requirementIdsIn(p.text)) if (!referenced.has(id) && !out.get(id)?.all) out.set(id, { all, part: parts.has(id), passage: p });
  }
  return out;
}
/** "Het onderdeel van E-08 over …", "the part of R-4 on …": a part of the requirement, named by its topic. */
const PART_OF_ID = /\b(?:het\s+|dat\s+)?(?:onderdeel|deel|gedeelte|zinsdeel|part|portion)\s+(?:van|of)\s+(?:eis\s+|requirement\s+)?([A-Z][A-Za-z]{0,3}[-‐]\d{1,3}[a-z]?)\b/gi;
const REFERENCE_TO_ID = /\b(?:verwijzing(?:en)? naar|reference(?:s)? to|cross[- ]reference(?:s)? to)\s+(?:eis\s+|requirement\s+)?([A-Z][A-Za-z]{0,3}[-‐]\d{1,3}[a-z]?)\b/gi;

/** Prefers passages that read as an obligation with a subject over short cells and headings. */
/** Words of a requirement's title that say nothing about its topic. */
const TITLE_STOPWORDS: ReadonlySet<string> = new Set(["algoritme", "algorithm", "systeem", "system", "verordening", "provincie", "province", "volgens", "under", "haar", "their", "with", "from", "naar"]);
const titleStems = new WeakMap<object, ReadonlySet<string>>();
const stem = (w: string) => w.slice(0, 5);
/** Five-letter stems of the content words of a requirement's title, in both languages. */
function stemsOf(title: { nl: string; en: string }): ReadonlySet<string> {
  let stems = titleStems.get(title);
  if (!stems) {
    stems = new Set(tokenize(fold(`${title.nl} ${title.en}`)).filter((w) => w.length >= 4 && !TITLE_STOPWORDS.has(w)).map(stem));
    titleStems.set(title, stems);
  }
  return stems;
}
/** True when the passage stands under a heading named like the requirement ("3.1 Doel en reikwijdte" for purpose and scope). */
function underTitle(p: Passage, documents: readonly Document[], title: { nl: string; en: string }): boolean {
  const heading = documents[p.document]!.segments[p.segment]!.headingPath.at(-1);
  if (!heading) return false;
  const stems = stemsOf(title);
  return tokenize(fold(heading)).some((w) => w.length >= 4 && stems.has(stem(w)));
}

/** More of the requirement's own words in a passage make it more on topic (at most 3 points). */
function topicWeight(p: Passage, ri: number): number {
  const entry = p.requirements.indexOf(ri);
  if (entry < 0) return 0;
  // A passage that several requirements match is less specific evidence for each of them
  // ("classified as a high-risk AI system" is the risk class, not the purpose).
  return Math.min(3, new Set(requirementTermPositions(p, entry)).size - 1) - Math.min(2, p.requirements.length - 1);
}

function passageRank(p: Passage, documents: readonly Document[]): number {
  const seg = documents[p.document]!.segments[p.segment]!;
  let score = 0;
  if (hasConcept(p, "obligation")) score += 2;
  if (firstParty(p) !== null) score += 2;
  if (p.tokenCount >= 8) score += 1;
  if (seg.kind === "heading") score -= 3;
  if (seg.table?.row === 0) score -= 2;
  return score;
}

function milestoneText(resolved: ResolvedRuleset, cond: ConditionContext, language: Language): string {
  return resolved.milestones
    .filter((m) => evaluate(m.applies, cond))
    .map((m) => MSG[language].milestone(m.title[language], m.applicationDate))
    .join(" ");
}

/**
 * Checks the documents of one tender against a ruleset and returns a CheckReport.
 * Throws {@link RulesetError} when the ruleset does not resolve (call `resolveRuleset` first to
 * get the issues as a value).
 *
 * @example
 * const report = check([document], { ruleset: "ethiek:recommended", language: "nl" });
 * console.log(report.summary.verdict);
 */
export function check(documents: readonly Document[], options: CheckOptions = {}): CheckReport {
  const resolved = resolveCached(options.ruleset ?? "ethiek:recommended", options.rulesets ?? []);
  return runCheck(documents, resolved, options);
}

const resolvedCache = new Map<string, ResolvedRuleset>();
const objectCache = new WeakMap<Ruleset, ResolvedRuleset>();

/** Resolves a ruleset, caching built-in names and ruleset objects so compiled patterns are reused. */
export function resolveCached(ruleset: string | Ruleset, extra: readonly Ruleset[]): ResolvedRuleset {
  if (typeof ruleset === "string" && extra.length === 0) {
    const hit = resolvedCache.get(ruleset);
    if (hit) return hit;
  }
  if (typeof ruleset !== "string" && extra.length === 0) {
    const hit = objectCache.get(ruleset);
    if (hit) return hit;
  }
  const result = resolveRuleset(ruleset, extra);
  if (!result.ok) throw new RulesetError(result.errors);
  if (typeof ruleset === "string" && extra.length === 0) resolvedCache.set(ruleset, result.value);
  if (typeof ruleset !== "string" && extra.length === 0) objectCache.set(ruleset, result.value);
  return result.value;
}

/**
 * Classifies a tender: the eight tags of the catalogue, each with reasons and evidence.
 *
 * @example
 * const tags = classify([document]).filter((c) => c.holds).map((c) => c.tag);
 */
export function classify(documents: readonly Document[], options: { manifest?: Tender; language?: Language } = {}): ClassificationResult[] {
  const resolved = resolveCached("ethiek:recommended", []);
  const compiled = compile(resolved);
  const scanned = scan(compiled, documents);
  const language = options.language ?? options.manifest?.language ?? guessLanguage(documents);
  return classifyScanned(documents, scanned, options.manifest, language, compiled.targets, compiled.ruleset.requirements.map((r) => r.definition.id)).results;
}

export type { ClassificationTag };
