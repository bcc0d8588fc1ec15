// Erasure of one organisation on its request (issue 18, decision 0036): every row it owns in every
// table, in one transaction with one audit event `organisation.erase`. Other organisations' rows
// that refer to it are unlinked or kept as the decision says. The audit log stays append-only.
import { sql, type Transaction } from "kysely";
import type { BodyRoleGrantsSchema } from "./db/governance-migrations.js";
import type { DatabaseSchema, Db } from "./db/database.js";
import { audit } from "./audit.js";
import { eraseChecks } from "./retention.js";

/** Ids per statement, so an organisation with thousands of rows never builds one huge `in` list. */
const chunkSize = 200;

/**
 * What an erasure removed or changed, per kind. The first group is the organisation's own rows
 * (deleted); the second is other organisations' rows that referred to it (changed, never deleted
 * except shares given to it).
 */
export interface ErasureCounts {
  readonly organisation: number;
  readonly apiKeys: number;
  readonly revokedSessions: number;
  readonly checks: number;
  readonly checkDocuments: number;
  readonly checkResults: number;
  readonly checkShares: number;
  readonly waiverRequests: number;
  readonly cases: number;
  readonly caseEvents: number;
  readonly routes: number;
  readonly routeEvents: number;
  readonly governanceModels: number;
  readonly bodyRoleGrants: number;
  readonly maturityAssessments: number;
  readonly maturityModels: number;
  /** Other organisations' cases this organisation handled as their commission: handed back to their owner. */
  readonly casesHandedBack: number;
  /** Other organisations that named this organisation as their commission: now without one. */
  readonly organisationsUnlinked: number;
  /** Other organisations' body-role grants in this organisation's governance models: revoked. */
  readonly bodyRoleGrantsRevoked: number;
  /** This organisation's maturity models that others' assessments use: kept without publisher. */
  readonly maturityModelsKept: number;
}

/** The kinds of {@link ErasureCounts}, in the order the erasure handles them. */
export type ErasureKind = keyof ErasureCounts;

/** Why an erasure did not start. Expected failures are values; a database failure throws. */
export type ErasureError = { readonly code: "organisation-not-found"; readonly organisation: string; readonly message: string };

export type ErasureResult = { readonly ok: true; readonly value: ErasureCounts; readonly dryRun: boolean } | { readonly ok: false; readonly error: ErasureError };

export interface ErasureOptions {
  /** Count what would be erased, then roll everything back: nothing changes. */
  readonly dryRun?: boolean;
  /** Called after each kind inside the transaction (progress); a throw rolls the whole erasure back. */
  readonly afterKind?: (kind: ErasureKind, count: number) => void | Promise<void>;
}

type Trx = Transaction<DatabaseSchema>;

/** Thrown inside the transaction to roll a dry run back; never leaves this module. */
class DryRunRollback extends Error {
  constructor(readonly counts: ErasureCounts) {
    super("dry run: rolled back");
  }
}

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) out.push(items.slice(i, i + chunkSize));
  return out;
};

const affected = (result: { numDeletedRows?: bigint; numUpdatedRows?: bigint } | undefined): number =>
  Number(result?.numDeletedRows ?? result?.numUpdatedRows ?? 0n);

/** Deletes rows whose `column` is in `ids`, chunk by chunk; returns how many went. */
async function deleteIn(trx: Trx, table: "case_events" | "cases" | "route_events" | "routes" | "revoked_sessions" | "api_keys", column: string, ids: readonly string[]): Promise<number> {
  let n = 0;
  for (const chunk of chunks(ids)) {
    // Table and column are this module's constants; Kysely cannot type a column chosen per table.
    n += affected(await trx.deleteFrom(table as "cases").where(sql.ref(column), "in", chunk).executeTakeFirst());
  }
  return n;
}

async function countWhere(trx: Trx, table: "check_documents" | "check_results" | "check_shares" | "waiver_requests", ids: readonly string[]): Promise<number> {
  let n = 0;
  for (const chunk of chunks(ids)) {
    const row = await trx.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).where("check_id", "in", chunk).executeTakeFirstOrThrow();
    n += Number(row.n);
  }
  return n;
}

