import { shippedModels } from "@ethiek/governance";
import type { CaseInput } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { precedents } from "../test/fixtures.js";
import { recipientFromRouting, routeCase, toRoutingRequest } from "./routing.js";

describe("routing a case to the competent commission (via @ethiek/governance)", () => {
  const models = Object.values(shippedModels);
  const input: CaseInput = {
    title: "Camera's op het plein",
    requester: { organisation: { name: "Provincie Fryslân" } },
    question: "Mag dit?",
    context: "Een concrete casus.",
    confidentiality: "internal",
    tags: { values: ["privacy"], technologies: [], policyDomains: [] },
  };

  it("builds the routing request from the case", () => {
    expect(toRoutingRequest({ ...precedents[0]!, confidentiality: "internal" })).toEqual({
      organisation: "Provincie Fryslân",
      kind: "case",
      confidentiality: "internal",
      tags: ["privacy", "veiligheid", "autonomie", "gezichtsherkenning", "camera-toezicht", "openbare-orde"],
      title: "Slimme camera's op het stationsplein",
      reference: "dkf-2024-001",
    });
    expect(toRoutingRequest({ ...input, context: "" }).kind).toBe("question");
  });

  it("fills `to` with the body the governance model names, and why", () => {
    const r = routeCase(models, input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.to).toMatchObject({ routing: "governance", bodyId: expect.any(String), governanceModelId: expect.any(String) });
    expect(r.value.to?.reason).toMatch(/bevoegd/);
  });

  it("keeps a recipient the requester chose", () => {
    const manual = { ...input, to: { name: "Eigen adviseur", routing: "manual" as const } };
    const r = routeCase(models, manual);
    expect(r.ok && r.value.to).toEqual(manual.to);
  });

  it("returns the governance package's typed error when no body is competent", () => {
    const r = routeCase(models, { ...input, requester: { organisation: { name: "Onbekende Stichting" } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.code).toBe("NO_COMPETENT_BODY");
  });

  it("maps a routing result onto the recipient shape", () => {
    expect(
      recipientFromRouting(
        { modelId: "datafryslan", bodyId: "dkf", bodyName: { nl: "DKF", en: "DKF" }, explanation: { nl: "Omdat.", en: "Because." }, considered: [] },
        "org-dkf",
      ),
    ).toEqual({ name: "DKF", governanceModelId: "datafryslan", bodyId: "dkf", routing: "governance", reason: "Omdat.", organisationId: "org-dkf" });
  });
});
