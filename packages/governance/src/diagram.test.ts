import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { modelToMermaid, modelToSvg, routeToMermaid, routeToSvg } from "./diagram.js";
import { ipoModel, shippedModels, zuidHollandModel } from "./models/index.js";
import { planRoute } from "./plan.js";
import { createRoute, recordOutcome, start } from "./route.js";

function guideRoute() {
  const plan = planRoute(ipoModel, { kind: "interprovincial-guide", title: "Gids <Digitale> Ethiek & co" });
  if (!plan.ok) throw new Error("plan failed");
  let route = createRoute(plan.value, { id: "g", createdAt: "2026-01-01T00:00:00Z" });
  const s = start(route, { name: "IPO" }, "2026-01-01T00:00:00Z");
  if (!s.ok) throw new Error("start failed");
  route = s.value;
  const o = recordOutcome(route, { stepId: "opstellen", outcome: "approved", actor: { name: "w", bodyId: "werkgroep-ethiek", role: "chair" }, at: "2026-01-02T00:00:00Z" });
  if (!o.ok) throw new Error("outcome failed");
  return o.value;
}

describe("model diagrams", () => {
  it("draw the IPO chain in Mermaid, grouped by level, with the route's arrows", () => {
    const text = modelToMermaid(ipoModel);
    expect(text.startsWith("flowchart TB\n")).toBe(true);
    expect(text).toContain('subgraph level_ambtelijk["Ambtelijk"]');
    expect(text).toContain('werkgroep_ethiek -->|"interprovincial-guide"| programmalijn_data_innovatie');
    expect(text).toContain('werkgroep_ethiek -->|"ethics-question"| iec');
    expect(text).toContain('portefeuilleoverleg_digitalisering -->|"interprovincial-guide"| gs_limburg');
    expect(modelToMermaid(zuidHollandModel)).toContain("class ethische_denktank informal");
  });

  it.each(Object.keys(shippedModels))("draw %s as well-formed, self-contained SVG", (id) => {
    const svg = modelToSvg(shippedModels[id]!);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/href=|<script|<image/);
  });

  it("lay the IPO model out with dagre so it stays readable at 1280 px: no overlapping boxes, a plain legend", () => {
    const svg = modelToSvg(ipoModel);
    const width = Number(/^<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
    // The page's column is about 1000 px wide; at most a small scale-down keeps 13 px text readable.
    expect(width).toBeLessThanOrEqual(1200);
    const boxes = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="188" height="62"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    expect(boxes).toHaveLength(ipoModel.bodies.length);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(Math.abs(a.x - b.x) >= 188 || Math.abs(a.y - b.y) >= 62).toBe(true);
    }
    // The legend names the kinds of item in words, never their codes.
    expect(svg).toContain("Een pijl laat zien waar een stuk daarna heen gaat.");
    expect(svg).toContain(">Interprovinciale gids</text>");
    expect(svg).not.toMatch(/>[^<]*\(interprovincial-guide\)/);
  });

  it("mark the think tank dashed and assumed bodies grey in the SVG", () => {
    const svg = modelToSvg(zuidHollandModel, "en");
    expect(svg).toContain("Ethics Think Tank");
    expect(svg).toContain('stroke-dasharray="5 4"');
    expect(svg).toContain("no formal position");
    expect(svg).toContain("assumed");
  });
});

describe("route diagrams", () => {
  it("show progress in Mermaid: done, current and waiting steps, and the fan-out count", () => {
    const text = routeToMermaid(guideRoute(), { now: "2026-01-03T00:00:00Z" });
    expect(text).toContain("class opstellen done");
    expect(text).toContain("class programmalijn active");
    expect(text).toContain("class gedeputeerde_staten waiting");
    expect(text).toContain("12 organen, 0 klaar");
    expect(text).toContain("portefeuilleoverleg --> gedeputeerde_staten");
  });

  it("mark an overdue step", () => {
    expect(routeToMermaid(guideRoute(), { now: "2026-03-01T00:00:00Z" })).toContain("class programmalijn overdue");
    expect(routeToSvg(guideRoute(), { now: "2026-03-01T00:00:00Z" })).toContain("te laat");
  });

  it("draw the route as well-formed SVG with escaped text", () => {
    const svg = routeToSvg(guideRoute(), { now: "2026-01-03T00:00:00Z", language: "en" });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain("Gids &lt;Digitale&gt; Ethiek &amp; co");
    expect(svg).toContain("12 bodies, 0 done");
    expect(svg).toContain("due 2026-01-16");
  });
});