/** The steps of an erasure, in an order the foreign keys allow. Each returns its count. */
async function eraseIn(trx: Trx, organisation: string, now: string, step: (kind: ErasureKind, run: () => Promise<number>) => Promise<void>): Promise<void> {
  const grants = trx.withTables<BodyRoleGrantsSchema>();
  // Lifts the append-only guard of case_events and route_events for this organisation's rows, for
  // this transaction only (the row is removed again before the commit).
  await trx.insertInto("erasures_in_progress").values({ organisation_id: organisation }).execute();

  // Checks with their documents, extracted text, results, shares and waiver requests.
  const checkIds = (await trx.selectFrom("checks").select("id").where("organisation_id", "=", organisation).execute()).map((r) => r.id);
  // Shares other organisations gave it (its own checks' shares are counted with them).
  const givenTo = await trx
    .selectFrom("check_shares")
    .innerJoin("checks", "checks.id", "check_shares.check_id")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("check_shares.organisation_id", "=", organisation)
    .where("checks.organisation_id", "<>", organisation)
    .executeTakeFirstOrThrow();
  const parts = {
    checkDocuments: await countWhere(trx, "check_documents", checkIds),
    checkResults: await countWhere(trx, "check_results", checkIds),
    checkShares: (await countWhere(trx, "check_shares", checkIds)) + Number(givenTo.n),
    waiverRequests: await countWhere(trx, "waiver_requests", checkIds),
  };
  for (const chunk of chunks(checkIds)) await eraseChecks(trx, chunk);
  // Shares other organisations gave it: the share is the erased organisation's access, it goes.
  await trx.deleteFrom("check_shares").where("organisation_id", "=", organisation).execute();
  // A waiver request always belongs to its check's organisation; this finds none left, but keeps
  // the rule "every row with this organisation" true even for a row that broke that invariant.
  parts.waiverRequests += affected(await trx.deleteFrom("waiver_requests").where("organisation_id", "=", organisation).executeTakeFirst());
  await step("checks", async () => checkIds.length);
  for (const kind of ["checkDocuments", "checkResults", "checkShares", "waiverRequests"] as const) await step(kind, async () => parts[kind]);

  // Cases it asked, with their lifecycle events (the reflections are inside the case document).
  const caseIds = (await trx.selectFrom("cases").select("id").where("organisation_id", "=", organisation).execute()).map((r) => r.id);
  await step("caseEvents", () => deleteIn(trx, "case_events", "case_id", caseIds));
  await step("cases", () => deleteIn(trx, "cases", "id", caseIds));
  // Cases of others it handled as their commission stay theirs and go back to their own advisers.
  await step("casesHandedBack", async () => {
    const handled = await trx.selectFrom("cases").select(["id", "organisation_id", "document"]).where("commission_id", "=", organisation).execute();
    for (const row of handled) {
      const document = JSON.parse(row.document) as { to?: { organisationId?: string } };
      if (document.to !== undefined) document.to.organisationId = row.organisation_id;
      await trx.updateTable("cases").set({ commission_id: row.organisation_id, document: JSON.stringify(document), updated_at: now }).where("id", "=", row.id).execute();
    }
    return handled.length;
  });

  // Governance: its routes with their events, its grants, its published models.
  const routeIds = (await trx.selectFrom("routes").select("id").where("organisation_id", "=", organisation).execute()).map((r) => r.id);
  await step("routeEvents", () => deleteIn(trx, "route_events", "route_id", routeIds));
  await step("routes", () => deleteIn(trx, "routes", "id", routeIds));
  await step("bodyRoleGrants", async () => affected(await grants.deleteFrom("body_role_grants").where("organisation_id", "=", organisation).executeTakeFirst()));
  const modelIds = (await trx.selectFrom("governance_models").select("id").where("organisation_id", "=", organisation).execute()).map((r) => r.id);
  // Others' grants at bodies of its models are void without the model; revoked, as decision 0010 keeps grants.
  await step("bodyRoleGrantsRevoked", async () => {
    let n = 0;
    for (const chunk of chunks(modelIds)) {
      n += affected(
        await grants.updateTable("body_role_grants").set({ revoked_at: now, revoked_by: "organisation.erase" }).where("model_id", "in", chunk).where("revoked_at", "is", null).executeTakeFirst(),
      );
    }
    return n;
  });
  await step("governanceModels", async () => affected(await trx.deleteFrom("governance_models").where("organisation_id", "=", organisation).executeTakeFirst()));

  // Maturity: its assessments; its models, unless another organisation's assessment uses one.
  await step("maturityAssessments", async () => affected(await trx.deleteFrom("maturity_assessments").where("organisation_id", "=", organisation).executeTakeFirst()));
  const models = (await trx.selectFrom("maturity_models").select("id").where("organisation_id", "=", organisation).execute()).map((r) => r.id);
  const used = new Set<string>();
  for (const chunk of chunks(models)) {
    for (const r of await trx.selectFrom("maturity_assessments").select("model_id").distinct().where("model_id", "in", chunk).execute()) used.add(r.model_id);
  }
  await step("maturityModelsKept", async () => {
    const kept = models.filter((id) => used.has(id));
    for (const chunk of chunks(kept)) await trx.updateTable("maturity_models").set({ organisation_id: null, created_by: "erased" }).where("id", "in", chunk).execute();
    return kept.length;
  });
  await step("maturityModels", async () => {
    let n = 0;
    for (const chunk of chunks(models.filter((id) => !used.has(id)))) n += affected(await trx.deleteFrom("maturity_models").where("id", "in", chunk).executeTakeFirst());
    return n;
  });

  // Access: ended web sessions of its keys, then the keys themselves.
  const keyIds = (await trx.selectFrom("api_keys").select("id").where("organisation_id", "=", organisation).execute()).map((r) => r.id);
  await step("revokedSessions", () => deleteIn(trx, "revoked_sessions", "key_id", keyIds));
  await step("apiKeys", () => deleteIn(trx, "api_keys", "id", keyIds));

  // The organisation itself; others that had it as their commission now have none.
  await step("organisationsUnlinked", async () => affected(await trx.updateTable("organisations").set({ commission_id: null }).where("commission_id", "=", organisation).executeTakeFirst()));
  await step("organisation", async () => affected(await trx.deleteFrom("organisations").where("id", "=", organisation).executeTakeFirst()));

  await trx.deleteFrom("erasures_in_progress").where("organisation_id", "=", organisation).execute();
}

