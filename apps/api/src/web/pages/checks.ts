// The upload form, checking the uploaded tender (the same `runCheck` as POST /v1/checks), and the
// list of earlier checks.
import type { FastifyInstance } from "fastify";
import { validateTender } from "@ethiek/schemas";
import { visibleOrganisations } from "../../access.js";
import { runCheck, type UploadedFile } from "../../checks.js";
import { ProblemError } from "../../problems.js";
import { listOwnChecks, toSummary } from "../../storage/checks.js";
import { checkDeclaredLength, multipartParts, readFilePart, safeFileName, UploadBudget } from "../../uploads.js";
import { sendHtml, type WebContext } from "../context.js";
import { manifestFromForm } from "../forms.js";
import { textsFor } from "../i18n.js";
import { listPage, messagePage, uploadPage, type FormError, type UploadValues } from "../render.js";
import { verifyCsrf } from "../session.js";

/** Multipart limits that mean "too large" rather than "malformed". */
const tooLargeCodes = new Set(["FST_REQ_FILE_TOO_LARGE", "FST_FILES_LIMIT", "FST_PARTS_LIMIT", "FST_FIELDS_LIMIT"]);

/** Registers the upload form (/), the upload itself (POST /toetsen) and the list (/toetsen). */
export function checkPages(app: FastifyInstance, web: WebContext): void {
  const uploadOptions = (extra: { errors?: readonly FormError[]; values?: UploadValues } = {}) => ({
    rulesets: app.engine.rulesets().map((r) => ({ name: r.name, description: r.description })),
    defaultRuleset: app.engine.defaultRuleset,
    maxFiles: app.config.limits.maxFiles,
    maxFileBytes: app.config.limits.maxFileBytes,
    ...extra,
  });

  app.get("/", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireActor(request, reply);
    if (v === null) return reply;
    return sendHtml(reply, 200, uploadPage(v.ctx, uploadOptions()));
  });

  app.post("/toetsen", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireActor(request, reply);
    if (v === null) return reply;
    const t = textsFor(v.ctx.lang);
    if (!v.actor.roles.has("officer")) return sendHtml(reply, 403, messagePage(v.ctx, t("web.uploadTitle"), t("web.errorRole")));
    if (!request.isMultipart()) return sendHtml(reply, 415, uploadPage(v.ctx, uploadOptions({ errors: [{ message: t("web.errorNoFiles"), field: "bestanden" }] })));
    const files: UploadedFile[] = [];
    const fields: Record<string, string> = {};
    try {
      checkDeclaredLength(request, app.config.limits);
      const budget = new UploadBudget(app.config.limits);
      for await (const part of multipartParts(request)) {
        if (part.type === "file") {
          const named = safeFileName(part.filename, files.length + 1);
          const bytes = await readFilePart(part, budget, named.name);
          // A file input left empty still sends a nameless, empty part.
          if (part.fieldname !== "files" || (part.filename === "" && bytes.length === 0)) continue;
          files.push({ name: named.name, ...(named.original !== undefined ? { originalName: named.original } : {}), mediaType: part.mimetype, bytes });
        } else {
          budget.add(Buffer.byteLength(String(part.value)));
          fields[part.fieldname] = String(part.value).replace(/\u0000/g, "");
        }
      }
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      const status = error instanceof ProblemError ? error.init.status : 0;
      if (status === 400) {
        return sendHtml(reply, 400, uploadPage(v.ctx, uploadOptions({ errors: [{ message: error instanceof ProblemError ? error.init.detail : "", field: "bestanden" }] })));
      }
      if (!tooLargeCodes.has(code) && status !== 413) throw error;
      return sendHtml(reply, 413, uploadPage(v.ctx, uploadOptions({ errors: [{ message: t("web.errorTooLarge"), field: "bestanden" }] })));
    }
    const values: UploadValues = {
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      ...(fields.ai !== undefined ? { ai: fields.ai } : {}),
      ...(fields.persoonsgegevens !== undefined ? { personalData: fields.persoonsgegevens } : {}),
      ...(fields.bijlageIII !== undefined ? { annex: fields.bijlageIII } : {}),
      ...(fields.ruleset !== undefined ? { ruleset: fields.ruleset } : {}),
    };
    if (!verifyCsrf(web.secret, v.csrfSeed, fields.csrf)) {
      return sendHtml(reply, 403, uploadPage(v.ctx, uploadOptions({ errors: [{ message: t("web.errorCsrf") }], values })));
    }
    const errors: FormError[] = [];
    if (files.length === 0) errors.push({ message: t("web.errorNoFiles"), field: "bestanden" });
    const ruleset = fields.ruleset ?? app.engine.defaultRuleset;
    if (!app.engine.rulesets().some((r) => r.name === ruleset)) errors.push({ message: `${t("web.rulesetLabel")}: ${ruleset}?`, field: "regelset" });
    const manifest = manifestFromForm(fields, v.ctx.lang, files.map((f) => f.name).join(", ") || "-");
    if (manifest !== undefined) {
      const valid = validateTender(manifest);
      if (!valid.ok) for (const issue of valid.errors) errors.push({ message: issue.message, field: "titel" });
    }
    if (errors.length > 0) return sendHtml(reply, 400, uploadPage(v.ctx, uploadOptions({ errors, values })));

    const running = runCheck({
      db: app.storage.db,
      engine: app.engine,
      limits: app.config.limits,
      actor: v.actor,
      request: { files, ruleset, language: v.ctx.lang, ...(manifest !== undefined ? { manifest } : {}) },
      requestId: request.id,
    });
    app.inflight.add(running);
    try {
      const outcome = await running;
      if (!outcome.ok) {
        const p = outcome.problem;
        const fileErrors = (p.invalidParams ?? []).map((ip) => ({ message: `${ip.name.replace(/^files\//, "")}: ${ip.reason}`, field: "bestanden" }));
        return sendHtml(reply, p.status, uploadPage(v.ctx, uploadOptions({ errors: fileErrors.length > 0 ? fileErrors : [{ message: p.detail, field: "bestanden" }], values })));
      }
      request.log.info({ check: outcome.check.id, verdict: outcome.check.report.summary.verdict }, "check stored (web)");
      return reply.redirect(`/toetsen/${encodeURIComponent(outcome.check.id)}`, 303);
    } finally {
      app.inflight.delete(running);
    }
  });

  app.get("/toetsen", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireActor(request, reply);
    if (v === null) return reply;
    const requested = Number((request.query as { pagina?: string }).pagina ?? "1");
    const { rows, page, pageCount } = await listOwnChecks(app.storage.db, await visibleOrganisations(app.storage.db, v.actor), requested, 20);
    return sendHtml(reply, 200, listPage(v.ctx, rows.map(toSummary), page, pageCount));
  });
}
