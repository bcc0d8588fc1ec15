// A small hand-written moresprudentie for the relevance, export and API tests. Every case is
// invented; names of people are invented too and exist so the anonymisation tests can look for them.
import type { Case, CaseConfidentiality, CasePerson, CaseStatus } from "@ethiek/schemas";

interface Spec {
  id: string;
  title: string;
  question: string;
  context: string;
  technology: string;
  commission: string;
  organisation: string;
  year: number;
  values: string[];
  technologies: string[];
  policyDomains: string[];
  reflection: string;
  advice: string;
  decision: string;
  confidentiality?: CaseConfidentiality;
  status?: CaseStatus;
  contact?: string;
  authors?: string[];
}

/** Builds a closed case with a full event history in `year`. */
export function makeCase(s: Spec): Case {
  const at = (month: number) => `${s.year}-${String(month).padStart(2, "0")}-10T09:00:00Z`;
  const status = s.status ?? "closed";
  const path: CaseStatus[] = ["submitted", "accepted", "in-analysis", "reflection-given", "decision-recorded", "closed"];
  const upTo = path.indexOf(status);
  const events = path.slice(0, upTo + 1).map((to, i) => ({ from: i === 0 ? null : path[i - 1]!, to, actor: `user-${i}`, at: at(i + 1) }));
  return {
    schemaVersion: "1.0",
    id: s.id,
    title: s.title,
    status,
    requester: {
      organisation: { id: s.organisation.toLowerCase().replace(/\W+/g, "-"), name: s.organisation },
      department: "Team Data",
      contact: { name: s.contact ?? "Pieter de Boer", email: "p.deboer@example.nl", role: "projectleider" },
    },
    to: { name: s.commission, routing: "manual" },
    question: s.question,
    context: s.context,
    technology: { description: s.technology, data: [{ description: "Gegevens uit het project", personalData: true }] },
    stakeholders: [{ name: "inwoners", interest: "Hun gegevens worden gebruikt." }],
    confidentiality: s.confidentiality ?? "public",
    tags: { values: s.values, technologies: s.technologies, policyDomains: s.policyDomains },
    analyses: [
      {
        method: "guidance-ethics",
        actors: [
          { id: "inwoners", name: "Inwoners" },
          { id: "provincie", name: "Provincie" },
        ],
        effects: [
          { actor: "inwoners", direction: "negative", description: "Zij voelen zich bekeken." },
          { actor: "provincie", direction: "positive", description: "Betere informatie voor beleid." },
        ],
        values: s.values.map((v) => ({ value: v, actors: ["inwoners"] })),
        options: [{ target: "technology", description: "Verwerk zo weinig gegevens als mogelijk." }],
      },
    ],
    reflections:
      upTo >= 3
        ? [
            {
              id: "reflectie-1",
              authors: (s.authors ?? ["Anna Jansen", "Kees van der Meer"]).map((name) => ({ name, role: "lid commissie" })) as [CasePerson, ...CasePerson[]],
              givenDate: `${s.year}-04-10`,
              text: s.reflection,
              binding: false,
              valuesWeighed: s.values.map((v) => ({ value: v, consideration: `De commissie woog ${v.replaceAll("-", " ")} zwaar.` })),
              advice: s.advice,
            },
          ]
        : [],
    ...(upTo >= 4
      ? {
          decision: {
            decidedDate: `${s.year}-05-10`,
            decidedBy: "Gedeputeerde Staten",
            text: s.decision,
            followsAdvice: "partly" as const,
            followUp: "Na een jaar evalueren.",
            reviewDate: `${s.year + 1}-05-10`,
          },
        }
      : {}),
    events: events as Case["events"],
    createdAt: at(1),
  };
}

