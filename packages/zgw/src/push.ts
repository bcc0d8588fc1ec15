import { toZgw, type ZgwOptions } from "@ethiek/cases";
import { type Case, type ZgwCaseExport, type ZgwPushCounts, validateZgwCaseExport } from "@ethiek/schemas";
import { type ZgwError, ZgwFailure } from "./errors.js";
import { type Fetch, type ZgwCredentials, type ZgwHttp, zgwHttp } from "./http.js";
import { type ZgwResourceKind, covers, differingFields, requestBody } from "./sync.js";

/** Where to push and as whom: the mapping options of `toZgw` plus the credentials. */
export type ZgwPushOptions = ZgwOptions & ZgwCredentials;

export type ZgwStepAction = "create" | "update" | "delete" | "publish" | "unchanged";

/** One step of a push: what was done to which resource in the case system. */
export interface ZgwPushStep {
  readonly action: ZgwStepAction;
  readonly resource: ZgwResourceKind;
  /** The resource's URL in the case system. */
  readonly url: string;
  /** The case the resource belongs to; absent for the zaaktype and its types. */
  readonly caseId?: string;
  /** What it is, for people: the status name, the role, the zaak's identificatie. */
  readonly label: string;
  /** The fields that changed (updates). */
  readonly fields?: readonly string[];
}

export type ZgwPushWarningCode = "ZAAKTYPE_PUBLISHED_DIFFERS" | "STATUS_DIFFERS" | "ARCHIVE_DEFAULTS";

/** Something the push could not or would not change, and why. */
export interface ZgwPushWarning {
  readonly code: ZgwPushWarningCode;
  readonly message: string;
  readonly messageEn: string;
  readonly url?: string;
}

/** Created, updated, deleted, published and unchanged resources (schemas/zgw-sync.schema.json). */
export type { ZgwPushCounts };

/** The outcome of a push: every step taken, and on failure the error and the case it stopped at. */
export type ZgwPushReport =
  | { readonly ok: true; readonly steps: readonly ZgwPushStep[]; readonly warnings: readonly ZgwPushWarning[]; readonly counts: ZgwPushCounts; readonly zaken: Readonly<Record<string, string>> }
  | {
      readonly ok: false;
      readonly error: ZgwError;
      readonly caseId?: string;
      readonly steps: readonly ZgwPushStep[];
      readonly warnings: readonly ZgwPushWarning[];
      readonly counts: ZgwPushCounts;
      readonly zaken: Readonly<Record<string, string>>;
    };

export interface ZgwPushHooks {
  /** Called after every step, before the next request; e.g. to write the audit log. */
  readonly onStep?: (step: ZgwPushStep) => void | Promise<void>;
  /** Replaces the HTTP client (tests); default {@link zgwHttp} with the options' credentials. */
  readonly http?: ZgwHttp;
  /** Replaces the global fetch of the default client. */
  readonly fetch?: Fetch;
}

type Remote = Record<string, unknown> & { url: string };

const asRemote = (r: Record<string, unknown>, method: string, url: string): Remote => {
  if (typeof r.url !== "string") {
    throw new ZgwFailure({ code: "ZGW_BAD_RESPONSE", method, url, message: `Het zaaksysteem gaf geen url terug op ${method} ${url}.`, messageEn: `The case system answered ${method} ${url} without a url.` });
  }
  return r as Remote;
};

const base = (u: string) => u.replace(/\/+$/, "");

/**
 * Puts cases into a ZGW installation: the ethics zaaktype with its status, result and role types
 * once (created as a concept, then published), and for each case its zaak, rollen, resultaat and
 * statussen. Every resource is first looked up by its natural key (zaaktype by catalogus and
 * identificatie, a type by its zaaktype and name or number, a zaak by identificatie and
 * bronorganisatie, its parts by zaak and content), then created, updated or left alone. So a
 * second push changes nothing, and a push that stopped halfway (error, timeout, crash) goes on
 * where it stopped the next time: nothing is stored on ethiek's side to resume from. Every case is
 * checked before the first request, so a case that cannot be exported stops the push before
 * anything is written. Never throws for a failure of the case system: the report says what
 * happened.
 *
 * @example
 * const report = await pushCases(cases, { ...zgwOptions, clientId: "ethiek", secret }, { onStep: (s) => log(s) });
 * if (!report.ok) console.error(report.error.message);
 */
