import { escapeXml, type MaturityModel, type MaturityScores, type MaturityTargetLevel } from "@ethiek/schemas";
import { estimateTextWidth, lineBox, lineHeight, TEXT_METRICS, unionBox, wrapText, type Box, type TextAnchor } from "./layout.js";
import { textIn, type Language } from "./text.js";

// Charts are self-contained SVG strings: no scripts, no external fonts, images or links, so the
// API can serve them and a page can inline them under a strict Content-Security-Policy. Each has a
// <title> and <desc> (named by aria-labelledby) that state every value in words, and series differ
// by line pattern as well as colour. `chartTable` gives the same data as an HTML table for pages.

/** One series of levels per dimension, in the model's dimension order (null: no level). */
export interface ChartSeries {
  readonly id: "current" | "target" | "previous";
  readonly label: string;
  readonly levels: readonly (number | null)[];
}

/** Options of the charts. */
export interface ChartOptions {
  readonly language?: Language;
  /** Prefix of the ids inside the SVG, so two charts can sit on one page. */
  readonly idPrefix?: string;
  /** Title shown and announced; default a title in the chosen language. */
  readonly title?: string;
}

const style = {
  current: { stroke: "#1f5fa8", fill: "#1f5fa8", fillOpacity: "0.2", dash: "" },
  target: { stroke: "#2e7d32", fill: "none", fillOpacity: "0", dash: "2 4" },
  previous: { stroke: "#6b6b6b", fill: "none", fillOpacity: "0", dash: "7 4" },
} as const;

const words = {
  nl: { current: "Nu", target: "Doel", previous: "Vorige meting", level: "niveau", none: "geen antwoord", radar: "Volwassenheid per aspect", bars: "Volwassenheid per aspect over de tijd", dimension: "Aspect", of: "van" },
  en: { current: "Now", target: "Target", previous: "Previous assessment", level: "level", none: "no answer", radar: "Maturity per dimension", bars: "Maturity per dimension over time", dimension: "Dimension", of: "of" },
} as const;

const f = (n: number) => (Math.round(n * 100) / 100).toString();

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/** Height of the legend row at the top of both charts. */
const LEGEND_HEIGHT = 40;
/** Radar geometry: labels sit `labelGap` outside the outer ring, wrapped to at most `maxLines`. */
const RADAR = { radius: 180, fontSize: 13, labelGap: 14, sideLabelWidth: 170, middleLabelWidth: 150, maxLines: 3, margin: 16 } as const;
/** Bar chart: dimension labels under the axis, at least `labelGap` apart. */
const TIMELINE = { fontSize: 12, labelGap: 8, maxLines: 3, margin: 12 } as const;

/** A label wrapped into lines and placed: `x` and `baselines` relative to an origin the caller adds. */
interface PlacedLabel {
  readonly text: string;
  readonly lines: readonly string[];
  readonly truncated: boolean;
  readonly anchor: TextAnchor;
  readonly x: number;
  readonly baselines: readonly number[];
  readonly boxes: readonly Box[];
}

function placeLabel(text: string, lines: readonly string[], truncated: boolean, anchor: TextAnchor, x: number, top: number, fontSize: number): PlacedLabel {
  const baselines = lines.map((_, j) => top + j * lineHeight(fontSize) + TEXT_METRICS.ascent * fontSize);
  return { text, lines, truncated, anchor, x, baselines, boxes: lines.map((l, j) => lineBox(l, x, baselines[j]!, anchor, fontSize)) };
}

/**
 * A radar axis label relative to the centre: anchored by the axis angle (start on the right,
 * end on the left, middle at the top and bottom) and shifted vertically so the block of lines
 * sits above the top axis, below the bottom one and centred beside the side ones.
 */
function radarLabel(text: string, angle: number): PlacedLabel {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor: TextAnchor = Math.abs(cos) < 0.15 ? "middle" : cos > 0 ? "start" : "end";
  let wrapped = wrapText(text, anchor === "middle" ? RADAR.middleLabelWidth : RADAR.sideLabelWidth, RADAR.fontSize, RADAR.maxLines);
  if (anchor !== "middle" && wrapped.broken) {
    // A side label has room to grow outwards: rather a wider label than a word split in two.
    const wider = wrapText(text, RADAR.sideLabelWidth * 1.5, RADAR.fontSize, RADAR.maxLines);
    if (!wider.broken) wrapped = wider;
  }
  const r = RADAR.radius + RADAR.labelGap;
  const blockHeight = wrapped.lines.length * lineHeight(RADAR.fontSize);
  const top = r * sin - blockHeight / 2 + (sin * blockHeight) / 2;
  return placeLabel(text, wrapped.lines, wrapped.truncated, anchor, r * cos, top, RADAR.fontSize);
}

