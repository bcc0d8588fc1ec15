// `ethiek cases push` and `ethiek cases pull` in process, against the ZGW mock that validates every
// request against the real specifications.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { conformanceMissing } from "@ethiek-test/support";
import { startZgwMock, type ZgwMock } from "@ethiek-test/zgw";
import { zgwProjection } from "@ethiek/cases";
import type { Case } from "@ethiek/schemas";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { confidentialCase, precedents } from "../../cases/test/fixtures.js";
import { run, tempDir } from "./helpers.js";

const secret = "cli-geheim-van-genoeg-tekens";
const cases: Case[] = [...precedents, confidentialCase];

describe.skipIf(conformanceMissing("ethiek cases push/pull"))("ethiek cases push and pull", { timeout: 180_000 }, () => {
  let zgw: ZgwMock;
  let dir: string;
  const env = { ETHIEK_ZGW_SECRET: secret };
  const lines = (file: string) => readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    zgw = await startZgwMock({ clients: { ethiek: secret } });
  }, 180_000);
  afterAll(() => zgw.close());
  beforeEach(() => {
    zgw.reset();
    const config = { zgw: { zakenApiUrl: zgw.zakenApiUrl, catalogiApiUrl: zgw.catalogiApiUrl, catalogusUrl: zgw.catalogusUrl, bronorganisatie: "002220647", clientId: "ethiek", timeoutMs: 30_000 } };
    dir = tempDir({
      "ethiek.config.json": JSON.stringify(config),
      "cases/list.json": JSON.stringify(cases.slice(0, 4)),
      ...Object.fromEntries(cases.slice(4).map((c) => [`cases/${c.id}.json`, JSON.stringify(c)])),
    });
  });

  it("pushes, logs every step, changes nothing the second time, and pulls the same cases into files", async () => {
    const first = await run(["cases", "push", "cases", "--lang", "en"], dir, env);
    expect(first.stderr).toMatch(/^warning: The default archiving settings/m);
    expect(first.stderr).toMatch(/9 cases in the case system: \d+ created, 0 updated, 0 deleted, 1 published, 0 unchanged\./);
    expect(first.code).toBe(0);
    const log = lines(join(dir, "ethiek-zgw-audit.jsonl"));
    expect(log[0]).toMatchObject({ action: "zgw.push.start", actor: "ethiek" });
    expect(log.at(-1)).toMatchObject({ action: "zgw.push.done" });
    expect(log.filter((l) => l.action === "zgw.push.create").length).toBe(zgw.writes() - 1);

    const writes = zgw.writes();
    const second = await run(["cases", "push", "cases", "--format", "json"], dir, env);
    expect(second.code).toBe(0);
    expect(zgw.writes()).toBe(writes);
    expect((JSON.parse(second.stdout) as { counts: { created: number } }).counts.created).toBe(0);
    expect(second.stderr).toMatch(/9 casussen in het zaaksysteem: 0 aangemaakt, 0 bijgewerkt/);

    const pulled = await run(["cases", "pull", "--output", "moresprudentie"], dir, env);
    expect(pulled.code).toBe(0);
    const files = readdirSync(join(dir, "moresprudentie")).sort();
    expect(files).toEqual(cases.map((c) => `${c.id}.json`).sort());
    for (const c of cases) expect(JSON.parse(readFileSync(join(dir, "moresprudentie", `${c.id}.json`), "utf8"))).toEqual(zgwProjection(c));
  });

  it("refuses invalid case files before sending anything", async () => {
    const bad = tempDir({ "ethiek.config.json": readFileSync(join(dir, "ethiek.config.json"), "utf8"), "c.json": JSON.stringify({ ...cases[0], confidentiality: "geheim" }) });
    const result = await run(["cases", "push", "c.json"], bad, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/1 probleem in de bestanden met casussen; er is niets verstuurd \[INPUT_INVALID\]/);
    expect(result.stderr).toMatch(/confidentiality/);
    expect(zgw.log).toEqual([]);
  });

  it("says what to set when the secret or the zgw section is missing", async () => {
    const noSecret = await run(["cases", "push", "cases"], dir, {});
    expect(noSecret).toMatchObject({ code: 2 });
    expect(noSecret.stderr).toMatch(/ETHIEK_ZGW_SECRET is niet gezet \[ZGW_NOT_CONFIGURED\]/);
    const noConfig = await run(["cases", "pull"], tempDir(), env);
    expect(noConfig.stderr).toMatch(/de config heeft geen zgw-deel \[ZGW_NOT_CONFIGURED\]/);
  });

  it("reports a refused login in Dutch with the fix, exits 2, writes no files, and logs the failure", async () => {
    const result = await run(["cases", "pull", "--output", "out"], dir, { ETHIEK_ZGW_SECRET: "verkeerd" });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Het zaaksysteem weigert de aanmelding .*Controleer de client-id en het geheim/);
    expect(result.stderr).toMatch(/\[ZGW_FAILED\]/);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readdirSync(dir)).not.toContain("out");
    expect(lines(join(dir, "ethiek-zgw-audit.jsonl")).at(-1)).toMatchObject({ action: "zgw.pull.failed", error: "ZGW_UNAUTHORIZED" });
  });

  it("shows the fields ZGW refused, one per line, and exits 2", async () => {
    // A process type URL longer than the Catalogi API allows (200): only the case system knows.
    const config = JSON.parse(readFileSync(join(dir, "ethiek.config.json"), "utf8")) as { zgw: Record<string, unknown> };
    config.zgw.archive = { selectielijstProcestype: `https://selectielijst.example.nl/api/v1/procestypen/${"a".repeat(200)}` };
    const d = tempDir({ "ethiek.config.json": JSON.stringify(config), "c.json": JSON.stringify(cases[0]) });
    const result = await run(["cases", "push", "c.json", "--lang", "en"], d, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/The case system rejected the data \(POST http:\/\/127\.0\.0\.1:\d+\/catalogi\/api\/v1\/zaaktypen\): selectielijstProcestype/);
    expect(result.stderr).toMatch(/\n  - selectielijstProcestype: must NOT have more than 200 characters \[maxLength\]/);
    expect(result.stderr).toMatch(/Run the same command again once the problem is solved/);
    expect(zgw.writes()).toBe(0);
  });
});
