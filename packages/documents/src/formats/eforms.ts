import type { Tender } from "@ethiek/schemas";
import { ExtractionFailure } from "../errors.js";
import type { SegmentSink } from "../text.js";
import { first, select, textOf, type XmlElement } from "./xml.js";
import { isDateTime } from "./ocds.js";

const notices = new Set(["ContractNotice", "PriorInformationNotice", "ContractAwardNotice"]);

// eForms procedure types (BT-105) mapped to OCDS procurementMethod, as the OCDS eForms profile does.
const methodOf: Record<string, NonNullable<Tender["procurementMethod"]>> = {
  open: "open",
  restricted: "selective",
  "neg-w-call": "selective",
  "comp-dial": "selective",
  innovation: "selective",
  "neg-wo-call": "limited",
};
const methodLabel: Record<string, string> = {
  open: "openbare procedure / open procedure",
  restricted: "niet-openbare procedure / restricted procedure",
  "neg-w-call": "mededingingsprocedure met onderhandeling / competitive procedure with negotiation",
  "comp-dial": "concurrentiegerichte dialoog / competitive dialogue",
  innovation: "innovatiepartnerschap / innovation partnership",
  "neg-wo-call": "onderhandelingsprocedure zonder voorafgaande bekendmaking / negotiated without prior publication",
  "oth-single": "andere procedure in één fase / other single-stage procedure",
  "oth-mult": "andere procedure in meerdere fasen / other multi-stage procedure",
};
const natureOf: Record<string, NonNullable<Tender["mainProcurementCategory"]>> = {
  services: "services",
  supplies: "goods",
  works: "works",
};

const clean = (e: XmlElement | undefined): string | undefined => {
  const t = e ? textOf(e).replace(/\s+/g, " ").trim() : "";
  return t === "" ? undefined : t;
};

/**
 * An eForms notice (UBL ContractNotice and friends): the key fields of `eforms-key-fields.csv`
 * (BT-21 title, BT-24 description, BT-262/263 CPV, BT-105 procedure, BT-500 buyer, BT-27 value,
 * BT-131 deadline, BT-15 documents) as a tender manifest and as text segments.
 */
