// Every resource of every fixture case against the request schemas of the real ZGW specifications
// (Zaken API 1.5.1, Catalogi API 1.3.1), read from the conformance folder.
import { conformanceMissing } from "@ethiek-test/support";
import { loadSpec, validateExport } from "@ethiek-test/zgw";
import { describe, expect, it } from "vitest";
import { createCase, transition } from "../src/lifecycle.js";
import { toZgw } from "../src/zgw.js";
import { confidentialCase, openCase, precedents } from "./fixtures.js";

const options = {
  zakenApiUrl: "https://zaken.example.nl/zaken/api/v1",
  catalogiApiUrl: "https://zaken.example.nl/catalogi/api/v1",
  catalogusUrl: "https://zaken.example.nl/catalogi/api/v1/catalogussen/6d1c6a2e-0000-4000-8000-000000000001",
  bronorganisatie: "002220647",
};

function ended(to: "declined" | "withdrawn") {
  const c = createCase(
    { title: "t", requester: { organisation: { name: "P", id: "002220647" } }, question: "q", confidentiality: "internal", tags: { values: [], technologies: [], policyDomains: [] } },
    { id: `e-${to}`, actor: "a", at: "2026-01-01T00:00:00Z" },
  );
  const r = transition(c, to, { actor: "b", at: "2026-01-02T00:00:00Z", reason: "Reden." });
  if (!r.ok) throw new Error(to);
  return r.value;
}

const cases = [...precedents, confidentialCase, openCase, ended("declined"), ended("withdrawn")];

describe.skipIf(conformanceMissing("ZGW OpenAPI specifications"))("the ZGW export against the real specifications", { timeout: 120_000 }, () => {
  it.each(cases.map((c) => [c.id, c] as const))("%s: every resource passes its request schema, with and without persons", (_id, c) => {
    expect(validateExport(toZgw(c, options))).toEqual([]);
    expect(validateExport(toZgw(c, { ...options, includePersons: true }))).toEqual([]);
  });

  it("checks all 8 precedents and all eight kinds of resource", () => {
    expect(precedents).toHaveLength(8);
    const z = toZgw(precedents[0]!, options);
    expect(Object.keys(z).sort()).toEqual(["resultaat", "resultaattypen", "rollen", "roltypen", "statussen", "statustypen", "zaak", "zaaktype"]);
  });

  it("fills the archiving fields from the options, with the documented defaults otherwise", () => {
    const z = toZgw(precedents[0]!, {
      ...options,
      archive: {
        verantwoordelijke: "Commissie X",
        besluittypen: ["Besluit over inzet algoritme"],
        gerelateerdeZaaktypen: [{ zaaktype: "https://zaken.example.nl/catalogi/api/v1/zaaktypen/1", aardRelatie: "vervolg" }],
        results: { declined: { selectielijstklasse: "https://selectielijst.example.nl/api/v1/resultaten/1", archiefnominatie: "vernietigen", archiefactietermijn: "P5Y" } },
      },
    });
    expect(validateExport(z)).toEqual([]);
    expect(z.zaaktype).toMatchObject({ verantwoordelijke: "Commissie X", besluittypen: ["Besluit over inzet algoritme"] });
    const declined = z.resultaattypen.find((r) => r.omschrijving === "Buiten mandaat")!;
    expect(declined).toMatchObject({ selectielijstklasse: "https://selectielijst.example.nl/api/v1/resultaten/1", archiefactietermijn: "P5Y" });
    expect(declined.resultaattypeomschrijving).toMatch(/^https:\/\/selectielijst\.openzaak\.nl\/api\/v1\/resultaattypeomschrijvingen\//);
    expect(z.resultaattypen.find((r) => r.omschrijving === "Afgehandeld")?.archiefnominatie).toBe("blijvend_bewaren");
  });

  it("the validator does catch what the specifications forbid (so 0 errors means something)", () => {
    const z = toZgw(precedents[0]!, options);
    const { resultaattypeomschrijving: _a, selectielijstklasse: _b, ...bare } = z.resultaattypen[0]!;
    const { verantwoordelijke: _c, ...zaaktype } = z.zaaktype;
    const broken = {
      ...z,
      zaaktype,
      resultaattypen: [bare],
      zaak: { ...z.zaak, vertrouwelijkheidaanduiding: "geheimpje" },
      rollen: [{ ...z.rollen[0]!, betrokkeneIdentificatie: { innNnpId: "provincie-fryslân" } }],
    };
    const problems = validateExport(broken as typeof z);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("zaaktype (ZaakTypeCreate) /verantwoordelijke"),
        expect.stringContaining("resultaattypen[0] (ResultaatTypeCreate) /resultaattypeomschrijving"),
        expect.stringContaining("resultaattypen[0] (ResultaatTypeCreate) /selectielijstklasse"),
        expect.stringContaining("zaak (Zaak) /vertrouwelijkheidaanduiding"),
        expect.stringContaining("rollen[0] (Rol) /betrokkeneIdentificatie/innNnpId"),
      ]),
    );
    // read-only fields are not required in a request
    expect(loadSpec("zaken").validateRequest("Status", { zaak: z.zaak.url, statustype: z.statussen[0]!.statustype, datumStatusGezet: "2024-01-10T09:00:00Z" })).toEqual([]);
  });
});
