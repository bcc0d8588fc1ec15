import type { BodyLevel, GovernanceModel, Route, StepProgress } from "@ethiek/schemas";
import { routeProgress } from "./route.js";

/** Language of the labels in a diagram. */
export type DiagramLanguage = "nl" | "en";

const LEVEL_ORDER: readonly BodyLevel[] = ["political", "bestuurlijk", "ambtelijk", "independent-advisory", "external"];
const LEVEL_LABEL: Record<BodyLevel, { nl: string; en: string }> = {
  political: { nl: "Politiek", en: "Political" },
  bestuurlijk: { nl: "Bestuurlijk", en: "Administrative" },
  ambtelijk: { nl: "Ambtelijk", en: "Official" },
  "independent-advisory": { nl: "Onafhankelijk advies", en: "Independent advice" },
  external: { nl: "Extern", en: "External" },
};
const STATUS_LABEL: Record<StepProgress["status"] | "overdue", { nl: string; en: string }> = {
  waiting: { nl: "wacht", en: "waiting" },
  active: { nl: "aan de beurt", en: "current" },
  done: { nl: "klaar", en: "done" },
  rejected: { nl: "afgewezen", en: "rejected" },
  overdue: { nl: "te laat", en: "overdue" },
};
const ROUTE_STATUS_LABEL: Record<string, { nl: string; en: string }> = {
  planned: { nl: "gepland", en: "planned" },
  "in-progress": { nl: "onderweg", en: "in progress" },
  "ready-to-complete": { nl: "klaar om af te sluiten", en: "ready to complete" },
  completed: { nl: "afgerond", en: "completed" },
  rejected: { nl: "afgewezen", en: "rejected" },
  withdrawn: { nl: "ingetrokken", en: "withdrawn" },
};
const PALETTE = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490"];

const mermaidId = (id: string): string => id.replace(/[^A-Za-z0-9]/g, "_");
const mermaidLabel = (text: string): string => `"${text.replace(/"/g, "#quot;").replace(/[<>]/g, "")}"`;
const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

interface Edge {
  from: string;
  to: string;
  kinds: string[];
}

/** Body-to-body edges of every route template (fan-outs give one edge per body; no self-loops). */
function modelEdges(model: GovernanceModel): Edge[] {
  const edges = new Map<string, Edge>();
  for (const route of model.routes) {
    const steps = new Map(route.steps.map((s) => [s.id, s]));
    for (const step of route.steps) {
      for (const n of step.next) {
        for (const from of step.bodies) {
          for (const to of steps.get(n)?.bodies ?? []) {
            if (from === to) continue;
            const key = `${from}>${to}`;
            const edge = edges.get(key) ?? { from, to, kinds: [] };
            if (!edge.kinds.includes(route.itemKind)) edge.kinds.push(route.itemKind);
            edges.set(key, edge);
          }
        }
      }
    }
  }
  return [...edges.values()];
}

/**
 * A Mermaid flowchart of a governance model: bodies grouped by level, arrows for the routes
 * (labelled with the item kinds), dashed bodies without a formal position, grey assumed bodies.
 *
 * @example
 * const text = modelToMermaid(ipoModel); // "flowchart TB\n  subgraph …"
 */
export function modelToMermaid(model: GovernanceModel, language: DiagramLanguage = "nl"): string {
  const lines = ["flowchart TB"];
  for (const level of LEVEL_ORDER) {
    const bodies = model.bodies.filter((b) => b.level === level);
    if (bodies.length === 0) continue;
    lines.push(`  subgraph level_${mermaidId(level)}[${mermaidLabel(LEVEL_LABEL[level][language])}]`);
    for (const body of bodies) lines.push(`    ${mermaidId(body.id)}[${mermaidLabel(body.name[language])}]`);
    lines.push("  end");
  }
  for (const edge of modelEdges(model)) {
    lines.push(`  ${mermaidId(edge.from)} -->|${mermaidLabel(edge.kinds.join(", "))}| ${mermaidId(edge.to)}`);
  }
  lines.push("  classDef informal stroke-dasharray: 5 5");
  lines.push("  classDef assumed fill:#f3f4f6,color:#4b5563");
  const informal = model.bodies.filter((b) => !b.formalPosition).map((b) => mermaidId(b.id));
  const assumedBodies = model.bodies.filter((b) => b.provenance.source === "assumed").map((b) => mermaidId(b.id));
  if (informal.length > 0) lines.push(`  class ${informal.join(",")} informal`);
  if (assumedBodies.length > 0) lines.push(`  class ${assumedBodies.join(",")} assumed`);
  return lines.join("\n") + "\n";
}

/**
 * A Mermaid flowchart of a route with its progress at `now`: one node per step with its status,
 * arrows from the steps it waits for.
 *
 * @example
 * const text = routeToMermaid(route, { now: new Date() });
 */
