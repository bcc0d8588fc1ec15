// One requirement of the guidelines explained, in the words of a ruleset (the default one unless
// the visitor came from a report checked with another).
import type { FastifyInstance } from "fastify";
import { sendHtml, type WebContext } from "../context.js";
import { requirementPage } from "../render.js";

/** Registers /eisen/:id. */
export function requirementPages(app: FastifyInstance, web: WebContext): void {
  app.get("/eisen/:id", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireActor(request, reply);
    if (v === null) return reply;
    const { id } = request.params as { id: string };
    const wanted = (request.query as { regelset?: string }).regelset;
    const ruleset = wanted !== undefined && app.engine.rulesets().some((r) => r.name === wanted) ? wanted : app.engine.defaultRuleset;
    const doc = app.engine.listRequirements(ruleset, v.ctx.lang).find((r) => r.id === id);
    if (doc === undefined) return web.notFound(reply, v);
    return sendHtml(reply, 200, requirementPage(v.ctx, doc));
  });
}