/** A label as SVG text, one <tspan> per line, moved by `(dx, dy)`; a shortened one keeps its full text as a tooltip. */
function labelText(label: PlacedLabel, dx: number, dy: number, dimension: string, attributes = ""): string {
  const x = f(dx + label.x);
  const lines = label.lines.map((l, j) => `<tspan x="${x}" y="${f(dy + label.baselines[j]!)}">${escapeXml(l)}</tspan>`).join("");
  const tooltip = label.truncated ? `<title>${escapeXml(label.text)}</title>` : "";
  return `<text x="${x}" y="${f(dy + (label.baselines[0] ?? 0))}" text-anchor="${label.anchor}"${attributes} data-dimension="${escapeXml(dimension)}">${tooltip}${lines}</text>`;
}

/** Legend entries in a row: each entry's x offset from the first, and where the last text ends. */
function legendItems(labels: readonly string[], fontSize: number, swatch: number, minAdvance: number): { x: number[]; width: number } {
  const x: number[] = [];
  let at = 0;
  let end = 0;
  for (const label of labels) {
    x.push(at);
    end = at + swatch + estimateTextWidth(label, fontSize);
    at = Math.max(at + minAdvance, end + 24);
  }
  return { x, width: end };
}

/** Inputs of {@link radarSeries}. */
export interface RadarInput {
  readonly current: MaturityScores;
  readonly target?: readonly MaturityTargetLevel[];
  readonly previous?: MaturityScores;
}

/**
 * Builds the radar's series (current, target, previous) in the model's dimension order.
 *
 * @example
 * const series = radarSeries(model, { current: scores, target: assessment.target });
 * const table = chartTable(model, series, { language: "nl" });
 */
export function radarSeries(model: MaturityModel, input: RadarInput, language: Language = "nl"): ChartSeries[] {
  const w = words[language];
  const levelsOf = (scores: MaturityScores) => model.dimensions.map((d) => scores.dimensions.find((s) => s.dimension === d.id)?.level ?? null);
  const series: ChartSeries[] = [{ id: "current", label: w.current, levels: levelsOf(input.current) }];
  if (input.target !== undefined && input.target.length > 0) {
    series.push({ id: "target", label: w.target, levels: model.dimensions.map((d) => input.target!.find((t) => t.dimension === d.id)?.level ?? null) });
  }
  if (input.previous !== undefined) series.push({ id: "previous", label: w.previous, levels: levelsOf(input.previous) });
  return series;
}

function describeSeries(model: MaturityModel, series: readonly ChartSeries[], language: Language): string {
  const w = words[language];
  const max = model.levels.length;
  return series
    .map((s) => `${s.label}: ` + model.dimensions.map((d, i) => `${textIn(d.name, language)} ${s.levels[i] == null ? w.none : `${w.level} ${s.levels[i]} ${w.of} ${max}`}`).join("; "))
    .join(". ") + ".";
}

/**
 * A radar (spider) chart of the levels per dimension: one axis per dimension, rings per level,
 * and a polygon per series — current (filled), target (dotted) and previous (dashed). A vertex's
 * distance from the centre is `radius × level ÷ highest level`; a dimension without a level is
 * drawn at the centre and described as unanswered. Axis labels are anchored by their angle and
 * wrapped over up to three lines, and the viewBox is sized to hold them (so the centre moves with
 * the labels; read it from the root). The root element carries the geometry
 * (`data-centre-x`, `data-centre-y`, `data-radius`, `data-max-level`) so tests and scripts can
 * read the drawn values back.
 *
 * @example
 * const svg = radarChart(provincialModel, { current: scores, target: assessment.target, previous: lastYear }, { language: "nl" });
 */
