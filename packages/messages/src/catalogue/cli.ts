// The texts of the `ethiek` command: help, errors and hints, and the words of `ethiek rules`.
// Dutch first (B1), then English. ICU MessageFormat; `<paths…>` is literal text (tags are off).

const nl = {
  "help.main": `ethiek — toets aanbestedingsstukken aan de richtlijnen voor het inkopen van algoritmen en AI

Gebruik
  ethiek <opdracht> [opties]

Opdrachten
  check <paden…>     toets aanbestedingen; afsluitcode 1 als bevindingen --fail-on halen
  rules [id]         de eisen van de gekozen regelset, met bronnen en wat u toevoegt
  classify <paden…>  alleen de indeling (algoritme, AI, hoog risico …), met redenen
  clauses <paden…>   de bijlage met modelbepalingen voor wat een toets miste (DOCX, Markdown, HTML)
  init               schrijf een config met uitleg en een CI-bestand (GitHub Actions of GitLab CI)
  maturity import <f> zet een bestand van het ODI Data Ethics Maturity Model om in een ethiek-model
  cases push <paden…> zet ethische casussen in het zaaksysteem van de provincie (Zaken/Catalogi API)
  cases pull         lees de ethische zaken terug uit het zaaksysteem als casussen (moresprudentie)

Opties voor elke opdracht
  -h, --help         hulp bij een opdracht: ethiek check --help
  -v, --version      de versie van ethiek
  -c, --config <f>   config-bestand (standaard: ethiek.config.json/.yaml, hogerop gezocht)
      --lang nl|en   taal van de uitvoer (standaard: uit de config, anders uit de taalinstelling
                     LC_ALL/LC_MESSAGES/LANG, anders nl)
      --no-color     geen kleuren (ook als NO_COLOR is gezet)
      --debug        toon de stack trace bij onverwachte fouten

Afsluitcodes
  0  niets op of boven --fail-on     1  bevindingen op of boven --fail-on
  2  verkeerd gebruik, onleesbare of niet ondersteunde invoer, ongeldige config

Uitleg: https://github.com/ethiek/ethiek/blob/main/docs/cli.md
`,
  "help.check": `Gebruik
  ethiek check <paden…> [opties]

De bestanden die u samen noemt, vormen één aanbesteding; elke map die u noemt is één aanbesteding
(elk leesbaar document erin, plus tender.json of een OCDS-bestand als dat er is). Patronen
("tenders/**/*.md") worden uitgevouwen. Zonder paden gelden de "paths" uit de config.

Opties
  -r, --ruleset <naam|bestand> naam van de regelset (ethiek:recommended, ethiek:high-risk-strict) of
                              een regelset-bestand (.json/.yaml); standaard: config, anders ethiek:recommended
  -f, --format <formaat>      stylish | json | sarif | junit | gitlab | html | markdown
  -o, --output <bestand>      schrijf het formaat ervoor naar een bestand; herhaal het paar voor meer
                              uitvoer: -f sarif -o ethiek.sarif -f stylish
      --fail-on <niveau>      error | warning | never (standaard: --fail-on error)
      --per-file              elk bestand is een eigen aanbesteding
      --baseline <bestand>    meld alleen bevindingen die niet in de baseline staan
      --update-baseline       schrijf de bevindingen van nu naar de baseline en sluit af met 0
      --sarif-code-scanning   SARIF voor GitHub code scanning: alleen bevindingen en ontheffingen
  -q, --quiet                 alleen fouten in de stylish-uitvoer; geen voortgang
  -c, --config <bestand>      config-bestand
      --lang nl|en            taal van de uitvoer
      --no-color              geen kleuren
      --debug                 stack traces bij onverwachte fouten

Voorbeelden
  ethiek check bestek.md bijlage-1.pdf
  ethiek check tenders/2026-011/ --format sarif --output ethiek.sarif --format stylish
  ethiek check "templates/*.docx" --per-file --fail-on warning
`,
  "help.rules": `Gebruik
  ethiek rules [id] [opties]

Zonder id: elke eis van de gekozen regelset, met de ernst en de titel.
Met een id: wat de eis vraagt, waarom dat ertoe doet, wat u aan de aanbesteding toevoegt, en de bronnen.

Opties
  -r, --ruleset <naam|bestand> de regelset (standaard: config, anders ethiek:recommended)
  -f, --format <formaat>      stylish | json | markdown
      --lang nl|en            taal van de teksten

Voorbeelden
  ethiek rules
  ethiek rules logging --lang en
`,
  "help.clauses": `Gebruik
  ethiek clauses <paden…> [opties]
  ethiek clauses --report rapport.json [opties]

Toetst één aanbesteding (de bestanden en map die u samen noemt) en schrijft de bijlage "Aanvullende
eisen voor algoritmen en AI": een modelbepaling voor elke eis die ontbreekt of maar voor een deel is
geregeld, verdeeld in eisen, contractbepalingen en gunningscriterium, met een korte toelichting en de
bronnen van elke bepaling. Voeg de bijlage toe aan de aanbesteding en toets opnieuw: wat erin staat,
is dan geregeld. De bepalingen, namen van partijen en waarden (bewaartermijn, opzegtermijn, hoe vaak
een audit) komen uit de regelset; zie \`ethiek rules <id>\`.

Opties
  -r, --ruleset <naam|bestand> de regelset (standaard: config, anders ethiek:recommended)
  -f, --format <formaat>      markdown | html | docx (standaard: uit de extensie van --output, anders markdown)
  -o, --output <bestand>      schrijf de bijlage naar een bestand (nodig voor docx)
      --report <bestand>      maak de bijlage uit een bewaard rapport (ethiek check --format json)
      --no-notes              laat de toelichting voor de inkoper onder elke bepaling weg
      --lang nl|en            taal van de bijlage (standaard: config, anders die van het rapport)

Voorbeelden
  ethiek clauses bestek.md --output bijlage-ai.docx
  ethiek clauses tenders/2026-011/ --format html --output bijlage-ai.html
  ethiek check bestek.pdf --format json --output rapport.json && ethiek clauses --report rapport.json
`,
  "help.classify": `Gebruik
  ethiek classify <paden…> [opties]

Alleen de indeling van elke aanbesteding (algoritme, AI-systeem, hoog risico met het punt van
bijlage III, verboden toepassing, persoonsgegevens, besluiten over mensen, generatief, impactvol),
met de redenen en de tekst die ertoe leidde. Paden worden tot aanbestedingen gegroepeerd zoals bij check.

Opties
  -f, --format <formaat>      stylish | json
      --per-file              elk bestand is een eigen aanbesteding
      --lang nl|en            taal van de uitvoer

Voorbeeld
  ethiek classify tenders/2026-011/
`,
  "help.init": `Gebruik
  ethiek init [opties]

Schrijft ethiek.config.yaml (met uitleg) in de huidige map, en een CI-bestand dat de toets draait.

Opties
      --ci github|gitlab|none     welk CI-bestand (standaard: gitlab als .gitlab-ci.yml bestaat,
                                  anders github)
      --config-format yaml|json   formaat van het config-bestand (standaard: yaml, dat uitleg toestaat)
      --force                     overschrijf bestanden die er al zijn

Voorbeeld
  ethiek init --ci gitlab
`,
  "help.maturity": `Gebruik
  ethiek maturity import <odi.json> [opties]

Zet een bestand in het JSON-formaat van het ODI Data Ethics Maturity Model (zoals u het uit de tool
van het ODI downloadt) om in een volwassenheidsmodel van ethiek (maturity-model.schema.json),
gecontroleerd, met de bronvermelding en licentie van het ODI (CC BY-SA 4.0) erin. Het model gaat
naar stdout of --output; een korte samenvatting (aspecten, niveaus, vragen, bronvermelding) gaat
naar stderr. Een onleesbaar of ongeldig bestand sluit af met 2, met elk probleem en zijn plek in
het bestand (JSON pointer).

Opties
  -o, --output <bestand>      schrijf het model naar een bestand in plaats van stdout
  -q, --quiet                 geen samenvatting op stderr

Voorbeelden
  ethiek maturity import odi-data-ethics-maturity-model-2024.json --output odi-model.json
  ethiek maturity import odi.json > model.json
`,
  "help.cases": `Gebruik
  ethiek cases push <paden…> [opties]
  ethiek cases pull [--output <map>] [opties]

push: zet de casussen (JSON-bestanden of mappen daarvan; elk bestand een casus of een lijst
casussen, zoals in schemas/case.schema.json) in het zaaksysteem: één keer het zaaktype
ETHIEK-CASUS, en per casus de zaak, rollen, resultaat en statussen. Een tweede push verandert
niets; een push die halverwege stopte, gaat verder waar hij stopte. Elke casus wordt gecontroleerd
voordat er iets wordt verstuurd.
pull: leest elke zaak van dat zaaktype terug als casus, voor de moresprudentie; met --output één
bestand per casus (alle of geen), anders een JSON-lijst op stdout.

Het zaaksysteem staat in de config (zgw: zakenApiUrl, catalogiApiUrl, catalogusUrl,
bronorganisatie, clientId, en zo nodig timeoutMs, includePersons, archive); het geheim van de
client in de omgevingsvariabele ETHIEK_ZGW_SECRET. Elke stap gaat naar het auditlog (JSON lines).

Opties
  -o, --output <map>          pull: schrijf één <id>.json per casus in de map
      --audit-log <bestand>   het auditlog (standaard: ethiek-zgw-audit.jsonl naast de config)
  -f, --format <formaat>      push: stylish | json (het hele verslag op stdout)
  -q, --quiet                 geen samenvatting
      --lang nl|en            taal van de meldingen

Voorbeelden
  ETHIEK_ZGW_SECRET=… ethiek cases push cases/
  ETHIEK_ZGW_SECRET=… ethiek cases pull --output moresprudentie/
`,
  "error.configUnreadable": "het config-bestand {file} is niet te lezen",
  "hint.configPath": "Controleer het pad achter --config.",
  "error.configSyntax": "{file}: geen geldige {syntax}: {detail}",
  "hint.configSyntax": "Herstel de schrijfwijze (haakjes, aanhalingstekens, komma's, inspringen); `ethiek init` schrijft een goed voorbeeld.",
  "error.configInvalid": "{file}: de config heeft {n, plural, one {# probleem} other {# problemen}}",
  "hint.configDocs": "Zie docs/cli.md#config-file voor elke sleutel.",
  "error.noMatch": "geen bestanden passen bij {path}",
  "hint.quotePattern": "Controleer het patroon; zet het tussen aanhalingstekens, zodat de shell het niet uitvouwt.",
  "error.noSuchPath": "{path}: dit bestand of deze map bestaat niet",
  "hint.checkPath": "Controleer het pad; het gaat uit van de huidige map.",
  "error.emptyFolder": "{path}: de map heeft geen documenten die ethiek kan lezen",
  "hint.supported": "Te lezen: {extensions} (JSON alleen als OCDS, XML alleen als eForms).",
  "error.onlyManifest": "{file} is een manifest; noem ook de documenten van de aanbesteding",
  "hint.nameFolder": "Noem de map met tender.json en de documenten, bijvoorbeeld: ethiek check tenders/2026-011/",
  "error.nothingLeft": "niets te toetsen: {paths} gaf geen documenten",
  "hint.checkIgnore": "Controleer de paden, de patronen en de ignore-lijst in de config.",
  "error.unknownRuleset": "onbekende regelset \"{name}\"",
  "hint.rulesetNames": "Kies een van {known}, of het pad van een regelset-bestand (.json of .yaml).",
  "error.rulesetUnreadable": "het regelset-bestand {file} is niet te lezen",
  "hint.rulesetPath": "Controleer het pad, of kies een ingebouwde regelset: {known}.",
  "error.rulesetSyntax": "{file}: geen geldige {syntax}",
  "hint.rulesetSyntax": "Herstel de schrijfwijze; zie docs/rulesets.md voor een voorbeeld.",
  "error.rulesetInvalid": "{file}: de regelset heeft {n, plural, one {# probleem} other {# problemen}}",
  "hint.rulesetSchema": "Zie schemas/ruleset.schema.json en docs/rulesets.md.",
  "error.inputsUnusable": "{n, plural, one {# bestand was niet te gebruiken} other {# bestanden waren niet te gebruiken}}",
  "hint.fixInputs": "Herstel deze bestanden of laat ze weg, en probeer het opnieuw.",
  "error.engineMissing": "{pkg} is niet geïnstalleerd of niet gebouwd",
  "hint.engineMissing": "Draai in de ethiek-repository `npm run build`; installeer elders @ethiek/cli opnieuw.",
  "error.oneOf": "--{option} moet een van deze zijn: {allowed}; u gaf \"{value}\"",
  "hint.oneOf": "Bijvoorbeeld: --{option} {example}",
  "error.outputWithoutFormat": "--output {file} heeft geen --format ervoor om bij te horen",
  "hint.outputPairs": "Geef elke --output een eigen --format, bijvoorbeeld --format sarif --output ethiek.sarif",
  "error.oneStdout": "maar één formaat kan naar stdout; {formats} hebben geen --output",
  "hint.oneStdout": "Zet een --output <bestand> achter alle formaten op één na.",
  "error.unknownOption": "onbekende optie {option}",
  "error.unknownCommand": "onbekende opdracht \"{command}\"",
  "hint.commands": "De opdrachten zijn {commands}. Zie `ethiek --help`.",
  "error.rulesOneId": "rules neemt hoogstens één id van een eis; u gaf {given}",
  "hint.rulesExample": "Bijvoorbeeld: ethiek rules logging",
  "error.initNoArguments": "init neemt geen argumenten; u gaf {given}",
  "hint.initFolder": "Draai het in de map die u wilt inrichten.",
  "error.casesNeedsAction": "cases heeft een actie nodig",
  "error.casesUnknownAction": "onbekende actie voor cases: \"{action}\"",
  "hint.casesActions": "De acties zijn push en pull: ethiek cases push cases/ — ethiek cases pull --output cases/",
  "error.pullNoFiles": "cases pull neemt geen bestanden; u gaf {given}",
  "hint.pullOutput": "Geef met --output de map om in te schrijven: ethiek cases pull --output cases/",
  "error.maturityNeedsAction": "maturity heeft een actie nodig",
  "error.maturityUnknownAction": "onbekende actie voor maturity: \"{action}\"",
  "hint.maturityAction": "De actie is import: ethiek maturity import odi-model.json --output model.json",
  "error.importNeedsFile": "maturity import heeft het ODI-bestand nodig",
  "error.importOneFile": "maturity import neemt één bestand; u gaf {given}",
  "hint.importExample": "Bijvoorbeeld: ethiek maturity import odi-data-ethics-maturity-model-2024.json --output model.json",
  "error.docxNeedsOutput": "een DOCX-bijlage heeft een bestand nodig om in te schrijven",
  "hint.docxOutput": "Voeg toe: --output bijlage-ai.docx",
  "error.filesOrReport": "geef de bestanden van de aanbesteding of --report, niet allebei",
  "hint.filesOrReport": "ethiek clauses bestek.md  of  ethiek clauses --report rapport.json",
  "error.clauseSettings": "de instellingen voor modelbepalingen in de regelset hebben {n, plural, one {# probleem} other {# problemen}}",
  "hint.clauseSettings": "Zie schemas/clause-library.schema.json (AnnexSettings) en docs/clauses.md.",
  "error.annexUnwritable": "de bijlage is niet te schrijven naar {file}",
  "hint.writable": "Controleer of u in de map mag schrijven.",
  "error.clausesNeedInput": "noem de bestanden of map van de aanbesteding, of geef --report",
  "hint.clausesExample": "Bijvoorbeeld: ethiek clauses bestek.md --output bijlage-ai.docx",
  "error.annexOneTender": "de bijlage is voor één aanbesteding; deze paden geven er {n}",
  "hint.annexOneTender": "Noem de bestanden van één aanbesteding, of één map.",
  "error.reportUnreadable": "het rapport {file} is niet te lezen",
  "hint.writeReport": "Maak er een met: ethiek check <paden> --format json --output rapport.json",
  "error.severalReports": "{file} bevat {n} rapporten; de bijlage is voor één aanbesteding",
  "hint.severalReports": "Toets één aanbesteding tegelijk, of gebruik --per-file en kies er één.",
  "error.notAReport": "{file} is geen toetsrapport",
  "hint.reportJson": "Gebruik de JSON die ethiek check --format json schrijft.",
  "error.checkNeedsPaths": "noem de bestanden of mappen die u wilt toetsen",
  "hint.checkExample": "Bijvoorbeeld: ethiek check tenders/2026-011/ — of zet \"paths\" in de config.",
  "error.outputUnwritable": "de {format}-uitvoer is niet te schrijven naar {file}",
  "error.noZgw": "er is geen zaaksysteem ingesteld: de config heeft geen zgw-deel",
  "hint.noZgw": "Voeg zgw: '{ zakenApiUrl, catalogiApiUrl, catalogusUrl, bronorganisatie, clientId }' toe aan ethiek.config.yaml; zie docs/cases-zgw.md.",
  "error.noSecret": "ETHIEK_ZGW_SECRET is niet gezet",
  "hint.noSecret": "Zet de omgevingsvariabele ETHIEK_ZGW_SECRET op het geheim van client \"{clientId}\" in het zaaksysteem (zet het nooit in het config-bestand).",
  "error.pushNeedsFiles": "cases push heeft de bestanden met casussen nodig",
  "hint.pushExample": "Bijvoorbeeld: ethiek cases push cases/ (JSON-bestanden, elk een casus of een lijst casussen)",
  "error.cannotReadPath": "{path} is niet te lezen: dit bestand of deze map bestaat niet",
  "error.caseProblems": "{n, plural, one {# probleem in de bestanden met casussen; er is niets verstuurd} other {# problemen in de bestanden met casussen; er is niets verstuurd}}",
  "hint.caseFiles": "Elk bestand moet een casus (schemas/case.schema.json) of een lijst casussen bevatten.",
  "error.caseTwice": "casus-id's die vaker voorkomen: {ids}; er is niets verstuurd",
  "hint.caseTwice": "Geef elke casus één keer.",
  "error.auditUnwritable": "het auditlog {file} is niet te schrijven",
  "hint.auditWritable": "Controleer of u in de map mag schrijven, of geef een ander bestand met --audit-log.",
  "error.casesUnwritable": "de casussen zijn niet te schrijven naar {folder}; er is niets geschreven",
  "hint.pushAgain": "Voer hetzelfde commando opnieuw uit als het probleem is opgelost: wat al gelukt is, wordt niet dubbel gedaan.",
  "hint.nothingWritten": "Er is niets weggeschreven.",
  "error.importUnreadable": "{file} is niet te lezen{reason, select, ENOENT {: dit bestand bestaat niet} EISDIR {: het is een map} other {}}",
  "hint.importFile": "Geef het pad van het JSON-bestand dat u uit de tool van het ODI Data Ethics Maturity Model downloadde.",
  "error.importJson": "{file} is geen geldige JSON: {detail}",
  "hint.importJson": "Download het bestand opnieuw uit de tool van het ODI, of herstel de JSON op de genoemde plek.",
  "error.importInvalid": "{file} is geen bruikbaar bestand van het ODI-volwassenheidsmodel ({n, plural, one {# probleem} other {# problemen}})",
  "hint.importInvalid": "Herstel de velden op de JSON pointers hierboven (elk noemt het veld en wat erin moet), of download het bestand opnieuw uit de tool van het ODI.",
  "error.convertedInvalid": "het omgezette model past niet bij maturity-model.schema.json",
  "hint.reportBugFile": "Dit is een fout in ethiek. Meld hem met het bestand op https://github.com/ethiek/ethiek/issues.",
  "error.modelUnwritable": "het model is niet te schrijven naar {file}",
  "error.noRequirement": "de gekozen regelset heeft geen eis \"{id}\"",
  "hint.didYouMean": "Bedoelt u {guess}? Zie `ethiek rules` voor de lijst.",
  "hint.rulesList": "Zie `ethiek rules` voor de lijst.",
  "error.classifyNeedsPaths": "noem de bestanden of mappen die u wilt indelen",
  "hint.classifyExample": "Bijvoorbeeld: ethiek classify bestek.pdf",
  "error.filesExist": "{n, plural, one {{files} bestaat al} other {{files} bestaan al}}",
  "hint.force": "Gebruik --force om te overschrijven, of haal het bestand eerst weg.",
  "error.baselineUnreadable": "de baseline {file} is niet te lezen",
  "hint.baselineCreate": "Maak hem eerst met --update-baseline, of controleer het pad.",
  "error.baselineJson": "{file} is geen geldige JSON",
  "hint.baselineRewrite": "Schrijf hem opnieuw met --update-baseline.",
  "error.notABaseline": "{file} is geen baseline van ethiek (schemas/baseline.schema.json)",
  "error.baselineUnwritable": "de baseline {file} is niet te schrijven",
  "error.commandLine": "De opdrachtregel klopt niet: {detail}",
  "hint.help": "Zie `ethiek --help` voor de opdrachten en opties.",
  "error.unexpected": "onverwachte fout: {detail}",
  "hint.reportBug": "Dit is een fout in ethiek. Draai opnieuw met --debug en meld de uitvoer op https://github.com/ethiek/ethiek/issues.",
  "status.baselineWritten": "ethiek: {n, plural, one {# bevinding} other {# bevindingen}} naar de baseline {file} geschreven",
  "status.baselineHidden": "ethiek: {n, plural, one {# bekende bevinding} other {# bekende bevindingen}} verborgen door de baseline",
  "status.warning": "let op: {message}",
  "status.skipped": "overgeslagen: {message} [{code}]",
  "status.pushed": "{n, plural, one {# casus} other {# casussen}} in het zaaksysteem: {created} aangemaakt, {updated} bijgewerkt, {deleted} verwijderd, {published} gepubliceerd, {unchanged} ongewijzigd. Auditlog: {auditLog}",
  "status.pulled": "{n, plural, one {# casus} other {# casussen}} uit het zaaksysteem gehaald{output, select, none {} other { naar {output}}}{skipped, plural, =0 {} other {; # zaken overgeslagen}}.",
  "status.annexWritten": "ethiek: bijlage met {n, plural, one {# bepaling} other {# bepalingen}} voor {requirements, plural, one {# eis} other {# eisen}}{output, select, none {} other { geschreven naar {output}}}",
  "status.annexEdits": "  {n, plural, one {# eis vraagt} other {# eisen vragen}} ook een wijziging van de bestaande tekst: {ids}",
  "status.annexNothing": "  Er ontbreekt niets: de toets vond geen open eisen.",
  "status.initWrote": "{path} geschreven",
  "status.initGitlabInclude": "Zet in uw .gitlab-ci.yml:\n  include:\n    - local: ethiek.gitlab-ci.yml",
  "status.maturityImported": "{file} ingelezen: {name}",
  "status.maturityCounts": "  {dimensions, plural, one {# dimensie} other {# dimensies}}, {levels, plural, one {# niveau} other {# niveaus}}, {questions, plural, one {# vraag} other {# vragen}}",
  "status.maturitySource": "  Bron: {source}{url, select, none {} other { ({url})}}; licentie {licence, select, none {onbekend} other {{licence}}}{licenceUrl, select, none {} other { {licenceUrl}}}. Vermeld deze bron als u het model deelt.",
  "status.maturityWritten": "  Model geschreven naar {output, select, none {de standaarduitvoer} other {{output}}}.",
  "rules.applies": "Geldt voor",
  "rules.severity": "Ernst",
  "rules.why": "Waarom",
  "rules.fix": "Wat toe te voegen",
  "rules.sources": "Bronnen",
  "rules.requirements": "eisen",
  "rules.clauses": "Modelbepalingen (ethiek clauses)",
  "rules.own": "eigen bepaling van",
  "rules.parameters": "Parameters",
  "rules.ownCount": "{n, plural, one {# eigen modelbepaling} other {# eigen modelbepalingen}} van {name}",
  "rules.kinds.requirement": "eis",
  "rules.kinds.contract-clause": "contractbepaling",
  "rules.kinds.award-criterion": "gunningscriterium",
  "rules.more": "Meer over één eis: ethiek rules <id>",
  "config.unknownKeySuggest": "{key, select, none {(bovenste niveau)} other {{key}}}: onbekende {n, plural, one {sleutel} other {sleutels}} {keys} — oplossing: bedoelt u \"{suggestion}\"? Hernoem of verwijder deze.",
  "config.unknownKeyAllowed": "{key, select, none {(bovenste niveau)} other {{key}}}: onbekende {n, plural, one {sleutel} other {sleutels}} {keys} — oplossing: verwijder deze; toegestaan zijn {allowed}.",
  "config.unknownKey": "{key, select, none {(bovenste niveau)} other {{key}}}: onbekende {n, plural, one {sleutel} other {sleutels}} {keys} — oplossing: verwijder deze.",
  "config.oneOf": "{key, select, none {(bovenste niveau)} other {{key}}}: moet een van {allowed} zijn; gevonden: {foundKind, select, nothing {niets} list {een lijst} object {een object} null {null} other {{found}}} — oplossing: zet \"{key}\" op een van: {allowed}.",
  "config.required": "{key, select, none {(bovenste niveau)} other {{key}}}: ontbreekt — oplossing: voeg \"{key}\" toe.",
  "config.type": "{key, select, none {(bovenste niveau)} other {{key}}}: moet {expected, select, array {een lijst} object {een object} string {een tekst} number {een getal} boolean {true of false} other {{expected}}} zijn; gevonden: {foundKind, select, nothing {niets} list {een lijst} object {een object} null {null} other {{found}}} — oplossing: schrijf \"{key}\" als {expected, select, array {een lijst} object {een object} string {een tekst} number {een getal} boolean {true of false} other {{expected}}}.",
  "config.empty": "{key, select, none {(bovenste niveau)} other {{key}}}: mag niet leeg zijn — oplossing: geef \"{key}\" een waarde of verwijder de sleutel.",
  "config.other": "{key, select, none {(bovenste niveau)} other {{key}}}: ongeldige waarde; gevonden: {foundKind, select, nothing {niets} list {een lijst} object {een object} null {null} other {{found}}} — oplossing: verbeter \"{key}\".",
};

