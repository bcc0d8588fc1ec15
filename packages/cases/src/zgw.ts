import type {
  Case,
  CaseStatus,
  ZgwArchiveSettings,
  ZgwGerelateerdZaaktype,
  ZgwResultArchiveSettings,
  ZgwCaseExport,
  ZgwResultaattype,
  ZgwRol,
  ZgwRoltype,
  ZgwStatustype,
  ZgwZaaktype,
} from "@ethiek/schemas";
import { STATUS_LABELS } from "./lifecycle.js";

/** Where the case will live in the province's case system, and who registers it. */
export interface ZgwOptions {
  /** Base URL of the Zaken API, e.g. https://zaken.example.nl/zaken/api/v1 */
  readonly zakenApiUrl: string;
  /** Base URL of the Catalogi API, e.g. https://zaken.example.nl/catalogi/api/v1 */
  readonly catalogiApiUrl: string;
  /** The catalogue the zaaktype belongs to (a URL in the Catalogi API). */
  readonly catalogusUrl: string;
  /** RSIN (9 digits) of the organisation that registers the zaak. */
  readonly bronorganisatie: string;
  /** RSIN of the organisation responsible for the zaak; defaults to `bronorganisatie`. */
  readonly verantwoordelijkeOrganisatie?: string;
  /** Include the contact person and reflection authors as roles (personal data); default false. */
  readonly includePersons?: boolean;
  /** ISO 8601 duration for the zaaktype's lead time; default P90D. */
  readonly doorlooptijd?: string;
  /** Start of validity of the zaaktype (date); default the case's registration date. */
  readonly beginGeldigheid?: string;
  /** Archiving settings of the zaaktype and its result types (Archiefwet); see {@link ZGW_ARCHIVE_DEFAULTS}. */
  readonly archive?: ZgwArchiveOptions;
}

/** The three results an ethics case can end with. */
export type ZgwResultKey = "closed" | "declined" | "withdrawn";

/**
 * How the records of one result type are kept: what the Selectielijst says about it
 * (`resultaattypeomschrijving`, `selectielijstklasse`: URLs in the Selectielijst API;
 * `archiefnominatie`: `blijvend_bewaren` or `vernietigen`; `archiefactietermijn`: an ISO 8601
 * period such as P10Y). Shape: `ZgwResultArchiveSettings` in schemas/zgw-sync.schema.json.
 */
export type ZgwResultArchive = Required<ZgwResultArchiveSettings>;

/** A related zaaktype (`gerelateerdeZaaktypen`). */
export type ZgwRelatedZaaktype = ZgwGerelateerdZaaktype;

/**
 * Archiving settings (`ZgwArchiveSettings` in schemas/zgw-sync.schema.json): per result type
 * (`results.closed|declined|withdrawn`), the zaaktype's `selectielijstProcestype`, `besluittypen`,
 * `gerelateerdeZaaktypen` and `verantwoordelijke`. What is missing takes {@link ZGW_ARCHIVE_DEFAULTS}.
 */
export type ZgwArchiveOptions = ZgwArchiveSettings;

const SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1";

/**
 * The archiving defaults. The Selectielijst URLs are those Open Zaak's own test data uses for a
 * result "Afgehandeld" and "Geweigerd" (generic descriptions) with a matching class; a province
 * must check them with its records manager against its own selection list before production,
 * because a real case system checks each URL against the Selectielijst API. A closed case is kept
 * for good (it is moresprudentie); a declined or withdrawn one is destroyed after ten years.
 */