export function radarChart(model: MaturityModel, input: RadarInput, options: ChartOptions = {}): string {
  const language = options.language ?? "nl";
  const w = words[language];
  const id = options.idPrefix ?? "maturity-radar";
  const series = radarSeries(model, input, language);
  const max = model.levels.length;
  const n = model.dimensions.length;
  const radius = RADAR.radius;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  // Geometry relative to the centre first; the centre and the viewBox follow from the extents.
  const labels = model.dimensions.map((d, i) => radarLabel(textIn(d.name, language), angle(i)));
  const legend = legendItems(series.map((s) => s.label), RADAR.fontSize, 42, 150);
  const extents = unionBox([{ x0: -radius, y0: -radius, x1: radius, y1: radius }, ...labels.flatMap((l) => l.boxes)]);
  const width = Math.ceil(Math.max(extents.x1 - extents.x0 + 2 * RADAR.margin, 20 + legend.width + RADAR.margin));
  const cx = Math.round((width - (extents.x1 - extents.x0)) / 2 - extents.x0);
  const cy = Math.round(LEGEND_HEIGHT + RADAR.margin - extents.y0);
  const height = Math.ceil(cy + extents.y1 + RADAR.margin);
  const point = (i: number, r: number) => [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))] as const;
  const title = options.title ?? w.radar;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" data-chart="radar" data-centre-x="${f(cx)}" data-centre-y="${f(cy)}" data-radius="${radius}" data-max-level="${max}" font-family="${FONT_FAMILY}" font-size="${RADAR.fontSize}">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(describeSeries(model, series, language))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  // Rings, one per level, labelled on the first axis.
  out.push(`<g data-role="grid" fill="none" stroke="#c8c8c8" aria-hidden="true">`);
  for (let level = 1; level <= max; level++) {
    const r = (radius * level) / max;
    const ring = model.dimensions.map((_, i) => point(i, r).map(f).join(",")).join(" ");
    out.push(`<polygon points="${ring}"/>`);
  }
  for (let i = 0; i < n; i++) {
    const [x, y] = point(i, radius);
    out.push(`<line x1="${f(cx)}" y1="${f(cy)}" x2="${f(x)}" y2="${f(y)}"/>`);
  }
  out.push(`</g>`, `<g data-role="level-labels" fill="#4a4a4a" font-size="11" aria-hidden="true">`);
  for (let level = 1; level <= max; level++) {
    const [x, y] = point(0, (radius * level) / max);
    out.push(`<text x="${f(x + 4)}" y="${f(y + 4)}">${level}</text>`);
  }
  out.push(`</g>`, `<g data-role="axis-labels" fill="#1a1a1a" font-size="${RADAR.fontSize}" aria-hidden="true">`);
  model.dimensions.forEach((d, i) => out.push(labelText(labels[i]!, cx, cy, d.id)));
  out.push(`</g>`);
  // Previous and target first, so the current series is drawn on top.
  for (const s of [...series].sort((a, b) => (a.id === "current" ? 1 : 0) - (b.id === "current" ? 1 : 0))) {
    const st = style[s.id];
    const vertices = s.levels.map((level, i) => point(i, (radius * (level ?? 0)) / max));
    out.push(
      `<g data-series="${s.id}">`,
      `<polygon data-series="${s.id}" points="${vertices.map((v) => v.map(f).join(",")).join(" ")}" fill="${st.fill}" fill-opacity="${st.fillOpacity}" stroke="${st.stroke}" stroke-width="2.5"${st.dash ? ` stroke-dasharray="${st.dash}"` : ""}/>`,
    );
    vertices.forEach(([x, y], i) => {
      const level = s.levels[i] ?? null;
      const name = textIn(model.dimensions[i]!.name, language);
      out.push(
        `<circle cx="${f(x)}" cy="${f(y)}" r="4" fill="${st.stroke}" data-dimension="${escapeXml(model.dimensions[i]!.id)}" data-level="${level ?? ""}"><title>${escapeXml(`${s.label} – ${name}: ${level === null ? w.none : `${w.level} ${level}`}`)}</title></circle>`,
      );
    });
    out.push(`</g>`);
  }
  // Legend: pattern and colour, so the series can be told apart without colour.
  out.push(`<g data-role="legend" fill="#1a1a1a">`);
  series.forEach((s, i) => {
    const st = style[s.id];
    const x = 20 + legend.x[i]!;
    out.push(
      `<line x1="${x}" y1="24" x2="${x + 34}" y2="24" stroke="${st.stroke}" stroke-width="3"${st.dash ? ` stroke-dasharray="${st.dash}"` : ""}/>`,
      `<text x="${x + 42}" y="28">${escapeXml(s.label)}</text>`,
    );
  });
  out.push(`</g>`, `</svg>`);
  return out.join("\n") + "\n";
}

