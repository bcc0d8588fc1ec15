// The annex "Aanvullende eisen voor algoritmen en AI": for one check, the model clauses for every
// requirement the check found missing or partial, grouped as a tender is (eisen,
// contractbepalingen, gunningscriterium), with a short B1 note per clause and its sources.
import type { CheckReport, ClauseKind, Evidence, ReasonCode, RequirementResult, RuleCondition, Source } from "@ethiek/schemas";
import { evaluateCondition, type ConditionContext, type RequirementDoc } from "@ethiek/procurement";
import type { ClauseSet, ResolvedClause } from "./resolve.js";
import { fill, type FillContext, type Language } from "./text.js";

/** One clause as it stands in the annex. */
export interface AnnexItem {
  /** "1.3": section and position. */
  readonly number: string;
  readonly clause: string;
  readonly requirement: string;
  readonly requirementTitle: string;
  readonly status: "missing" | "partial";
  readonly reason: ReasonCode;
  readonly title: string;
  /** For a partial result: the clause's own sentence on what must change (legal register). */
  readonly change?: string;
  /** The clause text, one string per paragraph; a paragraph of lines starting "- " is a list. */
  readonly paragraphs: readonly string[];
  /** Why this clause is here, in B1 language, for the procurement officer. */
  readonly note: string;
  readonly sources: readonly Source[];
  /** The sources as one line ("AI-verordening art. 12; AVG art. 35"). */
  readonly sourceLine: string;
}

export interface AnnexSection {
  readonly kind: ClauseKind;
  readonly number: number;
  readonly heading: string;
  readonly intro: string;
  readonly items: readonly AnnexItem[];
}

/** A requirement that adding clauses cannot close: a passage of the tender works against it. */
export interface AnnexEdit {
  readonly requirement: string;
  readonly requirementTitle: string;
  readonly note: string;
  readonly evidence: readonly Evidence[];
}

/** An open requirement for which the clause set has no clause: the annex gives its remediation. */
export interface AnnexGap {
  readonly requirement: string;
  readonly requirementTitle: string;
  /** What to add, from the requirement's own text (empty when unknown). */
  readonly remediation: string;
}

/** The annex for one check, ready to be written as Markdown, HTML or DOCX. */
export interface Annex {
  readonly language: Language;
  /** "Aanvullende eisen voor algoritmen en AI"; for a tender without an algorithm, whose open requirements can only be about personal data, a title that says so. */
  readonly title: string;
  /** "Bijlage bij: <tender>" when the report names the tender. */
  readonly subtitle?: string;
  readonly intro: readonly string[];
  readonly sections: readonly AnnexSection[];
  readonly edits: readonly AnnexEdit[];
  /** Requirement ids whose missing or partial result the annex closes. */
  readonly addresses: readonly string[];
  /** Requirement ids open in the report for which no clause fits (a ruleset's own requirement without a clause). */
  readonly uncovered: readonly string[];
  /** The same, with what to add, for the section "Eisen zonder modelbepaling". */
  readonly gaps: readonly AnnexGap[];
  readonly labels: { readonly sources: string; readonly note: string; readonly requirement: string; readonly edits: string; readonly editsIntro: string; readonly location: string; readonly generated: string; readonly gaps: string; readonly gapsIntro: string };
  readonly meta: { readonly ruleset: string; readonly library: string; readonly checkedAt: string; readonly checkId?: string };
}

export interface AnnexOptions {
  /** The clause set in force (from `resolveClauses`). */
  readonly clauses: ClauseSet;
  /** The annex language; default the report's. */
  readonly language?: Language;
  /** Requirement texts in the annex language (from `listRequirements`), for their titles. */
  readonly requirements?: readonly RequirementDoc[];
  /** Include the B1 note to the officer under each clause (default true). */
  readonly notes?: boolean;
}

const KIND_ORDER: readonly ClauseKind[] = ["requirement", "contract-clause", "award-criterion"];