export const ZGW_ARCHIVE_DEFAULTS: {
  readonly results: Readonly<Record<ZgwResultKey, ZgwResultArchive>>;
  readonly verantwoordelijke: string;
} = {
  results: {
    closed: {
      resultaattypeomschrijving: `${SELECTIELIJST}/resultaattypeomschrijvingen/7cb315fb-4f7b-4a43-aca1-e4522e4c73b3`,
      selectielijstklasse: `${SELECTIELIJST}/resultaten/8af64c99-a168-40dd-8afd-9fbe0597b6dc`,
      archiefnominatie: "blijvend_bewaren",
      archiefactietermijn: "P10Y",
    },
    declined: {
      resultaattypeomschrijving: `${SELECTIELIJST}/resultaattypeomschrijvingen/1f750958-431c-4916-bc01-af5d3a753b41`,
      selectielijstklasse: `${SELECTIELIJST}/resultaten/8af64c99-a168-40dd-8afd-9fbe0597b6dc`,
      archiefnominatie: "vernietigen",
      archiefactietermijn: "P10Y",
    },
    withdrawn: {
      resultaattypeomschrijving: `${SELECTIELIJST}/resultaattypeomschrijvingen/7cb315fb-4f7b-4a43-aca1-e4522e4c73b3`,
      selectielijstklasse: `${SELECTIELIJST}/resultaten/8af64c99-a168-40dd-8afd-9fbe0597b6dc`,
      archiefnominatie: "vernietigen",
      archiefactietermijn: "P10Y",
    },
  },
  verantwoordelijke: "Ethische commissie",
};

