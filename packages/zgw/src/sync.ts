// Pure helpers of the push: what a request body holds, and whether what the case system holds
// already says the same. No I/O here.

/** The kinds of resource the push writes. */
export type ZgwResourceKind = "zaaktype" | "statustype" | "resultaattype" | "roltype" | "zaak" | "status" | "rol" | "resultaat";

// Fields the export carries that the case system sets itself (readOnly in the specifications, or
// our own identifiers): never sent.
const NOT_SENT: Readonly<Record<ZgwResourceKind, readonly string[]>> = {
  zaaktype: ["url", "statustypen", "resultaattypen", "roltypen"],
  statustype: ["url", "isEindstatus"],
  resultaattype: ["url"],
  roltype: ["url"],
  zaak: ["url", "uuid", "einddatum"],
  status: ["url"],
  rol: ["url"],
  resultaat: ["url"],
};

// Fields whose answer has another shape than the request (the Catalogi API takes besluittypen by
// name and answers with URLs) or that follow the day of the first push: not compared.
const NOT_COMPARED: Readonly<Partial<Record<ZgwResourceKind, readonly string[]>>> = {
  zaaktype: ["beginGeldigheid", "versiedatum", "besluittypen", "deelzaaktypen", "gerelateerdeZaaktypen"],
  resultaattype: ["besluittypen"],
};

/**
 * The request body of an exported resource: without the fields the case system sets, and with
 * every reference to one of our own URLs replaced by the URL the case system gave that resource.
 *
 * @example
 * requestBody("status", zgw.statussen[0], urls) // { zaak: "https://oz/…/zaken/…", statustype: "https://oz/…", … }
 */
export function requestBody(kind: ZgwResourceKind, resource: object, urls: ReadonlyMap<string, string> = new Map()): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    if (NOT_SENT[kind].includes(key)) continue;
    out[key] = typeof value === "string" && urls.has(value) ? urls.get(value) : value;
  }
  return out;
}

const DATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T/;

/**
 * Whether `remote` says what `wanted` says: every field of `wanted` (recursively) is in `remote`;
 * date-times compare as instants, lists by length and position.
 *
 * @example
 * covers({ datumStatusGezet: "2024-01-10T10:00:00+01:00", uuid: "…" }, { datumStatusGezet: "2024-01-10T09:00:00Z" }) // true
 */
export function covers(remote: unknown, wanted: unknown): boolean {
  if (wanted === null || wanted === undefined) return remote === null || remote === undefined || remote === "";
  if (typeof wanted === "string" && typeof remote === "string" && DATE_TIME.test(wanted) && DATE_TIME.test(remote)) {
    return Date.parse(wanted) === Date.parse(remote);
  }
  if (Array.isArray(wanted)) {
    return Array.isArray(remote) && remote.length === wanted.length && wanted.every((w, i) => covers(remote[i], w));
  }
  if (typeof wanted === "object") {
    if (typeof remote !== "object" || remote === null) return false;
    return Object.entries(wanted).every(([k, v]) => covers((remote as Record<string, unknown>)[k], v));
  }
  return remote === wanted;
}

/**
 * The fields where the case system's copy differs from the body we would send, ignoring the ones
 * it represents differently; [] when nothing needs to change.
 *
 * @example
 * differingFields("zaak", remoteZaak, body) // ["omschrijving"]
 */
export function differingFields(kind: ZgwResourceKind, remote: Record<string, unknown>, body: Record<string, unknown>): string[] {
  const skip = NOT_COMPARED[kind] ?? [];
  return Object.keys(body).filter((k) => !skip.includes(k) && !covers(remote[k], body[k]));
}