const T = {
  nl: {
    title: "Aanvullende eisen voor algoritmen en AI",
    titlePersonalData: "Aanvullende eisen voor de verwerking van persoonsgegevens",
    subtitle: (tender: string) => `Bijlage bij: ${tender}`,
    intro: (ruleset: string, date: string) => [
      `Deze bijlage vult de aanbestedingsstukken aan. ethiek heeft de stukken op ${date} getoetst aan de regelset ${ruleset}. Voor elke eis die ontbrak of niet volledig was, staat hieronder een modelbepaling.`,
      "Neem de bepalingen over in de stukken of voeg deze bijlage toe. De bepalingen noemen de partijen Opdrachtnemer en Opdrachtgever; gebruiken de stukken andere namen, pas die dan aan. De toelichting onder elke bepaling is voor u als inkoper; haal die weg voordat u publiceert.",
    ],
    sections: {
      requirement: ["Eisen", "Neem deze eisen op in het Programma van Eisen."],
      "contract-clause": ["Contractbepalingen", "Neem deze bepalingen op in de overeenkomst."],
      "award-criterion": ["Gunningscriterium", "Neem dit op bij de gunningscriteria."],
    } as Record<ClauseKind, [string, string]>,
    sources: "Bronnen",
    note: "Toelichting",
    requirement: "Eis uit de toets",
    edits: "Aanpassingen in de bestaande stukken",
    editsIntro: "Deze punten lost een aanvulling niet op: een bepaling in de stukken werkt de eis tegen. Schrap of wijzig die bepaling.",
    location: "Vindplaats",
    gaps: "Eisen zonder modelbepaling",
    gapsIntro: "Voor deze eisen heeft de regelset geen modelbepaling. Schrijf zelf een bepaling; hieronder staat wat die moet regelen.",
    generated: "Gemaakt met ethiek",
    frameworks: { "AI Act": "AI-verordening", GDPR: "AVG" } as Record<string, string>,
    missing: "De toets vond hierover niets in de stukken.",
    negated: "De stukken sluiten dit nu uit. Klopt die uitsluiting niet, schrap haar dan en neem deze bepaling op.",
    reasons: {
      wish: "In de stukken staat dit nu als wens. Deze bepaling maakt er een eis van.",
      "question-only": "In de stukken staat dit nu alleen als vraag aan de markt of de inschrijvers. Deze bepaling maakt er een eis van.",
      "non-binding": "In de stukken staat dit nu als uitleg of voorbeeld, niet als verplichting. Deze bepaling maakt er een verplichting van.",
      "declaration-only": "In de stukken verklaart de partij dit alleen (dat zij iets weet of dat iets zo is). Deze bepaling maakt er een toezegging van.",
      deferred: "In de stukken is dit uitgesteld of opengelaten. Deze bepaling legt het nu vast.",
      placeholder: "In de stukken staat hiervoor alleen een kop of een 'PM'. Deze bepaling vult dat in.",
      "heading-only": "In de stukken staat hiervoor alleen een kop. Deze bepaling vult dat in.",
      definition: "De stukken noemen dit alleen in een begripsomschrijving. Deze bepaling maakt er een verplichting van.",
      withdrawn: "Een antwoord in de Nota van Inlichtingen heeft deze eis geschrapt. Neem haar opnieuw op, of leg vast waarom ze niet nodig is.",
      "wrong-party": "In de stukken ligt deze plicht of dit recht bij de verkeerde partij. Deze bepaling legt het bij de juiste partij.",
      "wrong-scope": "De stukken regelen dit voor een ander deel van de opdracht. Deze bepaling geldt voor het AI-systeem zelf.",
      "retention-too-short": "De bewaartermijn in de stukken is te kort. Deze bepaling zet de termijn op het minimum.",
      "no-retention-period": "In de stukken staat geen bewaartermijn. Deze bepaling legt die vast.",
      incomplete: "De stukken regelen maar een deel van deze eis. Deze bepaling regelt ook het deel dat ontbreekt.",
      "condition-not-met": "De stukken regelen dit alleen onder een voorwaarde die voor deze opdracht niet opgaat. Deze bepaling geldt zonder die voorwaarde.",
      "risk-class-inconsistent": "De risicoklasse in de stukken past niet bij het beschreven gebruik. Deze bepaling legt de juiste klasse vast.",
      "annex-not-attached": "De stukken verwijzen naar een bijlage die ontbreekt. Voeg die bijlage toe of neem deze bepaling op.",
      contradicted: "Een andere bepaling in de stukken werkt deze eis tegen. Deze bepaling alleen is niet genoeg: schrap of wijzig ook die andere bepaling (zie het einde van deze bijlage).",
    } as Partial<Record<ReasonCode, string>>,
    partialOther: "De stukken regelen dit maar voor een deel. Deze bepaling regelt het volledig.",
  },
  en: {
    title: "Additional requirements for algorithms and AI",
    titlePersonalData: "Additional requirements for the processing of personal data",
    subtitle: (tender: string) => `Annex to: ${tender}`,
    intro: (ruleset: string, date: string) => [
      `This annex supplements the tender documents. ethiek checked the documents on ${date} against the ruleset ${ruleset}. For each requirement that was missing or incomplete, a model clause follows below.`,
      "Copy the clauses into the documents or add this annex to them. The clauses call the parties the Supplier and the Contracting Authority; if the documents use other names, change them. The note under each clause is for you as the procurement officer; remove it before publication.",
    ],
    sections: {
      requirement: ["Requirements", "Add these requirements to the list of requirements."],
      "contract-clause": ["Contract clauses", "Add these clauses to the agreement."],
      "award-criterion": ["Award criterion", "Add this to the award criteria."],
    } as Record<ClauseKind, [string, string]>,
    sources: "Sources",
    note: "Note",
    requirement: "Requirement checked",
    edits: "Changes to the existing documents",
    editsIntro: "Adding text does not solve these points: a provision in the documents works against the requirement. Delete or change that provision.",
    location: "Location",
    gaps: "Requirements without a model clause",
    gapsIntro: "The ruleset has no model clause for these requirements. Write one yourself; below is what it must settle.",
    generated: "Made with ethiek",
    frameworks: {} as Record<string, string>,
    missing: "The check found nothing on this in the documents.",
    negated: "The documents now rule this out. If that exclusion is not right, delete it and add this clause.",
    reasons: {
      wish: "The documents now state this as a wish. This clause makes it a requirement.",
      "question-only": "The documents now only ask the market or the tenderers about this. This clause makes it a requirement.",
      "non-binding": "The documents now state this as an explanation or example, not as an obligation. This clause makes it an obligation.",
      "declaration-only": "In the documents the party only declares this (that it knows a rule, or that something is so). This clause turns it into a commitment.",
      deferred: "The documents put this off or leave it open. This clause settles it now.",
      placeholder: "The documents only have a heading or a 'TBD' for this. This clause fills it in.",
      "heading-only": "The documents only have a heading for this. This clause fills it in.",
      definition: "The documents only mention this in a definition. This clause makes it an obligation.",
      withdrawn: "An answer in the clarifications withdrew this requirement. Add it again, or record why it is not needed.",
      "wrong-party": "The documents put this duty or right on the wrong party. This clause puts it on the right one.",
      "wrong-scope": "The documents settle this for another part of the purchase. This clause applies to the AI system itself.",
      "retention-too-short": "The retention period in the documents is too short. This clause sets it to the minimum.",
      "no-retention-period": "The documents state no retention period. This clause sets one.",
      incomplete: "The documents settle only one part of this requirement. This clause also settles the part that is missing.",
      "condition-not-met": "The documents settle this only under a condition that does not hold for this purchase. This clause applies without that condition.",
      "risk-class-inconsistent": "The risk class in the documents does not fit the described use. This clause records the right class.",
      "annex-not-attached": "The documents refer to an annex that is missing. Add that annex or this clause.",
      contradicted: "Another provision of the documents works against this requirement. This clause alone is not enough: also delete or change that provision (see the end of this annex).",
    } as Partial<Record<ReasonCode, string>>,
    partialOther: "The documents settle this only in part. This clause settles it in full.",
  },
} as const;

