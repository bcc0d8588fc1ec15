import { describe, expect, it } from "vitest";
import { covers, differingFields, requestBody } from "./sync.js";

describe("request bodies and comparison", () => {
  it("leaves out what the case system sets, and points references at its URLs", () => {
    const urls = new Map([["https://local/zaaktypen/1", "https://oz/zaaktypen/9"]]);
    expect(requestBody("zaak", { url: "u", uuid: "x", einddatum: null, zaaktype: "https://local/zaaktypen/1", omschrijving: "o" }, urls)).toEqual({
      zaaktype: "https://oz/zaaktypen/9",
      omschrijving: "o",
    });
  });

  it("treats the same moment in another notation as the same, and extra remote fields as harmless", () => {
    expect(covers("2024-01-10T09:00:00.000000Z", "2024-01-10T09:00:00Z")).toBe(true);
    expect(covers("2024-01-10T10:00:00+01:00", "2024-01-10T09:00:00Z")).toBe(true);
    expect(covers({ statutaireNaam: "P", innRechtsvorm: "" }, { statutaireNaam: "P" })).toBe(true);
    expect(covers([{ kenmerk: "a", bron: "b" }], [{ kenmerk: "a", bron: "b" }, { kenmerk: "c", bron: "d" }])).toBe(false);
    expect(covers(undefined, null)).toBe(true);
  });

  it("names the fields that differ, not the ones ZGW represents differently", () => {
    expect(differingFields("zaak", { omschrijving: "a", toelichting: "t" }, { omschrijving: "b", toelichting: "t" })).toEqual(["omschrijving"]);
    expect(differingFields("zaaktype", { besluittypen: ["https://oz/besluittypen/1"] }, { besluittypen: ["Besluit"] })).toEqual([]);
  });
});
