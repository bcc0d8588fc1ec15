// The checking API through HTTP (fastify.inject), on SQLite and PostgreSQL: every endpoint × role ×
// other organisation, sharing a check with another organisation, deleting one, and waiver requests
// from an officer's request to the re-check that shows the finding waived.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateWaiverRequest, type Check, type CheckPage } from "@ethiek/schemas";
import type { FastifyInstance } from "fastify";
import { bearer, databases, form, type Tenants } from "./harness.js";
import { expectProblem, startChecks, strong, weak, type Submit } from "./checks-fixture.js";

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`checks API access on ${name}`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let keys: Tenants;
    let noordCheck: Check;
    let zuidCheck: Check;
    let submit: Submit;

    beforeAll(async () => {
      ({ app, close, keys, noordCheck, zuidCheck, submit } = await startChecks(name));
    });
    afterAll(() => close());

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
  });
}