export const precedents: Case[] = [
  makeCase({
    id: "dkf-2024-001",
    title: "Slimme camera's op het stationsplein",
    question: "Mogen wij camera's met gezichtsherkenning gebruiken om zakkenrollers op het stationsplein te vinden?",
    context: "Op het stationsplein zijn veel zakkenrollers. De gemeente en de provincie willen slimme camera's plaatsen die gezichten herkennen.",
    technology: "Camera's met software voor gezichtsherkenning die beelden vergelijkt met een lijst van verdachten.",
    commission: "Data-ethyk Kommisje Fryslân",
    organisation: "Provincie Fryslân",
    year: 2024,
    values: ["privacy", "veiligheid", "autonomie"],
    technologies: ["gezichtsherkenning", "camera-toezicht"],
    policyDomains: ["openbare-orde"],
    reflection: "Gezichtsherkenning in de openbare ruimte raakt de privacy van iedereen die over het plein loopt, niet alleen van verdachten.",
    advice: "Gebruik geen gezichtsherkenning; kies voor zichtbare camera's zonder herkenning en meer toezicht op straat.",
    decision: "Geen gezichtsherkenning; wel gewone camera's met een bewaartermijn van 28 dagen.",
  }),
  makeCase({
    id: "ov-2025-002",
    title: "Drones boven natuurgebieden",
    question: "Kunnen we drones laten vliegen om illegale activiteiten in natuurgebieden op te sporen?",
    context: "Boswachters zien vaker afval dumpen en stroperij. Drones kunnen grote gebieden snel overzien.",
    technology: "Drones met warmtecamera's die automatisch vluchten boven de natuurgebieden maken.",
    commission: "Werkgroep Digitale Ethiek Overijssel",
    organisation: "Provincie Overijssel",
    year: 2025,
    values: ["privacy", "natuurbescherming"],
    technologies: ["drones"],
    policyDomains: ["natuur"],
    reflection: "Drones zien ook wandelaars en bewoners van het buitengebied. Dat raakt hun privacy.",
    advice: "Vlieg alleen bij een concrete melding en maak mensen onherkenbaar op de beelden.",
    decision: "Drones alleen na een melding, beelden van mensen worden vervaagd.",
  }),
  makeCase({
    id: "pzh-2025-003",
    title: "Risicoscore bij subsidieaanvragen",
    question: "Mogen we een algoritme een risicoscore laten geven aan subsidieaanvragen om fraude te vinden?",
    context: "Het team subsidies krijgt duizenden aanvragen. Een risicoprofiel zou helpen om de controles te richten.",
    technology: "Een algoritme dat op basis van kenmerken van aanvragers een risicoscore berekent (risicoprofilering).",
    commission: "Ethiek-adviseurs Zuid-Holland",
    organisation: "Provincie Zuid-Holland",
    year: 2025,
    values: ["rechtvaardigheid", "non-discriminatie", "transparantie"],
    technologies: ["algoritme", "risicoprofilering"],
    policyDomains: ["subsidies"],
    reflection: "Risicoprofilering kan leiden tot discriminatie van groepen aanvragers, zoals bij de toeslagenaffaire.",
    advice: "Gebruik geen kenmerken als nationaliteit of postcode, toets het model op discriminatie en leg uit hoe de score ontstaat.",
    decision: "Het algoritme wordt alleen gebruikt met een discriminatietoets vooraf en elk jaar.",
  }),
  makeCase({
    id: "dkf-2025-004",
    title: "Chatbot for residents' questions",
    question: "May we use a generative AI chatbot that answers residents' questions about permits?",
    context: "Residents ask many questions about permits. A chatbot could answer them day and night.",
    technology: "A large language model chatbot that answers questions using the province's website texts.",
    commission: "Data-ethyk Kommisje Fryslân",
    organisation: "Provincie Fryslân",
    year: 2025,
    values: ["transparantie", "betrouwbaarheid"],
    technologies: ["generatieve-ai", "chatbot"],
    policyDomains: ["dienstverlening"],
    reflection: "Answers of a generative model can be wrong while sounding certain. Residents must know they talk to a machine.",
    advice: "Tell residents it is a chatbot, link every answer to its source page and offer a human contact.",
    decision: "The chatbot starts as a pilot with clear labelling and a human fallback.",
  }),
  makeCase({
    id: "dkf-2023-005",
    title: "Delen van bodemdata van boeren",
    question: "Mogen wij bodemdata die boeren aanleveren delen met onderzoekers en bedrijven?",
    context: "Boeren leveren metingen van hun bodem aan. Onderzoekers willen die data gebruiken voor studies naar bodemkwaliteit.",
    technology: "Een dataplatform waarop bodemmetingen per perceel worden gedeeld.",
    commission: "Data-ethyk Kommisje Fryslân",
    organisation: "DataFryslân",
    year: 2023,
    values: ["eigenaarschap", "privacy", "vertrouwen"],
    technologies: ["data-delen"],
    policyDomains: ["landbouw"],
    reflection: "Bodemdata per perceel zijn te herleiden tot de boer. Boeren moeten zelf kunnen bepalen wie hun data gebruikt.",
    advice: "Vraag toestemming per gebruiker en deel alleen samengevoegde data met bedrijven.",
    decision: "Data worden alleen gedeeld met toestemming van de boer.",
  }),
  makeCase({
    id: "pzh-2024-006",
    title: "Wifi-tellingen van fietsers",
    question: "Mogen we fietsers tellen met wifi-sensoren die signalen van telefoons opvangen?",
    context: "Voor het fietsbeleid wil de provincie weten hoeveel fietsers over de fietssnelweg rijden en hoe snel.",
    technology: "Wifi-sensoren langs de fietsroute die MAC-adressen van telefoons opvangen en versleutelen.",
    commission: "Ethiek-adviseurs Zuid-Holland",
    organisation: "Provincie Zuid-Holland",
    year: 2024,
    values: ["privacy", "proportionaliteit"],
    technologies: ["wifi-tracking", "sensoren"],
    policyDomains: ["mobiliteit"],
    reflection: "Wifi-tracking volgt telefoons van mensen zonder dat zij dat weten. Tellen kan ook anders.",
    advice: "Gebruik telslangen of camera's die alleen tellen, zonder telefoons te volgen.",
    decision: "De provincie kiest voor telslangen.",
  }),
  makeCase({
    id: "ipo-2025-007",
    title: "Predictive maintenance of bridges",
    question: "Is it acceptable to let a model decide which bridges get maintenance first, based on sensor data?",
    context: "The province manages hundreds of bridges. Sensors measure vibration and corrosion.",
    technology: "A machine learning model that predicts failures from vibration sensors and ranks bridges for maintenance.",
    commission: "Interprovinciale Ethische Commissie",
    organisation: "IPO",
    year: 2025,
    values: ["veiligheid", "verantwoording"],
    technologies: ["machine-learning", "sensoren"],
    policyDomains: ["infrastructuur"],
    reflection: "Safety is served by the predictions, but engineers must stay accountable for the maintenance planning.",
    advice: "Keep an engineer in the loop who can overrule the ranking and record why.",
    decision: "The ranking advises; engineers decide.",
  }),
  makeCase({
    id: "ov-2024-008",
    title: "Digitale tweeling voor ruimtelijke ordening",
    question: "Hoe betrekken we inwoners bij plannen die we met een digitale tweeling van de provincie maken?",
    context: "De provincie bouwt een digitale tweeling om de gevolgen van woningbouw en windmolens te laten zien.",
    technology: "Een 3D-model van de provincie met data over gebouwen, verkeer en geluid.",
    commission: "Werkgroep Digitale Ethiek Overijssel",
    organisation: "Provincie Overijssel",
    year: 2024,
    values: ["participatie", "transparantie"],
    technologies: ["digitale-tweeling"],
    policyDomains: ["ruimtelijke-ordening"],
    reflection: "Een digitale tweeling kan keuzes verbergen achter mooie beelden. Inwoners moeten de aannames kunnen zien.",
    advice: "Maak de aannames van het model openbaar en laat inwoners scenario's zelf vergelijken.",
    decision: "De aannames worden gepubliceerd bij elk scenario.",
  }),
];

