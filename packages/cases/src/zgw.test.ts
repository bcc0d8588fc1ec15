import { validateZgwCaseExport } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { openCase, precedents } from "../test/fixtures.js";
import { createCase, transition } from "./lifecycle.js";
import { toZgw } from "./zgw.js";

const options = {
  zakenApiUrl: "https://zaken.example.nl/zaken/api/v1/",
  catalogiApiUrl: "https://zaken.example.nl/catalogi/api/v1",
  catalogusUrl: "https://zaken.example.nl/catalogi/api/v1/catalogussen/6d1c6a2e-0000-4000-8000-000000000001",
  bronorganisatie: "002220647",
};

describe("export to the ZGW Zaken API shapes", () => {
  const c = { ...precedents[0]!, links: { tenderCheckIds: ["check-42"], algorithmRegister: [{ id: "alg-7" }] } };
  const zgw = toZgw(c, options);

  it("produces a zaak, zaaktype, statussen, resultaat and rollen that validate", () => {
    const r = validateZgwCaseExport(zgw);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it("maps the case onto the zaak", () => {
    expect(zgw.zaak).toMatchObject({
      identificatie: "dkf-2024-001",
      bronorganisatie: "002220647",
      verantwoordelijkeOrganisatie: "002220647",
      omschrijving: "Slimme camera's op het stationsplein",
      registratiedatum: "2024-01-10",
      startdatum: "2024-02-10",
      einddatum: "2024-06-10",
      vertrouwelijkheidaanduiding: "openbaar",
      zaaktype: zgw.zaaktype.url,
    });
    expect(zgw.zaak.url.startsWith("https://zaken.example.nl/zaken/api/v1/zaken/")).toBe(true);
    expect(zgw.zaak.kenmerken).toEqual([
      { kenmerk: "dkf-2024-001", bron: "ethiek" },
      { kenmerk: "check-42", bron: "ethiek-aanbestedingstoets" },
      { kenmerk: "alg-7", bron: "algoritmeregister" },
      { kenmerk: "privacy", bron: "ethiek-waarde" },
      { kenmerk: "veiligheid", bron: "ethiek-waarde" },
      { kenmerk: "autonomie", bron: "ethiek-waarde" },
      { kenmerk: "gezichtsherkenning", bron: "ethiek-technologie" },
      { kenmerk: "camera-toezicht", bron: "ethiek-technologie" },
      { kenmerk: "openbare-orde", bron: "ethiek-beleidsdomein" },
    ]);
  });

  it("gives one status per lifecycle event, in order, ending in the end status", () => {
    const typeOf = new Map(zgw.statustypen.map((t) => [t.url, t]));
    expect(zgw.statussen.map((s) => typeOf.get(s.statustype)?.omschrijving)).toEqual([
      "Ingediend",
      "In behandeling genomen",
      "In analyse",
      "Reflectie gegeven",
      "Besluit vastgelegd",
      "Afgesloten",
    ]);
    expect(zgw.statustypen.filter((t) => t.isEindstatus).map((t) => t.omschrijving)).toEqual(["Afgesloten"]);
    expect(zgw.resultaat?.resultaattype).toBe(zgw.resultaattypen.find((r) => r.omschrijving === "Afgehandeld")?.url);
  });

  it("ends a declined case with the end status and the result 'Buiten mandaat', with the reason", () => {
    const submitted = createCase(
      { title: "t", requester: { organisation: { name: "P" } }, question: "q", confidentiality: "confidential", tags: { values: [], technologies: [], policyDomains: [] } },
      { id: "d-1", actor: "a", at: "2026-01-01T00:00:00Z" },
    );
    const declined = transition(submitted, "declined", { actor: "b", at: "2026-01-02T00:00:00Z", reason: "Geen ethische vraag." });
    if (!declined.ok) throw new Error("declined");
    const z = toZgw(declined.value, options);
    expect(validateZgwCaseExport(z).ok).toBe(true);
    expect(z.zaak.vertrouwelijkheidaanduiding).toBe("vertrouwelijk");
    expect(z.zaak.einddatum).toBe("2026-01-02");
    expect(z.statussen.at(-1)?.statustoelichting).toBe("Niet in behandeling genomen: Geen ethische vraag.");
    expect(z.resultaat?.resultaattype).toBe(z.resultaattypen.find((r) => r.omschrijving === "Buiten mandaat")?.url);
  });

  it("has no einddatum and no resultaat while the case is open", () => {
    const z = toZgw(openCase, options);
    expect(z.zaak.einddatum).toBeNull();
    expect(z.resultaat).toBeUndefined();
  });

  it("names the organisation, commission, decision maker and groups as roles; people only on request", () => {
    const generic = (z: typeof zgw) => {
      const byUrl = new Map(z.roltypen.map((r) => [r.url, r.omschrijvingGeneriek]));
      return z.rollen.map((r) => byUrl.get(r.roltype));
    };
    expect(generic(zgw)).toEqual(["initiator", "behandelaar", "beslisser", "belanghebbende"]);
    expect(JSON.stringify(zgw)).not.toContain("Pieter de Boer");
    const withPeople = toZgw(c, { ...options, includePersons: true });
    expect(generic(withPeople)).toEqual(["initiator", "behandelaar", "beslisser", "belanghebbende", "mede_initiator", "adviseur", "adviseur"]);
    expect(validateZgwCaseExport(withPeople).ok).toBe(true);
  });

  it("gives the same URLs on a second export, and different ones for another case", () => {
    expect(toZgw(c, options)).toEqual(zgw);
    const other = toZgw(precedents[1]!, options);
    expect(other.zaak.url).not.toBe(zgw.zaak.url);
    expect(other.zaaktype.url).toBe(zgw.zaaktype.url);
  });
});
