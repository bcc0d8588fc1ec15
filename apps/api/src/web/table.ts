// The data table of the page families that show figures (maturity, governance): one helper, so
// every table scrolls, takes focus and is named the same way.
import { escapeHtml as h } from "@ethiek/schemas";

/**
 * A data table; `hideCaption` when a heading right above already says what the caption says. Its
 * container scrolls sideways on a phone, so it can take keyboard focus and has a name.
 *
 * @example
 * table("Niveaus per dimensie", ["Dimensie", "Niveau"], `<tr class="utrecht-table__row">${cell("Beleid")}${cell("3")}</tr>`)
 */
export const table = (caption: string, head: readonly string[], rows: string, extraClass = "", hideCaption = false) =>
  `<div class="utrecht-table-container" tabindex="0" role="region" aria-label="${h(caption)}"><table class="utrecht-table utrecht-table--html-table data-table${extraClass ? ` ${extraClass}` : ""}">` +
  `<caption class="utrecht-table__caption${hideCaption ? " visually-hidden" : ""}">${h(caption)}</caption>` +
  `<thead class="utrecht-table__header"><tr class="utrecht-table__row">${head.map((c) => `<th class="utrecht-table__header-cell" scope="col">${h(c)}</th>`).join("")}</tr></thead>` +
  `<tbody class="utrecht-table__body">${rows}</tbody></table></div>`;

/** A cell of such a table; `html` is markup already escaped. */
export const cell = (html: string) => `<td class="utrecht-table__cell">${html}</td>`;
