// Ethics cases: stored as JSON documents with their append-only events, read with the visibility
// rule of @ethiek/cases (`canSeeCase`), and the moresprudentie search index over the closed cases
// a visitor may see.
import { randomUUID } from "node:crypto";
import { PrecedentIndex, canSeeCase, citationsFromRequests, createCase, type CaseParties, type CaseViewer, type WaiverCitation } from "@ethiek/cases";
import type { Case, CaseInput } from "@ethiek/schemas";
import { audit } from "../audit.js";
import type { Actor } from "../auth.js";
import type { CasesTable, Db } from "../db/database.js";
import { casesVersion } from "./public-precedents.js";

/**
 * The parties of a stored case, as `@ethiek/cases` decides visibility and moves with them.
 *
 * @example
 * mayMoveCase(partiesOf(row), actor, "accepted")
 */
export const partiesOf = (row: Pick<CasesTable, "organisation_id" | "commission_id" | "confidentiality">): CaseParties => ({
  organisation: row.organisation_id,
  commission: row.commission_id,
  confidentiality: row.confidentiality as CaseParties["confidentiality"],
});

/** The actor as a case viewer: with the commission that handles its organisation's cases. */
async function viewerOf(db: Db, actor: Actor): Promise<CaseViewer> {
  const org = await db.selectFrom("organisations").select("commission_id").where("id", "=", actor.organisation).executeTakeFirst();
  return { organisation: actor.organisation, roles: actor.roles, commissionOfOrganisation: org?.commission_id ?? null };
}

/** The cases the actor may see, newest first; only those with `status` when given. */
export async function visibleRows(db: Db, actor: Actor, status?: string): Promise<CasesTable[]> {
  const viewer = await viewerOf(db, actor);
  let q = db.selectFrom("cases").selectAll();
  if (status !== undefined) q = q.where("status", "=", status);
  // A coarse filter in SQL; canSeeCase decides precisely.
  q = q.where((eb) =>
    eb.or([
      eb("organisation_id", "=", actor.organisation),
      eb("commission_id", "=", actor.organisation),
      eb("confidentiality", "=", "public"),
      ...(viewer.commissionOfOrganisation === null ? [] : [eb.and([eb("confidentiality", "=", "internal"), eb("commission_id", "=", viewer.commissionOfOrganisation)])]),
    ]),
  );
  const rows = await q.orderBy("created_at", "desc").orderBy("id").execute();
  return rows.filter((r) => canSeeCase(partiesOf(r), viewer));
}

/**
 * One case, when the actor may see it; undefined also when it exists but is hidden, so that the
 * two cannot be told apart.
 *
 * @example
 * const row = await loadVisible(db, id, request.actor); // undefined: answer 404
 */
export async function loadVisible(db: Db, id: string, actor: Actor): Promise<CasesTable | undefined> {
  const row = await db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
  if (row === undefined) return undefined;
  return canSeeCase(partiesOf(row), await viewerOf(db, actor)) ? row : undefined;
}

/** Writes a changed case, if nobody else changed it meanwhile; appends the new events. */
export async function storeCase(db: Db, row: CasesTable, next: Case, actor: Actor, action: string, requestId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("cases")
      .set({
        status: next.status,
        confidentiality: next.confidentiality,
        title: next.title,
        event_count: next.events.length,
        document: JSON.stringify(next),
        updated_at: next.updatedAt ?? new Date().toISOString(),
      })
      .where("id", "=", row.id)
      .where("event_count", "=", row.event_count)
      .where("updated_at", "=", row.updated_at)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    for (let seq = row.event_count; seq < next.events.length; seq++) {
      const e = next.events[seq]!;
      await trx
        .insertInto("case_events")
        .values({ case_id: row.id, seq, from_status: e.from, to_status: e.to, actor: e.actor, reason: e.reason ?? null, occurred_at: e.at })
        .execute();
    }
    await audit(trx, {
      actor: actor.id,
      organisation: actor.organisation,
      action,
      targetType: "case",
      targetId: row.id,
      detail: { status: next.status, events: next.events.length },
      requestId,
    });
    return true;
  });
}

