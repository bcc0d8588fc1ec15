// Sessions and CSRF tokens of the web page: a session cookie is a signed, expiring reference to an
// API key id (never the key itself) with a random nonce, checked against the database on every
// request so that a revoked key ends its sessions at once, and signing out (which records the
// nonce in revoked_sessions) ends that one session on every instance. Several instances behind a
// load balancer share the key pepper, so they accept each other's cookies.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

/** Name of the session cookie. */
export const sessionCookie = "ethiek_sessie";
/** Name of the cookie the CSRF token of forms is bound to. */
export const csrfCookie = "ethiek_csrf";
/** Name of the language cookie. */
export const langCookie = "ethiek_taal";
/** How long a sign-in lasts. */
export const sessionSeconds = 8 * 60 * 60;

/** What a session cookie says, once its signature and expiry hold. */
export interface SessionClaims {
  /** The API key's id (its public prefix). */
  readonly keyId: string;
  /** Expiry, seconds since the epoch. */
  readonly expires: number;
  /** The session's random nonce: signing out records it, so a copied cookie stops working. */
  readonly nonce: string;
}

/** Derives the signing secret of the web page from the service's key pepper. */
export function webSecret(pepper: string): Buffer {
  return createHmac("sha256", pepper).update("ethiek-web-v1").digest();
}

const sign = (secret: Buffer, data: string) => createHmac("sha256", secret).update(data).digest("base64url");

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Parses a Cookie header into name → value (first occurrence wins).
 *
 * @example
 * parseCookies("a=1; b=2") // { a: "1", b: "2" }
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (header === undefined) return out;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (name in out) continue;
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // A malformed escape is kept as is; it will simply not verify.
    }
    out[name] = value;
  }
  return out;
}

/**
 * Creates the value of a session cookie for an API key id.
 *
 * @example
 * const value = createSession(secret, "AbC123xyz789");
 */
export function createSession(secret: Buffer, keyId: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ k: keyId, e: Math.floor(now / 1000) + sessionSeconds, n: randomBytes(8).toString("hex") })).toString(
    "base64url",
  );
  return `${payload}.${sign(secret, `session:${payload}`)}`;
}

/**
 * Reads a session cookie value: null when it is forged, altered, malformed or expired.
 *
 * @example
 * readSession(secret, cookies[sessionCookie]) // { keyId: "AbC123xyz789", expires: 1764345600 }
 */
export function readSession(secret: Buffer, value: string | undefined, now = Date.now()): SessionClaims | null {
  if (value === undefined) return null;
  const dot = value.indexOf(".");
  if (dot <= 0) return null;
  const payload = value.slice(0, dot);
  if (!safeEqual(value.slice(dot + 1), sign(secret, `session:${payload}`))) return null;
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const { k, e, n } = (data ?? {}) as { k?: unknown; e?: unknown; n?: unknown };
  if (typeof k !== "string" || typeof e !== "number" || typeof n !== "string" || e * 1000 <= now) return null;
  return { keyId: k, expires: e, nonce: n };
}

/** A fresh random value for the CSRF cookie. */
export function newCsrfSeed(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * The token a form carries: bound to the visitor's CSRF cookie, so a page on another site can
 * neither read nor forge it.
 */
export function csrfToken(secret: Buffer, seed: string): string {
  return sign(secret, `csrf:${seed}`);
}

/** Whether a submitted token belongs to the visitor's CSRF cookie. */
export function verifyCsrf(secret: Buffer, seed: string | undefined, token: string | undefined): boolean {
  if (seed === undefined || seed === "" || token === undefined || token === "") return false;
  return safeEqual(token, csrfToken(secret, seed));
}

/** Whether the visitor reached us over HTTPS (directly, or as the configured public URL says). */
export function isHttps(request: FastifyRequest, publicUrl: string | undefined): boolean {
  return request.protocol === "https" || (publicUrl?.startsWith("https://") ?? false);
}

/**
 * A Set-Cookie value: always HttpOnly, SameSite=Strict and Path=/; Secure when served over HTTPS.
 *
 * @example
 * cookieHeader("ethiek_sessie", value, { secure: true, maxAge: 28800 })
 */
export function cookieHeader(name: string, value: string, options: { secure: boolean; maxAge?: number }): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, "Path=/", "HttpOnly", "SameSite=Strict"];
  if (options.secure) parts.push("Secure");
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  return parts.join("; ");
}

/** Adds Set-Cookie headers to a reply, keeping those set before. */
export function addCookies(reply: FastifyReply, cookies: readonly string[]): void {
  if (cookies.length === 0) return;
  const existing = reply.getHeader("set-cookie");
  const before = existing === undefined ? [] : Array.isArray(existing) ? existing.map(String) : [String(existing)];
  reply.header("set-cookie", [...before, ...cookies]);
}
