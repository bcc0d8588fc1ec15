// Parts of the HTML report view: quoted passages with their place and reason, the chart of the
// counts, the AI Act dates and the sources. Internal to the package; html.ts puts them together.
import { translator } from "@ethiek/messages";
import { escapeHtml as h, type CheckReport, type Evidence, type RequirementResult, type Source } from "@ethiek/schemas";
import { chartStatuses, complianceDates, countByStatusAndSeverity, documentFormat, severityOrder } from "./shared.js";
import { type Language, dateText, placeText, reasonText, sourceLabel, sourcesText } from "./words.js";

/** "28 november 2026 om 11:00" — Dutch time, as on the web page; the ISO text when not a date. */
export function readableTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" }).format(date);
}

/**
 * Quoted passages with where they stand ("p. 9, r. 4 — 6.3 Audit en openheid", document name
 * when the tender has several) and, for results that need work, why each does not fully count in
 * plain words ("alleen een wens").
 */
export function evidenceHtml(
  evidence: readonly Evidence[],
  report: CheckReport,
  lang: Language,
  langAttr: string,
  resultReason: RequirementResult["reason"] | undefined,
  said = "",
): string {
  const t = translator(lang);
  const several = report.documents.length > 1;
  return evidence
    .map((e) => {
      const reason = e.reason ?? resultReason;
      const why =
        resultReason !== undefined && reason !== undefined
          ? `<br><span class="evidence__reason"><strong>${h(t("report.why"))}:</strong> ${h(reasonText(reason, e.note, lang))}</span>${e.note && !said.includes(e.note) ? ` <span class="evidence__note"${langAttr}>(${h(e.note)})</span>` : ""}`
          : e.note
            ? `<br><span class="evidence__note"${langAttr}>${h(e.note)}</span>`
            : "";
      return (
        `<figure class="evidence"><blockquote class="utrecht-blockquote"${langAttr}><p>${h(e.quote)}</p></blockquote>` +
        `<figcaption class="evidence__where">${several || report.documents.length === 0 ? `<span class="evidence__doc">${h(e.document)}</span>, ` : ""}` +
        `<span class="evidence__loc">${h(placeText(e, documentFormat(report, e.document), lang))}</span>${why}</figcaption></figure>`
      );
    })
    .join("");
}

/** Fill colours of the chart's statuses: dark, light and middle, so they differ in grey print too. */
const chartFill = { missing: "#a3161a", partial: "#f2c14e", satisfied: "#4f8f63" } as const;
const chartInk = { missing: "#ffffff", partial: "#1b1b1b", satisfied: "#1b1b1b" } as const;

/**
 * A small bar chart of the counts: one bar per severity, split into missing, partial and
 * satisfied, with the numbers written in the bars and a legend. An image with a title and a text
 * description for screen readers; the counts are also in the list above it.
 */
export function countsChart(report: CheckReport, lang: Language, id: string): string {
  const t = translator(lang);
  const counts = countByStatusAndSeverity(report);
  const rows = severityOrder.filter((sv) => chartStatuses.some((st) => counts[sv][st] > 0));
  if (rows.length === 0) return "";
  const labelW = 120;
  const barW = 360;
  const rowH = 28;
  const max = Math.max(...rows.map((sv) => chartStatuses.reduce((n, st) => n + counts[sv][st], 0)));
  const legendY = rows.length * rowH + 8;
  const height = legendY + 22;
  const bars = rows
    .map((sv, i) => {
      const y = i * rowH;
      let x = labelW;
      const segments = chartStatuses
        .map((st) => {
          const n = counts[sv][st];
          if (n === 0) return "";
          const w = Math.max(18, Math.round((n / max) * barW));
          const seg =
            `<rect x="${x}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${chartFill[st]}" stroke="#1b1b1b" stroke-width="0.5"/>` +
            `<text x="${x + w / 2}" y="${y + rowH / 2 + 4}" text-anchor="middle" font-size="12" fill="${chartInk[st]}">${n}</text>`;
          x += w;
          return seg;
        })
        .join("");
      return `<text x="${labelW - 8}" y="${y + rowH / 2 + 4}" text-anchor="end" font-size="13" fill="#1b1b1b">${h(t(`report.severities.${sv}`))}</text>${segments}`;
    })
    .join("");
  let lx = labelW;
  const legend = chartStatuses
    .map((st) => {
      const label = t(`report.statuses.${st}`);
      const item = `<rect x="${lx}" y="${legendY + 2}" width="12" height="12" fill="${chartFill[st]}" stroke="#1b1b1b" stroke-width="0.5"/><text x="${lx + 16}" y="${legendY + 12}" font-size="12" fill="#1b1b1b">${h(label)}</text>`;
      lx += 24 + label.length * 7;
      return item;
    })
    .join("");
  const parts = rows
    .map((sv) => `${t(`report.severities.${sv}`).toLowerCase()} ${chartStatuses.map((st) => `${counts[sv][st]} ${t(`report.statuses.${st}`).toLowerCase()}`).join(", ")}`)
    .join("; ");
  const desc = t("report.chartDesc", { parts });
  return (
    `<figure class="counts-chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${labelW + barW + 20} ${height}" width="${labelW + barW + 20}" height="${height}" font-family="system-ui, sans-serif" role="img" aria-labelledby="${id}-titel ${id}-tekst">` +
    `<title id="${id}-titel">${h(t("report.chart"))}</title><desc id="${id}-tekst">${h(desc)}</desc>${bars}${legend}</svg>` +
    `<figcaption class="visually-hidden">${h(desc)}</figcaption></figure>`
  );
}

/** The AI Act dates that apply to the tender (from the compliance-dates result), as a list. */
export function datesHtml(report: CheckReport, lang: Language, hSub: string, level: number): string {
  const t = translator(lang);
  const dates = complianceDates(report);
  if (dates.length === 0) return "";
  const langAttr = report.language === lang ? "" : ` lang="${report.language}"`;
  return (
    `<${hSub} class="utrecht-heading-${level}">${h(t("report.dates"))}</${hSub}><p class="utrecht-paragraph">${h(t("report.datesIntro"))}</p><ul class="utrecht-unordered-list dates">` +
    dates.map((d) => `<li><time datetime="${h(d.date)}">${h(dateText(d.date, lang))}</time>: <span${langAttr}>${h(d.title)}</span></li>`).join("") +
    `</ul>`
  );
}

/** The sources of a requirement, folded: a summary line and a list with links where they have one. */
export function sourcesHtml(sources: readonly Source[] | undefined, label: string, lang: Language): string {
  if (!sources || sources.length === 0) return "";
  const items = sources
    .map((s) => {
      const text = h(sourceLabel(s, lang));
      return `<li>${s.url && /^https?:\/\//i.test(s.url) ? `<a href="${h(s.url)}">${text}</a>` : text}</li>`;
    })
    .join("");
  return `<details><summary>${h(label)}: ${h(sourcesText(sources, lang))}</summary><ul>${items}</ul></details>`;
}