/**
 * Submits a case to the commission of the actor's organisation (or to the organisation's own
 * advisers when it has none), in one transaction with its first event and an audit record. Used
 * by POST /v1/cases and the web page.
 */
export async function submitCase(db: Db, actor: Actor, input: CaseInput, requestId: string): Promise<Case> {
  const org = await db.selectFrom("organisations").select(["name", "commission_id"]).where("id", "=", actor.organisation).executeTakeFirst();
  const commissionId = org?.commission_id ?? actor.organisation;
  const commission = await db.selectFrom("organisations").select("name").where("id", "=", commissionId).executeTakeFirst();
  const now = new Date().toISOString();
  const id = `casus-${randomUUID()}`;
  const c = createCase(
    {
      ...input,
      requester: { ...input.requester, organisation: { id: actor.organisation, name: org?.name ?? input.requester.organisation.name } },
      to: { ...(input.to ?? { name: commission?.name ?? commissionId, routing: "manual" as const }), organisationId: commissionId },
    },
    { id, actor: actor.id, at: now },
  );
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("cases")
      .values({
        id,
        organisation_id: actor.organisation,
        commission_id: commissionId,
        status: c.status,
        confidentiality: c.confidentiality,
        title: c.title,
        event_count: 1,
        document: JSON.stringify(c),
        created_by: actor.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx.insertInto("case_events").values({ case_id: id, seq: 0, from_status: null, to_status: "submitted", actor: actor.id, reason: null, occurred_at: now }).execute();
    await audit(trx, { actor: actor.id, organisation: actor.organisation, action: "case.create", targetType: "case", targetId: id, detail: { confidentiality: c.confidentiality }, requestId });
  });
  return c;
}

/** The waiver requests of the given organisations that cite a case, as citations. */
export async function citationsOfCase(db: Db, caseId: string, organisations: readonly string[]): Promise<WaiverCitation[]> {
  const requests = await db
    .selectFrom("waiver_requests")
    .select(["check_id", "requirement", "case_ref", "status"])
    .where("case_ref", "=", caseId)
    .where("organisation_id", "in", [...organisations])
    .execute();
  return citationsFromRequests(requests.map((r) => ({ check: r.check_id, requirement: r.requirement, case: r.case_ref, status: r.status as "pending" | "approved" | "rejected" })));
}

/** A small most-recently-used cache of search indexes, each valid for one version of the cases. */
class PrecedentIndexCache {
  private readonly entries = new Map<string, { version: string; index: Promise<PrecedentIndex> }>();
  constructor(private readonly capacity = 32) {}

  async get(key: string, version: string, build: () => Promise<PrecedentIndex>): Promise<PrecedentIndex> {
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit !== undefined && hit.version === version) {
      this.entries.set(key, hit);
      return hit.index;
    }
    // Concurrent requests for the same version share one build; a failed build is not kept.
    const index = build();
    const entry = { version, index };
    this.entries.set(key, entry);
    index.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return index;
  }
}

const precedentIndexes = new PrecedentIndexCache();

/**
 * The search index over the closed cases the actor may see. Building it costs seconds at tens of
 * thousands of cases, so it is kept per visibility (organisation, ethics role, commission) and
 * rebuilt only when a case changed: the version is read from the database on every request,
 * so several instances sharing one database stay correct.
 */
export async function precedentsFor(db: Db, actor: Actor): Promise<PrecedentIndex> {
  const { commissionOfOrganisation } = await viewerOf(db, actor);
  const version = await casesVersion(db);
  const key = `${actor.organisation}|${actor.roles.has("ethics") ? "ethics" : ""}|${commissionOfOrganisation ?? ""}`;
  return precedentIndexes.get(key, version, async () =>
    PrecedentIndex.build((await visibleRows(db, actor, "closed")).map((r) => JSON.parse(r.document) as Case)),
  );
}
