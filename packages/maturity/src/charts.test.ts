import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { assess, scored } from "../test/helpers.js";
import { chartTable, radarChart, radarSeries, timelineChart } from "./charts.js";
import { provincialModel } from "./models/index.js";

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["g", "circle", "rect", "polygon", "text", "line"].includes(name) });
const parse = (svg: string) => (parser.parse(svg) as { svg: Node }).svg;
const num = (v: unknown) => Number(v);

const current = scored(provincialModel, assess(provincialModel, { "kennis-training": 3, "kennis-werkvormen": 3, "verantwoordelijkheden-rollen": 2, "verantwoordelijkheden-opvolging": 4, "processen-toetsing": 1, "inkoop-eisen": 4, "inkoop-samenwerking": 5 }));
const previous = scored(provincialModel, assess(provincialModel, { "kennis-training": 1, "kennis-werkvormen": 2, "verantwoordelijkheden-rollen": 1, "inkoop-eisen": 2, "inkoop-samenwerking": 2, "beleid-visie": 1, "beleid-wetgeving": 1 }));
const target = provincialModel.dimensions.map((d, i) => ({ dimension: d.id, level: [4, 3, 3, 5, 2][i]! }));
// Current levels: knowledge 3, responsibilities 2, process 1, procurement 4, policy none.
const expected = { current: [3, 2, 1, 4, null], target: [4, 3, 3, 5, 2], previous: [1, 1, null, 2, 1] };

describe("radarChart", () => {
  const svg = radarChart(provincialModel, { current, target, previous });
  const root = parse(svg);
  const cx = num(root["data-centre-x"]);
  const cy = num(root["data-centre-y"]);
  const radius = num(root["data-radius"]);
  const max = num(root["data-max-level"]);

  it("is well-formed, self-contained SVG with a title and a description named by aria-labelledby", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script|href=|<image|@import|url\(http/);
    expect(root.role).toBe("img");
    expect(root["aria-labelledby"]).toBe("maturity-radar-title maturity-radar-desc");
    expect((root.title as Node)["#text"]).toBe("Volwassenheid per aspect");
    expect((root.desc as Node)["#text"]).toContain("Nu: Kennis & vaardigheden niveau 3 van 5; Verantwoordelijkheden niveau 2 van 5; Inrichting processen niveau 1 van 5; Inkoop & ethiek niveau 4 van 5; Beleid geen antwoord.");
  });

  it.each(["current", "target", "previous"] as const)("draws each %s vertex at radius × level ÷ 5 from the centre, on its dimension's axis", (series) => {
    const group = (root.g as Node[]).find((g) => g["data-series"] === series)!;
    const points = String((group.polygon as Node[])[0]!.points)
      .split(" ")
      .map((p) => p.split(",").map(Number) as [number, number]);
    expect(points).toHaveLength(5);
    points.forEach(([x, y], i) => {
      const level = expected[series][i] ?? 0;
      expect(Math.hypot(x - cx, y - cy)).toBeCloseTo((radius * level) / max, 1);
      if (level > 0) {
        // Axis i points at angle -90° + 72°·i: the first dimension straight up.
        const angle = Math.atan2(y - cy, x - cx);
        const want = -Math.PI / 2 + (2 * Math.PI * i) / 5;
        expect(Math.abs(Math.atan2(Math.sin(angle - want), Math.cos(angle - want)))).toBeLessThan(0.01);
      }
    });
    const circles = group.circle as Node[];
    expect(circles.map((c) => c["data-level"])).toEqual(expected[series].map((l) => (l === null ? "" : String(l))));
    expect(circles.map((c) => c["data-dimension"])).toEqual(provincialModel.dimensions.map((d) => d.id));
  });

  it("tells the series apart by line pattern, not only by colour, and labels them in a legend", () => {
    const dash = (id: string) => ((root.g as Node[]).find((g) => g["data-series"] === id)!.polygon as Node[])[0]!["stroke-dasharray"];
    expect(new Set([dash("current"), dash("target"), dash("previous")]).size).toBe(3);
    const legend = (root.g as Node[]).find((g) => g["data-role"] === "legend")!;
    expect((legend.text as Node[]).map((t) => t["#text"])).toEqual(["Nu", "Doel", "Vorige meting"]);
  });

  it("speaks English when asked and escapes names", () => {
    const model = { ...provincialModel, dimensions: provincialModel.dimensions.map((d, i) => (i === 0 ? { ...d, name: { en: "R&D <lab>" } } : d)) };
    const english = radarChart(model, { current }, { language: "en", idPrefix: "r2" });
    expect(XMLValidator.validate(english)).toBe(true);
    expect(english).toContain("R&amp;D &lt;lab&gt;");
    expect(english).toContain('<title id="r2-title">Maturity per dimension</title>');
    expect(english).not.toContain('data-series="target"');
  });
});

describe("timelineChart", () => {
  const svg = timelineChart(provincialModel, [
    { label: "2025", scores: previous },
    { label: "2026", scores: current },
  ]);
  const root = parse(svg);

  it("draws every bar as high as its level", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const baseline = num(root["data-baseline-y"]);
    const plot = num(root["data-plot-height"]);
    const groups = (root.g as Node[]).filter((g) => g["data-dimension"] !== undefined);
    expect(groups.map((g) => g["data-dimension"])).toEqual(provincialModel.dimensions.map((d) => d.id));
    groups.forEach((g, i) => {
      const bars = g.rect as Node[];
      [expected.previous[i], expected.current[i]].forEach((level, j) => {
        const bar = bars[j]!;
        expect(bar["data-point"]).toBe(String(j));
        if (level == null) {
          expect(bar["data-level"]).toBe("");
          expect(String(bar.fill)).toMatch(/^url\(#/);
        } else {
          expect(num(bar.height)).toBeCloseTo((plot * level) / 5, 1);
          expect(num(bar.y) + num(bar.height)).toBeCloseTo(baseline, 1);
        }
      });
    });
  });

  it("describes every value in words", () => {
    expect((root.desc as Node)["#text"]).toContain("Inrichting processen: 2025 geen antwoord, 2026 niveau 1 van 5");
    expect(root["aria-labelledby"]).toBe("maturity-timeline-title maturity-timeline-desc");
  });
});

describe("chartTable", () => {
  it("gives the radar's data as a table with row and column headers", () => {
    const html = chartTable(provincialModel, radarSeries(provincialModel, { current, target }, "en"), { language: "en" });
    expect(html).toContain('<th scope="col">Now</th><th scope="col">Target</th>');
    expect(html).toContain('<tr><th scope="row">Knowledge &amp; skills</th><td>3</td><td>4</td></tr>');
    expect(html).toContain('<tr><th scope="row">Policy</th><td>no answer</td><td>2</td></tr>');
  });

  it("gives the timeline's data as a table, one column per assessment", () => {
    const html = chartTable(provincialModel, [{ label: "2025", scores: previous }, { label: "2026", scores: current }]);
    expect(html).toContain('<th scope="col">2025</th><th scope="col">2026</th>');
    expect(html).toContain('<tr><th scope="row">Inrichting processen</th><td>geen antwoord</td><td>1</td></tr>');
  });
});