export function routeToMermaid(route: Route, options: { now?: Date | string; language?: DiagramLanguage } = {}): string {
  const language = options.language ?? "nl";
  const progress = routeProgress(route, options.now ?? route.events.at(-1)?.occurredAt ?? route.createdAt);
  const lines = ["flowchart LR"];
  for (const step of route.plan.steps) {
    const p = progress.steps.find((s) => s.stepId === step.stepId)!;
    const status = p.overdue ? "overdue" : p.status;
    const bodies = step.bodies.length === 1 ? step.bodies[0]!.name[language] : bodyCount(p, step.bodies.length, language);
    lines.push(`  ${mermaidId(step.stepId)}[${mermaidLabel(`${step.name[language]} — ${bodies} — ${STATUS_LABEL[status][language]}`)}]`);
  }
  for (const step of route.plan.steps) for (const a of step.after) lines.push(`  ${mermaidId(a)} --> ${mermaidId(step.stepId)}`);
  lines.push("  classDef done fill:#d9f2e0,stroke:#2e7d32");
  lines.push("  classDef active fill:#dbeafe,stroke:#1d4ed8");
  lines.push("  classDef overdue fill:#fde2e2,stroke:#b91c1c");
  lines.push("  classDef waiting fill:#f3f4f6,stroke:#9ca3af");
  lines.push("  classDef rejected fill:#fecaca,stroke:#7f1d1d");
  for (const p of progress.steps) lines.push(`  class ${mermaidId(p.stepId)} ${p.overdue ? "overdue" : p.status}`);
  return lines.join("\n") + "\n";
}

function bodyCount(p: StepProgress, total: number, language: DiagramLanguage): string {
  const done = p.branches.filter((b) => b.outcome !== undefined).length;
  return language === "nl" ? `${total} organen, ${done} klaar` : `${total} bodies, ${done} done`;
}

