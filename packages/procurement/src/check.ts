// check(): classify, decide every requirement of the ruleset from the scanned passages, and build
// a CheckReport that validates against schemas/check-report.schema.json.
// How one requirement is decided is check-verdicts.ts; the report texts are check-texts.ts.
import type {
  CheckReport,
  ClassificationResult,
  ClassificationTag,
  Document,
  Evidence,
  RequirementResult,
  Ruleset,
  Severity,
  Tender,
  Waiver,
} from "@ethiek/schemas";
import { passageRank, topicWeight, underTitle } from "./check-ranking.js";
import { aiScope } from "./check-scope.js";
import { targetPassages } from "./check-targets.js";
import { MSG, type Language } from "./check-texts.js";
import { decide, type Context } from "./check-verdicts.js";
import { articleNumberOf, articlesSetAside, before, LEADING_ID, passageLabelText, requirementIdsIn, withdrawnRequirementIds } from "./check-withdrawn.js";
import { classifyScanned } from "./classify.js";
import { describeCondition, evaluate, resolveSeverity, type ConditionContext } from "./conditions.js";
import { evidenceOf } from "./evidence.js";
import { fingerprint, normaliseQuote } from "./fingerprint.js";
import { inExcludedModule } from "./modules.js";
import { modalityOf, type ModalityResult } from "./modality.js";
import { firstParty } from "./modality-party.js";
import { summarize } from "./summary.js";
import { citedArticles, coversRequirement, incorporatedArticles } from "./reference.js";
import { RulesetError, resolveRuleset, type ResolvedRuleset } from "./rulesets.js";
import { compile } from "./compile-cache.js";
import type { Passage } from "./scan-passage.js";
import { scan } from "./scan.js";
import { fold, tokenize } from "./text.js";

export type { Language };

/** The version of the checker, reported in every CheckReport. */
export const checkerVersion = "0.1.0";
export const checkerName = "@ethiek/procurement";

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

const NOT_APPLICABLE_MODULE: ModalityResult = { modality: "withdrawn", reason: "module-not-applicable" };

/** At most this many passages are quoted per requirement. */
const MAX_EVIDENCE = 3;

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
  // Articles of the general terms that another document of the tender sets aside or changes, with
  // the part that does so: another document, or another top-level part of the same one (a cover
  // letter above the vendor's terms it amends, in one file).
  const partOf = (p: Passage) => `${p.document}\u0000${documents[p.document]!.segments[p.segment]!.headingPath[0] ?? ""}`;
  const articlesAside = new Map<string, Set<string>>();
  for (const p of scanned.passages) {
    const { all, amended } = articlesSetAside(p);
    for (const n of [...all, ...amended]) articlesAside.set(n, (articlesAside.get(n) ?? new Set()).add(partOf(p)));
  }
  const setAside = (p: Passage): boolean => {
    const n = articleNumberOf(p, documents);
    if (n === null) return false;
    const own = partOf(p);
    return [n, n.split(".")[0]!].some((k) => [...(articlesAside.get(k) ?? [])].some((part) => part !== own));
  };
  const withdrawn = (p: Passage, ri?: number): boolean => {
    if (articlesAside.size > 0 && setAside(p)) return true;
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
      if (!since || (since.part && ri !== undefined && !since.passage.requirements.includes(ri))) continue;
      // A withdrawal covers every statement of the id; an amendment only the statements before it.
      if (since.all || before(p, since.passage)) return true;
    }
    return false;
  };
  const aboutAi = aiScope(documents, scanned);
  const { conflicts, complements, deferredComplements, preferred } = targetPassages(scanned, compiled.targets, modality, withdrawn);
  // The system as the subject ("Het Systeem is een AI-systeem dat …"), not a party's duty about it.
  const quoteFirst = (id: string, p: Passage) => (preferred(id)?.has(p) ?? false) && firstParty(p) === null;
  const ctx: Context = { documents, scanned, classification, cond, language, modality, withdrawn, aboutAi, conflicts, complements, deferredComplements };
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
          (underTitle(c.passage, documents, def.title) ? 2 : 0) +
          (quoteFirst(def.id, c.passage) ? 3 : 0),
      }))
      .sort((x, y) => y.rank - x.rank || x.i - y.i)
      .map((x) => x.c);
    const evidence: Evidence[] = ranked.slice(0, MAX_EVIDENCE).map((c) => evidenceOf(c.passage, documents, c.note, c.reason));
    // A requirement met elsewhere is quoted first by the passage its `quote-first` check names
    // (what the system is and does), even where that passage alone would not decide it.
    if (status === "satisfied" && !ranked.slice(0, MAX_EVIDENCE).some((c) => quoteFirst(def.id, c.passage))) {
      const first = [...(preferred(def.id) ?? [])].find((p) => quoteFirst(def.id, p) && !ctx.withdrawn(p, ri) && ctx.modality(p).modality === "obligation");
      if (first) {
        evidence.unshift(evidenceOf(first, documents, undefined, "obligation"));
        if (evidence.length > MAX_EVIDENCE) evidence.pop();
      }
    }
    // A requirement of two parts is shown with both: the clause that meets it and the one that
    // holds its other part (the retention period beside the lawful basis).
    if (status === "satisfied" && def.checks?.some((c) => c.kind === "needs-also")) {
      const shown = new Set(ranked.slice(0, MAX_EVIDENCE).map((c) => c.passage));
      // The most specific one: a passage that other requirements match (a log retention period
      // for logging) says less about this one.
      const specificity = (p: Passage) => (p.requirements.includes(ri) ? 2 : 0) - p.requirements.filter((r) => r !== ri).length;
      const other = complements(def.id)
        .filter((p) => !shown.has(p))
        .reduce<Passage | undefined>((best, p) => (best === undefined || specificity(p) > specificity(best) ? p : best), undefined);
      if (other) evidence.splice(Math.min(evidence.length, MAX_EVIDENCE - 1), 1, evidenceOf(other, documents, undefined, "obligation"));
    }
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
