// AI Act application dates as data with their dated sources. The Digital Omnibus (2026) moved
// the Annex III high-risk duties; a ruleset can replace any milestone by id when law changes again.
import type { AiActMilestone } from "@ethiek/schemas";
import { t } from "./helpers.js";

const AI_ACT_OJ = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj";

export const milestones: AiActMilestone[] = [
  {
    id: "prohibitions-and-literacy",
    applicationDate: "2025-02-02",
    title: t("Verboden praktijken (art. 5) en AI-geletterdheid (art. 4)", "Prohibited practices (art. 5) and AI literacy (art. 4)"),
    source: { framework: "AI Act", reference: "art. 113(a)", publishedDate: "2024-07-12", recordedDate: "2026-11-28", url: AI_ACT_OJ },
  },
  {
    id: "transparency-art-50",
    applicationDate: "2026-08-02",
    title: t("Transparantieplichten (art. 50)", "Transparency obligations (art. 50)"),
    applies: { tag: "generative" },
    source: { framework: "AI Act", reference: "art. 113", publishedDate: "2024-07-12", recordedDate: "2026-11-28", url: AI_ACT_OJ },
  },
  {
    id: "annex-iii-high-risk",
    applicationDate: "2027-12-02",
    title: t(
      "Plichten voor hoog-risico-AI uit bijlage III (art. 26, 27, 49), verschoven door de Digital Omnibus",
      "Annex III high-risk duties (art. 26, 27, 49), moved by the Digital Omnibus",
    ),
    applies: { tag: "high-risk" },
    source: {
      framework: "Digital Omnibus on AI",
      reference: "2026 amendment of AI Act art. 113: Annex III duties from 2 Dec 2027",
      recordedDate: "2026-11-28",
      note: "Recorded from the ethiek catalogue (GUIDELINES.md); add the Official Journal reference and publication date once verified.",
    },
  },
  {
    id: "legacy-public-authority-systems",
    applicationDate: "2030-08-02",
    title: t(
      "Bestaande hoog-risicosystemen van overheden moeten voldoen (art. 111, lid 2)",
      "Existing high-risk systems of public authorities must comply (art. 111(2))",
    ),
    applies: { tag: "high-risk" },
    source: { framework: "AI Act", reference: "art. 111(2)", publishedDate: "2024-07-12", recordedDate: "2026-11-28", url: AI_ACT_OJ },
  },
];
