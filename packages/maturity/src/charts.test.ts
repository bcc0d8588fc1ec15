import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { assess, scored } from "../test/helpers.js";
import type { MaturityModel, MaturityScores } from "@ethiek/schemas";
import { chartTable, radarChart, radarSeries, timelineChart } from "./charts.js";
import { boxesOverlap, lineBox, type Box, type TextAnchor } from "./layout.js";
import { provincialModel } from "./models/index.js";

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["g", "circle", "rect", "polygon", "text", "line", "tspan"].includes(name) });
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

// Layout with long labels: every label's estimated box (the same estimate the layout uses) lies
// inside the viewBox, and no two labels overlap.
const longNames: readonly (readonly [string, string])[] = [
  ["Kennis & vaardigheden van medewerkers", "Knowledge & skills of staff"],
  ["Verantwoordelijkheden", "Responsibilities"],
  ["Inrichting van processen en toetsing", "Design of processes and review"],
  ["Gegevensbeschermingseffectbeoordeling", "Data protection impact assessment"],
  ["Inkoop & ethiek bij aanbestedingen", "Procurement & ethics in tenders"],
  ["Transparantie en uitlegbaarheid van algoritmen", "Transparency and explainability of algorithms"],
  ["Samenwerking met ketenpartners", "Collaboration with chain partners"],
  ["Beleid", "Policy"],
  ["Toezicht en verantwoording", "Oversight and accountability"],
  ["Informatiebeveiligingsbeleid", "Information security policy"],
  ["Menselijke tussenkomst en bezwaarprocedures", "Human intervention and objection procedures"],
  ["Participatie van inwoners", "Participation of residents"],
];

function modelWith(n: number, names: readonly (readonly [string, string])[] = longNames): MaturityModel {
  return { ...provincialModel, dimensions: names.slice(0, n).map(([nl, en], i) => ({ ...provincialModel.dimensions[i % 5]!, id: `aspect-${i}`, name: { nl, en } })) };
}

function scoresFor(model: MaturityModel, levelAt: (i: number) => number | null): MaturityScores {
  return { ...current, dimensions: model.dimensions.map((d, i) => ({ ...current.dimensions[0]!, dimension: d.id, level: levelAt(i) })) };
}

