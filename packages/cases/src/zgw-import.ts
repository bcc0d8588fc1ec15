import type { Case, CaseConfidentiality, CaseEvent, CaseStatus } from "@ethiek/schemas";
import { type Result, fail, ok } from "./errors.js";
import { STATUS_LABELS } from "./lifecycle.js";
import {
  FOLLOWS_ADVICE,
  ZGW_RESULTAATTYPEN,
  ZGW_ROLTYPEN,
  ZGW_STATUSTYPEN,
  ZGW_TAG_SOURCES,
  type ZgwResultKey,
  cut,
  organisationIdentification,
} from "./zgw.js";

/**
 * The fields of ZGW resources that the import reads. A case system sends more; the rest is
 * ignored. Shapes as in the Zaken API 1.5 and Catalogi API 1.3 (responses).
 */
export interface ZgwRemoteZaak {
  readonly url: string;
  readonly identificatie?: string;
  readonly bronorganisatie?: string;
  readonly omschrijving?: string;
  readonly toelichting?: string;
  readonly registratiedatum?: string;
  readonly vertrouwelijkheidaanduiding?: string;
  readonly kenmerken?: readonly { readonly kenmerk: string; readonly bron: string }[];
}
export interface ZgwRemoteStatus {
  readonly statustype: string;
  readonly datumStatusGezet: string;
  readonly statustoelichting?: string;
}
export interface ZgwRemoteRol {
  readonly roltype: string;
  readonly betrokkeneType?: string;
  readonly roltoelichting?: string;
  readonly betrokkeneIdentificatie?: object | null;
}
export interface ZgwRemoteResultaat {
  readonly resultaattype: string;
  readonly toelichting?: string;
}
export interface ZgwRemoteType {
  readonly url: string;
  readonly omschrijving: string;
  readonly omschrijvingGeneriek?: string;
}

/** One zaak as read from a ZGW installation, with everything that belongs to it. */
export interface ZgwZaakBundle {
  readonly zaak: ZgwRemoteZaak;
  readonly statussen: readonly ZgwRemoteStatus[];
  readonly rollen: readonly ZgwRemoteRol[];
  readonly resultaat?: ZgwRemoteResultaat | null;
  /** The status, result and role types of the zaak's zaaktype. */
  readonly statustypen: readonly ZgwRemoteType[];
  readonly resultaattypen: readonly ZgwRemoteType[];
  readonly roltypen: readonly ZgwRemoteType[];
}

export type ZgwImportErrorCode = "UNKNOWN_STATUSTYPE" | "UNKNOWN_RESULTAATTYPE" | "NO_IDENTIFICATIE";

/** Why a zaak could not become a case; `zaak` is its URL. */
export interface ZgwImportError {
  readonly code: ZgwImportErrorCode;
  readonly zaak: string;
  readonly message: string;
  readonly messageEn: string;
}

/** Options shared by the export and its projection. */
export interface ZgwProjectionOptions {
  /** Whether persons were exported (`includePersons` of `toZgw`). */
  readonly includePersons?: boolean;
}

/** The actor of every event that comes from a case system (ZGW does not record who set a status). */
export const ZGW_ACTOR = "zgw";

const label = (s: CaseStatus) => `${STATUS_LABELS[s].nl[0]!.toUpperCase()}${STATUS_LABELS[s].nl.slice(1)}`;

const CONFIDENTIALITY: Readonly<Record<string, CaseConfidentiality>> = {
  openbaar: "public",
  beperkt_openbaar: "internal",
  intern: "internal",
  zaakvertrouwelijk: "confidential",
  vertrouwelijk: "confidential",
  confidentieel: "confidential",
  geheim: "confidential",
  zeer_geheim: "confidential",
};

const RESULT_KEYS: ReadonlySet<string> = new Set<ZgwResultKey>(["closed", "declined", "withdrawn"]);
const ADVICE_FROM_TEXT = Object.fromEntries(Object.entries(FOLLOWS_ADVICE).map(([k, v]) => [v, k])) as Record<string, "yes" | "partly" | "no">;
const DECISION = /^Besluit van ([0-9]{4}-[0-9]{2}-[0-9]{2}) \(advies gevolgd: (ja|deels|nee)\): ([\s\S]+)$/;

