import type { DocumentError, DocumentErrorCode } from "./types.js";

/** Facts that fill in the message templates. */
export interface ErrorFacts {
  limit?: number;
  actual?: number;
  format?: string;
}

const mb = (n: number | undefined): string => (n === undefined ? "?" : `${Math.round((n / 1024 / 1024) * 10) / 10} MB`);
const sec = (n: number | undefined): string => (n === undefined ? "?" : `${Math.round(n / 100) / 10}`);

// Dutch first (language level B1), then English. Each sentence says what is wrong and what to do.
const texts: Record<DocumentErrorCode, (name: string, f: ErrorFacts) => [nl: string, en: string]> = {
  EMPTY_FILE: (n) => [
    `Het bestand ${n} is leeg. Stuur het bestand opnieuw; controleer of het goed is opgeslagen.`,
    `The file ${n} is empty. Send it again and check that it was saved correctly.`,
  ],
  TOO_LARGE: (n, f) => [
    `Het bestand ${n} is te groot (${mb(f.actual)}; de grens is ${mb(f.limit)}). Splits het document of maak het kleiner, bijvoorbeeld door afbeeldingen te verkleinen.`,
    `The file ${n} is too large (${mb(f.actual)}; the limit is ${mb(f.limit)}). Split the document or make it smaller, for example by shrinking images.`,
  ],
  TOO_MANY_PAGES: (n, f) => [
    `Het bestand ${n} heeft ${f.actual ?? "te veel"} pagina's; de grens is ${f.limit}. Splits het document in delen en controleer die apart.`,
    `The file ${n} has ${f.actual ?? "too many"} pages; the limit is ${f.limit}. Split the document into parts and check them separately.`,
  ],
  TIMEOUT: (n, f) => [
    `Het lezen van ${n} duurde te lang (meer dan ${sec(f.limit)} seconden) en is gestopt. Splits het document of sla het opnieuw op als PDF of DOCX.`,
    `Reading ${n} took too long (over ${sec(f.limit)} seconds) and was stopped. Split the document or save it again as PDF or DOCX.`,
  ],
  OUT_OF_MEMORY: (n) => [
    `Het lezen van ${n} kostte te veel geheugen en is gestopt. Splits het document of sla het opnieuw op met een ander programma.`,
    `Reading ${n} needed too much memory and was stopped. Split the document or save it again with another program.`,
  ],
  UNSUPPORTED_FORMAT: (n, f) => [
    `Het bestand ${n} heeft een vorm die niet gelezen kan worden${f.format ? ` (${f.format})` : ""}. Sla het op als PDF, DOCX, ODT, HTML, Markdown, tekst, CSV, OCDS-JSON of eForms-XML.`,
    `The file ${n} has a format that cannot be read${f.format ? ` (${f.format})` : ""}. Save it as PDF, DOCX, ODT, HTML, Markdown, text, CSV, OCDS JSON or eForms XML.`,
  ],
  CORRUPT_FILE: (n, f) => [
    `Het bestand ${n} is beschadigd of onvolledig${f.format ? `: het is geen geldig ${f.format}-bestand` : ""}. Sla het opnieuw op of vraag de afzender om een nieuwe versie.`,
    `The file ${n} is damaged or incomplete${f.format ? `: it is not a valid ${f.format} file` : ""}. Save it again or ask the sender for a new copy.`,
  ],
  PDF_ENCRYPTED: (n) => [
    `De PDF ${n} is beveiligd met een wachtwoord. Sla de PDF op zonder wachtwoord en stuur hem opnieuw.`,
    `The PDF ${n} is protected by a password. Save the PDF without a password and send it again.`,
  ],
  PDF_NO_TEXT_LAYER: (n) => [
    `De PDF ${n} bevat geen tekst, alleen afbeeldingen (bijvoorbeeld een scan). Tekstherkenning (OCR) wordt niet ondersteund. Stuur het originele Word- of PDF-bestand, of laat de scan eerst omzetten naar tekst.`,
    `The PDF ${n} has no text layer, only images (for example a scan); OCR is not supported. Send the original Word or PDF file, or run text recognition on the scan first.`,
  ],
  DOCX_PASSWORD_PROTECTED: (n) => [
    `Het document ${n} (Word of OpenDocument) is beveiligd met een wachtwoord. Sla het op zonder wachtwoord en stuur het opnieuw.`,
    `The document ${n} (Word or OpenDocument) is protected by a password. Save it without a password and send it again.`,
  ],
  ZIP_BOMB: (n, f) => [
    `Het bestand ${n} wordt bij uitpakken veel te groot of bevat te veel onderdelen (grens ${f.limit === undefined ? "" : f.limit}). Het kan schadelijk zijn en is niet gelezen. Sla het document opnieuw op in Word of LibreOffice.`,
    `The file ${n} unpacks to far too much data or holds too many parts (limit ${f.limit === undefined ? "" : f.limit}). It may be harmful and was not read. Save the document again in Word or LibreOffice.`,
  ],
  XML_EXTERNAL_ENTITY: (n) => [
    `Het XML-bestand ${n} bevat entiteit-definities (<!ENTITY>) die naar andere bestanden of grote tekstblokken kunnen verwijzen. Die worden om veiligheidsredenen niet gelezen. Haal de DOCTYPE-regel met de entiteiten weg.`,
    `The XML file ${n} declares entities (<!ENTITY>), which can point to other files or expand to huge text. For safety they are never read. Remove the DOCTYPE with the entity declarations.`,
  ],
  INVALID_XML: (n) => [
    `Het XML-bestand ${n} is geen geldige XML. Controleer of het bestand volledig is en sla het opnieuw op.`,
    `The XML file ${n} is not well-formed XML. Check that the file is complete and save it again.`,
  ],
  INVALID_JSON: (n) => [
    `Het JSON-bestand ${n} is geen geldige JSON. Controleer of het bestand volledig is (haakjes, aanhalingstekens, komma's).`,
    `The JSON file ${n} is not valid JSON. Check that the file is complete (brackets, quotes, commas).`,
  ],
  NOT_OCDS: (n) => [
    `Het JSON-bestand ${n} is geen OCDS-release of -releasepakket (er is geen "ocid" of "releases"). Stuur een OCDS-export uit TenderNed of een ander aanbestedingssysteem.`,
    `The JSON file ${n} is not an OCDS release or release package (no "ocid" or "releases"). Send an OCDS export from TenderNed or another procurement system.`,
  ],
  NOT_EFORMS: (n) => [
    `Het XML-bestand ${n} is geen eForms-aankondiging (geen ContractNotice, PriorInformationNotice of ContractAwardNotice). Stuur de eForms-XML van de aankondiging op TED of TenderNed.`,
    `The XML file ${n} is not an eForms notice (no ContractNotice, PriorInformationNotice or ContractAwardNotice). Send the eForms XML of the notice from TED or TenderNed.`,
  ],
  ENCODING: (n) => [
    `Het bestand ${n} is geen leesbare tekst (de tekens kunnen niet worden omgezet). Sla het op als tekst in UTF-8.`,
    `The file ${n} is not readable text (its characters cannot be decoded). Save it as UTF-8 text.`,
  ],
  NO_TEXT: (n) => [
    `In het bestand ${n} staat geen tekst. Controleer of u het goede bestand heeft gekozen.`,
    `The file ${n} contains no text. Check that you chose the right file.`,
  ],
};

/** Builds a typed {@link DocumentError} with its Dutch and English message. */
export function documentError(
  code: DocumentErrorCode,
  document: string,
  facts: ErrorFacts = {},
  detail?: string,
): DocumentError {
  const [message, messageEn] = texts[code](document, facts);
  const error: DocumentError = { code, document, message, messageEn };
  if (detail !== undefined && detail !== "") error.detail = detail.slice(0, 500);
  return error;
}

/** Every error code with its Dutch and English message template (for the docs and tests). */
export const errorCodes = Object.keys(texts) as DocumentErrorCode[];

/** Thrown inside a format reader to return a typed error; `extract` turns it into `{ ok: false }`. */
export class ExtractionFailure extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    readonly facts: ErrorFacts = {},
    readonly detail?: string,
  ) {
    super(`${code}${detail ? `: ${detail}` : ""}`);
    this.name = "ExtractionFailure";
  }
}
