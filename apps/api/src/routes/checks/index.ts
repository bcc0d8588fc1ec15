// The checks routes: submit, read (JSON, SARIF, HTML), the annex of model clauses, list, delete.
// HTTP only: the check runs in ../../checks.ts, queries live in ../../storage/checks.ts.
import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { visibleOrganisations } from "../../access.js";
import { runCheck } from "../../checks.js";
import type { AnnexFormat } from "../../engine.js";
import { sendProblem } from "../../problems.js";
import { deleteCheck, findVisibleCheck, listChecks, loadCheck, toSummary } from "../../storage/checks.js";
import { negotiate } from "./negotiate.js";
import { readCheckRequest } from "./read-request.js";
import * as schemas from "./schemas.js";
import { DOCX } from "./schemas.js";

/** Checks: submit, read (JSON, SARIF, HTML), the annex of model clauses, list, delete. */
export default async function checkRoutes(app: FastifyInstance): Promise<void> {
  app.post(
    "/v1/checks",
    { config: { access: ["officer"] }, schema: schemas.createCheck },
    async (request, reply) => {
      const checkRequest = await readCheckRequest(app, request);
      const running = runCheck({
        db: app.storage.db,
        engine: app.engine,
        limits: app.config.limits,
        actor: request.actor,
        request: checkRequest,
        requestId: request.id,
      });
      app.inflight.add(running);
      try {
        const outcome = await running;
        if (!outcome.ok) return sendProblem(request, reply, outcome.problem);
        request.log.info({ check: outcome.check.id, verdict: outcome.check.report.summary.verdict, replayed: outcome.replayed }, "check stored");
        if (outcome.replayed) reply.header("Idempotent-Replayed", "true");
        return reply.code(201).header("Location", `/v1/checks/${outcome.check.id}`).send(outcome.check);
      } finally {
        app.inflight.delete(running);
      }
    },
  );

  app.get(
    "/v1/checks/:id",
    { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.getCheck },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const orgs = await visibleOrganisations(app.storage.db, request.actor);
      const row = await findVisibleCheck(app.storage.db, id, orgs, [request.actor.organisation]);
      if (row === undefined) return sendProblem(request, reply, { status: 404, code: "check-not-found", detail: `Er is geen toets ${id} die u mag zien.` });
      const check = await loadCheck(app.storage.db, row);
      const type = negotiate(request.headers.accept, ["application/json", "application/sarif+json", "text/html"]);
      if (type === "application/sarif+json") {
        return reply.type("application/sarif+json; charset=utf-8").send(app.engine.formatSarif(check.report, check.report.language));
      }
      if (type === "text/html") {
        // The report page embeds its own styles only; document text in it is escaped by the formatter.
        return reply
          .type("text/html; charset=utf-8")
          .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'")
          .send(app.engine.formatHtml(check.report, check.report.language));
      }
      if (type === false) {
        return sendProblem(request, reply, {
          status: 406,
          code: "not-acceptable",
          detail: "Een toets is beschikbaar als application/json, application/sarif+json of text/html.",
        });
      }
      return reply.type("application/json; charset=utf-8").send(check);
    },
  );

  app.get(
    "/v1/checks/:id/annex",
    { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.getCheckAnnex },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const query = request.query as { format?: AnnexFormat; language?: "nl" | "en"; notes: boolean };
      const orgs = await visibleOrganisations(app.storage.db, request.actor);
      const row = await findVisibleCheck(app.storage.db, id, orgs, [request.actor.organisation]);
      if (row === undefined) return sendProblem(request, reply, { status: 404, code: "check-not-found", detail: `Er is geen toets ${id} die u mag zien.` });
      const offered: Record<string, AnnexFormat> = { [DOCX]: "docx", "text/markdown": "markdown", "text/html": "html" };
      const type = query.format === undefined ? negotiate(request.headers.accept, Object.keys(offered)) : undefined;
      if (type === false) {
        return sendProblem(request, reply, { status: 406, code: "not-acceptable", detail: `De bijlage is beschikbaar als ${Object.keys(offered).join(", ")}.` });
      }
      const format = query.format ?? offered[type ?? DOCX]!;
      const check = await loadCheck(app.storage.db, row);
      const nonce = randomBytes(16).toString("base64");
      const annex = await app.engine.annex(check.report, { format, language: query.language ?? check.report.language, notes: query.notes, nonce });
      if (!annex.ok) return sendProblem(request, reply, { status: 409, code: "ruleset-not-installed", detail: annex.detail });
      const file = `bijlage-ai-${id.replace(/[^A-Za-z0-9-]/g, "")}`;
      if (format === "html") {
        return reply
          .type("text/html; charset=utf-8")
          .header("Content-Security-Policy", `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; frame-ancestors 'none'`)
          .send(annex.body);
      }
      if (format === "markdown") {
        return reply.type("text/markdown; charset=utf-8").header("Content-Disposition", `attachment; filename="${file}.md"`).send(annex.body);
      }
      return reply.type(DOCX).header("Content-Disposition", `attachment; filename="${file}.docx"`).send(Buffer.from(annex.body as Uint8Array));
    },
  );

  app.get(
    "/v1/checks",
    { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.listChecks },
    async (request, reply) => {
      const q = request.query as {
        page: number;
        pageSize: number;
        organisation?: string;
        createdFrom?: string;
        createdUntil?: string;
        status?: string;
        requirement?: string;
      };
      const visible = await visibleOrganisations(app.storage.db, request.actor);
      // Visible: the organisations' own checks, and checks other organisations shared with the actor's.
      const { rows, total } = await listChecks(app.storage.db, {
        organisations: q.organisation === undefined ? visible : visible.filter((o) => o === q.organisation),
        sharedWith: request.actor.organisation,
        ...(q.organisation !== undefined ? { organisation: q.organisation } : {}),
        ...(q.createdFrom !== undefined ? { createdFrom: q.createdFrom } : {}),
        ...(q.createdUntil !== undefined ? { createdUntil: q.createdUntil } : {}),
        ...(q.status !== undefined ? { verdict: q.status } : {}),
        ...(q.requirement !== undefined ? { requirement: q.requirement } : {}),
        page: q.page,
        pageSize: q.pageSize,
      });
      return reply.send({ items: rows.map(toSummary), page: q.page, pageSize: q.pageSize, total });
    },
  );

  app.delete(
    "/v1/checks/:id",
    { config: { access: ["admin"] }, schema: schemas.deleteCheck },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const db = app.storage.db;
      const row = await findVisibleCheck(db, id, [request.actor.organisation]);
      if (row === undefined) return sendProblem(request, reply, { status: 404, code: "check-not-found", detail: `Er is geen toets ${id} die u mag verwijderen.` });
      await deleteCheck(db, row, request.actor, request.id);
      return reply.code(204).send();
    },
  );
}