const text = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);

/**
 * Turns a zaak of the ethics zaaktype, read from a ZGW installation, into a case for the
 * moresprudentie: lifecycle events from the statussen, the requester, commission, decision maker
 * and groups from the rollen, the outcome from the resultaat, the tags from the kenmerken. It is
 * the inverse of {@link toZgw} on what ZGW carries ({@link zgwProjection}); a zaak made by hand in
 * the case system also imports, with defaults where it lacks something. Pure.
 *
 * @example
 * const r = fromZgw({ zaak, statussen, rollen, resultaat, statustypen, resultaattypen, roltypen });
 * if (r.ok) index.add(r.value);
 */
export function fromZgw(bundle: ZgwZaakBundle): Result<Case, ZgwImportError> {
  const { zaak } = bundle;
  const problem = (code: ZgwImportErrorCode, message: string, messageEn: string) => fail<ZgwImportError>({ code, zaak: zaak.url, message, messageEn });
  const rawId = text(zaak.identificatie);
  if (rawId === undefined) return problem("NO_IDENTIFICATIE", `De zaak ${zaak.url} heeft geen identificatie.`, `The zaak ${zaak.url} has no identificatie.`);
  const id = rawId.replace(/[^A-Za-z0-9._-]/g, "-").replace(/^[^A-Za-z0-9]/, "z").slice(0, 100);

  const statusKey = new Map(bundle.statustypen.map((t) => [t.url, ZGW_STATUSTYPEN.find((s) => s.omschrijving === t.omschrijving)?.key]));
  const resultKey = new Map(bundle.resultaattypen.map((t) => [t.url, ZGW_RESULTAATTYPEN.find((r) => r.omschrijving === t.omschrijving)?.key]));
  const rolKey = new Map(
    bundle.roltypen.map((t) => [t.url, ZGW_ROLTYPEN.find((r) => r.omschrijving === t.omschrijving)?.key ?? ZGW_ROLTYPEN.find((r) => r.generiek === t.omschrijvingGeneriek)?.key]),
  );

  let outcome: ZgwResultKey | undefined;
  if (bundle.resultaat) {
    outcome = resultKey.get(bundle.resultaat.resultaattype);
    if (outcome === undefined) {
      return problem("UNKNOWN_RESULTAATTYPE", `Het resultaattype ${bundle.resultaat.resultaattype} hoort niet bij het zaaktype van ethische casussen.`, `The result type ${bundle.resultaat.resultaattype} is not one of the ethics zaaktype.`);
    }
  }

  const statussen = [...bundle.statussen].sort((a, b) => Date.parse(a.datumStatusGezet) - Date.parse(b.datumStatusGezet));
  const events: CaseEvent[] = [];
  for (const [i, s] of statussen.entries()) {
    const key = statusKey.get(s.statustype);
    if (key === undefined) {
      return problem("UNKNOWN_STATUSTYPE", `Het statustype ${s.statustype} hoort niet bij het zaaktype van ethische casussen.`, `The status type ${s.statustype} is not one of the ethics zaaktype.`);
    }
    const to = (key === "closed" && i === statussen.length - 1 && outcome !== undefined && RESULT_KEYS.has(outcome) ? outcome : key) as CaseStatus;
    const note = text(s.statustoelichting);
    const reason = note === undefined || note === label(to) ? undefined : note.startsWith(`${label(to)}: `) ? text(note.slice(label(to).length + 2)) : note;
    const at = /[zZ]|[+-][0-9]{2}:?[0-9]{2}$/.test(s.datumStatusGezet) ? s.datumStatusGezet : new Date(`${s.datumStatusGezet}Z`).toISOString();
    events.push({ from: events.at(-1)?.to ?? null, to, actor: ZGW_ACTOR, at, ...(reason ? { reason } : {}) });
  }
  if (events.length === 0) {
    events.push({ from: null, to: "submitted", actor: ZGW_ACTOR, at: `${zaak.registratiedatum ?? "1970-01-01"}T00:00:00Z` });
  }

  const rollen = bundle.rollen.map((r) => ({ key: rolKey.get(r.roltype), note: text(r.roltoelichting), who: (r.betrokkeneIdentificatie ?? {}) as Record<string, unknown> }));
  const initiator = rollen.find((r) => r.key === "initiator");
  const behandelaar = rollen.find((r) => r.key === "behandelaar");
  const beslisser = rollen.find((r) => r.key === "beslisser");
  const contact = rollen.find((r) => r.key === "contact");
  const orgId = text(initiator?.who.innNnpId) ?? text(initiator?.who.annIdentificatie);
  const department = initiator?.note?.startsWith("Afdeling: ") ? text(initiator.note.slice("Afdeling: ".length)) : undefined;
  const contactName = text(contact?.who.geslachtsnaam) ?? text(contact?.who.achternaam);

  const kenmerken = zaak.kenmerken ?? [];
  const tagsFrom = (bron: string) => [...new Set(kenmerken.filter((k) => k.bron === bron && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(k.kenmerk)).map((k) => k.kenmerk))];
  const tenderCheckIds = kenmerken.filter((k) => k.bron === "ethiek-aanbestedingstoets").map((k) => k.kenmerk);
  const algorithmRegister = kenmerken.filter((k) => k.bron === "algoritmeregister").map((k) => ({ id: k.kenmerk }));

  const decisionMatch = beslisser?.note ? DECISION.exec(beslisser.note) : null;
  const decidedBy = text(beslisser?.who.naam) ?? text(beslisser?.who.identificatie);
  const recipientName = text(behandelaar?.who.naam) ?? text(behandelaar?.who.identificatie);
  const recipientId = text(behandelaar?.who.identificatie);

  const c: Case = {
    schemaVersion: "1.0",
    id,
    title: cut(text(zaak.omschrijving) ?? rawId, 300),
    status: events.at(-1)!.to,
    requester: {
      organisation: { ...(orgId ? { id: orgId } : {}), name: text(initiator?.who.statutaireNaam) ?? `Organisatie ${zaak.bronorganisatie ?? "onbekend"}` },
      ...(department ? { department } : {}),
      ...(contactName ? { contact: { name: contactName, ...(contact?.note && contact.note !== "Contactpersoon" ? { role: contact.note } : {}) } } : {}),
    },
    ...(recipientName
      ? {
          to: {
            name: recipientName,
            ...(recipientId && recipientId !== cut(recipientName, 24) && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(recipientId) ? { bodyId: recipientId } : {}),
            ...(behandelaar?.note && behandelaar.note !== "Behandelende commissie" ? { reason: behandelaar.note } : {}),
          },
        }
      : {}),
    question: text(zaak.toelichting) ?? text(zaak.omschrijving) ?? rawId,
    ...(rollen.some((r) => r.key === "belanghebbende")
      ? {
          stakeholders: rollen
            .filter((r) => r.key === "belanghebbende" && text(r.who.statutaireNaam))
            .map((r) => ({ name: String(r.who.statutaireNaam), ...(r.note && r.note !== "Belanghebbende groep" ? { interest: r.note } : {}) })),
        }
      : {}),
    ...(tenderCheckIds.length + algorithmRegister.length > 0
      ? { links: { ...(tenderCheckIds.length ? { tenderCheckIds } : {}), ...(algorithmRegister.length ? { algorithmRegister } : {}) } }
      : {}),
    confidentiality: CONFIDENTIALITY[zaak.vertrouwelijkheidaanduiding ?? ""] ?? "confidential",
    tags: { values: tagsFrom(ZGW_TAG_SOURCES.values), technologies: tagsFrom(ZGW_TAG_SOURCES.technologies), policyDomains: tagsFrom(ZGW_TAG_SOURCES.policyDomains) },
    ...(decisionMatch && decidedBy
      ? { decision: { decidedDate: decisionMatch[1]!, decidedBy, text: decisionMatch[3]!, followsAdvice: ADVICE_FROM_TEXT[decisionMatch[2]!]! } }
      : {}),
    events: events as Case["events"],
    createdAt: events[0]!.at,
  };
  return ok(c);
}

