import { describe, expect, it } from "vitest";
import { resolveRuleset } from "@ethiek/procurement";
import type { ClauseLibrary, Ruleset } from "@ethiek/schemas";
import { ethiekClauses } from "./library/ethiek.js";
import { resolveClauses } from "./resolve.js";

function resolved(ruleset: Ruleset | string = "ethiek:recommended", extra: Ruleset[] = []) {
  const r = resolveRuleset(ruleset, extra);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("; "));
  return r.value;
}

const province = (annex: Ruleset["annex"]): Ruleset => ({ name: "provincie-utrecht:inkoop", version: "1", extends: ["ethiek:recommended"], annex });

describe("resolveClauses", () => {
  it("puts the library in force with its defaults for a built-in ruleset", () => {
    const r = resolveClauses(resolved());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.parameters.get("log-retention-months")).toMatchObject({ value: 6, setBy: "ethiek:clauses" });
    expect(r.value.parties.supplier.nl).toBe("Opdrachtnemer");
    expect(r.value.clauses.length).toBe(ethiekClauses.clauses.length);
  });

  it("applies a province's parameters, party names, replaced, added and removed clauses", () => {
    const r = resolveClauses(
      resolved(
        province({
          parties: { supplier: { nl: "Leverancier", en: "the Contractor" } },
          parameters: { "log-retention-months": 12, "audit-frequency": 2 },
          remove: ["sustainability"],
          clauses: [
            { id: "logging", requirement: "logging", kind: "requirement", title: { nl: "Logging", en: "Logging" }, text: { nl: "{supplier} bewaart de logs {param:log-retention-months}.", en: "{supplier} shall keep the logs for {param:log-retention-months}." }, sources: [{ framework: "AI Act", reference: "art. 12" }] },
            { id: "utrecht-open-source", requirement: "exit-and-handover", kind: "contract-clause", title: { nl: "Open bron", en: "Open source" }, text: { nl: "{supplier} levert de broncode onder de EUPL.", en: "{supplier} shall deliver the source code under the EUPL." }, sources: [{ framework: "Provincie Utrecht", reference: "inkoopbeleid 2026" }] },
          ],
        }),
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.parties.supplier.nl).toBe("Leverancier");
    expect(r.value.parties.buyer.nl).toBe("Opdrachtgever");
    expect(r.value.parameters.get("log-retention-months")).toMatchObject({ value: 12, setBy: "provincie-utrecht:inkoop" });
    expect(r.value.clauses.find((c) => c.id === "logging")).toMatchObject({ definedBy: "provincie-utrecht:inkoop" });
    expect(r.value.clauses.find((c) => c.id === "utrecht-open-source")).toBeDefined();
    expect(r.value.clauses.find((c) => c.id === "sustainability")).toBeUndefined();
  });

  it("rejects an unknown parameter with CLAUSE_PARAMETER_UNKNOWN, the closest name and the known ones", () => {
    const r = resolveClauses(resolved(province({ parameters: { "log-retention-month": 12 } })));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: "CLAUSE_PARAMETER_UNKNOWN", source: "provincie-utrecht:inkoop", pointer: "/annex/parameters/log-retention-month" });
    expect(r.errors[0]!.message).toContain("did you mean 'log-retention-months'?");
    expect(r.errors[0]!.message).toContain("audit-frequency");
  });

  it("rejects a log retention below what the logging requirement asks", () => {
    const r = resolveClauses(resolved(province({ parameters: { "log-retention-months": 3 } })));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ code: "CLAUSE_PARAMETER_OUT_OF_RANGE" });
    expect(r.errors[0]!.message).toContain("requirement logging asks for at least 6");
  });

  it("rejects a value above the parameter's maximum", () => {
    const r = resolveClauses(resolved(province({ parameters: { "audit-frequency": 50 } })));
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(["CLAUSE_PARAMETER_OUT_OF_RANGE"]);
  });

  it("reports every problem of a ruleset's clauses at once", () => {
    const r = resolveClauses(
      resolved(
        province({
          remove: ["no-such-clause"],
          clauses: [
            { id: "x", requirement: "loging", kind: "requirement", title: { nl: "X", en: "X" }, text: { nl: "{leverancier} bewaart {param:bewaartermijn}.", en: "{supplier} keeps it." }, sources: [{ framework: "AI Act", reference: "art. 12" }] },
          ],
        }),
      ),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code).sort()).toEqual(["CLAUSE_PARAMETER_UNKNOWN", "CLAUSE_PLACEHOLDER_UNKNOWN", "CLAUSE_REMOVE_UNKNOWN", "CLAUSE_REQUIREMENT_UNKNOWN"]);
    expect(r.errors.find((e) => e.code === "CLAUSE_REQUIREMENT_UNKNOWN")!.message).toContain("did you mean 'logging'?");
  });

  it("reports a library that does not match the schema", () => {
    const broken = { ...ethiekClauses, clauses: [{ ...ethiekClauses.clauses[0]!, kind: "eis" }] } as unknown as ClauseLibrary;
    const r = resolveClauses(resolved(), broken);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(["CLAUSE_LIBRARY_INVALID"]);
  });

  it("lets the ruleset schema reject a malformed annex before any clause is resolved", () => {
    const r = resolveRuleset({ name: "p:x", version: "1", extends: ["ethiek:recommended"], annex: { parameters: { "log-retention-months": "zes" } } } as unknown as Ruleset);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.code).toBe("RULESET_INVALID");
    expect(r.errors[0]!.pointer).toBe("/annex/parameters/log-retention-months");
  });

  it("inherits the annex settings of the rulesets a ruleset extends, the later winning", () => {
    const parent = province({ parameters: { "log-retention-months": 12 }, parties: { buyer: { nl: "Provincie", en: "the Province" } } });
    const child: Ruleset = { name: "provincie-utrecht:ai", version: "1", extends: ["provincie-utrecht:inkoop"], annex: { parameters: { "log-retention-months": 24 } } };
    const r = resolveClauses(resolved(child, [parent]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.parameters.get("log-retention-months")?.value).toBe(24);
    expect(r.value.parties.buyer.nl).toBe("Provincie");
  });
});
