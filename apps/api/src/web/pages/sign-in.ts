// Signing in with an API key (a session cookie follows) and signing out (the session ends on the
// server too). In local mode there is nobody to sign in.
import type { FastifyInstance } from "fastify";
import { authenticate, localActor } from "../../auth.js";
import { revokeSession } from "../../storage/sessions.js";
import { sendHtml, type WebContext } from "../context.js";
import { safeReturnPath } from "../forms.js";
import { textsFor } from "../i18n.js";
import { messagePage, signInPage } from "../render.js";
import { addCookies, cookieHeader, createSession, csrfCookie, isHttps, newCsrfSeed, parseCookies, readSession, sessionCookie, sessionSeconds, verifyCsrf } from "../session.js";

/** Registers /aanmelden (form and sign-in) and /afmelden. */
export function signInPages(app: FastifyInstance, web: WebContext): void {
  app.get("/aanmelden", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.visit(request, reply);
    if (v.actor !== null) return reply.redirect(safeReturnPath((request.query as { terug?: string }).terug), 303);
    const terug = (request.query as { terug?: string }).terug;
    return sendHtml(reply, 200, signInPage(v.ctx, terug !== undefined ? { returnTo: safeReturnPath(terug) } : {}));
  });

  app.post("/aanmelden", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.visit(request, reply);
    const t = textsFor(v.ctx.lang);
    const fields = await web.formFields(request);
    const returnTo = safeReturnPath(fields.terug);
    if (!verifyCsrf(web.secret, v.csrfSeed, fields.csrf)) {
      return sendHtml(reply, 403, signInPage(v.ctx, { errors: [{ message: t("web.errorCsrf") }], returnTo }));
    }
    const key = (fields.sleutel ?? "").trim();
    if (key === "") return sendHtml(reply, 400, signInPage(v.ctx, { errors: [{ message: t("web.keyRequired"), field: "sleutel" }], returnTo }));
    const actor = web.local ? localActor : await authenticate(app.storage.db, app.config.keyPepper, key);
    if (actor === null) {
      request.log.info("web sign-in refused");
      return sendHtml(reply, 401, signInPage(v.ctx, { errors: [{ message: t("web.signInFailed"), field: "sleutel" }], returnTo }));
    }
    const secure = isHttps(request, app.config.publicUrl);
    // A new session gets a new CSRF seed, so a token seen before sign-in is worthless after it.
    addCookies(reply, [
      cookieHeader(sessionCookie, createSession(web.secret, actor.id), { secure, maxAge: sessionSeconds }),
      cookieHeader(csrfCookie, newCsrfSeed(), { secure }),
    ]);
    request.log.info({ key: actor.id, organisation: actor.organisation }, "web sign-in");
    return reply.redirect(returnTo, 303);
  });

  app.post("/afmelden", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.visit(request, reply);
    const fields = await web.formFields(request);
    if (!verifyCsrf(web.secret, v.csrfSeed, fields.csrf)) {
      return sendHtml(reply, 403, messagePage(v.ctx, textsFor(v.ctx.lang)("web.signOut"), textsFor(v.ctx.lang)("web.errorCsrf")));
    }
    // End the session on the server too: a copy of the cookie (another tab, a stolen one) is
    // refused from now on, on every instance.
    const claims = readSession(web.secret, parseCookies(request.headers.cookie)[sessionCookie]);
    if (claims !== null && v.actor !== null && !web.local) await revokeSession(app.storage.db, claims, v.actor, request.id);
    const secure = isHttps(request, app.config.publicUrl);
    addCookies(reply, [cookieHeader(sessionCookie, "", { secure, maxAge: 0 }), cookieHeader(csrfCookie, newCsrfSeed(), { secure })]);
    return reply.redirect("/aanmelden", 303);
  });
}
