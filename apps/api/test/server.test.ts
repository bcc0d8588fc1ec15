// The service on a real port, called with fetch: local mode as a newcomer gets it from `npm start`
// (no keys, one local organisation), and a graceful shutdown that lets a running check finish.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { validateCheck, validateHealth } from "@ethiek/schemas";
import { buildApp } from "../src/app.js";
import { defaultConfig } from "../src/config.js";
import { databases, engine, form, freshDatabase, tender } from "./harness.js";

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`local mode over HTTP on ${kind}`, () => {
    const skip = databases.find((d) => d.name === kind)?.skip ?? true;
    let app: FastifyInstance;
    let base: string;
    let drop: () => Promise<void>;
    let config: Awaited<ReturnType<typeof freshDatabase>>["config"];
    beforeAll(async () => {
      if (skip) return;
      const db = await freshDatabase(kind);
      drop = db.drop;
      config = db.config;
      // The real engine, with reading slowed down as a large PDF would be, so that shutdown
      // demonstrably happens while a check is running.
      const real = await engine();
      const slow = { ...real, extract: async (...args: Parameters<typeof real.extract>) => (await new Promise((r) => setTimeout(r, 300)), real.extract(...args)) };
      app = await buildApp(defaultConfig({ database: db.config, port: 0, logLevel: "silent" }), { engine: slow });
      await app.listen({ port: 0, host: "127.0.0.1" });
      const address = app.server.address();
      base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
    });
    afterAll(async () => {
      if (skip) return;
      if (app.server.listening) await app.close();
      await drop();
    });

    it.skipIf(skip)("serves health, submits and reads a check without any key", async () => {
      const health = await fetch(`${base}/v1/health`);
      expect(health.status).toBe(200);
      expect(validateHealth(await health.json()).ok).toBe(true);
      const created = await fetch(`${base}/v1/checks`, { method: "POST", body: form([{ name: "chatbot.md", bytes: tender("chatbot-publieksvragen.md") }]) });
      expect(created.status).toBe(201);
      const check = await created.json();
      expect(validateCheck(check).ok).toBe(true);
      expect(check.organisation).toBe("local");
      const read = await fetch(`${base}${created.headers.get("location")}`, { headers: { accept: "text/html" } });
      expect(read.status).toBe(200);
      expect(read.headers.get("api-version")).toBe("1.0.0");
      expect(await read.text()).toMatch(/<html/i);
      const list = await (await fetch(`${base}/v1/checks`)).json();
      expect(list.items.map((c: { id: string }) => c.id)).toContain(check.id);
    });

    it.skipIf(skip)("finishes a running check before closing on shutdown, then refuses new connections", async () => {
      const running = fetch(`${base}/v1/checks`, { method: "POST", body: form([{ name: "subsidie.md", bytes: tender("subsidie-risicoscore.md") }]) });
      // Wait until the request is being handled, then shut down.
      while (app.inflight.size === 0) await new Promise((r) => setTimeout(r, 2));
      const closing = app.close();
      const res = await running;
      expect(res.status).toBe(201);
      const { id } = await res.json();
      await closing;
      await expect(fetch(`${base}/v1/health`)).rejects.toThrow();
      // The check was committed before the database closed: a new instance on the same database finds it.
      const again = await buildApp(defaultConfig({ database: config, logLevel: "silent" }), { engine: await engine() });
      const read = await again.inject({ url: `/v1/checks/${id}` });
      await again.close();
      expect(read.statusCode).toBe(200);
    });
  });
}
