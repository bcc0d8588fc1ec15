import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conformanceMissing, conformancePath } from "@ethiek-test/support";
import { validateDocument, validateTender } from "@ethiek/schemas";
import { extract, extractFile } from "../src/index.js";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe.skipIf(conformanceMissing("OCDS release examples"))("OCDS", () => {
  const releaseSchema = (): { definitions: { Tender: { properties: Record<string, unknown> } } } =>
    JSON.parse(readFileSync(conformancePath("ocds", "release-schema.json"), "utf8"));

  it("reads the official tender release package into a valid tender manifest and text", async () => {
    const result = await extractFile(conformancePath("ocds", "examples", "tender-release-package.json"));
    if (!result.ok) throw new Error(result.error.detail);
    const { document } = result;
    expect(validateDocument(document).ok).toBe(true);
    expect(document.format).toBe("ocds");
    const tender = document.tender;
    expect(tender && validateTender(tender).ok).toBe(true);
    expect(tender).toMatchObject({
      id: "ocds-213czf-000-00001-01-tender",
      ocid: "ocds-213czf-000-00001",
      title: "Planned cycle lane improvements",
      buyer: { id: "GB-LAC-E09000003", name: "London Borough of Barnet" },
      procurementMethod: "open",
      language: "en",
    });
    expect(tender?.items?.[0]?.classification).toMatchObject({ scheme: "CPV", id: "45233130" });
    expect(tender?.items?.[0]?.additionalClassifications?.[0]?.id).toBe("45233162-2");
    expect(tender?.documents?.[0]).toMatchObject({ documentType: "tenderNotice", title: "Tender Notice" });
    const heading = document.segments[0];
    expect(heading).toMatchObject({ kind: "heading", text: "Planned cycle lane improvements" });
    const source = readFileSync(conformancePath("ocds", "examples", "tender-release-package.json"), "utf8").split("\n");
    expect(source[(heading?.line ?? 0) - 1]).toContain("Planned cycle lane improvements");
    expect(document.segments.some((s) => s.text.includes("CPV 45233130"))).toBe(true);
  });

  it("reads every official example and maps only fields the OCDS release schema defines", async () => {
    const tenderFields = Object.keys(releaseSchema().definitions.Tender.properties);
    for (const file of ["easy-release-1-tender.json", "tender-amendment-release-package.json", "tender-release-package.json"]) {
      const result = await extractFile(conformancePath("ocds", "examples", file));
      if (!result.ok) throw new Error(`${file}: ${result.error.detail}`);
      expect(validateTender(result.document.tender).ok).toBe(true);
    }
    // The manifest's OCDS-aligned fields come from these OCDS tender fields.
    for (const field of ["id", "title", "description", "items", "value", "procurementMethod", "procurementMethodDetails", "mainProcurementCategory", "tenderPeriod", "documents"]) {
      expect(tenderFields).toContain(field);
    }
  });

  it("reads a single release (not a package) too", async () => {
    const pkg = JSON.parse(readFileSync(conformancePath("ocds", "examples", "easy-release-1-tender.json"), "utf8"));
    const result = await extract(utf8(JSON.stringify(pkg.releases[0], null, 2)), { name: "release.json" });
    expect(result).toMatchObject({ ok: true, document: { tender: { title: "Cleaning services", procurementMethod: "direct" } } });
  });
});

