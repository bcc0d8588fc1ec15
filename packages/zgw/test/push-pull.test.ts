// Push and pull against a stateful ZGW mock that validates every request body against the real
// specifications (test/zgw/mock-server.ts), started here.
import { conformanceMissing } from "@ethiek-test/support";
import { startZgwMock, type ZgwMock } from "@ethiek-test/zgw";
import { zgwProjection } from "@ethiek/cases";
import type { Case } from "@ethiek/schemas";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { confidentialCase, openCase, precedents } from "../../cases/test/fixtures.js";
import { formatZgwError, pullCases, pushCases, type ZgwPushOptions, type ZgwPushStep } from "../src/index.js";

const clientId = "ethiek";
const secret = "een-geheim-van-genoeg-tekens";
const cases: Case[] = [...precedents, confidentialCase, openCase];
const byId = (list: readonly Case[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

// Generous per-test time: each test makes hundreds of real HTTP requests, and CI runs every suite
// at once on two cores. Speed is not what these tests measure.
describe.skipIf(conformanceMissing("ZGW push and pull"))("push and pull against a ZGW installation that enforces the specifications", { timeout: 180_000 }, () => {
  let zgw: ZgwMock;
  let options: ZgwPushOptions;
  const counts = () => Object.fromEntries([...zgw.store].map(([k, v]) => [k, v.size]));

  beforeAll(async () => {
    zgw = await startZgwMock({ clients: { [clientId]: secret }, pageSize: 5 });
  }, 180_000);
  afterAll(() => zgw.close());
  beforeEach(() => {
    zgw.reset();
    options = { zakenApiUrl: zgw.zakenApiUrl, catalogiApiUrl: zgw.catalogiApiUrl, catalogusUrl: zgw.catalogusUrl, bronorganisatie: "002220647", clientId, secret, timeoutMs: 30_000 };
  });

  it("pushes every fixture case, without a single request the specification refuses, and pulls the same cases back", async () => {
    const steps: ZgwPushStep[] = [];
    const report = await pushCases(cases, options, { onStep: (s) => void steps.push(s) });
    if (!report.ok) throw new Error(formatZgwError(report.error));
    expect(zgw.log.filter((r) => r.status >= 400)).toEqual([]);
    expect(counts()).toMatchObject({ zaaktypen: 1, statustypen: 6, resultaattypen: 3, roltypen: 6, zaken: cases.length });
    expect(report.counts.created).toBe(steps.filter((s) => s.action === "create").length);
    expect(steps.filter((s) => s.resource === "zaak").map((s) => s.caseId)).toEqual(cases.map((c) => c.id));
    expect(report.warnings.map((w) => w.code)).toEqual(["ARCHIVE_DEFAULTS"]);

    const pulled = await pullCases(options);
    if (!pulled.ok) throw new Error(formatZgwError(pulled.error));
    expect(pulled.skipped).toEqual([]);
    expect(byId(pulled.cases)).toEqual(byId(cases.map((c) => zgwProjection(c))));
  });

  it("changes nothing on a second push: no write at all", async () => {
    await pushCases(cases, options);
    const before = zgw.writes();
    const again = await pushCases(cases, options);
    expect(again.ok).toBe(true);
    expect(zgw.writes()).toBe(before);
    expect(again.counts).toMatchObject({ created: 0, updated: 0, deleted: 0, published: 0 });
    expect(again.counts.unchanged).toBeGreaterThan(cases.length * 5);
  });

  it("updates what changed in a case, and only that", async () => {
    await pushCases(cases, options);
    const changed = cases.map((c) => (c.id === "dkf-2024-001" ? { ...c, title: "Slimme camera's op het stationsplein (herzien)", stakeholders: [{ name: "reizigers" }] } : c));
    const report = await pushCases(changed, options);
    expect(report.ok).toBe(true);
    expect(report.steps.filter((s) => s.action !== "unchanged").map((s) => `${s.action} ${s.resource} ${s.caseId}`)).toEqual([
      "update zaak dkf-2024-001",
      "delete rol dkf-2024-001",
      "create rol dkf-2024-001",
    ]);
    const pulled = await pullCases(options);
    expect(pulled.ok && pulled.cases.find((c) => c.id === "dkf-2024-001")).toEqual(zgwProjection(changed[0]!));
  });

  it("completes a push that failed after half its requests on the next run, with nothing twice", async () => {
    await pushCases(cases, options);
    const requests = zgw.log.length;
    const complete = counts();
    zgw.reset();

    zgw.faults = { failAfterRequests: Math.floor(requests / 2) };
    const broken = await pushCases(cases, options);
    expect(broken.ok ? null : broken.error).toMatchObject({ code: "ZGW_HTTP", status: 500 });
    expect(zgw.log.filter((r) => r.status !== 500)).toHaveLength(Math.floor(requests / 2));
    const half = counts();
    expect(half.zaken).toBeGreaterThan(0);
    expect(half.zaken).toBeLessThan(cases.length);

    zgw.heal();
    const resumed = await pushCases(cases, options);
    expect(resumed.ok).toBe(true);
    expect(counts()).toEqual(complete);
    const pulled = await pullCases(options);
    expect(pulled.ok && byId(pulled.cases)).toEqual(byId(cases.map((c) => zgwProjection(c))));
  });

  it("completes a push that failed after half its writes on the next run, with nothing twice", async () => {
    await pushCases(cases, options);
    const full = zgw.writes();
    const complete = counts();
    zgw.reset();

    zgw.faults = { failAfterWrites: Math.floor(full / 2) };
    const broken = await pushCases(cases, options);
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.error.code).toBe("ZGW_HTTP");
    expect(broken.error.status).toBe(500);
    expect(broken.caseId).toBeDefined();
    expect(broken.counts.created + broken.counts.published).toBe(Math.floor(full / 2));

    zgw.heal();
    const resumed = await pushCases(cases, options);
    expect(resumed.ok).toBe(true);
    expect(broken.counts.created + broken.counts.published + resumed.counts.created + resumed.counts.published).toBe(full);
    expect(counts()).toEqual(complete);
    const pulled = await pullCases(options);
    expect(pulled.ok && byId(pulled.cases)).toEqual(byId(cases.map((c) => zgwProjection(c))));
  });

  it("resumes after a timeout on a write the case system did carry out, without a duplicate", async () => {
    zgw.faults = { hangAfterWrites: 20 };
    const broken = await pushCases(cases, { ...options, timeoutMs: 300 });
    expect(broken.ok ? null : broken.error.code).toBe("ZGW_TIMEOUT");
    expect(broken.ok ? "" : broken.error.message).toMatch(/antwoordde niet binnen 0\.3 seconden/);
    zgw.heal();
    const resumed = await pushCases(cases, options);
    expect(resumed.ok).toBe(true);
    expect(counts()).toMatchObject({ zaaktypen: 1, statustypen: 6, zaken: cases.length });
    const second = await pushCases(cases, options);
    expect(second.counts.created).toBe(0);
  });

  it("reports a wrong secret as a clear 401 and writes nothing", async () => {
    const report = await pushCases(cases, { ...options, secret: "fout-geheim" });
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.error.code).toBe("ZGW_UNAUTHORIZED");
    expect(report.error.message).toMatch(/client-id en het geheim/);
    expect(zgw.writes()).toBe(0);
    const pulled = await pullCases({ ...options, clientId: "onbekend" });
    expect(pulled.ok ? null : pulled.error.code).toBe("ZGW_UNAUTHORIZED");
  });

  it("shows ZGW's validation errors field by field when the case system refuses data", async () => {
    // What ethiek's own check of the export refuses never reaches the case system.
    const bad = await pushCases(cases, { ...options, bronorganisatie: "12345678901" });
    expect(bad.ok ? null : bad.error.code).toBe("ZGW_VALIDATION");
    expect(bad.ok ? "" : bad.error.message).toMatch(/Er is niets verstuurd/);
    expect(zgw.log).toEqual([]);

    const report = await pushCases(cases, { ...options, archive: { verantwoordelijke: "x".repeat(50), results: { closed: { archiefactietermijn: "P10J" } } } });
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.error.code).toBe("ZGW_VALIDATION");
    expect(report.error.status).toBe(400);
    expect(report.error.invalidParams).toEqual([expect.objectContaining({ name: "archiefactietermijn", code: "format" })]);
    expect(formatZgwError(report.error)).toMatch(/- archiefactietermijn: must match format "duration" \[format\]/);
  });

  it("reports a case system that cannot be reached", async () => {
    const report = await pushCases(cases, { ...options, zakenApiUrl: "http://127.0.0.1:9/zaken/api/v1", catalogiApiUrl: "http://127.0.0.1:9/catalogi/api/v1" });
    expect(report.ok ? null : report.error.code).toBe("ZGW_NETWORK");
  });

  it("says so when the catalogue has no ethics zaaktype to pull from", async () => {
    const pulled = await pullCases(options);
    expect(pulled.ok ? null : pulled.error.code).toBe("ZGW_NO_ZAAKTYPE");
  });
});
