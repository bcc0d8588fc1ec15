import type { MaturityAction, MaturityModel, MaturityQuestion, MaturityText } from "@ethiek/schemas";

// The provincial model, written for ethiek in our own words. The five aspects follow the action
// lines of Provincie Overijssel's implementation strategy as described in the IEC's note on good
// practices (knowledge & skills, responsibilities, process design, procurement & ethics, policy);
// the desired results the note quotes (a training in the learning portal, guidance ethics in use,
// guidelines for data, AI and algorithms embedded in procurement) appear as level-3 criteria and
// actions. Each aspect names the ODI Data Ethics Maturity Model themes it overlaps with, by the
// ids that `importOdiModel` gives them. Indicator thresholds are the model authors' assumptions,
// to be tuned per province.

const t = (nl: string, en: string): MaturityText => ({ nl, en });

/** Id of the ODI model as `importOdiModel` names the 2024 file. */
export const ODI_2024_MODEL_ID = "odi-data-ethics-maturity-model-2024";

const odi = (dimension: string) => ({ model: ODI_2024_MODEL_ID, dimension });

function question(id: string, dimension: string, text: MaturityText, statements: MaturityText[], evidenceHints: MaturityText[]): MaturityQuestion {
  return { id, dimension, text, statements: statements.map((s, i) => ({ level: i + 1, text: s })), evidenceHints };
}

function actions(dimension: string, list: ReadonlyArray<[level: number, effect: 1 | 2 | 3, text: MaturityText, result?: MaturityText]>): MaturityAction[] {
  return list.map(([level, effect, text, result], i) => ({
    id: `${dimension}-${level}-${i + 1}`,
    dimension,
    level,
    effect,
    text,
    ...(result !== undefined ? { result } : {}),
  }));
}