/**
 * What of a case survives a trip through ZGW: the case as {@link fromZgw} gives it back after
 * {@link toZgw}. Kept: id, title (80 characters), question (1000), confidentiality, tags (up to
 * 40 characters each), links, the requester (organisation, its key when it fits a ZGW role,
 * department; the contact person only with `includePersons`), the commission (name, body, reason),
 * stakeholders, the decision (date, who, text, whether it follows the advice) and every lifecycle
 * event with its time and reason. Not kept: analyses, reflections, context, technology, the
 * decision's follow-up and review date, who made each step (ZGW records no actor: `zgw`).
 *
 * @example
 * expect(pulledCase).toEqual(zgwProjection(originalCase));
 */
export function zgwProjection(c: Case, options: ZgwProjectionOptions = {}): Case {
  const org = c.requester.organisation;
  const orgId = organisationIdentification(org.id);
  const contact = options.includePersons ? c.requester.contact : undefined;
  const stakeholders = c.stakeholders ?? [];
  const links = {
    ...(c.links?.tenderCheckIds?.length ? { tenderCheckIds: c.links.tenderCheckIds.map((id) => cut(id, 40)) } : {}),
    ...(c.links?.algorithmRegister?.length ? { algorithmRegister: c.links.algorithmRegister.map((r) => ({ id: cut(r.id, 40) })) } : {}),
  };
  const decidedBy = c.decision ? cut(c.decision.decidedBy, 50) : undefined;
  const decisionNote = c.decision ? cut(`Besluit van ${c.decision.decidedDate} (advies gevolgd: ${FOLLOWS_ADVICE[c.decision.followsAdvice]}): ${c.decision.text}`, 1000) : undefined;
  const decisionText = decisionNote ? DECISION.exec(decisionNote)?.[3] : undefined;
  const eventNote = (to: CaseStatus, reason: string | undefined) => {
    const note = cut(`${label(to)}${reason ? `: ${reason}` : ""}`, 1000);
    return note.startsWith(`${label(to)}: `) ? note.slice(label(to).length + 2) : undefined;
  };
  const events = c.events.map((e, i) => {
    const reason = eventNote(e.to, e.reason);
    return { from: i === 0 ? null : c.events[i - 1]!.to, to: e.to, actor: ZGW_ACTOR, at: e.at, ...(reason ? { reason } : {}) };
  });
  return {
    schemaVersion: "1.0",
    id: c.id.slice(0, 40),
    title: cut(c.title, 80),
    status: c.status,
    requester: {
      organisation: { ...((orgId.innNnpId ?? orgId.annIdentificatie) ? { id: (orgId.innNnpId ?? orgId.annIdentificatie)! } : {}), name: cut(org.name, 500) },
      ...(c.requester.department ? { department: cut(`Afdeling: ${c.requester.department}`, 1000).slice("Afdeling: ".length) } : {}),
      ...(contact ? { contact: { name: cut(contact.name, 200), ...(contact.role && contact.role !== "Contactpersoon" ? { role: cut(contact.role, 1000) } : {}) } } : {}),
    },
    ...(c.to
      ? {
          to: {
            name: cut(c.to.name, 50),
            ...(c.to.bodyId && cut(c.to.bodyId, 24) !== cut(cut(c.to.name, 50), 24) && c.to.bodyId.length <= 24 ? { bodyId: c.to.bodyId } : {}),
            ...(c.to.reason && c.to.reason !== "Behandelende commissie" ? { reason: cut(c.to.reason, 1000) } : {}),
          },
        }
      : {}),
    question: cut(c.question, 1000),
    ...(stakeholders.length
      ? { stakeholders: stakeholders.map((s) => ({ name: cut(s.name, 500), ...(s.interest && s.interest !== "Belanghebbende groep" ? { interest: cut(s.interest, 1000) } : {}) })) }
      : {}),
    ...(Object.keys(links).length ? { links } : {}),
    confidentiality: c.confidentiality,
    tags: {
      values: c.tags.values.filter((t) => t.length <= 40),
      technologies: c.tags.technologies.filter((t) => t.length <= 40),
      policyDomains: c.tags.policyDomains.filter((t) => t.length <= 40),
    },
    ...(c.decision && decidedBy && decisionText
      ? { decision: { decidedDate: c.decision.decidedDate, decidedBy, text: decisionText, followsAdvice: c.decision.followsAdvice } }
      : {}),
    events: events as Case["events"],
    createdAt: events[0]!.at,
  };
}
