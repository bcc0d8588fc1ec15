// The annex as HTML: a standalone page (or a fragment for the web page) with a copy button per
// clause. Every text is escaped; the page carries its own styles and one small copy script.
import { escapeHtml } from "@ethiek/schemas";
import type { Annex, AnnexItem } from "../annex.js";

export interface AnnexHtmlOptions {
  /** Add a copy button to every clause (needs the copy script; default true). */
  readonly copyButtons?: boolean;
  /** A nonce for the inline script and style, for a Content-Security-Policy. */
  readonly nonce?: string;
  /** Only the <article>, without <html>, styles or script (for embedding). */
  readonly fragment?: boolean;
  /** Render the copy buttons `hidden`, for a page whose own script shows them (default false). */
  readonly hiddenButtons?: boolean;
  /** The heading level of the annex title (default 1; 2 when embedded under a page title). */
  readonly headingLevel?: 1 | 2;
  /** Extra classes for the host page's design system (e.g. NL Design System's utrecht-paragraph). */
  readonly classes?: { readonly headings?: readonly [string, string, string]; readonly paragraph?: string; readonly button?: string };
}

const copyLabel = { nl: "Kopieer bepaling", en: "Copy clause" } as const;
const copiedLabel = { nl: "De bepaling is gekopieerd.", en: "The clause has been copied." } as const;

/**
 * The plain text of one clause, as the copy button puts it on the clipboard.
 *
 * @example
 * clauseText(annex.sections[0]!.items[0]!) // "1.1 Logging\n\nDe leverancier …"
 */
export function clauseText(item: AnnexItem): string {
  return [`${item.number} ${item.title}`, ...(item.change ? [item.change] : []), ...item.paragraphs].join("\n\n");
}

/**
 * The annex body: sections, clauses with their copy buttons, notes, sources and edits.
 *
 * @example
 * const html = annexArticle(annex, { headingLevel: 2, hiddenButtons: true }); // for a page with its own script
 */
export function annexArticle(annex: Annex, options: AnnexHtmlOptions = {}): string {
  const copy = options.copyButtons !== false;
  const e = escapeHtml;
  const l = options.headingLevel ?? 1;
  const [h1, h2, h3] = [`h${l}`, `h${l + 1}`, `h${l + 2}`];
  const hc = options.classes?.headings ?? ["", "", ""];
  const [c1, c2, c3] = hc.map((c) => (c ? ` class="${e(c)}"` : ""));
  const pc = options.classes?.paragraph ? ` ${e(options.classes.paragraph)}` : "";
  const bc = options.classes?.button ? ` ${e(options.classes.button)}` : "";
  const para = (cls: string) => ` class="${cls}${pc}"`;
  const parts: string[] = [`<article class="ethiek-annex" lang="${annex.language}">`, `<${h1}${c1}>${e(annex.title)}</${h1}>`];
  if (annex.subtitle) parts.push(`<p${para("subtitle")}>${e(annex.subtitle)}</p>`);
  for (const p of annex.intro) parts.push(`<p${para("intro")}>${e(p)}</p>`);
  for (const section of annex.sections) {
    parts.push(`<section class="annex-section" data-kind="${section.kind}">`, `<${h2}${c2}>${section.number} ${e(section.heading)}</${h2}>`, `<p${para("intro")}>${e(section.intro)}</p>`);
    for (const item of section.items) {
      const id = `clause-${item.number.replace(".", "-")}`;
      parts.push(`<section class="clause" id="${id}" data-requirement="${e(item.requirement)}" data-clause="${e(item.clause)}">`);
      parts.push(`<${h3}${c3} id="${id}-title">${e(item.number)} ${e(item.title)}</${h3}>`);
      parts.push(`<div class="clause-text" id="${id}-text">`);
      if (item.change) parts.push(`<p${para("change")}>${e(item.change)}</p>`);
      for (const p of item.paragraphs) parts.push(`<p${pc ? ` class="${pc.trim()}"` : ""}>${e(p)}</p>`);
      parts.push(`</div>`);
      if (copy) {
        parts.push(
          `<p class="copy-row"><button type="button" class="copy${bc}" data-copy-text="${e(clauseText(item))}" data-text-copied="${copiedLabel[annex.language]}"${options.hiddenButtons ? " hidden" : ""}>${copyLabel[annex.language]}<span class="visually-hidden">: ${e(item.number)} ${e(item.title)}</span></button><span class="copy-status" role="status" aria-live="polite"></span></p>`,
        );
      }
      if (item.note) parts.push(`<p${para("note")}><strong>${e(annex.labels.note)}:</strong> ${e(item.note)}</p>`);
      parts.push(`<p${para("note")}><strong>${e(annex.labels.requirement)}:</strong> ${e(item.requirementTitle)} (<code>${e(item.requirement)}</code>)</p>`);
      parts.push(`<p${para("sources")}><strong>${e(annex.labels.sources)}:</strong> ${e(item.sourceLine)}</p>`, `</section>`);
    }
    parts.push(`</section>`);
  }
  if (annex.gaps.length > 0) {
    parts.push(`<section class="gaps">`, `<${h2}${c2}>${e(annex.labels.gaps)}</${h2}>`, `<p${pc ? ` class="${pc.trim()}"` : ""}>${e(annex.labels.gapsIntro)}</p>`, `<ul>`);
    for (const gap of annex.gaps) parts.push(`<li><strong>${e(gap.requirementTitle)}</strong> (<code>${e(gap.requirement)}</code>)${gap.remediation ? `: ${e(gap.remediation)}` : ""}</li>`);
    parts.push(`</ul>`, `</section>`);
  }
  if (annex.edits.length > 0) {
    parts.push(`<section class="edits">`, `<${h2}${c2}>${e(annex.labels.edits)}</${h2}>`, `<p${pc ? ` class="${pc.trim()}"` : ""}>${e(annex.labels.editsIntro)}</p>`, `<ul>`);
    for (const edit of annex.edits) {
      const where = edit.evidence.map((ev) => [ev.document, ev.page !== null ? `p. ${ev.page}` : undefined, `r. ${ev.line}`].filter(Boolean).join(", "));
      parts.push(`<li><strong>${e(edit.requirementTitle)}</strong> (<code>${e(edit.requirement)}</code>)${edit.note !== annex.labels.editsIntro ? ` ${e(edit.note)}` : ""}${where.length > 0 ? `: ${e(annex.labels.location)} ${e(where.join("; "))}` : ""}</li>`);
    }
    parts.push(`</ul>`, `</section>`);
  }
  parts.push(`<p${para("generated")}>${e(annex.labels.generated)} (${e(annex.meta.library)}, ${e(annex.meta.ruleset)}).</p>`, `</article>`);
  return parts.join("\n");
}

