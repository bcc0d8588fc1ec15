// One check's report: the page (filterable, printable), its downloads (JSON, SARIF, the
// formatter's own HTML) and the annex of model clauses (on the page, as Word or as Markdown).
import type { Check } from "@ethiek/schemas";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { visibleOrganisations } from "../../access.js";
import { findVisibleCheck, loadCheck } from "../../storage/checks.js";
import { sendHtml, type SignedInVisit, type WebContext } from "../context.js";
import { parseFilter } from "../forms.js";
import { textsFor } from "../i18n.js";
import { annexPage, messagePage, reportPage } from "../render.js";

/** The formatter's own page has inline styles and no scripts. */
const formatterCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

const download = (reply: FastifyReply, id: string, ext: string, type: string, body: string) =>
  reply.type(type).header("Content-Disposition", `attachment; filename="ethiek-toets-${id.replace(/[^A-Za-z0-9-]/g, "")}.${ext}"`).send(body);

/** Registers /toetsen/:id with its downloads and the annex pages. */
export function reportPages(app: FastifyInstance, web: WebContext): void {
  /** The check a visitor may see, or null after answering 404. */
  async function visibleCheck(request: FastifyRequest, reply: FastifyReply, v: SignedInVisit): Promise<Check | null> {
    const { id } = request.params as { id: string };
    const orgs = await visibleOrganisations(app.storage.db, v.actor);
    // Checks another organisation shared with the visitor's are readable here as through the API.
    const row = id.length <= 100 ? await findVisibleCheck(app.storage.db, id, orgs, [v.actor.organisation]) : undefined;
    if (row === undefined) {
      web.notFound(reply, v);
      return null;
    }
    return loadCheck(app.storage.db, row);
  }

  /** A page of one check: the visitor signed in, and the check visible to it. */
  const checkPage = (path: string, render: (request: FastifyRequest, reply: FastifyReply, v: SignedInVisit, check: Check) => Promise<FastifyReply> | FastifyReply) =>
    app.get(path, { config: { access: "public" } }, async (request, reply) => {
      const v = await web.requireActor(request, reply);
      if (v === null) return reply;
      const check = await visibleCheck(request, reply, v);
      if (check === null) return reply;
      return render(request, reply, v, check);
    });

  checkPage("/toetsen/:id", (request, reply, v, check) => {
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

  checkPage("/toetsen/:id/rapport.json", (_request, reply, _v, check) =>
    download(reply, check.id, "json", "application/json; charset=utf-8", `${JSON.stringify(check.report, null, 2)}\n`),
  );

  checkPage("/toetsen/:id/rapport.sarif", (_request, reply, _v, check) =>
    download(reply, check.id, "sarif", "application/sarif+json; charset=utf-8", app.engine.formatSarif(check.report, check.report.language)),
  );

  checkPage("/toetsen/:id/rapport.html", (_request, reply, v, check) => {
    // The formatter's self-contained page (formatHtml), to keep in a file or attach to a dossier.
    reply.header("Content-Security-Policy", formatterCsp);
    return download(reply, check.id, "html", "text/html; charset=utf-8", app.engine.formatHtml(check.report, v.ctx.lang));
  });

  // The annex of model clauses: on the site (copy a clause), or as a Word or Markdown download.
  checkPage("/toetsen/:id/bijlage", async (_request, reply, v, check) => {
    const annex = await app.engine.annex(check.report, { format: "html", language: check.report.language, fragment: true });
    if (!annex.ok) return sendHtml(reply, 409, messagePage(v.ctx, textsFor(v.ctx.lang)("web.clausesPageTitle"), annex.detail));
    return sendHtml(reply, 200, annexPage(v.ctx, check, annex.body as string, annex.clauses));
  });

  for (const [ext, format, type] of [["docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"], ["md", "markdown", "text/markdown; charset=utf-8"]] as const) {
    checkPage(`/toetsen/:id/bijlage.${ext}`, async (_request, reply, v, check) => {
      const annex = await app.engine.annex(check.report, { format, language: check.report.language });
      if (!annex.ok) return sendHtml(reply, 409, messagePage(v.ctx, textsFor(v.ctx.lang)("web.clausesPageTitle"), annex.detail));
      const body = typeof annex.body === "string" ? annex.body : Buffer.from(annex.body);
      return reply.type(type).header("Content-Disposition", `attachment; filename="bijlage-ai-${check.id.replace(/[^A-Za-z0-9-]/g, "")}.${ext}"`).send(body);
    });
  }
}
