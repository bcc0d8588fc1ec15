// The web page for procurement officers: sign in, upload a tender, read and share the report, see
// earlier checks, the organisation's maturity assessments, governance models and routes.
// Server-rendered HTML that works without JavaScript; /static/app.js adds drag and drop, progress,
// instant filtering and copying. It uses the same services as the /v1 routes (runCheck, loadCheck,
// findVisibleCheck, visibleOrganisations, the engine's formatters, the maturity and governance
// routes' helpers).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { MaturityAssessment, Role, RoutePlan, RouteStatus, Severity, Status, Tender } from "@ethiek/schemas";
import { actionPlan, assessmentToCsv, textIn } from "@ethiek/maturity";
import { modelToSvg, routeProgress, routeToSvg } from "@ethiek/governance";
import { validateTender } from "@ethiek/schemas";
import { visibleOrganisations } from "../access.js";
import { audit } from "../audit.js";
import { authenticate, localActor, type Actor } from "../auth.js";
import { runCheck, type UploadedFile } from "../checks.js";
import { findVisibleCheck, loadCheck, toSummary } from "../storage/checks.js";
import { allGovernanceModels, findGovernanceModel } from "../storage/governance-models.js";
import { loadRouteFor, routeIdsWithHeldRole } from "../storage/routes.js";
import { findAssessment, findMaturityModel, storeNewAssessment } from "../storage/maturity.js";
import { radarInput, scoresOf, timelinePoints } from "../storage/maturity-views.js";
import { addReflection, allowedTransitions, checksCitingCase, citationsFromRequests, transition } from "@ethiek/cases";
import type { Case, CaseInput, CaseStatus } from "@ethiek/schemas";
import { validateCase } from "@ethiek/schemas";
import { COMMISSION_MOVES, isCommission, isOwner, loadVisible, precedentsFor, store, submitCase, visibleRows } from "../routes/cases.js";
import { casePage, casesPage, newCasePage, type CaseFormValues } from "./cases.js";
import { clientScript } from "./client.js";
import { publicCaseRoutes } from "./public-routes.js";
import { governancePage, routeListPage, routePage } from "./governance.js";
import { assessmentPage, maturityListPage, newAssessmentPage } from "./maturity.js";
import { annexAreas, severityOrder, statusOrder, textsFor, type Lang, type Texts } from "./i18n.js";
import {
  annexPage,
  listPage,
  messagePage,
  notFoundPage,
  reportPage,
  requirementPage,
  signInPage,
  uploadPage,
  type FormError,
  type PageContext,
  type ReportFilter,
  type UploadValues,
} from "./render.js";
import {
  addCookies,
  cookieHeader,
  createSession,
  csrfCookie,
  csrfToken,
  isHttps,
  langCookie,
  newCsrfSeed,
  parseCookies,
  readSession,
  sessionCookie,
  sessionSeconds,
  verifyCsrf,
  webSecret,
} from "./session.js";
import { appCss } from "./styles.js";
import { ProblemError } from "../problems.js";
import { checkDeclaredLength, multipartParts, readFilePart, safeFileName, UploadBudget } from "../uploads.js";

/** Pages load only our own script and styles; document text can never run as code. */
export const pageCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

interface Asset {
  readonly body: string;
  /** The body gzipped once at start-up: the NL Design System stylesheet shrinks about tenfold. */
  readonly gzip: Buffer;
  readonly type: string;
  readonly url: string;
}

const version = (body: string) => createHash("sha256").update(body).digest("hex").slice(0, 12);

/**
 * The NL Design System stylesheet served from the app itself (no CDN): the "voorbeeld" theme's
 * tokens (EUPL-1.2) and the Utrecht component library (EUPL-1.2), read once from node_modules.
 */
function loadAssets(): Record<"nlds" | "css" | "js", Asset> {
  const require = createRequire(import.meta.url);
  const read = (id: string) => readFileSync(require.resolve(id), "utf8");
  const nlds = `${read("@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css")}\n${read("@utrecht/component-library-css/dist/index.css")}`;
  const make = (name: string, body: string, type: string): Asset => ({ body, gzip: gzipSync(body), type, url: `/static/${name}?v=${version(body)}` });
  return {
    nlds: make("nlds.css", nlds, "text/css; charset=utf-8"),
    css: make("app.css", appCss, "text/css; charset=utf-8"),
    js: make("app.js", clientScript, "text/javascript; charset=utf-8"),
  };
}

/** Who is visiting: an actor (local mode, or a valid session), and the page context. */
interface Visit {
  readonly actor: Actor | null;
  readonly ctx: PageContext;
  /** The CSRF cookie's value this request (for checking posted forms). */
  readonly csrfSeed: string;
}

const isLang = (value: unknown): value is Lang => value === "nl" || value === "en";

