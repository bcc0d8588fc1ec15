import type { Case, CaseStatus } from "@ethiek/schemas";
import { validateCase } from "@ethiek/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CASE_STATUSES,
  addReflection,
  allowedTransitions,
  createCase,
  isTerminal,
  recordDecision,
  transition,
  updateCase,
} from "./lifecycle.js";

const T0 = "2026-11-01T09:00:00Z";
const later = "2026-11-20T09:00:00Z";

const input = {
  title: "Slimme camera's",
  requester: { organisation: { name: "Provincie Fryslân" } },
  question: "Mag dit?",
  confidentiality: "public" as const,
  tags: { values: ["privacy"], technologies: [], policyDomains: [] },
};

const reflection = {
  authors: [{ name: "Anna Jansen" }] as [{ name: string }],
  givenDate: "2026-11-10",
  text: "Het raakt privacy.",
  valuesWeighed: [{ value: "privacy", consideration: "Zwaar." }],
  advice: "Niet doen.",
};
const decision = { decidedDate: "2026-11-12", decidedBy: "Gedeputeerde Staten", text: "Niet doen.", followsAdvice: "yes" as const };

/** A case in `status`, with whatever that status needs (reflection, decision) already present. */
function caseIn(status: CaseStatus): Case {
  const base = createCase(input, { id: "c-1", actor: "indiener", at: T0 });
  return {
    ...base,
    status,
    reflections: [{ id: "reflectie-1", binding: false, ...reflection }],
    decision,
  };
}

const ALLOWED: Record<CaseStatus, CaseStatus[]> = {
  submitted: ["accepted", "declined", "withdrawn"],
  accepted: ["in-analysis", "withdrawn"],
  "in-analysis": ["reflection-given", "withdrawn"],
  "reflection-given": ["decision-recorded", "withdrawn"],
  "decision-recorded": ["closed", "withdrawn"],
  declined: [],
  closed: [],
  withdrawn: [],
};

const pairs = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as const));

