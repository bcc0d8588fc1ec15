import { escapeHtml, type Case, type PublicCase, type PublicCaseExport } from "@ethiek/schemas";
import { commissionOf, yearOf } from "./case-text.js";
import { PrecedentIndex } from "./search.js";

/** Version of the anonymisation rules (documented in docs/cases.md); bump when they change. */
export const ANONYMISATION_RULES = "ethiek-anonimisering-1";

export interface PublicExportOptions {
  /** `public` (default): only public cases. `members`: public and internal cases, for the members of a cooperative. Confidential cases are never exported. */
  readonly audience?: "public" | "members";
  /** Tender checks citing each case (see `citationIndex`). */
  readonly citations?: ReadonlyMap<string, readonly string[]>;
  /** Extra person names to remove from every text (e.g. commission members named in free text). */
  readonly extraNames?: readonly string[];
  /** RFC 3339 time of the export. */
  readonly generatedAt: string;
}

/**
 * Every person name a case records in its structured fields.
 *
 * @example
 * personNames(c) // ["Pieter de Boer", …]: the contact, authors of reflections and analyses
 */
export function personNames(c: Case): string[] {
  const names = [
    c.requester.contact?.name,
    ...(c.reflections ?? []).flatMap((r) => r.authors.map((a) => a.name)),
    ...(c.analyses ?? []).flatMap((a) => (a.method === "instrument" ? a.answers.flatMap((x) => (x.authors ?? []).map((p) => p.name)) : [])),
  ];
  return [...new Set(names.filter((n): n is string => typeof n === "string" && n.trim() !== ""))];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Particles of Dutch surnames ("van der", "de") are not names on their own.
const PARTICLES = new Set(["van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "la", "le", "du", "von", "dr", "mr", "ir", "prof", "drs"]);

/**
 * Builds the scrubber that replaces person names, e-mail addresses and phone numbers in free text.
 * A full name is removed in any letter case; each part of three or more letters (with the surname
 * particles before it, "van der Meer") only when written with its capital, so "Anna Jansen" also
 * catches "Jansen" and "mevrouw Van der Meer" without turning "de boer" or "meer" into "[naam]".
 *
 * @example
 * scrubber(["Anna de Vries"])("Anna zei dat De Vries belt: 06-12345678"); // "[naam] zei dat [naam] belt: [telefoon]"
 */
export function scrubber(names: readonly string[]): (text: string) => string {
  const full = new Set<string>();
  const parts = new Set<string>();
  for (const name of names) {
    const clean = name.replace(/^\s*(dr|mr|ir|prof|drs)\.?\s+/i, "").trim();
    if (clean.length >= 2) full.add(clean);
    const words = clean.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.replace(/[.,]/g, "");
      if (w.length >= 3 && !PARTICLES.has(w.toLowerCase())) {
        let j = i;
        while (j > 0 && PARTICLES.has(words[j - 1]!.toLowerCase())) j--;
        parts.add(words.slice(j, i + 1).join(" "));
        parts.add(w);
      }
    }
  }
  const bounded = (alternatives: string[], flags: string) =>
    alternatives.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, flags);
  const byLength = (a: string, b: string) => b.length - a.length;
  const fullRe = bounded([...full].sort(byLength).map((p) => escapeRegExp(p).replace(/\s+/g, "\\s+")), "giu");
  // Particles may start a sentence ("Van der Meer"), so their first letter matches either case.
  const partPattern = (p: string) =>
    p
      .split(/\s+/)
      .map((w) => (PARTICLES.has(w.toLowerCase()) ? `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escapeRegExp(w.slice(1))}` : escapeRegExp(w)))
      .join("\\s+");
  const partRe = bounded([...parts].sort(byLength).map(partPattern), "gu");
  return (text) => {
    let out = text
      .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, "[e-mail]")
      .replace(/(?<!\d)(?:(?:\+31|0031)[\s-]?|0)\d(?:[\s-]?\d){8}(?!\d)/g, "[telefoon]");
    if (fullRe) out = out.replace(fullRe, "[naam]");
    if (partRe) out = out.replace(partRe, "[naam]");
    return out;
  };
}

/**
 * The public form of one case, or null when it may not be published (not closed, or confidential,
 * or internal for a public audience). Names of people, contacts, departments, event actors and
 * analysis content are left out; free text is scrubbed of names, e-mail addresses and phone numbers.
 *
 * @example
 * const p = toPublicCase(c, { generatedAt: new Date().toISOString() });
 */