/** Splits text into at most `maxLines` lines of about `maxChars` characters. */
function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, maxChars - 1)}…`;
    return kept;
  }
  return lines;
}

function textLines(lines: readonly string[], x: number, y: number, attrs: string): string {
  return lines.map((l, i) => `<text x="${x}" y="${y + i * 15}" ${attrs}>${escapeXml(l)}</text>`).join("");
}

const SVG_STYLE =
  "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:12px;fill:#111827}.small{font-size:10px;fill:#374151}.title{font-size:15px;font-weight:600}.level{font-size:12px;font-weight:600;fill:#374151}";

/**
 * A self-contained SVG picture of a governance model: one row per level, one box per body
 * (dashed: no formal position; grey: assumed, not stated by the source), coloured arrows per route.
 *
 * @example
 * const svg = modelToSvg(zuidHollandModel); // "<svg xmlns=…"
 */
export function modelToSvg(model: GovernanceModel, language: DiagramLanguage = "nl"): string {
  const boxW = 170;
  const boxH = 58;
  const gapX = 18;
  const rowH = 120;
  const left = 140;
  const top = 50;
  const levels = LEVEL_ORDER.filter((l) => model.bodies.some((b) => b.level === l));
  const pos = new Map<string, { x: number; y: number }>();
  let widest = 0;
  levels.forEach((level, row) => {
    model.bodies
      .filter((b) => b.level === level)
      .forEach((b, i) => {
        pos.set(b.id, { x: left + i * (boxW + gapX), y: top + row * rowH });
        widest = Math.max(widest, i + 1);
      });
  });
  const legendH = 20 + 16 * (model.routes.length + 2);
  const width = left + widest * (boxW + gapX) + 20;
  const height = top + levels.length * rowH + legendH;
  const colour = new Map(model.routes.map((r, i) => [r.itemKind, PALETTE[i % PALETTE.length]!]));
  const parts: string[] = [];
  const title = `${model.name[language]}`;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title><style>${SVG_STYLE}</style>`,
    `<defs>${[...colour.entries()].map(([k, c]) => `<marker id="arrow-${mermaidId(k)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`).join("")}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="28" class="title">${escapeXml(title)}</text>`,
  );
  levels.forEach((level, row) => {
    const y = top + row * rowH;
    parts.push(`<line x1="10" y1="${y - 14}" x2="${width - 10}" y2="${y - 14}" stroke="#e5e7eb"/>`);
    parts.push(textLines(wrap(LEVEL_LABEL[level][language], 18, 2), 16, y + 24, 'class="level"'));
  });
  // Edges first so that boxes cover their ends. A fan-out to four or more bodies in one row is
  // drawn as a bus line with a drop to each body, so twelve provincial executives stay readable.
  const groups = new Map<string, Edge[]>();
  for (const edge of modelEdges(model)) {
    const b = pos.get(edge.to);
    if (!b || !pos.get(edge.from)) continue;
    const key = `${edge.from}|${edge.kinds[0]}|${b.y}`;
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  for (const edges of groups.values()) {
    const first = edges[0]!;
    const a = pos.get(first.from)!;
    const c = colour.get(first.kinds[0]!) ?? PALETTE[0]!;
    const marker = `url(#arrow-${mermaidId(first.kinds[0]!)})`;
    const x1 = a.x + boxW / 2;
    if (edges.length >= 4) {
      const targets = edges.map((e) => pos.get(e.to)!);
      const rowY = targets[0]!.y;
      const below = a.y > rowY;
      const busY = below ? rowY + boxH + 10 : rowY - 8;
      const startY = a.y === rowY ? (below ? a.y + boxH : a.y) : below ? a.y : a.y + boxH;
      const xs = [x1, ...targets.map((t) => t.x + boxW / 2)];
      const title = `<title>${escapeXml(first.kinds.join(", "))}</title>`;
      parts.push(
        `<path d="M${x1},${startY} L${x1},${busY} M${Math.min(...xs)},${busY} L${Math.max(...xs)},${busY}" fill="none" stroke="${c}" stroke-width="1.4" opacity="0.8">${title}</path>`,
      );
      for (const t of targets) {
        const tx = t.x + boxW / 2;
        const ty = below ? t.y + boxH : t.y;
        parts.push(`<path d="M${tx},${busY} L${tx},${ty}" fill="none" stroke="${c}" stroke-width="1.4" opacity="0.8" marker-end="${marker}"/>`);
      }
      continue;
    }
    for (const edge of edges) {
      const b = pos.get(edge.to)!;
      const x2 = b.x + boxW / 2;
      const [y1, y2] = a.y === b.y ? [a.y + boxH, b.y + boxH] : a.y < b.y ? [a.y + boxH, b.y] : [a.y, b.y + boxH];
      const bend = a.y === b.y ? Math.max(y1, y2) + 28 : (y1 + y2) / 2;
      parts.push(
        `<path d="M${x1},${y1} C${x1},${bend} ${x2},${bend} ${x2},${y2}" fill="none" stroke="${c}" stroke-width="1.4" opacity="0.8" marker-end="${marker}"><title>${escapeXml(edge.kinds.join(", "))}</title></path>`,
      );
    }
  }
  for (const body of model.bodies) {
    const p = pos.get(body.id)!;
    const assumed = body.provenance.source === "assumed";
    const dash = body.formalPosition ? "" : ' stroke-dasharray="5 4"';
    parts.push(
      `<g><title>${escapeXml(`${body.name[language]}: ${body.mandate.description[language]}`)}</title>`,
      `<rect x="${p.x}" y="${p.y}" width="${boxW}" height="${boxH}" rx="6" fill="${assumed ? "#f3f4f6" : "#eef2ff"}" stroke="${assumed ? "#9ca3af" : "#4338ca"}"${dash}/>`,
      textLines(wrap(body.name[language], 26, 2), p.x + 8, p.y + 18, ""),
      `<text x="${p.x + 8}" y="${p.y + boxH - 8}" class="small">${escapeXml(
        [body.mandate.binding ? (language === "nl" ? "bindend" : "binding") : language === "nl" ? "adviserend" : "advisory", body.formalPosition ? "" : language === "nl" ? "geen formele plek" : "no formal position", assumed ? (language === "nl" ? "aangenomen" : "assumed") : ""]
          .filter(Boolean)
          .join(" · "),
      )}</text></g>`,
    );
  }
  let ly = top + levels.length * rowH;
  for (const route of model.routes) {
    const c = colour.get(route.itemKind)!;
    parts.push(`<line x1="16" y1="${ly - 4}" x2="46" y2="${ly - 4}" stroke="${c}" stroke-width="2"/><text x="54" y="${ly}">${escapeXml(`${route.name[language]} (${route.itemKind})`)}</text>`);
    ly += 16;
  }
  parts.push(
    `<rect x="16" y="${ly - 10}" width="30" height="12" fill="#eef2ff" stroke="#4338ca" stroke-dasharray="5 4"/><text x="54" y="${ly}">${language === "nl" ? "gestreept: geen formele plek in de organisatie" : "dashed: no formal position in the organisation"}</text>`,
  );
  ly += 16;
  parts.push(
    `<rect x="16" y="${ly - 10}" width="30" height="12" fill="#f3f4f6" stroke="#9ca3af"/><text x="54" y="${ly}">${language === "nl" ? "grijs: aangenomen, niet uit de bron" : "grey: assumed, not stated by the source"}</text>`,
  );
  parts.push("</svg>");
  return parts.join("");
}

