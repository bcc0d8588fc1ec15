import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CheckReport } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@ethiek-test/support";
import { proposeTenderEscalation, routeEthicsCase } from "./integration.js";
import { dataFryslanModel, ipoModel, overijsselModel, shippedModels, zuidHollandModel } from "./models/index.js";

const report = (): CheckReport => JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples/check-report.example.json"), "utf8")) as CheckReport;
const all = Object.values(shippedModels);

describe("proposeTenderEscalation", () => {
  it("proposes a tender-escalation route for a high-risk tender, with ethics advice before the award", () => {
    const proposal = proposeTenderEscalation(report(), { model: zuidHollandModel });
    expect(proposal.ok).toBe(true);
    if (!proposal.ok || !proposal.value) throw new Error("no proposal");
    const plan = proposal.value;
    expect(plan.item).toMatchObject({ kind: "tender-escalation", title: "Intelligente verkeersregelinstallaties", reference: "GLD-2026-011" });
    expect(plan.steps.map((s) => s.stepId)).toEqual(["voorleggen", "ethisch-advies", "privacy-advies", "gunningsbesluit"]);
    expect(plan.steps.find((s) => s.stepId === "gunningsbesluit")!.after).toEqual(["ethisch-advies", "privacy-advies"]);
    expect(plan.steps[1]!.explanation.nl).toContain("hoog-risico-AI betreft (AI-verordening, bijlage III, punt 2)");
  });

  it("proposes one for a prohibited practice too", () => {
    const r = report();
    for (const c of r.classification) {
      if (c.tag === "high-risk" || c.tag === "personal-data") c.holds = false;
      if (c.tag === "prohibited") c.holds = true;
    }
    const proposal = proposeTenderEscalation(r, { model: overijsselModel });
    if (!proposal.ok || !proposal.value) throw new Error("no proposal");
    expect(proposal.value.steps.map((s) => s.stepId)).toEqual(["voorleggen", "ethisch-advies", "gunningsbesluit"]);
    expect(proposal.value.steps[1]!.explanation.en).toContain("describes a prohibited AI practice");
  });

  it("proposes nothing when the tender is neither high-risk nor prohibited", () => {
    const r = report();
    for (const c of r.classification) if (c.tag === "high-risk") c.holds = false;
    expect(proposeTenderEscalation(r, { model: zuidHollandModel })).toEqual({ ok: true, value: null });
  });

  it("finds the buyer's model by organisation name", () => {
    const r = report();
    r.tender = { ...r.tender, buyer: "provincie zuid-holland" };
    const proposal = proposeTenderEscalation(r);
    expect(proposal.ok && proposal.value?.modelId).toBe("zuid-holland");
  });

  it("says when there is no model for the buyer", () => {
    const proposal = proposeTenderEscalation(report());
    expect(!proposal.ok && proposal.errors[0]!.code).toBe("NO_MODEL_FOR_BUYER");
  });

  it("passes on a planning error of a model without an escalation route", () => {
    const proposal = proposeTenderEscalation(report(), { model: ipoModel });
    expect(!proposal.ok && proposal.errors[0]!.code).toBe("UNKNOWN_ITEM_KIND");
  });
});

describe("routeEthicsCase", () => {
  it("sends a Frisian case to the DKF, which reflects on its members' cases, and not to the IEC", () => {
    const routed = routeEthicsCase(all, { organisation: "Provincie Fryslân", kind: "case", confidentiality: "internal", tags: ["camera's"] });
    expect(routed.ok).toBe(true);
    if (!routed.ok) return;
    expect(routed.value).toMatchObject({ modelId: "datafryslan", bodyId: "dkf" });
    expect(routed.value.plan?.steps.map((s) => s.stepId)).toEqual(["intake", "reflectie", "moresprudentie"]);
    const iec = routed.value.considered.find((c) => c.bodyId === "iec")!;
    expect(iec.competent).toBe(false);
    expect(iec.reason.nl).toBe("Interprovinciale Ethische Commissie behandelt geen losse casussen; zij adviseert bestuurders over vragen.");
  });

  it("sends a Zuid-Holland official's case to the province's own advisors", () => {
    const routed = routeEthicsCase(all, { organisation: "Provincie Zuid-Holland", kind: "case", confidentiality: "confidential" });
    expect(routed.ok && routed.value.bodyId).toBe("ethiek-adviseurs");
  });

  it("keeps confidential questions away from the think tank, which has no formal position", () => {
    const routed = routeEthicsCase(zuidHollandModel, { organisation: "Provincie Zuid-Holland", kind: "question", confidentiality: "confidential" });
    if (!routed.ok) throw new Error("not routed");
    const tank = routed.value.considered.find((c) => c.bodyId === "ethische-denktank")!;
    expect(tank.competent).toBe(false);
    expect(tank.reason.en).toContain("no formal position");
    const open = routeEthicsCase(zuidHollandModel, { organisation: "Provincie Zuid-Holland", kind: "question", confidentiality: "public" });
    expect(open.ok && open.value.considered.find((c) => c.bodyId === "ethische-denktank")!.competent).toBe(true);
    expect(open.ok && open.value.bodyId).toBe("ethiek-adviseurs");
  });

  it("sends a board's question to the IEC, which advises boards", () => {
    const routed = routeEthicsCase(all, { organisation: "Provincie Zuid-Holland", kind: "question", confidentiality: "internal", askedBy: "board" });
    expect(routed.ok && routed.value.bodyId).toBe("iec");
    expect(routed.ok && routed.value.plan?.item.kind).toBe("ethics-question");
  });

  it("sends an Overijssel question to the IEC", () => {
    const routed = routeEthicsCase(all, { organisation: "Provincie Overijssel", kind: "question", confidentiality: "public" });
    expect(routed.ok && routed.value.bodyId).toBe("iec");
  });

  it("returns NO_COMPETENT_BODY for an Overijssel case, with the reasons", () => {
    const routed = routeEthicsCase(all, { organisation: "Provincie Overijssel", kind: "case", confidentiality: "internal" });
    expect(routed.ok).toBe(false);
    if (routed.ok) return;
    expect(routed.errors[0]!.code).toBe("NO_COMPETENT_BODY");
    expect(routed.errors[0]!.messageNl).toContain("behandelt geen losse casussen");
  });

  it("refuses an unusable case summary", () => {
    const routed = routeEthicsCase(dataFryslanModel, { organisation: "", kind: "casus" as never, confidentiality: "geheim" as never });
    expect(routed.ok).toBe(false);
    if (routed.ok) return;
    expect(routed.errors[0]).toMatchObject({ code: "INVALID_CASE_SUMMARY" });
    expect(routed.errors[0]!.message).toContain("'organisation' is missing; 'kind' must be question or case; 'confidentiality' must be");
  });
});
