/**
 * @ethiek/messages: the one message catalogue of ethiek. Every text a person reads — the web page,
 * the CLI's help and errors, the report wording — is a key here, in Dutch (B1) and English, written
 * in ICU MessageFormat and formatted with FormatJS `intl-messageformat`. Pure: no I/O.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { catalogue, type MessageKey } from "./catalogue/index.js";

export { catalogue, namespaces, type MessageKey, type Namespace } from "./catalogue/index.js";
export { englishIn, englishOnlyWords, withoutCode } from "./leaks.js";

/** The languages of the catalogue. Dutch is the first language of the product. */
export type Lang = "nl" | "en";

/** Every language, Dutch first. */
export const languages: readonly Lang[] = ["nl", "en"];

/** Values for the `{placeholders}` of a message. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** A formatter bound to one language: `t("web.submit")`. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const compiled = new Map<string, IntlMessageFormat>();

/**
 * Parses an ICU message once. Tags are off (`ignoreTag`): texts like `<paths…>` in CLI help are
 * literal, never markup.
 */
function compile(lang: Lang, key: MessageKey): IntlMessageFormat {
  const id = `${lang}\u0000${key}`;
  let message = compiled.get(id);
  if (message === undefined) {
    message = new IntlMessageFormat(catalogue[lang][key], lang, undefined, { ignoreTag: true });
    compiled.set(id, message);
  }
  return message;
}

/**
 * The text of a key in a language, with its placeholders filled in.
 *
 * @example
 * format("nl", "web.casesHits", { n: 1 }) // "1 afgesloten casus gevonden."
 * format("en", "web.pageOf", { p: 2, n: 5 }) // "Page 2 of 5"
 */
export function format(lang: Lang, key: MessageKey, values?: MessageValues): string {
  return String(compile(lang, key).format(values));
}

/**
 * A formatter bound to one language, for code that writes many texts of one screen.
 *
 * @example
 * const t = translator("nl");
 * t("web.submit") // "Controleren"
 */
export function translator(lang: Lang): Translate {
  return (key, values) => format(lang, key, values);
}

/**
 * Whether a string is a key of the catalogue, for keys built at run time (`report.statuses.${s}`).
 *
 * @example
 * isMessageKey("web.submit") // true
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue.nl, key);
}

/**
 * The language a locale names (`nl_NL.UTF-8`, `en-GB`), or undefined for any other language and
 * for `C` / `POSIX`.
 *
 * @example
 * langFromLocale("nl_BE.UTF-8") // "nl"
 * langFromLocale("C.UTF-8") // undefined
 */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const code = locale?.trim().toLowerCase().slice(0, 3) ?? "";
  if (/^nl(?:[_.@-]|$)/.test(code)) return "nl";
  if (/^en(?:[_.@-]|$)/.test(code)) return "en";
  return undefined;
}