/** One assessment in a chart over time. */
export interface TimelinePoint {
  /** Shown under the bars, e.g. `2025` or `2026-03`. */
  readonly label: string;
  readonly scores: MaturityScores;
}

/**
 * A bar chart over time: per dimension a group of bars, one per assessment in the given order
 * (oldest first), each as high as its level (`plot height × level ÷ highest level`). A missing
 * level is drawn as a short hatched stub and described as unanswered. Dimension names are
 * wrapped under their bars; when a word is wider than its group, every second name moves to a
 * second row with a tick to its bars, so no two names overlap. The root carries
 * `data-baseline-y`, `data-plot-height` and `data-max-level` for reading values back.
 *
 * @example
 * const svg = timelineChart(provincialModel, [{ label: "2025", scores: s2025 }, { label: "2026", scores: s2026 }]);
 */
export function timelineChart(model: MaturityModel, points: readonly TimelinePoint[], options: ChartOptions = {}): string {
  const language = options.language ?? "nl";
  const w = words[language];
  const id = options.idPrefix ?? "maturity-timeline";
  const max = model.levels.length;
  const n = model.dimensions.length;
  const k = Math.max(points.length, 1);
  const barWidth = Math.max(8, Math.min(28, Math.floor(96 / k)));
  const barsWidth = k * barWidth + (k - 1) * 4;
  const groupWidth = barsWidth + 32;
  const top = 60;
  const plotHeight = 240;
  const baseline = top + plotHeight;
  // Dimension labels: wrapped to the width of their group; when a word does not fit, every
  // second label moves to a second row, so each may use the width of two groups less room for
  // the tick that leads from the axis to the label on the second row.
  const fontSize = TIMELINE.fontSize;
  const names = model.dimensions.map((d) => textIn(d.name, language));
  let wrapped = names.map((name) => wrapText(name, groupWidth - TIMELINE.labelGap, fontSize, TIMELINE.maxLines));
  const staggered = n > 1 && wrapped.some((x) => x.broken || x.truncated);
  if (staggered) wrapped = names.map((name) => wrapText(name, 2 * groupWidth - 3 * TIMELINE.labelGap, fontSize, TIMELINE.maxLines));
  const rowOf = (i: number) => (staggered ? i % 2 : 0);
  const rowHeight = (row: number) => Math.max(0, ...wrapped.filter((_, i) => rowOf(i) === row).map((x) => x.lines.length)) * lineHeight(fontSize);
  const rowTops = [baseline + 8, baseline + 8 + rowHeight(0) + 6];
  // x relative to the left edge of the plot; the plot moves right if the first label needs room.
  const xLabels = wrapped.map((x, i) => placeLabel(names[i]!, x.lines, x.truncated, "middle", 16 + i * groupWidth + barsWidth / 2, rowTops[rowOf(i)]!, fontSize));
  const labelBoxes = xLabels.flatMap((l) => l.boxes);
  const labelExtents = labelBoxes.length > 0 ? unionBox(labelBoxes) : { x0: 0, y0: baseline, x1: 0, y1: baseline };
  const left = Math.ceil(Math.max(48, TIMELINE.margin - labelExtents.x0));
  const legend = legendItems(points.map((p) => p.label), 12, 20, 110);
  const width = Math.ceil(Math.max(480, left + n * groupWidth + 20, left + labelExtents.x1 + TIMELINE.margin, left + legend.width + TIMELINE.margin));
  const height = Math.ceil(Math.max(baseline + 40, labelExtents.y1 + TIMELINE.margin));
  // Light to dark, the newest darkest; spread over the whole range so that two measurements differ
  // clearly in lightness (also in grey print), not two neighbouring blues.
  const shades = ["#b9d3ee", "#7fa7d6", "#3f76b8", "#1f5fa8", "#0f2f57"];
  const shade = (j: number) => (k <= 1 ? shades[3]! : shades[Math.round((j * (shades.length - 1)) / (k - 1))]!);
  const title = options.title ?? w.bars;
  const desc =
    model.dimensions
      .map((d, i) => `${textIn(d.name, language)}: ` + points.map((p) => `${p.label} ${levelText(p.scores, model.dimensions[i]!.id)}`).join(", "))
      .join("; ") + ".";
  function levelText(scores: MaturityScores, dimension: string): string {
    const level = scores.dimensions.find((s) => s.dimension === dimension)?.level ?? null;
    return level === null ? w.none : `${w.level} ${level} ${w.of} ${max}`;
  }
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" data-chart="timeline" data-baseline-y="${baseline}" data-plot-height="${plotHeight}" data-max-level="${max}" font-family="${FONT_FAMILY}" font-size="12">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#6b6b6b" stroke-width="2"/></pattern></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g data-role="grid" stroke="#d6d6d6" fill="#4a4a4a" font-size="11">`,
  ];
  for (let level = 0; level <= max; level++) {
    const y = baseline - (plotHeight * level) / max;
    out.push(`<line x1="${left}" y1="${f(y)}" x2="${width - 10}" y2="${f(y)}"/>`, `<text x="${left - 8}" y="${f(y + 4)}" text-anchor="end" stroke="none">${level}</text>`);
  }
  out.push(`</g>`, `<g data-role="legend" fill="#1a1a1a">`);
  points.forEach((p, j) => {
    const x = left + legend.x[j]!;
    out.push(`<rect x="${x}" y="16" width="14" height="14" fill="${shade(j)}" stroke="#1a1a1a" stroke-width="0.5"/>`, `<text x="${x + 20}" y="28">${escapeXml(p.label)}</text>`);
  });
  out.push(`</g>`);
  model.dimensions.forEach((d, i) => {
    const gx = left + 16 + i * groupWidth;
    out.push(`<g data-dimension="${escapeXml(d.id)}">`);
    points.forEach((p, j) => {
      const level = p.scores.dimensions.find((s) => s.dimension === d.id)?.level ?? null;
      const x = gx + j * (barWidth + 4);
      const label = escapeXml(`${textIn(d.name, language)}, ${p.label}: ${level === null ? w.none : `${w.level} ${level}`}`);
      if (level === null) {
        out.push(`<rect x="${x}" y="${baseline - 6}" width="${barWidth}" height="6" fill="url(#${id}-hatch)" data-point="${j}" data-level=""><title>${label}</title></rect>`);
      } else {
        const h = (plotHeight * level) / max;
        out.push(`<rect x="${x}" y="${f(baseline - h)}" width="${barWidth}" height="${f(h)}" fill="${shade(j)}" stroke="#1a1a1a" stroke-width="0.5" data-point="${j}" data-level="${level}"><title>${label}</title></rect>`);
      }
    });
    const label = xLabels[i]!;
    if (staggered) out.push(`<line x1="${f(left + label.x)}" y1="${baseline}" x2="${f(left + label.x)}" y2="${f(rowTops[rowOf(i)]! - 2)}" stroke="#8a8a8a" aria-hidden="true"/>`);
    out.push(labelText(label, left, 0, d.id, ` fill="#1a1a1a" font-size="${fontSize}"`), `</g>`);
  });
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

/**
 * The data of a chart as an accessible HTML table (caption, column and row headers), the
 * fallback a page shows beside or instead of the SVG.
 *
 * @example
 * const html = chartTable(provincialModel, radarSeries(provincialModel, { current: scores }), { language: "en" });
 */
export function chartTable(model: MaturityModel, series: readonly ChartSeries[] | readonly TimelinePoint[], options: ChartOptions = {}): string {
  const language = options.language ?? "nl";
  const w = words[language];
  const columns = series.map((s) => ("id" in s ? s.label : s.label));
  const levelAt = (s: ChartSeries | TimelinePoint, i: number): number | null =>
    "levels" in s ? (s.levels[i] ?? null) : (s.scores.dimensions.find((x) => x.dimension === model.dimensions[i]!.id)?.level ?? null);
  const rows = model.dimensions.map(
    (d, i) =>
      `<tr><th scope="row">${escapeXml(textIn(d.name, language))}</th>${series.map((s) => `<td>${levelAt(s, i) ?? escapeXml(w.none)}</td>`).join("")}</tr>`,
  );
  return [
    `<table>`,
    `<caption>${escapeXml(options.title ?? w.radar)} (${w.level} 1–${model.levels.length})</caption>`,
    `<thead><tr><th scope="col">${w.dimension}</th>${columns.map((c) => `<th scope="col">${escapeXml(c)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody>`,
    `</table>`,
  ].join("\n") + "\n";
}
