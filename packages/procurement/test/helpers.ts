import { extract } from "@ethiek/documents";
import type { ClassificationTag, Document, Tender } from "@ethiek/schemas";
import { markdownDocument } from "../scripts/lib/markdown.js";
import { check } from "../src/index.js";

/** A Markdown document from text (headings with #, tables with |). */
export function doc(text: string, name = "tender.md"): Document {
  return markdownDocument(name, text);
}

/** A Markdown tender of paragraphs, each its own block under one heading. */
export const tender = (...paragraphs: string[]) => ["# Tender", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");

/** A manifest that declares the given tags (all others false), so a requirement surely applies. */
export function declaring(tags: readonly ClassificationTag[], area = "5a"): Tender {
  const all: ClassificationTag[] = ["algorithmic", "ai", "high-risk", "prohibited", "personal-data", "decisions-about-people", "generative", "impactful"];
  return {
    title: "Testaanbesteding",
    declarations: all.map((tag) => ({ tag, holds: tags.includes(tag), ...(tag === "high-risk" && tags.includes(tag) ? { detail: area } : {}) })),
  };
}

/** Every tag except prohibited: every requirement of the catalogue applies. */
export const everything: ClassificationTag[] = ["algorithmic", "ai", "high-risk", "personal-data", "decisions-about-people", "generative", "impactful"];

/** The result of one requirement for documents given as Markdown texts, with every tag declared so it applies. */
export function resultIn(texts: readonly string[], requirement: string) {
  return check(texts.map((text, i) => doc(text, `document-${i + 1}.md`)), { manifest: declaring(everything) }).results.find((r) => r.requirement === requirement)!;
}

/** The result of one requirement for one Markdown text, with every tag declared. */
export const resultOf = (text: string, requirement: string) => resultIn([text], requirement);

/** The tags the classifier decides for one Markdown text, by name. */
export function tagsOf(text: string): Record<string, boolean> {
  return Object.fromEntries(check([doc(text)]).classification.map((c) => [c.tag, c.holds]));
}

/**
 * The results of a text read as the checker's users submit it, through @ethiek/documents (which
 * knows tables whose rows carry their headers, and delimited exports), with every tag declared.
 */
export async function resultsOfSubmitted(text: string, name: string) {
  const read = await extract(new TextEncoder().encode(text), { name });
  if (!read.ok) throw new Error(read.error.code);
  const results = check([read.document], { manifest: declaring(everything) }).results;
  return (requirement: string) => results.find((r) => r.requirement === requirement)!;
}
