import type { ClassificationTag, Document, Tender } from "@ethiek/schemas";
import { markdownDocument } from "../scripts/lib/markdown.js";

/** A Markdown document from text (headings with #, tables with |). */
export function doc(text: string, name = "tender.md"): Document {
  return markdownDocument(name, text);
}

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
