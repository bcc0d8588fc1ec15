// What the classifier recognises as an Annex III use and as an art. 5 practice, as ruleset data.
// Each point is described in our own words; its patterns are concept groups that must co-occur in
// one passage, with words taken from the wording of the point itself (AI Act, nl and en) and the
// ordinary names of the activities and persons it concerns. A ruleset adds patterns to a point.
import type { Ruleset } from "@ethiek/schemas";
import { t } from "./helpers.js";

type Classification = NonNullable<Ruleset["classification"]>;
type Group = [string, ...string[]];

const ANNEX = (point: string) => `AI Act Annex III point ${point} (nl, en)`;
const ART5 = (point: string) => `AI Act art. 5(1)(${point}) (nl, en)`;

// Shared groups.
const FACE: Group = [
  "gezicht*", "face", "faces", "facial", "gelaat*", "biometri*", "vingerafdruk*", "fingerprint*", "iris*", "irisscan*", "stemherkenning", "voice recognition", "looppatroon*",
  "manier van lopen", "gait", "way they walk", "walking pattern*", "gezichtsuitdrukking*", "facial expression*",
];
const IDENTIFY: Group = [
  "identific*", "identifies", "identify", "identified", "herkent", "herkennen", "herkend", "recognises", "recognizes", "recognise", "recognize", "vergelijkt", 
  "vergeleken", "compares", "compared", "comparing", "matcht", "matchen", "gematcht", "matches", "match", "matching", "zoekt", "searches", "koppelt", "links", "stelt vast wie",
  "vaststellen wie", "put a name", "find which", "welke personen", "which persons", "which people", "doorzoekt",
];
const MANY: Group = [
  "database", "databank", "databases", "referentiebestand*", "enrolled", "ingeschreven", "geregistreerde", "registered", "watchlist*", "zwarte lijst", "gallery", "personen",
  "persons", "people", "medewerkers", "bezoekers", "visitors", "staff", "employees", "menigte", "crowd", "passanten", "passers by", "passengers", "passagiers", "lijst", "list",
  "politiebestand", "bestand", "foto s van", "photographs of", "stadionverbod", "toegangsverbod*",
];
/** The natural persons Annex III 3(a) admits or assigns. */
const LEARNERS: Group = [
  "leerling*", "student*", "scholier*", "pupil*", "cursist*", "learner*", "aanmelder*", "aanvrager*", "applicant*", "kandida*", "candidat*", "kind", "kinderen", "child",
  "children", "jongere*", "young people", "deelnemer*", "participant*", "inburger*", "nieuwkomer*", "newcomer*", "leerplichtig*", "apprentice*",
];
const EDUCATION: Group = [
  "onderwijs*", "education*", "opleiding*", "school*", "mbo", "hbo", "leerling*", "student*", "pupil*", "learner*", "leerbaan", "leerbanen", "stageplaats*",
  "stageplek*", "apprentice*", "vocational", "beroepsonderwijs", "beroepsopleiding*", "cursist*", "excellentieprogramma*", "bbl", "bol", "universiteit*",
  "university", "universities", "hogeschool", "basisschool", "middelbare school", "secondary school", "klas*", "classroom*", "examen*", "exams", "vmbo", "havo",
  "vwo", "groep 8", "taalschool", "taalcursus*", "language course*", "inburger*", "adult education", "adult learner*", "volwassenenonderwijs", "training centre", "opleidingscentrum",
  "leerlingvolgsysteem", "leertraject*", "cohort*", "primary pupil*", "scholier*",
  // Not "college" alone: in Dutch it is the governing board ("het college beslist").
  "further education college*", "sixth form college*", "community college*", "college student*", "college of further education",
];
const STAFF: Group = [
  "medewerker*", "employee*", "personeel*", "staff", "werknemer*", "worker*", "collega*", "inspecteur*", "inspector*", "chauffeur*", "driver*", "monteur*",
  "personnel", "workforce", "teamleden", "team members", "toezichthouder*", "call handlers", "agents", "schoonmakers", "cleaning staff", "uitzendkrachten", "temporary workers",
  "tijdelijk contract", "temporary contract", "zzp er*", "platformwerkers", "platform workers", "bezorgers", "couriers",
];
// Not "sentiment": the opinion a text expresses is not an emotion inferred from a person's biometric
// data (AI Act art. 3(39)). Not fatigue or pain: physical states, which a driver-drowsiness warning
// detects, are no emotions (AI Act recital 18).
const EMOTION: Group = [
  "emotie*", "emotion*", "emotional", "gemoedstoestand*", "stemming", "mood*", "stress*", "gestrest", "frustratie*", "frustration", "frustrated", "gefrustreerd",
  "gevoelens", "feelings", "welzijn*", "wellbeing", "well being", "boosheid", "boos", "anger", "angry", "angst*", "anxiety", "anxious", "bang", "afraid",
  "tevredenheid", "satisfaction", "geirriteerd", "irritated", "ongemotiveerd", "unmotivated", "motivatie", "motivation", "enthousias*", "nerveus", "nervous", "verveeld",
  "vervelen", "bored", "boredom", "plezier", "happy", "blij", "confused", "verward", "engaged", "betrokkenheid", "engagement", "tevreden", "agressie*", "agressief", "aggressive",
  "agitated", "geagiteerd",
];
const INFER: Group = [
  "herken*", "recognis*", "recogniz*", "detect*", "infer*", "afleid*", "leidt af", "leiden af", "leidt ... af", "leiden ... af", "schat ... in", "schatten ... in", "afgeleid", "analyseert", "analyses", "analyse", "analyze*", "meet", "meten",
  "measures", "measure", "inschat*", "schat", "estimates", "monitor*", "signaleert", "flags", "scores", "beoordeelt", "assesses", "read*", "leest",
];
const INFRA: Group = [
  "verkeersregel*", "verkeerslicht*", "wegverkeer", "road traffic", "traffic light*", "traffic signal*", "traffic control*", "traffic management", "verkeersmanagement",
  "vris", "drinkwater*", "water supply", "elektriciteit*", "electricity", "stroomnet*", "energienet*", "power grid", "gasvoorziening",
  "gas supply", "gasnet*", "gas distribution", "gas network*", "distribution network*", "warmtevoorziening", "warmtenet*", "heating", "district heating",
  "kritieke infrastructuur", "vitale infrastructuur", "critical infrastructure", "digitale infrastructuur", "digital infrastructure", "waterkering*", "flood defence*",
  "flood defense*", "stormvloedkering*", "storm surge barrier*", "gemaal", "gemalen", "pumping station*", "stuw", "stuwen", "weir*", "sluis", "sluizen", "navigation lock*",
  "dike*", "levee*", "peilbeheer", "waterpeil*", "water level*", "tunnel*", "brug*", "bridge*", "zuivering*", "waterzuivering*", "drinkwaterzuivering*",
  "treatment plant*", "water treatment", "substation*", "onderstation*", "ramp metering", "toeritdosering", "snelheidslimiet*", "speed limit*", "matrixbord*",
];
const CONTROL: Group = [
  "aansturing", "stuurt", "sturen", "besturing", "bestuurt", "regelt", "regelen", "regeling", "schakelt", "sluit", "controls",
  "control", "controlling", "steers", "operates", "operation", "operating", "management", "actuat*", "dispatch*", "veiligheidscomponent", "safety component",
  "groentijden", "signal timing", "peilbeheer", "pumps", "shut off", "shuts off", "switches", "sluit af", "adjusts", "past aan", "stelt in", "dosering", "doses",
  "keeps the", "stable", "outages", "storingen",
];
/** What a system decides or proposes about a person or a case. */
const DECIDE: Group = [
  "beslist", "besluit*", "bepaalt", "bepalen", "determin*", "decide*", "selecteert", "selecteren", "selects", "select", "selected", "voorspelt", "voorspellen", "predict*",
  "schat*", "estimat*", "beoordeelt", "beoordelen", "assess*", "evaluat*", "rangschik*", "rank*", "ranks", "scores", "classificeert", "classif*", "wijst toe",
  "toewijz*", "assign*", "allocat*", "verdeelt", "kent toe", "grant*", "weiger*", "refus*", "afwijz*", "reject*", "stelt voor", "proposes", "propose*",
  "recommend*", "adviseert", "advises", "voorstel*", "koppelt", "matches", "matcht", "uitnodig*", "invite*", "prioriteer*", "prioritis*", "prioritiz*", "toelat*", 
  "admission*", "toelating", "toelatingen", "toelatingsbesluit*", "toelatingsbeslissing*", "toelatingsbeschikking*", "toelatingsadvies*", "plaatsing*", "placement*", "plaatst", "places", "filter*", "screen*", "rate*", "drafts", "stelt op", "concept*", "score", "scoren",
  "berekent", "calculates", "computes", "compute", "judge*", "signals", "signaleert", "geeft aan", "indicates", "examine*", "onderzoekt", "meeweegt", "weighs", "advise",
  "instromen", "suited", "geschikt",
];

