// Requirements exported from a requirements-management tool or an issue tracker: each object's
// field lines say whether its text binds. The exports are written for these tests.
import { extract } from "@ethiek/documents";
import { describe, expect, it } from "vitest";
import { resultsOfSubmitted } from "../test/helpers.js";
import { check } from "./index.js";

const object = (fields: string, text: string) => [fields.split("; ").map((f) => `**${f.replace(": ", ":** ")}`).join("\n"), "", text, "", "---", ""].join("\n");

const doorsExport = [
  "# Module REQ-WV: Werving en selectie",
  "",
  "Export uit de requirementsmodule, baseline 2.",
  "",
  object("Object ID: WV-10; Object Type: Requirement; Status: Approved; Priority: High", "Het platform rangschikt sollicitanten met een machine-learningmodel naar geschiktheid voor de functie."),
  object("Object ID: WV-11; Object Type: Requirement; Status: Approved; Priority: High", "De Leverancier legt iedere rangschikking van sollicitanten automatisch vast met de modelversie en bewaart deze logbestanden twee jaar."),
  object("Object ID: WV-12; Object Type: Requirement; Status: Rejected; Priority: Low", "De Leverancier levert een generatieve module die met een groot taalmodel de teksten van vacatures schrijft."),
  object("Object ID: WV-13; Object Type: Requirement; Status: Deleted", "De Leverancier voert voor de ingebruikname een test op vooringenomenheid uit op de rangschikking."),
  object("Object ID: WV-14; Object Type: Information; Status: Approved", "Een medewerker van de provincie beoordeelt iedere voorgestelde rangschikking voordat een sollicitant wordt uitgenodigd."),
  object("Object ID: WV-15; Object Type: Requirement; Status: Proposed", "De Leverancier stelt een gegevensbeschermingseffectbeoordeling op voor de verwerking van sollicitatiegegevens."),
].join("\n");

async function tagsOfSubmitted(text: string, name: string): Promise<Record<string, boolean>> {
  const read = await extract(new TextEncoder().encode(text), { name });
  if (!read.ok) throw new Error(read.error.code);
  return Object.fromEntries(check([read.document]).classification.map((c) => [c.tag, c.holds]));
}

describe("objects exported from a requirements-management tool", () => {
  it("binds an approved requirement object", async () => {
    const result = await resultsOfSubmitted(doorsExport, "export.md");
    expect(result("logging").status).toBe("satisfied");
  });

  it("does not count a rejected or deleted object, nor a proposed one, nor an information object", async () => {
    const result = await resultsOfSubmitted(doorsExport, "export.md");
    expect(result("non-discrimination").status).not.toBe("satisfied");
    expect(result("dpia").status).not.toBe("satisfied");
    expect(result("dpia").reason).toBe("deferred");
    expect(result("human-oversight").status).not.toBe("satisfied");
  });

  it("does not take a module in a rejected object as part of what is bought", async () => {
    const tags = await tagsOfSubmitted(doorsExport, "export.md");
    expect(tags.ai).toBe(true);
    expect(tags.generative).toBe(false);
  });
});

describe("stories exported from an issue tracker", () => {
  const story = (key: string, status: string, text: string) =>
    [`## ${key} Werkvoorraad ordenen`, "", `Key: ${key}`, `Issue Type: Story`, `Status: ${status}`, `Priority: Major`, "", "### Description", "", text, ""].join("\n");

  it("binds a story that is done and leaves one in the backlog or not to be done open", async () => {
    const text = [
      "# Epic JH-1 Wachtlijst jeugdhulp",
      "",
      story("JH-4", "Done", "De leverancier legt elke prioriteitsscore van het model met de gebruikte invoer automatisch vast in logbestanden en bewaart die een jaar."),
      story("JH-5", "Backlog", "De leverancier voert een gegevensbeschermingseffectbeoordeling uit voor de verwerking van gegevens van kinderen en ouders."),
      story("JH-6", "Won't Do", "De opdrachtgever heeft het recht het model jaarlijks door een onafhankelijke auditor te laten controleren; de leverancier werkt daaraan mee."),
    ].join("\n");
    const result = await resultsOfSubmitted(text, "jira.md");
    expect(result("logging").status).toBe("satisfied");
    expect(result("dpia").reason).toBe("deferred");
    expect(result("audit-right").reason).toBe("negated");
  });
});

describe("a status line that is not a record's", () => {
  it("leaves a document's own version and status block alone", async () => {
    const text = [
      "# Programma van eisen",
      "",
      "Versie: 0.9",
      "Status: Concept",
      "Datum: 3 maart",
      "",
      "De leverancier legt elke uitkomst van het model met de gebruikte invoer automatisch vast en bewaart de logbestanden twee jaar.",
    ].join("\n");
    const result = await resultsOfSubmitted(text, "pve.md");
    expect(result("logging").status).toBe("satisfied");
  });
});

describe("a requirements table with a status column", () => {
  it("does not take the module of a rejected row as part of what is bought", async () => {
    const text = [
      "# Eisen",
      "",
      "| ID | Status | Eis |",
      "| --- | --- | --- |",
      "| E-1 | Akkoord | De oplossing rangschikt binnenkomende meldingen met een machine-learningmodel naar urgentie. |",
      "| E-2 | Afgewezen | De oplossing schrijft met een groot taalmodel conceptantwoorden op meldingen. |",
    ].join("\n");
    const tags = await tagsOfSubmitted(text, "eisen.md");
    expect(tags.ai).toBe(true);
    expect(tags.generative).toBe(false);
  });
});
