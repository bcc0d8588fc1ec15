// The maturity API through HTTP (fastify.inject), on SQLite and PostgreSQL, in keys mode: models,
// ODI import, assessments (create, answer, measure, score), action plan, comparison, charts, CSV
// and the anonymous benchmark — each endpoint × role × other organisation.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { conformanceMissing, conformancePath, repoRoot } from "@ethiek-test/support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  validateMaturityAssessment,
  validateMaturityModel,
  type MaturityActionPlan,
  type MaturityAssessment,
  type MaturityBenchmark,
  type MaturityComparison,
  type MaturityScores,
} from "@ethiek/schemas";
import type { FastifyInstance } from "fastify";
import { createApiKey, ensureOrganisation } from "../src/auth.js";
import { bearer, createTenants, databases, expectProblem, startApp, type Tenants } from "./harness.js";

const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples", name), "utf8"));
const MODEL = "ethiek-provincies";
const all = (level: number) => ["kennis-training", "kennis-werkvormen", "verantwoordelijkheden-rollen", "verantwoordelijkheden-opvolging", "processen-toetsing", "processen-register", "inkoop-eisen", "inkoop-samenwerking", "beleid-visie", "beleid-wetgeving"].map((question) => ({ question, level }));

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`maturity API on ${name}`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let keys: Tenants;

    const post = (url: string, key: string, payload: unknown) => app.inject({ method: "POST", url, headers: bearer(key), payload: payload as object });
    const get = (url: string, key?: string) => app.inject({ url, headers: key === undefined ? {} : bearer(key) });
    const create = async (key: string, payload: object = {}): Promise<MaturityAssessment> => {
      const res = await post("/v1/assessments", key, { model: { id: MODEL }, ...payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };

    beforeAll(async () => {
      ({ app, close } = await startApp(name));
      keys = await createTenants(app);
    });
    afterAll(() => close());

    describe("maturity models", () => {
      it("lists and reads the shipped provincial model without a key", async () => {
        const res = await get("/v1/maturity-models");
        expect(res.statusCode).toBe(200);
        expect(res.json().items.map((m: { id: string }) => m.id)).toContain(MODEL);
        const one = await get(`/v1/maturity-models/${MODEL}`);
        expect(validateMaturityModel(one.json()).ok).toBe(true);
        expect(one.json().dimensions).toHaveLength(5);
        expectProblem(await get("/v1/maturity-models/onbekend"), 404, "maturity-model-not-found");
      });

      it("adds a custom model for admin or ethics, refuses officers, broken models and duplicates", async () => {
        const model = example("maturity-model.example.json");
        expectProblem(await post("/v1/maturity-models", keys.noord.officer, model), 403);
        const res = await post("/v1/maturity-models", keys.noord.admin, model);
        expect(res.statusCode, res.body).toBe(201);
        expect(res.headers.location).toBe("/v1/maturity-models/waterschap-data-ethiek");
        expectProblem(await post("/v1/maturity-models", keys.zuid.ethics, model), 409, "maturity-model-exists");
        const broken = expectProblem(await post("/v1/maturity-models", keys.noord.admin, example("invalid/maturity-model.broken-rules.json")), 422, "maturity-model-invalid");
        expect(broken.invalidParams?.map((p) => p.name)).toContain("body/questions/0/dimension");
        expectProblem(await post("/v1/maturity-models", keys.noord.admin, example("invalid/maturity-model.bad-shape.json")), 400);
      });

      it("refuses a file that is not an ODI model, naming every problem", async () => {
        const problem = expectProblem(await post("/v1/maturity-model-imports", keys.noord.admin, { title: "x", levels: ["a"] }), 422, "odi-file-invalid");
        expect(problem.invalidParams?.map((p) => p.name)).toEqual(["body/levels", "body/dimensions"]);
        expectProblem(await post("/v1/maturity-model-imports", keys.noord.officer, {}), 403);
      });

      it.skipIf(conformanceMissing("ODI import through the API"))("imports the real ODI file with its attribution, once", async () => {
        const file = JSON.parse(readFileSync(conformancePath("odi", "odi-data-ethics-maturity-model-2024.json"), "utf8"));
        const res = await post("/v1/maturity-model-imports", keys.noord.ethics, file);
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json()).toMatchObject({ id: "odi-data-ethics-maturity-model-2024", attribution: { licence: "CC-BY-SA-4.0" } });
        expect(res.json().questions).toHaveLength(19);
        expectProblem(await post("/v1/maturity-model-imports", keys.zuid.admin, file), 409, "maturity-model-exists");
        const assessment = await create(keys.zuid.officer, { model: { id: "odi-data-ethics-maturity-model-2024" }, answers: [{ question: "skills-and-knowledge-1", level: 2 }] });
        expect(assessment.scores?.unanswered).toHaveLength(18);
      });
    });

    describe("assessments", () => {
      it("creates an assessment with scores, and refuses unknown models, questions and targets", async () => {
        const a = await create(keys.noord.officer, { title: "Nulmeting", answers: [{ question: "kennis-training", level: 3 }, { question: "kennis-werkvormen", level: 2 }] });
        expect(validateMaturityAssessment(a).ok).toBe(true);
        expect(a.organisation).toBe("noord");
        expect(a.scores?.dimensions[0]).toMatchObject({ dimension: "kennis-en-vaardigheden", level: 2, mean: 2.5 });
        expect(a.scores?.unanswered).toHaveLength(8);
        expectProblem(await post("/v1/assessments", keys.noord.officer, { model: { id: "nope" } }), 422, "maturity-model-not-found");
        const wrong = expectProblem(await post("/v1/assessments", keys.noord.officer, { model: { id: MODEL }, answers: [{ question: "vraag-x", level: 2 }] }), 422, "unknown-question");
        expect(wrong.invalidParams?.[0]?.name).toBe("body/answers/0/question");
        expectProblem(await post("/v1/assessments", keys.noord.officer, { model: { id: MODEL }, target: [{ dimension: "beleid", level: 7 }] }), 422, "level-out-of-range");
        expectProblem(await post("/v1/assessments", keys.noord.officer, { model: { id: MODEL }, answers: [{ question: "beleid-visie", level: 0 }] }), 400);
        expectProblem(await post("/v1/assessments", keys.noord.officer, { model: { id: MODEL }, previousAssessment: "onbekend" }), 422, "previous-assessment-not-found");
      });

      it("records answers, replacing earlier ones, and keeps other organisations out (404)", async () => {
        const a = await create(keys.noord.ethics, { answers: [{ question: "beleid-visie", level: 1 }] });
        const res = await post(`/v1/assessments/${a.id}/answers`, keys.noord.officer, { answers: [{ question: "beleid-visie", level: 3, comment: "Strategie vastgesteld door GS.", evidence: [{ url: "https://example.nl/besluit" }] }, { question: "beleid-wetgeving", level: 4 }] });
        expect(res.statusCode, res.body).toBe(200);
        const updated = res.json() as MaturityAssessment;
        expect(updated.answers.map((x) => [x.question, x.level])).toEqual([["beleid-visie", 3], ["beleid-wetgeving", 4]]);
        expect(updated.scores?.dimensions.find((d) => d.dimension === "beleid")).toMatchObject({ level: 3, mean: 3.5 });
        expectProblem(await post(`/v1/assessments/${a.id}/answers`, keys.noord.officer, { answers: [{ question: "beleid-visie", level: 6 }] }), 422, "level-out-of-range");
        expectProblem(await post(`/v1/assessments/${a.id}/answers`, keys.zuid.officer, { answers: [] }), 404, "assessment-not-found");
        expectProblem(await get(`/v1/assessments/${a.id}`, keys.zuid.admin), 404, "assessment-not-found");
        expectProblem(await get(`/v1/assessments/${a.id}`), 401);
        expect((await get(`/v1/assessments/${a.id}`, keys.noord.admin)).json().answers).toHaveLength(2);
      });

      it("lists only the organisation's own assessments, newest first", async () => {
        await create(keys.zuid.officer, { title: "Zuid" });
        const page = (await get("/v1/assessments?pageSize=100", keys.zuid.ethics)).json();
        expect(page.items.every((i: { organisation: string }) => i.organisation === "zuid")).toBe(true);
        expect(page.items[0].title).toBe("Zuid");
        expect(page.total).toBe(page.items.length);
      });

      it("adds measured figures beside the self-assessment, for ethics and admin only", async () => {
        const a = await create(keys.noord.officer, { answers: [{ question: "inkoop-eisen", level: 2 }, { question: "inkoop-samenwerking", level: 2 }] });
        const figures = { measurements: [{ metric: "tenders-checked-share", value: 0.9, numerator: 9, denominator: 10, periodStartDate: "2026-01-01", periodEndDate: "2026-06-30", measuredAt: "2026-07-01T00:00:00Z" }] };
        expectProblem(await post(`/v1/assessments/${a.id}/measurements`, keys.noord.officer, figures), 403);
        const res = await post(`/v1/assessments/${a.id}/measurements`, keys.noord.ethics, figures);
        expect(res.statusCode, res.body).toBe(200);
        const procurement = (res.json() as MaturityAssessment).scores?.dimensions.find((d) => d.dimension === "inkoop-en-ethiek");
        expect(procurement).toMatchObject({ level: 2, source: "self-assessed", measured: { source: "measured", level: 4, agreement: "self-assessed-lower" } });
        const bad = { measurements: [{ ...figures.measurements[0], value: 1.5, periodEndDate: "2025-01-01" }] };
        const problem = expectProblem(await post(`/v1/assessments/${a.id}/measurements`, keys.noord.ethics, bad), 422, "measurement-invalid");
        expect(problem.invalidParams?.map((p) => p.code)).toEqual(["share-above-one", "period-reversed"]);
      });

      it("measures figures from the service's own checks and cases over a period", async () => {
        const db = app.storage.db;
        const check = (id: string, createdAt: string, previous: string | null = null) => ({
          id, organisation_id: "noord", submitted_by: "t", created_at: createdAt, ruleset_name: "r", ruleset_version: "1", verdict: "fail",
          tender_title: id, report: "{}", previous_check_id: previous, idempotency_key: null, request_hash: id, deleted_at: null, deleted_by: null,
        });
        // Tender A checked twice (the re-check replaces the first), tender B once, one check outside the period, one of another organisation.
        await db.insertInto("checks").values([check("m-a1", "2026-02-01T10:00:00.000Z"), check("m-a2", "2026-02-10T10:00:00.000Z", "m-a1"), check("m-b1", "2026-03-01T10:00:00.000Z"), check("m-old", "2025-06-01T10:00:00.000Z")]).execute();
        await db.insertInto("checks").values({ ...check("m-zuid", "2026-02-01T10:00:00.000Z"), organisation_id: "zuid" }).execute();
        const result = (check_id: string, requirement: string, status: string) => ({ check_id, requirement, status, severity: "error" });
        await db.insertInto("check_results").values([
          result("m-a1", "dpia", "missing"), result("m-a1", "logging", "missing"),
          result("m-a2", "dpia", "satisfied"), result("m-a2", "logging", "partial"), result("m-a2", "audit-right", "waived"),
          result("m-b1", "dpia", "satisfied"), result("m-b1", "logging", "satisfied"), result("m-b1", "sustainability", "not-applicable"),
          result("m-old", "dpia", "missing"), result("m-zuid", "dpia", "missing"),
        ]).execute();
        const kase = (id: string) => ({ id, organisation_id: "noord", commission_id: "commissie", status: "closed", confidentiality: "internal", title: id, event_count: 1, document: "{}", created_by: "t", created_at: "2026-01-01T00:00:00.000Z", updated_at: "2026-01-01T00:00:00.000Z" });
        await db.insertInto("cases").values([kase("m-c1"), kase("m-c2"), kase("m-c3")]).execute();
        const ev = (case_id: string, seq: number, to_status: string, occurred_at: string) => ({ case_id, seq, from_status: null, to_status, actor: "t", reason: null, occurred_at });
        await db.insertInto("case_events").values([
          ev("m-c1", 1, "reflection-given", "2026-01-10T00:00:00.000Z"), ev("m-c1", 2, "decision-recorded", "2026-01-20T00:00:00.000Z"), ev("m-c1", 3, "closed", "2026-02-01T00:00:00.000Z"),
          ev("m-c2", 1, "reflection-given", "2026-02-10T00:00:00.000Z"),
          ev("m-c3", 1, "closed", "2026-03-05T00:00:00.000Z"),
        ]).execute();

        const a = await create(keys.noord.officer, { answers: [{ question: "inkoop-eisen", level: 4 }, { question: "inkoop-samenwerking", level: 4 }] });
        expectProblem(await post(`/v1/assessments/${a.id}/system-measurements`, keys.noord.officer, { periodStartDate: "2026-01-01", periodEndDate: "2026-06-30" }), 403);
        expectProblem(await post(`/v1/assessments/${a.id}/system-measurements`, keys.noord.ethics, { periodStartDate: "2026-06-30", periodEndDate: "2026-01-01" }), 422, "measurement-invalid");
        const res = await post(`/v1/assessments/${a.id}/system-measurements`, keys.noord.ethics, { periodStartDate: "2026-01-01", periodEndDate: "2026-06-30", tendersTotal: 4 });
        expect(res.statusCode, res.body).toBe(200);
        const measured = (res.json() as MaturityAssessment).measurements!;
        const by = Object.fromEntries(measured.map((m) => [m.metric, m]));
        // Latest checks: a2 (satisfied, partial) and b1 (satisfied, satisfied) → 3 of 4 applicable met.
        expect(by["requirements-met-share"]).toMatchObject({ value: 0.75, numerator: 3, denominator: 4 });
        expect(by["tenders-checked-share"]).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
        expect(by["cases-closed"]).toMatchObject({ value: 2 });
        expect(by["reflections-followed-up-share"]).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
        const procurement = (res.json() as MaturityAssessment).scores?.dimensions.find((d) => d.dimension === "inkoop-en-ethiek");
        // 0.5 checked → level 3; 0.75 met → level 4; measured level 3 beside self-assessed 4.
        expect(procurement?.measured).toMatchObject({ level: 3, agreement: "consistent" });
      });

      it("scores with the method stated and plans the next steps toward the target", async () => {
        const a = await create(keys.noord.officer, { answers: all(2), target: [{ dimension: "inkoop-en-ethiek", level: 4 }] });
        const scores = (await get(`/v1/assessments/${a.id}/score`, keys.noord.officer)).json() as MaturityScores;
        expect(scores.method.level).toBe("lowest-level-reached");
        expect(scores.overall).toMatchObject({ level: 2, mean: 2, provisional: false });
        const plan = (await get(`/v1/assessments/${a.id}/action-plan`, keys.noord.officer)).json() as MaturityActionPlan;
        expect(plan.targetSource).toBe("assessment");
        expect(plan.totalDistance).toBe(2);
        expect(plan.actions[0]).toMatchObject({ dimension: "inkoop-en-ethiek", level: 3, effect: 3 });
        expect(plan.actions[0]?.text.nl).toBeTruthy();
        expectProblem(await get(`/v1/assessments/${a.id}/action-plan`, keys.zuid.officer), 404);
      });

      it("compares with the previous assessment and draws current, target and previous", async () => {
        const first = await create(keys.noord.officer, { title: "2025", answers: all(1) });
        const second = await create(keys.noord.officer, { title: "2026", previousAssessment: first.id, answers: all(3), target: [{ dimension: "beleid", level: 4 }] });
        const comparison = (await get(`/v1/assessments/${second.id}/comparison`, keys.noord.officer)).json() as MaturityComparison;
        expect(comparison).toMatchObject({ from: first.id, to: second.id, overall: { fromLevel: 1, toLevel: 3, levelChange: 2 } });
        expectProblem(await get(`/v1/assessments/${first.id}/comparison`, keys.noord.officer), 422, "no-previous-assessment");

        const radar = await get(`/v1/assessments/${second.id}/chart.svg`, keys.noord.officer);
        expect(radar.statusCode).toBe(200);
        expect(radar.headers["content-type"]).toMatch(/^image\/svg\+xml/);
        expect(radar.body).toContain('data-series="current"');
        expect(radar.body).toContain('data-series="target"');
        expect(radar.body).toContain('data-series="previous"');
        expect(radar.body).toContain("<title id=\"maturity-radar-title\">Volwassenheid per aspect</title>");
        const timeline = await get(`/v1/assessments/${second.id}/chart.svg?kind=timeline&language=en`, keys.noord.officer);
        expect(timeline.body).toContain('data-chart="timeline"');
        expect(timeline.body).toContain("Maturity per dimension over time");
        expectProblem(await get(`/v1/assessments/${second.id}/chart.svg?kind=pie`, keys.noord.officer), 400);
        expectProblem(await get(`/v1/assessments/${second.id}/chart.svg`, keys.zuid.officer), 404);
      });

      it("exports an assessment as CSV, with semicolons on request", async () => {
        const a = await create(keys.noord.officer, { answers: [{ question: "kennis-training", level: 3, comment: "=1+1" }] });
        const res = await get(`/v1/assessments/${a.id}/export.csv`, keys.noord.officer);
        expect(res.statusCode).toBe(200);
        expect(res.headers["content-type"]).toMatch(/^text\/csv/);
        expect(res.headers["content-disposition"]).toContain(`meting-${a.id}.csv`);
        const lines = res.body.split("\r\n");
        expect(lines[0]).toBe("soort,aspect,vraag,tekst,niveau,niveaunaam,gemiddelde,waarde,bron,beantwoord_door,beantwoord_op,bewijs,toelichting");
        expect(lines[1]).toContain("'=1+1");
        expect((await get(`/v1/assessments/${a.id}/export.csv?separator=semicolon&language=en`, keys.noord.officer)).body.split("\r\n")[0]).toMatch(/^record;dimension;/);
        expectProblem(await get(`/v1/assessments/${a.id}/export.csv`, keys.zuid.officer), 404);
      });
    });

    describe("benchmark", () => {
      it("refuses fewer than five organisations, then shows median and spread without unshared names", async () => {
        const model = "waterschap-data-ethiek";
        const answers = (level: number) => [{ question: "inkoop-eisen", level }, { question: "kennis-training", level }];
        await post("/v1/maturity-models", keys.noord.admin, example("maturity-model.example.json"));
        await create(keys.noord.officer, { model: { id: model }, answers: answers(1) });
        await create(keys.zuid.officer, { model: { id: model }, answers: answers(2), shareInBenchmark: true });
        expectProblem(await get(`/v1/maturity-models/${model}/benchmark`, keys.noord.officer), 422, "too-few-organisations");
        for (const [i, org] of ["oost", "west", "midden"].entries()) {
          await ensureOrganisation(app.storage.db, { id: org, name: `Provincie ${org}` }, "test");
          const key = (await createApiKey(app.storage.db, app.config.keyPepper, { organisation: org, roles: ["officer"], label: "o" }, "test")).key;
          await create(key, { model: { id: model }, answers: answers(i + 1) });
        }
        const res = await get(`/v1/maturity-models/${model}/benchmark`, keys.noord.officer);
        expect(res.statusCode, res.body).toBe(200);
        const result = res.json() as MaturityBenchmark;
        // Levels 1, 2, 1, 2, 3 → sorted 1, 1, 2, 2, 3: median 2.
        expect(result.participants).toBe(5);
        expect(result.dimensions[0]).toMatchObject({ dimension: "inkoop", count: 5, median: 2, minimum: 1, maximum: 3, ownLevel: 1 });
        expect(result.namedParticipants).toEqual(["zuid"]);
        expect(res.body).not.toContain("oost");
        expectProblem(await get("/v1/maturity-models/nope/benchmark", keys.noord.officer), 404);
      });
    });
  });
}
