// The checking API through HTTP (fastify.inject), on SQLite and PostgreSQL, in keys mode with two
// provinces and an ethics commission: every endpoint × role × other organisation.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateCheck, validateProblem, validateWaiverRequest, type Check, type CheckPage } from "@ethiek/schemas";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { bearer, createTenants, databases, form, startApp, tender, type Tenants } from "./harness.js";

const weak = () => tender("cv-screening-werving.md");
const strong = () => tender("subsidie-risicoscore.md");

function expectProblem(res: LightMyRequestResponse, status: number, code?: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = res.json();
  const valid = validateProblem(body);
  expect(valid.ok, JSON.stringify(valid)).toBe(true);
  expect(body).toMatchObject({ status, instance: expect.stringMatching(/^\/v1\//) });
  if (code !== undefined) expect(body.code).toBe(code);
  return body as { invalidParams?: { name: string; reason: string }[]; detail: string; code: string };
}

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`checks API on ${name}`, () => {
    let app: FastifyInstance;
    let logs: () => string;
    let close: () => Promise<void>;
    let keys: Tenants;
    let noordCheck: Check;
    let zuidCheck: Check;

    const submit = (key: string, files: { name: string; bytes: Buffer | string; type?: string }[] = [{ name: "leidraad.md", bytes: weak() }], fields: Record<string, string> = {}, headers: Record<string, string> = {}) =>
      app.inject({ method: "POST", url: "/v1/checks", headers: { ...bearer(key), ...headers }, payload: form(files, fields) });

    beforeAll(async () => {
      ({ app, logs, close } = await startApp(name));
      keys = await createTenants(app);
      const a = await submit(keys.noord.officer);
      expect(a.statusCode, a.body).toBe(201);
      noordCheck = a.json();
      const b = await submit(keys.zuid.officer);
      expect(b.statusCode, b.body).toBe(201);
      zuidCheck = b.json();
    });
    afterAll(() => close());

    describe("POST /v1/checks", () => {
      it("stores the check and answers 201 with Location and the report with its id", async () => {
        const res = await submit(keys.noord.officer, [{ name: "leidraad.md", bytes: weak() }], {
          manifest: JSON.stringify({ title: "Wervingsplatform" }),
          language: "en",
        });
        expect(res.statusCode, res.body).toBe(201);
        const check = res.json() as Check;
        expect(validateCheck(check).ok).toBe(true);
        expect(res.headers.location).toBe(`/v1/checks/${check.id}`);
        expect(check.report.id).toBe(check.id);
        expect(check.report.language).toBe("en");
        expect(check).toMatchObject({ organisation: "noord", previousCheck: null });
        expect(check.documents).toEqual([
          { name: "leidraad.md", format: "markdown", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: weak().length, stored: false },
        ]);
        expect(check.report.results.length).toBeGreaterThan(30);
        const row = await app.storage.db.selectFrom("checks").selectAll().where("id", "=", check.id).executeTakeFirstOrThrow();
        expect(row).toMatchObject({ organisation_id: "noord", ruleset_name: check.report.ruleset.name, ruleset_version: check.report.ruleset.version, tender_title: "Wervingsplatform" });
        expect(row.submitted_by).toBe(check.submittedBy);
      });

      it("does not keep documents or their text unless the organisation enables it", async () => {
        const without = await app.storage.db.selectFrom("check_documents").select(["content", "text"]).where("check_id", "=", noordCheck.id).execute();
        expect(without).toEqual([{ content: null, text: null }]);
        await app.storage.db.updateTable("organisations").set({ store_documents: 1 }).where("id", "=", "zuid").execute();
        const res = await submit(keys.zuid.officer);
        await app.storage.db.updateTable("organisations").set({ store_documents: 0 }).where("id", "=", "zuid").execute();
        const check = res.json() as Check;
        expect(check.documents[0]?.stored).toBe(true);
        const stored = await app.storage.db.selectFrom("check_documents").select(["content", "text"]).where("check_id", "=", check.id).executeTakeFirstOrThrow();
        expect(Buffer.from(stored.content as Uint8Array).equals(weak())).toBe(true);
        expect(stored.text).toContain("sollicit");
      });

      it("never creates a second check for the same Idempotency-Key and body", async () => {
        const headers = { "idempotency-key": `k-${name}-1` };
        const first = await submit(keys.noord.officer, undefined, {}, headers);
        const again = await submit(keys.noord.officer, undefined, {}, headers);
        expect(first.statusCode).toBe(201);
        expect(again.statusCode).toBe(201);
        expect(again.headers["idempotent-replayed"]).toBe("true");
        expect(again.json().id).toBe(first.json().id);
        const rows = await app.storage.db.selectFrom("checks").select("id").where("idempotency_key", "=", `k-${name}-1`).execute();
        expect(rows).toHaveLength(1);
        // Another organisation may use the same key for its own check.
        const other = await submit(keys.zuid.officer, undefined, {}, headers);
        expect(other.json().id).not.toBe(first.json().id);
        const changed = await submit(keys.noord.officer, [{ name: "leidraad.md", bytes: strong() }], {}, headers);
        expectProblem(changed, 422, "idempotency-key-reused");
      });

      it("answers concurrent requests with one Idempotency-Key with one check", async () => {
        const headers = { "idempotency-key": `k-${name}-race` };
        const results = await Promise.all([1, 2, 3].map(() => submit(keys.noord.officer, undefined, {}, headers)));
        expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201]);
        expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
      });

      it("lists every problem of the form at once: no files, unknown field, invalid manifest, bad language", async () => {
        const data = new FormData();
        data.append("manifest", JSON.stringify({ title: "", procurementMethod: "openbaar", extra: 1 }));
        data.append("language", "de");
        data.append("colour", "blue");
        const res = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.noord.officer), payload: data });
        const body = expectProblem(res, 400, "invalid-input");
        expect(body.invalidParams?.map((p) => p.name).sort()).toEqual(
          ["colour", "files", "language", "manifest/extra", "manifest/procurementMethod", "manifest/title"].sort(),
        );
      });

      it("reads past a file sent in an unknown or text field and reports both, creating no check", async () => {
        const before = (await app.inject({ method: "GET", url: "/v1/checks", headers: bearer(keys.noord.officer) })).json().total;
        const data = new FormData();
        data.append("bijlage", new Blob([new Uint8Array(200_000).fill(97)]), "bijlage.txt");
        data.append("ruleset", new Blob(["ethiek:recommended"]), "ruleset.txt");
        data.append("files", new Blob([new Uint8Array(weak())]), "leidraad.md");
        const res = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.noord.officer), payload: data });
        const body = expectProblem(res, 400, "invalid-input");
        expect(body.invalidParams?.map((p) => p.name).sort()).toEqual(["bijlage", "ruleset"]);
        const after = (await app.inject({ method: "GET", url: "/v1/checks", headers: bearer(keys.noord.officer) })).json().total;
        expect(after).toBe(before);
      });

      it("rejects a manifest that is not JSON with 400", async () => {
        const res = await submit(keys.noord.officer, undefined, { manifest: "{title:" });
        expect(expectProblem(res, 400).invalidParams?.[0]?.name).toBe("manifest");
      });

      it("accepts only rulesets installed on the server (422 otherwise, naming the available ones)", async () => {
        const res = await submit(keys.noord.officer, undefined, { ruleset: "https://evil.example/ruleset.json" });
        const body = expectProblem(res, 422, "unknown-ruleset");
        expect(body.detail).toContain("ethiek:recommended");
      });

      it("runs a server-installed ruleset by name", async () => {
        const names = app.engine.rulesets().map((r) => r.name);
        const other = names.find((n) => n !== app.engine.defaultRuleset) as string;
        const res = await submit(keys.noord.officer, undefined, { ruleset: other });
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json().report.ruleset.name).toBe(other);
      });

      it("answers an unreadable document with 422 and the reader's reason, listing every bad file", async () => {
        const res = await submit(keys.noord.officer, [
          { name: "leeg.md", bytes: "" },
          { name: "kapot.pdf", bytes: "%PDF-1.7 niet echt", type: "application/pdf" },
          { name: "goed.md", bytes: weak() },
        ]);
        const body = expectProblem(res, 422);
        expect(body.invalidParams?.map((p) => p.name)).toEqual(["files/leeg.md", "files/kapot.pdf"]);
      });

      it("answers a file over the size limit with 413 and too many files with 413", async () => {
        const small = await startApp(name, { limits: { maxFileBytes: 1000, maxRequestBytes: 1e9, maxFiles: 2, maxPages: 10, checkTimeoutMs: 60_000, requestTimeoutMs: 120_000, idleTimeoutMs: 10_000 } });
        const [k] = [await createTenants(small.app)];
        const big = await small.app.inject({ method: "POST", url: "/v1/checks", headers: bearer(k.noord.officer), payload: form([{ name: "groot.md", bytes: weak() }]) });
        expectProblem(big, 413);
        const many = await small.app.inject({
          method: "POST",
          url: "/v1/checks",
          headers: bearer(k.noord.officer),
          payload: form([1, 2, 3].map((i) => ({ name: `${i}.md`, bytes: "# Kop\n\nTekst." }))),
        });
        expectProblem(many, 413);
        await small.close();
      });

      it("answers a check that runs out of time with a 422 problem, not a timeout", async () => {
        // The real engine, with checking slowed down beyond the 200 ms budget.
        const slow = await startApp(name, { limits: { maxFileBytes: 1e7, maxRequestBytes: 1e9, maxFiles: 5, maxPages: 100, checkTimeoutMs: 200, requestTimeoutMs: 120_000, idleTimeoutMs: 10_000 } }, (real) => ({
          ...real,
          check: async (documents, options) => (await new Promise((r) => setTimeout(r, 600)), real.check(documents, options)),
        }));
        const k = await createTenants(slow.app);
        const started = Date.now();
        const res = await slow.app.inject({ method: "POST", url: "/v1/checks", headers: bearer(k.noord.officer), payload: form([{ name: "a.md", bytes: weak() }]) });
        expectProblem(res, 422, "check-timeout");
        expect(Date.now() - started).toBeLessThan(600);
        await slow.close();
      });

      it("answers a JSON body with 415: documents are uploaded as multipart", async () => {
        const res = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.noord.officer), payload: { files: [] } });
        expectProblem(res, 415);
      });
    });

    describe("GET /v1/checks/{id}", () => {
      it("gives JSON by default, SARIF and HTML on request, 406 for anything else", async () => {
        const url = `/v1/checks/${noordCheck.id}`;
        const json = await app.inject({ url, headers: bearer(keys.noord.officer) });
        expect(json.statusCode).toBe(200);
        expect(json.json()).toEqual(noordCheck);
        const sarif = await app.inject({ url, headers: { ...bearer(keys.noord.officer), accept: "application/sarif+json" } });
        expect(sarif.headers["content-type"]).toMatch(/^application\/sarif\+json/);
        expect(sarif.json()).toMatchObject({ version: "2.1.0", runs: [expect.any(Object)] });
        const html = await app.inject({ url, headers: { ...bearer(keys.noord.officer), accept: "text/html" } });
        expect(html.headers["content-type"]).toMatch(/^text\/html/);
        expect(html.body).toMatch(/<html/i);
        expectProblem(await app.inject({ url, headers: { ...bearer(keys.noord.officer), accept: "image/png" } }), 406);
      });
    });

    describe("GET /v1/checks", () => {
      it("pages the organisation's checks, newest first, with the total", async () => {
        const res = await app.inject({ url: "/v1/checks?page=1&pageSize=2", headers: bearer(keys.noord.ethics) });
        expect(res.statusCode).toBe(200);
        const page = res.json() as CheckPage;
        expect(page.items).toHaveLength(2);
        expect(page.total).toBeGreaterThan(2);
        expect(page.items.every((c) => c.organisation === "noord")).toBe(true);
        expect(page.items[0]!.createdAt >= page.items[1]!.createdAt).toBe(true);
        const last = await app.inject({ url: `/v1/checks?page=${Math.ceil(page.total / 2)}&pageSize=2`, headers: bearer(keys.noord.ethics) });
        expect((last.json() as CheckPage).items.length).toBeGreaterThan(0);
      });

      it("filters by date, status and requirement", async () => {
        const get = async (q: string) => (await app.inject({ url: `/v1/checks?${q}`, headers: bearer(keys.noord.officer) })).json() as CheckPage;
        const all = await get("pageSize=100");
        const verdict = noordCheck.report.summary.verdict;
        expect((await get(`status=${verdict}&pageSize=100`)).items.every((c) => c.verdict === verdict)).toBe(true);
        const other = verdict === "fail" ? "pass" : "fail";
        expect((await get(`status=${other}`)).items.find((c) => c.id === noordCheck.id)).toBeUndefined();
        const today = new Date().toISOString().slice(0, 10);
        expect((await get(`createdFrom=${today}&createdUntil=${today}&pageSize=100`)).total).toBe(all.total);
        expect((await get("createdUntil=2000-01-01")).total).toBe(0);
        const open = noordCheck.report.results.find((r) => r.status === "missing")!.requirement;
        const done = noordCheck.report.results.find((r) => r.status === "satisfied" || r.status === "not-applicable")!.requirement;
        expect((await get(`requirement=${open}&pageSize=100`)).items.map((c) => c.id)).toContain(noordCheck.id);
        expect((await get(`requirement=${done}&pageSize=100`)).items.map((c) => c.id)).not.toContain(noordCheck.id);
      });

      it("never shows another organisation's checks, even when asked by name", async () => {
        const res = await app.inject({ url: "/v1/checks?organisation=zuid", headers: bearer(keys.noord.officer) });
        expect(res.json()).toMatchObject({ items: [], total: 0 });
        const commission = await app.inject({ url: "/v1/checks?pageSize=100", headers: bearer(keys.commissie.ethics) });
        const orgs = new Set((commission.json() as CheckPage).items.map((c) => c.organisation));
        expect([...orgs]).toEqual(["noord"]);
      });

      it("rejects bad query parameters with 400 listing each", async () => {
        const res = await app.inject({ url: "/v1/checks?page=0&pageSize=1000&status=ok&createdFrom=gisteren&x=1", headers: bearer(keys.noord.officer) });
        const body = expectProblem(res, 400, "invalid-input");
        expect(body.invalidParams?.map((p) => p.name).sort()).toEqual(["query/createdFrom", "query/page", "query/pageSize", "query/status", "query/x"]);
      });
    });

    describe("every endpoint × role × organisation", () => {
      // Expected status per caller; `none` sends no key, `bad` an unknown key.
      type Caller = "noordOfficer" | "noordEthics" | "noordAdmin" | "zuidOfficer" | "zuidEthics" | "zuidAdmin" | "commissie" | "none" | "bad";
      const callers: Caller[] = ["noordOfficer", "noordEthics", "noordAdmin", "zuidOfficer", "zuidEthics", "zuidAdmin", "commissie", "none", "bad"];
      const keyOf = (c: Caller): Record<string, string> => {
        const k: Record<Exclude<Caller, "none" | "bad">, string> = {
          noordOfficer: keys.noord.officer,
          noordEthics: keys.noord.ethics,
          noordAdmin: keys.noord.admin,
          zuidOfficer: keys.zuid.officer,
          zuidEthics: keys.zuid.ethics,
          zuidAdmin: keys.zuid.admin,
          commissie: keys.commissie.ethics,
        };
        if (c === "none") return {};
        if (c === "bad") return bearer("ethiek_AAAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        return bearer(k[c]);
      };
      // A waiver request on a fresh check of noord, so that no earlier request is pending.
      const newWaiver = async () => {
        const check = (await submit(keys.noord.officer2)).json() as Check;
        const requirement = check.report.results.find((r) => r.status === "missing")!.requirement;
        const res = await app.inject({
          method: "POST",
          url: `/v1/checks/${check.id}/waiver-requests`,
          headers: bearer(keys.noord.officer2),
          payload: { requirement, reason: "Niet van toepassing op deze dienst." },
        });
        expect(res.statusCode, res.body).toBe(201);
        return res.json().id as string;
      };

      const matrix: {
        name: string;
        request: () => Promise<{ method: "GET" | "POST" | "DELETE"; url: string; payload?: unknown; multipart?: boolean }>;
        expected: Record<Caller, number>;
      }[] = [
        {
          name: "POST /v1/checks",
          request: async () => ({ method: "POST", url: "/v1/checks", multipart: true }),
          expected: { noordOfficer: 201, noordEthics: 403, noordAdmin: 403, zuidOfficer: 201, zuidEthics: 403, zuidAdmin: 403, commissie: 403, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/checks/{id} of noord",
          request: async () => ({ method: "GET", url: `/v1/checks/${noordCheck.id}` }),
          expected: { noordOfficer: 200, noordEthics: 200, noordAdmin: 200, zuidOfficer: 404, zuidEthics: 404, zuidAdmin: 404, commissie: 200, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/checks/{id} of zuid",
          request: async () => ({ method: "GET", url: `/v1/checks/${zuidCheck.id}` }),
          expected: { noordOfficer: 404, noordEthics: 404, noordAdmin: 404, zuidOfficer: 200, zuidEthics: 200, zuidAdmin: 200, commissie: 404, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/checks",
          request: async () => ({ method: "GET", url: "/v1/checks" }),
          expected: { noordOfficer: 200, noordEthics: 200, noordAdmin: 200, zuidOfficer: 200, zuidEthics: 200, zuidAdmin: 200, commissie: 200, none: 401, bad: 401 },
        },
        {
          name: "DELETE /v1/checks/{id} of noord",
          request: async () => {
            const fresh = await submit(keys.noord.officer);
            return { method: "DELETE", url: `/v1/checks/${fresh.json().id}` };
          },
          expected: { noordOfficer: 403, noordEthics: 403, noordAdmin: 204, zuidOfficer: 403, zuidEthics: 403, zuidAdmin: 404, commissie: 403, none: 401, bad: 401 },
        },
        {
          name: "POST /v1/checks/{id}/waiver-requests of noord",
          request: async () => ({
            method: "POST",
            url: `/v1/checks/${noordCheck.id}/waiver-requests`,
            payload: { requirement: noordCheck.report.results.filter((r) => r.status === "missing").at(-1)!.requirement, reason: "Reden." },
          }),
          // The second noord officer call would be 409 (pending); only one officer is in this matrix.
          expected: { noordOfficer: 201, noordEthics: 403, noordAdmin: 403, zuidOfficer: 404, zuidEthics: 403, zuidAdmin: 403, commissie: 403, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/checks/{id}/waiver-requests of noord",
          request: async () => ({ method: "GET", url: `/v1/checks/${noordCheck.id}/waiver-requests` }),
          expected: { noordOfficer: 200, noordEthics: 200, noordAdmin: 200, zuidOfficer: 404, zuidEthics: 404, zuidAdmin: 404, commissie: 200, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/waiver-requests/{id} of noord",
          request: async () => ({ method: "GET", url: `/v1/waiver-requests/${await newWaiver()}` }),
          expected: { noordOfficer: 200, noordEthics: 200, noordAdmin: 200, zuidOfficer: 404, zuidEthics: 404, zuidAdmin: 404, commissie: 200, none: 401, bad: 401 },
        },
        {
          name: "POST /v1/waiver-requests/{id}/decision of noord",
          request: async () => ({
            method: "POST",
            url: `/v1/waiver-requests/${await newWaiver()}/decision`,
            payload: { decision: "rejected", reason: "Geen grond." },
          }),
          expected: { noordOfficer: 403, noordEthics: 200, noordAdmin: 403, zuidOfficer: 403, zuidEthics: 404, zuidAdmin: 403, commissie: 200, none: 401, bad: 401 },
        },
        {
          name: "POST /v1/checks/{id}/shares of noord",
          request: async () => ({ method: "POST", url: `/v1/checks/${noordCheck.id}/shares`, payload: { organisation: "commissie" } }),
          expected: { noordOfficer: 201, noordEthics: 403, noordAdmin: 201, zuidOfficer: 404, zuidEthics: 403, zuidAdmin: 404, commissie: 403, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/checks/{id}/shares of noord",
          request: async () => ({ method: "GET", url: `/v1/checks/${noordCheck.id}/shares` }),
          expected: { noordOfficer: 200, noordEthics: 200, noordAdmin: 200, zuidOfficer: 404, zuidEthics: 404, zuidAdmin: 404, commissie: 404, none: 401, bad: 401 },
        },
        {
          name: "DELETE /v1/checks/{id}/shares/{organisation} of noord",
          request: async () => {
            const fresh = (await submit(keys.noord.officer)).json() as Check;
            await app.inject({ method: "POST", url: `/v1/checks/${fresh.id}/shares`, headers: bearer(keys.noord.officer), payload: { organisation: "zuid" } });
            return { method: "DELETE", url: `/v1/checks/${fresh.id}/shares/zuid` };
          },
          expected: { noordOfficer: 204, noordEthics: 403, noordAdmin: 204, zuidOfficer: 404, zuidEthics: 403, zuidAdmin: 404, commissie: 403, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/requirements",
          request: async () => ({ method: "GET", url: "/v1/requirements" }),
          expected: { noordOfficer: 200, noordEthics: 200, noordAdmin: 200, zuidOfficer: 200, zuidEthics: 200, zuidAdmin: 200, commissie: 200, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/requirements/{id}",
          request: async () => ({ method: "GET", url: "/v1/requirements/logging" }),
          expected: { noordOfficer: 200, noordEthics: 200, noordAdmin: 200, zuidOfficer: 200, zuidEthics: 200, zuidAdmin: 200, commissie: 200, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/rulesets",
          request: async () => ({ method: "GET", url: "/v1/rulesets" }),
          expected: { noordOfficer: 200, noordEthics: 200, noordAdmin: 200, zuidOfficer: 200, zuidEthics: 200, zuidAdmin: 200, commissie: 200, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/rulesets/{name}",
          request: async () => ({ method: "GET", url: "/v1/rulesets/ethiek:recommended" }),
          expected: { noordOfficer: 200, noordEthics: 200, noordAdmin: 200, zuidOfficer: 200, zuidEthics: 200, zuidAdmin: 200, commissie: 200, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/audit-events",
          request: async () => ({ method: "GET", url: "/v1/audit-events" }),
          expected: { noordOfficer: 403, noordEthics: 403, noordAdmin: 200, zuidOfficer: 403, zuidEthics: 403, zuidAdmin: 200, commissie: 403, none: 401, bad: 401 },
        },
        {
          name: "GET /v1/health",
          request: async () => ({ method: "GET", url: "/v1/health" }),
          expected: { noordOfficer: 200, noordEthics: 200, noordAdmin: 200, zuidOfficer: 200, zuidEthics: 200, zuidAdmin: 200, commissie: 200, none: 200, bad: 200 },
        },
        {
          name: "GET /v1/openapi.json",
          request: async () => ({ method: "GET", url: "/v1/openapi.json" }),
          expected: { noordOfficer: 200, noordEthics: 200, noordAdmin: 200, zuidOfficer: 200, zuidEthics: 200, zuidAdmin: 200, commissie: 200, none: 200, bad: 200 },
        },
      ];

      for (const row of matrix) {
        it(`${row.name}`, async () => {
          const got: Record<string, number> = {};
          for (const caller of callers) {
            const r = await row.request();
            const res = await app.inject({
              method: r.method,
              url: r.url,
              headers: keyOf(caller),
              ...(r.multipart ? { payload: form([{ name: "leidraad.md", bytes: weak() }]) } : r.payload !== undefined ? { payload: r.payload as object } : {}),
            });
            got[caller] = res.statusCode;
            expect(res.headers["api-version"]).toBe("1.0.0");
            if (res.statusCode >= 400) expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
          }
          expect(got).toEqual(row.expected);
        });
      }
    });

    describe("sharing", () => {
      it("lets another organisation read a check only while it is explicitly shared, audited", async () => {
        const check = (await submit(keys.noord.officer)).json() as Check;
        const read = () => app.inject({ url: `/v1/checks/${check.id}`, headers: bearer(keys.zuid.ethics) });
        expect((await read()).statusCode).toBe(404);
        const shared = await app.inject({ method: "POST", url: `/v1/checks/${check.id}/shares`, headers: bearer(keys.noord.officer), payload: { organisation: "zuid" } });
        expect(shared.statusCode, shared.body).toBe(201);
        expect(shared.json()).toMatchObject({ check: check.id, organisation: "zuid" });
        expect((await read()).statusCode).toBe(200);
        // Sharing lets zuid read and find it in its list, not act: no waiver requests, no deletes.
        expect((await app.inject({ method: "DELETE", url: `/v1/checks/${check.id}`, headers: bearer(keys.zuid.admin) })).statusCode).toBe(404);
        const page = async (query: string) =>
          ((await app.inject({ url: `/v1/checks?pageSize=100${query}`, headers: bearer(keys.zuid.officer) })).json() as CheckPage).items;
        const listed = async (query: string) => (await page(query)).map((c) => c.id);
        expect(await listed("")).toContain(check.id);
        const fromNoord = await page("&organisation=noord");
        expect(fromNoord.map((c) => c.id)).toContain(check.id);
        expect(new Set(fromNoord.map((c) => c.organisation))).toEqual(new Set(["noord"]));
        expect(await listed("&organisation=zuid")).not.toContain(check.id);
        // noord's first check was never shared with zuid.
        expect(await listed("")).not.toContain(noordCheck.id);
        const shares = await app.inject({ url: `/v1/checks/${check.id}/shares`, headers: bearer(keys.noord.admin) });
        expect(shares.json().items.map((s: { organisation: string }) => s.organisation)).toEqual(["zuid"]);
        expect((await app.inject({ method: "DELETE", url: `/v1/checks/${check.id}/shares/zuid`, headers: bearer(keys.noord.officer) })).statusCode).toBe(204);
        expect((await read()).statusCode).toBe(404);
        expect(await listed("")).not.toContain(check.id);
        const audit = await app.inject({ url: `/v1/audit-events?targetId=${check.id}`, headers: bearer(keys.noord.admin) });
        expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(["check.unshare", "check.share", "check.create"]);
        const unknown = await app.inject({ method: "POST", url: `/v1/checks/${check.id}/shares`, headers: bearer(keys.noord.officer), payload: { organisation: "bestaat-niet" } });
        expectProblem(unknown, 422, "unknown-organisation");
      });
    });

    describe("DELETE /v1/checks/{id}", () => {
      it("soft-deletes: the check disappears for everyone but stays in the audit log", async () => {
        const fresh = (await submit(keys.noord.officer)).json() as Check;
        const res = await app.inject({ method: "DELETE", url: `/v1/checks/${fresh.id}`, headers: bearer(keys.noord.admin) });
        expect(res.statusCode).toBe(204);
        expectProblem(await app.inject({ url: `/v1/checks/${fresh.id}`, headers: bearer(keys.noord.officer) }), 404, "check-not-found");
        expectProblem(await app.inject({ method: "DELETE", url: `/v1/checks/${fresh.id}`, headers: bearer(keys.noord.admin) }), 404);
        const row = await app.storage.db.selectFrom("checks").select(["deleted_at", "report"]).where("id", "=", fresh.id).executeTakeFirstOrThrow();
        expect(row.deleted_at).not.toBeNull();
        const audit = await app.inject({ url: `/v1/audit-events?targetId=${fresh.id}`, headers: bearer(keys.noord.admin) });
        expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(["check.delete", "check.create"]);
      });
    });

    describe("waiver requests", () => {
      it("lets an officer contest a finding and the ethics role approve it with a case; the re-check shows it waived and what changed", async () => {
        const noordCheck = (await submit(keys.noord.officer)).json() as Check;
        const requirement = noordCheck.report.results.find((r) => r.status === "missing")!.requirement;
        const created = await app.inject({
          method: "POST",
          url: `/v1/checks/${noordCheck.id}/waiver-requests`,
          headers: bearer(keys.noord.officer),
          payload: { requirement, reason: "Het systeem wordt alleen intern getest." },
        });
        expect(created.statusCode, created.body).toBe(201);
        const request = created.json();
        expect(validateWaiverRequest(request).ok).toBe(true);
        expect(created.headers.location).toBe(`/v1/waiver-requests/${request.id}`);
        const dup = await app.inject({ method: "POST", url: `/v1/checks/${noordCheck.id}/waiver-requests`, headers: bearer(keys.noord.officer), payload: { requirement, reason: "Nog eens." } });
        expectProblem(dup, 409, "waiver-request-pending");

        const decide = (key: string, payload: object) => app.inject({ method: "POST", url: `/v1/waiver-requests/${request.id}/decision`, headers: bearer(key), payload });
        expectProblem(await decide(keys.noord.ethics, { decision: "approved", reason: "Akkoord." }), 422, "case-required");
        const approved = await decide(keys.noord.ethics, { decision: "approved", reason: "Akkoord.", case: "casus-2026-014" });
        expect(approved.statusCode, approved.body).toBe(200);
        expect(approved.json()).toMatchObject({ status: "approved", case: "casus-2026-014", decisionReason: "Akkoord." });
        expectProblem(await decide(keys.noord.ethics, { decision: "rejected", reason: "Toch niet." }), 409, "already-decided");

        const recheck = await submit(keys.noord.officer, [{ name: "leidraad-v2.md", bytes: strong() }], { previousCheck: noordCheck.id });
        expect(recheck.statusCode, recheck.body).toBe(201);
        const second = recheck.json() as Check;
        expect(second.previousCheck).toBe(noordCheck.id);
        expect(second.report.results.find((r) => r.requirement === requirement)?.status).toBe("waived");
        expect(second.changes?.length).toBeGreaterThan(0);
        expect(second.changes).toContainEqual({ requirement, before: "missing", after: "waived" });
        const again = await app.inject({ url: `/v1/checks/${second.id}`, headers: bearer(keys.noord.officer) });
        expect(again.json().changes).toEqual(second.changes);
      });

      it("never lets anyone decide their own request, even with the ethics role", async () => {
        const noordCheck = (await submit(keys.noord.officer)).json() as Check;
        const requirement = noordCheck.report.results.filter((r) => r.status === "missing")[1]!.requirement;
        const created = await app.inject({
          method: "POST",
          url: `/v1/checks/${noordCheck.id}/waiver-requests`,
          headers: bearer(keys.noord.officerEthics),
          payload: { requirement, reason: "Zelf bedacht.", case: "casus-1" },
        });
        expect(created.statusCode).toBe(201);
        const self = await app.inject({
          method: "POST",
          url: `/v1/waiver-requests/${created.json().id}/decision`,
          headers: bearer(keys.noord.officerEthics),
          payload: { decision: "approved", reason: "Prima." },
        });
        expectProblem(self, 403, "self-decision");
      });

      it("refuses a request against a requirement without an open finding, and invalid bodies with every problem", async () => {
        const satisfied = noordCheck.report.results.find((r) => r.status !== "missing" && r.status !== "partial")!.requirement;
        const res = await app.inject({ method: "POST", url: `/v1/checks/${noordCheck.id}/waiver-requests`, headers: bearer(keys.noord.officer), payload: { requirement: satisfied, reason: "x" } });
        expectProblem(res, 422, "no-open-finding");
        const bad = await app.inject({ method: "POST", url: `/v1/checks/${noordCheck.id}/waiver-requests`, headers: bearer(keys.noord.officer), payload: { requirement: "Logging!", extra: true } });
        const body = expectProblem(bad, 400, "invalid-input");
        expect(body.invalidParams?.map((p) => p.name).sort()).toEqual(["body/extra", "body/reason", "body/requirement"]);
      });
    });

    describe("requirements and rulesets", () => {
      it("documents the requirements of a ruleset in Dutch and English", async () => {
        const nl = (await app.inject({ url: "/v1/requirements", headers: bearer(keys.noord.officer) })).json();
        const en = (await app.inject({ url: "/v1/requirements?language=en", headers: bearer(keys.noord.officer) })).json();
        expect(nl.items.length).toBeGreaterThanOrEqual(45);
        expect(nl.items.map((r: { id: string }) => r.id)).toEqual(en.items.map((r: { id: string }) => r.id));
        expect(nl.items[0].title).not.toBe(en.items[0].title);
        const one = await app.inject({ url: "/v1/requirements/logging?language=en", headers: bearer(keys.noord.officer) });
        expect(one.json()).toMatchObject({ id: "logging", sources: expect.any(Array) });
        expectProblem(await app.inject({ url: "/v1/requirements/geen-eis", headers: bearer(keys.noord.officer) }), 404);
        expectProblem(await app.inject({ url: "/v1/requirements?ruleset=onbekend", headers: bearer(keys.noord.officer) }), 404);
      });

      it("lists the installed rulesets and gives one with its definition", async () => {
        const list = (await app.inject({ url: "/v1/rulesets", headers: bearer(keys.noord.officer) })).json();
        expect(list.items.find((r: { default: boolean }) => r.default).name).toBe("ethiek:recommended");
        const one = await app.inject({ url: "/v1/rulesets/ethiek:recommended", headers: bearer(keys.noord.officer) });
        expect(one.json().definition.name).toBe("ethiek:recommended");
        expectProblem(await app.inject({ url: "/v1/rulesets/onbekend", headers: bearer(keys.noord.officer) }), 404);
      });
    });

    describe("conventions", () => {
      it("answers a trailing slash with 404, before asking for a key", async () => {
        expectProblem(await app.inject({ url: "/v1/checks/" }), 404, "not-found");
        expectProblem(await app.inject({ url: "/v1/checks/", headers: bearer(keys.noord.officer) }), 404, "not-found");
      });

      it("sends API-Version and security headers on every response, errors included", async () => {
        for (const res of [
          await app.inject({ url: "/v1/health" }),
          await app.inject({ url: "/v1/nope" }),
          await app.inject({ url: "/v1/checks" }),
        ]) {
          expect(res.headers).toMatchObject({
            "api-version": "1.0.0",
            "x-content-type-options": "nosniff",
            "x-frame-options": "DENY",
            "content-security-policy": expect.stringContaining("default-src 'none'"),
            "cache-control": "no-store",
          });
        }
        expect((await app.inject({ url: "/v1/checks" })).headers["www-authenticate"]).toMatch(/^Bearer/);
      });

      it("allows browsers only from configured origins, and the OpenAPI document from anywhere", async () => {
        const cors = await startApp(name, { corsOrigins: ["https://intranet.provincie.example"] });
        const allowed = await cors.app.inject({ method: "OPTIONS", url: "/v1/checks", headers: { origin: "https://intranet.provincie.example", "access-control-request-method": "POST" } });
        expect(allowed.statusCode).toBe(204);
        expect(allowed.headers["access-control-allow-origin"]).toBe("https://intranet.provincie.example");
        const other = await cors.app.inject({ url: "/v1/health", headers: { origin: "https://evil.example" } });
        expect(other.headers["access-control-allow-origin"]).toBeUndefined();
        const openapi = await cors.app.inject({ url: "/v1/openapi.json", headers: { origin: "https://evil.example" } });
        expect(openapi.headers["access-control-allow-origin"]).toBe("*");
        await cors.close();
      });

      it("answers malformed JSON with 400, not 500", async () => {
        const res = await app.inject({
          method: "POST",
          url: `/v1/waiver-requests/x/decision`,
          headers: { ...bearer(keys.noord.ethics), "content-type": "application/json" },
          payload: "{decision:",
        });
        expectProblem(res, 400);
      });

      it("reports readiness: the database is reachable", async () => {
        const res = await app.inject({ url: "/v1/health" });
        expect(res.json()).toEqual({ status: "up", database: "up", version: "1.0.0" });
      });

      it("never logs keys or document text, and logs request ids", async () => {
        const text = logs();
        expect(text).toContain('"reqId"');
        expect(text).toMatch(/"actor":"[A-Za-z0-9]{12}","organisation":"noord".*"msg":"check stored"/);
        for (const key of [keys.noord.officer, keys.zuid.admin, keys.commissie.ethics]) expect(text).not.toContain(key.slice(20));
        expect(text).not.toContain("sollicit");
      });

      it("keeps the audit log append-only, with the actor of every write", async () => {
        const events = await app.storage.db.selectFrom("audit_events").select(["action", "actor"]).execute();
        expect(events.filter((e) => e.action === "check.create").length).toBeGreaterThan(5);
        await expect(sql`delete from audit_events`.execute(app.storage.db)).rejects.toThrow(/append-only/);
      });
    });
  });
}
