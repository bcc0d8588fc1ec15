import type { FastifyInstance, FastifyRequest } from "fastify";
import { randomBytes } from "node:crypto";
import { validateTender, type InvalidParam, type Tender } from "@ethiek/schemas";
import type { AnnexFormat } from "../engine.js";
import { visibleOrganisations } from "../access.js";
import { audit } from "../audit.js";
import { findVisibleCheck, loadCheck, runCheck, toSummary, type CheckRequest, type UploadedFile } from "../checks.js";
import { ProblemError, sendProblem } from "../problems.js";
import { checkDeclaredLength, multipartParts, readFilePart, safeFileName, UploadBudget, visibleFileName } from "../uploads.js";
import { schemaRef } from "../validation.js";
import { maxPage } from "../pagination.js";

const idParams = {
  type: "object",
  additionalProperties: false,
  required: ["id"],
  properties: { id: { type: "string", minLength: 1, maxLength: 100, description: "De identificatie van de toets." } },
} as const;

/** The media type of a Word document. */
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const formFields = new Set(["files", "manifest", "ruleset", "language", "previousCheck"]);

/**
 * Reads the multipart stream part by part: files are read with the size limits enforced while
 * streaming (a file over the per-file limit, or all files together over the per-request limit,
 * stop the upload with 413), a malformed body is a 400, fields are validated, and every problem
 * with the fields is reported at once.
 */
async function readCheckRequest(app: FastifyInstance, request: FastifyRequest): Promise<CheckRequest> {
  if (!request.isMultipart()) {
    throw new ProblemError({
      status: 415,
      code: "multipart-required",
      detail: "Stuur de documenten als multipart/form-data, elk bestand in het veld files.",
    });
  }
  const limits = app.config.limits;
  checkDeclaredLength(request, limits);
  const budget = new UploadBudget(limits);
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  const invalid: InvalidParam[] = [];
  for await (const part of multipartParts(request)) {
    if (!formFields.has(part.fieldname)) {
      invalid.push({ name: visibleFileName(part.fieldname).slice(0, 100), reason: `onbekend veld; toegestaan zijn ${[...formFields].join(", ")}`, code: "unknown-field" });
      if (part.type === "file") await readFilePart(part, budget, "?");
      continue;
    }
    if (part.type === "file") {
      if (part.fieldname !== "files" && part.fieldname !== "manifest") {
        invalid.push({ name: part.fieldname, reason: "dit veld is tekst, geen bestand", code: "type" });
        await readFilePart(part, budget, part.fieldname);
        continue;
      }
      const named = safeFileName(part.filename, files.length + 1);
      const bytes = await readFilePart(part, budget, named.name);
      if (part.fieldname === "manifest") fields.manifest = bytes.toString("utf8");
      else files.push({ name: named.name, ...(named.original !== undefined ? { originalName: named.original } : {}), mediaType: part.mimetype, bytes });
    } else {
      if (part.fieldname === "files") {
        invalid.push({ name: "files", reason: "stuur hier een bestand, geen tekst", code: "type" });
        continue;
      }
      budget.add(Buffer.byteLength(String(part.value)));
      if (part.fieldname in fields) invalid.push({ name: part.fieldname, reason: "dit veld mag maar één keer voorkomen", code: "duplicate" });
      fields[part.fieldname] = String(part.value);
    }
  }
  const withNul = Object.entries(fields).filter(([, value]) => value.includes("\u0000"));
  for (const [name] of withNul) invalid.push({ name, reason: "bevat een NUL-teken (\\u0000); laat het weg", code: "nul-character" });
  if (files.length === 0) invalid.push({ name: "files", reason: "stuur ten minste één document", code: "required" });
  let manifest: Tender | undefined;
  if (fields.manifest !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fields.manifest);
    } catch (error) {
      invalid.push({ name: "manifest", reason: `geen geldige JSON: ${(error as Error).message}`, code: "invalid-json" });
    }
    if (parsed !== undefined) {
      const result = validateTender(parsed);
      if (result.ok) manifest = result.value;
      else for (const issue of result.errors) invalid.push({ name: `manifest${issue.pointer}`, reason: issue.message, code: issue.code });
    }
  }
  const language = fields.language ?? "nl";
  if (language !== "nl" && language !== "en") invalid.push({ name: "language", reason: `moet nl of en zijn; gevonden '${language}'`, code: "enum" });
  if (invalid.length > 0) {
    throw new ProblemError({ status: 400, code: "invalid-input", detail: `Het verzoek bevat ${invalid.length} ongeldige onderdelen; zie invalidParams.`, invalidParams: invalid });
  }
  const ruleset = fields.ruleset ?? app.engine.defaultRuleset;
  const installed = app.engine.rulesets().map((r) => r.name);
  if (!installed.includes(ruleset)) {
    throw new ProblemError({
      status: 422,
      code: "unknown-ruleset",
      detail: `De regelset '${ruleset}' is niet op deze server geïnstalleerd. Beschikbaar: ${installed.join(", ")}.`,
      invalidParams: [{ name: "ruleset", reason: `kies een van ${installed.join(", ")}`, code: "unknown-ruleset" }],
    });
  }
  const key = request.headers["idempotency-key"];
  if (key !== undefined && (typeof key !== "string" || key.length === 0 || key.length > 255)) {
    throw new ProblemError({
      status: 400,
      code: "invalid-input",
      detail: "De Idempotency-Key moet 1 tot 255 tekens lang zijn.",
      invalidParams: [{ name: "header/idempotency-key", reason: "1 tot 255 tekens", code: "maxLength" }],
    });
  }
  return {
    files,
    ruleset,
    language: language === "en" ? "en" : "nl",
    ...(manifest !== undefined ? { manifest } : {}),
    ...(fields.previousCheck !== undefined ? { previousCheck: fields.previousCheck } : {}),
    ...(typeof key === "string" ? { idempotencyKey: key } : {}),
  };
}

