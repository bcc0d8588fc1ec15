import { describe, expect, it } from "vitest";
import { checksCitingCase, citationIndex, citationsFromReport, citationsFromRequests, citationsFromTender } from "./waivers.js";

describe("waivers cite cases; a case shows the tender checks that cite it", () => {
  const citations = [
    ...citationsFromTender("check-1", {
      waivers: [
        { requirement: "logging", reason: "Geen persoonsgegevens", approvedBy: "CISO", case: "dkf-2024-001" },
        { requirement: "human-oversight", reason: "x", approvedBy: "CISO", case: "dkf-2024-001" },
      ],
    }),
    ...citationsFromReport("check-2", {
      results: [
        { requirement: "logging", status: "waived", severity: "error", evidence: [], waiver: { reason: "r", approvedBy: "b", case: "dkf-2024-001" } },
        { requirement: "transparency", status: "missing", severity: "error", evidence: [] },
      ],
    } as never),
    ...citationsFromRequests([
      { check: "check-3", requirement: "bias-testing", case: "dkf-2024-001", status: "pending" },
      { check: "check-4", requirement: "bias-testing", case: null, status: "approved" },
      { check: "check-1", requirement: "logging", case: "pzh-2025-003", status: "rejected" },
    ]),
  ];

  it("groups the citing checks per case with their requirements, approved first", () => {
    expect(checksCitingCase("dkf-2024-001", citations)).toEqual([
      { checkId: "check-1", requirements: ["human-oversight", "logging"], status: "approved" },
      { checkId: "check-2", requirements: ["logging"], status: "approved" },
      { checkId: "check-3", requirements: ["bias-testing"], status: "pending" },
    ]);
    expect(checksCitingCase("pzh-2025-003", citations)).toEqual([{ checkId: "check-1", requirements: ["logging"], status: "rejected" }]);
  });

  it("returns nothing for a case no check cites, and skips requests without a case", () => {
    expect(checksCitingCase("ov-2024-008", citations)).toEqual([]);
    expect([...citationIndex(citations).keys()].sort()).toEqual(["dkf-2024-001", "pzh-2025-003"]);
  });
});
