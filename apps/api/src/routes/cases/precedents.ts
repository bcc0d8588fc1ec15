// Moresprudentie: cases similar to one, the search over the closed cases the caller may see, and
// the public export for anyone.
import type { FastifyInstance } from "fastify";
import { bookletHtml, bookletMarkdown } from "@ethiek/cases";
import type { Case } from "@ethiek/schemas";
import { loadVisible, precedentsFor } from "../../storage/cases.js";
import { publicExport } from "../../storage/public-precedents.js";
import { notFound } from "./problems.js";
import * as schemas from "./schemas.js";

/** Registers similar cases, the moresprudentie search and the public export. */
export async function precedentRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.storage.db;

  app.get("/v1/cases/:id/similar", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.listSimilarPrecedents }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const { limit } = request.query as { limit: number };
    const row = await loadVisible(db(), id, request.actor);
    if (row === undefined) return notFound(request, reply, id);
    const c = JSON.parse(row.document) as Case;
    const index = await precedentsFor(db(), request.actor);
    const hits = index.similar(c, { limit });
    const facets = index.search("", { filters: {}, canSee: (x) => hits.some((h) => h.caseId === x.id), limit: 1 }).facets;
    return { query: c.title, total: hits.length, hits, facets };
  });

  app.get("/v1/precedents", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.searchPrecedents }, async (request) => {
    const q = request.query as { q: string; value?: string; technology?: string; domain?: string; commission?: string; year?: number; page: number; pageSize: number };
    const index = await precedentsFor(db(), request.actor);
    return index.search(q.q, {
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
      filters: {
        ...(q.value ? { values: [q.value] } : {}),
        ...(q.technology ? { technologies: [q.technology] } : {}),
        ...(q.domain ? { policyDomains: [q.domain] } : {}),
        ...(q.commission ? { commissions: [q.commission] } : {}),
        ...(q.year ? { years: [q.year] } : {}),
      },
    });
  });

  app.get("/v1/precedents/export", { config: { access: "public" }, schema: schemas.exportPrecedents }, async (request, reply) => {
    const { format } = request.query as { format: "json" | "markdown" | "html" };
    // The same data as the web page's /moresprudentie (storage/public-precedents.ts).
    const data = await publicExport(db());
    if (format === "markdown") return reply.type("text/markdown; charset=utf-8").send(bookletMarkdown(data));
    if (format === "html") return reply.type("text/html; charset=utf-8").send(bookletHtml(data));
    return data;
  });
}
