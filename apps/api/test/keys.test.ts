// `npm run keys -- …` against both databases, then the keys it made used over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKeys } from "../src/keys-cli.js";
import { buildApp } from "../src/app.js";
import { defaultConfig, type DatabaseConfig } from "../src/config.js";
import { bearer, databases, engine, freshDatabase, pepper } from "./harness.js";

function envFor(db: DatabaseConfig): Record<string, string> {
  return db.kind === "sqlite"
    ? { ETHIEK_DATA_DIR: db.file.replace(/\/ethiek\.db$/, ""), ETHIEK_KEY_PEPPER: pepper }
    : { DATABASE_URL: db.url, ETHIEK_DB_SCHEMA: db.schema as string, ETHIEK_KEY_PEPPER: pepper };
}

async function keys(args: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runKeys(args, env, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`keys command on ${name}`, () => {
    let db: Awaited<ReturnType<typeof freshDatabase>>;
    let env: Record<string, string>;
    beforeAll(async () => {
      db = await freshDatabase(name);
      env = envFor(db.config);
    });
    afterAll(() => db.drop());

    it("creates a key once, lists it without its secret, and revokes it", async () => {
      const created = await keys(["create", "--organisation", "zuid-holland", "--roles", "officer,admin", "--label", "inkoop", "--name", "Provincie Zuid-Holland"], env);
      expect(created.code).toBe(0);
      const record = JSON.parse(created.out);
      expect(record).toMatchObject({ organisation: "zuid-holland", roles: ["officer", "admin"], label: "inkoop" });
      expect(record.key).toMatch(/^ethiek_[A-Za-z0-9]{12}_/);

      const app = await buildApp(defaultConfig({ auth: "keys", keyPepper: pepper, database: db.config, logLevel: "silent" }), { engine: await engine() });
      expect((await app.inject({ url: "/v1/checks", headers: bearer(record.key) })).statusCode).toBe(200);

      const listed = await keys(["list", "--organisation", "zuid-holland"], env);
      expect(listed.out).not.toContain(record.key);
      expect(JSON.parse(listed.out).map((k: { id: string }) => k.id)).toEqual([record.id]);

      expect((await keys(["revoke", record.id], env)).code).toBe(0);
      expect((await app.inject({ url: "/v1/checks", headers: bearer(record.key) })).statusCode).toBe(401);
      expect((await keys(["revoke", record.id], env)).code).toBe(1);
      await app.close();
    });

    it("sets an organisation's document storage and commission, audited", async () => {
      const res = await keys(["organisation", "--organisation", "zuid-holland", "--store-documents", "on", "--commission", "ipo-ethiek"], env);
      expect(res.code).toBe(0);
      expect(JSON.parse(res.out)).toMatchObject({ id: "zuid-holland", storeDocuments: true, commission: "ipo-ethiek" });
    });

    it("refuses unknown roles, a missing organisation, and a missing pepper, with exit code 2", async () => {
      expect((await keys(["create", "--organisation", "x", "--roles", "god"], env)).err).toContain("unknown: god");
      expect((await keys(["create", "--roles", "officer"], env)).code).toBe(2);
      const { ETHIEK_KEY_PEPPER: _p, ...noPepper } = env;
      const res = await keys(["list"], noPepper);
      expect(res.code).toBe(2);
      expect(res.err).toContain("ETHIEK_KEY_PEPPER");
      expect((await keys(["frobnicate"], env)).code).toBe(2);
    });
  });
}
