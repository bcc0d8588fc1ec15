// Issue 18: every JSON body of the API fuzzed — random JSON, objects built from the schema's own
// property names with random values, and NUL or huge strings. Property: never a 5xx, and every
// 4xx is application/problem+json. `npm test` runs a short, reproducible smoke (FUZZ_RUNS unset);
// `npm run fuzz` at the root runs 10,000 inputs per body.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { createApiKey } from "../src/auth.js";
import { bearer, createTenants, databases, form, startApp, tender } from "./harness.js";

const runs = Number(process.env.FUZZ_RUNS ?? 25);
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS === undefined ? 18 : undefined;

type Json = Record<string, unknown>;

/** Property names a body schema mentions anywhere, so that generated objects get past "unknown property". */
function propertyNames(schema: unknown, doc: Json, seen = new Set<unknown>(), out = new Set<string>()): Set<string> {
  if (schema === null || typeof schema !== "object" || seen.has(schema)) return out;
  seen.add(schema);
  const s = schema as Json;
  if (typeof s.$ref === "string" && s.$ref.startsWith("#/")) {
    let target: unknown = doc;
    for (const part of s.$ref.slice(2).split("/")) target = (target as Json | undefined)?.[part];
    propertyNames(target, doc, seen, out);
  }
  if (s.properties !== null && typeof s.properties === "object") for (const name of Object.keys(s.properties)) out.add(name);
  for (const value of Object.values(s)) if (typeof value === "object") propertyNames(value, doc, seen, out);
  return out;
}

const strings = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("a\u0000b", "x".repeat(20_000), "\u202Eevil", "9223372036854775808", "-1", "", "ipo", "noord"));
const values = fc.oneof({ weight: 3, arbitrary: strings }, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 3 }));

for (const { name: kind, skip } of databases) describe.skipIf(skip)(`fuzzing every JSON body of the API on ${kind}`, () => {
  let app: FastifyInstance;
  let key: string;
  let close: () => Promise<void>;
  let checkId = "";
  const operations: { method: string; path: string; names: string[] }[] = [];
  beforeAll(async () => {
    ({ app, close } = await startApp(kind, { logLevel: "silent" }));
    await createTenants(app);
    key = (await createApiKey(app.storage.db, app.config.keyPepper, { organisation: "noord", roles: ["officer", "ethics", "admin"], label: "fuzz" }, "test")).key;
    const created = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(key), payload: form([{ name: "t.md", bytes: tender("chatbot-publieksvragen.md") }]) });
    checkId = created.json().id as string;
    const doc = (await app.inject({ url: "/v1/openapi.json" })).json() as Json;
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, op] of Object.entries(item)) {
        const content = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
        const schema = content?.["application/json"]?.schema;
        if (schema === undefined) continue;
        operations.push({ method: method.toUpperCase(), path, names: [...propertyNames(schema, doc)] });
      }
    }
  });
  afterAll(async () => close?.());

  it("finds the JSON bodies in the OpenAPI document", () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
  });

  it(`answers every fuzzed body with a 2xx or a 4xx problem, never a 5xx (${runs} inputs per body)`, async () => {
    const failures: string[] = [];
    for (const op of operations) {
      const url = `/v1${op.path}`.replace(/\{id\}/g, checkId).replace(/\{[^}]+\}/g, "onbekend");
      const bodies = fc.oneof(
        { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...(op.names.length > 0 ? op.names : ["x"])), values, { maxKeys: 8 }) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
      );
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const res = await app.inject({ method: op.method as "POST", url, headers: { ...bearer(key), "content-type": "application/json" }, payload: JSON.stringify(body) });
          const ok = res.statusCode < 500 && (res.statusCode < 400 || String(res.headers["content-type"]).startsWith("application/problem+json"));
          if (!ok) failures.push(`${op.method} ${op.path} ${res.statusCode} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 200)}`);
          return ok;
        }),
        { numRuns: runs, ...(seed !== undefined ? { seed } : {}) },
      );
    }
    expect(failures).toEqual([]);
  }, Math.max(120_000, runs * 40 * 20));
});
