import { describe, expect, it } from "vitest";
import { formatConfigIssues, isLoopback, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("starts in local mode on 127.0.0.1:3000 with the embedded database when nothing is set", () => {
    const result = loadConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ host: "127.0.0.1", port: 3000, auth: "local" });
    expect(result.value.database.kind).toBe("sqlite");
    expect(result.value.database.kind === "sqlite" && result.value.database.file.endsWith("data/ethiek.db")).toBe(true);
  });

  it("resolves the data folder against the directory npm was started from", () => {
    const result = loadConfig({ INIT_CWD: "/srv/ethiek", ETHIEK_DATA_DIR: "gegevens" });
    expect(result.ok && result.value.dataDir).toBe("/srv/ethiek/gegevens");
    expect(result.ok && result.value.database).toEqual({ kind: "sqlite", file: "/srv/ethiek/gegevens/ethiek.db", synchronous: "normal" });
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    const result = loadConfig({ DATABASE_URL: "postgres://u@db:5432/ethiek", ETHIEK_DB_SCHEMA: "ethiek" });
    expect(result.ok && result.value.database).toEqual({ kind: "postgres", url: "postgres://u@db:5432/ethiek", schema: "ethiek" });
  });

  it("requires keys and a pepper as soon as the service listens beyond this machine", () => {
    const result = loadConfig({ HOST: "0.0.0.0" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.code)).toEqual(["missing-pepper"]);
    const ok = loadConfig({ HOST: "0.0.0.0", ETHIEK_KEY_PEPPER: "a-long-enough-pepper" });
    expect(ok.ok && ok.value.auth).toBe("keys");
  });

  it("refuses local mode on a network interface", () => {
    const result = loadConfig({ HOST: "0.0.0.0", ETHIEK_AUTH: "local", ETHIEK_KEY_PEPPER: "a-long-enough-pepper" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe("local-mode-on-network");
  });

  it("reports every invalid variable at once, naming each", () => {
    const result = loadConfig({ PORT: "web", LOG_LEVEL: "loud", ETHIEK_MAX_FILES: "-1", DATABASE_URL: "mysql://x", ETHIEK_AUTH: "open" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.variable).sort()).toEqual(["DATABASE_URL", "ETHIEK_AUTH", "ETHIEK_MAX_FILES", "LOG_LEVEL", "PORT"]);
    expect(formatConfigIssues(result.errors)).toContain("- DATABASE_URL: DATABASE_URL must start with postgres://");
  });

  it("treats empty variables as unset and reads limits, CORS origins and the public URL", () => {
    const result = loadConfig({ PORT: "", ETHIEK_MAX_FILE_BYTES: "1000", ETHIEK_CORS_ORIGINS: "https://a.nl, https://b.nl", ETHIEK_PUBLIC_URL: "https://api.example.nl/" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.port).toBe(3000);
    expect(result.value.limits.maxFileBytes).toBe(1000);
    expect(result.value.corsOrigins).toEqual(["https://a.nl", "https://b.nl"]);
    expect(result.value.publicUrl).toBe("https://api.example.nl");
  });
});

describe("isLoopback", () => {
  it("reads the case system (ZGW) from all six ETHIEK_ZGW_* variables, with archiving settings as JSON, and names what is missing", () => {
    const zgw = {
      ETHIEK_ZGW_ZAKEN_URL: "https://oz.example.nl/zaken/api/v1",
      ETHIEK_ZGW_CATALOGI_URL: "https://oz.example.nl/catalogi/api/v1",
      ETHIEK_ZGW_CATALOGUS_URL: "https://oz.example.nl/catalogi/api/v1/catalogussen/1",
      ETHIEK_ZGW_RSIN: "002220647",
      ETHIEK_ZGW_CLIENT_ID: "ethiek",
      ETHIEK_ZGW_SECRET: "geheim",
    };
    const archive = { verantwoordelijke: "Commissie", results: { closed: { selectielijstklasse: "https://selectielijst.example.nl/api/v1/resultaten/1", archiefactietermijn: "P20Y" } } };
    const r = loadConfig({ ...zgw, ETHIEK_ZGW_ARCHIVE: JSON.stringify(archive), ETHIEK_ZGW_INCLUDE_PERSONS: "true" });
    expect(r.ok && r.value.zgw).toEqual({ zakenApiUrl: zgw.ETHIEK_ZGW_ZAKEN_URL, catalogiApiUrl: zgw.ETHIEK_ZGW_CATALOGI_URL, catalogusUrl: zgw.ETHIEK_ZGW_CATALOGUS_URL, bronorganisatie: "002220647", clientId: "ethiek", secret: "geheim", timeoutMs: 15_000, includePersons: true, archive });
    expect(loadConfig({}).ok && (loadConfig({}) as { value: { zgw?: unknown } }).value.zgw).toBeUndefined();
    const partial = loadConfig({ ETHIEK_ZGW_ZAKEN_URL: zgw.ETHIEK_ZGW_ZAKEN_URL });
    expect(partial.ok ? [] : partial.errors.map((e) => e.code)).toEqual(["incomplete-zgw"]);
    expect(partial.ok ? "" : partial.errors[0]!.message).toMatch(/missing: ETHIEK_ZGW_CATALOGI_URL, .*ETHIEK_ZGW_SECRET/);
    const bad = loadConfig({ ...zgw, ETHIEK_ZGW_ARCHIVE: JSON.stringify({ results: { closed: { archiefactietermijn: "tien jaar" } }, extra: 1 }) });
    expect(bad.ok ? "" : bad.errors[0]!.message).toMatch(/ETHIEK_ZGW_ARCHIVE does not match ZgwArchiveSettings .*\/results\/closed\/archiefactietermijn: must match pattern/);
    expect(bad.ok ? "" : bad.errors[0]!.message).toMatch(/\(extra\)/);
    const notJson = loadConfig({ ...zgw, ETHIEK_ZGW_ARCHIVE: "{nee" });
    expect(notJson.ok ? "" : notJson.errors[0]!.message).toMatch(/ETHIEK_ZGW_ARCHIVE must be JSON/);
  });

  it("accepts only addresses of this machine", () => {
    expect(["127.0.0.1", "127.0.0.2", "localhost", "::1"].map(isLoopback)).toEqual([true, true, true, true]);
    expect(["0.0.0.0", "::", "10.0.0.1", "api.example.nl"].map(isLoopback)).toEqual([false, false, false, false]);
  });
});
