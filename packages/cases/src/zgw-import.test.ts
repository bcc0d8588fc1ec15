import { validateCase, type Case } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { confidentialCase, openCase, precedents } from "../test/fixtures.js";
import { createCase, transition } from "./lifecycle.js";
import { PrecedentIndex } from "./search.js";
import { toZgw, type ZgwOptions } from "./zgw.js";
import { fromZgw, zgwProjection, type ZgwZaakBundle } from "./zgw-import.js";

const options: ZgwOptions = {
  zakenApiUrl: "https://zaken.example.nl/zaken/api/v1",
  catalogiApiUrl: "https://zaken.example.nl/catalogi/api/v1",
  catalogusUrl: "https://zaken.example.nl/catalogi/api/v1/catalogussen/1",
  bronorganisatie: "002220647",
};

/** What a case system holds after the export: the same resources, read back. */
function bundleOf(c: Case, o: ZgwOptions = options): ZgwZaakBundle {
  const z = toZgw(c, o);
  return { zaak: z.zaak, statussen: z.statussen, rollen: z.rollen, resultaat: z.resultaat ?? null, statustypen: z.statustypen, resultaattypen: z.resultaattypen, roltypen: z.roltypen };
}

function ended(to: "declined" | "withdrawn"): Case {
  const c = createCase(
    { title: "t", requester: { organisation: { name: "P", id: "002220647" }, department: "Team X" }, question: "q", confidentiality: "internal", tags: { values: ["privacy"], technologies: [], policyDomains: [] } },
    { id: `e-${to}`, actor: "a", at: "2026-01-01T00:00:00Z" },
  );
  const r = transition(c, to, { actor: "b", at: "2026-01-02T00:00:00Z", reason: "Geen vraag voor de commissie." });
  if (!r.ok) throw new Error(to);
  return r.value;
}

describe("fromZgw: a zaak back into a case", () => {
  const all = [...precedents, confidentialCase, openCase, ended("declined"), ended("withdrawn")];

  it.each(all.map((c) => [c.id, c] as const))("%s comes back as its projection, and is a valid case", (_id, c) => {
    const r = fromZgw(bundleOf(c));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value).toEqual(zgwProjection(c));
    const v = validateCase(r.value);
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it("brings the contact person back only when persons were exported", () => {
    const c = precedents[0]!;
    const r = fromZgw(bundleOf(c, { ...options, includePersons: true }));
    expect(r.ok && r.value.requester.contact).toEqual({ name: "Pieter de Boer", role: "projectleider" });
    expect(r.ok && r.value).toEqual(zgwProjection(c, { includePersons: true }));
  });

  it("keeps what search needs: title, question, decision, tags, commission and year", () => {
    const pulled = precedents.map((c) => {
      const r = fromZgw(bundleOf(c));
      if (!r.ok) throw new Error("import");
      return r.value;
    });
    const index = PrecedentIndex.build(pulled);
    const hits = index.search("gezichtsherkenning stationsplein", { filters: { values: ["privacy"] } });
    expect(hits.hits[0]).toMatchObject({ caseId: "dkf-2024-001", year: 2024, commission: "Data-ethyk Kommisje Fryslân" });
  });

  it("tells a declined from a withdrawn case by the resultaat, with the reason", () => {
    const r = fromZgw(bundleOf(ended("declined")));
    expect(r.ok && r.value.events.at(-1)).toEqual({ from: "submitted", to: "declined", actor: "zgw", at: "2026-01-02T00:00:00Z", reason: "Geen vraag voor de commissie." });
    expect(r.ok && r.value.status).toBe("declined");
  });

  it("refuses a zaak whose status type is not one of the ethics zaaktype, with a code", () => {
    const b = bundleOf(precedents[0]!);
    const r = fromZgw({ ...b, statussen: [{ statustype: "https://elders.example.nl/statustypen/9", datumStatusGezet: "2024-01-01T00:00:00Z" }] });
    expect(r.ok ? null : r.errors[0]?.code).toBe("UNKNOWN_STATUSTYPE");
    const noId = fromZgw({ ...b, zaak: { ...b.zaak, identificatie: "" } });
    expect(noId.ok ? null : noId.errors[0]?.code).toBe("NO_IDENTIFICATIE");
  });

  it("imports a zaak made by hand in the case system, with defaults for what it lacks", () => {
    const b = bundleOf(precedents[0]!);
    const r = fromZgw({ ...b, zaak: { url: b.zaak.url, identificatie: "ZAAK-2026-0000042", omschrijving: "Handmatig", vertrouwelijkheidaanduiding: "zaakvertrouwelijk", registratiedatum: "2026-03-01" }, statussen: [], rollen: [], resultaat: null });
    expect(r.ok && r.value).toMatchObject({ id: "ZAAK-2026-0000042", title: "Handmatig", question: "Handmatig", confidentiality: "confidential", status: "submitted", createdAt: "2026-03-01T00:00:00Z" });
    expect(r.ok && validateCase(r.value).ok).toBe(true);
  });
});