/**
 * Erases one organisation: every row it owns in every table (checks with documents, text,
 * results, shares and waiver requests; cases with their events and reflections; routes with
 * their events; body-role grants; governance models; maturity assessments and models; API keys
 * and ended sessions; the organisation itself), in one transaction with one audit event
 * `organisation.erase` that counts each kind. Other organisations' rows that refer to it are
 * handled as decision 0036 says. If anything fails, the transaction rolls back and nothing is gone.
 * With `dryRun`, the same steps run and are rolled back: the counts are exact, nothing changes.
 *
 * @example
 * const result = await eraseOrganisation(db, "zuid-holland", "cli", { dryRun: true });
 * if (result.ok) console.log(result.value.checks);
 */
export async function eraseOrganisation(db: Db, organisation: string, actor: string, options: ErasureOptions = {}): Promise<ErasureResult> {
  const found = await db.selectFrom("organisations").select("id").where("id", "=", organisation).executeTakeFirst();
  if (found === undefined) {
    return {
      ok: false,
      error: { code: "organisation-not-found", organisation, message: `There is no organisation ${organisation}; see \`npm run keys -- list\` for the organisations with keys.` },
    };
  }
  const now = new Date().toISOString();
  try {
    const counts = await db.transaction().execute(async (trx) => {
      const tally: Partial<Record<ErasureKind, number>> = {};
      await eraseIn(trx, organisation, now, async (kind, run) => {
        tally[kind] = await run();
        await options.afterKind?.(kind, tally[kind]);
      });
      const counts = tally as ErasureCounts;
      if (options.dryRun === true) throw new DryRunRollback(counts);
      await audit(trx, { actor, organisation, action: "organisation.erase", targetType: "organisation", targetId: organisation, detail: { ...counts } });
      return counts;
    });
    return { ok: true, value: counts, dryRun: false };
  } catch (error) {
    if (error instanceof DryRunRollback) return { ok: true, value: error.counts, dryRun: true };
    throw error;
  }
}