const en: Record<keyof typeof nl, string> = {
  "help.main": `ethiek — check tender documents against the guidelines for buying algorithms and AI

Usage
  ethiek <command> [options]

Commands
  check <paths…>     check tenders; exit code 1 when findings reach --fail-on
  rules [id]         the requirements of the active ruleset, with sources and remediation
  classify <paths…>  only the classification (algorithmic, AI, high-risk …), with reasons
  clauses <paths…>   the annex with model clauses for what a check found missing (DOCX, Markdown, HTML)
  init               write a commented config and a CI file (GitHub Actions or GitLab CI)
  maturity import <f> convert an ODI Data Ethics Maturity Model file into an ethiek model
  cases push <paths…> put ethics cases into the province's ZGW case system (Zaken/Catalogi API)
  cases pull         read the ethics zaken back from the case system as cases (moresprudentie)

Options for every command
  -h, --help         help for a command: ethiek check --help
  -v, --version      the version of ethiek
  -c, --config <f>   config file (default: ethiek.config.json/.yaml found upward)
      --lang nl|en   language of the output (default: from the config, else from the locale
                     LC_ALL/LC_MESSAGES/LANG, else nl)
      --no-color     no colours (also when NO_COLOR is set)
      --debug        show stack traces of unexpected errors

Exit codes
  0  nothing at or above --fail-on     1  findings at or above --fail-on
  2  usage error, unreadable or unsupported input, invalid config

Docs: https://github.com/ethiek/ethiek/blob/main/docs/cli.md
`,
  "help.check": `Usage
  ethiek check <paths…> [options]

The files named together form one tender; each folder named is one tender (every supported
document inside, plus tender.json or an OCDS file when present). Globs ("tenders/**/*.md") are
expanded. Without paths, the "paths" of the config are used.

Options
  -r, --ruleset <name|file>   ruleset name (ethiek:recommended, ethiek:high-risk-strict) or a
                              ruleset file (.json/.yaml); default: config, else ethiek:recommended
  -f, --format <format>       stylish | json | sarif | junit | gitlab | html | markdown
  -o, --output <file>         write the format before it to a file; repeat the pair for more
                              outputs: -f sarif -o ethiek.sarif -f stylish
      --fail-on <level>       error | warning | never (default: error)
      --per-file              every file is its own tender
      --baseline <file>       report only findings that are not in the baseline
      --update-baseline       write the current findings to the baseline file and exit 0
      --sarif-code-scanning   SARIF for GitHub code scanning: findings and waivers only
  -q, --quiet                 only errors in stylish output; no progress
  -c, --config <file>         config file
      --lang nl|en            language of the output
      --no-color              no colours
      --debug                 stack traces of unexpected errors

Examples
  ethiek check bestek.md bijlage-1.pdf
  ethiek check tenders/2026-011/ --format sarif --output ethiek.sarif --format stylish
  ethiek check "templates/*.docx" --per-file --fail-on warning
`,
  "help.rules": `Usage
  ethiek rules [id] [options]

Without an id: every requirement of the active ruleset with its severity and title.
With an id: what the requirement asks, why it matters, what to add to the tender, and its sources.

Options
  -r, --ruleset <name|file>   the ruleset (default: config, else ethiek:recommended)
  -f, --format <format>       stylish | json | markdown
      --lang nl|en            language of the texts

Examples
  ethiek rules
  ethiek rules logging --lang en
`,
  "help.clauses": `Usage
  ethiek clauses <paths…> [options]
  ethiek clauses --report report.json [options]

Checks one tender (the files and folder named together) and writes the annex "Aanvullende eisen
voor algoritmen en AI": a model clause for every requirement that is missing or only partly met,
grouped as eisen, contractbepalingen and gunningscriterium, with a short note and the sources of
each clause. Put the annex with the tender and check again: what it addresses is then met.
The clauses, party names and parameters (retention, notice periods, audit frequency) come from the
ruleset; see \`ethiek rules <id>\`.

Options
  -r, --ruleset <name|file>   the ruleset (default: config, else ethiek:recommended)
  -f, --format <format>       markdown | html | docx (default: from the --output extension, else markdown)
  -o, --output <file>         write the annex to a file (required for docx)
      --report <file>         build the annex from a saved report (ethiek check --format json)
      --no-notes              leave out the note to the procurement officer under each clause
      --lang nl|en            language of the annex (default: config, else the report's)

Examples
  ethiek clauses bestek.md --output bijlage-ai.docx
  ethiek clauses tenders/2026-011/ --format html --output bijlage-ai.html
  ethiek check bestek.pdf --format json --output rapport.json && ethiek clauses --report rapport.json
`,
  "help.classify": `Usage
  ethiek classify <paths…> [options]

Only the classification of each tender (algorithmic, AI system, high-risk with its Annex III point,
prohibited practice, personal data, decisions about people, generative, impactful), with the
reasons and the passages that led to it. Paths are grouped into tenders as with check.

Options
  -f, --format <format>       stylish | json
      --per-file              every file is its own tender
      --lang nl|en            language of the output

Example
  ethiek classify tenders/2026-011/
`,
  "help.init": `Usage
  ethiek init [options]

Writes ethiek.config.yaml (commented) in the current folder and a CI file that runs the check.

Options
      --ci github|gitlab|none     which CI file to write (default: gitlab when .gitlab-ci.yml
                                  exists, else github)
      --config-format yaml|json   format of the config file (default: yaml, which allows comments)
      --force                     overwrite files that exist

Example
  ethiek init --ci gitlab
`,
  "help.maturity": `Usage
  ethiek maturity import <odi.json> [options]

Converts a file in the ODI Data Ethics Maturity Model JSON format (as downloaded from the ODI's
tool) into an ethiek maturity model (maturity-model.schema.json), validated, with ODI's
attribution and licence (CC BY-SA 4.0) kept in it. The model goes to stdout or --output; a short
summary (dimensions, levels, questions, attribution) goes to stderr. An unreadable or invalid file
exits 2 with every problem listed by its place in the file (JSON pointer).

Options
  -o, --output <file>         write the model to a file instead of stdout
  -q, --quiet                 no summary on stderr

Examples
  ethiek maturity import odi-data-ethics-maturity-model-2024.json --output odi-model.json
  ethiek maturity import odi.json > model.json
`,
  "help.cases": `Usage
  ethiek cases push <paths…> [options]
  ethiek cases pull [--output <folder>] [options]

push: puts the cases (JSON files or folders of them; each file a case or a list of cases, as in
schemas/case.schema.json) into the case system: the zaaktype ETHIEK-CASUS once, and for each case
its zaak, rollen, resultaat and statussen. A second push changes nothing; a push that stopped
halfway goes on where it stopped. Every case is checked before anything is sent.
pull: reads every zaak of that zaaktype back as a case, for the moresprudentie; with --output one
file per case (all or none), else a JSON list on stdout.

The case system is set in the config (zgw: zakenApiUrl, catalogiApiUrl, catalogusUrl,
bronorganisatie, clientId, and optionally timeoutMs, includePersons, archive); the client's secret
in the environment variable ETHIEK_ZGW_SECRET. Every step goes to the audit log (JSON lines).

Options
  -o, --output <folder>       pull: write one <id>.json per case into the folder
      --audit-log <file>      the audit log (default: ethiek-zgw-audit.jsonl beside the config)
  -f, --format <format>       push: stylish | json (the full report on stdout)
  -q, --quiet                 no summary
      --lang nl|en            language of the messages

Examples
  ETHIEK_ZGW_SECRET=… ethiek cases push cases/
  ETHIEK_ZGW_SECRET=… ethiek cases pull --output moresprudentie/
`,
  "error.configUnreadable": "cannot read the config file {file}",
  "hint.configPath": "Check the path given to --config.",
  "error.configSyntax": "{file}: not valid {syntax}: {detail}",
  "hint.configSyntax": "Fix the syntax (brackets, quotes, commas, indentation); `ethiek init` writes a valid example.",
  "error.configInvalid": "{file}: the config has {n, plural, one {# problem} other {# problems}}",
  "hint.configDocs": "See docs/cli.md#config-file for every key.",
  "error.noMatch": "no files match {path}",
  "hint.quotePattern": "Check the pattern; quote it so the shell does not expand it.",
  "error.noSuchPath": "{path}: no such file or folder",
  "hint.checkPath": "Check the path; it is relative to the current folder.",
  "error.emptyFolder": "{path}: the folder has no documents ethiek can read",
  "hint.supported": "Supported: {extensions} (JSON only as OCDS, XML only as eForms).",
  "error.onlyManifest": "{file} is a manifest; name the tender's documents too",
  "hint.nameFolder": "Name the folder that holds tender.json and the documents, e.g. ethiek check tenders/2026-011/",
  "error.nothingLeft": "nothing to check: {paths} left no documents",
  "hint.checkIgnore": "Check the paths, globs and the config's ignore list.",
  "error.unknownRuleset": "unknown ruleset \"{name}\"",
  "hint.rulesetNames": "Use one of {known}, or the path of a ruleset file (.json or .yaml).",
  "error.rulesetUnreadable": "cannot read the ruleset file {file}",
  "hint.rulesetPath": "Check the path, or use a built-in ruleset: {known}.",
  "error.rulesetSyntax": "{file}: not valid {syntax}",
  "hint.rulesetSyntax": "Fix the syntax; see docs/rulesets.md for an example.",
  "error.rulesetInvalid": "{file}: the ruleset has {n, plural, one {# problem} other {# problems}}",
  "hint.rulesetSchema": "See schemas/ruleset.schema.json and docs/rulesets.md.",
  "error.inputsUnusable": "{n, plural, one {# input file could not be used} other {# input files could not be used}}",
  "hint.fixInputs": "Fix or remove these files and run again.",
  "error.engineMissing": "{pkg} is not installed or not built",
  "hint.engineMissing": "Inside the ethiek repository run `npm run build`; elsewhere reinstall @ethiek/cli.",
  "error.oneOf": "--{option} must be one of {allowed}; got \"{value}\"",
  "hint.oneOf": "For example: --{option} {example}",
  "error.outputWithoutFormat": "--output {file} has no --format before it to pair with",
  "hint.outputPairs": "Give each --output its own --format, e.g. --format sarif --output ethiek.sarif",
  "error.oneStdout": "only one format can go to stdout; {formats} have no --output",
  "hint.oneStdout": "Add an --output <file> after all but one of them.",
  "error.unknownOption": "unknown option {option}",
  "error.unknownCommand": "unknown command \"{command}\"",
  "hint.commands": "The commands are {commands}. Run `ethiek --help`.",
  "error.rulesOneId": "rules takes at most one requirement id; got {given}",
  "hint.rulesExample": "For example: ethiek rules logging",
  "error.initNoArguments": "init takes no arguments; got {given}",
  "hint.initFolder": "Run it in the folder to set up.",
  "error.casesNeedsAction": "cases needs an action",
  "error.casesUnknownAction": "unknown cases action \"{action}\"",
  "hint.casesActions": "The actions are push and pull: ethiek cases push cases/ — ethiek cases pull --output cases/",
  "error.pullNoFiles": "cases pull takes no files; got {given}",
  "hint.pullOutput": "Give the folder to write to with --output: ethiek cases pull --output cases/",
  "error.maturityNeedsAction": "maturity needs an action",
  "error.maturityUnknownAction": "unknown maturity action \"{action}\"",
  "hint.maturityAction": "The action is import: ethiek maturity import odi-model.json --output model.json",
  "error.importNeedsFile": "maturity import needs the ODI file to import",
  "error.importOneFile": "maturity import takes one file; got {given}",
  "hint.importExample": "For example: ethiek maturity import odi-data-ethics-maturity-model-2024.json --output model.json",
  "error.docxNeedsOutput": "a DOCX annex needs a file to go to",
  "hint.docxOutput": "Add --output bijlage-ai.docx",
  "error.filesOrReport": "give either the tender's files or --report, not both",
  "hint.filesOrReport": "ethiek clauses bestek.md  or  ethiek clauses --report rapport.json",
  "error.clauseSettings": "the ruleset's clause settings have {n, plural, one {# problem} other {# problems}}",
  "hint.clauseSettings": "See schemas/clause-library.schema.json (AnnexSettings) and docs/clauses.md.",
  "error.annexUnwritable": "cannot write the annex to {file}",
  "hint.writable": "Check that the folder is writable.",
  "error.clausesNeedInput": "name the tender's files or folder, or give --report",
  "hint.clausesExample": "For example: ethiek clauses bestek.md --output bijlage-ai.docx",
  "error.annexOneTender": "the annex is for one tender; these paths make {n}",
  "hint.annexOneTender": "Name the files of one tender, or one folder.",
  "error.reportUnreadable": "cannot read the report {file}",
  "hint.writeReport": "Write one with: ethiek check <paths> --format json --output rapport.json",
  "error.severalReports": "{file} holds {n} reports; the annex is for one tender",
  "hint.severalReports": "Check one tender at a time, or use --per-file and pick one.",
  "error.notAReport": "{file} is not a check report",
  "hint.reportJson": "Use the JSON that ethiek check --format json writes.",
  "error.checkNeedsPaths": "name the files or folders to check",
  "hint.checkExample": "For example: ethiek check tenders/2026-011/ — or set \"paths\" in the config.",
  "error.outputUnwritable": "cannot write {format} output to {file}",
  "error.noZgw": "no case system is configured: the config has no zgw section",
  "hint.noZgw": "Add zgw: '{ zakenApiUrl, catalogiApiUrl, catalogusUrl, bronorganisatie, clientId }' to ethiek.config.yaml; see docs/cases-zgw.md.",
  "error.noSecret": "ETHIEK_ZGW_SECRET is not set",
  "hint.noSecret": "Set the environment variable ETHIEK_ZGW_SECRET to the secret of client \"{clientId}\" in the case system (never put it in the config file).",
  "error.pushNeedsFiles": "cases push needs the case files to push",
  "hint.pushExample": "For example: ethiek cases push cases/ (JSON files, each a case or a list of cases)",
  "error.cannotReadPath": "cannot read {path}: no such file or folder",
  "error.caseProblems": "{n, plural, one {# problem in the case files; nothing was sent} other {# problems in the case files; nothing was sent}}",
  "hint.caseFiles": "Each file must hold a case (schemas/case.schema.json) or a list of cases.",
  "error.caseTwice": "case ids given more than once: {ids}; nothing was sent",
  "hint.caseTwice": "Give each case once.",
  "error.auditUnwritable": "cannot write the audit log {file}",
  "hint.auditWritable": "Check that the folder is writable, or give another file with --audit-log.",
  "error.casesUnwritable": "cannot write the cases to {folder}; nothing was written",
  "hint.pushAgain": "Run the same command again once the problem is solved: what already succeeded is not repeated.",
  "hint.nothingWritten": "Nothing was written.",
  "error.importUnreadable": "cannot read {file}{reason, select, ENOENT {: no such file} EISDIR {: it is a folder} other {}}",
  "hint.importFile": "Give the path of the JSON file downloaded from the ODI Data Ethics Maturity Model tool.",
  "error.importJson": "{file} is not valid JSON: {detail}",
  "hint.importJson": "Download the file again from the ODI tool, or fix the JSON syntax at the position shown.",
  "error.importInvalid": "{file} is not a usable ODI maturity model file ({n, plural, one {# problem} other {# problems}})",
  "hint.importInvalid": "Fix the fields at the JSON pointers above (each names the field and what it must hold), or download the file again from the ODI tool.",
  "error.convertedInvalid": "the converted model does not match maturity-model.schema.json",
  "hint.reportBugFile": "This is a bug in ethiek. Report it with the file at https://github.com/ethiek/ethiek/issues.",
  "error.modelUnwritable": "cannot write the model to {file}",
  "error.noRequirement": "the active ruleset has no requirement \"{id}\"",
  "hint.didYouMean": "Did you mean {guess}? Run `ethiek rules` for the list.",
  "hint.rulesList": "Run `ethiek rules` for the list.",
  "error.classifyNeedsPaths": "name the files or folders to classify",
  "hint.classifyExample": "For example: ethiek classify bestek.pdf",
  "error.filesExist": "{n, plural, one {{files} already exists} other {{files} already exist}}",
  "hint.force": "Run with --force to overwrite, or remove the file first.",
  "error.baselineUnreadable": "cannot read the baseline {file}",
  "hint.baselineCreate": "Create it first with --update-baseline, or check the path.",
  "error.baselineJson": "{file} is not valid JSON",
  "hint.baselineRewrite": "Write it again with --update-baseline.",
  "error.notABaseline": "{file} is not an ethiek baseline (schemas/baseline.schema.json)",
  "error.baselineUnwritable": "cannot write the baseline {file}",
  "error.commandLine": "{detail}",
  "hint.help": "Run `ethiek --help` for the commands and options.",
  "error.unexpected": "unexpected error: {detail}",
  "hint.reportBug": "This is a bug in ethiek. Run again with --debug and report the output at https://github.com/ethiek/ethiek/issues.",
  "status.baselineWritten": "ethiek: wrote {n, plural, one {# finding} other {# findings}} to the baseline {file}",
  "status.baselineHidden": "ethiek: {n, plural, one {# known finding} other {# known findings}} hidden by the baseline",
  "status.warning": "warning: {message}",
  "status.skipped": "skipped: {message} [{code}]",
  "status.pushed": "{n, plural, one {# case} other {# cases}} in the case system: {created} created, {updated} updated, {deleted} deleted, {published} published, {unchanged} unchanged. Audit log: {auditLog}",
  "status.pulled": "{n, plural, one {# case} other {# cases}} pulled from the case system{output, select, none {} other { into {output}}}{skipped, plural, =0 {} other {; # zaken skipped}}.",
  "status.annexWritten": "ethiek: annex with {n, plural, one {# clause} other {# clauses}} for {requirements, plural, one {# requirement} other {# requirements}}{output, select, none {} other { written to {output}}}",
  "status.annexEdits": "  {n, plural, one {# requirement also needs} other {# requirements also need}} a change to the existing text: {ids}",
  "status.annexNothing": "  Nothing is missing: the check found no open requirements.",
  "status.initWrote": "wrote {path}",
  "status.initGitlabInclude": "Add to your .gitlab-ci.yml:\n  include:\n    - local: ethiek.gitlab-ci.yml",
  "status.maturityImported": "Imported {file}: {name}",
  "status.maturityCounts": "  {dimensions, plural, one {# dimension} other {# dimensions}}, {levels, plural, one {# level} other {# levels}}, {questions, plural, one {# question} other {# questions}}",
  "status.maturitySource": "  Source: {source}{url, select, none {} other { ({url})}}; licence {licence, select, none {unknown} other {{licence}}}{licenceUrl, select, none {} other { {licenceUrl}}}. Keep this attribution when you share the model.",
  "status.maturityWritten": "  Model written to {output, select, none {stdout} other {{output}}}.",
  "rules.applies": "Applies to",
  "rules.severity": "Severity",
  "rules.why": "Why",
  "rules.fix": "What to add",
  "rules.sources": "Sources",
  "rules.requirements": "requirements",
  "rules.clauses": "Model clauses (ethiek clauses)",
  "rules.own": "own clause of",
  "rules.parameters": "Parameters",
  "rules.ownCount": "{n, plural, one {# own model clause} other {# own model clauses}} of {name}",
  "rules.kinds.requirement": "requirement",
  "rules.kinds.contract-clause": "contract clause",
  "rules.kinds.award-criterion": "award criterion",
  "rules.more": "More about one requirement: ethiek rules <id>",
  "config.unknownKeySuggest": "{key, select, none {(top level)} other {{key}}}: unknown {n, plural, one {key} other {keys}} {keys} — fix: did you mean \"{suggestion}\"? Rename or remove it.",
  "config.unknownKeyAllowed": "{key, select, none {(top level)} other {{key}}}: unknown {n, plural, one {key} other {keys}} {keys} — fix: remove it; allowed keys are {allowed}.",
  "config.unknownKey": "{key, select, none {(top level)} other {{key}}}: unknown {n, plural, one {key} other {keys}} {keys} — fix: remove it.",
  "config.oneOf": "{key, select, none {(top level)} other {{key}}}: must be one of {allowed}; found {foundKind, select, nothing {nothing} list {a list} object {an object} null {null} other {{found}}} — fix: set \"{key}\" to one of: {allowed}.",
  "config.required": "{key, select, none {(top level)} other {{key}}}: is required — fix: add \"{key}\".",
  "config.type": "{key, select, none {(top level)} other {{key}}}: must be {expected, select, array {a list} object {an object} string {a string} number {a number} boolean {true or false} other {a {expected}}}; found {foundKind, select, nothing {nothing} list {a list} object {an object} null {null} other {{found}}} — fix: write \"{key}\" as {expected, select, array {a list} object {an object} string {a string} number {a number} boolean {true or false} other {a {expected}}}.",
  "config.empty": "{key, select, none {(top level)} other {{key}}}: must not be empty — fix: give \"{key}\" a value or remove it.",
  "config.other": "{key, select, none {(top level)} other {{key}}}: invalid value; found {foundKind, select, nothing {nothing} list {a list} object {an object} null {null} other {{found}}} — fix: correct \"{key}\".",
};

/** The CLI namespace: `cli.<key>`. */
export const cli = { nl, en };
