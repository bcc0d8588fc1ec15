// The checking API through HTTP (fastify.inject), on SQLite and PostgreSQL, in keys mode with two
// provinces and an ethics commission: submitting, reading and listing checks, the requirements and
// the API's conventions. Who may do what, sharing, deleting and waivers: checks-access.test.ts.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateCheck, type Check, type CheckPage } from "@ethiek/schemas";
import type { FastifyInstance } from "fastify";
import { bearer, createTenants, databases, form, startApp, type Tenants } from "./harness.js";
import { expectProblem, startChecks, strong, weak, type Submit } from "./checks-fixture.js";

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`checks API on ${name}`, () => {
    let app: FastifyInstance;
    let logs: () => string;
    let close: () => Promise<void>;
    let keys: Tenants;
    let noordCheck: Check;
    let submit: Submit;

    beforeAll(async () => {
      ({ app, logs, close, keys, noordCheck, submit } = await startChecks(name));
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