/** Closed but confidential: never in a public export, only visible to its owner and commission. */
export const confidentialCase: Case = makeCase({
  id: "dkf-2025-009",
  title: "Geheime toezichtsproef met kentekencamera's",
  question: "Mogen we kentekencamera's gebruiken om vrachtverkeer op de dijk te volgen?",
  context: "Vertrouwelijk: het gaat om een lopend onderzoek naar zwaar vrachtverkeer op dijken bij Harlingen.",
  technology: "ANPR-camera's (kentekenherkenning) langs de dijk.",
  commission: "Data-ethyk Kommisje Fryslân",
  organisation: "Wetterskip Fryslân",
  year: 2025,
  values: ["privacy", "veiligheid"],
  technologies: ["kentekenherkenning", "camera-toezicht"],
  policyDomains: ["waterveiligheid"],
  reflection: "GEHEIM-ONDERZOEK-TEKST: de proef raakt chauffeurs.",
  advice: "Beperk de proef tot drie maanden.",
  decision: "Proef van drie maanden.",
  confidentiality: "confidential",
  contact: "Sjoerd Hoekstra",
});

/** Open (not closed): never moresprudentie. */
export const openCase: Case = makeCase({
  id: "pzh-2026-010",
  title: "Camera's met gezichtsherkenning in de tram",
  question: "Mogen we gezichtsherkenning gebruiken in trams?",
  context: "Nog in analyse.",
  technology: "Camera's met gezichtsherkenning.",
  commission: "Ethiek-adviseurs Zuid-Holland",
  organisation: "Provincie Zuid-Holland",
  year: 2026,
  values: ["privacy"],
  technologies: ["gezichtsherkenning"],
  policyDomains: ["openbare-orde"],
  reflection: "-",
  advice: "-",
  decision: "-",
  status: "in-analysis",
});
