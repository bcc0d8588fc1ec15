// The OpenAPI document: generated from the JSON Schemas, public with CORS *, and conforming to the
// Dutch API Design Rules (official Spectral rulesets, run offline: both only extend the built-in
// `spectral:oas`, and the document has no remote $refs).
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformanceMissing, conformancePath } from "@ethiek-test/support";
import type { FastifyInstance } from "fastify";
import { startApp } from "./harness.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const spectralBin = join(dirname(require.resolve("@stoplight/spectral-cli/package.json")), "dist/index.js");

interface SpectralResult {
  code: string;
  severity: number;
  message: string;
  path: string[];
}

async function lint(doc: unknown, ruleset: string): Promise<SpectralResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "ethiek-openapi-"));
  const file = join(dir, "openapi.json");
  writeFileSync(file, JSON.stringify(doc, null, 2));
  const out = join(dir, "result.json");
  // Exit code 1 means "results at or above the fail severity"; the JSON output is what we judge.
  await run(process.execPath, [spectralBin, "lint", "-r", ruleset, "-f", "json", "-o", out, "--fail-severity", "error", file], {
    env: { ...process.env, SCARF_ANALYTICS: "false", DO_NOT_TRACK: "1" },
  }).catch((error: { code?: number }) => {
    if (error.code !== 1) throw error;
  });
  return JSON.parse((await import("node:fs")).readFileSync(out, "utf8")) as SpectralResult[];
}

const errors = (results: SpectralResult[]) => results.filter((r) => r.severity === 0);

describe("GET /v1/openapi.json", () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let doc: Record<string, unknown>;
  beforeAll(async () => {
    ({ app, close } = await startApp("sqlite"));
    const res = await app.inject({ url: "/v1/openapi.json", headers: { origin: "https://elders.example" } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.headers["api-version"]).toBe("1.0.0");
    doc = res.json();
  });
  afterAll(() => close());

  it("is OpenAPI 3.1 with every route under the /v1 server and no remote references", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([expect.objectContaining({ url: "/v1" })]);
    const paths = Object.keys(doc.paths as object);
    expect(paths).toEqual(expect.arrayContaining(["/checks", "/checks/{id}", "/requirements", "/rulesets/{name}", "/health", "/openapi.json"]));
    expect(paths.every((p) => !p.startsWith("/v1") && !p.endsWith("/"))).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/"\$ref":"https?:/);
  });

  it("takes its component schemas from the JSON Schemas in schemas/", () => {
    const schemas = (doc.components as { schemas: Record<string, { properties?: object }> }).schemas;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(["Check", "CheckReport", "Problem", "InvalidParam", "WaiverRequest", "Tender"]));
    expect(Object.keys(schemas.CheckReport?.properties ?? {})).toContain("classification");
  });

  it("is public: no key needed even in keys mode", async () => {
    const res = await app.inject({ url: "/v1/openapi.json" });
    expect(res.statusCode).toBe(200);
  });

  describe.skipIf(conformanceMissing("ADR Spectral rulesets"))("Dutch API Design Rules", () => {
    it("has zero errors and zero warnings under ADR 2.2 when served over HTTPS", async () => {
      const https = await startApp("sqlite", { publicUrl: "https://api.ethiek.example" });
      const res = await https.app.inject({ url: "/v1/openapi.json" });
      await https.close();
      const results = await lint(res.json(), conformancePath("adr", "adr-main.linter.yaml"));
      expect(results.map((r) => `${r.code}: ${r.message} at ${r.path.join(".")}`)).toEqual([]);
    });

    it("has zero errors under ADR 2.2 with a relative server URL (one warning: servers-use-https)", async () => {
      const results = await lint(doc, conformancePath("adr", "adr-main.linter.yaml"));
      expect(errors(results)).toEqual([]);
      expect(results.map((r) => r.code)).toEqual(["nlgov:servers-use-https"]);
    });

    it("has no errors under ADR 2.1.0 other than its OpenAPI 3.0-only version rule", async () => {
      const results = await lint(doc, conformancePath("adr", "adr-2.1.0.spectral.yml"));
      expect(errors(results).map((r) => r.code)).toEqual(["openapi3"]);
      expect(results.filter((r) => r.severity === 1).map((r) => r.code)).toEqual(["servers-use-https"]);
    });
  });
});