function asList(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/**
 * Parses the report filter from the query (`status` and `severity`, repeatable). Unknown values
 * are ignored; nothing chosen means everything.
 *
 * @example
 * parseFilter({ status: ["missing", "partial"], severity: "error" })
 */
export function parseFilter(query: Record<string, unknown>): ReportFilter {
  const statuses = new Set(asList(query.status).filter((s): s is Status => (statusOrder as readonly string[]).includes(s)));
  const severities = new Set(asList(query.severity).filter((s): s is Severity => (severityOrder as readonly string[]).includes(s)));
  return { statuses, severities };
}

/** A return path after sign-in: only a path on this site (never `//host` or a full URL). */
export function safeReturnPath(value: string | undefined): string {
  if (value === undefined || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

/**
 * Builds the manifest from what the officer stated in the form: a title and declarations about
 * AI, personal data and the Annex III area. Undefined when nothing was stated.
 *
 * @example
 * manifestFromForm({ title: "Wervingsplatform", ai: "ja", persoonsgegevens: "onbekend", bijlageIII: "4" }, "nl", "leidraad.pdf")
 * // { title: "Wervingsplatform", declarations: [{ tag: "ai", holds: true, … }, { tag: "high-risk", holds: true, detail: "4", … }] }
 */
export function manifestFromForm(fields: Readonly<Record<string, string>>, lang: Lang, fallbackTitle: string): Tender | undefined {
  const reason = textsFor(lang)("web.declaredInForm");
  const declarations: NonNullable<Tender["declarations"]> = [];
  const yesNo = (value: string | undefined) => (value === "ja" ? true : value === "nee" ? false : undefined);
  const ai = yesNo(fields.ai);
  if (ai !== undefined) declarations.push({ tag: "ai", holds: ai, reason });
  const personal = yesNo(fields.persoonsgegevens);
  if (personal !== undefined) declarations.push({ tag: "personal-data", holds: personal, reason });
  const annex = fields.bijlageIII ?? "";
  if (annex === "nee") declarations.push({ tag: "high-risk", holds: false, reason });
  else if ((annexAreas as readonly string[]).includes(annex)) declarations.push({ tag: "high-risk", holds: true, detail: annex, reason });
  const title = (fields.title ?? "").trim();
  if (title === "" && declarations.length === 0) return undefined;
  // A manifest needs a title; without one the documents name the tender, as in the report.
  return { title: title !== "" ? title : fallbackTitle, ...(declarations.length > 0 ? { declarations } : {}) };
}

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type("text/html; charset=utf-8").header("Content-Security-Policy", pageCsp).header("Vary", "Cookie").send(html);
}

const tooLargeCodes = new Set(["FST_REQ_FILE_TOO_LARGE", "FST_FILES_LIMIT", "FST_PARTS_LIMIT", "FST_FIELDS_LIMIT"]);

/**
 * The web page's routes. Registered from `src/routes/index.ts` like every other area; its routes
 * are `public` to the API's bearer-key check and do their own access control with the session
 * cookie (keys mode) or the local actor (local mode).
 */
export default async function webRoutes(app: FastifyInstance): Promise<void> {
  const assets = loadAssets();
  const secret = webSecret(app.config.keyPepper);
  const local = app.config.auth === "local";

  for (const asset of Object.values(assets)) {
    app.get(asset.url.split("?")[0] as string, { config: { access: "public" } }, async (request, reply) => {
      reply.type(asset.type).header("Cache-Control", "public, max-age=31536000, immutable").header("Vary", "Accept-Encoding");
      const accepts = request.headers["accept-encoding"];
      if (typeof accepts === "string" && /\bgzip\b/.test(accepts)) return reply.header("Content-Encoding", "gzip").send(asset.gzip);
      return reply.send(asset.body);
    });
  }

  /** Resolves the visitor and prepares the cookies this response must set. */
  async function visit(request: FastifyRequest, reply: FastifyReply): Promise<Visit> {
    const cookies = parseCookies(request.headers.cookie);
    const query = (request.query ?? {}) as Record<string, unknown>;
    const secure = isHttps(request, app.config.publicUrl);
    const set: string[] = [];
    let lang: Lang = isLang(cookies[langCookie]) ? (cookies[langCookie] as Lang) : "nl";
    if (isLang(query.lang)) {
      lang = query.lang;
      set.push(cookieHeader(langCookie, lang, { secure, maxAge: 365 * 24 * 3600 }));
    }
    let seed = cookies[csrfCookie];
    if (seed === undefined || seed.length < 16) {
      seed = newCsrfSeed();
      set.push(cookieHeader(csrfCookie, seed, { secure }));
    }
    let actor: Actor | null = null;
    let signedIn: PageContext["signedIn"] = null;
    if (local) actor = localActor;
    else {
      const claims = readSession(secret, cookies[sessionCookie]);
      const revoked =
        claims !== null &&
        (await app.storage.db.selectFrom("revoked_sessions").select("id").where("id", "=", claims.nonce).executeTakeFirst()) !== undefined;
      if (claims !== null && !revoked) {
        // Checked on every request: a revoked key ends its sessions at once.
        const row = await app.storage.db
          .selectFrom("api_keys")
          .innerJoin("organisations", "organisations.id", "api_keys.organisation_id")
          .select(["api_keys.id as id", "api_keys.organisation_id as organisation", "api_keys.roles as roles", "organisations.name as name"])
          .where("api_keys.id", "=", claims.keyId)
          .where("api_keys.revoked_at", "is", null)
          .executeTakeFirst();
        if (row !== undefined) {
          actor = { id: row.id, organisation: row.organisation, roles: new Set(row.roles.split(",") as Role[]) };
          signedIn = { organisation: row.name };
        }
      }
    }
    addCookies(reply, set);
    return {
      actor,
      csrfSeed: seed,
      ctx: {
        lang,
        url: request.url,
        csrf: csrfToken(secret, seed),
        signedIn,
        localMode: local,
        assets: { nlds: assets.nlds.url, css: assets.css.url, js: assets.js.url },
      },
    };
  }

  // A browser whose request no route answers (an unknown path, a bad %-escape, a path that is too
  // long) gets a page. Nothing is looked up: the page shows no account, only the visitor's language.
  app.webErrorPages.render = (request, reply, status) => {
    const asked = new URLSearchParams(request.url.split("?")[1] ?? "").get("lang");
    const cookie = parseCookies(request.headers.cookie)[langCookie];
    const lang: Lang = isLang(asked) ? asked : isLang(cookie) ? cookie : "nl";
    const ctx: PageContext = { lang, url: request.url, csrf: "", signedIn: null, localMode: local, assets: { nlds: assets.nlds.url, css: assets.css.url, js: assets.js.url } };
    const t = textsFor(lang);
    return sendHtml(reply, status, status === 404 ? notFoundPage(ctx) : messagePage(ctx, t("web.badAddressTitle"), t("web.badAddressText")));
  };

  /** The visitor, or a redirect to the sign-in page when there is none. */
  async function requireActor(request: FastifyRequest, reply: FastifyReply): Promise<(Visit & { actor: Actor }) | null> {
    const v = await visit(request, reply);
    if (v.actor === null) {
      reply.redirect(`/aanmelden?terug=${encodeURIComponent(request.url)}`, 303);
      return null;
    }
    return v as Visit & { actor: Actor };
  }

  const uploadOptions = (extra: { errors?: readonly FormError[]; values?: UploadValues } = {}) => ({
    rulesets: app.engine.rulesets().map((r) => ({ name: r.name, description: r.description })),
    defaultRuleset: app.engine.defaultRuleset,
    maxFiles: app.config.limits.maxFiles,
    maxFileBytes: app.config.limits.maxFileBytes,
    ...extra,
  });

  app.get("/", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireActor(request, reply);
    if (v === null) return reply;
    return sendHtml(reply, 200, uploadPage(v.ctx, uploadOptions()));
  });

  app.get("/aanmelden", { config: { access: "public" } }, async (request, reply) => {
    const v = await visit(request, reply);
    if (v.actor !== null) return reply.redirect(safeReturnPath((request.query as { terug?: string }).terug), 303);
    const terug = (request.query as { terug?: string }).terug;
    return sendHtml(reply, 200, signInPage(v.ctx, terug !== undefined ? { returnTo: safeReturnPath(terug) } : {}));
  });

  /** Reads the text fields of a small multipart form (sign-in, sign-out). Files are ignored. */
  async function formFields(request: FastifyRequest): Promise<Record<string, string>> {
    const fields: Record<string, string> = {};
    if (!request.isMultipart()) return fields;
    const budget = new UploadBudget(app.config.limits);
    for await (const part of multipartParts(request)) {
      if (part.type === "file") await readFilePart(part, budget, "?");
      else fields[part.fieldname] = String(part.value);
    }
    return fields;
  }

  app.post("/aanmelden", { config: { access: "public" } }, async (request, reply) => {
    const v = await visit(request, reply);
    const t = textsFor(v.ctx.lang);
    const fields = await formFields(request);
    const returnTo = safeReturnPath(fields.terug);
    if (!verifyCsrf(secret, v.csrfSeed, fields.csrf)) {
      return sendHtml(reply, 403, signInPage(v.ctx, { errors: [{ message: t("web.errorCsrf") }], returnTo }));
    }
    const key = (fields.sleutel ?? "").trim();
    if (key === "") return sendHtml(reply, 400, signInPage(v.ctx, { errors: [{ message: t("web.keyRequired"), field: "sleutel" }], returnTo }));
    const actor = local ? localActor : await authenticate(app.storage.db, app.config.keyPepper, key);
    if (actor === null) {
      request.log.info("web sign-in refused");
      return sendHtml(reply, 401, signInPage(v.ctx, { errors: [{ message: t("web.signInFailed"), field: "sleutel" }], returnTo }));
    }
    const secure = isHttps(request, app.config.publicUrl);
    // A new session gets a new CSRF seed, so a token seen before sign-in is worthless after it.
    addCookies(reply, [
      cookieHeader(sessionCookie, createSession(secret, actor.id), { secure, maxAge: sessionSeconds }),
      cookieHeader(csrfCookie, newCsrfSeed(), { secure }),
    ]);
    request.log.info({ key: actor.id, organisation: actor.organisation }, "web sign-in");
    return reply.redirect(returnTo, 303);
  });

  app.post("/afmelden", { config: { access: "public" } }, async (request, reply) => {
    const v = await visit(request, reply);
    const fields = await formFields(request);
    if (!verifyCsrf(secret, v.csrfSeed, fields.csrf)) {
      return sendHtml(reply, 403, messagePage(v.ctx, textsFor(v.ctx.lang)("web.signOut"), textsFor(v.ctx.lang)("web.errorCsrf")));
    }
    // End the session on the server too: a copy of the cookie (another tab, a stolen one) is
    // refused from now on, on every instance.
    const claims = readSession(secret, parseCookies(request.headers.cookie)[sessionCookie]);
    if (claims !== null && v.actor !== null && !local) {
      const now = new Date().toISOString();
      const actor = v.actor;
      await app.storage.db.transaction().execute(async (trx) => {
        await trx.deleteFrom("revoked_sessions").where("expires_at", "<", now).execute();
        await trx
          .insertInto("revoked_sessions")
          .values({ id: claims.nonce, key_id: claims.keyId, expires_at: new Date(claims.expires * 1000).toISOString(), revoked_at: now })
          .onConflict((oc) => oc.column("id").doNothing())
          .execute();
        await audit(trx, {
          actor: actor.id,
          organisation: actor.organisation,
          action: "session.revoke",
          targetType: "api-key",
          targetId: claims.keyId,
          detail: { reason: "sign-out" },
          requestId: request.id,
        });
      });
    }
    const secure = isHttps(request, app.config.publicUrl);
    addCookies(reply, [cookieHeader(sessionCookie, "", { secure, maxAge: 0 }), cookieHeader(csrfCookie, newCsrfSeed(), { secure })]);
    return reply.redirect("/aanmelden", 303);
  });

  app.post("/toetsen", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireActor(request, reply);
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
    if (!verifyCsrf(secret, v.csrfSeed, fields.csrf)) {
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
    const v = await requireActor(request, reply);
    if (v === null) return reply;
    const pageSize = 20;
    const requested = Number((request.query as { pagina?: string }).pagina ?? "1");
    const orgs = await visibleOrganisations(app.storage.db, v.actor);
    const base = app.storage.db.selectFrom("checks").where("organisation_id", "in", orgs).where("deleted_at", "is", null);
    const countRow = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
    const total = Number(countRow?.n ?? 0);
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    const page = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pageCount) : 1;
    const rows = await base
      .selectAll()
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    return sendHtml(reply, 200, listPage(v.ctx, rows.map(toSummary), page, pageCount));
  });

  /** The check a visitor may see, or null after answering 404. */
  async function visibleCheck(request: FastifyRequest, reply: FastifyReply, v: Visit & { actor: Actor }) {
    const { id } = request.params as { id: string };
    const orgs = await visibleOrganisations(app.storage.db, v.actor);
    // Checks another organisation shared with the visitor's are readable here as through the API.
    const row = id.length <= 100 ? await findVisibleCheck(app.storage.db, id, orgs, [v.actor.organisation]) : undefined;
    if (row === undefined) {
      sendHtml(reply, 404, notFoundPage(v.ctx));
      return null;
    }
    return loadCheck(app.storage.db, row);
  }

  app.get("/toetsen/:id", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireActor(request, reply);
    if (v === null) return reply;
    const check = await visibleCheck(request, reply, v);
    if (check === null) return reply;
    const query = request.query as Record<string, unknown>;
    return sendHtml(
      reply,
      200,
      reportPage(v.ctx, check, {
        requirements: app.engine.listRequirements(check.report.ruleset.name, v.ctx.lang),
        filter: parseFilter(query),
        printView: query.weergave === "afdruk",
        // An absolute link, so a pasted link works from a mail or a chat: the configured public
        // address, else the one the visitor used.
        selfUrl: `${app.config.publicUrl ?? `${request.protocol}://${request.host}`}/toetsen/${encodeURIComponent(check.id)}`,
      }),
    );
  });

  const download = (reply: FastifyReply, id: string, ext: string, type: string, body: string) =>
    reply.type(type).header("Content-Disposition", `attachment; filename="ethiek-toets-${id.replace(/[^A-Za-z0-9-]/g, "")}.${ext}"`).send(body);
  /** The formatter's own page has inline styles and no scripts. */
  const formatterCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

  app.get("/toetsen/:id/rapport.json", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireActor(request, reply);
    if (v === null) return reply;
    const check = await visibleCheck(request, reply, v);
    if (check === null) return reply;
    return download(reply, check.id, "json", "application/json; charset=utf-8", `${JSON.stringify(check.report, null, 2)}\n`);
  });

  app.get("/toetsen/:id/rapport.sarif", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireActor(request, reply);
    if (v === null) return reply;
    const check = await visibleCheck(request, reply, v);
    if (check === null) return reply;
    return download(reply, check.id, "sarif", "application/sarif+json; charset=utf-8", app.engine.formatSarif(check.report, check.report.language));
  });

  app.get("/toetsen/:id/rapport.html", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireActor(request, reply);
    if (v === null) return reply;
    const check = await visibleCheck(request, reply, v);
    if (check === null) return reply;
    // The formatter's self-contained page (formatHtml), to keep in a file or attach to a dossier.
    reply.header("Content-Security-Policy", formatterCsp);
    return download(reply, check.id, "html", "text/html; charset=utf-8", app.engine.formatHtml(check.report, v.ctx.lang));
  });

  // The annex of model clauses: on the site (copy a clause), or as a Word or Markdown download.
  app.get("/toetsen/:id/bijlage", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireActor(request, reply);
    if (v === null) return reply;
    const check = await visibleCheck(request, reply, v);
    if (check === null) return reply;
    const annex = await app.engine.annex(check.report, { format: "html", language: check.report.language, fragment: true });
    if (!annex.ok) return sendHtml(reply, 409, messagePage(v.ctx, textsFor(v.ctx.lang)("web.clausesPageTitle"), annex.detail));
    return sendHtml(reply, 200, annexPage(v.ctx, check, annex.body as string, annex.clauses));
  });

  for (const [ext, format, type] of [["docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"], ["md", "markdown", "text/markdown; charset=utf-8"]] as const) {
    app.get(`/toetsen/:id/bijlage.${ext}`, { config: { access: "public" } }, async (request, reply) => {
      const v = await requireActor(request, reply);
      if (v === null) return reply;
      const check = await visibleCheck(request, reply, v);
      if (check === null) return reply;
      const annex = await app.engine.annex(check.report, { format, language: check.report.language });
      if (!annex.ok) return sendHtml(reply, 409, messagePage(v.ctx, textsFor(v.ctx.lang)("web.clausesPageTitle"), annex.detail));
      const body = typeof annex.body === "string" ? annex.body : Buffer.from(annex.body);
      return reply.type(type).header("Content-Disposition", `attachment; filename="bijlage-ai-${check.id.replace(/[^A-Za-z0-9-]/g, "")}.${ext}"`).send(body);
    });
  }

  app.get("/eisen/:id", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireActor(request, reply);
    if (v === null) return reply;
    const { id } = request.params as { id: string };
    const wanted = (request.query as { regelset?: string }).regelset;
    const ruleset = wanted !== undefined && app.engine.rulesets().some((r) => r.name === wanted) ? wanted : app.engine.defaultRuleset;
    const doc = app.engine.listRequirements(ruleset, v.ctx.lang).find((r) => r.id === id);
    if (doc === undefined) return sendHtml(reply, 404, notFoundPage(v.ctx));
    return sendHtml(reply, 200, requirementPage(v.ctx, doc));
  });

  // Maturity and governance: the same data and access rules as /v1/assessments, /v1/governance-models
  // and /v1/routes (src/routes/maturity.ts and governance.ts), whose helpers these pages reuse.

  /** The roles that may read assessments and routes (as the /v1 routes' `access`). */
  const readerRoles: readonly Role[] = ["officer", "ethics", "admin"];
  /** The visitor when signed in with a role that may read; null after a redirect or a 403 page. */
  async function requireReader(request: FastifyRequest, reply: FastifyReply, title: (t: Texts) => string) {
    const v = await requireActor(request, reply);
    if (v === null) return null;
    if (!readerRoles.some((r) => v.actor.roles.has(r))) {
      const t = textsFor(v.ctx.lang);
      sendHtml(reply, 403, messagePage(v.ctx, title(t), t("web.errorNoRole")));
      return null;
    }
    return v;
  }
  const sendSvg = (reply: FastifyReply, svg: string) =>
    reply
      .type("image/svg+xml; charset=utf-8")
      .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
      .header("Cache-Control", "private, no-cache")
      .header("Vary", "Cookie")
      .send(svg);

  app.get("/volwassenheid", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.maturityTitle"));
    if (v === null) return reply;
    const db = app.storage.db;
    // The organisation's own assessments only, as GET /v1/assessments (a commission sees its own).
    const rows = await db.selectFrom("maturity_assessments").selectAll().where("organisation_id", "=", v.actor.organisation).orderBy("created_at", "desc").orderBy("id").limit(200).execute();
    const items = [];
    for (const row of rows) {
      const assessment = JSON.parse(row.document) as MaturityAssessment;
      const model = await findMaturityModel(db, row.model_id);
      const scores = model === undefined ? undefined : scoresOf(model, assessment);
      items.push({
        id: row.id,
        ...(row.title !== null ? { title: row.title } : {}),
        modelName: model === undefined ? row.model_id : textIn(model.name, v.ctx.lang),
        createdAt: row.created_at,
        level: scores?.overall.level ?? null,
        maxLevel: model?.levels.length ?? 0,
        answered: scores?.overall.answered ?? assessment.answers.length,
        questions: scores?.overall.questions ?? 0,
      });
    }
    return sendHtml(reply, 200, maturityListPage(v.ctx, items));
  });

  /** The model the form uses: the one asked for, else the shipped provincial model. */
  const formModel = async (id: unknown) => (typeof id === "string" && id.length <= 120 ? await findMaturityModel(app.storage.db, id) : undefined) ?? (await findMaturityModel(app.storage.db, "ethiek-provincies"));

  app.get("/volwassenheid/nieuw", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.maturityTitle"));
    if (v === null) return reply;
    const model = await formModel((request.query as { model?: unknown }).model);
    if (model === undefined) return sendHtml(reply, 404, notFoundPage(v.ctx));
    return sendHtml(reply, 200, newAssessmentPage(v.ctx, model));
  });

  app.post("/volwassenheid/nieuw", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.maturityTitle"));
    if (v === null) return reply;
    const t = textsFor(v.ctx.lang);
    const fields = await formFields(request);
    const model = await formModel(fields.model);
    if (model === undefined) return sendHtml(reply, 404, notFoundPage(v.ctx));
    if (!verifyCsrf(secret, v.csrfSeed, fields.csrf)) return sendHtml(reply, 403, newAssessmentPage(v.ctx, model, { errors: [{ message: t("web.errorCsrf") }] }));
    const answers = model.questions.flatMap((q) => {
      const level = Number(fields[`vraag-${q.id}`] ?? "");
      return Number.isInteger(level) && level >= 1 ? [{ question: q.id, level }] : [];
    });
    // The new assessment follows the organisation's latest one, so the chart over time shows the change.
    const latest = await app.storage.db
      .selectFrom("maturity_assessments")
      .select("id")
      .where("organisation_id", "=", v.actor.organisation)
      .where("model_id", "=", model.id)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst();
    const title = (fields.title ?? "").trim().slice(0, 200);
    const created = await storeNewAssessment(
      app.storage.db,
      v.actor,
      model,
      { model: { id: model.id }, ...(title ? { title } : {}), ...(latest ? { previousAssessment: latest.id } : {}), answers },
      request.id,
    );
    if (!created.ok) return sendHtml(reply, 400, newAssessmentPage(v.ctx, model, { errors: created.errors.map((e) => ({ message: e.message })) }));
    return reply.redirect(`/volwassenheid/${encodeURIComponent(created.value.id)}`, 303);
  });

  /** The visitor's own assessment with its model, or null after answering 404. */
  async function visibleAssessment(request: FastifyRequest, reply: FastifyReply, v: Visit & { actor: Actor }) {
    const { id } = request.params as { id: string };
    const found = id.length <= 120 ? await findAssessment(app.storage.db, id, v.actor.organisation) : undefined;
    const model = found === undefined ? undefined : await findMaturityModel(app.storage.db, found.row.model_id);
    if (found === undefined || model === undefined) {
      sendHtml(reply, 404, notFoundPage(v.ctx));
      return null;
    }
    return { ...found, model };
  }

  app.get("/volwassenheid/:id", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.maturityTitle"));
    if (v === null) return reply;
    const found = await visibleAssessment(request, reply, v);
    if (found === null) return reply;
    const scores = scoresOf(found.model, found.assessment);
    return sendHtml(
      reply,
      200,
      assessmentPage(v.ctx, {
        id: found.row.id,
        assessment: found.assessment,
        model: found.model,
        scores,
        radar: await radarInput(app.storage.db, found, scores),
        timeline: await timelinePoints(app.storage.db, found),
        plan: actionPlan(found.model, found.assessment, scores),
      }),
    );
  });

  app.get("/volwassenheid/:id/meting.csv", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.maturityTitle"));
    if (v === null) return reply;
    const found = await visibleAssessment(request, reply, v);
    if (found === null) return reply;
    const separator = (request.query as { scheiding?: string }).scheiding === "puntkomma" ? ";" : ",";
    const csv = assessmentToCsv(found.model, found.assessment, scoresOf(found.model, found.assessment), { language: v.ctx.lang, separator });
    return reply.type("text/csv; charset=utf-8").header("Content-Disposition", `attachment; filename="meting-${found.row.id.replace(/[^A-Za-z0-9-]/g, "")}.csv"`).send(csv);
  });

  app.get("/bestuur", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireActor(request, reply);
    if (v === null) return reply;
    // Governance models are public, as GET /v1/governance-models.
    return sendHtml(reply, 200, governancePage(v.ctx, await allGovernanceModels(app.storage.db)));
  });

  app.get("/bestuur/modellen/:id/tekening.svg", { config: { access: "public" } }, async (request, reply) => {
    // Public, as GET /v1/governance-models/:id/diagram.svg.
    const v = await visit(request, reply);
    const { id } = request.params as { id: string };
    const model = id.length <= 100 ? await findGovernanceModel(app.storage.db, id) : undefined;
    if (model === undefined) return sendHtml(reply, 404, notFoundPage(v.ctx));
    return sendSvg(reply, modelToSvg(model, v.ctx.lang));
  });

  app.get("/bestuur/routes", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.routesTitle"));
    if (v === null) return reply;
    // The same routes as GET /v1/routes: the organisations' own, and those where the key holds a role at a body.
    const orgs = await visibleOrganisations(app.storage.db, v.actor);
    const held = await routeIdsWithHeldRole(app.storage.db, local, v.actor, orgs);
    const rows = await app.storage.db
      .selectFrom("routes")
      .selectAll()
      .where((eb) => (held.length === 0 ? eb("organisation_id", "in", orgs) : eb.or([eb("organisation_id", "in", orgs), eb("id", "in", held)])))
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(200)
      .execute();
    const items = rows.map((row) => ({
      id: row.id,
      title: row.title,
      routeName: (JSON.parse(row.plan) as RoutePlan).routeName[v.ctx.lang],
      status: row.status as RouteStatus,
      createdAt: row.created_at,
    }));
    return sendHtml(reply, 200, routeListPage(v.ctx, items));
  });

  /**
   * A route the visitor may see, by the API's own rule (`loadRouteFor`: its organisation's, one its
   * commission serves, or one with a step at a body where the key holds a role), or null after a 404.
   */
  async function visibleRoute(request: FastifyRequest, reply: FastifyReply, v: Visit & { actor: Actor }) {
    const { id } = request.params as { id: string };
    const found = id.length <= 100 ? await loadRouteFor(app.storage.db, local, id, v.actor) : undefined;
    if (found === undefined) {
      sendHtml(reply, 404, notFoundPage(v.ctx));
      return null;
    }
    return found;
  }

  app.get("/bestuur/routes/:id", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.routesTitle"));
    if (v === null) return reply;
    const found = await visibleRoute(request, reply, v);
    if (found === null) return reply;
    const model = await findGovernanceModel(app.storage.db, found.route.plan.modelId);
    return sendHtml(
      reply,
      200,
      routePage(v.ctx, {
        id: found.row.id,
        route: found.route,
        progress: routeProgress(found.route, new Date()),
        ...(model !== undefined ? { modelName: model.name[v.ctx.lang] } : {}),
      }),
    );
  });

  app.get("/bestuur/routes/:id/tekening.svg", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.routesTitle"));
    if (v === null) return reply;
    const found = await visibleRoute(request, reply, v);
    if (found === null) return reply;
    return sendSvg(reply, routeToSvg(found.route, { now: new Date(), language: v.ctx.lang }));
  });

  // The public moresprudentie, for anyone without a key: the data of GET /v1/precedents/export.
  publicCaseRoutes(app, { visit, sendHtml, readerRoles });

  // Cases and moresprudentie for ethics staff: the same data and access rules as /v1/cases and
  // /v1/precedents (src/routes/cases.ts), whose helpers these pages reuse.

  /** A kebab-case label from what a person typed ("Privacy " → "privacy"); empty when nothing is left. */
  const tagOf = (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");

  app.get("/casussen", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.casesTitle"));
    if (v === null) return reply;
    const raw = (request.query as { q?: unknown }).q;
    const query = typeof raw === "string" ? raw.slice(0, 500) : "";
    const index = await precedentsFor(app.storage.db, v.actor);
    const result = index.search(query, { limit: 20, filters: {} });
    const open = (await visibleRows(app.storage.db, v.actor))
      .filter((r) => r.status !== "closed")
      .slice(0, 100)
      .map((r) => ({ id: r.id, title: r.title, status: r.status as CaseStatus, createdAt: r.created_at }));
    return sendHtml(reply, 200, casesPage(v.ctx, { query, result, open }));
  });

  app.get("/casussen/nieuw", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.casesTitle"));
    if (v === null) return reply;
    return sendHtml(reply, 200, newCasePage(v.ctx));
  });

  app.post("/casussen", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.casesTitle"));
    if (v === null) return reply;
    const t = textsFor(v.ctx.lang);
    const fields = await formFields(request);
    if (!verifyCsrf(secret, v.csrfSeed, fields.csrf)) return sendHtml(reply, 403, newCasePage(v.ctx, { errors: [{ message: t("web.errorCsrf") }] }));
    if (!v.actor.roles.has("officer") && !v.actor.roles.has("ethics")) return sendHtml(reply, 403, messagePage(v.ctx, t("web.casesTitle"), t("web.errorNoRole")));
    const values: CaseFormValues = {
      title: (fields.title ?? "").trim(),
      question: (fields.question ?? "").trim(),
      context: (fields.context ?? "").trim(),
      values: fields.values ?? "",
      confidentiality: fields.confidentiality ?? "internal",
    };
    const errors: FormError[] = [];
    if (!values.title) errors.push({ message: t("web.caseErrorTitle"), field: "titel" });
    if (!values.question) errors.push({ message: t("web.caseErrorQuestion"), field: "vraag" });
    const confidentiality = (["public", "internal", "confidential"] as const).find((c) => c === values.confidentiality) ?? "internal";
    if (errors.length > 0) return sendHtml(reply, 400, newCasePage(v.ctx, { errors, values }));
    const input: CaseInput = {
      title: values.title!.slice(0, 300),
      question: values.question!,
      ...(values.context ? { context: values.context } : {}),
      requester: { organisation: { name: v.ctx.signedIn?.organisation ?? v.actor.organisation } },
      confidentiality,
      tags: { values: [...new Set((values.values ?? "").split(",").map(tagOf).filter(Boolean))], technologies: [], policyDomains: [] },
    };
    const c = await submitCase(app.storage.db, v.actor, input, request.id);
    return reply.redirect(`/casussen/${encodeURIComponent(c.id)}`, 303);
  });

  /** The case page with what this visitor may do on it. */
  async function showCase(request: FastifyRequest, reply: FastifyReply, v: Visit & { actor: Actor }, id: string, status = 200, errors: FormError[] = []) {
    const row = id.length <= 100 ? await loadVisible(app.storage.db, id, v.actor) : undefined;
    if (row === undefined) return sendHtml(reply, 404, notFoundPage(v.ctx));
    const c = JSON.parse(row.document) as Case;
    const organisations = await visibleOrganisations(app.storage.db, v.actor);
    const requests = await app.storage.db
      .selectFrom("waiver_requests")
      .select(["check_id", "requirement", "case_ref", "status"])
      .where("case_ref", "=", id)
      .where("organisation_id", "in", organisations)
      .execute();
    const citing = checksCitingCase(
      id,
      citationsFromRequests(requests.map((r) => ({ check: r.check_id, requirement: r.requirement, case: r.case_ref, status: r.status as "pending" | "approved" | "rejected" }))),
    );
    const nextSteps = allowedTransitions(c.status).filter((to) => (COMMISSION_MOVES.has(to) ? isCommission(row, v.actor) : isOwner(row, v.actor)));
    return sendHtml(reply, status, casePage(v.ctx, c, { citing, nextSteps, commission: isCommission(row, v.actor), errors }));
  }

  /**
   * What every case form starts with: a reader, a valid CSRF token and a case the reader may see.
   * Answers the request itself (sign-in, 403, 404) and returns `sent` when one of them fails.
   */
  async function openCaseForm(request: FastifyRequest, reply: FastifyReply) {
    const v = await requireReader(request, reply, (t) => t("web.casesTitle"));
    if (v === null) return { sent: reply };
    const t = textsFor(v.ctx.lang);
    const { id } = request.params as { id: string };
    const fields = await formFields(request);
    if (!verifyCsrf(secret, v.csrfSeed, fields.csrf)) return { sent: await showCase(request, reply, v, id, 403, [{ message: t("web.errorCsrf") }]) };
    const row = id.length <= 100 ? await loadVisible(app.storage.db, id, v.actor) : undefined;
    if (row === undefined) return { sent: await sendHtml(reply, 404, notFoundPage(v.ctx)) };
    return { v, t, id, fields, row };
  }

  app.get("/casussen/:id", { config: { access: "public" } }, async (request, reply) => {
    const v = await requireReader(request, reply, (t) => t("web.casesTitle"));
    if (v === null) return reply;
    return showCase(request, reply, v, (request.params as { id: string }).id);
  });

  app.post("/casussen/:id/stap", { config: { access: "public" } }, async (request, reply) => {
    const form = await openCaseForm(request, reply);
    if ("sent" in form) return form.sent;
    const { v, t, id, fields, row } = form;
    const to = fields.to as CaseStatus;
    const allowed = allowedTransitions(row.status as CaseStatus).includes(to) && (COMMISSION_MOVES.has(to) ? isCommission(row, v.actor) : isOwner(row, v.actor));
    if (!allowed) return showCase(request, reply, v, id, 403, [{ message: t("web.errorNoRole") }]);
    const reason = (fields.reason ?? "").trim();
    const result = transition(JSON.parse(row.document) as Case, to, { actor: v.actor.id, at: new Date().toISOString(), ...(reason ? { reason } : {}) });
    if (!result.ok) return showCase(request, reply, v, id, 422, [{ message: result.errors[0]!.message, field: "reden" }]);
    if (!(await store(app.storage.db, row, result.value, v.actor, `case.${to}`, request.id))) return showCase(request, reply, v, id, 409, [{ message: t("web.errorCsrf") }]);
    return reply.redirect(`/casussen/${encodeURIComponent(id)}`, 303);
  });

  app.post("/casussen/:id/reflectie", { config: { access: "public" } }, async (request, reply) => {
    const form = await openCaseForm(request, reply);
    if ("sent" in form) return form.sent;
    const { v, t, id, fields, row } = form;
    if (!isCommission(row, v.actor)) return showCase(request, reply, v, id, 403, [{ message: t("web.errorNoRole") }]);
    const [firstAuthor, ...otherAuthors] = (fields.authors ?? "").split(",").map((a) => a.trim()).filter(Boolean);
    const [text, value, consideration, advice] = [fields.text, fields.value, fields.consideration, fields.advice].map((x) => (x ?? "").trim());
    const tag = tagOf(value ?? "");
    if (firstAuthor === undefined || !text || !tag || !consideration || !advice) return showCase(request, reply, v, id, 400, [{ message: t("web.caseErrorFields"), field: "auteurs" }]);
    const result = addReflection(JSON.parse(row.document) as Case, {
      authors: [{ name: firstAuthor }, ...otherAuthors.map((name) => ({ name }))],
      givenDate: new Date().toISOString().slice(0, 10),
      text,
      valuesWeighed: [{ value: tag, consideration }],
      advice,
    });
    if (!result.ok) return showCase(request, reply, v, id, 409, [{ message: result.errors[0]!.message }]);
    // On the page, saving the first reflection also gives it: the case moves to "reflection given".
    const now = new Date().toISOString();
    const given = result.value.status === "in-analysis" ? transition(result.value, "reflection-given", { actor: v.actor.id, at: now }) : result;
    if (!given.ok) return showCase(request, reply, v, id, 409, [{ message: given.errors[0]!.message }]);
    const next = { ...given.value, updatedAt: now };
    const valid = validateCase(next);
    if (!valid.ok) return showCase(request, reply, v, id, 400, [{ message: t("web.caseErrorFields"), field: "auteurs" }]);
    if (!(await store(app.storage.db, row, next, v.actor, "case.reflection", request.id))) return showCase(request, reply, v, id, 409, [{ message: t("web.errorCsrf") }]);
    return reply.redirect(`/casussen/${encodeURIComponent(id)}#reflecties`, 303);
  });
}