const questions: MaturityQuestion[] = [
  question(
    "kennis-training",
    "kennis-en-vaardigheden",
    t("Hoe leren medewerkers over digitale ethiek?", "How do staff learn about digital ethics?"),
    [
      t("Er is geen aanbod. Kennis hangt af van een paar geïnteresseerde medewerkers.", "Nothing is offered. Knowledge depends on a few interested employees."),
      t("Soms is er een workshop of lezing. Wie wil, kan meedoen.", "Now and then there is a workshop or talk. Whoever wants to can join."),
      t("Een training digitale ethiek staat in het opleidingsportaal. Voor rollen die met data en algoritmen werken, is de training verplicht.", "A digital-ethics training is part of the learning portal. It is mandatory for roles that work with data and algorithms."),
      t("De provincie houdt bij wie de training volgde. Elk jaar meet ze hoeveel mensen ze bereikt en wat deelnemers ervan vinden.", "The province records who took the training. Each year it measures the reach and what participants think of it."),
      t("De training wordt elk jaar bijgewerkt met nieuwe regels en met casussen uit de eigen organisatie.", "The training is updated every year with new rules and with cases from the organisation itself."),
    ],
    [t("De pagina van de training in het opleidingsportaal", "The training's page in the learning portal"), t("Cijfers over deelname", "Participation figures")],
  ),
  question(
    "kennis-werkvormen",
    "kennis-en-vaardigheden",
    t("Kunnen medewerkers een ethische vraag goed met elkaar bespreken?", "Can staff discuss an ethical question well together?"),
    [
      t("Medewerkers weten niet hoe ze een ethische vraag kunnen bespreken.", "Staff do not know how to discuss an ethical question."),
      t("Een paar medewerkers kennen een werkvorm zoals begeleidingsethiek en gebruiken die soms.", "A few staff know a method such as guidance ethics and use it now and then."),
      t("Een vaste groep begeleiders (bijvoorbeeld ethiek-ambassadeurs) leidt gesprekken volgens een vaste methode, zoals begeleidingsethiek.", "A standing group of facilitators (for example ethics ambassadors) leads sessions with a set method such as guidance ethics."),
      t("Teams vragen zelf een gesprek aan. De provincie houdt bij hoeveel gesprekken er zijn en wat ermee gebeurt.", "Teams ask for sessions themselves. The province records how many sessions take place and what comes of them."),
      t("De provincie deelt haar kennis met andere provincies, bijvoorbeeld in de IPO-werkgroep, en leert van hun ervaringen.", "The province shares its knowledge with other provinces, for example in the IPO working group, and learns from their experience."),
    ],
    [t("Verslagen van gesprekken begeleidingsethiek", "Reports of guidance-ethics sessions"), t("De lijst van begeleiders", "The list of facilitators")],
  ),
  question(
    "verantwoordelijkheden-rollen",
    "verantwoordelijkheden",
    t("Is duidelijk wie verantwoordelijk is voor digitale ethiek?", "Is it clear who is responsible for digital ethics?"),
    [
      t("Niemand is verantwoordelijk. Vragen blijven liggen of worden toevallig opgepakt.", "Nobody is responsible. Questions are left lying or picked up by chance."),
      t("Een paar mensen pakken het op uit eigen interesse, zonder vaste taak.", "A few people take it up out of interest, without a set task."),
      t("Rollen zijn vastgelegd: een ethiek-adviseur, een eigenaar voor elk algoritme en een vaste plek waar vragen heen gaan.", "Roles are set down: an ethics advisor, an owner for every algorithm and a fixed place where questions go."),
      t("Directie en bestuur vragen om verantwoording. Ze krijgen vaste rapportages over casussen en adviezen.", "Management and the board ask for accountability. They receive regular reports on cases and advice."),
      t("Rollen en mandaten worden elk jaar bekeken en zo nodig aangepast.", "Roles and mandates are reviewed every year and adjusted where needed."),
    ],
    [t("Een besluit of functieprofiel met de rollen", "A decision or job profile naming the roles")],
  ),
  question(
    "verantwoordelijkheden-opvolging",
    "verantwoordelijkheden",
    t("Wat gebeurt er met ethische vragen en met de adviezen (reflecties) daarop?", "What happens to ethical questions and to the advice (reflections) on them?"),
    [
      t("Ethische vragen worden niet vastgelegd.", "Ethical questions are not recorded."),
      t("Soms gaat een vraag naar een commissie of adviseur. Wat er daarna gebeurt, weet niemand precies.", "Sometimes a question goes to a commission or advisor. Nobody knows exactly what happens next."),
      t("Vragen gaan via een vaste route naar een ethische commissie of adviseur. Reflecties worden vastgelegd als moresprudentie.", "Questions go to an ethics commission or advisor by a set route. Reflections are recorded as moresprudentie."),
      t("Bij elke reflectie wordt vastgelegd wat de organisatie ermee doet, en dat wordt gevolgd.", "For every reflection the organisation records what it does with it, and this is followed up."),
      t("Eerdere reflecties worden gebruikt bij nieuwe vragen en bij het aanpassen van beleid.", "Earlier reflections are used for new questions and when policy is revised."),
    ],
    [t("Gesloten casussen met hun reflectie en besluit", "Closed cases with their reflection and decision")],
  ),
  question(
    "processen-toetsing",
    "inrichting-processen",
    t("Hoe worden ethische risico's bekeken in projecten met data en algoritmen?", "How are ethical risks considered in projects with data and algorithms?"),
    [
      t("Risico's worden niet bekeken, of pas als er een probleem is.", "Risks are not considered, or only once there is a problem."),
      t("Sommige projecten doen een DPIA of IAMA. Dat hangt af van de projectleider.", "Some projects do a DPIA or IAMA. It depends on the project leader."),
      t("Elk project met data of algoritmen volgt vaste stappen: een toets vooraf (zoals IAMA of DPIA) en zo nodig een gesprek begeleidingsethiek.", "Every project with data or algorithms follows set steps: an assessment beforehand (such as an IAMA or DPIA) and a guidance-ethics session where needed."),
      t("De stappen horen bij de projectplanning en de besluitvorming. Een voorstel zonder deze stappen gaat terug.", "The steps are part of project planning and decision-making. A proposal without them is sent back."),
      t("De stappen worden verbeterd met lessen uit evaluaties en uit het volgen van systemen na ingebruikname.", "The steps are improved with lessons from evaluations and from monitoring systems after go-live."),
    ],
    [t("Een ingevulde IAMA of DPIA", "A completed IAMA or DPIA"), t("Het projectstartformulier met de ethische stappen", "The project start form with the ethics steps")],
  ),
  question(
    "processen-register",
    "inrichting-processen",
    t("Houdt de provincie zicht op algoritmen in gebruik, en betrekt zij inwoners?", "Does the province keep track of algorithms in use, and does it involve residents?"),
    [
      t("Er is geen overzicht van algoritmen.", "There is no overview of algorithms."),
      t("Er is een overzicht van een deel van de algoritmen, bijgehouden door een paar afdelingen.", "Some departments keep an overview of part of the algorithms."),
      t("Alle algoritmen met impact staan in het Algoritmeregister. Inwoners kunnen er vragen over stellen.", "Every impactful algorithm is in the Algoritmeregister. Residents can ask questions about them."),
      t("Algoritmen worden regelmatig gecontroleerd op hun werking en gevolgen. Inwoners en betrokkenen worden om feedback gevraagd.", "Algorithms are checked regularly for how they work and what they cause. Residents and stakeholders are asked for feedback."),
      t("Controles en feedback leiden zichtbaar tot aanpassingen. De provincie doet daar openbaar verslag van.", "Checks and feedback visibly lead to changes. The province reports on this in public."),
    ],
    [t("De publicaties van de provincie in het Algoritmeregister", "The province's entries in the Algoritmeregister")],
  ),
  question(
    "inkoop-eisen",
    "inkoop-en-ethiek",
    t("Zijn richtlijnen voor data, AI en algoritmen geborgd in het inkoopproces?", "Are guidelines for data, AI and algorithms embedded in the procurement process?"),
    [
      t("Bij het kopen van algoritmen of AI wordt niet op ethische eisen gelet.", "Ethical requirements are not considered when algorithms or AI are bought."),
      t("Soms voegt een inkoper zelf eisen toe, bijvoorbeeld uit de modelcontractbepalingen.", "Sometimes a buyer adds requirements of their own, for example from the model contract clauses."),
      t("Vaste eisen, zoals de EU-modelcontractbepalingen voor AI en het Algoritmekader, staan in de standaard aanbestedingsdocumenten.", "Standard requirements, such as the EU model contractual clauses for AI and the Algoritmekader, are in the standard tender documents."),
      t("Elke aanbesteding met algoritmen of AI wordt vooraf op deze eisen gecontroleerd. De uitkomsten worden bijgehouden.", "Every tender with algorithms or AI is checked against these requirements beforehand. The outcomes are recorded."),
      t("De eisen worden bijgewerkt met nieuwe regels en met lessen uit eerdere aanbestedingen en contracten.", "The requirements are updated with new rules and with lessons from earlier tenders and contracts."),
    ],
    [t("Het standaard programma van eisen", "The standard list of requirements"), t("Controlerapporten van aanbestedingen", "Check reports of tenders")],
  ),
  question(
    "inkoop-samenwerking",
    "inkoop-en-ethiek",
    t("Werken inkoop, ethiek en de vakafdeling samen bij het kopen van algoritmen en AI?", "Do procurement, ethics and the business department work together when buying algorithms and AI?"),
    [
      t("Inkoop en ethiek werken niet samen.", "Procurement and ethics do not work together."),
      t("Soms stelt een inkoper een vraag aan een ethiek-adviseur.", "Sometimes a buyer asks an ethics advisor a question."),
      t("Bij aanbestedingen met een hoog risico zit een ethiek-adviseur in het team. Afwijken van een eis kan alleen met een reden en een casus.", "For high-risk tenders an ethics advisor is in the team. A requirement can only be waived with a reason and a case."),
      t("Na de gunning wordt gecontroleerd of de leverancier zich aan de afspraken houdt.", "After the award, contract management checks that the supplier keeps its commitments."),
      t("De provincie deelt haar eisen en ervaringen met andere provincies en met leveranciers.", "The province shares its requirements and experience with other provinces and with suppliers."),
    ],
    [t("De samenstelling van het aanbestedingsteam", "The make-up of the tender team"), t("Vastgelegde afwijkingen met hun casus", "Recorded waivers with their case")],
  ),
  question(
    "beleid-visie",
    "beleid",
    t("Heeft de provincie een visie en beleid op digitale ethiek?", "Does the province have a vision and policy on digital ethics?"),
    [
      t("Er is geen visie of beleid op digitale ethiek.", "There is no vision or policy on digital ethics."),
      t("Er zijn losse afspraken per afdeling of project.", "There are separate agreements per department or project."),
      t("Er is een vastgestelde visie of strategie, zoals een implementatiestrategie digitale ethiek, met waarden en principes.", "There is an adopted vision or strategy, such as an implementation strategy for digital ethics, with values and principles."),
      t("De strategie heeft doelen en een doelprofiel. De voortgang wordt gemeten en met het bestuur besproken.", "The strategy has goals and a target profile. Progress is measured and discussed with the board."),
      t("Het beleid wordt regelmatig herzien, met inbreng van inwoners, Provinciale Staten en de ethische commissie.", "The policy is revised regularly, with input from residents, the provincial council and the ethics commission."),
    ],
    [t("Het besluit van GS of PS over de strategie", "The executive's or council's decision on the strategy")],
  ),
  question(
    "beleid-wetgeving",
    "beleid",
    t("Houdt het beleid rekening met wetten en regels, zoals de AI-verordening en de AVG?", "Does the policy take laws and rules such as the AI Act and the GDPR into account?"),
    [
      t("Naar wetten en regels wordt pas gekeken als er een probleem is.", "Laws and rules are only looked at once there is a problem."),
      t("Juristen of privacy-functionarissen kijken mee als iemand dat vraagt.", "Lawyers or privacy officers take a look when someone asks."),
      t("Het beleid noemt de regels die gelden (AI-verordening, AVG, Algoritmekader) en wie erop let.", "The policy names the rules that apply (AI Act, GDPR, Algoritmekader) and who watches over them."),
      t("Nieuwe regels worden op tijd omgezet in werkafspraken. Of die worden nageleefd, wordt gecontroleerd.", "New rules are turned into working agreements in time. Compliance with them is checked."),
      t("De provincie gaat verder dan de wet waar haar waarden dat vragen, en legt uit waarom.", "The province goes beyond the law where its values ask for it, and explains why."),
    ],
    [t("Een overzicht van geldende regels met een eigenaar per regel", "An overview of applicable rules with an owner for each")],
  ),
];