export function toPublicCase(c: Case, options: PublicExportOptions): PublicCase | null {
  if (c.status !== "closed" || c.confidentiality === "confidential") return null;
  if (c.confidentiality === "internal" && options.audience !== "members") return null;
  const scrub = scrubber([...personNames(c), ...(options.extraNames ?? []), ...c.events.map((e) => e.actor)]);
  const technology = c.technology?.description;
  return {
    id: c.id,
    title: scrub(c.title),
    organisation: c.requester.organisation.name,
    commission: commissionOf(c),
    year: yearOf(c),
    question: scrub(c.question),
    ...(c.context ? { context: scrub(c.context) } : {}),
    ...(technology ? { technology: scrub(technology) } : {}),
    stakeholders: (c.stakeholders ?? []).map((s) => scrub(s.name)),
    tags: c.tags,
    analysisMethods: [...new Set((c.analyses ?? []).map((a) => a.method))],
    reflections: (c.reflections ?? []).map((r) => ({
      givenDate: r.givenDate,
      text: scrub(r.text),
      valuesWeighed: r.valuesWeighed.map((v) => ({ value: v.value, consideration: scrub(v.consideration) })),
      advice: scrub(r.advice),
    })),
    ...(c.decision
      ? {
          decision: {
            decidedDate: c.decision.decidedDate,
            decidedBy: scrub(c.decision.decidedBy),
            text: scrub(c.decision.text),
            followsAdvice: c.decision.followsAdvice,
            ...(c.decision.followUp ? { followUp: scrub(c.decision.followUp) } : {}),
            ...(c.decision.reviewDate ? { reviewDate: c.decision.reviewDate } : {}),
          },
        }
      : {}),
    citedByChecks: [...(options.citations?.get(c.id) ?? [])],
  };
}

/**
 * The public moresprudentie as JSON data (validate with `validatePrecedentSearchResult`'s sibling
 * schema `PublicCaseExport`): only the cases that may be published, anonymised, oldest first.
 *
 * @example
 * const data = exportPublic(allCases, { generatedAt: "2026-11-28T12:00:00Z" });
 * JSON.stringify(data);
 */
export function exportPublic(cases: Iterable<Case>, options: PublicExportOptions): PublicCaseExport {
  const out: PublicCase[] = [];
  for (const c of cases) {
    const p = toPublicCase(c, options);
    if (p) out.push(p);
  }
  out.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  return { generatedAt: options.generatedAt, anonymisation: ANONYMISATION_RULES, cases: out };
}

/**
 * A public case in the shape the precedent search reads: only what the export holds (scrubbed
 * texts, tags, organisation, commission and year). The reflection's author and the event's actor
 * are the scrubber's placeholder; the search neither indexes nor shows them.
 */
function searchable(p: PublicCase): Case {
  // yearOf reads the year from the closing event, commissionOf the commission from the recipient.
  const at = `${p.year}-07-01T00:00:00.000Z`;
  return {
    schemaVersion: "1.0",
    id: p.id,
    title: p.title,
    status: "closed",
    requester: { organisation: { name: p.organisation } },
    to: { name: p.commission },
    question: p.question,
    ...(p.context ? { context: p.context } : {}),
    ...(p.technology ? { technology: { description: p.technology } } : {}),
    confidentiality: "public",
    tags: p.tags,
    reflections: p.reflections.map((r, i) => ({
      id: `reflectie-${i + 1}`,
      authors: [{ name: "[naam]" }],
      givenDate: r.givenDate,
      text: r.text,
      binding: false,
      valuesWeighed: r.valuesWeighed,
      advice: r.advice,
    })),
    ...(p.decision ? { decision: p.decision } : {}),
    events: [{ from: null, to: "closed", actor: "[naam]", at }],
    createdAt: at,
  };
}

/**
 * The moresprudentie search over public cases only (see {@link toPublicCase}): the same ranking,
 * facets and snippets as {@link PrecedentIndex}, over exactly the anonymised texts the export
 * publishes, so a hit's title and snippets never show more than the export does.
 *
 * @example
 * const index = publicPrecedentIndex(exportPublic(cases, { generatedAt }).cases);
 * index.search("drones").hits[0]?.snippets; // fragments of the scrubbed texts
 */
export function publicPrecedentIndex(cases: Iterable<PublicCase>): PrecedentIndex {
  return PrecedentIndex.build([...cases].map(searchable));
}

const ADVICE: Record<"yes" | "partly" | "no", string> = {
  yes: "De organisatie volgt het advies.",
  partly: "De organisatie volgt het advies voor een deel.",
  no: "De organisatie volgt het advies niet.",
};

