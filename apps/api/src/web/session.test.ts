import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cookieHeader, createSession, csrfToken, parseCookies, readSession, sessionSeconds, verifyCsrf, webSecret } from "./session.js";

const secret = webSecret("test-pepper-0123456789abcdef");

describe("sessions", () => {
  it("reads back the key id of a session it created, until it expires", () => {
    const now = Date.UTC(2026, 10, 28, 12);
    const value = createSession(secret, "AbC123xyz789", now);
    expect(readSession(secret, value, now)).toEqual({ keyId: "AbC123xyz789", expires: now / 1000 + sessionSeconds, nonce: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(readSession(secret, value, now + sessionSeconds * 1000)).toBeNull();
  });

  it("rejects a cookie signed with another pepper", () => {
    const value = createSession(webSecret("another-pepper-0123456789"), "AbC123xyz789");
    expect(readSession(secret, value)).toBeNull();
  });

  it("rejects any change to a session cookie", () => {
    const value = createSession(secret, "AbC123xyz789");
    fc.assert(
      fc.property(fc.nat(value.length - 1), fc.constantFrom(..."ABCxyz019-_."), (index, char) => {
        fc.pre(value[index] !== char);
        const altered = `${value.slice(0, index)}${char}${value.slice(index + 1)}`;
        expect(readSession(secret, altered)).toBeNull();
      }),
    );
  });

  it("never throws on arbitrary cookie values", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(readSession(secret, value)).toBeNull();
      }),
    );
  });
});

describe("CSRF tokens", () => {
  it("accept the token of the visitor's own seed only", () => {
    expect(verifyCsrf(secret, "seed-aaaaaaaaaaaaaaaa", csrfToken(secret, "seed-aaaaaaaaaaaaaaaa"))).toBe(true);
    expect(verifyCsrf(secret, "seed-bbbbbbbbbbbbbbbb", csrfToken(secret, "seed-aaaaaaaaaaaaaaaa"))).toBe(false);
    expect(verifyCsrf(secret, undefined, csrfToken(secret, "seed"))).toBe(false);
    expect(verifyCsrf(secret, "seed", undefined)).toBe(false);
    expect(verifyCsrf(secret, "seed", "")).toBe(false);
  });
});

describe("cookies", () => {
  it("are always HttpOnly and SameSite=Strict, and Secure only when asked", () => {
    expect(cookieHeader("a", "b c", { secure: false })).toBe("a=b%20c; Path=/; HttpOnly; SameSite=Strict");
    expect(cookieHeader("a", "", { secure: true, maxAge: 0 })).toBe("a=; Path=/; HttpOnly; SameSite=Strict; Secure; Max-Age=0");
  });

  it("parses a Cookie header, keeping the first of duplicate names and tolerating bad escapes", () => {
    expect(parseCookies("a=1; b=x%20y; a=2; broken; c=%E0%A4%A")).toEqual({ a: "1", b: "x y", c: "%E0%A4%A" });
    expect(parseCookies(undefined)).toEqual({});
  });

  it("round-trips any value through cookieHeader and parseCookies", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const pair = cookieHeader("v", value, { secure: false }).split(";")[0] as string;
        expect(parseCookies(pair).v).toBe(value);
      }),
    );
  });
});