const modelActions: MaturityAction[] = [
  ...actions("kennis-en-vaardigheden", [
    [2, 2, t("Organiseer een eerste bijeenkomst over digitale ethiek voor alle medewerkers.", "Hold a first meeting on digital ethics for all staff.")],
    [2, 1, t("Breng in kaart welke medewerkers al kennis hebben van digitale ethiek.", "Map which staff already know about digital ethics.")],
    [3, 3, t("Zet een training digitale ethiek in het opleidingsportaal.", "Put a digital-ethics training in the learning portal."), t("De training staat in het opleidingsportaal.", "The training is in the learning portal.")],
    [3, 3, t("Leid een groep begeleiders op in begeleidingsethiek.", "Train a group of facilitators in guidance ethics."), t("Werkvormen zoals begeleidingsethiek worden gebruikt.", "Methods such as guidance ethics are in use.")],
    [4, 3, t("Maak de training verplicht voor rollen die met data en algoritmen werken.", "Make the training mandatory for roles that work with data and algorithms.")],
    [4, 2, t("Meet elk jaar wie de training volgde en wat deelnemers ervan vonden.", "Measure every year who took the training and what participants thought of it.")],
    [5, 2, t("Werk de training elk jaar bij met casussen uit de eigen moresprudentie.", "Update the training every year with cases from the organisation's own moresprudentie.")],
    [5, 1, t("Deel trainingsmateriaal met andere provincies via de IPO-werkgroep.", "Share training material with other provinces through the IPO working group.")],
  ]),
  ...actions("verantwoordelijkheden", [
    [2, 3, t("Wijs een eerste aanspreekpunt aan voor ethische vragen.", "Appoint a first point of contact for ethical questions.")],
    [2, 2, t("Leg ethische vragen vast, ook als ze nog geen antwoord hebben.", "Record ethical questions, even before they are answered.")],
    [3, 3, t("Leg de rollen vast: ethiek-adviseur, eigenaar per algoritme en de route naar een ethische commissie.", "Set down the roles: ethics advisor, an owner per algorithm and the route to an ethics commission.")],
    [3, 2, t("Leg elke reflectie vast als moresprudentie.", "Record every reflection as moresprudentie.")],
    [4, 3, t("Leg bij elke reflectie vast wat de organisatie besluit, en volg dat.", "Record for every reflection what the organisation decides, and follow it up.")],
    [4, 2, t("Rapporteer elk kwartaal aan directie en bestuur over casussen en reflecties.", "Report every quarter to management and the board on cases and reflections.")],
    [5, 2, t("Bekijk rollen en mandaten elk jaar opnieuw.", "Review roles and mandates every year.")],
    [5, 2, t("Gebruik eerdere reflecties bij nieuwe vragen en bij beleid.", "Use earlier reflections for new questions and for policy.")],
  ]),
  ...actions("inrichting-processen", [
    [2, 2, t("Spreek af dat projecten met persoonsgegevens een DPIA doen.", "Agree that projects with personal data do a DPIA.")],
    [2, 2, t("Maak een eerste lijst van algoritmen die in gebruik zijn.", "Make a first list of algorithms in use.")],
    [3, 3, t("Neem een toets vooraf (IAMA of DPIA) en zo nodig een gesprek begeleidingsethiek op in de vaste projectstappen.", "Add an assessment beforehand (IAMA or DPIA) and, where needed, a guidance-ethics session to the standard project steps.")],
    [3, 2, t("Publiceer alle algoritmen met impact in het Algoritmeregister.", "Publish every impactful algorithm in the Algoritmeregister.")],
    [4, 3, t("Maak de ethische stappen een voorwaarde voor besluiten over projecten.", "Make the ethics steps a condition for decisions on projects.")],
    [4, 2, t("Controleer algoritmen regelmatig op werking en gevolgen, en vraag betrokkenen om feedback.", "Check algorithms regularly for how they work and what they cause, and ask stakeholders for feedback.")],
    [5, 2, t("Verbeter de projectstappen elk jaar met lessen uit evaluaties.", "Improve the project steps every year with lessons from evaluations.")],
    [5, 1, t("Doe openbaar verslag van wat controles en feedback hebben veranderd.", "Report in public on what checks and feedback have changed.")],
  ]),
  ...actions("inkoop-en-ethiek", [
    [2, 3, t("Geef inkopers een lijst met eisen voor algoritmen en AI.", "Give buyers a list of requirements for algorithms and AI.")],
    [2, 2, t("Vraag bij elke aanbesteding na of er een algoritme of AI in zit.", "Ask for every tender whether it contains an algorithm or AI.")],
    [3, 3, t("Neem de EU-modelcontractbepalingen voor AI en de eisen uit het Algoritmekader op in de standaard aanbestedingsdocumenten.", "Put the EU model contractual clauses for AI and the Algoritmekader's requirements into the standard tender documents."), t("Richtlijnen voor data, AI en algoritmen zijn geborgd in het inkoopproces.", "Guidelines for data, AI and algorithms are embedded in the procurement process.")],
    [3, 2, t("Sta afwijken van een eis alleen toe met een reden en een casus.", "Allow a requirement to be waived only with a reason and a case.")],
    [4, 3, t("Controleer elke aanbesteding met algoritmen of AI voordat ze wordt gepubliceerd, bijvoorbeeld met de controle van ethiek.", "Check every tender with algorithms or AI before it is published, for example with ethiek's check.")],
    [4, 2, t("Controleer na de gunning of de leverancier zich aan de afspraken houdt.", "Check after the award that the supplier keeps its commitments.")],
    [5, 2, t("Werk de eisen bij na elke nieuwe regel en na elke evaluatie van een contract.", "Update the requirements after every new rule and every contract evaluation.")],
    [5, 1, t("Deel eisen en ervaringen met andere provincies.", "Share requirements and experience with other provinces.")],
  ]),
  ...actions("beleid", [
    [2, 2, t("Schrijf een eerste notitie met de waarden die de provincie belangrijk vindt.", "Write a first note on the values the province holds important.")],
    [2, 2, t("Breng in kaart welke regels gelden, zoals de AI-verordening en de AVG.", "Map which rules apply, such as the AI Act and the GDPR.")],
    [3, 3, t("Laat een strategie digitale ethiek vaststellen door Gedeputeerde Staten.", "Have the provincial executive adopt a digital-ethics strategy.")],
    [3, 2, t("Leg vast wie let op de AI-verordening, de AVG en het Algoritmekader.", "Set down who watches over the AI Act, the GDPR and the Algoritmekader.")],
    [4, 3, t("Stel een doelprofiel vast en meet de voortgang elk jaar met dit model.", "Set a target profile and measure progress every year with this model.")],
    [4, 2, t("Zet nieuwe regels op tijd om in werkafspraken en controleer de naleving.", "Turn new rules into working agreements in time and check compliance.")],
    [5, 2, t("Herzie het beleid regelmatig, met inbreng van inwoners, Provinciale Staten en de ethische commissie.", "Revise the policy regularly, with input from residents, the provincial council and the ethics commission.")],
    [5, 1, t("Leg uit waar de provincie verder gaat dan de wet, en waarom.", "Explain where the province goes beyond the law, and why.")],
  ]),
];

