// What every page family shares: who is visiting (session cookie in keys mode, the local actor in
// local mode), the cookies a response sets, reading small forms, and how a page or drawing is sent.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Role } from "@ethiek/schemas";
import { localActor, type Actor } from "../auth.js";
import { isSessionRevoked, sessionActor } from "../storage/sessions.js";
import { multipartParts, readFilePart, UploadBudget } from "../uploads.js";
import { isLang } from "./forms.js";
import { textsFor, type Lang, type Texts } from "./i18n.js";
import { messagePage, notFoundPage, type PageContext } from "./render.js";
import { addCookies, cookieHeader, csrfCookie, csrfToken, isHttps, langCookie, newCsrfSeed, parseCookies, readSession, sessionCookie, webSecret } from "./session.js";
import type { Assets } from "./assets.js";

/** Pages load only our own script and styles; document text can never run as code. */
export const pageCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Who is visiting: an actor (local mode, or a valid session), and the page context. */
export interface Visit {
  readonly actor: Actor | null;
  readonly ctx: PageContext;
  /** The CSRF cookie's value this request (for checking posted forms). */
  readonly csrfSeed: string;
}

/** A visit by someone signed in. */
export type SignedInVisit = Visit & { readonly actor: Actor };

/** Sends a page with the page's own security policy; it depends on the session cookie. */
export function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type("text/html; charset=utf-8").header("Content-Security-Policy", pageCsp).header("Vary", "Cookie").send(html);
}

/** Sends a drawing shown on a page: inline styles only, never cached beyond the visitor. */
export function sendSvg(reply: FastifyReply, svg: string): FastifyReply {
  return reply
    .type("image/svg+xml; charset=utf-8")
    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
    .header("Cache-Control", "private, no-cache")
    .header("Vary", "Cookie")
    .send(svg);
}

/** The visitor resolution and form reading every page family uses, bound to one app. */
export interface WebContext {
  /** The key that signs session and CSRF cookies. */
  readonly secret: Buffer;
  /** Local mode: every visitor is the local actor and no session exists. */
  readonly local: boolean;
  /** The roles that may read assessments, routes and cases (as the /v1 routes' `access`). */
  readonly readerRoles: readonly Role[];
  /** Resolves the visitor and prepares the cookies this response must set. */
  visit(request: FastifyRequest, reply: FastifyReply): Promise<Visit>;
  /** The visitor, or null after a redirect to the sign-in page. */
  requireActor(request: FastifyRequest, reply: FastifyReply): Promise<SignedInVisit | null>;
  /** The visitor when signed in with a role that may read; null after a redirect or a 403 page. */
  requireReader(request: FastifyRequest, reply: FastifyReply, title: (t: Texts) => string): Promise<SignedInVisit | null>;
  /** Reads the text fields of a small multipart form (sign-in, cases, assessments). Files are ignored. */
  formFields(request: FastifyRequest): Promise<Record<string, string>>;
  /** The 404 page, sent. */
  notFound(reply: FastifyReply, v: Visit): FastifyReply;
}

/**
 * Binds the visitor resolution to an app and its assets, and makes a browser whose request no
 * route answers (an unknown path, a bad %-escape, a path too long) get a page.
 */
export function createWebContext(app: FastifyInstance, assets: Assets): WebContext {
  const secret = webSecret(app.config.keyPepper);
  const local = app.config.auth === "local";
  const assetUrls = { nlds: assets.nlds.url, css: assets.css.url, js: assets.js.url };
  const readerRoles: readonly Role[] = ["officer", "ethics", "admin"];

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
      // Checked on every request: a revoked key or a signed-out session ends at once.
      const session = claims !== null && !(await isSessionRevoked(app.storage.db, claims.nonce)) ? await sessionActor(app.storage.db, claims.keyId) : undefined;
      if (session !== undefined) {
        actor = session.actor;
        signedIn = { organisation: session.organisationName };
      }
    }
    addCookies(reply, set);
    return { actor, csrfSeed: seed, ctx: { lang, url: request.url, csrf: csrfToken(secret, seed), signedIn, localMode: local, assets: assetUrls } };
  }

  async function requireActor(request: FastifyRequest, reply: FastifyReply): Promise<SignedInVisit | null> {
    const v = await visit(request, reply);
    if (v.actor === null) {
      reply.redirect(`/aanmelden?terug=${encodeURIComponent(request.url)}`, 303);
      return null;
    }
    return v as SignedInVisit;
  }

  async function requireReader(request: FastifyRequest, reply: FastifyReply, title: (t: Texts) => string): Promise<SignedInVisit | null> {
    const v = await requireActor(request, reply);
    if (v === null) return null;
    if (!readerRoles.some((r) => v.actor.roles.has(r))) {
      const t = textsFor(v.ctx.lang);
      sendHtml(reply, 403, messagePage(v.ctx, title(t), t("web.errorNoRole")));
      return null;
    }
    return v;
  }

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

  // Nothing is looked up for an error page: it shows no account, only the visitor's language.
  app.webErrorPages.render = (request, reply, status) => {
    const asked = new URLSearchParams(request.url.split("?")[1] ?? "").get("lang");
    const cookie = parseCookies(request.headers.cookie)[langCookie];
    const lang: Lang = isLang(asked) ? asked : isLang(cookie) ? cookie : "nl";
    const ctx: PageContext = { lang, url: request.url, csrf: "", signedIn: null, localMode: local, assets: assetUrls };
    const t = textsFor(lang);
    return sendHtml(reply, status, status === 404 ? notFoundPage(ctx) : messagePage(ctx, t("web.badAddressTitle"), t("web.badAddressText")));
  };

  return { secret, local, readerRoles, visit, requireActor, requireReader, formFields, notFound: (reply, v) => sendHtml(reply, 404, notFoundPage(v.ctx)) };
}