export const classification: Classification = {
  annexIII: [
    {
      point: "1a",
      title: t("Biometrische identificatie op afstand", "Remote biometric identification"),
      source: ANNEX("1(a)"),
      context: "none",
      patterns: [
        { all: [["biometrische identificatie", "biometric identification", "gezichtsherkenning", "face recognition", "facial recognition", "gezichtsvergelijking", "face matching"]] },
        { all: [FACE, IDENTIFY, MANY] },
        { all: [["identificeert personen", "identificeren van personen", "identificatie van personen", "identifies the persons", "identifies persons", "identify persons", "identification of persons"]] },
        {
          all: [
            ["camerabeelden", "camerabeeld*", "camera images", "recordings", "footage", "opgeslagen beelden", "stored images", "beelden van de camera s"],
            ["foto s van", "photographs of", "photos of", "referentie*", "reference gallery", "politiebestand", "watchlist*", "watch list", "lijst met", "list of", "list supplied", "stadionverbod"],
            IDENTIFY,
          ],
        },
      ],
    },
    {
      point: "1b",
      title: t("Biometrische categorisering", "Biometric categorisation"),
      source: ANNEX("1(b)"),
      context: "none",
      patterns: [
        {
          all: [
            [...FACE, "stemopnamen", "voice recordings", "posture", "lichaamshouding"],
            ["categori*", "indeling in", "indelen", "deelt in", "groups people", "sorteert", "sorts", "leeftijd*", "age", "ages", "age group", "geslacht", "gender", "sex", "afkomst", "ethni*", "etnisch*", "handicap", "disabilit*", "gezondheid", "health", "beperking", "impairment", "aandoening", "condition"],
            ["afleid*", "leidt af", "infer*", "schat*", "estimat*", "bepaalt", "determin*", "herken*", "recogn*", "deduc*", "categori*", "classif*"],
          ],
        },
      ],
    },
    {
      point: "1c",
      title: t("Emotieherkenning", "Emotion recognition"),
      source: ANNEX("1(c)"),
      context: "none",
      patterns: [
        { all: [["emotieherkenning", "emotion recognition", "emotiedetectie", "emotion detection"]] },
        { all: [EMOTION, INFER, [...FACE, "stem", "voice", "speech", "camera*", "beelden", "images", "video*", "lichaamstaal", "body language", "hartslag", "heart rate", "gesprekken", "calls"]] },
      ],
    },
    {
      point: "2",
      title: t("Kritieke infrastructuur (wegverkeer, water, gas, warmte, elektriciteit, digitaal)", "Critical infrastructure (road traffic, water, gas, heating, electricity, digital)"),
      source: ANNEX("2"),
      context: "system",
      patterns: [{ all: [INFRA, CONTROL] }, { all: [["kritieke infrastructuur", "vitale infrastructuur", "critical infrastructure", "veiligheidscomponent", "safety component"]] }],
    },
    {
      point: "3b",
      context: "none",
      title: t("Beoordeling van leerresultaten", "Evaluation of learning outcomes"),
      source: ANNEX("3(b)"),
      patterns: [
        {
          all: [
            EDUCATION,
            ["leerresultat*", "learning outcome*", "cijfer*", "grades", "grading", "nakijk*", "marks", "marking", "essays", "opdrachten", "assignments", "toetsen", "tests", "werkstuk*", "leerproces", "learning process", "voortgang", "antwoorden", "answers"],
            [...DECIDE, "beoordeel*", "evaluat*", "cijfer*", "grade*", "nakijk*", "mark*", "stuurt", "steer*", "geeft", "gives", "kiest", "chooses", "beheersen", "mastered"],
          ],
        },
      ],
    },
    {
      point: "3c",
      context: "none",
      title: t("Bepalen van het passende onderwijsniveau", "Assessing the appropriate level of education"),
      source: ANNEX("3(c)"),
      patterns: [{ all: [EDUCATION, ["niveau", "level", "schooladvies", "school advice", "leerroute*", "learning path*", "track", "stream", "schooltype", "type of school", "vervolgopleiding", "welk onderwijs", "which education", "vervolgniveau", "taalniveau", "instroomniveau", "advanced", "welk niveau", "which level"], DECIDE] }],
    },
    {
      point: "3d",
      context: "none",
      title: t("Toezicht op ongeoorloofd gedrag bij toetsen", "Monitoring prohibited behaviour during tests"),
      source: ANNEX("3(d)"),
      patterns: [
        {
          all: [
            // Students during tests (Annex III 3(d)): "testdata" or a university as a party is neither.
            ["leerling*", "student*", "scholier*", "pupil*", "cursist*", "kandidaten", "candidate*", "examenkandida*", "test takers", "learner*"],
            ["toets", "toetsen", "toetsing", "tentamen*", "examen*", "exam", "exams", "examination*", "test", "tests", "proefwerk*", "online toets*", "online exam*"],
            [
              "fraude", "cheating", "cheat*", "spieken", "afkijken", "proctoring", "surveill*", "ongeoorloofd*", "prohibited behaviour", "suspicious", "verdacht*", "hulpmiddelen", "unauthorised aids",
              "niet toegestane", "not allowed", "not permitted", "samenwerken", "collaborat*", "telefoon", "phone", "briefjes", "each other s", "elkaars", "oogbeweging*", "eye movement*", "webcam",
            ],
          ],
        },
      ],
    },
    {
      point: "3a",
      context: "none",
      title: t("Toegang tot en toelating of toewijzing in onderwijs", "Access, admission or assignment to education"),
      source: ANNEX("3(a)"),
      // Natural persons admitted or assigned: a university that is a party to the contract and
      // computes something else is no admission.
      patterns: [{ all: [EDUCATION, LEARNERS, DECIDE] }],
    },
    {
      point: "4a",
      context: "none",
      title: t("Werving en selectie", "Recruitment and selection"),
      source: ANNEX("4(a)"),
      patterns: [
        { all: [["werving", "recruitment", "sollicita*", "personeelsselectie", "job applicant*", "recruiter*", "hiring", "vacature*", "vacanc*", "job ad*", "vacatureteksten"]] },
        { all: [["cv", "cv s", "curriculum vitae", "motivatiebrie*", "cover letter*", "application letters"], ["kandidat*", "candidat*", "score*", "rangschik*", "ranks", "filter*", "selecte*"]] },
        {
          all: [
            ["kandidaat", "kandidaten", "candidate", "candidates", "sollicitant*", "job applicants", "applicants for the role", "vacature*", "vacanc*", "job advert*", "vacatureteksten"],
            ["geschikt*", "suitab*", "fit the role", "uitnodig*", "invite*", "rangorde", "rank*", "score", "scores", "selecte*", "likely to apply", "who see", "wie ziet"],
            ["functie", "functies", "role", "job", "jobs", "baan", "werkgever", "employer", "hiring", "hire", "recruit*", "aanname", "in dienst", "personeel", "staff"],
          ],
        },
      ],
    },
    {
      point: "4b",
      context: "none",
      title: t("Besluiten over werk, taakverdeling en toezicht op medewerkers", "Work-related decisions, task allocation and monitoring of workers"),
      source: ANNEX("4(b)"),
      patterns: [
        { all: [["functioneringsgesprek*", "beoordelingsgesprek*", "performance review*", "performance evaluation*", "contract extension*", "contractverlenging*", "promotion decisions", "promotiebeslissing*"]] },
        {
          all: [
            STAFF,
            [
              "taaktoewijzing", "task allocation", "tasks", "taken toe", "taken verdel*", "verdeelt taken", "verdeling van taken", "taken toewijz*", "roosters", "rostering", "shifts", "diensten", "inspectierondes", "werkverdeling", "verdeelt", "toewijzing",
              "promotie", "promotion", "senior grade", "ontslag", "dismiss*", "beëindig*", "terminat*", "verlengen", "verlenging", "renew*", "extend*", "bonus*", "functioneren", "functioneert",
              "underperform*", "prestatie*", "performance", "gedrag*", "behaviour*", "behavior*", "conduct", "productiviteit", "productivity", "chatberichten",
              "chat messages", "communicatie*", "communications", "integriteit*", "integrity", "another role", "andere functie",
            ],
            [...DECIDE, "monitor*", "volgt", "tracks", "tracking", "observes", "observeert", "screent", "screens", "screening", "scant", "analyseert", "analyses", "analyse", "controleert", "meet", "measures", "infer*", "flags", "signaleert"],
          ],
        },
      ],
    },
    {
      point: "5b",
      context: "none",
      title: t("Kredietwaardigheid en kredietscore", "Creditworthiness and credit scoring"),
      source: ANNEX("5(b)"),
      patterns: [
        { all: [["kredietwaardigheid", "creditworthiness", "credit scor*", "kredietscore*", "kredietbeoordeling*", "credit assessment*", "terugbetalingscapaciteit", "repayment capacity", "betaalcapaciteit", "leencapaciteit"]] },
        {
          all: [
            ["lening*", "loan*", "krediet*", "credit", "hypothe*", "mortgage*", "betalingsregeling*", "financiering*", "borg*", "leenbedrag", "kredietbank", "instalments", "termijnen", "huur", "rent", "schuldhulp*", "debt"],
            ["kredietwaardig*", "creditworth*", "terugbetal*", "repay*", "aflos*", "betaalgedrag", "payment behaviour", "default*", "wanbetal*", "solvab*", "risico op", "risk of", "betalingsachterstand*", "arrears", "betalingsverplichtingen", "payment obligations", "financiële betrouwbaarheid", "financial reliability", "chance of default", "kan terugbetalen", "can repay", "pay"],
            ["aanvrager*", "applicant*", "inwoner*", "resident*", "huishouden*", "household*", "particulier*", "private individual*", "consument*", "consumer*", "personen", "persons", "burger*", "citizen*", "huurder*", "tenant*", "woningzoekende*", "home seekers", "students", "studenten"],
          ],
        },
      ],
    },
    {
      point: "5c",
      context: "none",
      title: t("Risico en premie bij levens- en ziektekostenverzekering", "Risk and pricing in life and health insurance"),
      source: ANNEX("5(c)"),
      patterns: [
        {
          all: [
            [
              "levensverzekering*", "ziektekostenverzekering*", "zorgverzekering*", "life insurance", "health insurance", "verzekering*", "*verzekering", "*verzekeringen", "insurance",
              "verzekeraar*", "insurer*", "policyholder*", "cover on death", "pension fund*", "pensioenfonds*", "medical cover", "aanvullende ziektekosten", "zorgkosten",
            ],
            ["premie*", "premium*", "risico*", "risk*", "prijs*", "price*", "pricing", "acceptatie", "accept*", "dekking", "cover*", "pay", "betalen"],
            ["leven*", "life", "overlijden*", "death", "mortality", "sterfte*", "gezondheid*", "health", "medisch*", "medical", "zorg*", "care", "ziekte*", "illness", "treatment", "behandeling*", "declaratie*", "claims"],
          ],
        },
      ],
    },
    {
      point: "5d",
      title: t("Noodoproepen en eerste hulp", "Emergency calls and first response"),
      source: ANNEX("5(d)"),
      context: "none",
      patterns: [
        {
          all: [
            ["noodoproep*", "emergency call*", "meldkamer*", "112", "ambulance*", "brandweer*", "fire brigade", "fire engine*", "firefighters", "hulpdienst*", "emergency services", "first response", "spoedeisende", "urgent medical", "spoedhulp", "emergency department", "seh"],
            ["triage", "prioriteer*", "prioritis*", "prioritiz*", "dispatch*", "inzet", "uitgifte", "classific*", "classif*", "beoordeel*", "assess*", "welke eenheid", "which unit", "eenheden", "units", "hulpverleners", "responders", "urgent*", "volgorde", "order", "eerste", "first", "hoe snel", "immediately", "welke", "which"],
          ],
        },
      ],
    },
    {
      point: "5a",
      context: "none",
      title: t("Recht op overheidsuitkeringen en -diensten (ook subsidies)", "Eligibility for public assistance benefits and services (including grants)"),
      source: ANNEX("5(a)"),
      patterns: [
        {
          all: [
            [
              "uitkering*", "benefit*", "subsidie*", "subsid*", "*toeslag", "*toeslagen", "toeslag*", "bijstand", "public assistance", "tegemoetkoming*", "lening*", "loan*", "grants", "grant scheme*",
              "sociale dienst*", "social service*", "zorgvoorziening*", "allowance*", "hardship payment*", "noodfonds*", "hardship fund*", "levensonderhoud", "financiele steun", "financial support",
              "huishoudelijke hulp", "thuiszorg", "home care", "housing support", "woonondersteuning", "support payments", "wmo", "minimaregeling*", "kwijtschelding*",
              "bijzondere bijstand", "schuldhulp*", "debt assistance", "welfare", "leerlingenvervoer", "school transport", "care services", "zorgvoorzieningen", "publicly funded",
            ],
            [
              ...DECIDE, "recht op", "qualif*", "eligib*", "in aanmerking", "terugbetal*", "repay*", "terugvorder*", "recover*", "reclaim*", "stop*", "reduc*", "verlaag*", "intrek*", "revok*",
              "withdraw*", "uren", "hours", "behoefte", "need", "controle*", "check*", "aanvra*", "applications",
            ],
            ["aanvrager*", "applicant*", "inwoner*", "resident*", "huishouden*", "household*", "recipient*", "ontvanger*", "burger*", "citizen*", "cliënt*", "client*", "gezin*", "famil*", "personen", "persons", "people", "kind*", "child*", "ouder*", "parent*", "aanvragen", "applications", "dossiers"],
          ],
        },
      ],
    },
    {
      point: "6",
      context: "none",
      title: t("Rechtshandhaving (opsporing en vervolging)", "Law enforcement (criminal investigation and prosecution)"),
      source: ANNEX("6"),
      patterns: [
        {
          all: [
            [
              "rechtshandhaving", "law enforcement", "politie", "police", "opsporing*", "recherche", "strafrechtelijk*", "criminal investigation*", "criminal offence*", "strafbare feiten",
              "strafbaar feit", "openbaar ministerie", "public prosecut*", "investigation service", "opsporingsdienst*",
              // The noun, not the adjective: "verdachte Locaties" are suspicious places, not suspects.
              "verdachten", "suspect*", "slachtoffer*", "victim*",
              "leugendetector*", "polygraph*", "lie detector*", "recidive", "reoffend*", "re offend*", "crimineel", "criminal", "politie*", "recherche*", "verhoor*", "interrogat*", "questioning",
              "getuige*", "witness*", "strafdossier*", "forensic*", "reclassering", "probation", "strafblad", "criminal record*", "delict*", "offence*", "*criminaliteit", "witwas*",
              "money laundering", "investigation file", "zedenpolitie", "mensenhandel", "trafficking",
            ],
            [
              ...DECIDE, "betrouwbaarheid", "reliability", "bewijs*", "evidence", "risico", "risk", "profiel*", "profil*", "onderzoek*", "investigat*", "misleid*", "lying", "liegt", "hiding",
              "verzwijgt", "deception", "waarheid", "truthful", "geloofwaardig*", "credib*", "strong enough", "relied on", "likelihood", "kans",
            ],
          ],
          // Criminal-offence data is a category of personal data (GDPR art. 10), not a use by law enforcement.
          none: [
            "persoonsgegevens van strafrechtelijke aard", "strafrechtelijke persoonsgegevens", "strafrechtelijke gegevens", "criminal offence data", "criminal convictions and offences",
            "personal data relating to criminal convictions",
          ],
        },
      ],
    },
    {
      point: "7",
      context: "none",
      title: t("Migratie, asiel en grenscontrole", "Migration, asylum and border control"),
      source: ANNEX("7"),
      patterns: [
        {
          all: [
            [
              // Not "migratie" alone: an IT tender migrates data; Annex III 7 names the persons.
              "migrant*", "asiel*", "asylum", "grenscontrole", "grensbewaking", "border*", "grens", "visa", "visum*", "verblijfsvergunning*", "residence permit*",
              // Not "reizigers" or "passengers" alone: Annex III 7 speaks of persons who enter a
              // Member State's territory, and public transport has passengers too.
              "vreemdeling*", "foreign national*", "third country national*", "ind", "naturalisatie", "naturalisation",
              "immigratie*", "immigration", "bescherming vragen", "international protection", "vreemdelingenpolitie", "border guards", "grenswachter*", "marechaussee", "luchthaven", "airport",
              "arbeidsmigrant*", "asielzoeker*", "asylum seeker*", "kennismigrant*", "grensovergang*", "entered the country", "short stay", "requests for protection", "requested protection",
              "without papers", "zonder papieren",
            ],
            [
              ...DECIDE, "risico", "risk", "veiligheidsrisico", "security risk", "gezondheidsrisico", "health risk", "detect*", "identif*", "herken*", "recogn*", "verifieer*", "verif*",
              "waarheid", "truthful", "misleid*", "deception", "deceiv*", "untrue", "liegen", "lying", "besmettelijke", "infectious", "threat", "bedreiging", "genuine", "echt",
              "afkomstig", "originate*", "verbergen", "hiding", "ontdekken", 
            ],
          ],
          // Moving data to a new system is also "migratie"; it is not about persons crossing borders.
          none: [
            "datamigratie", "data migration", "gegevensmigratie", "documentmigratie", "migratie van documenten", "migratie van gegevens", "migration of data", "migration of documents", "migratieplan", "migration plan",
            "migratie ... documenten", "migratie ... gegevens", "migration ... data", "migration ... documents", "migreren", "gemigreerd", "migrated", "migrating",
          ],
        },
      ],
    },
    {
      point: "8a",
      context: "system",
      title: t("Rechtspraak en geschilbeslechting", "Administration of justice and dispute resolution"),
      source: ANNEX("8(a)"),
      patterns: [
        {
          all: [
            ["rechtspraak", "rechterlijk*", "rechter", "rechters", "judicial", "judge*", "court*", "rechtbank*", "geschilbeslechting", "geschillencommissie", "dispute resolution", "disputes", "dispute scheme", "geschil*", "arbitrage", "arbitration", "mediation", "mediator*", "bemiddelaar*", "bemiddeling", "bezwaarcommissie", "objection committee"],
            [...DECIDE, "uitspra*", "ruling*", "vonnis*", "judgment*", "verdict*", "feiten", "facts", "recht toe", "apply the law", "applying the law", "interpret*", "onderzoek*", "research*", "advies*", "drafts", "opstelt", "suggest*", "jurisprudentie", "case law", "beslissing*", "decision*", "regels", "rules", "schadevergoeding*", "damages"],
          ],
          // A court of audit (TFEU art. 285; Comptabiliteitswet) audits public money; it is no judicial authority.
          none: ["court of auditors", "court of audit", "rekenkamer*"],
        },
      ],
    },
    {
      point: "8b",
      title: t("Verkiezingen en stemgedrag", "Elections and voting behaviour"),
      source: ANNEX("8(b)"),
      context: "none",
      patterns: [
        {
          all: [
            ["verkiezing*", "*verkiezing", "*verkiezingen", "election*", "referend*", "volksraadpleging*", "stemgedrag", "voting behaviour", "voting behavior", "stemwijzer*", "voting advice", "kieskompas", "campagne*", "campaign*", "the vote", "kiezers", "voters"],
            ["kiezer*", "voter*", "stem*", "vote*", "voting", "beïnvloed*", "influenc*", "advies", "advice", "standpunt*", "positions", "partij*", "part*", "target*", "microtarget*", "berichten", "messages", "advertent*", "advert*", "overhalen", "persuad*", "twijfel*", "undecided", "opvatting*", "shift*", "support for", "personalised", "op maat"],
          ],
        },
      ],
    },
  ],
  prohibited: [
    {
      practice: "a",
      title: t("Manipulatie met subliminale of misleidende technieken", "Manipulation by subliminal or deceptive techniques"),
      source: ART5("a"),
      patterns: [
        { all: [["subliminal*", "subliminale", "manipulatieve technieken", "manipulative techniques", "misleidende technieken", "deceptive techniques", "onbewust beïnvloed*", "unconsciously influenc*"]] },
        {
          all: [
            [
              "manipul*", "onbewust*", "unconscious*", "without their awareness", "zonder dat ze het merken", "zonder dat zij het merken", "without noticing", "misleid*", "mislead*", "deceptive",
              "verborgen", "hidden", "onzichtbaar", "invisible", "subtiel", "subtle", "prikkels", "cues", "valse tijdsdruk", "fake deadlines", "false statements", "onware",
              "bewust waar te nemen", "too briefly", "cannot detect", "niet kunnen opmerken", "flitsende", "flashed",
            ],
            [
              "gedrag", "behaviour", "behavior", "keuze*", "choice*", "beslissing*", "decisions", "aankopen", "purchases", "kopen", "stemmen", "vote", "instemmen", "agree", "aanmelden",
              "sign up", "sign", "abonnement*", "subscription*", "giving up", "opgeven", "bezwaar", "right to", "recht op", "betalen", "pay", "steer*", "push*",
            ],
            ["inwoner*", "resident*", "users", "gebruikers", "tenants", "huurders", "employees", "medewerkers", "burgers", "citizens", "klanten", "customers", "consumenten", "consumers", "people", "mensen"],
          ],
        },
      ],
    },
    {
      practice: "b",
      title: t("Misbruik van kwetsbaarheden", "Exploiting vulnerabilities"),
      source: ART5("b"),
      patterns: [
        {
          all: [["kwetsbaarhe*", "vulnerabilit*", "kwetsbare", "vulnerable"], ["uitbuit*", "exploit*", "misbruik*", "abuse*", "takes advantage", "inspeelt", "plays on", "play on"]],
          // Art. 15(5): exploiting a system's vulnerabilities is a cybersecurity attack, not art. 5(1)(b).
          none: ["security", "beveiliging*", "cyber*", "system vulnerabilit*", "systeemkwetsbaarhe*", "software", "onbevoegde*", "unauthorised", "unauthorized", "patch*"],
        },
        {
          all: [
            [
              "ouderen", "elderly", "kinderen", "children", "basisschoolkinderen", "minderjarig*", "minors", "schulden", "debt*", "armoede", "poverty", "verslaving*", "addict*", "eenzaam*", "lonely",
              "loneliness", "dementie", "dementia", "geheugenproblemen", "memory problems", "laag inkomen", "low income", "financiële problemen", "financial difficulties", "financial distress",
              "krap bij kas", "gokproblemen", "gambling problems", "learning disability", "verstandelijke beperking",
            ],
            [
              "inspeelt", "inspelen", "play on", "plays on", "exploit*", "uitbuit*", "misbruik*", "take advantage", "takes advantage", "aanzetten", "aanzet", "push*", "verleid*", "persuad*",
              "pressure", "druk zet", "overhalen", "overhaalt", "nudg*", "precies op het moment", "precies op die momenten", "at the moment they", "juist", "target them", "targets them",
              "uses it to", "zet die in", "zet het in", "most likely to", "get them to", "laten doen",
            ],
            [
              "kopen", "aankoop", "aankopen", "purchase*", "lening*", "loan*", "gokken", "gambl*", "bets", "weddenschap*", "abonnement*", "subscription*", "uitgaven", "spend*", "gedrag",
              "behaviour", "behavior", "aanbieding*", "offers", "order", "savings", "spaargeld", "diensten", "services", "hand over",
            ],
          ],
        },
      ],
    },
    {
      practice: "c",
      title: t("Sociale scoring", "Social scoring"),
      source: ART5("c"),
      patterns: [
        {
          all: [
            [
              "sociale scor*", "social scor*", "burgerscore*", "citizen score*", "trustworthiness score*", "integriteitsscore*",
              "gedragsscore*", "burgerschapsscore*", "integrity score*", "behaviour score*", "behavior score*", "conduct score*", "social credit*", "sociaal krediet*",
              "vertrouwensindex*", "trust index*", "trustworthiness index*",
            ],
          ],
        },
        {
          all: [
            ["score*", "index*", "rating*", "rate*", "rates", "profiel*", "profile*", "label*", "indicator*", "cijfer*", "waardering*", "beoordeelt", "beoordeling", "rangorde"],
            [
              "betrouwbaar*", "trustworth*", "vertrouwen*", "integriteit*", "gedrag*", "behaviour*", "behavior*", "conduct", "sociale media", "social media", "online", "overlast", "nuisance",
              "klachten", "complaints", "betalingsachterstand*", "late payments", "arrears", "vrijwilligerswerk", "volunteering", "levensstijl", "lifestyle", "vrije tijd", "free time", "how they live",
              "hoe zij leven", "contacten", "contacts", "buurtmeldingen", "neighbourhood reports",
            ],
            ["inwoner*", "burger*", "resident*", "citizen*", "personen", "persons", "huishouden*", "household*", "aanvrager*", "applicant*", "huurder*", "tenant*", "ouders", "parents", "employees", "medewerkers", "per inwoner", "each resident", "every tenant"],
            [
              "uitgesloten", "excluded", "excludes", "mogen niet", "may not", "lose", "loses", "verliezen", "wachttijd*", "waiting", "weiger*", "refus*", "bepaalt wie", "decides who",
              "decide who", "lagere prioriteit", "lower priority", "minder", "fewer", "less", "beperkt", "restricted", "afgewezen", "voorrang", "toegang", "access",
              "enrol*", "inschrijven", "in aanmerking", "recht op", "right to", "subsidie*", "subsid*", "grants", "parkeervergunning*", "parking permit*", "schoolreis",
            ],
          ],
          // "groepen waarvoor de score minder betrouwbaar is": the reliability of the output
          // (AI Act art. 13(3)(b), 15: accuracy), not of the persons scored.
          none: ["minder betrouwbaar", "less reliable", "minder nauwkeurig", "less accurate"],
        },
      ],
    },
    {
      practice: "d",
      title: t("Voorspellen van strafbare feiten op basis van profilering", "Predicting criminal offences from profiling alone"),
      source: ART5("d"),
      patterns: [
        { all: [["predictive policing", "criminaliteitsvoorspelling", "voorspellen wie een strafbaar feit", "predict who will commit"]] },
        {
          all: [
            ["voorspel*", "predict*", "inschat*", "schat in", "estimat*", "kans op", "likelihood", "likely", "waarschijnlijk", "risico op", "risk of", "risk that", "risico dat"],
            ["strafbaar feit*", "strafbare feiten", "criminal offence*", "crime*", "criminaliteit", "misdrijf*", "misdrijven", "recidive", "reoffend*", "crimineel gedrag", "criminal behaviour", "inbraak", "burglar*", "diefstal", "theft", "fraude pleegt", "commit fraud", "zal plegen", "will commit", "criminal"],
            ["persoonlijkheid*", "personality", "persoonskenmerken", "personal traits", "personal characteristics", "profiel*", "profil*", "nationaliteit", "nationality", "place of residence", "wijk", "neighbourhood", "afkomst", "origin", "leeftijd", "age", "gezinssituatie", "family situation", "kenmerken", "characteristics", "achtergrond", "background"],
          ],
        },
      ],
    },
    {
      practice: "e",
      title: t("Ongerichte verzameling van gezichtsbeelden", "Untargeted scraping of facial images"),
      source: ART5("e"),
      patterns: [
        { all: [["gezichtsafbeeldingen van internet", "scraping of facial", "facial images from the internet"]] },
        {
          all: [
            [
              "gezichtsafbeelding*", "gezichtsfoto*", "foto s van gezichten", "facial image*", "face image*", "images of faces", "photos of faces", "face database*", "gezichtendatabank*", "gezichten",
              "faces", "portretfoto*", "portraits", "pasfoto*", "gezichtskenmerk*", "face template*", "face prints", "profielfoto*", "photographs of people", "herkenbare gezichten",
            ],
            [
              "internet", "sociale media", "social media", "websites", "openbare bronnen", "publicly accessible sources", "publicly available sources", "open sources", "scraping", "scrapen", "scrapet", "scraped", "crawl*",
              "camerabeelden van derden", "cctv", "bewakingscamera*", "surveillance camera*", "ongericht*", "untargeted", "willekeurig*", "indiscriminate*", "massaal", "en masse", "in bulk", "downloadt", "download*", "verzamelt automatisch", "automatically collect*",
              "iedere voorbijganger", "every passer by", "all footage", "alle beelden", "social networks", "harvests", "without selecting", "zonder selectie", "automatisch alle",
            ],
          ],
          // Faces made unrecognisable (GDPR art. 25, data protection by design) is the opposite of collecting them.
          none: ["onherkenbaar", "unrecognisable", "unrecognizable", "geblurd", "blurred", "blurs", "blurring", "vervaagd", "vervaagt", "gepixeld", "pixelat*", "gemaskeerd", "maskeert", "masked", "masking"],
        },
      ],
    },
    {
      practice: "f",
      title: t("Emotieherkenning op het werk of in het onderwijs", "Emotion recognition at work or in education"),
      source: ART5("f"),
      patterns: [
        {
          all: [["emotieherkenning", "emotion recognition", "emotiedetectie", "emotion detection", "emotieanalyse", "emotion analysis"], [...STAFF, "werkplek*", "workplace*", "op het werk", "at work", "leerling*", "student*", "pupil*", "klas*", "classroom*", "school*", "sollicitant*", "sollicitatiegesprek*", "job interview*", "kandidaat", "candidate*", "applicant*"]],
          none: ["medisch*", "medical", "veiligheidsredenen", "safety reasons"],
        },
        {
          all: [EMOTION, INFER, [...STAFF, "werkplek*", "workplace*", "op het werk", "at work", "leerling*", "student*", "pupil*", "klas*", "classroom*", "school*", "lectures", "colleges", "sollicitant*", "sollicitatiegesprek*", "job interview*", "kandidaat", "candidate*", "applicant*", "meetings", "shift*", "dienst"]],
          none: ["medisch*", "medical", "veiligheidsredenen", "safety reasons", "klanttevredenheid", "customer satisfaction", "medewerkerstevredenheidsonderzoek", "staff survey", "vermoeidheid", "fatigue", "drowsiness", "slaperigheid"],
        },
      ],
    },
    {
      practice: "g",
      title: t("Biometrische categorisering naar gevoelige kenmerken", "Biometric categorisation by sensitive traits"),
      source: ART5("g"),
      patterns: [
        { all: [["biometrische categorisering", "biometric categori*"]] },
        {
          all: [
            FACE,
            ["categori*", "indel*", "deelt in", "deelt ... in", "delen ... in", "afleid*", "infer*", "leidt af", "leidt ... af", "deduc*", "schat*", "estimat*", "bepaalt", "determin*", "herken*", "recogn*", "label*", "classif*", "sort*", "vermoedelijk*", "presumed"],
            ["ras", "race", "racial", "etni*", "ethnic*", "afkomst", "politieke", "political", "religi*", "geloof*", "levensbeschouw*", "seksuele", "sexual", "sexuality", "vakbond*", "trade union*", "sex life", "geaardheid", "orientation", "politieke voorkeur", "political preference"],
          ],
        },
      ],
    },
    {
      practice: "h",
      title: t("Realtime biometrische identificatie op afstand voor rechtshandhaving", "Real-time remote biometric identification for law enforcement"),
      source: ART5("h"),
      patterns: [
        { all: [["realtime biometrische identificatie", "real time remote biometric", "real time biometric identification"]] },
        {
          all: [
            ["realtime", "real time", "live", "direct", "directly", "immediately", "meteen", "as people walk", "terwijl", "instantly", "as they pass", "doorlopend", "continu*", "ter plekke", "on the spot", "ter plaatse", "rechtstreeks", "while still", "as it happens", "while they walk", "within seconds"],
            ["gezichtsherkenning", "face recognition", "facial recognition", "biometrische identificatie", "biometric identification", "gezichten", "faces", "gezicht", "face", "gelaat*", "identificeert", "identifies", "identify", "herkent", "recognises", "recognizes", "vergelijkt", "compares", "matches"],
            ["politie*", "police", "rechtshandhaving", "law enforcement", "handhav*", "enforcement", "officers", "agenten", "boa*", "opsporing*", "gezocht*", "wanted", "verdachte*", "suspect*", "arrest*", "watch list", "watchlist*"],
            ["openbare ruimte", "publicly accessible", "public space*", "straat", "streets", "street", "high street", "markt*", "market*", "square", "plein*", "station*", "winkelcentrum*", "shopping*", "event*", "centrum", "city centre", "festival*", "stadion*", "stadium", "demonstratie*", "demonstration*", "pedestrians", "voetgangers", "passing through"],
          ],
        },
      ],
    },
  ],
};