const STATUS_COLOURS: Record<StepProgress["status"] | "overdue", [string, string]> = {
  done: ["#d9f2e0", "#2e7d32"],
  active: ["#dbeafe", "#1d4ed8"],
  overdue: ["#fde2e2", "#b91c1c"],
  waiting: ["#f3f4f6", "#9ca3af"],
  rejected: ["#fecaca", "#7f1d1d"],
};

/**
 * A self-contained SVG picture of a route and its progress at `now`: columns of steps in order,
 * each box with its bodies (a fan-out shows how many bodies are done), status, due date and
 * whether it is overdue.
 *
 * @example
 * const svg = routeToSvg(route, { now: "2027-01-15T00:00:00Z", language: "en" });
 */
export function routeToSvg(route: Route, options: { now?: Date | string; language?: DiagramLanguage } = {}): string {
  const language = options.language ?? "nl";
  const progress = routeProgress(route, options.now ?? route.events.at(-1)?.occurredAt ?? route.createdAt);
  const depth = new Map<string, number>();
  for (const step of route.plan.steps) depth.set(step.stepId, Math.max(-1, ...step.after.map((a) => depth.get(a) ?? 0)) + 1);
  const columns = new Map<number, string[]>();
  for (const step of route.plan.steps) {
    const d = depth.get(step.stepId)!;
    columns.set(d, [...(columns.get(d) ?? []), step.stepId]);
  }
  const boxW = 210;
  const boxH = 96;
  const gapX = 46;
  const gapY = 24;
  const top = 70;
  const left = 20;
  const maxRows = Math.max(...[...columns.values()].map((c) => c.length));
  const width = left * 2 + columns.size * boxW + (columns.size - 1) * gapX;
  const height = top + maxRows * (boxH + gapY) + 10;
  const pos = new Map<string, { x: number; y: number }>();
  for (const [d, ids] of columns) ids.forEach((id, i) => pos.set(id, { x: left + d * (boxW + gapX), y: top + i * (boxH + gapY) }));
  const title = `${route.plan.routeName[language]}: ${route.plan.item.title}`;
  const status = ROUTE_STATUS_LABEL[progress.status]![language];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(`${title} (${status})`)}">`,
    `<title>${escapeXml(`${title} (${status})`)}</title><style>${SVG_STYLE}</style>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b7280"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${left}" y="28" class="title">${escapeXml(title)}</text>`,
    `<text x="${left}" y="48" class="small">${escapeXml(`${language === "nl" ? "Status" : "Status"}: ${status} · ${language === "nl" ? "stand op" : "as of"} ${progress.asOfAt.slice(0, 10)}`)}</text>`,
  ];
  for (const step of route.plan.steps) {
    const b = pos.get(step.stepId)!;
    for (const a of step.after) {
      const p = pos.get(a)!;
      const x1 = p.x + boxW;
      const y1 = p.y + boxH / 2;
      const y2 = b.y + boxH / 2;
      parts.push(`<path d="M${x1},${y1} C${x1 + gapX / 2},${y1} ${b.x - gapX / 2},${y2} ${b.x},${y2}" fill="none" stroke="#6b7280" stroke-width="1.4" marker-end="url(#arrow)"/>`);
    }
  }
  for (const step of route.plan.steps) {
    const p = progress.steps.find((s) => s.stepId === step.stepId)!;
    const key = p.overdue ? "overdue" : p.status;
    const [fill, stroke] = STATUS_COLOURS[key];
    const at = pos.get(step.stepId)!;
    const bodies = step.bodies.length === 1 ? step.bodies[0]!.name[language] : bodyCount(p, step.bodies.length, language);
    const due = p.dueAt && (p.status === "active" || p.overdue) ? ` · ${language === "nl" ? "uiterlijk" : "due"} ${p.dueAt.slice(0, 10)}` : "";
    const outcomes = [...new Set(p.branches.map((br) => br.outcome).filter((o): o is NonNullable<typeof o> => o !== undefined))].join(", ");
    parts.push(
      `<g><title>${escapeXml(step.explanation[language])}</title>`,
      `<rect x="${at.x}" y="${at.y}" width="${boxW}" height="${boxH}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${p.status === "active" ? 2.5 : 1.2}"/>`,
      textLines(wrap(step.name[language], 32, 2), at.x + 10, at.y + 20, 'font-weight="600"'),
      textLines(wrap(bodies, 36, 1), at.x + 10, at.y + 52, 'class="small"'),
      `<text x="${at.x + 10}" y="${at.y + 68}" class="small">${escapeXml(`${STATUS_LABEL[key][language]}${outcomes ? ` (${outcomes})` : ""}`)}</text>`,
      `<text x="${at.x + 10}" y="${at.y + 84}" class="small">${escapeXml(due.replace(/^ · /, ""))}</text></g>`,
    );
  }
  parts.push("</svg>");
  return parts.join("");
}
