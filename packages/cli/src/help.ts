import type { Command } from "./args.js";

const main = `ethiek — check tender documents against the guidelines for buying algorithms and AI

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
      --lang nl|en   language of the output (default: from the config, else nl)
      --no-color     no colours (also when NO_COLOR is set)
      --debug        show stack traces of unexpected errors

Exit codes
  0  nothing at or above --fail-on     1  findings at or above --fail-on
  2  usage error, unreadable or unsupported input, invalid config

Docs: https://github.com/ethiek/ethiek/blob/main/docs/cli.md
`;

const topics: Record<Command, string> = {
  check: `Usage
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
  rules: `Usage
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
  clauses: `Usage
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
  classify: `Usage
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
  init: `Usage
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
  maturity: `Usage
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
  cases: `Usage
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
};

/** Help text for the command, or the overview. */
export function helpText(topic: Command | undefined): string {
  return topic === undefined ? main : topics[topic];
}