export async function pushCases(cases: readonly Case[], options: ZgwPushOptions, hooks: ZgwPushHooks = {}): Promise<ZgwPushReport> {
  const http = hooks.http ?? zgwHttp(options, hooks.fetch);
  const steps: ZgwPushStep[] = [];
  const warnings: ZgwPushWarning[] = [];
  const counts: ZgwPushCounts = { created: 0, updated: 0, deleted: 0, published: 0, unchanged: 0 };
  const zaken: Record<string, string> = {};
  let current: string | undefined;

  const missingArchive = (["closed", "declined", "withdrawn"] as const).filter((k) => options.archive?.results?.[k]?.selectielijstklasse === undefined);
  if (missingArchive.length > 0) {
    warnings.push({
      code: "ARCHIVE_DEFAULTS",
      message: `Voor ${missingArchive.join(", ")} gelden de standaard archiefinstellingen (selectielijstklasse). Laat uw archiefbeheerder ze controleren.`,
      messageEn: `The default archiving settings (selectielijstklasse) apply to ${missingArchive.join(", ")}. Have your records manager check them.`,
    });
  }

  // Everything is mapped and checked before the first request: a bad case writes nothing.
  const earliest = cases.map((c) => c.createdAt.slice(0, 10)).sort()[0];
  const exports: { c: Case; z: ZgwCaseExport }[] = [];
  for (const c of cases) {
    const z = toZgw(c, { ...options, beginGeldigheid: options.beginGeldigheid ?? earliest });
    const valid = validateZgwCaseExport(z);
    if (!valid.ok) {
      const detail = valid.errors.map((e) => e.message).join("; ");
      return { ok: false, caseId: c.id, error: { code: "ZGW_VALIDATION", message: `De casus ${c.id} past niet in het zaaksysteem: ${detail}. Er is niets verstuurd.`, messageEn: `Case ${c.id} does not fit the case system: ${detail}. Nothing was sent.` }, steps, warnings, counts, zaken };
    }
    exports.push({ c, z });
  }
  if (exports.length === 0) return { ok: true, steps, warnings, counts, zaken };

  const record = async (step: ZgwPushStep) => {
    steps.push(step);
    counts[step.action === "create" ? "created" : step.action === "update" ? "updated" : step.action === "delete" ? "deleted" : step.action === "publish" ? "published" : "unchanged"] += 1;
    await hooks.onStep?.(step);
  };

  const urls = new Map<string, string>();
  const catalogi = base(options.catalogiApiUrl);
  const zakenApi = base(options.zakenApiUrl);

  /** Create, update or leave one resource, given what the case system already has. */
  async function ensure(kind: ZgwResourceKind, collectionUrl: string, found: Remote | undefined, body: Record<string, unknown>, label: string, caseId: string | undefined, mayUpdate: boolean): Promise<Remote> {
    const extra = caseId === undefined ? {} : { caseId };
    if (found === undefined) {
      const created = asRemote(await http.post(collectionUrl, body), "POST", collectionUrl);
      await record({ action: "create", resource: kind, url: created.url, label, ...extra });
      return created;
    }
    const fields = differingFields(kind, found, body);
    if (fields.length === 0) {
      await record({ action: "unchanged", resource: kind, url: found.url, label, ...extra });
      return found;
    }
    if (!mayUpdate) {
      warnings.push({
        code: "ZAAKTYPE_PUBLISHED_DIFFERS",
        url: found.url,
        message: `${label} is al gepubliceerd en wijkt af (${fields.join(", ")}); een gepubliceerd zaaktype verandert niet. Maak in het zaaksysteem een nieuwe versie als de wijziging nodig is.`,
        messageEn: `${label} is published and differs (${fields.join(", ")}); a published zaaktype does not change. Make a new version in the case system if the change is needed.`,
      });
      await record({ action: "unchanged", resource: kind, url: found.url, label, ...extra });
      return found;
    }
    const updated = asRemote(await http.put(found.url, body), "PUT", found.url);
    await record({ action: "update", resource: kind, url: updated.url, label, fields, ...extra });
    return updated;
  }

  try {
    // 1. The zaaktype: the newest version with our identificatie in the catalogue.
    const first = exports[0]!.z;
    const versions = (await http.list(`${catalogi}/zaaktypen`, { catalogus: options.catalogusUrl, identificatie: first.zaaktype.identificatie, status: "alles" })) as Remote[];
    const newest = versions.sort((a, b) => String(b.versiedatum ?? "").localeCompare(String(a.versiedatum ?? "")) || Number(b.concept === true) - Number(a.concept === true))[0];
    const zaaktype = await ensure("zaaktype", `${catalogi}/zaaktypen`, newest, requestBody("zaaktype", first.zaaktype), `Zaaktype ${first.zaaktype.identificatie}`, undefined, newest?.concept !== false);
    urls.set(first.zaaktype.url, zaaktype.url);
    const concept = zaaktype.concept !== false;

    // 2. Its status, result and role types, each by its natural key.
    const typeSets = [
      { kind: "statustype", path: "statustypen", items: first.statustypen, key: (t: Record<string, unknown>) => String(t.volgnummer), label: (t: { omschrijving: string }) => `Statustype ${t.omschrijving}` },
      { kind: "resultaattype", path: "resultaattypen", items: first.resultaattypen, key: (t: Record<string, unknown>) => String(t.omschrijving), label: (t: { omschrijving: string }) => `Resultaattype ${t.omschrijving}` },
      { kind: "roltype", path: "roltypen", items: first.roltypen, key: (t: Record<string, unknown>) => String(t.omschrijving), label: (t: { omschrijving: string }) => `Roltype ${t.omschrijving}` },
    ] as const;
    for (const set of typeSets) {
      const remote = (await http.list(`${catalogi}/${set.path}`, { zaaktype: zaaktype.url, status: "alles" })) as Remote[];
      for (const t of set.items) {
        const body = requestBody(set.kind, t, urls);
        const found = remote.find((r) => set.key(r) === set.key(body));
        const ensured = await ensure(set.kind, `${catalogi}/${set.path}`, found, body, set.label(t), undefined, concept);
        urls.set(t.url, ensured.url);
      }
    }

    // 3. Publish, so zaken can be made of it.
    if (concept) {
      await http.post(`${zaaktype.url}/publish`, {});
      await record({ action: "publish", resource: "zaaktype", url: zaaktype.url, label: `Zaaktype ${first.zaaktype.identificatie}` });
    }

    // 4. Each case: zaak, rollen, resultaat, statussen (the end status last: it needs the resultaat).
    for (const { c, z } of exports) {
      current = c.id;
      const zaakBody = requestBody("zaak", z.zaak, urls);
      const found = (await http.list(`${zakenApi}/zaken`, { identificatie: z.zaak.identificatie, bronorganisatie: z.zaak.bronorganisatie }))[0] as Remote | undefined;
      const zaak = await ensure("zaak", `${zakenApi}/zaken`, found, zaakBody, `Zaak ${z.zaak.identificatie}`, c.id, true);
      urls.set(z.zaak.url, zaak.url);
      zaken[c.id] = zaak.url;

      // Roles cannot be changed in ZGW, only added and removed: match them as a multiset.
      const remoteRollen = [...((await http.list(`${zakenApi}/rollen`, { zaak: zaak.url })) as Remote[])];
      const toCreate: Record<string, unknown>[] = [];
      const kept = new Set<Remote>();
      for (const r of z.rollen) {
        const body = requestBody("rol", r, urls);
        const match = remoteRollen.find((x) => !kept.has(x) && differingFields("rol", x, body).length === 0);
        if (match) {
          kept.add(match);
          await record({ action: "unchanged", resource: "rol", url: match.url, label: `Rol ${r.roltoelichting}`, caseId: c.id });
        } else {
          toCreate.push(body);
        }
      }
      for (const stale of remoteRollen.filter((x) => !kept.has(x))) {
        await http.delete(stale.url);
        await record({ action: "delete", resource: "rol", url: stale.url, label: `Rol ${String(stale.roltoelichting ?? "")}`, caseId: c.id });
      }
      for (const body of toCreate) {
        const created = asRemote(await http.post(`${zakenApi}/rollen`, body), "POST", `${zakenApi}/rollen`);
        await record({ action: "create", resource: "rol", url: created.url, label: `Rol ${String(body.roltoelichting)}`, caseId: c.id });
      }

      if (z.resultaat) {
        const remote = (await http.list(`${zakenApi}/resultaten`, { zaak: zaak.url }))[0] as Remote | undefined;
        await ensure("resultaat", `${zakenApi}/resultaten`, remote, requestBody("resultaat", z.resultaat, urls), "Resultaat", c.id, true);
      }

      // Statuses cannot be changed or removed in ZGW: add the ones that are missing, in order.
      const remoteStatussen = (await http.list(`${zakenApi}/statussen`, { zaak: zaak.url })) as Remote[];
      for (const s of z.statussen) {
        const body = requestBody("status", s, urls);
        const match = remoteStatussen.find((x) => x.statustype === body.statustype && covers(x.datumStatusGezet, body.datumStatusGezet));
        if (!match) {
          const created = asRemote(await http.post(`${zakenApi}/statussen`, body), "POST", `${zakenApi}/statussen`);
          await record({ action: "create", resource: "status", url: created.url, label: `Status ${s.statustoelichting}`, caseId: c.id });
        } else {
          if (differingFields("status", match, body).length > 0) {
            warnings.push({ code: "STATUS_DIFFERS", url: match.url, message: `De status "${s.statustoelichting}" van ${c.id} staat er met een andere toelichting; een status verandert in ZGW niet meer.`, messageEn: `The status "${s.statustoelichting}" of ${c.id} exists with another explanation; a status cannot change in ZGW.` });
          }
          await record({ action: "unchanged", resource: "status", url: match.url, label: `Status ${s.statustoelichting}`, caseId: c.id });
        }
      }
    }
    return { ok: true, steps, warnings, counts, zaken };
  } catch (thrown) {
    if (thrown instanceof ZgwFailure) return { ok: false, error: thrown.error, ...(current ? { caseId: current } : {}), steps, warnings, counts, zaken };
    throw thrown;
  }
}
