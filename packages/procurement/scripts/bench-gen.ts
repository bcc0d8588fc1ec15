// The generated tender of the benchmark.
import type { Document, Segment } from "@ethiek/schemas";

const TEMPLATES = [
  "Opdrachtnemer levert vóór de acceptatie de technische documentatie en een gebruiksaanwijzing voor {n} behandelaars.",
  "Het systeem logt automatisch alle uitkomsten; de Provincie kan de logbestanden inzien en Opdrachtnemer bewaart ze ten minste {n} maanden.",
  "De Provincie voert vóór de ingebruikname een DPIA uit en vraagt advies aan de Functionaris Gegevensbescherming over verwerking {n}.",
  "In paragraaf {n} staan de planning, de mijlpalen en de betalingsregeling voor de levering van de regelautomaten en het beheerportaal.",
  "De inschrijver beschrijft in maximaal {n} pagina's zijn aanpak voor de implementatie, de migratie van gegevens en de overdracht aan beheer.",
  "The Contractor notifies the Province within {n} hours of any serious incident and corrects the system or suspends it until it is repaired.",
  "Het zou mooi zijn als Opdrachtnemer het energieverbruik van training en gebruik rapporteert in kwartaal {n}.",
  "Een bevoegde medewerker kan elke uitkomst negeren en het systeem op elk moment uitschakelen; dit geldt voor locatie {n}.",
  "De verwerking vindt plaats op grond van de wettelijke taak van de Provincie en persoonsgegevens worden {n} maanden na het besluit verwijderd.",
  "Vergaderingen over de voortgang vinden elke {n} weken plaats op het provinciehuis, met een verslag dat binnen vijf werkdagen wordt gedeeld.",
  "Alle gegevens blijven eigendom van de Provincie; Opdrachtnemer gebruikt ze niet voor training zonder schriftelijke toestemming ({n}).",
  "De prijs wordt beoordeeld op basis van de totale kosten over de looptijd, inclusief opties, indexering en beheer gedurende {n} jaar.",
];

/** A tender of `pages` pages, ~3,000 characters each, as one Document. */
export function generate(pages: number): Document {
  const segments: Segment[] = [];
  let chars = 0;
  let k = 0;
  for (let page = 1; page <= pages; page++) {
    const headingPath = [`${Math.ceil(page / 20)} Hoofdstuk`, `${Math.ceil(page / 20)}.${page % 20} Paragraaf`];
    segments.push({ text: headingPath[1]!, page, line: 1, headingPath: headingPath.slice(0, 1), kind: "heading", level: 2 });
    for (let line = 2; line < 18; line += 2) {
      const parts: string[] = [];
      while (parts.join(" ").length < 300) parts.push(TEMPLATES[k++ % TEMPLATES.length]!.replace("{n}", String((k * 7919) % 997)));
      const text = parts.join(" ");
      chars += text.length;
      segments.push({ text, page, line, headingPath, kind: "paragraph" });
    }
  }
  return { name: `bench-${pages}.pdf`, format: "pdf", sha256: "0".repeat(64), pageCount: pages, segments, language: "nl" } satisfies Document & { _chars?: number };
}