/**
 * Escapes text for Markdown so that no character in a case can start markup or HTML.
 *
 * @example
 * escapeMarkdown("# *a* <b>") // "\\# \\*a\\* &lt;b&gt;"
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (ch) => (ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === "&" ? "&amp;" : `\\${ch}`));
}

const dutchDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  const months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
};

/** The booklet's parts as plain text, shared by the Markdown and HTML renderings. */
function sections(p: PublicCase): { heading: string; paragraphs: string[] }[] {
  const s: { heading: string; paragraphs: string[] }[] = [];
  s.push({ heading: "De vraag", paragraphs: [p.question] });
  if (p.context) s.push({ heading: "Waar het over gaat", paragraphs: [p.context] });
  if (p.technology) s.push({ heading: "De technologie", paragraphs: [p.technology] });
  if (p.tags.values.length > 0) s.push({ heading: "Waarden", paragraphs: [p.tags.values.map((v) => v.replaceAll("-", " ")).join(", ")] });
  for (const r of p.reflections) {
    s.push({
      heading: `Reflectie van de commissie (${dutchDate(r.givenDate)}, niet bindend)`,
      paragraphs: [r.text, ...r.valuesWeighed.map((v) => `${v.value.replaceAll("-", " ")}: ${v.consideration}`), `Advies: ${r.advice}`],
    });
  }
  if (p.decision) {
    const d = p.decision;
    s.push({
      heading: `Besluit (${dutchDate(d.decidedDate)}, ${d.decidedBy})`,
      paragraphs: [
        d.text,
        ADVICE[d.followsAdvice],
        ...(d.followUp ? [`Wat er daarna gebeurt: ${d.followUp}`] : []),
        ...(d.reviewDate ? [`Het besluit wordt opnieuw bekeken op ${dutchDate(d.reviewDate)}.`] : []),
      ],
    });
  }
  if (p.citedByChecks.length > 0) {
    s.push({ heading: "Aangehaald bij aanbestedingen", paragraphs: [`Deze casus onderbouwt een uitzondering in ${p.citedByChecks.length} toets(en) van aanbestedingen.`] });
  }
  return s;
}

const INTRO =
  "Dit is de ethische leidraad: casussen die een ethische commissie heeft besproken, met haar reflectie en het besluit dat de organisatie daarna nam. Een reflectie is een advies. Het is niet bindend. Namen van personen staan er niet in.";

/**
 * The public export as a readable Markdown booklet in Dutch (B1): per case the question, the
 * values, the non-binding reflection and the decision. All case text is escaped.
 *
 * @example
 * const md = bookletMarkdown(exportPublic(cases, { generatedAt }), "Ethische leidraad DataFryslân");
 */
export function bookletMarkdown(data: PublicCaseExport, title = "Ethische leidraad"): string {
  const lines = [`# ${escapeMarkdown(title)}`, "", INTRO, "", `Aantal casussen: ${data.cases.length}.`, ""];
  for (const p of data.cases) {
    lines.push(`## ${escapeMarkdown(p.title)}`, "", `*${escapeMarkdown(p.organisation)} · ${escapeMarkdown(p.commission)} · ${p.year}*`, "");
    for (const sec of sections(p)) {
      lines.push(`### ${escapeMarkdown(sec.heading)}`, "");
      for (const para of sec.paragraphs) lines.push(escapeMarkdown(para), "");
    }
  }
  return lines.join("\n");
}

/**
 * The same booklet as one self-contained, escaped HTML page (no scripts, no external resources).
 *
 * @example
 * const html = bookletHtml(exportPublic(cases, { generatedAt }));
 */
export function bookletHtml(data: PublicCaseExport, title = "Ethische leidraad"): string {
  const e = escapeHtml;
  const body = data.cases
    .map((p) => {
      const secs = sections(p)
        .map((sec) => `<h3>${e(sec.heading)}</h3>\n${sec.paragraphs.map((x) => `<p>${e(x)}</p>`).join("\n")}`)
        .join("\n");
      return `<article id="${e(p.id)}">\n<h2>${e(p.title)}</h2>\n<p class="meta">${e(p.organisation)} · ${e(p.commission)} · ${p.year}</p>\n${secs}\n</article>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}article{border-top:1px solid #ccc;padding-top:1rem;margin-top:2rem}.meta{color:#555}</style>
</head>
<body>
<h1>${e(title)}</h1>
<p>${e(INTRO)}</p>
<p>Aantal casussen: ${data.cases.length}.</p>
${body}
</body>
</html>
`;
}
