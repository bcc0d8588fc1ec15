// Issue 18: the complete erasure of one organisation (decision 0036), on both databases. Two
// provinces get data of every kind through the API; zuid is erased; no table holds anything of it,
// search cannot find its text, noord's data (also where it refers to zuid) is intact, the audit
// event counts every kind, a dry run and a failure half-way change nothing, and the command's
// unhappy paths answer with a clear message and an exit code other than 0.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { sql } from "kysely";
import { repoRoot } from "@ethiek-test/support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { createApiKey, ensureOrganisation } from "../src/auth.js";
import { eraseOrganisation, type ErasureCounts } from "../src/erasure.js";
import { runKeys } from "../src/keys-cli.js";
import { bearer, createTenants, databases, form, jar, pepper, signIn, startApp, tender, tokenOf, type Tenants } from "./harness.js";

const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples", name), "utf8"));
const keyId = (key: string): string => key.split("_")[1] as string;

/** Words that only zuid's own records contain: no table but the audit log may hold them after. */
const ZUID_WORD = "vleermuizenteller";
const NOORD_WORD = "kievietenteller";

const caseInput = (title: string, word: string) => ({
  title,
  requester: { organisation: { name: "wordt overschreven" }, contact: { name: "Pieter de Boer", role: "projectleider" } },
  question: `Mogen wij een ${word} met camera's inzetten?`,
  context: `Het gaat om de ${word} bij het meer.`,
  confidentiality: "public",
  tags: { values: ["privacy"], technologies: ["camera"], policyDomains: ["natuur"] },
});
const reflection = {
  authors: [{ name: "Anna Jansen", role: "voorzitter" }],
  givenDate: "2026-11-20",
  text: "Camera's raken de privacy van wandelaars.",
  valuesWeighed: [{ value: "privacy", consideration: "Weegt zwaar." }],
  advice: "Beperk de beelden.",
};
const decision = { decidedDate: "2026-11-25", decidedBy: "Gedeputeerde Staten", text: "Beelden beperkt.", followsAdvice: "yes" };
const guide = { kind: "interprovincial-guide", title: "Interprovinciale Gids Digitale Ethiek" };

