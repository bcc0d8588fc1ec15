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
const FACE: Group = ["gezicht*", "face", "faces", "facial", "gelaat*", "biometri*", "vingerafdruk*", "fingerprint*", "iris*", "irisscan*", "stemherkenning", "voice recognition"];
const IDENTIFY: Group = [
  "identific*", "identifies", "identify", "identified", "herkent", "herkennen", "herkend", "recognises", "recognizes", "recognise", "recognize", "vergelijkt", "vergelijken",
  "vergeleken", "compares", "compared", "matcht", "matchen", "gematcht", "matches", "matching", "zoekt", "searches",
];
const MANY: Group = [
  "database", "databank", "databases", "referentiebestand*", "enrolled", "ingeschreven", "geregistreerde", "registered", "watchlist*", "zwarte lijst", "gallery", "personen",
  "persons", "people", "medewerkers", "bezoekers", "visitors", "staff", "employees", "menigte", "crowd", "passanten", "passers by",
];
const EDUCATION: Group = [
  "onderwijs*", "education*", "opleiding*", "school*", "mbo", "hbo", "leerling*", "student*", "pupil*", "learner*", "leerplek*", "leerbaan", "leerbanen", "stageplaats*",
  "stageplek*", "training place*", "apprentice*", "vocational", "beroepsonderwijs", "beroepsopleiding*", "deelnemers", "cursist*", "excellentieprogramma*", "bbl", "bol",
];
const STAFF: Group = [
  "medewerker*", "employee*", "personeel*", "staff", "werknemer*", "worker*", "ambtena*", "collega*", "inspecteur*", "inspector*", "chauffeur*", "driver*", "monteur*",
  "personnel", "workforce", "teamleden", "team members",
];
const EMOTION: Group = [
  "emotie*", "emotion*", "emotional", "gemoedstoestand*", "stemming", "mood*", "stress*", "frustratie*", "frustration", "sentiment*", "gevoelens", "feelings", "welzijn*",
  "wellbeing", "well being", "boosheid", "anger", "angst", "anxiety", "vermoeidheid", "fatigue", "tevredenheid", "satisfaction",
];
const INFER: Group = [
  "herken*", "recognis*", "recogniz*", "detect*", "infer*", "afleid*", "leidt af", "leiden af", "afgeleid", "analyseert", "analyses", "analyse", "analyze*", "meet", "meten",
  "measures", "measure", "inschat*", "schat", "estimates", "monitor*", "signaleert", "flags", "scoort", "scores", "beoordeelt", "assesses",
];
const INFRA: Group = [
  "verkeersregel*", "verkeerslicht*", "wegverkeer", "road traffic", "traffic light*", "traffic signal*", "traffic control*", "traffic management", "verkeersmanagement",
  "ivri", "vri", "vris", "drinkwater*", "water supply", "watervoorziening", "elektriciteit*", "electricity", "stroomnet*", "energienet*", "power grid", "gasvoorziening",
  "gas supply", "warmtevoorziening", "warmtenet*", "heating", "district heating", "kritieke infrastructuur", "vitale infrastructuur", "critical infrastructure",
  "digitale infrastructuur", "digital infrastructure", "waterkering*", "flood defence*", "flood defense*", "stormvloedkering*", "storm surge barrier*", "gemaal", "gemalen",
  "pumping station*", "stuw", "stuwen", "weir*", "sluis", "sluizen", "navigation lock*", "dijk*", "dike*", "levee*", "peilbeheer", "waterpeil*", "water level*", "tunnel*",
  "brug*", "bridge*", "bediening", "zuivering*", "treatment plant*",
];
const CONTROL: Group = [
  "aansturing", "aanstuur*", "stuurt", "sturen", "besturing", "bestuurt", "regelt", "regelen", "regeling", "bedient", "bedienen", "schakelt", "opent", "sluit", "controls",
  "control", "controlling", "steers", "steering", "operates", "operation", "operating", "management", "actuat*", "dispatch*", "veiligheidscomponent", "safety component",
  "groentijden", "signal timing", "peilbeheer", "pompen", "pumps",
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
      ],
    },
    {
      point: "1b",
      title: t("Biometrische categorisering", "Biometric categorisation"),
      source: ANNEX("1(b)"),
      context: "none",
      patterns: [{ all: [FACE, ["categori*", "indeling in", "indelen", "groups people", "sorteert", "sorts"], ["kenmerken", "traits", "attributes", "eigenschappen", "characteristics"]] }],
    },
    {
      point: "1c",
      title: t("Emotieherkenning", "Emotion recognition"),
      source: ANNEX("1(c)"),
      context: "persons",
      patterns: [{ all: [["emotieherkenning", "emotion recognition"]] }, { all: [EMOTION, INFER, FACE] }],
    },
    {
      point: "2",
      title: t("Kritieke infrastructuur (wegverkeer, water, gas, warmte, elektriciteit, digitaal)", "Critical infrastructure (road traffic, water, gas, heating, electricity, digital)"),
      source: ANNEX("2"),
      context: "system",
      patterns: [{ all: [INFRA, CONTROL] }, { all: [["kritieke infrastructuur", "vitale infrastructuur", "critical infrastructure", "veiligheidscomponent", "safety component"]] }],
    },
    {
      point: "3a",
      title: t("Toegang tot en toelating of toewijzing in onderwijs", "Access, admission or assignment to education"),
      source: ANNEX("3(a)"),
      patterns: [
        {
          all: [
            EDUCATION,
            [
              "toelating*", "admission*", "admit*", "toewijz*", "wijst toe", "assign*", "plaatsing*", "placement*", "plaatst", "places", "selectie*", "selecteert", "selects",
              "matching", "matcht", "matches", "koppelt", "indeling", "verdeelt", "verdeling", "allocat*", "uitnodig*", "invites", "invited", "rangschik*", "ranks", "ranking",
            ],
          ],
        },
      ],
    },
    {
      point: "3b",
      title: t("Beoordeling van leerresultaten", "Evaluation of learning outcomes"),
      source: ANNEX("3(b)"),
      patterns: [{ all: [EDUCATION, ["leerresultat*", "learning outcome*", "cijfer*", "grades", "grading", "examen*", "exams", "toetsresultat*", "test results", "beoordeelt het werk", "assesses the work", "nakijk*", "marking"]] }],
    },
    {
      point: "3c",
      title: t("Bepalen van het passende onderwijsniveau", "Assessing the appropriate level of education"),
      source: ANNEX("3(c)"),
      patterns: [{ all: [EDUCATION, ["niveau", "level", "schooladvies", "school advice", "leerroute*", "learning path*", "doorstroom*", "progression"], ["bepaalt", "determines", "advise*", "adviseert", "inschat*", "assess*", "voorspelt", "predicts"]] }],
    },
    {
      point: "3d",
      title: t("Toezicht op ongeoorloofd gedrag bij toetsen", "Monitoring prohibited behaviour during tests"),
      source: ANNEX("3(d)"),
      patterns: [{ all: [["toets*", "tentamen*", "examen*", "exam*", "test*"], ["fraude", "cheating", "spieken", "proctoring", "surveill*", "ongeoorloofd*", "prohibited behaviour"], EDUCATION] }],
    },
    {
      point: "4a",
      title: t("Werving en selectie", "Recruitment and selection"),
      source: ANNEX("4(a)"),
      patterns: [
        { all: [["werving", "recruitment", "sollicita*", "personeelsselectie", "job applicant*", "recruiter*", "hiring", "vacature*", "vacanc*", "job ad*", "vacatureteksten"]] },
        { all: [["cv", "cv s", "curriculum vitae", "motivatiebrie*", "cover letter*"], ["kandidat*", "candidat*", "score*", "rangschik*", "ranks", "filter*", "selecte*"]] },
      ],
    },
    {
      point: "4b",
      title: t("Besluiten over werk, taakverdeling en toezicht op medewerkers", "Work-related decisions, task allocation and monitoring of workers"),
      source: ANNEX("4(b)"),
      patterns: [
        { all: [["functioneringsgesprek*", "beoordelingsgesprek*", "performance review*", "performance evaluation*", "contract extension*", "contractverlenging*", "promotion decisions", "promotiebeslissing*", "dismissal", "ontslag*", "gesprekscyclus"]] },
        { all: [STAFF, ["taakverdeling", "taaktoewijzing", "task allocation", "allocates tasks", "assigns tasks", "werkverdeling", "verdeelt het werk", "wijst taken toe", "roosters", "rostering", "toewijzing van werk", "wijst toe", "voorstelt welke"]] },
        {
          all: [
            STAFF,
            ["monitor*", "volgt", "tracks", "tracking", "screent", "screens", "screening", "scant", "scans", "analyseert", "analyses", "controleert", "beoordeelt", "evaluates", "evaluation", "meet", "measures"],
            ["prestatie*", "performance", "gedrag*", "behaviour*", "behavior*", "productiviteit", "productivity", "e mail*", "email*", "chatberichten", "chat messages", "communicatie*", "communications", "integriteit*", "integrity"],
          ],
        },
      ],
    },
    {
      point: "5a",
      title: t("Recht op overheidsuitkeringen en -diensten (ook subsidies)", "Eligibility for public assistance benefits and services (including grants)"),
      source: ANNEX("5(a)"),
      patterns: [
        {
          all: [
            ["uitkering*", "benefit*", "subsidie*", "subsid*", "toeslag*", "bijstand", "public assistance", "tegemoetkoming*", "lening*", "loan*", "grant*", "voorziening*", "sociale dienst*", "social service*", "zorgvoorziening*", "huurtoeslag", "allowance*"],
            [
              "toekenn*", "toegekend", "verlen*", "verleend", "afwijz*", "afgewezen", "weiger*", "geweigerd", "intrek*", "terugvorder*", "recover*", "reduc*", "verlaag*", "vermindering",
              "granted", "granting", "refus*", "revok*", "withdraw*", "eligib*", "recht op", "entitle*", "in aanmerking", "controle*", "check*", "aanvra*", "applications",
            ],
          ],
        },
      ],
    },
    {
      point: "5b",
      title: t("Kredietwaardigheid en kredietscore", "Creditworthiness and credit scoring"),
      source: ANNEX("5(b)"),
      patterns: [{ all: [["kredietwaardigheid", "creditworthiness", "credit scor*", "kredietscore*", "kredietbeoordeling*", "credit assessment*", "terugbetalingscapaciteit", "repayment capacity", "betaalcapaciteit", "affordability", "leencapaciteit"]] }],
    },
    {
      point: "5c",
      title: t("Risico en premie bij levens- en ziektekostenverzekering", "Risk and pricing in life and health insurance"),
      source: ANNEX("5(c)"),
      patterns: [{ all: [["levensverzekering*", "ziektekostenverzekering*", "zorgverzekering*", "life insurance", "health insurance"]] }],
    },
    {
      point: "5d",
      title: t("Noodoproepen en eerste hulp", "Emergency calls and first response"),
      source: ANNEX("5(d)"),
      context: "none",
      patterns: [
        { all: [["noodoproep*", "emergency call*", "meldkamer*", "112"], ["triage", "prioriteer*", "prioritis*", "prioritiz*", "dispatch*", "inzet", "uitgifte", "classific*", "classif*", "beoordeel*", "assess*"]] },
      ],
    },
    {
      point: "6",
      title: t("Rechtshandhaving (opsporing en vervolging)", "Law enforcement (criminal investigation and prosecution)"),
      source: ANNEX("6"),
      patterns: [
        { all: [["rechtshandhaving", "law enforcement", "politie", "police", "opsporing*", "strafrechtelijk*", "criminal investigation*", "criminal offence*", "strafbare feiten", "strafbaar feit", "openbaar ministerie", "public prosecut*"]] },
      ],
    },
    {
      point: "7",
      title: t("Migratie, asiel en grenscontrole", "Migration, asylum and border control"),
      source: ANNEX("7"),
      patterns: [{ all: [["migratie", "migration", "asiel*", "asylum", "grenscontrole", "border control", "visa", "visum*", "verblijfsvergunning*", "residence permit*"]] }],
    },
    {
      point: "8a",
      title: t("Rechtspraak en geschilbeslechting", "Administration of justice and dispute resolution"),
      source: ANNEX("8(a)"),
      patterns: [{ all: [["rechtspraak", "rechterlijk*", "rechter", "rechters", "judicial", "judge*", "court*", "rechtbank*", "geschilbeslechting", "dispute resolution", "arbitrage", "arbitration"], ["uitspra*", "ruling*", "vonnis*", "judgment*", "feiten", "facts", "recht toe", "apply the law", "interpret*", "onderzoek*", "research*"]] }],
    },
    {
      point: "8b",
      title: t("Verkiezingen en stemgedrag", "Elections and voting behaviour"),
      source: ANNEX("8(b)"),
      context: "none",
      patterns: [
        { all: [["verkiezing*", "election*", "referend*", "stemgedrag", "voting behaviour", "voting behavior", "stemhulp*", "stemwijzer*", "stemadvies", "voting advice", "kieskompas"], ["kiezer*", "voter*", "stem*", "vote*", "beïnvloed*", "influenc*", "advies", "advice", "standpunt*", "positions", "partij*", "part*"]] },
      ],
    },
  ],
  prohibited: [
    {
      practice: "a",
      title: t("Manipulatie met subliminale of misleidende technieken", "Manipulation by subliminal or deceptive techniques"),
      source: ART5("a"),
      patterns: [{ all: [["subliminal*", "subliminale", "manipulatieve technieken", "manipulative techniques", "misleidende technieken", "deceptive techniques", "onbewust beïnvloed*", "unconsciously influenc*"]] }],
    },
    {
      practice: "b",
      title: t("Misbruik van kwetsbaarheden", "Exploiting vulnerabilities"),
      source: ART5("b"),
      patterns: [{ all: [["kwetsbaarhe*", "vulnerabilit*", "kwetsbare", "vulnerable"], ["uitbuit*", "exploit*", "misbruik*", "abuse*", "benut", "takes advantage"]] }],
    },
    {
      practice: "c",
      title: t("Sociale scoring", "Social scoring"),
      source: ART5("c"),
      patterns: [
        {
          all: [
            [
              "sociale scor*", "social scor*", "burgerscore*", "citizen score*", "betrouwbaarheidsscore*", "trustworthiness score*", "integriteitsscore*", "vertrouwensscore*",
              "gedragsscore*", "burgerschapsscore*", "integrity score*", "behaviour score*", "behavior score*", "conduct score*", "social credit*", "sociaal krediet*",
              "vertrouwensindex*", "trust index*", "betrouwbaarheidsindex*", "trustworthiness index*",
            ],
          ],
        },
        {
          all: [
            ["score*", "index*", "rating*", "profiel*", "profile*", "label*", "indicator*"],
            ["betrouwbaar*", "trustworth*", "vertrouwen*", "integriteit*", "gedrag*", "behaviour*", "behavior*", "conduct", "sociale", "social"],
            ["inwoner*", "burger*", "resident*", "citizen*", "personen", "persons", "huishouden*", "household*", "aanvrager*", "applicant*"],
            ["andere domeinen", "other domains", "ongerelateerde", "unrelated", "verschillende bronnen", "various sources", "combineert", "combines", "combineren", "koppelt", "links", "samengesteld", "composed", "schulden", "debts", "klachten", "complaints", "buren", "neighbours", "sociale media", "social media"],
          ],
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
            ["voorspel*", "predict*", "inschat*", "schat in", "estimat*", "kans op", "likelihood", "risico op", "risk of"],
            ["strafbaar feit*", "strafbare feiten", "criminal offence*", "crime*", "criminaliteit", "misdrijf*", "recidive", "reoffend*", "crimineel gedrag", "criminal behaviour"],
            ["persoonlijkheid*", "personality", "persoonskenmerken", "personal traits", "personal characteristics", "profiel*", "profil*", "nationaliteit", "nationality", "woonplaats", "place of residence"],
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
            ["gezichtsafbeelding*", "gezichtsfoto*", "foto s van gezichten", "facial image*", "face image*", "images of faces", "photos of faces", "face database*", "gezichtendatabank*", "gezichten", "faces"],
            ["internet", "sociale media", "social media", "websites", "openbare bronnen", "publicly accessible sources", "publicly available sources", "open sources", "scraping", "scrapen", "scrapet", "scraped", "crawl*", "camerabeelden van derden", "cctv"],
          ],
        },
      ],
    },
    {
      practice: "f",
      title: t("Emotieherkenning op het werk of in het onderwijs", "Emotion recognition at work or in education"),
      source: ART5("f"),
      patterns: [
        {
          all: [["emotieherkenning", "emotion recognition", "emotiedetectie", "emotion detection", "emotieanalyse", "emotion analysis"], [...STAFF, "werkplek*", "workplace*", "op het werk", "at work", "leerling*", "student*", "pupil*", "klas*", "classroom*", "school*"]],
          none: ["medisch*", "medical", "veiligheidsredenen", "safety reasons"],
        },
        {
          all: [EMOTION, INFER, [...STAFF, "werkplek*", "workplace*", "op het werk", "at work", "leerling*", "student*", "pupil*", "klas*", "classroom*", "school*"]],
          none: ["medisch*", "medical", "veiligheidsredenen", "safety reasons", "klanttevredenheid", "customer satisfaction", "medewerkerstevredenheidsonderzoek", "staff survey"],
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
            ["categori*", "indel*", "afleid*", "infer*", "leidt af", "deduc*"],
            ["ras", "race", "etni*", "afkomst", "politieke", "political", "religi*", "geloof*", "levensbeschouw*", "seksuele geaardheid", "sexual orientation", "vakbond*", "trade union*", "sex life"],
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
        { all: [["realtime", "real time", "live"], ["gezichtsherkenning", "face recognition", "facial recognition", "biometrische identificatie", "biometric identification"], ["openbare ruimte", "publicly accessible", "public space*", "straat", "streets", "politie", "police", "rechtshandhaving", "law enforcement"]] },
      ],
    },
  ],
};
