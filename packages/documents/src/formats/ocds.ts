import type { Tender } from "@ethiek/schemas";
import { ExtractionFailure } from "../errors.js";
import { lineAt, lineStarts, type SegmentSink } from "../text.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const methods = new Set(["open", "selective", "limited", "direct"]);
const categories = new Set(["goods", "works", "services"]);

/** True when `value` is an RFC 3339 date-time as JSON Schema's `date-time` format wants it. */
export function isDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

function isUri(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

/** Picks the release to read: the newest (by `date`) that has a tender; a record's compiled release wins. */
function pickRelease(data: unknown): Json {
  if (!isObject(data)) throw new ExtractionFailure("NOT_OCDS", {}, "top-level value is not an object");
  if (Array.isArray(data.records)) {
    const record = data.records.find((r) => isObject(r) && isObject(r.compiledRelease));
    if (isObject(record) && isObject(record.compiledRelease)) return record.compiledRelease;
  }
  if (Array.isArray(data.releases)) {
    const releases = data.releases.filter(isObject);
    if (releases.length === 0) throw new ExtractionFailure("NOT_OCDS", {}, "release package without releases");
    const withTender = releases.filter((r) => isObject(r.tender));
    const pool = withTender.length > 0 ? withTender : releases;
    return pool.reduce((a, b) => ((str(b.date) ?? "") >= (str(a.date) ?? "") ? b : a));
  }
  if (typeof data.ocid === "string") return data;
  throw new ExtractionFailure("NOT_OCDS", {}, "no ocid, releases or records");
}

function classification(v: unknown): NonNullable<NonNullable<Tender["items"]>[number]["classification"]> | undefined {
  if (!isObject(v)) return undefined;
  const id = str(v.id) ?? (typeof v.id === "number" ? String(v.id) : undefined);
  if (!id) return undefined;
  const c: { scheme: string; id: string; description?: string } = { scheme: str(v.scheme) ?? "CPV", id };
  const d = str(v.description);
  if (d) c.description = d;
  return c;
}

/**
 * An OCDS release, release package or record package: the tender manifest (`Document.tender`) and
 * text segments for every free-text field of the tender that can carry requirements: title,
 * description, buyer, eligibility criteria, award criteria, submission details, lots, items (with
 * CPV codes), documents with their descriptions, and the criteria of the OCDS requirements
 * extension. `line` is the source line of the value in the JSON file.
 */
export function readOcds(text: string, sink: SegmentSink): Tender {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ExtractionFailure("INVALID_JSON", {}, (error as Error).message);
  }
  const release = pickRelease(data);
  const t = isObject(release.tender) ? release.tender : {};
  const ocid = str(release.ocid);
  const tender: Tender = { title: str(t.title) ?? str(release.title) ?? ocid ?? "OCDS release" };
  const id = str(t.id) ?? (typeof t.id === "number" ? String(t.id) : undefined);
  if (id) tender.id = id;
  if (ocid) tender.ocid = ocid;
  const description = str(t.description);
  if (description) tender.description = description;
  const language = str(release.language)?.toLowerCase();
  if (language === "nl" || language === "en") tender.language = language;
  let buyer = isObject(release.buyer) ? release.buyer : undefined;
  if (!str(buyer?.name)) {
    buyer = arr(release.parties).find((p): p is Json => isObject(p) && arr(p.roles).includes("buyer") && !!str(p.name)) ?? buyer;
  }
  if (buyer && str(buyer.name)) {
    tender.buyer = { name: str(buyer.name) as string };
    const buyerId = str(buyer.id);
    if (buyerId) tender.buyer.id = buyerId;
  }
  const items = arr(t.items).filter(isObject).map((item) => {
    const out: NonNullable<Tender["items"]>[number] = {};
    const itemId = str(item.id) ?? (typeof item.id === "number" ? String(item.id) : undefined);
    if (itemId) out.id = itemId;
    const d = str(item.description);
    if (d) out.description = d;
    const c = classification(item.classification);
    if (c) out.classification = c;
    const extra = arr(item.additionalClassifications).map(classification).filter((x) => x !== undefined);
    if (extra.length > 0) out.additionalClassifications = extra;
    if (typeof item.quantity === "number" && item.quantity >= 0 && Number.isFinite(item.quantity)) out.quantity = item.quantity;
    return out;
  });
  if (items.length > 0) tender.items = items;
  if (isObject(t.value) && typeof t.value.amount === "number" && t.value.amount >= 0 && /^[A-Z]{3}$/.test(str(t.value.currency) ?? "")) {
    tender.value = { amount: t.value.amount, currency: t.value.currency as string };
  }
  const method = str(t.procurementMethod);
  if (method && methods.has(method)) tender.procurementMethod = method as NonNullable<Tender["procurementMethod"]>;
  const methodDetails = str(t.procurementMethodDetails);
  if (methodDetails) tender.procurementMethodDetails = methodDetails;
  const category = str(t.mainProcurementCategory);
  if (category && categories.has(category)) tender.mainProcurementCategory = category as NonNullable<Tender["mainProcurementCategory"]>;
  const deadline = isObject(t.tenderPeriod) ? str(t.tenderPeriod.endDate) : undefined;
  if (deadline && isDateTime(deadline)) tender.submissionDeadlineAt = deadline;
  const documents = arr(t.documents).filter(isObject).map((d) => {
    const out: NonNullable<Tender["documents"]>[number] = {};
    for (const key of ["id", "title", "documentType", "format"] as const) {
      const v = str(d[key]);
      if (v) out[key] = v;
    }
    const url = str(d.url);
    if (url && isUri(url)) out.url = url;
    return out;
  });
  if (documents.length > 0) tender.documents = documents;

  // Locations: the first line where the value's JSON text stands, searched forward in order.
  const starts = lineStarts(text);
  let cursor = 0;
  const at = (value: string): number => {
    const needle = JSON.stringify(value).slice(1, -1);
    let i = text.indexOf(needle, cursor);
    if (i < 0) i = text.indexOf(needle);
    if (i < 0) return 1;
    cursor = i;
    return lineAt(starts, i);
  };
  sink.add("heading", tender.title, { line: at(tender.title), level: 1 });
  if (tender.description) sink.add("paragraph", tender.description, { line: at(tender.description) });
  if (tender.buyer) sink.add("metadata", `Aanbestedende dienst / buyer: ${tender.buyer.name}`, { line: at(tender.buyer.name) });
  if (method) sink.add("metadata", `Procedure: ${[method, methodDetails].filter(Boolean).join(" – ")}`, { line: at(method) });
  // Free text that states requirements: OCDS 1.1 core fields, then the requirements extension
  // (tender.criteria[].requirementGroups[].requirements[]), which eForms-based notices fill.
  for (const key of ["eligibilityCriteria", "awardCriteriaDetails", "submissionMethodDetails"] as const) {
    const value = str(t[key]);
    if (value) sink.add("paragraph", value, { line: at(value) });
  }
  for (const lot of arr(t.lots).filter(isObject)) {
    for (const value of [str(lot.title), str(lot.description)]) if (value) sink.add("list-item", value, { line: at(value), level: 1 });
  }
  for (const item of tender.items ?? []) {
    const codes = [item.classification, ...(item.additionalClassifications ?? [])]
      .filter((c) => c !== undefined)
      .map((c) => `${c.scheme} ${c.id}${c.description ? ` (${c.description})` : ""}`);
    const textOfItem = [item.description, codes.join("; ")].filter(Boolean).join(" – ");
    sink.add("list-item", textOfItem, { line: at(item.description ?? item.classification?.id ?? ""), level: 1 });
  }
  for (const criterion of arr(t.criteria).filter(isObject)) {
    for (const value of [str(criterion.title), str(criterion.description)]) if (value) sink.add("list-item", value, { line: at(value), level: 1 });
    for (const group of arr(criterion.requirementGroups).filter(isObject)) {
      const groupText = str(group.description);
      if (groupText) sink.add("list-item", groupText, { line: at(groupText), level: 2 });
      for (const requirement of arr(group.requirements).filter(isObject)) {
        for (const value of [str(requirement.title), str(requirement.description)]) if (value) sink.add("list-item", value, { line: at(value), level: 2 });
      }
    }
  }
  arr(t.documents)
    .filter(isObject)
    .forEach((raw, i) => {
      const d = tender.documents?.[i] ?? {};
      const label = [d.title, d.documentType ? `(${d.documentType})` : undefined, d.url].filter(Boolean).join(" ");
      if (label) sink.add("list-item", label, { line: at(d.title ?? d.url ?? ""), level: 1 });
      const about = str(raw.description);
      if (about) sink.add("paragraph", about, { line: at(about) });
    });
  return tender;
}