/**
 * The classification of a report as the condition language sees it.
 *
 * @example
 * evaluateCondition({ tag: "high-risk" }, conditionContextOf(report)) // true for a high-risk tender
 */
export function conditionContextOf(report: CheckReport): ConditionContext {
  const tags = new Set(report.classification.filter((c) => c.holds).map((c) => c.tag));
  const hr = report.classification.find((c) => c.tag === "high-risk");
  const detail = hr?.detail ?? null;
  return { tags, annexArea: detail !== null && /^[1-8][a-e]?$/.test(detail) ? detail : null, mentions: () => false };
}

/** The classification tags a condition names. */
function tagsIn(condition: RuleCondition): string[] {
  if ("tag" in condition) return [condition.tag];
  if ("all" in condition) return condition.all.flatMap(tagsIn);
  if ("any" in condition) return condition.any.flatMap(tagsIn);
  if ("not" in condition) return [];
  return [];
}

/**
 * The clauses of the set that fit a requirement in this classification, in library order.
 *
 * @example
 * const set = resolveClauses(ruleset);
 * if (set.ok) clausesFor("logging", set.value, conditionContextOf(report)).map((c) => c.id);
 */
export function clausesFor(requirement: string, set: ClauseSet, ctx: ConditionContext): ResolvedClause[] {
  return set.clauses.filter((c) => c.requirement === requirement && evaluateCondition(c.when, ctx));
}

/**
 * Builds the annex for a report: a clause for every missing or partial requirement, grouped by
 * where it goes in a tender, with the parties and parameters of the clause set filled in.
 *
 * @example
 * const annex = buildAnnex(report, { clauses: set });
 * console.log(annex.sections.map((s) => `${s.heading}: ${s.items.length}`));
 */
