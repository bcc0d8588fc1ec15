// The annex as Markdown: headings, numbered clauses, notes and sources.
import type { Annex } from "../annex.js";

/** Escapes the few characters that would turn clause text into Markdown markup. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}

/**
 * Writes the annex as Markdown (CommonMark), for a tender written in Markdown or for pasting.
 *
 * @example
 * writeFileSync("bijlage-ai.md", annexToMarkdown(annex));
 */
export function annexToMarkdown(annex: Annex): string {
  const out: string[] = [`# ${md(annex.title)}`, ""];
  if (annex.subtitle) out.push(md(annex.subtitle), "");
  for (const p of annex.intro) out.push(md(p), "");
  for (const section of annex.sections) {
    out.push(`## ${section.number} ${md(section.heading)}`, "", md(section.intro), "");
    for (const item of section.items) {
      out.push(`### ${item.number} ${md(item.title)}`, "");
      if (item.change) out.push(md(item.change), "");
      for (const p of item.paragraphs) out.push(md(p), "");
      if (item.note) out.push(`*${annex.labels.note}:* ${md(item.note)}`, "");
      out.push(`*${annex.labels.requirement}:* ${md(item.requirementTitle)} (\`${item.requirement}\`)`, "");
      out.push(`*${annex.labels.sources}:* ${md(item.sourceLine)}`, "");
    }
  }
  if (annex.gaps.length > 0) {
    out.push(`## ${md(annex.labels.gaps)}`, "", md(annex.labels.gapsIntro), "");
    for (const gap of annex.gaps) out.push(`- **${md(gap.requirementTitle)}** (\`${gap.requirement}\`)${gap.remediation ? `: ${md(gap.remediation)}` : ""}`);
    out.push("");
  }
  if (annex.edits.length > 0) {
    out.push(`## ${md(annex.labels.edits)}`, "", md(annex.labels.editsIntro), "");
    for (const edit of annex.edits) {
      out.push(`- **${md(edit.requirementTitle)}** (\`${edit.requirement}\`)${edit.note !== annex.labels.editsIntro ? `: ${md(edit.note)}` : ""}`);
      for (const e of edit.evidence) {
        const where = [e.document, e.page !== null ? `p. ${e.page}` : undefined, `r. ${e.line}`].filter(Boolean).join(", ");
        out.push(`  - ${annex.labels.location}: ${md(where)}`);
      }
    }
    out.push("");
  }
  out.push(`*${annex.labels.generated} (${md(annex.meta.library)}, ${md(annex.meta.ruleset)}).*`, "");
  return out.join("\n");
}
