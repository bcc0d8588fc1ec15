import { describe, expect, it } from "vitest";
import { boxesOverlap, estimateTextWidth, lineBox, unionBox, wrapText } from "./layout.js";

describe("estimateTextWidth", () => {
  it("grows with the text and the font size, and counts wide letters wider than narrow ones", () => {
    expect(estimateTextWidth("", 13)).toBe(0);
    expect(estimateTextWidth("Beleid", 13)).toBeLessThan(estimateTextWidth("Verantwoordelijkheden", 13));
    expect(estimateTextWidth("Beleid", 26)).toBeCloseTo(2 * estimateTextWidth("Beleid", 13), 6);
    expect(estimateTextWidth("mmmm", 12)).toBeGreaterThan(estimateTextWidth("iiii", 12));
    // At least Arial's own widths (Verantwoordelijkheden is about 10.4 em in Arial).
    expect(estimateTextWidth("Verantwoordelijkheden", 10)).toBeGreaterThan(104);
  });
});

describe("wrapText", () => {
  const width = (s: string) => estimateTextWidth(s, 13);

  it("breaks between words and keeps every line within the width", () => {
    const wrapped = wrapText("Inrichting van processen en toetsing", 110, 13, 3);
    expect(wrapped.lines.join(" ")).toBe("Inrichting van processen en toetsing");
    expect(wrapped.lines.length).toBeGreaterThan(1);
    for (const line of wrapped.lines) expect(width(line)).toBeLessThanOrEqual(110);
    expect(wrapped).toMatchObject({ broken: false, truncated: false });
  });

  it("keeps a short text on one line and gives no lines for an empty one", () => {
    expect(wrapText("Beleid", 150, 13).lines).toEqual(["Beleid"]);
    expect(wrapText("  Beleid   en  visie ", 300, 13).lines).toEqual(["Beleid en visie"]);
    expect(wrapText("   ", 150, 13)).toEqual({ lines: [], broken: false, truncated: false });
  });

  it("breaks after a hyphen before it splits a word", () => {
    expect(wrapText("Data-ethiekbeleid", width("Data-ethiekbeleid") - 1, 13).lines).toEqual(["Data-", "ethiekbeleid"]);
  });

  it("splits a word wider than a line with a hyphen, and says so", () => {
    const wrapped = wrapText("Gegevensbeschermingseffectbeoordeling", 100, 13, 3);
    expect(wrapped.broken).toBe(true);
    expect(wrapped.truncated).toBe(false);
    expect(wrapped.lines.map((l) => l.replace(/-$/, "")).join("")).toBe("Gegevensbeschermingseffectbeoordeling");
    for (const line of wrapped.lines) expect(width(line)).toBeLessThanOrEqual(100);
  });

  it("ends in an ellipsis when the text needs more lines than allowed", () => {
    const wrapped = wrapText("Transparantie en uitlegbaarheid van algoritmen en modellen in de hele organisatie", 90, 13, 2);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.lines[1]).toMatch(/…$/);
    for (const line of wrapped.lines) expect(width(line)).toBeLessThanOrEqual(90);
  });
});

describe("boxes", () => {
  it("places a line's box by its anchor around the baseline", () => {
    const w = estimateTextWidth("Beleid", 13);
    expect(lineBox("Beleid", 100, 50, "start", 13).x0).toBe(100);
    expect(lineBox("Beleid", 100, 50, "end", 13).x1).toBe(100);
    const middle = lineBox("Beleid", 100, 50, "middle", 13);
    expect(middle.x0).toBeCloseTo(100 - w / 2, 6);
    expect(middle.y0).toBeLessThan(50);
    expect(middle.y1).toBeGreaterThan(50);
  });

  it("tells overlapping boxes from touching and separate ones", () => {
    const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(boxesOverlap(a, { x0: 5, y0: 5, x1: 15, y1: 15 })).toBe(true);
    expect(boxesOverlap(a, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(boxesOverlap(a, { x0: 0, y0: 11, x1: 10, y1: 20 })).toBe(false);
    expect(unionBox([a, { x0: -5, y0: 3, x1: 4, y1: 30 }])).toEqual({ x0: -5, y0: 0, x1: 10, y1: 30 });
  });
});

describe("wrapText splitting a word", () => {
  it("leaves no stub of fewer than four letters on the next line", () => {
    const word = "Informatiebeveiligingsbeleid";
    // Wide enough for all but the last three letters.
    const wrapped = wrapText(word, estimateTextWidth("Informatiebeveiligingsbel-", 12), 12, 3);
    expect(wrapped.broken).toBe(true);
    expect(wrapped.lines.at(-1)!.length).toBeGreaterThanOrEqual(4);
    expect(wrapped.lines.map((l) => l.replace(/-$/, "")).join("")).toBe(word);
  });
});
