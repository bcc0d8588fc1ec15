import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseConfidentiality } from "@ethiek/schemas";
import { canSeeCase, COMMISSION_MOVES, isAskingOrganisation, isHandlingCommission, mayMoveCase, type CaseViewer } from "./visibility.js";

const parties = (confidentiality: CaseConfidentiality) => ({ organisation: "noord", commission: "commissie", confidentiality });
const viewer = (organisation: string, roles: string[], commissionOfOrganisation: string | null = null): CaseViewer => ({
  organisation,
  roles: new Set(roles),
  commissionOfOrganisation,
});

describe("canSeeCase", () => {
  it("shows every case to the asking organisation and to the handling commission's ethics role", () => {
    for (const c of ["public", "internal", "confidential"] as const) {
      expect(canSeeCase(parties(c), viewer("noord", ["admin"]))).toBe(true);
      expect(canSeeCase(parties(c), viewer("commissie", ["ethics"]))).toBe(true);
    }
  });

  it("hides a confidential case from the commission's other roles and from other organisations", () => {
    expect(canSeeCase(parties("confidential"), viewer("commissie", ["officer", "admin"]))).toBe(false);
    expect(canSeeCase(parties("confidential"), viewer("zuid", ["ethics"], "commissie"))).toBe(false);
  });

  it("shows an internal case to the organisations the same commission serves, and a public case to everyone", () => {
    expect(canSeeCase(parties("internal"), viewer("west", ["officer"], "commissie"))).toBe(true);
    expect(canSeeCase(parties("internal"), viewer("zuid", ["officer"], "andere-commissie"))).toBe(false);
    expect(canSeeCase(parties("internal"), viewer("zuid", ["officer"]))).toBe(false);
    expect(canSeeCase(parties("public"), viewer("zuid", ["officer"]))).toBe(true);
  });

  it("never shows less than the narrower confidentiality would (property)", () => {
    const order = ["public", "internal", "confidential"] as const;
    const anyViewer = fc.record({
      organisation: fc.constantFrom("noord", "zuid", "commissie"),
      roles: fc.subarray(["officer", "ethics", "admin"]).map((r) => new Set(r)),
      commissionOfOrganisation: fc.constantFrom(null, "commissie", "elders"),
    });
    fc.assert(
      fc.property(anyViewer, (v) => {
        const seen = order.map((c) => canSeeCase(parties(c), v));
        // A viewer that sees a stricter case also sees every more open one.
        for (let i = 1; i < seen.length; i++) if (seen[i]) expect(seen[i - 1]).toBe(true);
      }),
    );
  });
});

describe("who moves a case", () => {
  it("lets the handling commission set its own steps and the asking organisation the others", () => {
    const commission = viewer("commissie", ["ethics"]);
    const asker = viewer("noord", ["officer"]);
    expect(isHandlingCommission(parties("internal"), commission)).toBe(true);
    expect(isAskingOrganisation(parties("internal"), asker)).toBe(true);
    for (const to of COMMISSION_MOVES) {
      expect(mayMoveCase(parties("internal"), commission, to)).toBe(true);
      expect(mayMoveCase(parties("internal"), asker, to)).toBe(false);
    }
    expect(mayMoveCase(parties("internal"), asker, "withdrawn")).toBe(true);
    expect(mayMoveCase(parties("internal"), asker, "decision-recorded")).toBe(true);
    expect(mayMoveCase(parties("internal"), commission, "withdrawn")).toBe(false);
  });

  it("does not let an admin or a commission without the ethics role act", () => {
    expect(isAskingOrganisation(parties("public"), viewer("noord", ["admin"]))).toBe(false);
    expect(isHandlingCommission(parties("public"), viewer("commissie", ["officer"]))).toBe(false);
  });
});
