// The engine's own vocabulary as ruleset data: how procurement texts and legal texts oblige, wish,
// ask, defer, recommend, negate and refer; who the parties are; and the words the classifier
// reads. A province's ruleset adds groups to these (schemas/ruleset.schema.json, `vocabulary`).
// Every group names where its words come from. "Drafting usage" means the ordinary words of Dutch
// and English tender and contract drafting (Aanbestedingswet 2012 practice, ARBIT/GIBIT, model
// contracts), which no single tender owns.
import type { Ruleset } from "@ethiek/schemas";

type Vocabulary = NonNullable<Ruleset["vocabulary"]>;

const DRAFTING = "drafting usage (nl, en)";
const AI_ACT_NL_EN = "AI Act, nl and en texts";

export const vocabulary: Vocabulary = {
  obligation: [
    {
      source: DRAFTING,
      terms: [
        "moet", "moeten", "dient", "dienen", "is verplicht", "zijn verplicht", "verplicht", "verplichting*", "draagt zorg", "dragen zorg", "zorgt ervoor", "zorgt dat",
        "zorgen ervoor", "zorgen dat", "garandeert", "garanderen", "staat ervoor in", "staat er voor in", "is gehouden", "zijn gehouden", "verbindt zich", "verbinden zich",
        "neemt op zich", "heeft de plicht", "hebben de plicht", "is verantwoordelijk voor", "zijn verantwoordelijk voor", "waarborgt", "waarborgen", "gewaarborgd", "draagt er zorg voor",
        "knock out", "ko eis*", "eis", "eisen", "uitsluitingsgrond", "zal", "zullen", "must have", "must haves",
        "shall", "must", "is required to", "are required to", "undertakes", "undertake to", "warrants", "guarantees", "ensures", "ensure that", "is obliged", "are obliged",
        "will", "is responsible for", "are responsible for", "agrees to", "commits to", "has to", "have to", "is bound to", "binds itself",
      ],
    },
    { source: AI_ACT_NL_EN, terms: ["zorgen ervoor dat", "worden verstrekt", "zien erop toe", "ziet erop toe", "nemen passende", "shall ensure", "shall take", "shall keep", "shall provide"] },
  ],
  supplier: [
    {
      source: DRAFTING,
      terms: [
        "opdrachtnemer", "leverancier", "inschrijver", "aanbieder", "dienstverlener", "contractant", "opdrachtnemers", "framework supplier", "onderaannemer*", "gegadigde",
        "contractor", "supplier", "tenderer", "vendor", "service provider", "bidder*", "subcontractor*", "provider",
        // A statement of work's consultant, a model licence's licensor and the systems integrator
        // who builds a service on another's model deliver the system.
        "consultant", "licensor", "integrator", "systeemintegrator", "system integrator",
        // The buyer's own documents call the supplier "de wederpartij" (the other party).
        "wederpartij",
        // The UAV 2012 and RAW bestekken of civil works name the supplier "de aannemer".
        "aannemer", "hoofdaannemer",
        // Abbreviations of terse forms ("opdrn. levert …").
        "opdrn",
        // A design contest's winner gets the follow-up contract (Aanbestedingswet 2012, art. 2.166).
        "winnaar", "winner",
        // The supplier of a framework agreement.
        "raamcontractant", "raamcontractanten", "framework contractor",
        // Subsidy conditions bind the recipient as a contract binds its supplier (Awb 4:37–4:39).
        "subsidieontvanger", "subsidieontvangers", "grant recipient",
        // Permit conditions (voorschriften, Awb 4:1) and a concession bind their holder the same way.
        "vergunninghouder", "vergunninghouders", "permit holder", "concessiehouder", "concessionaire",
      ],
    },
    // A request for quotation addresses the supplier as "u" / "jullie" / "you" (and the buyer is "wij" / "we").
    { source: DRAFTING, terms: ["u", "jullie", "you"] },
    { source: "GDPR art. 28 (a processor agreement's parties)", terms: ["verwerker", "processor"] },
  ],
  buyer: [
    {
      source: DRAFTING,
      terms: [
        "verkeerscentrale", "traffic centre", "traffic center",
        "wij", "we",
        "provincie", "opdrachtgever", "aanbestedende dienst", "de provincie", "gedeputeerde staten", "waterschap", "gemeente",
        "province", "contracting authority", "participating authorities", "participating authority", "lead authority", "the authority", "the buyer", "the customer", "water board",
        "customer", "municipality", "water authority", "opdrg",
        // A software licence's buyer, the other side of its licensor.
        "licensee", "licentienemer",
        // Several public bodies buying together ("de Deelnemers", "the Authorities", "the Project Partners").
        "authorities", "contracting authorities", "opdrachtgevers", "aanbestedende diensten", "deelnemers", "project partner", "project partners",
      ],
    },
    // The kinds of Dutch public body that buy for themselves or for their members (Wet gemeenschappelijke
    // regelingen, Wet veiligheidsregio's, Waterschapswet), named as the acting party ("De Veiligheidsregio stelt … beschikbaar").
    {
      source: "Dutch public bodies (Wgr, Wvr, Waterschapswet)",
      terms: ["veiligheidsregio", "omgevingsdienst", "gemeenschappelijke regeling", "ggd", "hoogheemraadschap", "wetterskip", "sociale dienst", "uitvoeringsdienst", "rijkswaterstaat", "ministerie", "het college", "dagelijks bestuur"],
    },
    { source: "MCC-AI (2025), art. 1: the buyer is the Public Organisation", terms: ["public organisation", "public organization", "publieke organisatie"] },
    { source: "GDPR art. 28 (a processor agreement's parties)", terms: ["verwerkingsverantwoordelijke", "controller"] },
  ],
  wish: [
    {
      source: DRAFTING,
      terms: [
        "mooi", "welcome*", "waardeer*",
        "wens", "wensen", "zou ... mooi", "zou helpen", "waardeert", "waarderen", "gewaardeerd", "wordt gewaardeerd", "would be valued", "is valued", "op prijs", "verdient ... voorkeur", "bij voorkeur",
        "pluspunt", "zou willen", "is wenselijk", "wenselijk", "optione*", "zou ... fijn", "fijn als", "is fijn",
        // Points in the award for what a bid offers beyond the requirements (EMVI): still a wish.
        "meerwaarde", "added value", "extra punten", "additional points", "bonus points",
        "would welcome", "welcomes", "welcome", "be appreciated", "appreciated", "appreciates", "would appreciate", "would ... appreciate", "nice to have", "preferably", "would like", "desirable", "optional",
        // Encouraging is not obliging: "The Subcontractor is encouraged to report the energy use".
        "is encouraged to", "are encouraged to", "wordt aangemoedigd", "worden aangemoedigd", "moedigt ... aan",
        // A duty only "if possible" may be left undone ("Zo mogelijk rapporteert Opdrachtnemer …"); "waar
        // mogelijk" and "zoveel mogelijk" ask a best effort and stay obligations.
        "zo mogelijk", "indien mogelijk", "if possible",
      ],
    },
    { source: "MoSCoW prioritisation", terms: ["should", "should have", "should haves", "could", "could have", "could haves"] },
  ],
  question: [
    {
      source: DRAFTING,
      terms: [
        "los van de beoordeling", "buiten de beoordeling", "outside the assessment",
        "marktconsultatie", "marktverkenning", "niet beoordeeld", "worden niet beoordeeld", "wordt niet beoordeeld", "niet bindend", "geen eis",
        // A question reported ("A supplier asked whether the tool decides about residents") describes no use.
        "asked whether", "asks whether", "vroeg of", "vroegen of", "vraagt of", "wanted to know whether", "wilde weten of",
        // A reply letter (a Woo decision, an answer to questions) restates what the reader asked: "U vraagt ook naar …".
        "u vraagt", "vraagt u", "u vroeg", "vroeg u", "you ask", "you asked", "you have asked",
        // Information asked of the bidder: "De Provincie verzoekt Inschrijver aan te geven in welke risicoklasse …".
        "verzoekt ... aan te geven", "verzoeken ... aan te geven", "vraagt ... aan te geven", "wordt verzocht aan te geven", "asks ... to indicate", "is asked to indicate", "are asked to indicate",
        "kijkt u", "vragen u", "vraag aan de markt", "vragen ... markt", "is gevraagd", "heeft gevraagd", "hebben gevraagd", "zijn gevraagd", "weegt ... mee",
        "jullie advies", "uw advies", "graag advies", "your advice", "we would like your views", "are invited to state", "are invited to indicate", "invited to describe", "invited to explain",
        // A bidder invited to answer; an applicant invited to an interview is no question ("bepaalt wie wordt uitgenodigd").
        "worden uitgenodigd om", "wordt uitgenodigd om", "worden uitgenodigd te", "wordt uitgenodigd te", "uitgenodigd ... te beschrijven", "uitgenodigd ... aan te geven", "uitgenodigd ... toe te lichten",
        "market consultation", "market sounding", "this request for information", "request for information rfi", "rfi", "not assessed", "not scored", "not binding", "non binding", "no requirement", "not a requirement",
        "questions to", "were asked", "we ask you", "we invite you to describe",
        // A question put to every bidder ("De gemeente vraagt Inschrijvers hoe zij …"), answered in the offer.
        "vraagt inschrijvers hoe", "vraagt inschrijver hoe", "vraagt inschrijvers welke", "vraagt inschrijver welke", "vraagt inschrijvers of", "vraagt inschrijver of",
        "asks tenderers how", "asks bidders how", "asks tenderers whether", "asks bidders whether", "asks tenderers which", "asks bidders which",
        // The imperative to a bidder asks for an answer that is scored, it sets no duty ("Beschrijf hoe u …").
        "beschrijf hoe", "beschrijf welke", "beschrijf met welke", "beschrijf op welke", "beschrijf wat", "licht toe hoe", "geef aan hoe", "please describe",
      ],
    },
  ],
  deferred: [
    {
      source: DRAFTING,
      terms: [
        "iedere ... afzonderlijk", "ieder ... afzonderlijk", "each ... separately",
        "contractvorming", "contract formation",
        // "nader te bepalen", "wordt nader uitgewerkt" — not "nader onderzoek" (a further check) or "nader toegelicht".
        "nader te", "nader ... werken", "nader in te", "nader vast te", "nader af te", "nader op te", "nader overeen", "nader uitgewerkt", "nader bepaald", "nader vastgesteld",
        "nader ingevuld", "nader beoordeeld", "nader beoordelen", "further assessed", "nader geregeld", "nader afgesproken", "nader vastgelegd", "nader besproken", "nader met", "nader in", "nader bij", "nader bepalen", "nader uitwerken", "nader invullen", "nader vaststellen", "nader regelen", "nader afspreken",
        "wordt aangevuld",
        "worden aangevuld", "na de gunning bepaald", "wordt later bepaald", "later vastgesteld", "later bepaald", "overweegt", "overwegen", "laten wij", "laat de provincie",
        "eigen beleid", "in overleg te bepalen", "pm", "pas bij", "bij de eerste verlenging", "in een later stadium",
        // Left to each later call-off (LABELS.md: "deferred (left to a later call-off or to each authority)").
        "per deelopdracht vastgelegd", "per deelopdracht bepaald", "per deelopdracht geregeld", "per nadere overeenkomst vastgelegd", "per nadere overeenkomst bepaald",
        "set out in each call off", "determined in each call off", "agreed in each call off", "in its call off", "with its call off", "in each call off",
        "in iedere nadere overeenkomst", "in elke nadere overeenkomst", "per nadere opdracht",
        "nog te bepalen", "nog vast te stellen", "nog op te stellen", "will be fixed", "to be fixed", "in due course", "beslist na", "na de gunning beslist", "beslist zelf", "bepaalt zelf", "besluit iedere", "besluit elke", "besluit ieder", "beslist iedere", "beslist elke", "bepaalt iedere", "bepaalt elke", "naar eigen inzicht",
        // Left to the other party to judge: "Whether … a data processing agreement is needed is for the Contractor to assess".
        "is for the contractor to", "is for the supplier to", "is for the vendor to", "is up to the contractor", "is up to the supplier", "at the contractor s discretion", "at the supplier s discretion", "ter beoordeling van de opdrachtnemer", "ter beoordeling van de leverancier", "is aan de opdrachtnemer om", "is aan de leverancier om", "bezien of", "bekijken of", "bekijken wij",
        "bekijkt of", "wordt nog bepaald", "worden nog bepaald",
        "to be worked out", "to be determined", "to be agreed", "tbd", "will ... agreed", "agreed per", "will be assessed", "will ... decided", "after the award",
        "will consider", "considers whether", "own policy", "each authority", "left to", "at a later stage", "will decide", "decides itself", "decides for itself",
        "are considering", "is considering", "considering whether", "will be determined", "is to be determined", "to be decided", "will examine whether",
        "will look into whether", "will be considered", "follow after award", "volgen na gunning", "volgen na de gunning", "wordt overwogen", "overwogen wordt", "zal worden overwogen", "na de pilot", "na de pilotfase", "after the pilot",
        // An action point of minutes is work still to do, not an agreement ("(actiepunt 7)").
        "actiepunt*", "action point*", "action item*",
        // Advice still to be sought settles nothing ("will seek legal advice on whether …").
        "seek legal advice", "seek advice on", "will seek advice", "advies inwinnen",
        // Left open or not (yet) agreed: nothing binds until the parties agree.
        "wordt ... bezien", "worden ... bezien", "wordt ... bekeken", "geen overeenstemming", "niet overeengekomen", "nog niet afgesproken",
        "no agreement", "not agreed", "not been agreed", "not yet agreed",
        "geen afspraken gemaakt", "zijn geen afspraken", "zijn nog geen afspraken", "no arrangements have been made", "nothing has been agreed",
        // Not yet discussed or decided, to come back later ("is nog niet in het MT besproken").
        "nog niet ... besproken", "nog niet ... beslist", "nog niet ... vastgesteld", "nog geen besluit", "not yet discussed",
        // An open question put to a later meeting.
        "the question whether", "de vraag of", "be discussed", "wordt besproken", "worden besproken", "bespreken partijen",
        "nadere afspraken", "nadere afspraak", "further arrangements", "maken partijen",
        // Left to each party, or laid down only after the award.
        "whether and when", "whether and how", "of en wanneer", "of en hoe", "is for each", "is aan iedere", "is aan elke",
        "gunning ... vastgelegd", "gunning ... vastgesteld", "overleg ... vastgelegd", "overleg ... vastgesteld", "consultation ... determined",
        // Left to every later call-off, or to an agreement not yet made.
        "agreed in each", "agreed in every", "determined in each", "laid down in each", "geregeld in iedere", "geregeld in elke", "vastgelegd in iedere", "vastgelegd in elke",
        "nog te sluiten", "yet to be concluded", "to be concluded later",
        "nadere uitwerking", "uitwerking na gunning", "uitgewerkt na gunning", "worked out after award", "worked out after the award",
        // Put to a later talk or still to be found out ("bespreken we later", "zoekt P&O nog uit").
        "nog niet vastgesteld", "nog niet bepaald", "not yet determined",
        // Arrangements still to be made, by a party or in a later agreement ("maken … afspraken over", "shall be determined by").
        "maken ... afspraken", "maakt ... afspraken", "afspraken maken", "afspraken ... maken wij", "afspraken ... maken we", "arrangements ... will be made", "arrangements ... shall be made", "shall be determined", "shall be decided", "shall be agreed upon", "later af", "later afstemmen", "later afgestemd", "uitstellen tot", "uitgesteld tot", "postponed until", "postponed to",
        "weet ik niet", "weten we niet", "weten wij niet", "weet ik nog niet", "weten we nog niet", "weten wij nog niet", "geen idee", "is still open", "remains open", "staat nog open", "is nog open",
        // Still deliberating ("De Provincie beraadt zich nog op …"): nothing is decided.
        "beraadt zich", "beraden zich", "zich nog beraden", "in beraad", "still deliberating", "deliberating whether", "under consideration", "in overweging",
        "weten het nog niet", "weet het nog niet", "weten dat nog niet", "weet dat nog niet", "kijkt nog of", "kijken nog of", "besluit volgt", "beslissing volgt", "decision to follow",
        // "Partijen bezien in het eerste kwartaal of …"; the abbreviations of "nader overeen te komen", "nader te bepalen".
        "bezien ... of", "n o t k", "n t b",
        // Left to an agreement still to be made, or to a later moment ("worden geregeld in een afzonderlijke
        // beheerovereenkomst", "komen aan de orde in de overeenkomst van fase 3", "volgt bij de evaluatie in 2027").
        "afzonderlijke overeenkomst", "afzonderlijke beheerovereenkomst", "aparte overeenkomst", "latere overeenkomst", "vervolgovereenkomst",
        "separate agreement", "separate contract", "later agreement", "follow on agreement", "follow on contract",
        "komen aan de orde in", "komt aan de orde in", "volgt bij de evaluatie", "indien ... volgt",
        "bespreken we", "bespreken wij", "nog uitzoeken", "nog uit te zoeken", "zoekt ... uit", "zoeken ... uit", "in de contractfase", "will be discussed later",
      ],
    },
  ],
  nonBinding: [
    {
      source: DRAFTING,
      terms: [
        // Minutes report what someone argues for; it binds nobody ("Mevr. X pleit voor een IAMA").
        "pleit voor", "pleiten voor", "argues for", "is van mening", "kan op verzoek", "can on request", "may on request",
        // Taking part is the party's free choice.
        "participation is voluntary", "deelname is vrijwillig", "medewerking is vrijwillig",
        // … or proposes, asks or thinks, and what was only discussed ("Besproken is of …").
        // Views reported, not settled ("Over de bewaartermijn verschilden de meningen"), and advice boxes ("Advies aan de Provincie").
        "verschilden de meningen", "verschillen de meningen", "opinions differed", "views differed", "advies aan de provincie", "advies aan de gemeente", "advice to the province",
        "stelde voor", "meent dat", "vroeg of",
        // Advice reported, not taken: "The DPO advised that a DPIA be carried out", "De werkgroep adviseerde …".
        "recommended that", "advised that", "adviseerde", "adviseerden", "heeft geadviseerd", "hebben geadviseerd", "heeft aanbevolen", "hebben aanbevolen", "beval aan", "bevalen aan", "vraagt of", "asked whether", "besproken is", "is besproken", "werd besproken", "was discussed",
        "kan desgevraagd", "desgevraagd kan",
        // What both parties may do together binds neither ("Partijen kunnen, in overleg, … voorleggen").
        "partijen kunnen", "partijen mogen", "parties may", "the parties may",
        "wordt aanbevolen", "worden aanbevolen", "beveelt aan", "bevelen aan", "adviseert", "adviseren", "raadt aan", "kan eventueel", "eventueel later", "misschien",
        // A court's remark in passing (obiter dictum), a personal view, and a statement reported second hand.
        "ten overvloede", "strekt tot aanbeveling", "strekt tot de aanbeveling", "wat mij betreft", "volgens mij", "mijns inziens", "naar mijn mening", "in my view", "in my opinion", "heeft aangegeven te", "hebben aangegeven te", "heeft ... laten weten", "hebben ... laten weten",
        "naar eigen zeggen", "has indicated that", "have indicated that", "has informed us that", "has told us that", "voornemens te",
        "is voornemens", "zijn voornemens", "heeft het voornemen", "zou kunnen", "zouden kunnen", "streeft ernaar", "streven ernaar", "streeft naar", "streven naar", "strives for", "aims for", "ter informatie", "ter kennisname", "for your information", "informatief", "zou", "zouden",
        "is recommended", "are recommended", "recommends", "intends to", "intend to", "intend that", "intends that", "expects to", "expect to", "it is intended that", "we envisage", "envisage that", "envisages that", "het is de bedoeling", "may agree", "might", "informative", "aims to", "aim to", "strives to", "strive to",
        "for information only", "would help", "it would",
        // An assumption records what a party expects, it commits no one.
        "gaat ervan uit", "gaan ervan uit", "gaat er van uit", "assumes that", "assume that",
        // A preliminary view is an opinion on the way to a decision.
        "voorlopige opvatting", "voorlopig oordeel", "voorlopig standpunt", "voorlopige inschatting", "preliminary view", "provisional view", "preliminary assessment",
        // Discretion and best efforts: the party decides whether, or only tries.
        "at the discretion of", "in the discretion of", "ter discretie van", "naar goeddunken", "considers ... appropriate", "considers ... useful", "considers ... necessary",
        "if and to the extent", "wenselijk acht", "dienstig acht", "zinvol acht", "endeavour*", "endeavor*", "spant ... in", "spannen ... in", "zich ... inspannen",
        "inspanningsverplichting*", "naar beste vermogen", "best endeavours",
        // Keeping something in mind binds to no result ("will take accessibility into account").
        "take ... into account", "takes ... into account", "houdt ... rekening", "houden ... rekening",
        // A purchasing team's plan for a tender still to be written ("In de aanbesteding nemen we op
        // dat …", "We willen dat de leverancier …"): what the team wants, not what binds a supplier.
        "we willen", "wij willen", "willen we", "willen wij", "nemen we op", "nemen wij op", "gaan we vragen", "gaan wij vragen", "willen ... vragen",
        // A proposal or a matter under consideration decides nothing ("Het projectteam stelt verder voor …",
        // "The Authorities consider to organise …"; "overweegt", "is considering" are deferrals above).
        "stelt verder voor", "stellen verder voor", "stelt daarom voor", "stellen daarom voor", "stellen wij voor", "stellen we voor", "stel ik voor",
        "wordt voorgesteld", "worden voorgesteld", "voorgesteld wordt",
        "proposes that", "propose that", "proposed that", "it is proposed", "we propose", "suggests that", "suggested that", "suggest that",
        "consider to", "considers to", "consider organising", "considers organising", "would consider",
        // A duty that may never arise: "medewerking aan een eventueel uit te voeren DPIA".
        "eventueel ... uit te voeren", "eventueel uit te voeren",
        // A reviewer's comment on a draft asks the author to change the text ("Graag BIO toevoegen",
        // "Please add a clause on …"); the requirement is not in the text yet.
        "graag ... toevoegen", "graag ... aanvullen", "graag ... opnemen", "graag ... toegevoegd", "please add", "please include",
      ],
    },
  ],
  exampleList: [
    {
      source: DRAFTING,
      terms: [
        "kan bijvoorbeeld", "kunnen bijvoorbeeld", "kan onder meer bestaan", "kunnen onder meer bestaan", "kan bestaan uit", "kunnen bestaan uit", "zoals bijvoorbeeld",
        "could include", "may include", "might include", "can include", "which could", "such measures could", "for instance by", "by way of example",
        "at its discretion", "at its own discretion", "staat het vrij", "is free to", "naar eigen keuze", "naar eigen inzicht", "keuzebepaling*", "optionele bepaling*",
        "optional clause*", "optional provision*", "considers it appropriate", "considers appropriate", "deems appropriate", "deems it appropriate", "passend acht", "nodig acht",
        "reasonable efforts", "redelijke inspanning*", "best efforts",
        // The party itself decides whether its duty arises ("to the extent that Vendor determines").
        "naar eigen oordeel", "sole discretion", "its discretion", "extent ... considers", "extent ... determines", "extent ... deems", "zover ... oordeelt",
        // A duty that arises only "where required by" law leaves open whether it arises.
        "where required by", "if required by", "indien wettelijk vereist", "waar wettelijk vereist",
      ],
    },
  ],
  conditional: [{ source: DRAFTING, terms: ["zolang", "tenzij", "totdat", "zonder", "unless", "until", "without"] }],
  negWord: [{ source: DRAFTING, terms: ["niet", "geen", "nooit", "not", "no", "never", "none"] }],
  negVerb: [
    {
      source: DRAFTING,
      terms: [
        "vereist", "nodig", "noodzakelijk", "verplicht", "uitgevoerd", "gebruikt", "toegepast", "gesloten", "afgesloten", "opgesteld", "gesteld", "voorzien", "gehanteerd",
        "voorgeschreven", "gepubliceerd", "geregistreerd", "opgenomen", "gevraagd", "bijgevoegd", "geleverd", "verstrekt", "openbaar gemaakt", "van toepassing",
        "required", "needed", "necessary", "carried", "performed", "done", "applied", "concluded", "provided", "foreseen", "role", "prescribed", "mandatory", "published",
        "registered", "intend", "included", "requested", "asked", "attached", "supplied", "carry", "conduct", "disclosed", "envisaged", "apply", "applies", "applicable",
        // Not asked for at all: "the Province does not ask information about energy use", "vraagt geen …".
        "ask", "asks", "request", "requests", "require", "requires", "vraagt", "verlangt", "verlangd", "eist", "geeist",
      ],
    },
  ],
  needDenied: [
    {
      source: DRAFTING,
      terms: [
        "hoeven geen", "hoeft geen", "need not", "do not need to",
        "niet nodig", "niet vereist", "niet noodzakelijk", "niet strikt noodzakelijk", "niet verplicht", "niet voorgeschreven", "geen noodzaak", "hoeft niet",
        "not required", "not needed", "not necessary", "not mandatory", "not obligatory", "not prescribed", "no need", "need not", "does not need", "do not need",
        "buiten de scope", "buiten scope", "valt buiten de opdracht", "buiten deze overeenkomst", "buiten de overeenkomst", "outside this agreement", "outside the agreement", "buiten ... opdracht", "buiten deze opdracht", "staat los", "outside the scope", "out ... scope",
        "not part of this assignment", "outside this contract", "outside the contract", "falls outside", "no possibility", "geen mogelijkheid", "niet mogelijk", "not possible",
        "is not envisaged", "not envisaged", "wordt niet voorzien", "niet van toepassing verklaard", "niet gekozen", "not chosen", "not selected", "bevat geen regeling",
        "contains no provision", "no provision for",
        // Dutch main-clause order puts the verb before the negation: "De WCAG-eisen gelden niet voor het systeem".
        "geldt niet voor", "gelden niet voor", "geldt ... niet voor", "gelden ... niet voor",
        // Put outside the assignment or off the party's plate: "… valt niet onder de opdracht", "het is niet de taak
        // van de leverancier om …", "de leverancier hoeft … niet te leveren", "een certificaat is geen voorwaarde".
        "valt niet onder de opdracht", "vallen niet onder de opdracht", "niet onder deze opdracht", "geen deel uit van de opdracht", "behoort niet tot de opdracht", "behoren niet tot de opdracht",
        "niet de taak van", "not the task of", "not the responsibility of", "hoeft ... niet te", "niet hoeft te", "niet hoeven te", "does not have to", "do not have to", "is geen voorwaarde", "zijn geen voorwaarde", "is not a condition", "is not a requirement",
        // Said of a duty: it does not arise here.
        "niet aan de orde", "not at issue", "does not arise", "niet relevant", "not relevant",
        "geen deel", "geen onderdeel", "is geen onderdeel", "does not form part", "do not form part", "is not part of", "are not part of",
        "not obliged", "not obligated", "under no obligation", "not bound to", "niet gehouden", "is niet verplicht", "zijn niet verplicht",
        // Not intended, not taken up, left unsaid: "It is not the intention that the contractor …",
        // "die nemen we niet op", "daar zeggen we in het bestek niets over".
        "niet de bedoeling", "not the intention", "nemen we niet op", "nemen wij niet op",
        // Forgone: "De Provincie ziet af van een rapportageverplichting".
        "ziet af van", "zien af van", "dispenses with", "dispense with",
        "zeggen we niets", "zeggen wij niets", "says nothing", "say nothing",
        // A clause that releases a party: "This Clause does not oblige the Supplier to disclose …".
        "does not oblige", "do not oblige", "does not require", "do not require", "imposes no obligation", "creates no obligation",
        "verplicht ... niet", "verplichten ... niet", "vereist niet", "vereisen niet", "legt geen verplichting", "schept geen verplichting",
        "geen eisen", "geen nadere eisen", "no requirements", "no further requirements",
        // Warranty disclaimers: the supplier answers for nothing.
        "staat niet in voor", "staan niet in voor", "staat er niet voor in", "staan er niet voor in", "geeft geen garantie", "geven geen garantie", "geen enkele garantie", "vrijwaart niet", "vrijwaren niet", "zonder garantie",
        "no warranty", "no warranties", "does not warrant", "do not warrant", "makes no warranty", "gives no warranty", "without warranty", "disclaims",
      ],
    },
  ],
  permission: [
    {
      source: DRAFTING,
      terms: [
        "may", "mag", "mogen", "kan", "kunnen", "is entitled to", "are entitled to", "is gerechtigd", "zijn gerechtigd", "is bevoegd", "zijn bevoegd",
        "is free to", "staat het vrij", "has the right to", "heeft het recht", "is authorised to", "is authorized to",
      ],
    },
  ],
  subordinator: [
    {
      source: DRAFTING,
      terms: ["zolang", "indien", "als", "wanneer", "tenzij", "totdat", "zodra", "mits", "ingeval", "if", "when", "where", "unless", "until", "while", "whilst", "provided that", "in case"],
    },
  ],
  definition: [
    {
      source: DRAFTING,
      terms: ["wordt verstaan", "worden verstaan", "begrippen", "definities", "in deze overeenkomst wordt", "means", "shall mean", "definitions", "interpretation"],
    },
  ],
  withdrawn: [
    {
      source: DRAFTING,
      terms: ["vervalt", "vervallen", "verval*", "komt te vervallen", "komen te vervallen", "wordt geschrapt", "worden geschrapt", "is geschrapt", "ingetrokken", "is withdrawn", "are withdrawn", "is deleted", "are deleted", "no longer applies",
        // "wordt niet langer gevraagd": dropped by a later answer (not "niet langer dan", a limit).
        "niet langer gevraagd", "niet langer vereist", "niet langer verplicht", "niet langer van toepassing", "niet meer gevraagd", "niet meer vereist",
        "no longer required", "no longer requested", "no longer apply", "no longer applicable", "no longer mandatory",
        // A change log's entry: "module X was removed from the contract", "clause 4.6 is hereby struck out".
        "struck out", "hereby deleted", "hereby withdrawn", "has withdrawn", "have withdrawn", "has removed", "have removed",
        "removed from the contract", "removed from the agreement", "removed from the scope", "removed from the order", "removed from the specification",
        "verwijderd uit de overeenkomst", "verwijderd uit de opdracht", "verwijderd uit het contract", "uit de overeenkomst gehaald", "uit de opdracht gehaald",
        "uit de overeenkomst verwijderd", "uit de opdracht verwijderd", "uit het contract verwijderd", "geschrapt",
        // A requirement turned into a wish by an answer binds no longer ("E-12 wordt omgezet in wens W-06").
        "omgezet in wens", "omgezet in een wens", "wordt wens", "wordt een wens", "becomes a wish", "turned into a wish", "converted into a wish", "changed into a wish"],
    },
  ],
  amended: [
    {
      source: DRAFTING,
      terms: ["wordt gewijzigd", "worden gewijzigd", "wordt ... gewijzigd", "worden ... gewijzigd", "wordt ... aangepast", "is changed", "are changed", "luidt nu", "komt te luiden", "te luiden", "is amended", "are amended", "now reads", "shall read", "is replaced by",
        "vervangen door", "wordt vervangen", "worden vervangen", "are replaced by", "replaced by"],
    },
  ],
  referenceApplies: [
    {
      source: DRAFTING,
      terms: [
        "van toepassing", "is van toepassing", "zijn van toepassing", "overeenkomstige toepassing", "mutatis mutandis", "maken deel uit", "deel uit", "onderdeel van", "voldoet aan", "voldoen aan", "overeenkomstig", "conform",
        "onverkort", "nageleefd", "naleving",
        "applies", "apply", "form part", "part of", "incorporated", "complies with", "comply with", "in accordance with", "in compliance with", "pursuant to", "as set out in",
      ],
    },
  ],
  referenceLimited: [
    {
      source: DRAFTING,
      terms: [
        "voor zover", "naar eigen inzicht", "naar het oordeel van opdrachtnemer", "is vervangen", "wordt vervangen", "vervangen door", "in plaats van", "met uitzondering van",
        "niet van toepassing", "buiten toepassing", "to ... extent", "at its discretion", "considers appropriate", "deems appropriate", "replaced by", "is replaced", "instead of",
        "with the exception of", "except", "does not apply", "do not apply", "shall not apply", "not applicable", "disapplied",
        "not incorporated", "geen deel", "does not form part", "do not form part",
        // A reference that binds only "where applicable" leaves open what it covers.
        "to the extent applicable", "insofar as applicable", "where applicable", "indien van toepassing", "waar van toepassing", "voor zover van toepassing",
      ],
    },
  ],
  aiActName: [
    { source: AI_ACT_NL_EN, terms: ["ai verordening", "aiverordening", "ai act", "verordening eu 2024 1689", "2024 1689", "artificial intelligence act", "aia"] },
    // Names the act goes by in plain Dutch ("de Europese AI-wet") and in its own title (verordening artificiële intelligentie).
    { source: "AI Act, Dutch title; common Dutch usage", terms: ["ai wet", "europese ai wet", "verordening artificiele intelligentie", "wet op de artificiele intelligentie"] },
    // The short forms drafters define for it ("In deze bijlage wordt met \"AI-v\" de AI-verordening bedoeld", "AI-Vo").
    { source: "Dutch legal drafting: abbreviations of the AI-verordening", terms: ["ai v", "ai vo", "aivo"] },
  ],
  gdprName: [{ source: "GDPR, nl and en texts", terms: ["avg", "gdpr", "algemene verordening gegevensbescherming", "general data protection regulation", "verordening eu 2016 679", "regulation eu 2016 679"] }],
  mccName: [
    {
      source: "EU model contractual clauses for AI procurement",
      terms: ["mcc ai", "mccai", "mcc", "modelcontractbepalingen", "modelcontractclausules", "model contractual clauses", "model contract clauses", "model clauses"],
    },
  ],
  notAttached: [
    {
      source: DRAFTING,
      terms: [
        "na gunning beschikbaar", "na de gunning beschikbaar", "na ... gunning beschikbaar", "na ... gunning ter beschikking", "wordt later verstrekt", "niet bijgevoegd", "made available after", "provided after award", "not attached", "not part of the tender documents",
        // A text kept on a web page that its author may change.
        "published at", "gepubliceerd op", "as updated from time to time", "as amended from time to time", "van tijd tot tijd",
        "te raadplegen op", "raadpleegbaar op", "op de website van", "op zijn website", "on its website", "on the website of", "available on the website",
      ],
    },
  ],
  selectionReference: [
    {
      source: "Directive 2014/24/EU art. 58(4) and Annex XII Part II (lists of works, deliveries or services of past years); ESPD part IV C ('references on similar works, deliveries or services'); Aanbestedingswet 2012 art. 2.93",
      terms: [
        "referentieproject*", "referentieopdracht*", "referentieverklaring*", "referentiewerk*", "kerncompetentie*",
        "reference project*", "reference contract*", "reference assignment*", "references on similar",
      ],
    },
  ],

  ai: [
    {
      source: "AI Act art. 3(1) and recital 12; technique names",
      terms: [
        "machine learning*", "machinelearning*", "zelflerend*", "self learning", "neura*", "deep learning", "kunstmatige intelligentie", "artificial intelligence",
        "taalmodel*", "language model*", "llm", "llms", "generatieve ai", "generative ai", "computer vision", "beeldherkenning", "image recognition", "objectherkenning", "object detection",
        "ai systeem", "ai systemen", "ai system", "ai systems", "ai assistent", "ai assistant", "chatbot", "gradient boosting", "random forest", "getraind model", "getrainde model*",
        "trained model*", "ai model*", "ai component*", "ai toepassing*", "voorspelmodel*", "predictive model*", "aisysteem", "ai module", "ai functie*", "ai function*",
        "spraakherkenning", "speech recognition", "speech to text", "tekstherkenning", "ocr", "natural language processing", "natuurlijke taalverwerking", "classificatiemodel*",
        "classification model*", "getraind op", "trained on", "leert van", "learns from", "reinforcement learning", "getraind*", "trained",
        "leert uit", "geleerde", "learns", "learned", "learnt", "lerend*", "neural network*", "neuraal netwerk", "neurale netwerken", "infers", "infer", "inferred", "leidt af",
        "afleidt", "beeldherkenningsmodel*", "geleerd", "learned patterns", "geleerde patronen", "leert welke", "leert wat", "leert hoe", "learn which", "learns which",
        "learn from", "learning from", "te leren", "leren van", "learned from", "anomaly detection", "anomaliedetectie", "ml model*", "voorspellend model*", "predictive model*", "ai based", "ai gebaseerd*",
        "ai gestuurd*", "ai driven", "ai powered",
      ],
    },
    {
      // Synthetic media are made by AI systems (art. 50(2)); a deep fake is "AI-generated or
      // manipulated" image, audio or video (art. 3(60)); voice cloning is its audio technique.
      source: "AI Act art. 3(60), art. 50(2) and 50(4) (deep fake; synthetic audio, image, video content); technique names",
      terms: [
        "deepfake*", "deep fake*", "ai gegenereerd*", "ai generated", "door ai gegenereerd*", "generated by ai", "synthetische stem*", "synthetic voice*", "synthetische audio*",
        "synthetic audio", "synthetische video*", "synthetic video*", "stemkloon*", "voice clon*", "gekloonde stem*", "cloned voice*",
      ],
    },
  ],
  inference: [
    {
      source: "AI Act art. 3(1) (infers how to generate outputs such as predictions)",
      terms: [
        "voorspelt", "voorspellen", "voorspeld", "predicts", "predict", "predicted", "infers", "infer", "inferred", "afleidt", "leidt af", "leiden af", "schat in", "schatten in",
        "inschatting", "estimates", "estimate", "leidt ... af", "leiden ... af", "schat ... in", "schatten ... in",
      ],
    },
    {
      source: "AI Act recital 12 and art. 3(1) (recognition as an inference from input)",
      terms: ["herkent", "herkennen", "detecteert", "detecteren", "recognises", "recognizes", "recognise", "recognize", "detects", "detect"],
    },
  ],
  algorithmic: [
    {
      source: "Algoritmekader (begrippen) and the algorithm register's publication standard",
      terms: [
        "*algoritme*", "algorithm*", "rekenmodel*", "beslisregel*", "regelgebaseerd*", "rule based", "rules based", "optimalisatie*", "optimisation", "optimization", "rekenregel*",
        // A risk model may be rules set by people (AI Act recital 12): an algorithm, not by itself AI.
        "risicomodel*", "risk model*", "risicoscore*", "risk score*", "scoring", "rangschik*", "ranking", "routeert", "routeren", "routing", "voorspelling*", "forecast*", "rekenhulp", "rekentool", "beslisboom",
        "decision tree", "beslismodel*", "decision model*", "rekenkern", "prioriteert", "prioriteren", "prioritering", "geprioriteerd", "prioritises", "prioritizes", "prioritised",
        "prioritized", "prioritisation", "prioritization", "automatische controle*", "automated check*", "automatisch gecontroleerd", "automatically checked",
      ],
    },
  ],
  algorithmicAct: [
    {
      source: "Algoritmekader (begrippen); GDPR art. 4(4) profiling",
      terms: [
        "bereken*", "calculates", "calculated", "bepaalt", "determines", "selecteert", "selects", "rangschikt", "ranks", "voorspelt", "predicts", "schat in",
        "estimates", "wijst toe", "toewijzen", "assigns", "allocates", "classificeert", "classifies", "signaleert", "flags", "detecteert", "detects", "herkent", "recognises",
        "recognizes", "controleert automatisch", "automatically checks", "beoordeelt automatisch", "profileert", "profiles", "matcht", "matches", "adviseert automatisch",
      ],
    },
    {
      source: "algorithm register publication standard 1.0 (werking, doel en impact)",
      terms: [
        "voorspellen", "voorspeld", "identificeren", "herkennen", "detecteren", "anonimiseren", "lakken", "analyseren", "signaleren", "monitoren",
        "classificeren", "prognose*", "simuleren", "simulatie*", "modelleren", "scoort", "scoren", "genereren", "samenvatten", "vertalen", "prioriteren", "selecteren", "matchen",
        "inschatten", "doorrekenen", "rekent", "advies", "adviseert", "tips", "suggesties", "suggests", "predict", "calculate", "detect", "identify", "recognise", "recognize",
        "classify", "forecast", "simulate", "anonymise", "anonymize", "redact*", "score", "estimate", "recommend*", "generate", "summarise", "translate",
      ],
    },
  ],
  artefact: [
    {
      source: "algorithm register publication standard 1.0 (type algoritme)",
      terms: [
        "model", "*model", "modellen", "*modellen", "rekenprogramma*", "*programma", "rekeninstrument*", "*instrument", "*instrumenten", "rekentool*", "software", "*software", "tool", "*tool",
        "tools", "app", "*app", "applicatie", "algoritme*", "monitor", "*monitor", "assistent", "*assistent", "chatbot*", "systeem", "*systeem", "models", "calculation tool*",
        "program", "application", "assistant", "system", "rekenmachine", "oplossing", "solution", "dashboard*", "power bi", "business intelligence", "tekstanalyse", "text analysis",
      ],
    },
  ],
  outcome: [
    {
      source: "algorithm register publication standard 1.0 (doel en impact)",
      terms: [
        "uitkomst", "uitkomsten", "resultaten", "ondersteunt", "ondersteuning", "inzicht", "inzichten", "inzichtelijk", "beleidskeuzes", "visualisaties", "berekening*",
        "suggesties", "voorstellen", "prognoses", "advies", "effecten", "informatie over", "outcomes", "results", "supports", "insight*", "recommendations", "forecasts",
      ],
    },
  ],
  personalData: [
    {
      source: "GDPR art. 4(1), 4(2), 9, 28, 35",
      terms: [
        "persoonsgegevens", "personal data", "verwerkersovereenkomst*", "data processing agreement*", "avg", "gdpr", "dpia", "gegevensbescherming*", "data protection",
        "camerabeelden", "kenteken*", "burgerservicenummer", "bsn", "natuurlijke personen", "natural persons", "betrokkenen", "data subjects", "persoonsgegeven",
        // Art. 4(14): biometric data, which facial images and face recognition process.
        "biometrische gegevens", "biometric data", "gezichtsherkenning", "facial recognition", "face recognition", "gezichtsopnamen", "gelaatsopnamen", "facial images",
        "camera images", "camera footage", "video footage",
      ],
    },
  ],
  persons: [
    {
      source: "GDPR art. 4(1) (natural persons); AI Act Annex III (persons concerned)",
      terms: [
        "aanvrager*", "applicant*", "sollicitant*", "kandidaten", "candidates", "recipient*", "subsidieontvanger*", "ontvangers", "vergunninghouder*", "natuurlijke personen",
        "natural persons", "burgers", "citizens", "inwoners", "residents", "medewerkers", "medewerker", "employees", "personen", "persons", "individuals", "betrokkene*", "person", "persoon",
        "employee", "werknemer*", "personeelsleden", "overtreder*", "offender*", "verdachte*", "suspects", "leerling*", "student*", "pupils", "kiezer*", "voters", "huishouden*",
        "household*", "cliënt*", "client*", "patiënt*", "patient*", "inspecteur*", "inspectors", "indiener*", "bewoner*",
        "zzp er*", "sole trader*", "self employed", "belanghebbende*", "interested parties", "interested party", "verzoeker*", "requester", "requesters", "grondeigenaar*", "landowner*",
        "perceeleigenaar*", "natuurlijk persoon", "natural person", "staff", "personeel", "collega*", "deelnemer*", "participants", "burger", "citizen",
        // WAHV art. 5: the registered keeper of a vehicle is fined for what is done with it.
        "kentekenhouder*", "registered keeper*", "individu", "individuen", "an individual",
        // Awb art. 9:1: who complains; who reports to the authority.
        "klager*", "melder", "melders", "complainant*",
        // Participatiewet: who receives a benefit.
        "uitkeringsontvanger*", "uitkeringsgerechtigde*", "bijstandsgerechtigde*", "benefit recipient*",
      ],
    },
  ],
  decision: [
    {
      source: "GDPR art. 22; AI Act art. 86; Awb (besluit, beschikking)",
      terms: [
        "decide*",
        "besluit*", "decision*", "beschikking*", "beoordeling", "beoordeelt", "afwijzing*", "afgewezen", "toekenning", "toegekend", "selectie", "selecteert", "vaststelling",
        "terugvordering", "recovery", "recover", "reduction", "reduce", "rejection*", "rejected", "vergunningverlening", "subsidieverlening", "matchscore", "rangschik*", "ranks",
        "toets", "check", "deciding", "decides", "beslist", "boete*", "bestuurlijke boete*", "administrative fine*", "impose a fine", "receive a fine", "receives a fine", "sanctie*",
        "sanction*", "penalt*", "proces verbaal", "official report", "performance review*", "beoordelingsgesprek*", "functioneringsgesprek*", "contract extension*",
        "contractverlenging*", "wellbeing score*", "welzijnsscore*", "toewijzing*", "allocation*", "toelating", "toelatingen", "toelatingsbesluit*", "toelatingsbeslissing*", "toelatingsbeschikking*", "toelatingsadvies*", "admission*", "weigering*", "refusal*", "granted",
        "refused", "verleend", "geweigerd", "intrekking*", "handhaving*", "enforcement", "uitkomst voor", "outcome for", "lakvoorstel*", "besluitvorming", "decision making",
        "handhavingsverzoek*", "beboet", "beboeten", "fined", "controle", "vervolgactie*", "weigeringsgrond*", "grounds for refusal", "openbaarmaking*", "disclosure decision*", "follow up action*", "bijdrage", "contribution", "advies over", "eligib*", "in aanmerking",
      ],
    },
  ],
  personDecision: [
    {
      source: "AI Act Annex III 4(b); GDPR art. 22",
      terms: [
        "performance review*", "performance evaluation*", "beoordelingsgesprek*", "functioneringsgesprek*", "contract extension*", "contractverlenging*", "promotion decision*",
        "promotiebeslissing*", "dismissal*", "ontslagbesluit*", "disciplinary", "disciplinaire", "sollicitatieprocedure*", "gesprekscyclus", "taakverdeling", "task allocation",
        "werkverdeling", "toewijzing van werk", "allocation of work",
      ],
    },
    // Only a person has rights that a decision's legal effects reach.
    { source: "GDPR/AVG art. 22(1) (legal effects, similarly significantly affects; rechtsgevolgen, in aanmerkelijke mate treft)", terms: ["rechtsgevolgen", "legal effects", "legal effect", "similarly significant*", "aanmerkelijke mate"] },
    // An enforcement order is addressed to the offender it burdens.
    { source: "Awb arts. 5:21, 5:31d (last onder bestuursdwang, last onder dwangsom)", terms: ["last onder dwangsom", "last onder bestuursdwang", "bestuursdwang", "dwangsom*", "order subject to a penalty", "administrative enforcement order*"] },
    // A tax assessment is imposed on the one who owes the tax (parking tax, water board tax).
    { source: "AWR art. 20 (naheffingsaanslag); Gemeentewet art. 234 (parkeerbelasting)", terms: ["naheffingsaanslag*", "belastingaanslag*", "tax assessment*"] },
  ],
  appeal: [
    { source: "Awb (bezwaar en beroep); GDPR art. 22(3), 77-79 (contest, lodge a complaint, judicial remedy)", terms: ["bezwaar", "bezwaren", "beroep", "objection*", "appeal", "appeals"] },
  ],
  generative: [
    {
      source: "AI Act art. 3(63), art. 50 (synthetic content)",
      terms: [
        "generatieve ai", "generative ai", "generatief*", "generative", "chatbot*", "groot taalmodel", "grote taalmodellen", "large language model*", "llm", "llms", "gpt",
        "genereert antwoorden", "generates answers", "generates translations", "genereert teksten", "tekstgeneratie", "text generation", "digitale assistent", "virtual assistant",
        "synthetic text", "synthetische tekst*", "synthetische beelden", "chatassistent", "chat assistant", "gegenereerde tekst*", "generated text*", "gegenereerde antwoorden",
        "generated answers", "genereert samenvattingen", "generates summaries", "conceptverslag*", "draft minutes",
        // AI Act art. 50(2): content "artificially generated" (a language model alone may only classify).
        "kunstmatig gegenereerd*", "artificially generated", "door ai gegenereerd*", "ai generated",
        // Marked "as" generated (art. 50(2)); "outputs generated by the AI system" alone is any AI system (art. 3(1)).
        "als door een ai systeem gegenereerd*", "als door ai gegenereerd*", "als ai gegenereerd*", "as generated by an ai system", "as ai generated", "as generated by ai",
        "conceptreactie*", "conceptantwoord*", "draft repl*", "draft response*",
        // Art. 50(2) and 50(4): synthetic audio, image and video, and the deep fake (art. 3(60)).
        "deepfake*", "deep fake*", "synthetische stem*", "synthetic voice*", "synthetische audio*", "synthetic audio", "synthetische video*", "synthetic video*",
        "kunstmatig gemanipuleerd*", "artificially manipulated", "stemkloon*", "voice clon*", "gekloonde stem*", "cloned voice*",
      ],
    },
  ],
  impactful: [{ source: "algorithm register publication standard 1.0 (categories)", terms: ["impactvol*", "impactful", "categorie b", "category b"] }],
  highRiskWord: [{ source: AI_ACT_NL_EN, terms: ["hoog risico*", "hoogrisico*", "high risk*"] }],
  annexWord: [{ source: AI_ACT_NL_EN, terms: ["bijlage iii", "annex iii"] }],
  art63: [{ source: AI_ACT_NL_EN, terms: ["artikel 6 lid 3", "article 6 3", "art 6 3", "artikel 6 derde lid"] }],
  exceptionWord: [
    { source: "AI Act art. 6(3)", terms: ["voorbereidende taak", "preparatory task", "procedurele taak", "procedural task", "geen hoog risico*", "zonder hoog risico", "without high risk", "not high risk", "not a high risk", "uitzondering", "exception"] },
  ],
  notHighRisk: [
    {
      source: AI_ACT_NL_EN,
      terms: [
        "geen hoog risico*", "zonder hoog risico", "without high risk", "niet als een hoog risico*", "niet als hoog risico*", "not a high risk", "not high risk", "niet onder bijlage iii", "not within annex iii",
        "beperkt risico", "minimaal risico", "limited risk", "minimal risk", "geen veiligheidscomponent", "not a safety component",
        // The Dutch text of the Act names the class "AI-systeem met een hoog risico" (art. 6).
        "geen ai systeem met een hoog risico", "geen ai systeem met hoog risico", "geen systeem met een hoog risico",
      ],
    },
  ],
  negContext: [
    {
      source: DRAFTING,
      terms: ["geen", "niet", "not", "no", "zonder", "without", "verbod", "verboden", "forbidden", "prohibited", "never", "nooit", "excluded", "uitgesloten", "uitgeschakeld", "neither", "nor", "noch"],
    },
  ],
  negAfter: [
    {
      source: DRAFTING,
      terms: [
        "worden niet verwerkt", "wordt niet verwerkt", "niet verwerkt", "is niet van toepassing", "niet van toepassing", "are not processed", "is not processed", "not processed",
        "does not apply", "do not apply", "not applicable", "is not used", "are not used", "wordt niet gebruikt", "worden niet gebruikt", "niet ingezet", "is excluded", "are excluded",
        "is uitgesloten", "zijn uitgesloten", "not involved",
        // A technique not applied: "Emotieherkenning op basis van stem wordt niet toegepast".
        "niet toegepast", "not applied", "niet gebruikt", "not deployed",
        // Data not supplied to the system is not processed by it (GDPR art. 4(2): "verstrekking", "ter beschikking stellen").
        "niet ... aangeboden", "niet ... aangeleverd", "niet ... ingevoerd", "niet ... gekoppeld", "not linked to", "not supplied to", "not provided to", "not fed into", "speelt geen rol", "plays no role", "niet aan de orde", "not at issue", "niet relevant", "not relevant",
        "niet toegestaan", "zijn niet toegestaan", "not permitted", "not allowed", "is prohibited", "are prohibited", "is verboden", "zijn verboden",
        // Not needed: "Een verwerkersovereenkomst is daarom niet nodig" (GDPR art. 35(1): "is vereist"; art. 28(3)).
        "niet nodig", "niet vereist", "niet noodzakelijk", "not needed", "not required", "not necessary",
        // A module the buyer does not take or switches off.
        "geen deel", "geen onderdeel", "not part of", "does not form part", "do not form part", "uitgeschakeld", "switched off", "disabled", "is disabled", "niet afgenomen",
        "wordt niet afgenomen", "worden niet afgenomen", "not purchased", "not procured", "not acquired", "niet geactiveerd", "not activated", "not enabled", "niet ingeschakeld",
        // A use kept out of it: "beoordelingsgesprekken houden we er buiten".
        "buiten houden", "buiten te houden", "buiten gehouden", "erbuiten houden", "er buiten houden", "kept out of", "keep ... out of",
      ],
    },
    {
      // Anonymous information: the person is not, or no longer, identifiable ("personen niet herkenbaar zijn").
      source: "GDPR/AVG recital 26 (niet of niet meer identificeerbaar; not or no longer identifiable)",
      terms: [
        "niet identificeerbaar", "niet meer identificeerbaar", "niet te identificeren", "niet herkenbaar", "niet ... herkenbaar", "niet ... identificeerbaar",
        "not identifiable", "no longer identifiable", "cannot be identified", "not recognisable", "not recognizable", "not ... identifiable",
      ],
    },
  ],
  exclusionLeadIn: [
    {
      source: DRAFTING,
      terms: [
        "outside the scope", "buiten de scope", "buiten scope", "vallen buiten", "valt buiten", "vallen ... buiten", "valt ... buiten", "not covered", "does not cover", "excluded", "uitgesloten", "niet toegestaan",
        "not allowed", "not permitted", "verboden", "prohibited", "not in scope", "niet in scope", "out of scope",
        "geen deel", "geen onderdeel", "not part of", "do not form part", "does not form part", "buiten de reikwijdte", "buiten het bereik", "beyond the scope",
        "valt niet onder", "vallen niet onder", "not inputs", "not an input", "geen invoer", "niet als invoer",
        // Modules a licence leaves out ("are not licensed … and shall not be enabled: (a) …").
        "not licensed", "niet in licentie", "shall not be enabled", "not be enabled", "worden niet geactiveerd", "wordt niet geactiveerd", "not included", "niet inbegrepen",
        // A use the text forbids ("You must not use the Service to:", "Het systeem mag niet worden ingezet voor:").
        "must not use", "must not be used", "shall not use", "shall not be used", "may not use", "may not be used", "not be used to", "not be used for",
        "mag niet worden gebruikt", "mag niet worden ingezet", "mogen niet worden gebruikt", "mogen niet worden ingezet", "niet gebruiken om", "niet gebruiken voor", "niet inzetten om", "niet inzetten voor",
        // The acceptable-use policy of a model licence lists the uses it forbids under one lead-in
        // ("You will not use, and will not allow others to use, the Model to:", "You agree not to use
        // the Model:"); each item is a use ruled out, not a use bought.
        "will not use", "agree not to use", "not allow others to use", "nor allow others to use", "gebruikt ... niet om", "gebruikt ... niet voor", "zult ... niet gebruiken", "zal ... niet gebruiken",
      ],
    },
  ],
  exception: [{ source: DRAFTING, terms: ["met uitzondering van", "with the exception of", "behalve", "except", "uitgezonderd", "excluding"] }],
  art5Context: [
    { source: "AI Act art. 5", terms: ["artikel 5", "article 5", "art 5", "verboden", "prohibited", "verbiedt", "prohibits", "garandeert", "warrants", "verboden ai praktijk*", "prohibited ai practice*"] },
  ],
  notAlgorithm: [
    { source: "Algoritmekader (the instruments' own names)", terms: ["algoritmeregister*", "algoritmekader", "algorithm register*", "algorithms register*", "algorithm framework"] },
    {
      // An organisation's algorithms in general, as its policy speaks of them.
      source: "Algoritmekader and provincial algorithm policies ('verantwoorde inzet van algoritmes')",
      terms: ["haar algoritmen", "haar algoritmes", "onze algoritmen", "onze algoritmes", "its algorithms", "our algorithms", "inzet van algoritmen", "inzet van algoritmes", "use of algorithms"],
    },
    {
      source: "BIO and NIST cryptography (hash, encryption and compression functions)",
      terms: [
        "hashalgoritme*", "hash algoritme*", "hashfunctie*", "versleutelingsalgoritme*", "encryptiealgoritme*", "cryptografische algoritme*", "compressiealgoritme*", "algoritme sha",
        "algoritme aes", "algoritme rsa", "hash algorithm*", "hashing algorithm*", "encryption algorithm*", "cryptographic algorithm*", "compression algorithm*", "algorithm sha", "algorithm aes",
        "algorithm rsa", "checksum*", "controlegetal*",
      ],
    },
  ],
  profiling: [
    {
      source: "GDPR art. 4(4) (profiling); AI Act art. 6(3), last subparagraph",
      terms: [
        "profilering", "profileren", "profileert", "geprofileerd", "risicoprofiel*", "persoonsprofiel*", "profiling", "profiles natural persons", "risk profile*", "risk profiling",
        // Art. 4(4): evaluating personal aspects such as reliability or behaviour, which a fraud score of a person does.
        "persoonlijke aspecten", "personal aspects", "fraudescore*", "fraudrisicoscore*", "fraud score*", "fraud risk score*",
        // WP29 guidelines on automated decision-making and profiling (WP251): credit scoring is the example.
        "kredietscore*", "credit score*", "credit scoring",
        // Art. 4(4) written out: profiles drawn up of natural persons.
        "profielen van natuurlijke personen", "profielen van personen", "profiles of natural persons", "profiles of individuals", "persoonlijkheidsprofiel*", "personality profile*",
      ],
    },
  ],
  // A score is profiling when it is given to a person (GDPR art. 4(4), recital 71: predicting a
  // person's reliability or behaviour); the classifier asks for persons in the same passage.
  scoring: [
    { source: "GDPR/AVG art. 4(4), recital 71", terms: ["risicoscore*", "risk score*", "risk scoring", "risicoscoring", "risk rating*", "risicoprofilering"] },
    // Art. 4(4) "to analyse or predict aspects concerning that natural person's … economic
    // situation, health, … behaviour": a model that estimates the likelihood of something for a
    // person, or ranks persons by a priority score, predicts aspects of that person.
    {
      source: "GDPR/AVG art. 4(4) (analyse or predict aspects); AI Act Annex III 5(d) (prioritise)",
      terms: [
        "kans schat", "kans inschat", "schat de kans", "schatten de kans", "berekent de kans", "voorspelt de kans", "estimates the likelihood", "estimates the probability",
        "predicts the likelihood", "predicts the probability", "prioriteitsscore*", "priority score*", "urgentiescore*", "urgency score*",
      ],
    },
  ],
  // A machine that writes: AI Act art. 50(2) ("generating synthetic audio, image, video or text
  // content"), the Algoritmekader's "content genereren … tekst, beeld" and "tekstbewerking". The
  // classifier reads these verbs only next to an AI word and with a written product in reach.
  textGeneration: [
    {
      source: "AI Act art. 50(2), 50(4); AK generatieve-ai (content genereren, tekstbewerking)",
      terms: [
        "genereert", "genereren", "gegenereerd*", "generates", "generate", "generated", "generating", "schrijft", "schrijven", "geschreven", "writes", "write", "written", "maakt",
        "gemaakt", "stelt ... op", "opstellen", "opgesteld", "drafts", "drafted", "formuleert", "formuleren", "geformuleerd", "vat ... samen", "vatten ... samen", "samenvatten",
        "samengevat", "summarises", "summarizes", "summarise", "summarize", "summarised", "summarized", "vertaalt", "vertalen", "vertaald", "translates", "translated",
      ],
    },
  ],
  generatedText: [
    {
      source: "AI Act art. 50(2), 50(4) (text content, text published to inform the public); AK generatieve-ai (tekst, beeld, output)",
      terms: [
        "tekst", "teksten", "*tekst", "*teksten", "tekstinhoud", "text", "texts", "content", "samenvatting*", "summary", "summaries", "brief", "brieven", "*brief",
        "*brieven", "conceptversie*", "letter", "letters", "antwoord", "antwoorden",
        "answer", "answers", "reply", "replies", "conceptbrie*", "conceptantwoord*", "conceptreactie*", "draft", "drafts", "e mail", "e mails", "bericht", "berichten", "message",
        "messages", "afbeelding*", "synthetic image*", "vertaling*", "translation*", "notulen", "reactie", "reacties", "response", "responses",
      ],
    },
  ],
  // People who use the road a critical-infrastructure system steers: its outputs act on them
  // directly, which makes such high-risk AI an impactful algorithm (register category B) as well.
  roadUsers: [
    {
      source: "AI Act Annex III point 2 (road traffic); Wegenverkeerswet 1994 art. 1 (weggebruikers, bestuurders, voetgangers, fietsers)",
      terms: [
        "weggebruiker*", "verkeersdeelnemer*", "fietser*", "voetganger*", "automobilist*", "reizigers", "road user*", "cyclist*", "pedestrian*", "motorist*", "travellers",
      ],
    },
    {
      // A road closed or an area evacuated acts on everyone there (BABW art. 12 verkeersbesluit:
      // "gesloten verklaring"; Wet veiligheidsregio's art. 1: evacuatie).
      source: "BABW art. 12 (verkeersbesluit, gesloten verklaring); Wet veiligheidsregio's art. 1 (evacuatie)",
      terms: [
        "wegafsluiting*", "afsluiting van wegen", "afsluiten van wegen", "wegen afsluiten", "wegen af te sluiten", "gesloten verklaring", "road closure*", "close roads", "closes roads",
        "closing roads", "close the road*", "evacuatie*", "evacueren", "evacuation*", "evacuate*",
      ],
    },
  ],
  // What a decision or an algorithm does to the persons it falls on: the GDPR's test of a decision
  // that matters (legal effects, or affecting a person significantly) and the Algoritmekader's test
  // of an impactful algorithm (influence on a process with legal effects for citizens).
  effectOnPersons: [
    {
      source: "GDPR art. 22(1) (rechtsgevolgen, in aanmerkelijke mate treft; legal effects, similarly significantly affects); Algoritmekader, Impact van algoritmes (gevolgen voor, impact op burgers)",
      terms: [
        "rechtsgevolg*", "legal effect*", "in aanmerkelijke mate", "aanmerkelijke gevolgen", "significantly affect*", "similarly significant*", "significant effect*", "gevolgen voor", "consequences for",
        "impact op", "impact on",
      ],
    },
  ],
  weakAi: [
    {
      source: DRAFTING,
      terms: ["ai ready", "ai gereed", "ai enabled", "roadmap", "optionele module", "optional module"],
    },
    {
      // AI the buyer may want some day is not in this purchase ("Als we ooit een lerend model willen, …").
      source: DRAFTING,
      terms: ["ooit", "in de toekomst", "op termijn", "in een later stadium", "mocht er later", "in the future", "in future", "at a later stage", "some day", "one day"],
    },
  ],
};
