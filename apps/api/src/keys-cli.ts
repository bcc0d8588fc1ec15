// The `keys` command: API keys and organisations, for admins on the server. There is no HTTP
// endpoint that creates keys: whoever runs this has the database and the pepper.
import { parseArgs } from "node:util";
import type { Role } from "@ethiek/schemas";
import { createApiKey, ensureOrganisation, listApiKeys, revokeApiKey, roles } from "./auth.js";
import { formatConfigIssues, loadConfig } from "./config.js";
import { openStorage } from "./db/database.js";
import { migrate } from "./db/migrations.js";
import { audit } from "./audit.js";
import { eraseOrganisation } from "./erasure.js";

const usage = `Usage: npm run keys -- <command> [options]

  create --organisation <id> --roles <officer,ethics,admin> [--label <text>] [--name <organisation name>]
         Creates a key (and the organisation when new). The key is printed once; store it safely.
  list   [--organisation <id>]             Lists keys (never their secrets) as JSON.
  revoke <key-id>                          Revokes a key at once.
  organisation --organisation <id> [--name <text>] [--store-documents on|off] [--commission <id>]
         Creates or updates an organisation: whether uploaded documents and their text are kept,
         and which ethics commission (an organisation of its own) handles its waivers.

  erase --organisation <id> (--confirm <id> | --dry-run)
         Erases everything of the organisation on its request, in one transaction with an audit
         event: checks (reports, documents, text, results, shares, waiver requests), cases with
         their events and reflections, routes with their events, governance models, body-role
         grants, maturity assessments and models, API keys and sessions, the organisation itself.
         --dry-run prints the counts per kind and changes nothing. See docs/api.md.

The configuration comes from the same environment as the service (DATABASE_URL or
ETHIEK_DATA_DIR, and ETHIEK_KEY_PEPPER, which must be the same as the service's).`;

/** Where the command writes: stdout for results, stderr for messages. */
export interface KeysOutput {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Runs the keys command; returns the exit code. `env` is the environment (as `process.env`).
 *
 * @example
 * await runKeys(["create", "--organisation", "zuid-holland", "--roles", "officer"], process.env, { out: console.log, err: console.error });
 */
export async function runKeys(argv: readonly string[], env: Record<string, string | undefined>, io: KeysOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      organisation: { type: "string" },
      roles: { type: "string" },
      label: { type: "string" },
      name: { type: "string" },
      "store-documents": { type: "string" },
      commission: { type: "string" },
      confirm: { type: "string" },
      "dry-run": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const command = positionals[0];
  if (values.help || command === undefined) {
    io.out(usage);
    return command === undefined && !values.help ? 2 : 0;
  }
  // Keys only make sense with a pepper, even when the service itself runs in local mode.
  const config = loadConfig({ ...env, ETHIEK_AUTH: env.ETHIEK_AUTH ?? "keys" });
  if (!config.ok) {
    io.err(`The configuration is invalid:\n${formatConfigIssues(config.errors)}`);
    return 2;
  }
  const storage = openStorage(config.value.database);
  try {
    await migrate(storage, config.value.database.kind === "postgres" ? config.value.database.schema : undefined);
    const db = storage.db;
    switch (command) {
      case "create": {
        const org = values.organisation;
        const wanted = (values.roles ?? "").split(",").map((r) => r.trim()).filter((r) => r !== "");
        const bad = wanted.filter((r) => !roles.includes(r as Role));
        if (org === undefined || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(org) || wanted.length === 0 || bad.length > 0) {
          io.err(
            `create needs --organisation <kebab-case id> and --roles from ${roles.join(", ")}${bad.length > 0 ? `; unknown: ${bad.join(", ")}` : ""}.`,
          );
          return 2;
        }
        await ensureOrganisation(db, { id: org, ...(values.name ? { name: values.name } : {}) }, "cli");
        const { key, record } = await createApiKey(db, config.value.keyPepper, { organisation: org, roles: wanted as Role[], label: values.label ?? "" }, "cli");
        io.out(JSON.stringify({ ...record, key }, null, 2));
        io.err("The key is shown only now. Send it as: Authorization: Bearer <key>");
        return 0;
      }
      case "list":
        io.out(JSON.stringify(await listApiKeys(db, values.organisation), null, 2));
        return 0;
      case "revoke": {
        const id = positionals[1];
        if (id === undefined) {
          io.err("revoke needs the key id (see `list`).");
          return 2;
        }
        if (!(await revokeApiKey(db, id, "cli"))) {
          io.err(`There is no active key ${id}.`);
          return 1;
        }
        io.out(`Revoked ${id}.`);
        return 0;
      }
      case "organisation": {
        const org = values.organisation;
        const store = values["store-documents"];
        if (org === undefined || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(org) || (store !== undefined && store !== "on" && store !== "off")) {
          io.err("organisation needs --organisation <kebab-case id>; --store-documents takes on or off.");
          return 2;
        }
        await ensureOrganisation(db, { id: org, ...(values.name ? { name: values.name } : {}) }, "cli");
        await db.transaction().execute(async (trx) => {
          const changes = {
            ...(values.name !== undefined ? { name: values.name } : {}),
            ...(store !== undefined ? { store_documents: store === "on" ? 1 : 0 } : {}),
            ...(values.commission !== undefined ? { commission_id: values.commission === "" ? null : values.commission } : {}),
          };
          if (Object.keys(changes).length === 0) return;
          await trx.updateTable("organisations").set(changes).where("id", "=", org).execute();
          await audit(trx, { actor: "cli", organisation: org, action: "organisation.update", targetType: "organisation", targetId: org, detail: changes });
        });
        const row = await db.selectFrom("organisations").selectAll().where("id", "=", org).executeTakeFirstOrThrow();
        io.out(JSON.stringify({ id: row.id, name: row.name, storeDocuments: row.store_documents === 1, commission: row.commission_id }, null, 2));
        return 0;
      }
      case "erase": {
        const org = values.organisation;
        const dryRun = values["dry-run"] === true;
        if (org === undefined) {
          io.err("erase needs --organisation <id>: the organisation to erase (see `list` for the organisations with keys).");
          return 2;
        }
        if (values.confirm === undefined && !dryRun) {
          io.err(`erase needs --confirm ${org} (the same id again) to erase ${org}; or --dry-run to see first what would be erased.`);
          return 2;
        }
        if (values.confirm !== undefined && values.confirm !== org) {
          io.err(`--confirm ${values.confirm} does not match --organisation ${org}; repeat exactly the id of the organisation to erase.`);
          return 2;
        }
        const result = await eraseOrganisation(db, org, "cli", { dryRun });
        if (!result.ok) {
          io.err(result.error.message);
          return 1;
        }
        io.out(JSON.stringify({ organisation: org, dryRun: result.dryRun, counts: result.value }, null, 2));
        if (dryRun) io.err(`Dry run: nothing was erased. To erase, run again with --confirm ${org} instead of --dry-run.`);
        return 0;
      }
      default:
        io.err(`Unknown command ${command}.\n\n${usage}`);
        return 2;
    }
  } finally {
    await storage.close();
  }
}
