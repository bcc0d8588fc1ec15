// The status of a requirement record. Requirements-management tools (IBM DOORS, ReqIF, Polarion)
// and issue trackers (Jira, Azure DevOps) export each object or story as a block of field lines
// ("Object ID: …  Object Type: Requirement  Status: Rejected") followed by its text; a table keeps
// the same fields in columns. Only an accepted object of requirement type binds: a rejected or
// deleted one is turned down, a proposed one or one in the backlog is not settled yet, and an
// information or rationale object explains (ISO/IEC/IEEE 29148 requirement attributes; ReqIF
// attribute definitions). A Gherkin feature file is such a set of records too: its scenarios are
// tagged (@must, @should, @later) and only the steps of a binding scenario bind.
import type { Segment } from "@ethiek/schemas";
import { rowCells } from "./structure.js";

/** How a record's status or type leaves the text it holds. */
export type RecordStanding = "turned-down" | "open" | "informative" | "wish";

/** A status cell or value that turns the record down: not ordered, not adopted, rejected, struck. */
const NOT_TAKEN_STATUS =
  /^\s*(niet afgenomen|niet besteld|niet gekozen|niet overgenomen|niet aanvaard|niet geaccepteerd|niet akkoord|afgewezen|vervalt|vervallen|verwijderd|geschrapt|ingetrokken|geannuleerd|not ordered|not purchased|not selected|not adopted|not accepted|not agreed|rejected|declined|withdrawn|deleted|struck|cancell?ed|obsolete|won'?t (do|fix|have))\b/i;

/** A status value of a record still open: proposed, in the backlog, in progress, under review. */
const OPEN_RECORD_STATUS =
  /^\s*(proposed|proposal|draft|backlog|to do|todo|open|new|in progress|in review|under review|selected for development|voorgesteld|voorstel|concept|nieuw|te doen|in behandeling|in uitvoering)\b/i;

/** A record type that explains or structures rather than requires. */
const INFORMATIVE_TYPE = /^\s*(information|informative|info|informatie|rationale|toelichting|heading|kop|note|notitie|comment|opmerking|explanation)\b/i;

/** The labels of a record's field lines, as tools print them. */
const FIELD = /(?:^|\s)(object id|object type|object status|issue key|issue type|req(?:uirement)? id|eis[- ]?id|key|id|type|status|resolution|priority|prioriteit|soort|fix versions?|labels?|verification(?: method)?|linked to|assignee|reporter|sprint|story points)\s*:/gi;
/** A field that names the record: without one, "Status: concept" is a document's own status. */
const ID_FIELD = /^(object id|issue key|req(?:uirement)? id|eis[- ]?id|key|id|object type|issue type)$/i;
/** Field lines are short: a block of them is no longer than this. */
const FIELD_BLOCK_LENGTH = 320;
/** How far back a record's text may stand from its field lines. */
const RECORD_REACH = 12;
/** Sub-headings inside one record ("Description", "Acceptance criteria"): they do not end it. */
const RECORD_PART = /^\W*(description|beschrijving|omschrijving|acceptance criteria|acceptatiecriteri\w*|details|definition of done|text|tekst)\W*$/i;

interface Fields {
  readonly status?: string;
  readonly type?: string;
}

/** The status and type of a block of field lines, or undefined when the text is not one. */
function fieldsOf(text: string): Fields | undefined {
  const head = text.slice(0, FIELD_BLOCK_LENGTH);
  const labels = [...head.matchAll(FIELD)];
  if (labels.length < 2 || !labels.some((m) => ID_FIELD.test(m[1]!))) return undefined;
  const valueOf = (pattern: RegExp): string | undefined => {
    const at = labels.findIndex((m) => pattern.test(m[1]!));
    if (at < 0) return undefined;
    const start = labels[at]!.index! + labels[at]![0].length;
    const end = labels[at + 1]?.index ?? head.length;
    return head.slice(start, end).trim();
  };
  return { status: valueOf(/^(object status|status|resolution)$/i), type: valueOf(/^(object type|issue type|type|soort)$/i) };
}

const standingOf = (fields: Fields): RecordStanding | undefined => {
  if (fields.status !== undefined && NOT_TAKEN_STATUS.test(fields.status)) return "turned-down";
  if (fields.type !== undefined && INFORMATIVE_TYPE.test(fields.type)) return "informative";
  if (fields.status !== undefined && OPEN_RECORD_STATUS.test(fields.status)) return "open";
  return undefined;
};

/** The header of a table column that holds a row's status or the buyer's decision on it. */
const STATUS_HEADER = /status|assessment|beoordeling|besluit|decision|oordeel/i;

/**
 * How the record that segment `i` belongs to stands, when its status or type says it does not
 * bind: a table row by its status column, a paragraph by the nearest field lines above it (or its
 * own). A table's open and informative rows are read by the modality rules of their cells.
 */
export function recordStanding(segments: readonly Segment[], i: number): RecordStanding | undefined {
  // Asked for every passage by the modality and the classifier: read each segment once.
  const seg = segments[i]!;
  const known = standings.get(seg);
  if (known !== undefined) return known ?? undefined;
  const standing = standingAt(segments, i);
  standings.set(seg, standing ?? null);
  return standing;
}

/** Each segment's standing once read; null when it binds as written. */
const standings = new WeakMap<Segment, RecordStanding | null>();

function standingAt(segments: readonly Segment[], i: number): RecordStanding | undefined {
  const seg = segments[i]!;
  if (seg.table) {
    const turnedDown = rowCells(seg, segments, i, Infinity).some((c) => STATUS_HEADER.test(c.header ?? "") && NOT_TAKEN_STATUS.test(c.text));
    return turnedDown ? "turned-down" : undefined;
  }
  if (seg.kind === "heading") return undefined;
  if (GHERKIN_LINE.test(seg.text)) return scenarioStanding(segments, i);
  for (let j = i; j >= 0 && j >= i - RECORD_REACH; j--) {
    const prev = segments[j]!;
    if (prev.table) return undefined;
    if (prev.kind === "heading") {
      if (RECORD_PART.test(prev.text)) continue;
      return undefined;
    }
    const fields = fieldsOf(prev.text);
    if (fields) return standingOf(fields);
  }
  return undefined;
}

/** A line of a Gherkin feature file: a keyword of a block or a step, in Dutch or English. */
const GHERKIN_LINE = /^(?:(?:functionaliteit|feature|achtergrond|background|scenario|abstract scenario|scenario outline|scenario template|voorbeelden|examples|regel|rule)\s*:|(?:gegeven|stel|als|wanneer|dan|en|maar|given|when|then|and|but)\s)/i;
/** The title lines of a feature file: a block's name, not a requirement. */
const GHERKIN_TITLE = /^(functionaliteit|feature|achtergrond|background|scenario|abstract scenario|scenario outline|scenario template|voorbeelden|examples|regel|rule)\s*:/i;
const GHERKIN_BLOCK = /^(scenario|abstract scenario|scenario outline|scenario template|achtergrond|background)\s*:/i;
const GHERKIN_FEATURE = /^(functionaliteit|feature)\s*:/i;
/** A line of tags: "@must @ko", "@later-sprint". */
const TAG_LINE = /^@[\w-]+(\s+@[\w-]+)*\s*$/;
const WISH_TAG = /@(should|could|nice[\w-]*|wens\w*|optional|optioneel|may)\b/i;
const OPEN_TAG = /@(later[\w-]*|wip|todo|pending|backlog|draft|concept|future|toekomst\w*)\b/i;
const TURNED_DOWN_TAG = /@(wont[\w-]*|won-t|rejected|afgewezen|vervallen|ignore|skip)\b/i;
/** How far back a step may stand from its scenario's tags. */
const FEATURE_REACH = 60;

/** A step of a feature file, by the tags of its scenario and feature; a title line names a block. */
function scenarioStanding(segments: readonly Segment[], i: number): RecordStanding | undefined {
  if (GHERKIN_TITLE.test(segments[i]!.text)) return "informative";
  const tags: string[] = [];
  let inScenario = true;
  for (let j = i - 1; j >= 0 && j >= i - FEATURE_REACH; j--) {
    const text = segments[j]!.text;
    if (segments[j]!.kind === "heading") break;
    if (TAG_LINE.test(text)) {
      if (inScenario || GHERKIN_FEATURE.test(segments[j + 1]?.text ?? "")) tags.push(text);
      continue;
    }
    if (GHERKIN_BLOCK.test(text)) {
      // Tags stand right above their scenario; above that start the lines of the scenario before.
      if (!inScenario) continue;
      inScenario = false;
      const above = segments[j - 1]?.text ?? "";
      if (TAG_LINE.test(above)) tags.push(above);
      continue;
    }
    if (GHERKIN_FEATURE.test(text)) {
      const above = segments[j - 1]?.text ?? "";
      if (TAG_LINE.test(above)) tags.push(above);
      break;
    }
  }
  const all = tags.join(" ");
  if (TURNED_DOWN_TAG.test(all)) return "turned-down";
  if (OPEN_TAG.test(all)) return "open";
  if (WISH_TAG.test(all)) return "wish";
  return undefined;
}