describe("the case lifecycle", () => {
  it("creates a submitted case with a first event from null that validates against the schema", () => {
    const c = createCase(input, { id: "c-1", actor: "indiener", at: T0 });
    expect(c.status).toBe("submitted");
    expect(c.events).toEqual([{ from: null, to: "submitted", actor: "indiener", at: T0 }]);
    expect(validateCase(c).ok).toBe(true);
  });

  it.each(pairs.filter(([from, to]) => ALLOWED[from].includes(to)))("allows %s → %s and records actor and time", (from, to) => {
    const r = transition(caseIn(from), to, { actor: "secretaris", at: later, reason: "Omdat het moet." });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe(to);
    expect(r.value.events.at(-1)).toEqual({ from, to, actor: "secretaris", at: later, reason: "Omdat het moet." });
    expect(r.value.events).toHaveLength(2);
    expect(validateCase(r.value).ok).toBe(true);
  });

  it.each(pairs.filter(([from, to]) => !ALLOWED[from].includes(to)))("refuses %s → %s with a typed error", (from, to) => {
    const c = caseIn(from);
    const r = transition(c, to, { actor: "secretaris", at: later, reason: "x" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const error = r.errors[0]!;
    expect(error.code).toBe(isTerminal(from) ? "CASE_FINISHED" : "INVALID_TRANSITION");
    expect(error).toMatchObject({ from, to, allowed: ALLOWED[from] });
    expect(error.message).toMatch(/casus/);
    expect(c.status).toBe(from);
  });

  it("covers all 64 pairs of statuses", () => {
    expect(pairs).toHaveLength(64);
    for (const s of CASE_STATUSES) expect([...allowedTransitions(s)].sort()).toEqual([...ALLOWED[s]].sort());
  });

  it("needs a reason to decline (out of scope) and to withdraw", () => {
    for (const to of ["declined", "withdrawn"] as const) {
      const r = transition(caseIn("submitted"), to, { actor: "a", at: later, reason: "  " });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.code).toBe("REASON_REQUIRED");
    }
  });

  it("needs a reflection before reflection-given and a decision before decision-recorded", () => {
    const bare = createCase(input, { id: "c-1", actor: "a", at: T0 });
    const r1 = transition({ ...bare, status: "in-analysis" }, "reflection-given", { actor: "a", at: later });
    expect(!r1.ok && r1.errors[0]!.code).toBe("REFLECTION_REQUIRED");
    const r2 = transition({ ...bare, status: "reflection-given" }, "decision-recorded", { actor: "a", at: later });
    expect(!r2.ok && r2.errors[0]!.code).toBe("DECISION_REQUIRED");
  });

  it("refuses a time before the previous event or one that is not RFC 3339", () => {
    for (const at of ["2026-10-01T09:00:00Z", "gisteren", "2026-11-20"]) {
      const r = transition(caseIn("submitted"), "accepted", { actor: "a", at });
      expect(!r.ok && r.errors[0]!.code).toBe("INVALID_TIME");
    }
  });

  it("walks the whole happy path with reflection and decision", () => {
    let c = createCase(input, { id: "c-1", actor: "indiener", at: T0 });
    const step = (r: ReturnType<typeof transition>) => {
      if (!r.ok) throw new Error(r.errors[0]!.message);
      return r.value;
    };
    c = step(transition(c, "accepted", { actor: "secretaris", at: "2026-11-02T09:00:00Z" }));
    c = step(transition(c, "in-analysis", { actor: "secretaris", at: "2026-11-03T09:00:00Z" }));
    c = step(addReflection(c, reflection));
    c = step(transition(c, "reflection-given", { actor: "voorzitter", at: "2026-11-10T09:00:00Z" }));
    c = step(recordDecision(c, { ...decision, followUp: "Evalueren.", reviewDate: "2027-11-12" }));
    c = step(transition(c, "decision-recorded", { actor: "indiener", at: "2026-11-12T09:00:00Z" }));
    c = step(transition(c, "closed", { actor: "secretaris", at: "2026-11-13T09:00:00Z" }));
    expect(c.events.map((e) => e.to)).toEqual(["submitted", "accepted", "in-analysis", "reflection-given", "decision-recorded", "closed"]);
    expect(c.reflections?.[0]?.binding).toBe(false);
    expect(validateCase(c).ok).toBe(true);
  });

  it("only accepts reflections during analysis and decisions after the reflection", () => {
    const r1 = addReflection(caseIn("submitted"), reflection);
    expect(!r1.ok && r1.errors[0]!.code).toBe("WRONG_STATE");
    const r2 = recordDecision(caseIn("in-analysis"), decision);
    expect(!r2.ok && r2.errors[0]!.code).toBe("WRONG_STATE");
  });

  it("does not edit a finished case", () => {
    for (const s of ["closed", "declined", "withdrawn"] as const) {
      const r = updateCase(caseIn(s), { context: "nieuw" }, later);
      expect(!r.ok && r.errors[0]!.code).toBe("WRONG_STATE");
    }
    const r = updateCase(caseIn("accepted"), { context: "nieuw" }, later);
    expect(r.ok && r.value.context).toBe("nieuw");
  });

  it("never changes a case on a refused step and always ends in a final status (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CASE_STATUSES), { maxLength: 30 }), (moves) => {
        let c = caseIn("submitted");
        let minutes = 0;
        for (const to of moves) {
          minutes++;
          const at = new Date(Date.parse(later) + minutes * 60_000).toISOString();
          const before = JSON.stringify(c);
          const r = transition(c, to, { actor: "a", at, reason: "r" });
          if (r.ok) {
            expect(allowedTransitions(c.status)).toContain(to);
            c = r.value;
          } else expect(JSON.stringify(c)).toBe(before);
        }
        // Events form a chain: each starts where the previous ended.
        c.events.slice(1).forEach((e, i) => expect(e.from).toBe(c.events[i]!.to));
        expect(c.events.at(-1)!.to).toBe(c.status);
        // The longest path has 5 moves; after that a case is final.
        expect(c.events.length).toBeLessThanOrEqual(6);
      }),
    );
  });
});