// Deterministic UUIDs (version 8, RFC 9562 "custom") so a second export of the same case gives
// the same resources and the case system can update instead of duplicate.
function uuidFor(key: string): string {
  const words: number[] = [];
  for (let seed = 0; seed < 4; seed++) {
    let h = 0x811c9dc5 ^ (seed * 0x9e3779b9);
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    words.push(h >>> 0);
  }
  const hex = words.map((w) => w.toString(16).padStart(8, "0")).join("").split("");
  hex[12] = "8";
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/** Where the tags of a case go among the zaak's `kenmerken` (the `bron` of each). */
export const ZGW_TAG_SOURCES = { values: "ethiek-waarde", technologies: "ethiek-technologie", policyDomains: "ethiek-beleidsdomein" } as const;

/** How `followsAdvice` reads in the decision maker's role explanation. */
export const FOLLOWS_ADVICE = { yes: "ja", partly: "deels", no: "nee" } as const;

/**
 * The identification of an organisation in a ZGW role: an RSIN (9 digits) is `innNnpId`; another
 * key of at most 17 characters is `annIdentificatie`; a longer key does not fit and is left out.
 */
export function organisationIdentification(id: string | undefined): { innNnpId?: string; annIdentificatie?: string } {
  if (id === undefined) return {};
  if (/^[0-9]{9}$/.test(id)) return { innNnpId: id };
  return id.length <= 17 ? { annIdentificatie: id } : {};
}

export const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const base = (u: string) => u.replace(/\/+$/, "");

/** The ZGW status types of the ethics-case zaaktype, in order; the last one ends the zaak. */
export const ZGW_STATUSTYPEN: readonly { key: string; omschrijving: string; generiek: string }[] = [
  { key: "submitted", omschrijving: "Ingediend", generiek: "Ontvangen" },
  { key: "accepted", omschrijving: "In behandeling genomen", generiek: "In behandeling" },
  { key: "in-analysis", omschrijving: "In analyse", generiek: "In behandeling" },
  { key: "reflection-given", omschrijving: "Reflectie gegeven", generiek: "Advies gegeven" },
  { key: "decision-recorded", omschrijving: "Besluit vastgelegd", generiek: "Besluit genomen" },
  { key: "closed", omschrijving: "Afgesloten", generiek: "Afgehandeld" },
];

// declined and withdrawn end the zaak too; ZGW has one end status, so they map to it and the
// resultaat tells them apart.
const STATUS_TO_TYPE: Readonly<Record<CaseStatus, string>> = {
  submitted: "submitted",
  accepted: "accepted",
  "in-analysis": "in-analysis",
  "reflection-given": "reflection-given",
  "decision-recorded": "decision-recorded",
  closed: "closed",
  declined: "closed",
  withdrawn: "closed",
};

export const ZGW_RESULTAATTYPEN: readonly { key: ZgwResultKey; omschrijving: string; toelichting: string }[] = [
  { key: "closed", omschrijving: "Afgehandeld", toelichting: "De commissie gaf een niet-bindende reflectie en de organisatie legde haar besluit vast." },
  { key: "declined", omschrijving: "Buiten mandaat", toelichting: "De commissie nam de casus niet in behandeling, met reden." },
  { key: "withdrawn", omschrijving: "Ingetrokken", toelichting: "De casus is ingetrokken, met reden." },
];

export const ZGW_ROLTYPEN = [
  { key: "initiator", omschrijving: "Indienende organisatie", generiek: "initiator" },
  { key: "behandelaar", omschrijving: "Ethische commissie of adviseur", generiek: "behandelaar" },
  { key: "beslisser", omschrijving: "Besluitvormer van de organisatie", generiek: "beslisser" },
  { key: "belanghebbende", omschrijving: "Belanghebbende groep", generiek: "belanghebbende" },
  { key: "contact", omschrijving: "Contactpersoon indiener", generiek: "mede_initiator" },
  { key: "adviseur", omschrijving: "Auteur van de reflectie", generiek: "adviseur" },
] as const;

export const ZGW_VERTROUWELIJKHEID = { public: "openbaar", internal: "intern", confidential: "vertrouwelijk" } as const;

/**
 * Maps a case onto the shapes of the ZGW Zaken and Catalogi APIs (zaaktype with its status,
 * result and role types; zaak; a status per lifecycle event; the resultaat of a finished case;
 * roles), so a province can file the case in its own case system. The mapping is documented in
 * docs/cases-zgw.md. Pure: it builds the JSON, it does not call the APIs.
 *
 * @example
 * const zgw = toZgw(c, { zakenApiUrl, catalogiApiUrl, catalogusUrl, bronorganisatie: "002220647" });
 * // POST zgw.zaak to /zaken, then each of zgw.statussen to /statussen, …
 */
export function toZgw(c: Case, options: ZgwOptions): ZgwCaseExport {
  const zaken = base(options.zakenApiUrl);
  const catalogi = base(options.catalogiApiUrl);
  const typeKey = "ethiek-casus";
  const archive = options.archive ?? {};
  const zaaktypeUrl = `${catalogi}/zaaktypen/${uuidFor(typeKey)}`;
  const statustypeUrl = (key: string) => `${catalogi}/statustypen/${uuidFor(`${typeKey}/status/${key}`)}`;
  const resultaattypeUrl = (key: string) => `${catalogi}/resultaattypen/${uuidFor(`${typeKey}/resultaat/${key}`)}`;
  const roltypeUrl = (key: string) => `${catalogi}/roltypen/${uuidFor(`${typeKey}/rol/${key}`)}`;
  const registratiedatum = c.createdAt.slice(0, 10);

  const statustypen: ZgwStatustype[] = ZGW_STATUSTYPEN.map((t, i) => ({
    url: statustypeUrl(t.key),
    zaaktype: zaaktypeUrl,
    omschrijving: t.omschrijving,
    omschrijvingGeneriek: t.generiek,
    volgnummer: i + 1,
    isEindstatus: i === ZGW_STATUSTYPEN.length - 1,
  }));
  const resultaattypen: ZgwResultaattype[] = ZGW_RESULTAATTYPEN.map((r) => {
    const a = { ...ZGW_ARCHIVE_DEFAULTS.results[r.key], ...archive.results?.[r.key] };
    return {
      url: resultaattypeUrl(r.key),
      zaaktype: zaaktypeUrl,
      omschrijving: r.omschrijving,
      toelichting: r.toelichting,
      resultaattypeomschrijving: a.resultaattypeomschrijving,
      selectielijstklasse: a.selectielijstklasse,
      archiefnominatie: a.archiefnominatie,
      archiefactietermijn: a.archiefactietermijn,
      brondatumArchiefprocedure: { afleidingswijze: "afgehandeld" },
      besluittypen: [],
    };
  });
  const roltypen: ZgwRoltype[] = ZGW_ROLTYPEN.map((r) => ({
    url: roltypeUrl(r.key),
    zaaktype: zaaktypeUrl,
    omschrijving: r.omschrijving,
    omschrijvingGeneriek: r.generiek,
  }));
  const zaaktype: ZgwZaaktype = {
    url: zaaktypeUrl,
    identificatie: "ETHIEK-CASUS",
    omschrijving: "Ethische casus",
    vertrouwelijkheidaanduiding: "intern",
    doel: "Een ethische commissie of adviseur geeft een niet-bindende reflectie op een vraag over data, algoritmen of technologie; de organisatie legt daarna haar besluit vast.",
    aanleiding: "Een organisatie legt een ethische vraag of casus voor.",
    indicatieInternOfExtern: "extern",
    handelingInitiator: "Indienen",
    onderwerp: "Ethische casus",
    handelingBehandelaar: "Reflecteren",
    doorlooptijd: options.doorlooptijd ?? "P90D",
    opschortingEnAanhoudingMogelijk: false,
    verlengingMogelijk: false,
    publicatieIndicatie: false,
    productenOfDiensten: [],
    referentieproces: { naam: "Ethische reflectie (ethiek)" },
    verantwoordelijke: cut(archive.verantwoordelijke ?? ZGW_ARCHIVE_DEFAULTS.verantwoordelijke, 50),
    besluittypen: [...(archive.besluittypen ?? [])],
    deelzaaktypen: [],
    gerelateerdeZaaktypen: (archive.gerelateerdeZaaktypen ?? []).map((g) => ({ ...g })),
    ...(archive.selectielijstProcestype ? { selectielijstProcestype: archive.selectielijstProcestype } : {}),
    catalogus: options.catalogusUrl,
    statustypen: statustypen.map((s) => s.url),
    resultaattypen: resultaattypen.map((r) => r.url),
    roltypen: roltypen.map((r) => r.url),
    beginGeldigheid: options.beginGeldigheid ?? registratiedatum,
    versiedatum: options.beginGeldigheid ?? registratiedatum,
  };

  const zaakUuid = uuidFor(`zaak/${c.id}`);
  const zaakUrl = `${zaken}/zaken/${zaakUuid}`;
  const last = c.events[c.events.length - 1]!;
  const finished = last.to === "closed" || last.to === "declined" || last.to === "withdrawn";
  const accepted = c.events.find((e) => e.to === "accepted");
  const kenmerken = [
    { kenmerk: c.id.slice(0, 40), bron: "ethiek" },
    ...(c.links?.tenderCheckIds ?? []).map((id) => ({ kenmerk: cut(id, 40), bron: "ethiek-aanbestedingstoets" })),
    ...(c.links?.algorithmRegister ?? []).map((r) => ({ kenmerk: cut(r.id, 40), bron: "algoritmeregister" })),
    // Tags carry the facets of moresprudentie search into the case system and back (pull).
    ...(Object.keys(ZGW_TAG_SOURCES) as (keyof typeof ZGW_TAG_SOURCES)[]).flatMap((facet) =>
      c.tags[facet].filter((t) => t.length <= 40).map((t) => ({ kenmerk: t, bron: ZGW_TAG_SOURCES[facet] })),
    ),
  ];
  const zaak = {
    url: zaakUrl,
    uuid: zaakUuid,
    identificatie: c.id.slice(0, 40),
    bronorganisatie: options.bronorganisatie,
    omschrijving: cut(c.title, 80),
    toelichting: cut(c.question, 1000),
    zaaktype: zaaktypeUrl,
    registratiedatum,
    verantwoordelijkeOrganisatie: options.verantwoordelijkeOrganisatie ?? options.bronorganisatie,
    startdatum: (accepted?.at ?? c.createdAt).slice(0, 10),
    einddatum: finished ? last.at.slice(0, 10) : null,
    vertrouwelijkheidaanduiding: ZGW_VERTROUWELIJKHEID[c.confidentiality],
    kenmerken,
  };

  const statussen = c.events.map((e, i) => ({
    url: `${zaken}/statussen/${uuidFor(`zaak/${c.id}/status/${i}`)}`,
    zaak: zaakUrl,
    statustype: statustypeUrl(STATUS_TO_TYPE[e.to]),
    datumStatusGezet: e.at,
    statustoelichting: cut(`${STATUS_LABELS[e.to].nl[0]!.toUpperCase()}${STATUS_LABELS[e.to].nl.slice(1)}${e.reason ? `: ${e.reason}` : ""}`, 1000),
  }));

  const rol = (key: string, n: number, betrokkeneType: string, roltoelichting: string, betrokkeneIdentificatie: ZgwRol["betrokkeneIdentificatie"]): ZgwRol => ({
    url: `${zaken}/rollen/${uuidFor(`zaak/${c.id}/rol/${key}/${n}`)}`,
    zaak: zaakUrl,
    betrokkeneType,
    roltype: roltypeUrl(key),
    roltoelichting: cut(roltoelichting, 1000),
    betrokkeneIdentificatie,
  });
  const rollen: ZgwRol[] = [
    rol("initiator", 0, "niet_natuurlijk_persoon", c.requester.department ? `Afdeling: ${c.requester.department}` : "Indienende organisatie", {
      statutaireNaam: cut(c.requester.organisation.name, 500),
      ...organisationIdentification(c.requester.organisation.id),
    }),
  ];
  if (c.to) {
    rollen.push(
      rol("behandelaar", 0, "organisatorische_eenheid", c.to.reason ?? "Behandelende commissie", {
        identificatie: cut(c.to.bodyId ?? c.to.name, 24),
        naam: cut(c.to.name, 50),
      }),
    );
  }
  if (c.decision) {
    const d = c.decision;
    rollen.push(
      rol("beslisser", 0, "organisatorische_eenheid", `Besluit van ${d.decidedDate} (advies gevolgd: ${FOLLOWS_ADVICE[d.followsAdvice]}): ${d.text}`, {
        identificatie: cut(d.decidedBy, 24),
        naam: cut(d.decidedBy, 50),
      }),
    );
  }
  (c.stakeholders ?? []).forEach((s, i) =>
    rollen.push(rol("belanghebbende", i, "niet_natuurlijk_persoon", s.interest ?? "Belanghebbende groep", { statutaireNaam: cut(s.name, 500) })),
  );
  if (options.includePersons) {
    const contact = c.requester.contact;
    if (contact) rollen.push(rol("contact", 0, "natuurlijk_persoon", contact.role ?? "Contactpersoon", { geslachtsnaam: cut(contact.name, 200) }));
    (c.reflections ?? [])
      .flatMap((r) => r.authors)
      .forEach((a, i) => rollen.push(rol("adviseur", i, "medewerker", a.role ?? "Auteur van de reflectie", { achternaam: cut(a.name, 200) })));
  }

  const resultKey = last.to === "closed" || last.to === "declined" || last.to === "withdrawn" ? last.to : null;
  return {
    zaaktype,
    statustypen,
    resultaattypen,
    roltypen,
    zaak,
    statussen,
    ...(resultKey
      ? {
          resultaat: {
            url: `${zaken}/resultaten/${uuidFor(`zaak/${c.id}/resultaat`)}`,
            zaak: zaakUrl,
            resultaattype: resultaattypeUrl(resultKey),
            toelichting: cut(
              resultKey === "closed"
                ? `${c.decision ? `Besluit: ${c.decision.text}` : "Afgehandeld"}`
                : `${STATUS_LABELS[resultKey].nl}: ${last.reason ?? ""}`,
              1000,
            ),
          },
        }
      : {}),
    rollen,
  };
}
