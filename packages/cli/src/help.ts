import { format, type Lang } from "@ethiek/messages";
import type { Command } from "./args.js";


/**
 * Help text for the command, or the overview, in a language (texts in the catalogue, `cli.help.*`).
 *
 * @example
 * helpText("check", "nl").startsWith("Gebruik") // true
 */
export function helpText(topic: Command | undefined, lang: Lang): string {
  return format(lang, `cli.help.${topic ?? "main"}`);
}