/**
 * The copy script of the standalone page: copies a clause's text and says so in its status line.
 *
 * @example
 * const script = `<script nonce="${nonce}">${copyScript()}</script>`;
 */
export function copyScript(): string {
  return `document.addEventListener("click",function(ev){var b=ev.target&&ev.target.closest?ev.target.closest("button[data-copy-text]"):null;if(!b)return;var t=b.getAttribute("data-copy-text")||"";var s=b.parentNode.querySelector(".copy-status");var done=function(){if(s)s.textContent=b.getAttribute("data-text-copied")||"";};if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(t).then(done,done);}else{var a=document.createElement("textarea");a.value=t;document.body.appendChild(a);a.select();try{document.execCommand("copy");}catch(e){}a.remove();done();}});`;
}

/** The styles of the standalone page. */
export const annexStyles = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem;margin-bottom:.3rem}
.clause{margin:1rem 0 1.5rem}.change{font-style:italic}.note,.sources{font-size:.9rem;color:#444}
button.copy{font:inherit;font-size:.9rem;padding:.25rem .6rem;border:1px solid #1d4f91;background:#fff;color:#1d4f91;border-radius:3px;cursor:pointer}
button.copy:focus-visible{outline:3px solid #f0b400;outline-offset:2px}
.copy-status{margin-left:.5rem;font-size:.9rem;color:#0a6b2d}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{.copy-row{display:none}}`;

/**
 * Writes the annex as a standalone HTML page with a copy button per clause.
 *
 * @example
 * writeFileSync("bijlage-ai.html", annexToHtml(annex));
 */
export function annexToHtml(annex: Annex, options: AnnexHtmlOptions = {}): string {
  const article = annexArticle(annex, options);
  if (options.fragment) return article;
  const nonce = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : "";
  const script = options.copyButtons === false ? "" : `\n<script${nonce}>${copyScript()}</script>`;
  return `<!doctype html>
<html lang="${annex.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(annex.title)}</title>
<style${nonce}>${annexStyles}</style>
</head>
<body>
<main>
${article}
</main>${script}
</body>
</html>
`;
}
