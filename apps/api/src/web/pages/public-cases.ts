// The routes of the public moresprudentie on the web page: /moresprudentie (search and list) and
// /moresprudentie/:id (one case), for anyone, with or without a key. The data is the public
// export's (storage/public-precedents.ts); a case the export leaves out answers the same 404 page
// as an id that does not exist.
import type { FastifyInstance } from "fastify";
import type { Actor } from "../../auth.js";
import { loadVisible } from "../../storage/cases.js";
import { publicCase, publicPrecedents } from "../../storage/public-precedents.js";
import { sendHtml, type WebContext } from "../context.js";
import { textsFor } from "../i18n.js";
import { maxQueryLength, publicCasePage, publicCasesPage } from "../public-cases.js";
import { notFoundPage } from "../render.js";

const pageSize = 20;
/** Pages beyond this are not searched for; the last page is shown instead. */
const maxPage = 10_000;

/**
 * The search the visitor typed: the first `q` when repeated, control characters as spaces, and
 * at most {@link maxQueryLength} characters (never half a surrogate pair).
 *
 * @example
 * readQuery({ q: "drones\u0000natuur" }) // { query: "drones natuur", cut: false }
 */
export function readQuery(query: Record<string, unknown>): { query: string; cut: boolean } {
  const first = Array.isArray(query.q) ? query.q[0] : query.q;
  const raw = typeof first === "string" ? first.replace(/[\u0000-\u001f\u007f]/g, " ") : "";
  if (raw.length <= maxQueryLength) return { query: raw, cut: false };
  return { query: raw.slice(0, maxQueryLength).replace(/[\uD800-\uDBFF]$/, ""), cut: true };
}

/** A page number from the query: a whole number of at least 1, else 1. */
function readPage(value: unknown): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, maxPage) : 1;
}

/**
 * Registers the public moresprudentie pages.
 *
 * Signed-in readers see the same public pages (see docs/decisions/0038), with a link to the full
 * case when they may read it.
 */
export function publicCasePages(app: FastifyInstance, web: WebContext): void {
  const isReader = (actor: Actor | null): actor is Actor => actor !== null && web.readerRoles.some((r) => actor.roles.has(r));

  app.get("/moresprudentie", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.visit(request, reply);
    const params = (request.query ?? {}) as Record<string, unknown>;
    const { query, cut } = readQuery(params);
    const index = await publicPrecedents(app.storage.db);
    const search = (page: number) => index.search(query, { limit: pageSize, offset: (page - 1) * pageSize, filters: {} });
    let page = readPage(params.pagina);
    let result = search(page);
    const pageCount = Math.max(1, Math.ceil(result.total / pageSize));
    if (page > pageCount) result = search((page = pageCount));
    return sendHtml(reply, 200, publicCasesPage(v.ctx, { query, cut, result, page, pageCount, reader: isReader(v.actor) }));
  });

  app.get("/moresprudentie/:id", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.visit(request, reply);
    const { id } = request.params as { id: string };
    const found = id.length <= 100 ? await publicCase(app.storage.db, id) : undefined;
    if (found === undefined) {
      // Unknown, open, internal and confidential cases look alike: the page does not say which.
      return sendHtml(reply, 404, notFoundPage(v.ctx, { href: "/moresprudentie", label: textsFor(v.ctx.lang)("web.publicBack") }));
    }
    const full = isReader(v.actor) && (await loadVisible(app.storage.db, id, v.actor)) !== undefined;
    return sendHtml(reply, 200, publicCasePage(v.ctx, found, full ? { fullCaseHref: `/casussen/${encodeURIComponent(id)}` } : {}));
  });
}