describe("OCDS free text", () => {
  it("reads every field that can state a requirement: eligibility, award criteria, lots, document descriptions and the requirements extension", async () => {
    const release = {
      ocid: "ocds-test-1",
      id: "1",
      date: "2026-12-01T00:00:00Z",
      tag: ["tender"],
      initiationType: "tender",
      tender: {
        id: "T-1",
        title: "Kwelsignalering",
        description: "Het waterschap koopt een model dat kwel voorspelt.",
        eligibilityCriteria: "Inschrijver beschikt over een ISO 27001-certificaat.",
        awardCriteriaDetails: "Kwaliteit 60 procent: de modelkaart en het testrapport worden beoordeeld.",
        lots: [{ id: "1", title: "Perceel 1", description: "Perceel 1 omvat de hosting van het model." }],
        documents: [{ id: "d1", title: "Programma van Eisen", documentType: "technicalSpecifications", description: "Opdrachtnemer legt iedere modelrun automatisch vast." }],
        criteria: [
          {
            id: "c1",
            title: "Knock-outeisen",
            requirementGroups: [{ id: "g1", requirements: [{ id: "KO-01", title: "Menselijk toezicht", description: "Een dijkbeheerder kan iedere melding negeren." }] }],
          },
        ],
      },
    };
    const result = await extract(utf8(JSON.stringify(release, null, 2)), { name: "release.json" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const texts = result.document.segments.map((s) => s.text);
    for (const expected of [
      "Inschrijver beschikt over een ISO 27001-certificaat.",
      "Kwaliteit 60 procent: de modelkaart en het testrapport worden beoordeeld.",
      "Perceel 1 omvat de hosting van het model.",
      "Opdrachtnemer legt iedere modelrun automatisch vast.",
      "Knock-outeisen",
      "Een dijkbeheerder kan iedere melding negeren.",
    ]) {
      expect(texts).toContain(expected);
    }
    // Every segment carries the line of its value in the JSON text.
    const line = result.document.segments.find((s) => s.text === "Een dijkbeheerder kan iedere melding negeren.")!.line;
    expect(JSON.stringify(release, null, 2).split("\n")[line - 1]).toContain("Een dijkbeheerder");
    expect(validateDocument(result.document).ok).toBe(true);
  });
});

describe("OCDS bad input", () => {
  it("reports broken JSON as INVALID_JSON", async () => {
    expect(await extract(utf8('{"ocid": "x", '), { name: "kapot.json" })).toMatchObject({ ok: false, error: { code: "INVALID_JSON" } });
  });
  it("reports JSON that is not OCDS as NOT_OCDS", async () => {
    expect(await extract(utf8('{"naam": "iets anders"}'), { name: "ander.json" })).toMatchObject({ ok: false, error: { code: "NOT_OCDS" } });
  });
});

describe.skipIf(conformanceMissing("eForms SDK example notice"))("eForms", () => {
  it("reads the key fields of the minimal contract notice", async () => {
    const result = await extractFile(conformancePath("eforms", "cn_24_minimal.xml"));
    if (!result.ok) throw new Error(result.error.detail);
    const { document } = result;
    expect(validateDocument(document).ok).toBe(true);
    expect(document.format).toBe("eforms");
    const tender = document.tender;
    expect(tender && validateTender(tender).ok).toBe(true);
    expect(tender).toMatchObject({
      title: "Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)",
      buyer: { name: "Publications Office of the European Union" },
      procurementMethod: "open",
      mainProcurementCategory: "services",
      submissionDeadlineAt: "2020-02-04T10:00:00+02:00",
      language: "en",
    });
    expect(tender?.description).toMatch(/^Provision of IT services related to the information systems/);
    expect(tender?.items?.[0]?.classification).toEqual({ scheme: "CPV", id: "72230000" });
    expect(tender?.documents?.[0]?.url).toBe("https://etendering.ted.europa.eu/cft/cft-display.html?cftId=5629");
    const source = readFileSync(conformancePath("eforms", "cn_24_minimal.xml"), "utf8").split("\n");
    expect(source[(document.segments[0]?.line ?? 0) - 1]).toContain("<cbc:Name");
  });

  it("covers the key fields listed in eforms-key-fields.csv that a manifest holds", () => {
    const csv = readFileSync(conformancePath("eforms", "eforms-key-fields.csv"), "utf8");
    for (const bt of ["BT-21-Procedure", "BT-24-Procedure", "BT-262-Procedure", "BT-263-Procedure", "BT-105-Procedure", "BT-23-Procedure", "BT-27-Procedure", "BT-131(d)-Lot", "BT-15-Lot", "BT-500-Organization-Company"]) {
      expect(csv).toContain(`${bt},`);
    }
  });
});

describe("eForms bad input", () => {
  it("never resolves external entities: a DOCTYPE with ENTITY is refused", async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE ContractNotice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><ContractNotice>&xxe;</ContractNotice>';
    expect(await extract(utf8(xxe), { name: "aankondiging.xml" })).toMatchObject({ ok: false, error: { code: "XML_EXTERNAL_ENTITY" } });
  });
  it("refuses the billion-laughs expansion the same way", async () => {
    const lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><ContractNotice>&lol2;</ContractNotice>';
    expect(await extract(utf8(lol), { name: "lol.xml" })).toMatchObject({ ok: false, error: { code: "XML_EXTERNAL_ENTITY" } });
  });
  it("reports XML that is not an eForms notice as NOT_EFORMS", async () => {
    expect(await extract(utf8("<?xml version='1.0'?><boek><titel>x</titel></boek>"), { name: "boek.xml" })).toMatchObject({ ok: false, error: { code: "NOT_EFORMS" } });
  });
  it("reports malformed XML as INVALID_XML", async () => {
    expect(await extract(utf8("<ContractNotice><a></ContractNotice>"), { name: "kapot.xml" })).toMatchObject({ ok: false, error: { code: "INVALID_XML" } });
  });
});