function viewBox(root: Node): Box {
  const [x0, y0, w, h] = String(root.viewBox).split(" ").map(Number) as [number, number, number, number];
  expect(num(root.width)).toBe(w);
  expect(num(root.height)).toBe(h);
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

/** The estimated box of every line of a label drawn as <text> with <tspan> lines. */
function textBoxes(text: Node, fontSize: number): Box[] {
  const anchor = String(text["text-anchor"] ?? "start") as TextAnchor;
  return ((text.tspan as Node[] | undefined) ?? []).map((t) => lineBox(String(t["#text"]), num(t.x), num(t.y), anchor, fontSize));
}

/** The text a label shows, its lines joined (a word split with a hyphen joined back). */
const shown = (text: Node) => ((text.tspan as Node[]) ?? []).map((t) => String(t["#text"])).join(" ").replace(/- /g, "");

const inside = (box: Box, outer: Box) => box.x0 >= outer.x0 && box.y0 >= outer.y0 && box.x1 <= outer.x1 && box.y1 <= outer.y1;

function expectApart(labels: readonly { name: string; boxes: Box[] }[]): void {
  for (let a = 0; a < labels.length; a++) {
    for (let b = a + 1; b < labels.length; b++) {
      for (const boxA of labels[a]!.boxes) {
        for (const boxB of labels[b]!.boxes) expect(boxesOverlap(boxA, boxB), `"${labels[a]!.name}" overlaps "${labels[b]!.name}"`).toBe(false);
      }
    }
  }
}

const group = (root: Node, role: string) => (root.g as Node[]).find((g) => g["data-role"] === role)!;
const cases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((n) => (["nl", "en"] as const).map((language) => ({ n, language })));

describe("radarChart with long labels", () => {
  it.each(cases)("keeps all $n labels ($language) inside the viewBox, whole, and apart", ({ n, language }) => {
    const model = modelWith(n);
    const scores = scoresFor(model, (i) => (i === 2 ? null : (i % 5) + 1));
    const svg = radarChart(model, { current: scores, previous: scoresFor(model, () => 1), target: model.dimensions.map((d) => ({ dimension: d.id, level: 5 })) }, { language });
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = parse(svg);
    const box = viewBox(root);
    const labelGroup = group(root, "axis-labels");
    const fontSize = num(labelGroup["font-size"]);
    const texts = labelGroup.text as Node[];
    expect(texts.map((t) => t["data-dimension"])).toEqual(model.dimensions.map((d) => d.id));
    const labels = texts.map((t, i) => ({ name: longNames[i]![language === "nl" ? 0 : 1], boxes: textBoxes(t, fontSize) }));
    labels.forEach(({ name, boxes }, i) => {
      expect(boxes.length).toBeGreaterThanOrEqual(1);
      expect(boxes.length).toBeLessThanOrEqual(3);
      for (const b of boxes) expect(inside(b, box), `"${name}" inside the viewBox`).toBe(true);
      expect(shown(texts[i]!)).toBe(name);
    });
    // The legend is a label too: inside and clear of the axis labels.
    const legend = group(root, "legend");
    const legendBoxes = (legend.text as Node[]).map((t) => lineBox(String(t["#text"]), num(t.x), num(t.y), "start", fontSize));
    for (const b of legendBoxes) expect(inside(b, box)).toBe(true);
    expectApart([...labels, { name: "legend", boxes: legendBoxes }]);
    // Moving the labels moved the centre, not the meaning: each vertex still lies at radius × level ÷ 5.
    const cx = num(root["data-centre-x"]);
    const cy = num(root["data-centre-y"]);
    const radius = num(root["data-radius"]);
    const points = String((((root.g as Node[]).find((g) => g["data-series"] === "current")!.polygon as Node[])[0]!.points)).split(" ");
    points.forEach((p, i) => {
      const [x, y] = p.split(",").map(Number) as [number, number];
      expect(Math.hypot(x - cx, y - cy)).toBeCloseTo((radius * (i === 2 ? 0 : (i % 5) + 1)) / 5, 1);
    });
  });

  it("shortens a label that does not fit in three lines, keeps it inside, and gives the full name as a tooltip", () => {
    const endless = "Zeer lange naam van een aspect dat maar doorgaat en doorgaat zonder ooit te stoppen, want niemand heeft hem ingekort";
    const model = modelWith(5, [[endless, endless], ...longNames.slice(1)]);
    const root = parse(radarChart(model, { current: scoresFor(model, () => 3) }));
    const text = (group(root, "axis-labels").text as Node[])[0]!;
    expect((text.tspan as Node[]).length).toBe(3);
    expect(String((text.tspan as Node[])[2]!["#text"])).toMatch(/…$/);
    expect((text.title as Node)["#text"] ?? text.title).toBe(endless);
    for (const b of textBoxes(text, 13)) expect(inside(b, viewBox(root))).toBe(true);
  });
});

describe("timelineChart with long labels", () => {
  it.each(cases)("keeps all $n x-axis labels ($language) inside the viewBox, whole, and apart", ({ n, language }) => {
    const model = modelWith(n);
    const points = [
      { label: "2024", scores: scoresFor(model, () => 1) },
      { label: "2025", scores: scoresFor(model, (i) => (i === 1 ? null : 2)) },
      { label: "2026", scores: scoresFor(model, (i) => (i % 5) + 1) },
    ];
    const svg = timelineChart(model, points, { language });
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = parse(svg);
    const box = viewBox(root);
    const baseline = num(root["data-baseline-y"]);
    const plot = num(root["data-plot-height"]);
    const groups = (root.g as Node[]).filter((g) => g["data-dimension"] !== undefined);
    expect(groups.map((g) => g["data-dimension"])).toEqual(model.dimensions.map((d) => d.id));
    const labels = groups.map((g, i) => {
      const text = (g.text as Node[])[0]!;
      const name = longNames[i]![language === "nl" ? 0 : 1];
      expect(shown(text)).toBe(name);
      return { name, boxes: textBoxes(text, num(text["font-size"])) };
    });
    for (const { name, boxes } of labels) {
      for (const b of boxes) {
        expect(inside(b, box), `"${name}" inside the viewBox`).toBe(true);
        expect(b.y0, `"${name}" below the axis`).toBeGreaterThan(baseline);
      }
    }
    expectApart(labels);
    // The bars keep their heights.
    groups.forEach((g, i) => {
      const bar = (g.rect as Node[])[2]!;
      expect(num(bar.height)).toBeCloseTo((plot * ((i % 5) + 1)) / 5, 1);
      expect(num(bar.y) + num(bar.height)).toBeCloseTo(baseline, 1);
    });
    expect((groups[1]!.rect as Node[])[1]!["data-level"]).toBe("");
    const legend = group(root, "legend");
    for (const t of legend.text as Node[]) expect(inside(lineBox(String(t["#text"]), num(t.x), num(t.y), "start", 12), box)).toBe(true);
  });

  it("keeps labels that fit their group on one row, centred under their own bars", () => {
    const three = [2024, 2025, 2026].map((year) => ({ label: String(year), scores: current }));
    const root = parse(timelineChart(provincialModel, three, { language: "en" }));
    const groups = (root.g as Node[]).filter((g) => g["data-dimension"] !== undefined);
    const ys = groups.map((g) => num(((g.text as Node[])[0]!.tspan as Node[])[0]!.y));
    expect(new Set(ys).size).toBe(1);
    groups.forEach((g) => {
      const [first, , last] = g.rect as Node[];
      expect(num((g.text as Node[])[0]!.x)).toBeCloseTo((num(first!.x) + num(last!.x) + num(last!.width)) / 2, 1);
      expect(g.line).toBeUndefined();
    });
  });

  it("moves every second label to a second row, with a tick to its bars, when a word is wider than its group", () => {
    const root = parse(timelineChart(provincialModel, [{ label: "2026", scores: current }], { language: "nl" }));
    const groups = (root.g as Node[]).filter((g) => g["data-dimension"] !== undefined);
    const firstLine = (g: Node) => num(((g.text as Node[])[0]!.tspan as Node[])[0]!.y);
    expect(firstLine(groups[1]!)).toBeGreaterThan(firstLine(groups[0]!));
    expect(firstLine(groups[2]!)).toBe(firstLine(groups[0]!));
    const tick = (groups[1]!.line as Node[])[0]!;
    expect(num(tick.x1)).toBe(num((groups[1]!.text as Node[])[0]!.x));
    expect(num(tick.y1)).toBe(num(root["data-baseline-y"]));
    expect(num(tick.y2)).toBeLessThan(firstLine(groups[1]!));
  });
});

describe("timeline colours", () => {
  /** Relative luminance (WCAG) of a #rrggbb colour: what is left of it in grey print. */
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };

  it("gives two measurements clearly different lightness, also in grey (contrast of at least 3:1 between them)", () => {
    const svg = timelineChart(provincialModel, [
      { label: "2025", scores: previous },
      { label: "2026", scores: current },
    ]);
    const fill = (j: number) => new RegExp(`fill="(#[0-9a-f]{6})"[^>]*data-point="${j}"`).exec(svg)?.[1] ?? "";
    const [a, b] = [luminance(fill(0)), luminance(fill(1))];
    expect((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)).toBeGreaterThanOrEqual(3);
  });
});
