import { escapeXml, type BodyLevel, type GovernanceModel, type Route, type StepProgress } from "@ethiek/schemas";
import dagre from "@dagrejs/dagre";
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

/** Words of the model diagram's legend, in plain language. */
const MODEL_LEGEND = {
  nl: {
    arrows: "Een pijl laat zien waar een stuk daarna heen gaat. Elke kleur is een soort stuk:",
    dashed: "Vak met stippellijn: dit orgaan heeft geen vaste plek in de organisatie.",
    grey: "Grijs vak: de bron noemt dit niet; wij nemen aan dat het zo werkt.",
    binding: "bindend = mag besluiten; adviserend = geeft advies.",
  },
  en: {
    arrows: "An arrow shows where an item goes next. Each colour is one kind of item:",
    dashed: "Dashed box: this body has no fixed place in the organisation.",
    grey: "Grey box: the source does not say so; we assume it works like this.",
    binding: "binding = may decide; advisory = gives advice.",
  },
} as const;

/**
 * A self-contained SVG picture of a governance model, laid out by dagre from left to right along
 * the routes: one box per body with its level and whether it decides or advises (dashed: no formal
 * position; grey: assumed, not stated by the source), coloured arrows per kind of item, and a
 * legend in plain words. Many bodies that receive the same item (twelve provincial executives)
 * stack in one column, so the picture stays readable at page width.
 *
 * @example
 * const svg = modelToSvg(zuidHollandModel); // "<svg xmlns=…"
 */
export function modelToSvg(model: GovernanceModel, language: DiagramLanguage = "nl"): string {
  const boxW = 188;
  const boxH = 62;
  const top = 56;
  const left = 16;
  const graph = new dagre.graphlib.Graph({ multigraph: false });
  graph.setGraph({ rankdir: "LR", nodesep: 10, ranksep: 44, edgesep: 8, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const body of model.bodies) graph.setNode(body.id, { width: boxW, height: boxH });
  const edges = modelEdges(model);
  for (const edge of edges) graph.setEdge(edge.from, edge.to, {});
  dagre.layout(graph);
  const laid = graph.graph();
  const graphW = Math.ceil(laid.width ?? boxW);
  const graphH = Math.ceil(laid.height ?? boxH);
  const legend = MODEL_LEGEND[language];
  const legendLines = 1 + model.routes.length + 3;
  const width = Math.max(graphW + 2 * left, 560);
  const height = top + graphH + 24 + legendLines * 18 + 8;
  const colour = new Map(model.routes.map((r, i) => [r.itemKind, PALETTE[i % PALETTE.length]!]));
  const parts: string[] = [];
  const title = `${model.name[language]}`;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title><style>${SVG_STYLE}.name{font-size:13px}.legend{font-size:13px}</style>`,
    `<defs>${[...colour.entries()].map(([k, c]) => `<marker id="arrow-${mermaidId(k)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`).join("")}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${left}" y="28" class="title">${escapeXml(title)}</text>`,
  );
  // Edges first, so that boxes cover their ends; dagre gives each edge its bend points.
  for (const edge of edges) {
    const points: ReadonlyArray<{ x: number; y: number }> = graph.edge(edge.from, edge.to)?.points ?? [];
    if (points.length < 2) continue;
    const kind = edge.kinds[0]!;
    const c = colour.get(kind) ?? PALETTE[0]!;
    const d = points.map((pt, i) => `${i === 0 ? "M" : "L"}${round(pt.x + left)},${round(pt.y + top)}`).join(" ");
    const names = edge.kinds.map((k) => model.routes.find((r) => r.itemKind === k)?.name[language] ?? k).join(", ");
    parts.push(
      `<path d="${d}" fill="none" stroke="${c}" stroke-width="1.6" stroke-linejoin="round" marker-end="url(#arrow-${mermaidId(kind)})"><title>${escapeXml(names)}</title></path>`,
    );
  }
  for (const body of model.bodies) {
    const node = graph.node(body.id);
    const x = round(node.x - boxW / 2 + left);
    const y = round(node.y - boxH / 2 + top);
    const assumed = body.provenance.source === "assumed";
    const dash = body.formalPosition ? "" : ' stroke-dasharray="5 4"';
    // In the box: level and mandate; dashed and grey say the rest, in words in the tooltip.
    const facts = [LEVEL_LABEL[body.level][language].toLowerCase(), body.mandate.binding ? (language === "nl" ? "bindend" : "binding") : language === "nl" ? "adviserend" : "advisory"];
    const more = [
      body.formalPosition ? "" : language === "nl" ? "geen formele plek" : "no formal position",
      assumed ? (language === "nl" ? "aangenomen" : "assumed") : "",
    ].filter(Boolean);
    parts.push(
      `<g><title>${escapeXml(`${body.name[language]}${more.length > 0 ? ` (${more.join(", ")})` : ""}: ${body.mandate.description[language]}`)}</title>`,
      `<rect x="${x}" y="${y}" width="${boxW}" height="${boxH}" rx="6" fill="${assumed ? "#f3f4f6" : "#eef2ff"}" stroke="${assumed ? "#6b7280" : "#4338ca"}"${dash}/>`,
      textLines(wrap(body.name[language], 24, 2), x + 7, y + 18, 'class="name"'),
      `<text x="${x + 8}" y="${y + boxH - 8}" class="small">${escapeXml(facts.join(" · "))}</text></g>`,
    );
  }
  let ly = top + graphH + 30;
  parts.push(`<text class="legend" x="${left}" y="${ly}">${escapeXml(legend.arrows)}</text>`);
  ly += 18;
  for (const route of model.routes) {
    const c = colour.get(route.itemKind)!;
    parts.push(`<line x1="${left + 8}" y1="${ly - 4}" x2="${left + 38}" y2="${ly - 4}" stroke="${c}" stroke-width="2.5"/><text class="legend" x="${left + 46}" y="${ly}">${escapeXml(route.name[language])}</text>`);
    ly += 18;
  }
  parts.push(
    `<rect x="${left + 8}" y="${ly - 10}" width="30" height="12" fill="#eef2ff" stroke="#4338ca" stroke-dasharray="5 4"/><text class="legend" x="${left + 46}" y="${ly}">${escapeXml(legend.dashed)}</text>`,
  );
  ly += 18;
  parts.push(`<rect x="${left + 8}" y="${ly - 10}" width="30" height="12" fill="#f3f4f6" stroke="#6b7280"/><text class="legend" x="${left + 46}" y="${ly}">${escapeXml(legend.grey)}</text>`);
  ly += 18;
  parts.push(`<text class="legend" x="${left}" y="${ly}">${escapeXml(legend.binding)}</text>`);
  parts.push("</svg>");
  return parts.join("");
}

const round = (n: number): number => Math.round(n * 10) / 10;

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