export function buildAnnex(report: CheckReport, options: AnnexOptions): Annex {
  const language = options.language ?? report.language;
  const L = T[language];
  const set = options.clauses;
  const ctx = conditionContextOf(report);
  const hr = report.classification.find((c) => c.tag === "high-risk");
  const prohibited = report.classification.find((c) => c.tag === "prohibited");
  const fillCtx: FillContext = {
    language,
    supplier: set.parties.supplier[language],
    buyer: set.parties.buyer[language],
    parameters: set.parameters,
    annexPoint: ctx.annexArea ?? hr?.detail ?? "?",
    prohibitedPoint: prohibited?.detail ?? (language === "nl" ? "artikel 5" : "Article 5"),
  };
  const titles = new Map((options.requirements ?? []).map((r) => [r.id, r.title]));
  const remediations = new Map((options.requirements ?? []).map((r) => [r.id, r.remediation]));
  const gaps: AnnexGap[] = [];
  const open = report.results.filter((r): r is RequirementResult & { status: "missing" | "partial" } => r.status === "missing" || r.status === "partial");
  const byKind = new Map<ClauseKind, Omit<AnnexItem, "number">[]>();
  const addresses: string[] = [];
  const uncovered: string[] = [];
  const edits: AnnexEdit[] = [];
  for (const result of open) {
    const requirementTitle = titles.get(result.requirement) ?? result.title ?? result.requirement;
    const fitting = clausesFor(result.requirement, set, ctx);
    if (fitting.length === 0) {
      uncovered.push(result.requirement);
      gaps.push({ requirement: result.requirement, requirementTitle, remediation: remediations.get(result.requirement) ?? result.remediation ?? "" });
      continue;
    }
    const alsoChange = fitting.find((c) => c.alsoChange !== undefined && evaluateCondition(c.alsoChange.when, ctx))?.alsoChange;
    if (result.reason === "contradicted") {
      edits.push({
        requirement: result.requirement,
        requirementTitle,
        note: L.editsIntro,
        evidence: result.evidence.filter((e) => e.reason === "contradicted"),
      });
    } else if (alsoChange) {
      // The passages that made the condition true (e.g. the described prohibited practice).
      const tags = new Set(tagsIn(alsoChange.when));
      edits.push({
        requirement: result.requirement,
        requirementTitle,
        note: alsoChange.text[language],
        evidence: report.classification.filter((c) => tags.has(c.tag) && c.holds).flatMap((c) => c.evidence ?? []),
      });
    } else {
      addresses.push(result.requirement);
    }
    fitting.forEach((clause) => {
      const own = result.status === "partial" ? clause.partial?.find((p) => p.reasons.includes(result.reason)) : undefined;
      const note =
        result.status === "missing" ? (result.reason === "negated" ? L.negated : L.missing) : (L.reasons[result.reason] ?? L.partialOther);
      const item: Omit<AnnexItem, "number"> = {
        clause: clause.id,
        requirement: result.requirement,
        requirementTitle,
        status: result.status,
        reason: result.reason,
        title: clause.title[language],
        ...(own ? { change: fill(own.text[language], fillCtx) } : {}),
        paragraphs: fill(clause.text[language], fillCtx).split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== ""),
        note: options.notes === false ? "" : note,
        sources: clause.sources,
        sourceLine: clause.sources.map((s) => `${L.frameworks[s.framework] ?? s.framework} ${s.reference}`).join("; "),
      };
      byKind.set(clause.kind, [...(byKind.get(clause.kind) ?? []), item]);
    });
  }
  const sections: AnnexSection[] = [];
  for (const kind of KIND_ORDER) {
    const items = byKind.get(kind);
    if (!items || items.length === 0) continue;
    const number = sections.length + 1;
    const [heading, intro] = L.sections[kind];
    sections.push({ kind, number, heading, intro, items: items.map((item, i) => ({ ...item, number: `${number}.${i + 1}` })) });
  }
  const date = report.checkedAt.slice(0, 10);
  const tender = report.tender?.title;
  // Without an algorithm, only the GDPR requirements can be open: a title that promised algorithms
  // and AI would itself read as a description of one.
  const title = ctx.tags.has("algorithmic") || !ctx.tags.has("personal-data") ? L.title : L.titlePersonalData;
  return {
    language,
    title,
    ...(tender ? { subtitle: L.subtitle(tender) } : {}),
    intro: L.intro(report.ruleset.name, date),
    sections,
    edits,
    addresses,
    uncovered,
    gaps,
    labels: { sources: L.sources, note: L.note, requirement: L.requirement, edits: L.edits, editsIntro: L.editsIntro, location: L.location, generated: L.generated, gaps: L.gaps, gapsIntro: L.gapsIntro },
    meta: { ruleset: report.ruleset.name, library: `${set.library.name} ${set.library.version}`, checkedAt: report.checkedAt, ...(report.id ? { checkId: report.id } : {}) },
  };
}
