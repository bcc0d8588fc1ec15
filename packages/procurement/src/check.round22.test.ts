// The engine on kinds of language met in round 22 after it joined development: a document that says
// of itself that it binds no one, a vendor's terms built on the suppliers' association's model terms,
// a processor agreement kept on a vendor's website, and a migration at the start read as an exit plan.
// The sentences are written for these tests, not taken from a tender.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything, resultIn, resultOf, tagsOf } from "../test/helpers.js";
import { check } from "./index.js";

const contract = (...clauses: string[]) => ["# Overeenkomst", "", "Het AI-model beoordeelt de kredietwaardigheid van aanvragers van een lening.", "", ...clauses.flatMap((c) => [c, ""])].join("\n");

describe("check: kinds of round 22", () => {
  it("reads a document that declares itself not binding as informing only, and the contract beside it as binding", () => {
    const opinion = [
      "# Juridisch advies over de conceptovereenkomst",
      "",
      "Dit advies is uitsluitend bestemd voor de Provincie. Het bindt Partijen niet; de aanbevelingen hebben pas effect als zij in de Overeenkomst worden overgenomen.",
      "",
      "Opdrachtnemer moet een biastoetsplan opstellen en jaarlijks toetsen op ongelijke uitkomsten per groep.",
      "",
    ].join("\n");
    expect(resultIn([contract("Opdrachtnemer levert de lening-software."), opinion], "non-discrimination").status).not.toBe("satisfied");
    expect(resultIn([contract("Opdrachtnemer stelt een biastoetsplan op en toetst jaarlijks op ongelijke uitkomsten per groep."), opinion], "non-discrimination").status).toBe("satisfied");
    const datasheet = "# VisionCount VC400 datasheet\n\nThis datasheet is provided for information only.\n\nThe sensor keeps automatically generated logs of every detection for twelve months.\n";
    expect(resultOf(datasheet, "logging").status).not.toBe("satisfied");
  });

  it("reads a vendor's terms based on the NLdigital model terms as the supplier's terms, not the buyer's", () => {
    const terms = "Op dit Orderformulier zijn de Algemene Voorwaarden Geovisie 2025, gebaseerd op de NLdigital Voorwaarden, van toepassing.";
    expect(resultOf(contract(terms), "general-terms").status).not.toBe("satisfied");
    expect(resultOf(contract("Op de Overeenkomst zijn de ARBIT-2022 van toepassing, met voorrang boven de voorwaarden van de leverancier."), "general-terms").status).toBe("satisfied");
  });

  it("reads a processor agreement kept on the vendor's website as not attached", () => {
    const clause = "5.1 Voor zover Leverancier persoonsgegevens verwerkt, is de Verwerkersovereenkomst van Leverancier (te raadplegen op de website van Leverancier) van toepassing.";
    expect(resultOf(contract(clause), "processor-agreement")).toMatchObject({ status: "partial", reason: "annex-not-attached" });
  });

  it("does not read the migration of old data at the start, or migration help at a price, as an exit plan", () => {
    const data = "11.2 Na het einde van de overeenkomst stelt Leverancier de gegevens van Klant gedurende 30 dagen beschikbaar voor download in het standaard exportformaat.";
    expect(resultOf(contract(data, "De opdracht omvat de implementatie en de migratie van bestaande gegevens."), "exit-and-handover").status).not.toBe("satisfied");
    expect(resultOf(contract(data, "Bij het einde van de overeenkomst werkt Leverancier mee aan de migratie naar een nieuwe leverancier volgens een exitplan."), "exit-and-handover").status).toBe("satisfied");
  });

  it("reads a denial followed by its reason as a denial, not as a condition", () => {
    const clause = "3.14 Een IAMA wordt voor de Module niet uitgevoerd, omdat het een intern personeelsinstrument betreft dat geen inwoners raakt.";
    expect(resultOf(contract(clause), "human-rights-impact-assessment")).toMatchObject({ status: "missing", reason: "negated" });
    // A negated object with a negated relative clause still sets a condition.
    expect(resultOf(contract("De Provincie neemt geen systeem in gebruik dat de aanbieder niet in de EU-databank heeft geregistreerd."), "eu-database-registration").status).not.toBe("missing");
  });

  it("reads an emotion-recognition practice on staff with one passage on appraisals as high-risk, whatever class the text records", () => {
    const text = [
      "# Verlengingsbrief",
      "",
      "3.2 De Module analyseert de stem van de medewerker tijdens gesprekken en leidt met een neuraal netwerk de emotionele toestand van de medewerker af.",
      "",
      "3.3 De teamleider neemt de score mee in de functionerings- en beoordelingsgesprekken.",
      "",
      "Partijen hebben de Module ingedeeld als AI-systeem met minimaal risico.",
      "",
    ].join("\n");
    const tags = tagsOf(text);
    expect(tags).toMatchObject({ prohibited: true, "high-risk": true });
  });

  it("reads a confidentiality clause that leaves the Woo and the Archives Act unaffected, and an explanation text in plain language per decision rule", () => {
    // Not high-risk, so the ten-year keeping of documentation (AI Act art. 18) is not asked besides.
    const notHighRisk = (text: string) => check([doc(text)], { manifest: declaring(everything.filter((t) => t !== "high-risk"), "") }).results.find((r) => r.requirement === "records-and-openness")!;
    expect(notHighRisk(contract("De geheimhouding laat de verplichtingen van de Provincie op grond van de Wet open overheid en de Archiefwet 1995 onverlet.")).status).toBe("satisfied");
    expect(notHighRisk(contract("Confidentiality under this Agreement shall not affect the Province's duties under the Open Government Act.")).status).toBe("satisfied");
    // Confidentiality that blocks a Woo request is the opposite.
    expect(resultOf(contract("De Provincie verstrekt de documentatie niet aan derden, ook niet naar aanleiding van een verzoek op grond van de Wet open overheid."), "records-and-openness").status).not.toBe("satisfied");
    expect(resultOf(contract("Opdrachtnemer levert voor iedere beslisregel een uitlegtekst op taalniveau B1, die in iedere beschikking wordt opgenomen."), "individual-explanation").status).toBe("satisfied");
  });

  it("does not read safeguards declared not to apply, because no decisions about persons are taken, as decisions about people", () => {
    const text = [
      "# Co-development agreement",
      "",
      "The machine-learning Model predicts where wildlife collisions on provincial roads are likely, for the planning of fences.",
      "",
      "3.1 The clauses on human oversight of individual decisions and on the explanation of individual decisions do not apply, because the Model takes no decisions about natural persons.",
      "",
    ].join("\n");
    const tags = tagsOf(text);
    expect(tags).toMatchObject({ ai: true, "decisions-about-people": false, impactful: false });
  });

  it("does not read a supplier's corrective action or a suspension for unpaid invoices as human oversight", () => {
    for (const clause of [
      "15.2 De Leverancier herstelt de non-conformiteit binnen tien werkdagen of stelt de betreffende functionaliteit buiten gebruik totdat herstel heeft plaatsgevonden.",
      "U meldt ons binnen 2 werkdagen als het systeem fout werkt, en u lost dat binnen 10 werkdagen op of zet de herkenning uit.",
      "4.3 If any undisputed amount is more than thirty days overdue, the Vendor may suspend the Service on written notice.",
    ]) expect(resultOf(contract(clause), "human-oversight").status, clause).not.toBe("satisfied");
    // A person's switch is oversight, in whatever words.
    expect(resultOf(contract("Iedere uitkomst is door de behandelaar te wijzigen, en met één schakelaar in het beheerportaal zet de functioneel beheerder het model direct uit."), "human-oversight").status).toBe("satisfied");
  });

  it("reads a duty a framework agreement leaves to each call-off as deferred", () => {
    const framework = (clause: string) => `# Framework Agreement\n\nThe Service Provider supplies a rule-based fare engine that processes personal data of passengers.\n\n${clause}\n`;
    expect(resultOf(framework("6.2 Each Contracting Authority shall conclude a data processing agreement with the Service Provider in or together with its Call-Off Contract."), "processor-agreement")).toMatchObject({ status: "partial", reason: "deferred" });
    expect(resultOf(framework("6.2 The Service Provider processes personal data only under the data processing agreement in Annex 4, which meets Article 28(3) GDPR."), "processor-agreement").status).toBe("satisfied");
  });

  it("reads an automatic inadmissibility notified by e-mail as a solely automated decision", () => {
    const module = (clause: string) => `# Overeenkomst\n\nDe regelgebaseerde module toetst aanvragen om ontheffing aan de beslisregels.\n\nAlle andere aanvragen worden door een Behandelaar beoordeeld, die het besluit neemt.\n\n${clause}\n`;
    expect(resultOf(module("4.3 Een te late aanvraag wordt door de module automatisch buiten behandeling gesteld; de aanvrager ontvangt daarvan direct een bericht per e-mail."), "no-solely-automated-decisions")).toMatchObject({ status: "partial", reason: "contradicted" });
    expect(resultOf(module("4.3 Een toelage wordt bij een lage score automatisch gekort."), "no-solely-automated-decisions")).toMatchObject({ status: "partial", reason: "contradicted" });
    // An e-mail the system refuses is no decision about a person.
    expect(resultOf(module("4.3 Een upload groter dan 20 MB wordt automatisch geweigerd."), "no-solely-automated-decisions").status).toBe("satisfied");
  });

  it("reads the system's documents disclosed only with the supplier's consent as blocking openness", () => {
    const kept = "6.4 Opdrachtnemer bewaart de technische documentatie tot tien jaar na de ingebruikname en stelt die ter beschikking van de Provincie.";
    const veto = "16.1 De Provincie zal deze documenten niet openbaar maken of aan derden verstrekken, ook niet op verzoek, tenzij Opdrachtnemer daarvoor vooraf schriftelijk toestemming heeft gegeven.";
    expect(resultOf(contract(kept, veto), "records-and-openness")).toMatchObject({ status: "partial", reason: "contradicted" });
    // Consent that a law's duty overrides is no veto.
    const lawful = "16.1 De Provincie maakt deze documenten niet openbaar zonder toestemming van Opdrachtnemer, onverminderd haar verplichtingen op grond van de Woo.";
    expect(resultOf(contract(kept, lawful), "records-and-openness").status).not.toBe("partial");
  });

  it("does not read training as a precondition for access as training the supplier provides", () => {
    expect(resultOf(contract("Only compliance officers who have completed the Province's training receive an account."), "ai-literacy").status).not.toBe("satisfied");
    expect(resultOf(contract("Alleen opgeleide medewerkers krijgen toegang tot het systeem."), "ai-literacy").status).not.toBe("satisfied");
    expect(resultOf(contract("Opdrachtnemer verzorgt vóór de ingebruikname een training voor alle gebruikers over de werking en de grenzen van het systeem."), "ai-literacy").status).toBe("satisfied");
  });
});
