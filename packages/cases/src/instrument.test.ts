import { readFileSync } from "node:fs";
import { validateInstrument, type InstrumentAnalysis } from "@ethiek/schemas";
import { conformanceMissing, conformancePath } from "@ethiek-test/support";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAnswers, loadInstrument, unansweredQuestions } from "./instrument.js";

describe.skipIf(conformanceMissing("IAMA task-registry instrument"))("loadInstrument on the real IAMA file", () => {
  // Read in beforeAll: a skipped describe still runs its body to collect the tests.
  let text = "";
  let r: ReturnType<typeof loadInstrument> = { ok: false, errors: [] } as unknown as ReturnType<typeof loadInstrument>;
  let iama: (ReturnType<typeof loadInstrument> & { ok: true })["value"] | null = null;
  beforeAll(() => {
    text = readFileSync(conformancePath("iama", "minbzk-task-registry-iama.yaml"), "utf8");
    r = loadInstrument(text);
    iama = r.ok ? r.value : null;
  });

  it("reads every question with its URN, topic, roles and lifecycle stages", () => {
    expect(r.ok).toBe(true);
    expect(iama!.urn).toBe("urn:nl:aivt:tr:iama:1.0");
    expect(iama!.name).toMatch(/IAMA/);
    expect(iama!.language).toBe("nl");
    // The file lists one task per question; the number is counted from the file, not assumed.
    const count = (text.match(/^\s+urn: "urn:nl:aivt:tr:iama:1\.0:/gm) ?? []).length;
    expect(iama!.questions).toHaveLength(count);
    expect(count).toBeGreaterThan(40);
    const first = iama!.questions[0]!;
    expect(first.urn).toBe("urn:nl:aivt:tr:iama:1.0:1.1.1");
    expect(first.topics).toEqual(["Aanleiding en probleemdefinitie"]);
    expect(first.roles).toContain("Projectleider");
    expect(first.lifecycle).toEqual(["Probleemanalyse"]);
    expect(first.types).toEqual(["open_question"]);
    expect(first.links).toContainEqual({ urn: "urn:nl:aivt:tr:aiia:1.0:1.1" });
    expect(new Set(iama!.questions.map((q) => q.urn)).size).toBe(count);
    expect(iama!.questions.every((q) => q.text.length > 10 && q.topics.length > 0 && q.lifecycle.length > 0)).toBe(true);
  });

  it("produces a value that validates against instrument.schema.json", () => {
    expect(validateInstrument(iama).ok).toBe(true);
  });

  it("checks IAMA answers per question URN and lists what is still open", () => {
    const analysis: InstrumentAnalysis = {
      method: "instrument",
      instrumentUrn: iama!.urn,
      answers: [
        { questionUrn: "urn:nl:aivt:tr:iama:1.0:1.1.1", answer: "Zakkenrollers op het plein." },
        { questionUrn: "urn:nl:aivt:tr:iama:1.0:9.9.9", answer: "?" },
        { questionUrn: "urn:nl:aivt:tr:iama:1.0:1.1.1", answer: "nogmaals" },
      ],
    };
    expect(checkAnswers(iama!, analysis).map((e) => e.code)).toEqual(["UNKNOWN_QUESTION", "DUPLICATE_ANSWER"]);
    const open = unansweredQuestions(iama!, analysis, { lifecycle: "Probleemanalyse" });
    expect(open.map((q) => q.urn)).not.toContain("urn:nl:aivt:tr:iama:1.0:1.1.1");
    expect(open.every((q) => q.lifecycle.includes("Probleemanalyse"))).toBe(true);
    expect(checkAnswers(iama!, { ...analysis, instrumentUrn: "urn:nl:aivt:tr:dpia:1.0", answers: [] })[0]!.code).toBe("WRONG_INSTRUMENT");
  });
});

describe("loadInstrument on broken input", () => {
  it("reports a YAML syntax error with its line", () => {
    const r = loadInstrument("name: x\ntasks:\n  - question: [unclosed\n");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: "YAML_SYNTAX" });
  });

  it("says when a file is not an instrument", () => {
    for (const text of ["", "just text", "name: x", "tasks: 3"]) {
      const r = loadInstrument(text);
      expect(!r.ok && r.errors[0]!.code).toBe("NOT_AN_INSTRUMENT");
    }
  });

  it("lists every missing field, bad URN and duplicate URN at once", () => {
    const r = loadInstrument(
      [
        "name: Test",
        "urn: not-a-urn",
        "tasks:",
        "  - question: Eerste?",
        "    urn: urn:x:1",
        "  - question: Tweede?",
        "    urn: urn:x:1",
        "  - urn: urn:x:3",
        "  - 42",
      ].join("\n"),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([
      ["INVALID_URN", "urn"],
      ["DUPLICATE_URN", "tasks[1].urn"],
      ["MISSING_FIELD", "tasks[2].question"],
      ["MISSING_FIELD", "tasks[3]"],
    ]);
  });

  it("refuses an alias bomb without hanging", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    lines.push("tasks: []");
    const r = loadInstrument(lines.join("\n"));
    expect(!r.ok && r.errors[0]!.code).toBe("YAML_TOO_COMPLEX");
  });

  it("never throws, whatever text it is given (property)", () => {
    const yamlish = fc.array(fc.constantFrom("tasks:", "  - question: q", "    urn: urn:a:1", "name: n", "urn: urn:a", "&a [1]", "*a", ": :", "- - -", "'", "{", "}", "\t"), { maxLength: 12 }).map((l) => l.join("\n"));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), yamlish), (text) => {
        const r = loadInstrument(text);
        expect(typeof r.ok).toBe("boolean");
        if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