/**
 * Picks the best of `offered` for an Accept header (quality values honoured, wildcards allowed);
 * false when none is acceptable. No header means the first offer.
 *
 * @example
 * negotiate("text/html;q=0.9, application/sarif+json", ["application/json", "application/sarif+json"]) // "application/sarif+json"
 */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | false {
  if (accept === undefined || accept.trim() === "") return offered[0] ?? false;
  let best: { type: string; q: number; order: number } | undefined;
  accept.split(",").forEach((entry, order) => {
    const [range = "", ...params] = entry.trim().split(";").map((s) => s.trim());
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!(q > 0)) return;
    const [type, sub] = range.toLowerCase().split("/");
    for (const offer of offered) {
      const [ot, os] = offer.split("/");
      const matches = (type === "*" && sub === "*") || (type === ot && (sub === "*" || sub === os));
      // Exact matches beat wildcards at equal quality; then the client's order.
      const score = q + (sub === "*" ? 0 : 0.0001);
      if (matches && (best === undefined || score > best.q || (score === best.q && order < best.order))) {
        best = { type: offer, q: score, order };
      }
    }
  });
  return best?.type ?? false;
}

/** Checks: submit, read (JSON, SARIF, HTML), the annex of model clauses, list, delete. */
export default async function checkRoutes(app: FastifyInstance): Promise<void> {
  app.post(
    "/v1/checks",
    {
      config: { access: ["officer"] },
      schema: {
        operationId: "createCheck",
        tags: ["toetsen"],
        summary: "Toets een aanbesteding",
        description:
          "Upload de documenten van een aanbesteding (veld files, herhaalbaar), eventueel met een manifest en de naam van een regelset. Het antwoord is de opgeslagen toets met het rapport. Met dezelfde Idempotency-Key en dezelfde inhoud ontstaat nooit een tweede toets. Met previousCheck is het een hertoets: het antwoord noemt wat er veranderde.",
        headers: {
          type: "object",
          properties: {
            "idempotency-key": { type: "string", minLength: 1, maxLength: 255, description: "Een unieke sleutel per toets; een herhaling met dezelfde sleutel geeft dezelfde toets terug." },
          },
        },
        response: {
          201: {
            description: "De toets is gedaan en opgeslagen; Location wijst naar de toets.",
            headers: { Location: { type: "string", description: "Het pad van de nieuwe toets." } },
            ...schemaRef("check"),
          },
          400: { description: "Een veld is ongeldig, of de inhoud is geen geldige multipart/form-data (malformed-multipart).", ...schemaRef("problem") },
          413: { description: "Een bestand is te groot (payload-too-large), alle bestanden samen zijn te groot (request-too-large), of er zijn te veel bestanden.", ...schemaRef("problem") },
          415: { description: "De inhoud is geen multipart/form-data.", ...schemaRef("problem") },
          422: { description: "Een document kan niet worden gelezen, de regelset bestaat niet, of de toets duurde te lang.", ...schemaRef("problem") },
        },
      },
    },
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
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "getCheck",
        tags: ["toetsen"],
        summary: "Lees een toets",
        description:
          "De opgeslagen toets met het rapport. Met Accept: application/sarif+json krijgt u het rapport als SARIF 2.1.0, met Accept: text/html als leesbare pagina.",
        params: idParams,
        response: {
          200: {
            description: "De toets.",
            content: {
              "application/json": { schema: schemaRef("check") },
              "application/sarif+json": { schema: { type: "object", description: "Het rapport als SARIF 2.1.0-log." } },
              "text/html": { schema: { type: "string", description: "Het rapport als HTML-pagina." } },
            },
          },
          406: { description: "Het gevraagde formaat is niet beschikbaar.", ...schemaRef("problem") },
        },
      },
    },
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
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "getCheckAnnex",
        tags: ["toetsen"],
        summary: "Bijlage met modelbepalingen voor een toets",
        description:
          "De bijlage 'Aanvullende eisen voor algoritmen en AI': voor elke eis die in de toets ontbrak of niet volledig was een modelbepaling (eis, contractbepaling of gunningscriterium) met bronnen, in de woorden en met de parameters van de regelset. Kies het formaat met format of met de Accept-header: DOCX (standaard), Markdown of HTML met een kopieerknop per bepaling. Voeg de bijlage toe aan de aanbesteding en toets opnieuw: wat de bijlage regelt, is dan vervuld.",
        params: idParams,
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            format: { type: "string", enum: ["docx", "markdown", "html"], description: "Het formaat; gaat voor op de Accept-header." },
            language: { type: "string", enum: ["nl", "en"], description: "De taal van de bijlage; standaard die van de toets." },
            notes: { type: "boolean", default: true, description: "Met de toelichting voor de inkoper onder elke bepaling." },
          },
        },
        response: {
          200: {
            description: "De bijlage. DOCX en Markdown komen als download (Content-Disposition: attachment).",
            content: {
              [DOCX]: { schema: { type: "string", format: "binary", description: "De bijlage als Word-document." } },
              "text/markdown": { schema: { type: "string", description: "De bijlage als Markdown." } },
              "text/html": { schema: { type: "string", description: "De bijlage als HTML-pagina met een kopieerknop per bepaling." } },
            },
          },
          406: { description: "Het gevraagde formaat is niet beschikbaar.", ...schemaRef("problem") },
          409: { description: "De regelset van de toets is niet meer op de server geïnstalleerd.", ...schemaRef("problem") },
        },
      },
    },
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
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "listChecks",
        tags: ["toetsen"],
        summary: "Zoek toetsen",
        description:
          "De toetsen die u mag zien, nieuwste eerst, per pagina: die van uw organisatie en die een andere organisatie met u heeft gedeeld. Filter op organisatie, periode, oordeel (status) en eis (toetsen met een open bevinding op die eis).",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            page: { type: "integer", minimum: 1, maximum: maxPage, default: 1, description: "Het paginanummer, vanaf 1." },
            pageSize: { type: "integer", minimum: 1, maximum: 100, default: 20, description: "Het aantal toetsen per pagina (1 tot 100)." },
            organisation: { type: "string", minLength: 1, description: "Alleen toetsen van deze organisatie." },
            createdFrom: { type: "string", format: "date", description: "Alleen toetsen op of na deze dag (JJJJ-MM-DD)." },
            createdUntil: { type: "string", format: "date", description: "Alleen toetsen op of vóór deze dag (JJJJ-MM-DD)." },
            status: { type: "string", enum: ["pass", "pass-with-warnings", "fail"], description: "Alleen toetsen met dit oordeel." },
            requirement: {
              type: "string",
              pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
              description: "Alleen toetsen waarin deze eis gedeeltelijk of niet is vervuld.",
            },
          },
        },
        response: { 200: { description: "Eén pagina toetsen.", ...schemaRef("check", "CheckPage") } },
      },
    },
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
      const orgs = q.organisation === undefined ? visible : visible.filter((o) => o === q.organisation);
      const db = app.storage.db;
      const actorOrganisation = request.actor.organisation;
      // Visible: the organisations' own checks, and checks other organisations shared with the actor's.
      let base = db
        .selectFrom("checks")
        .where("deleted_at", "is", null)
        .where((eb) => {
          const shared = eb("id", "in", eb.selectFrom("check_shares").select("check_id").where("organisation_id", "=", actorOrganisation));
          const sharedHere = q.organisation === undefined ? shared : eb.and([shared, eb("organisation_id", "=", q.organisation)]);
          return orgs.length === 0 ? sharedHere : eb.or([eb("organisation_id", "in", orgs), sharedHere]);
        });
      if (q.createdFrom !== undefined) base = base.where("created_at", ">=", `${q.createdFrom}T00:00:00.000Z`);
      if (q.createdUntil !== undefined) base = base.where("created_at", "<=", `${q.createdUntil}T23:59:59.999Z`);
      if (q.status !== undefined) base = base.where("verdict", "=", q.status);
      if (q.requirement !== undefined) {
        const requirement = q.requirement;
        base = base.where("id", "in", (eb) =>
          eb.selectFrom("check_results").select("check_id").where("requirement", "=", requirement).where("status", "in", ["partial", "missing"]),
        );
      }
      const countRow = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
      const rows = await base
        .selectAll()
        .orderBy("created_at", "desc")
        .orderBy("id")
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return reply.send({ items: rows.map(toSummary), page: q.page, pageSize: q.pageSize, total: Number(countRow?.n ?? 0) });
    },
  );

  app.delete(
    "/v1/checks/:id",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "deleteCheck",
        tags: ["toetsen"],
        summary: "Verwijder een toets",
        description: "Alleen voor een beheerder van de organisatie. De toets verdwijnt uit de lijsten; het auditlog houdt vast wie hem wanneer verwijderde.",
        params: idParams,
        response: { 204: { description: "De toets is verwijderd.", type: "null" } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const db = app.storage.db;
      const row = await findVisibleCheck(db, id, [request.actor.organisation]);
      if (row === undefined) return sendProblem(request, reply, { status: 404, code: "check-not-found", detail: `Er is geen toets ${id} die u mag verwijderen.` });
      await db.transaction().execute(async (trx) => {
        await trx.updateTable("checks").set({ deleted_at: new Date().toISOString(), deleted_by: request.actor.id }).where("id", "=", id).execute();
        await audit(trx, {
          actor: request.actor.id,
          organisation: request.actor.organisation,
          action: "check.delete",
          targetType: "check",
          targetId: id,
          detail: { verdict: row.verdict, ruleset: row.ruleset_name },
          requestId: request.id,
        });
      });
      return reply.code(204).send();
    },
  );
}