export function readEforms(root: XmlElement, sink: SegmentSink): Tender {
  if (!notices.has(root.local)) throw new ExtractionFailure("NOT_EFORMS", {}, `root element ${root.name}`);
  const project = first(root, ["ProcurementProject"]);
  const lots = select(root, ["ProcurementProjectLot"]);
  const titleEl = first(root, ["ProcurementProject", "Name"]) ?? (lots[0] ? first(lots[0], ["ProcurementProject", "Name"]) : undefined);
  const title = clean(titleEl) ?? clean(first(root, ["ContractFolderID"])) ?? "eForms notice";
  const tender: Tender = { title };
  const id = clean(first(root, ["ProcurementProject", "ID"])) ?? clean(first(root, ["ContractFolderID"]));
  if (id) tender.id = id;
  const descriptionEl = first(root, ["ProcurementProject", "Description"]);
  const description = clean(descriptionEl);
  if (description) tender.description = description;
  const lang = (titleEl?.attrs.languageID ?? clean(first(root, ["NoticeLanguageCode"])) ?? "").toUpperCase();
  if (lang === "NLD") tender.language = "nl";
  else if (lang === "ENG") tender.language = "en";

  // BT-500: the buyer's name is in the organisations extension, found by the id in ContractingParty.
  const buyerRef = clean(first(root, ["ContractingParty", "Party", "PartyIdentification", "ID"]));
  const organisations = select(root, ["UBLExtensions", "UBLExtension", "ExtensionContent", "EformsExtension", "Organizations", "Organization", "Company"]);
  const buyerOrg = organisations.find((o) => clean(first(o, ["PartyIdentification", "ID"])) === buyerRef) ?? (buyerRef ? undefined : organisations[0]);
  const buyerNameEl = buyerOrg ? first(buyerOrg, ["PartyName", "Name"]) : undefined;
  const buyerName = clean(buyerNameEl);
  if (buyerName) {
    tender.buyer = { name: buyerName };
    const companyId = clean(buyerOrg ? first(buyerOrg, ["PartyLegalEntity", "CompanyID"]) : undefined) ?? buyerRef;
    if (companyId) tender.buyer.id = companyId;
  }

  const cpv = (p: XmlElement | undefined): { main?: XmlElement; extra: XmlElement[] } => {
    if (!p) return { extra: [] };
    const main = first(p, ["MainCommodityClassification", "ItemClassificationCode"]);
    return { ...(main ? { main } : {}), extra: select(p, ["AdditionalCommodityClassification", "ItemClassificationCode"]) };
  };
  const item = (p: XmlElement | undefined, itemId: string | undefined, itemDescription: string | undefined): NonNullable<Tender["items"]>[number] | null => {
    const { main, extra } = cpv(p);
    const mainCode = clean(main);
    if (!mainCode && !itemDescription) return null;
    const out: NonNullable<Tender["items"]>[number] = {};
    if (itemId) out.id = itemId;
    if (itemDescription) out.description = itemDescription;
    if (mainCode) out.classification = { scheme: "CPV", id: mainCode };
    const extras = extra.map(clean).filter((c): c is string => c !== undefined).map((c) => ({ scheme: "CPV", id: c }));
    if (extras.length > 0) out.additionalClassifications = extras;
    return out;
  };
  const items: NonNullable<Tender["items"]> = [];
  const itemLines: number[] = [];
  const procedureItem = item(project, undefined, undefined);
  if (procedureItem) {
    items.push(procedureItem);
    itemLines.push(cpv(project).main?.line ?? project?.line ?? 1);
  }
  for (const lot of lots) {
    const lotProject = first(lot, ["ProcurementProject"]);
    const lotItem = item(lotProject, clean(first(lot, ["ID"])), clean(lotProject ? first(lotProject, ["Name"]) : undefined));
    if (lotItem) {
      items.push(lotItem);
      itemLines.push(lot.line);
    }
  }
  if (items.length > 0) tender.items = items;

  const amountEl = first(root, ["ProcurementProject", "RequestedTenderTotal", "EstimatedOverallContractAmount"]);
  const amount = Number(clean(amountEl));
  const currency = amountEl?.attrs.currencyID;
  if (amountEl && Number.isFinite(amount) && amount >= 0 && currency && /^[A-Z]{3}$/.test(currency)) tender.value = { amount, currency };

  const procedureEl = first(root, ["TenderingProcess", "ProcedureCode"]);
  const procedure = clean(procedureEl);
  if (procedure) {
    const method = methodOf[procedure];
    if (method) tender.procurementMethod = method;
    tender.procurementMethodDetails = methodLabel[procedure] ?? procedure;
  }
  const nature = clean(first(root, ["ProcurementProject", "ProcurementTypeCode"]));
  if (nature && natureOf[nature]) tender.mainProcurementCategory = natureOf[nature];

  const deadlinePeriod = lots.map((l) => first(l, ["TenderingProcess", "TenderSubmissionDeadlinePeriod"])).find((x) => x !== undefined);
  if (deadlinePeriod) {
    const date = clean(first(deadlinePeriod, ["EndDate"]));
    const time = clean(first(deadlinePeriod, ["EndTime"])) ?? "23:59:59";
    const m = date?.match(/^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$/);
    const tm = time.match(/^(\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?$/);
    if (m && tm) {
      const value = `${m[1]}T${tm[1]}${tm[2] ?? m[2] ?? "Z"}`;
      if (isDateTime(value)) tender.submissionDeadlineAt = value;
    }
  }
  const documents: NonNullable<Tender["documents"]> = [];
  for (const lot of lots) {
    for (const ref of select(lot, ["TenderingTerms", "CallForTendersDocumentReference"])) {
      const uri = clean(first(ref, ["Attachment", "ExternalReference", "URI"]));
      const doc: NonNullable<Tender["documents"]>[number] = {};
      const docId = clean(first(ref, ["ID"]));
      if (docId) doc.id = docId;
      const type = clean(first(ref, ["DocumentType"]));
      if (type) doc.documentType = type;
      if (uri && /^[a-z][a-z0-9+.-]*:/i.test(uri)) doc.url = uri;
      if (Object.keys(doc).length > 0) documents.push(doc);
    }
  }
  if (documents.length > 0) tender.documents = documents;

  sink.add("heading", title, { line: titleEl?.line ?? 1, level: 1 });
  if (description) sink.add("paragraph", description, { line: descriptionEl?.line ?? 1 });
  if (buyerName) sink.add("metadata", `Aanbestedende dienst / buyer: ${buyerName}`, { line: buyerNameEl?.line ?? 1 });
  if (procedure) sink.add("metadata", `Procedure: ${tender.procurementMethodDetails ?? procedure}`, { line: procedureEl?.line ?? 1 });
  items.forEach((it, i) => {
    const codes = [it.classification, ...(it.additionalClassifications ?? [])].filter((c) => c !== undefined).map((c) => `${c.scheme} ${c.id}`);
    sink.add("list-item", [it.id, it.description, codes.join("; ")].filter(Boolean).join(" – "), { line: itemLines[i] ?? 1, level: 1 });
  });
  for (const d of documents) sink.add("list-item", [d.documentType, d.url].filter(Boolean).join(" "), { line: 1, level: 1 });
  // Award criteria descriptions (BT-540) are often where ethical requirements are stated.
  for (const lot of lots) {
    for (const criterion of select(lot, ["TenderingTerms", "AwardingTerms", "AwardingCriterion", "SubordinateAwardingCriterion", "Description"])) {
      sink.add("paragraph", textOf(criterion), { line: criterion.line });
    }
  }
  return tender;
}