for (const { name: kind, skip } of databases) {
  describe.skipIf(skip)(`erasure of one organisation on ${kind}`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let keys: Tenants;
    let westOfficer: string;
    let env: Record<string, string>;
    const seeded = {} as {
      zuidCheck: string;
      noordCheck: string;
      zuidCase: string;
      noordCase: string;
      westCase: string;
      zuidRoute: string;
      noordRoute: string;
      noordRouteOnZuidModel: string;
      noordAssessmentOnZuidModel: string;
      noordGrantOnZuidModel: string;
      noordGrantOnOwnModel: string;
    };

    const post = (url: string, key: string, payload: unknown) => app.inject({ method: "POST", url, headers: bearer(key), payload: payload as object });
    const get = (url: string, key?: string) => app.inject({ url, headers: key === undefined ? {} : bearer(key) });
    const created = async (res: Awaited<ReturnType<typeof post>>) => {
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const move = async (id: string, key: string, to: string) => expect((await post(`/v1/cases/${id}/events`, key, { to })).statusCode).toBe(200);
    const closeCase = async (id: string, commission: string, owner: string) => {
      await move(id, commission, "accepted");
      await move(id, commission, "in-analysis");
      await created(await post(`/v1/cases/${id}/reflections`, commission, reflection));
      await move(id, commission, "reflection-given");
      const { id: _i, schemaVersion: _s, status: _st, events: _e, createdAt: _c, updatedAt: _u, reflections: _r, ...editable } = (await get(`/v1/cases/${id}`, owner)).json();
      expect((await app.inject({ method: "PUT", url: `/v1/cases/${id}`, headers: bearer(owner), payload: { ...editable, decision } })).statusCode).toBe(200);
      await move(id, owner, "decision-recorded");
      await move(id, commission, "closed");
    };
    const signInAndOut = async (key: string) => {
      const cookies = await signIn(app, key);
      const home = await app.inject({ url: "/", headers: { cookie: cookies } });
      const data = new FormData();
      data.append("csrf", tokenOf(home.body));
      expect((await app.inject({ method: "POST", url: "/afmelden", headers: { cookie: jar(home, cookies) }, payload: data })).statusCode).toBe(303);
    };
    const search = async (word: string) => ((await get(`/v1/precedents?q=${word}`, keys.noord.officer)).json().hits as { caseId: string }[]).map((h) => h.caseId);
    const exported = async () => JSON.stringify((await get("/v1/precedents/export")).json());
    const cli = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runKeys(argv, env, { out: (t) => out.push(t), err: (t) => err.push(t) });
      return { code, out: out.join("\n"), err: err.join("\n") };
    };

    /** Every table of the schema (not the migrator's own). */
    const tables = async (): Promise<string[]> => {
      const rows =
        kind === "sqlite"
          ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(app.storage.db)).rows
          : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_name not like 'kysely_%'`.execute(app.storage.db)).rows;
      return rows.map((r) => r.name).sort();
    };
    const columns = async (table: string): Promise<string[]> =>
      kind === "sqlite"
        ? (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(app.storage.db)).rows.map((r) => r.name)
        : (await sql<{ name: string }>`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(app.storage.db)).rows.map((r) => r.name);
    /** Every row of every table, as text per table: compares states and finds words anywhere. */
    const snapshot = async (): Promise<Record<string, string>> => {
      const out: Record<string, string> = {};
      for (const table of await tables()) {
        const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(app.storage.db)).rows;
        out[table] = rows
          .map((r) => JSON.stringify(r, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString("base64") : typeof v === "bigint" ? String(v) : v)))
          .sort()
          .join("\n");
      }
      return out;
    };

    beforeAll(async () => {
      ({ app, close } = await startApp(kind));
      keys = await createTenants(app);
      const db = app.storage.db;
      // west is handled by zuid's ethics advisers as its commission.
      await ensureOrganisation(db, { id: "west", name: "Waterschap West", commission: "zuid" }, "test");
      westOfficer = (await createApiKey(db, app.config.keyPepper, { organisation: "west", roles: ["officer"], label: "officer" }, "test")).key;
      await db.updateTable("organisations").set({ store_documents: 1 }).execute();
      env = { ETHIEK_KEY_PEPPER: pepper };
      const config = app.config.database;
      if (config.kind === "sqlite") env.ETHIEK_DATA_DIR = dirname(config.file);
      else {
        env.DATABASE_URL = config.url;
        if (config.schema !== undefined) env.ETHIEK_DB_SCHEMA = config.schema;
      }

      // Checks with stored documents, shares both ways, waiver requests.
      const submit = async (key: string, title: string) => (await created(await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(key), payload: form([{ name: `${title}.md`, bytes: tender("chatbot-publieksvragen.md") }]) }))).id as string;
      seeded.zuidCheck = await submit(keys.zuid.officer, "zuid-aanbesteding");
      seeded.noordCheck = await submit(keys.noord.officer, "noord-aanbesteding");
      await created(await post(`/v1/checks/${seeded.zuidCheck}/shares`, keys.zuid.officer, { organisation: "noord" }));
      await created(await post(`/v1/checks/${seeded.noordCheck}/shares`, keys.noord.officer, { organisation: "zuid" }));
      const missing = async (check: string, key: string) => ((await get(`/v1/checks/${check}`, key)).json().report.results as { requirement: string; status: string }[]).find((r) => r.status === "missing")!.requirement;
      await created(await post(`/v1/checks/${seeded.zuidCheck}/waiver-requests`, keys.zuid.officer, { requirement: await missing(seeded.zuidCheck, keys.zuid.officer), reason: "Alleen een proef." }));

      // Cases: zuid's (own advisers), noord's (commissie), west's handled by zuid; all public and closed but west's.
      seeded.zuidCase = (await created(await post("/v1/cases", keys.zuid.officer, caseInput("Camera's bij het meer", ZUID_WORD)))).id;
      await closeCase(seeded.zuidCase, keys.zuid.ethics, keys.zuid.officer);
      seeded.noordCase = (await created(await post("/v1/cases", keys.noord.officer, caseInput("Camera's in het veld", NOORD_WORD)))).id;
      await closeCase(seeded.noordCase, keys.commissie.ethics, keys.noord.officer);
      seeded.westCase = (await created(await post("/v1/cases", westOfficer, { ...caseInput("Sensoren in de dijk", "dijksensor"), confidentiality: "confidential" }))).id;
      await move(seeded.westCase, keys.zuid.ethics, "accepted");
      // noord's waiver, approved by its commission, cites zuid's case.
      const waiver = await created(await post(`/v1/checks/${seeded.noordCheck}/waiver-requests`, keys.noord.officer, { requirement: await missing(seeded.noordCheck, keys.noord.officer), reason: "Zie de casus van zuid." }));
      expect((await post(`/v1/waiver-requests/${waiver.id}/decision`, keys.commissie.ethics, { decision: "approved", reason: "Akkoord.", case: seeded.zuidCase })).statusCode).toBe(200);

      // Governance: a model per province (noord is a member of a body of zuid's), routes, grants.
      const model = example("governance-model.example.json") as { bodies: { parentOrganisation?: string; memberOrganisations: string[] }[] };
      const zuidModel = { ...model, id: "zuid-model", organisation: "Provincie Zuid", bodies: [{ ...model.bodies[0], parentOrganisation: "Provincie Zuid" }, { ...model.bodies[1], memberOrganisations: ["Provincie Noord"] }] };
      await created(await post("/v1/governance-models", keys.zuid.admin, zuidModel));
      await created(await post("/v1/governance-models", keys.noord.admin, { ...model, id: "noord-model", organisation: "Provincie Noord", bodies: [{ ...model.bodies[0], parentOrganisation: "Provincie Noord" }, model.bodies[1]] }));
      await created(await post("/v1/body-role-grants", keys.zuid.admin, { keyId: keyId(keys.zuid.officer), modelId: "zuid-model", bodyId: "dkf", role: "chair" }));
      seeded.noordGrantOnZuidModel = (await created(await post("/v1/body-role-grants", keys.noord.admin, { keyId: keyId(keys.noord.officer), modelId: "zuid-model", bodyId: "bestuur-datafryslan", role: "chair" }))).id;
      seeded.noordGrantOnOwnModel = (await created(await post("/v1/body-role-grants", keys.noord.admin, { keyId: keyId(keys.noord.officer), modelId: "noord-model", bodyId: "dkf", role: "chair" }))).id;
      seeded.zuidRoute = (await created(await post("/v1/routes", keys.zuid.officer, { modelId: "ipo", item: { ...guide, title: `Route ${ZUID_WORD}` }, start: true }))).id;
      seeded.noordRoute = (await created(await post("/v1/routes", keys.noord.officer, { modelId: "ipo", item: guide, start: true }))).id;
      seeded.noordRouteOnZuidModel = (await created(await post("/v1/routes", keys.noord.officer, { modelId: "zuid-model", item: { kind: "ethics-case", title: "Camera's" }, start: true }))).id;

      // Maturity: zuid adds two models; noord assesses with one of them; each assesses itself.
      const maturityModel = example("maturity-model.example.json");
      await created(await post("/v1/maturity-models", keys.zuid.admin, maturityModel));
      await created(await post("/v1/maturity-models", keys.zuid.admin, { ...maturityModel, id: "zuid-eigen-model" }));
      await created(await post("/v1/assessments", keys.zuid.officer, { model: { id: "ethiek-provincies" }, title: `Zelfevaluatie ${ZUID_WORD}` }));
      await created(await post("/v1/assessments", keys.zuid.officer, { model: { id: "zuid-eigen-model" } }));
      seeded.noordAssessmentOnZuidModel = (await created(await post("/v1/assessments", keys.noord.officer, { model: { id: maturityModel.id }, answers: [{ question: "inkoop-eisen", level: 2 }] }))).id;
      await created(await post("/v1/assessments", keys.noord.officer, { model: { id: "ethiek-provincies" }, title: `Zelfevaluatie ${NOORD_WORD}` }));

      // Web sessions that signed out (revoked_sessions), one per province.
      await signInAndOut(keys.zuid.officer);
      await signInAndOut(keys.noord.officer);

      // Before: search and the public export find both provinces' cases.
      expect(await search(ZUID_WORD)).toEqual([seeded.zuidCase]);
      expect(await search(NOORD_WORD)).toEqual([seeded.noordCase]);
      expect(await exported()).toContain(ZUID_WORD);
    });
    afterAll(async () => close?.());

    /** The seed holds zuid rows in every table with an organisation column, and in the tables hanging off them. */
    it("seeds zuid's data in every kind", async () => {
      const state = await snapshot();
      for (const table of await tables()) {
        if (table === "erasures_in_progress") continue;
        expect(state[table], `${table} holds no rows`).not.toBe("");
      }
      for (const table of await tables()) {
        if ((await columns(table)).includes("organisation_id") && table !== "erasures_in_progress") {
          expect(state[table], `${table} holds no row of zuid`).toContain('"organisation_id":"zuid"');
        }
      }
    });

    let dryRunCounts: ErasureCounts;
    it("--dry-run prints the counts per kind and changes nothing", async () => {
      const before = await snapshot();
      const result = await cli("erase", "--organisation", "zuid", "--dry-run");
      expect(result.code, result.err).toBe(0);
      const printed = JSON.parse(result.out) as { organisation: string; dryRun: boolean; counts: ErasureCounts };
      expect(printed).toMatchObject({ organisation: "zuid", dryRun: true });
      dryRunCounts = printed.counts;
      expect(dryRunCounts).toMatchObject({
        organisation: 1,
        apiKeys: 3,
        revokedSessions: 1,
        checks: 1,
        checkDocuments: 1,
        checkShares: 2,
        waiverRequests: 1,
        cases: 1,
        caseEvents: 6,
        casesHandedBack: 1,
        organisationsUnlinked: 1,
        routes: 1,
        routeEvents: 1,
        governanceModels: 1,
        bodyRoleGrants: 1,
        bodyRoleGrantsRevoked: 1,
        maturityAssessments: 2,
        maturityModels: 1,
        maturityModelsKept: 1,
      });
      expect(dryRunCounts.checkResults).toBeGreaterThan(0);
      expect(result.err).toContain("--confirm zuid");
      expect(await snapshot()).toEqual(before);
    });

    it("rolls everything back when the erasure fails half-way", async () => {
      const before = await snapshot();
      const seen: string[] = [];
      await expect(
        eraseOrganisation(app.storage.db, "zuid", "test", {
          afterKind: (k) => {
            seen.push(k);
            if (k === "governanceModels") throw new Error("injected failure");
          },
        }),
      ).rejects.toThrow("injected failure");
      // Checks, cases, routes and grants were already deleted inside the transaction.
      expect(seen).toEqual(expect.arrayContaining(["checks", "cases", "routes", "bodyRoleGrants", "governanceModels"]));
      expect(await snapshot()).toEqual(before);
      expect(await search(ZUID_WORD)).toEqual([seeded.zuidCase]);
      expect((await get(`/v1/checks/${seeded.zuidCheck}`, keys.zuid.officer)).statusCode).toBe(200);
    });

    it("refuses the command without the right confirmation or for an unknown organisation, changing nothing", async () => {
      const before = await snapshot();
      const noOrganisation = await cli("erase", "--confirm", "zuid");
      expect(noOrganisation.code).toBe(2);
      expect(noOrganisation.err).toMatch(/erase needs --organisation <id>/);
      const noConfirm = await cli("erase", "--organisation", "zuid");
      expect(noConfirm.code).toBe(2);
      expect(noConfirm.err).toMatch(/needs --confirm zuid .*--dry-run/);
      const mismatch = await cli("erase", "--organisation", "zuid", "--confirm", "zuid-holland");
      expect(mismatch.code).toBe(2);
      expect(mismatch.err).toMatch(/--confirm zuid-holland does not match --organisation zuid/);
      const unknown = await cli("erase", "--organisation", "bestaat-niet", "--confirm", "bestaat-niet");
      expect(unknown.code).toBe(1);
      expect(unknown.err).toMatch(/There is no organisation bestaat-niet/);
      expect(unknown.out).toBe("");
      const result = await eraseOrganisation(app.storage.db, "bestaat-niet", "test");
      expect(result).toMatchObject({ ok: false, error: { code: "organisation-not-found", organisation: "bestaat-niet" } });
      expect(await snapshot()).toEqual(before);
    });

    describe("after erasing zuid", () => {
      let counts: ErasureCounts;
      beforeAll(async () => {
        const result = await cli("erase", "--organisation", "zuid", "--confirm", "zuid");
        expect(result.code, result.err).toBe(0);
        counts = (JSON.parse(result.out) as { dryRun: boolean; counts: ErasureCounts }).counts;
      });

      it("erased what the dry run counted, with one audit event that counts every kind", async () => {
        expect(counts).toEqual(dryRunCounts);
        const events = await app.storage.db.selectFrom("audit_events").selectAll().where("action", "=", "organisation.erase").execute();
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ actor: "cli", organisation_id: "zuid", target_type: "organisation", target_id: "zuid" });
        expect(JSON.parse(events[0]!.detail)).toEqual(counts);
        // The audit log stays append-only: zuid's earlier events are all still there.
        expect((await app.storage.db.selectFrom("audit_events").select("id").where("organisation_id", "=", "zuid").execute()).length).toBeGreaterThan(10);
      });

      it("leaves no row of zuid in any table, and none of its text anywhere but the audit log", async () => {
        const db = app.storage.db;
        for (const table of await tables()) {
          if (table === "audit_events" || !(await columns(table)).includes("organisation_id")) continue;
          const rows = (await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where organisation_id = 'zuid'`.execute(db)).rows;
          expect(Number(rows[0]!.n), `${table} still holds rows of zuid`).toBe(0);
        }
        expect(await db.selectFrom("organisations").select("id").where("id", "=", "zuid").execute()).toEqual([]);
        expect(await db.selectFrom("check_documents").select("check_id").where("check_id", "=", seeded.zuidCheck).execute()).toEqual([]);
        expect(await db.selectFrom("check_results").select("check_id").where("check_id", "=", seeded.zuidCheck).execute()).toEqual([]);
        expect(await db.selectFrom("check_shares").select("check_id").where((eb) => eb.or([eb("check_id", "=", seeded.zuidCheck), eb("organisation_id", "=", "zuid")])).execute()).toEqual([]);
        expect(await db.selectFrom("case_events").select("case_id").where("case_id", "=", seeded.zuidCase).execute()).toEqual([]);
        expect(await db.selectFrom("route_events").select("route_id").where("route_id", "=", seeded.zuidRoute).execute()).toEqual([]);
        const zuidKeys = [keys.zuid.officer, keys.zuid.ethics, keys.zuid.admin].map(keyId);
        expect(await db.selectFrom("revoked_sessions").select("id").where("key_id", "in", zuidKeys).execute()).toEqual([]);
        expect(await db.selectFrom("erasures_in_progress").selectAll().execute()).toEqual([]);
        const state = await snapshot();
        for (const [table, text] of Object.entries(state)) {
          if (table === "audit_events") continue;
          for (const trace of [ZUID_WORD, seeded.zuidCheck, seeded.zuidRoute, "Alleen een proef."]) expect(text, `${table} still holds ${trace}`).not.toContain(trace);
          // zuid's key ids stay only as the actor of its steps in west's case, which stays west's (decision 0036).
          const lines = text.split("\n").filter((line) => zuidKeys.some((k) => line.includes(k)));
          for (const line of lines) expect(line, `${table} still holds a key id of zuid`).toContain(seeded.westCase);
        }
      });

      it("search and the public export no longer find its text, and its keys no longer open anything", async () => {
        expect(await search(ZUID_WORD)).toEqual([]);
        expect(await exported()).not.toContain(ZUID_WORD);
        expect(await search(NOORD_WORD)).toEqual([seeded.noordCase]);
        expect((await get(`/v1/checks/${seeded.zuidCheck}`, keys.zuid.officer)).statusCode).toBe(401);
        expect((await get(`/v1/checks/${seeded.zuidCheck}`, keys.noord.officer)).statusCode).toBe(404);
        expect((await get(`/v1/cases/${seeded.zuidCase}`, keys.noord.officer)).statusCode).toBe(404);
        expect((await get("/v1/governance-models/zuid-model")).statusCode).toBe(404);
      });

      it("keeps noord's data intact, also where it refers to zuid", async () => {
        const db = app.storage.db;
        expect((await get(`/v1/checks/${seeded.noordCheck}`, keys.noord.officer)).statusCode).toBe(200);
        const waiver = await db.selectFrom("waiver_requests").selectAll().where("check_id", "=", seeded.noordCheck).executeTakeFirstOrThrow();
        expect(waiver).toMatchObject({ status: "approved", case_ref: seeded.zuidCase });
        expect((await get(`/v1/cases/${seeded.noordCase}`, keys.noord.officer)).json().status).toBe("closed");
        expect((await get(`/v1/routes/${seeded.noordRoute}`, keys.noord.officer)).statusCode).toBe(200);
        const onZuidModel = await get(`/v1/routes/${seeded.noordRouteOnZuidModel}`, keys.noord.officer);
        expect(onZuidModel.statusCode, onZuidModel.body).toBe(200);
        expect(onZuidModel.json().route.events.length).toBeGreaterThan(0);
        const grants = (await get("/v1/body-role-grants", keys.noord.admin)).json().items as { id: string }[];
        expect(grants.map((g) => g.id)).toContain(seeded.noordGrantOnOwnModel);
        expect(grants.map((g) => g.id)).not.toContain(seeded.noordGrantOnZuidModel);
        const revoked = await db.withTables<{ body_role_grants: { id: string; revoked_by: string | null } }>().selectFrom("body_role_grants").select("revoked_by").where("id", "=", seeded.noordGrantOnZuidModel).executeTakeFirstOrThrow();
        expect(revoked.revoked_by).toBe("organisation.erase");
        // noord's assessment on a model zuid added still scores: the model stays, without publisher.
        const assessment = await get(`/v1/assessments/${seeded.noordAssessmentOnZuidModel}`, keys.noord.officer);
        expect(assessment.statusCode, assessment.body).toBe(200);
        expect(await db.selectFrom("maturity_models").select(["id", "organisation_id", "created_by"]).execute()).toEqual([{ id: "waterschap-data-ethiek", organisation_id: null, created_by: "erased" }]);
        expect((await get(`/v1/maturity-models/zuid-eigen-model`)).statusCode).toBe(404);
        // west's case, which zuid handled as its commission, is west's again; west has no commission now.
        const westCase = await db.selectFrom("cases").selectAll().where("id", "=", seeded.westCase).executeTakeFirstOrThrow();
        expect(westCase.commission_id).toBe("west");
        expect((JSON.parse(westCase.document) as { to: { organisationId: string } }).to.organisationId).toBe("west");
        expect((await get(`/v1/cases/${seeded.westCase}`, westOfficer)).json().status).toBe("accepted");
        expect((await db.selectFrom("organisations").select("commission_id").where("id", "=", "west").executeTakeFirstOrThrow()).commission_id).toBeNull();
        expect((await db.selectFrom("organisations").select("commission_id").where("id", "=", "noord").executeTakeFirstOrThrow()).commission_id).toBe("commissie");
        const noordSessions = await db.selectFrom("revoked_sessions").select("id").where("key_id", "=", keyId(keys.noord.officer)).execute();
        expect(noordSessions).toHaveLength(1);
      });

      it("keeps the event tables append-only for everyone else", async () => {
        const db = app.storage.db;
        await expect(db.deleteFrom("case_events").where("case_id", "=", seeded.noordCase).execute()).rejects.toThrow(/append-only/);
        await expect(db.deleteFrom("route_events").where("route_id", "=", seeded.noordRoute).execute()).rejects.toThrow(/append-only/);
        await expect(db.updateTable("route_events").set({ remarks: "x" }).where("route_id", "=", seeded.noordRoute).execute()).rejects.toThrow(/append-only/);
        await expect(db.deleteFrom("audit_events").where("organisation_id", "=", "zuid").execute()).rejects.toThrow(/append-only/);
        // A mark left by someone else's transaction does not lift the guard for another organisation.
        await expect(
          db.transaction().execute(async (trx) => {
            await trx.insertInto("erasures_in_progress").values({ organisation_id: "zuid" }).execute();
            await trx.deleteFrom("case_events").where("case_id", "=", seeded.noordCase).execute();
          }),
        ).rejects.toThrow(/append-only/);
        expect((await db.selectFrom("case_events").select("seq").where("case_id", "=", seeded.noordCase).execute()).length).toBe(6);
      });

      it("answers a second erasure of zuid with a clear message and exit code 1", async () => {
        const again = await cli("erase", "--organisation", "zuid", "--confirm", "zuid");
        expect(again.code).toBe(1);
        expect(again.err).toContain("There is no organisation zuid");
      });
    });
  });
}