/**
 * The provincial digital-ethics maturity model of ethiek: five aspects (knowledge & skills,
 * responsibilities, process design, procurement & ethics, policy), five levels (initial,
 * repeatable, defined, managed, optimising), two questions per aspect with a concrete criterion
 * per level in Dutch (B1) and English, action lines per aspect and level, measured indicators for
 * responsibilities and procurement, and mappings to the ODI Data Ethics Maturity Model's themes.
 *
 * @example
 * import { provincialModel, scoreAssessment } from "@ethiek/maturity";
 * provincialModel.dimensions.map((d) => d.name.nl); // ["Kennis & vaardigheden", …]
 */
export const provincialModel: MaturityModel = {
  schemaVersion: "1.0",
  id: "ethiek-provincies",
  version: "2026.1",
  name: t("Volwassenheidsmodel digitale ethiek voor provincies", "Digital-ethics maturity model for provinces"),
  description: t(
    "Meet hoe ver de provincie is met digitale ethiek, op vijf aspecten. Elk aspect heeft vijf niveaus. Bij elk niveau staan concrete kenmerken en acties om een niveau hoger te komen.",
    "Measures how far the province is with digital ethics, on five aspects. Each aspect has five levels, each with concrete criteria and actions to reach the next level.",
  ),
  levels: [
    { level: 1, id: "initial", name: t("Beginnend", "Initial"), description: t("Er gebeurt weinig, en als er iets gebeurt, hangt het af van personen.", "Little happens, and what does depends on individuals.") },
    { level: 2, id: "repeatable", name: t("Herhaalbaar", "Repeatable"), description: t("Er gebeurt iets, maar per afdeling of project verschillend.", "Things happen, but differently per department or project.") },
    { level: 3, id: "defined", name: t("Vastgelegd", "Defined"), description: t("Er zijn vaste afspraken en werkwijzen voor de hele organisatie.", "There are set agreements and ways of working for the whole organisation.") },
    { level: 4, id: "managed", name: t("Gestuurd", "Managed"), description: t("De afspraken worden gevolgd, gemeten en bijgestuurd.", "The agreements are followed, measured and steered.") },
    { level: 5, id: "optimising", name: t("Verbeterend", "Optimising"), description: t("De organisatie leert voortdurend en deelt wat ze leert.", "The organisation keeps learning and shares what it learns.") },
  ],
  dimensions: [
    {
      id: "kennis-en-vaardigheden",
      name: t("Kennis & vaardigheden", "Knowledge & skills"),
      description: t("Weten medewerkers wat digitale ethiek is, en kunnen ze ermee werken?", "Do staff know what digital ethics is, and can they work with it?"),
      mappings: [odi("skills-and-knowledge")],
    },
    {
      id: "verantwoordelijkheden",
      name: t("Verantwoordelijkheden", "Responsibilities"),
      description: t("Is duidelijk wie waarvoor zorgt, en wat er met ethische vragen en adviezen gebeurt?", "Is it clear who takes care of what, and what happens to ethical questions and advice?"),
      mappings: [odi("organisational-governance-and-internal-oversight")],
      indicators: [
        {
          metric: "cases-closed",
          thresholds: [{ level: 2, atLeast: 1 }, { level: 3, atLeast: 4 }, { level: 4, atLeast: 10 }, { level: 5, atLeast: 20 }],
          explanation: t("Aantal afgesloten casussen in het laatste jaar.", "Number of cases closed in the last year."),
        },
        {
          metric: "reflections-followed-up-share",
          thresholds: [{ level: 2, atLeast: 0.25 }, { level: 3, atLeast: 0.5 }, { level: 4, atLeast: 0.8 }, { level: 5, atLeast: 0.95 }],
          explanation: t("Deel van de reflecties waarbij is vastgelegd wat de organisatie ermee deed.", "Share of reflections for which the organisation recorded what it did with them."),
        },
      ],
    },
    {
      id: "inrichting-processen",
      name: t("Inrichting processen", "Process design"),
      description: t("Zit ethiek in de vaste stappen van projecten en in het beheer van algoritmen?", "Is ethics part of the standard steps of projects and of managing algorithms?"),
      mappings: [odi("data-management-risk-processes"), odi("stakeholder-and-staff-engagement")],
    },
    {
      id: "inkoop-en-ethiek",
      name: t("Inkoop & ethiek", "Procurement & ethics"),
      description: t("Stelt de provincie ethische eisen als ze algoritmen en AI koopt, en controleert ze die?", "Does the province set ethical requirements when it buys algorithms and AI, and does it check them?"),
      mappings: [odi("funding-and-procurement")],
      indicators: [
        {
          metric: "tenders-checked-share",
          thresholds: [{ level: 2, atLeast: 0.1 }, { level: 3, atLeast: 0.5 }, { level: 4, atLeast: 0.8 }, { level: 5, atLeast: 0.95 }],
          explanation: t("Deel van de aanbestedingen met algoritmen of AI dat gecontroleerd is.", "Share of tenders with algorithms or AI that were checked."),
        },
        {
          metric: "requirements-met-share",
          thresholds: [{ level: 2, atLeast: 0.25 }, { level: 3, atLeast: 0.5 }, { level: 4, atLeast: 0.75 }, { level: 5, atLeast: 0.9 }],
          explanation: t("Deel van de geldende eisen waaraan gecontroleerde aanbestedingen voldoen.", "Share of applicable requirements that checked tenders meet."),
        },
      ],
    },
    {
      id: "beleid",
      name: t("Beleid", "Policy"),
      description: t("Heeft de provincie een visie, doelen en regels voor digitale ethiek?", "Does the province have a vision, goals and rules for digital ethics?"),
      mappings: [odi("organisational-governance-and-internal-oversight"), odi("legal-standing-and-compliance")],
    },
  ],
  questions,
  actions: modelActions,
};
