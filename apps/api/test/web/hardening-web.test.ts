// Issue 18 on the web page: signing out ends the session on the server (finding 6), and a check
// shared with the visitor's organisation reads on the page as it does through the API (finding 11).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { bearer, createTenants, databases, form, jar, signIn, startApp, tender, tokenOf, type Tenants } from "../harness.js";

for (const { name: kind, skip } of databases) {
  describe.skipIf(skip)(`web sessions and shared checks on ${kind}`, () => {
    let app: FastifyInstance;
    let keys: Tenants;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ app, close } = await startApp(kind));
      keys = await createTenants(app);
    });
    afterAll(async () => close?.());

    it("finding 6: a copied session cookie stops working once its session signed out", async () => {
      const cookies = await signIn(app, keys.noord.officer);
      const copy = cookies;
      expect((await app.inject({ url: "/toetsen", headers: { cookie: copy } })).statusCode).toBe(200);
      const home = await app.inject({ url: "/", headers: { cookie: cookies } });
      const data = new FormData();
      data.append("csrf", tokenOf(home.body));
      const out = await app.inject({ method: "POST", url: "/afmelden", headers: { cookie: jar(home, cookies) }, payload: data });
      expect(out.statusCode).toBe(303);
      // The browser dropped its cookie; the copy, replayed, is refused on the server.
      const replay = await app.inject({ url: "/toetsen", headers: { cookie: copy } });
      expect(replay.statusCode).toBe(303);
      expect(replay.headers.location).toMatch(/^\/aanmelden/);
      const events = await app.inject({ url: "/v1/audit-events", headers: bearer(keys.noord.admin) });
      expect(events.json().items.some((e: { action: string }) => e.action === "session.revoke")).toBe(true);
    });

    it("finding 6: signing out one session leaves another session of the same key working", async () => {
      const first = await signIn(app, keys.noord.officer);
      const second = await signIn(app, keys.noord.officer);
      const home = await app.inject({ url: "/", headers: { cookie: first } });
      const data = new FormData();
      data.append("csrf", tokenOf(home.body));
      await app.inject({ method: "POST", url: "/afmelden", headers: { cookie: jar(home, first) }, payload: data });
      expect((await app.inject({ url: "/toetsen", headers: { cookie: second } })).statusCode).toBe(200);
    });

    it("finding 11: a check shared with the visitor's organisation opens on the web page", async () => {
      const created = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.zuid.officer), payload: form([{ name: "t.md", bytes: tender("chatbot-publieksvragen.md") }]) });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      const cookies = await signIn(app, keys.noord.officer);
      expect((await app.inject({ url: `/toetsen/${id}`, headers: { cookie: cookies } })).statusCode).toBe(404);
      const shared = await app.inject({ method: "POST", url: `/v1/checks/${id}/shares`, headers: bearer(keys.zuid.officer), payload: { organisation: "noord" } });
      expect(shared.statusCode, shared.body).toBe(201);
      expect((await app.inject({ url: `/v1/checks/${id}`, headers: bearer(keys.noord.officer) })).statusCode).toBe(200);
      const page = await app.inject({ url: `/toetsen/${id}`, headers: { cookie: cookies } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("t.md");
    });
  });
}
