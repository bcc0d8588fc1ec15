import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test/helpers.js";
import { displayPath, resolveTenders } from "./inputs.js";

const extensions = [".md", ".pdf", ".docx", ".json", ".xml", ".txt"];
const options = (cwd: string, extra: Partial<Parameters<typeof resolveTenders>[1]> = {}) => ({
  cwd,
  perFile: false,
  extensions,
  ignore: [],
  exclude: new Set<string>(),
  ...extra,
});

describe("resolveTenders", () => {
  const dir = tempDir({
    "a.md": "# a",
    "b.pdf": "%PDF",
    "tender.json": "{}",
    "t1/bestek.md": "# t1",
    "t1/tender.json": '{"title":"T1"}',
    "t1/bijlagen/b1.docx": "zip",
    "t1/package.json": '{"name":"not a tender"}',
    "t1/ocds.json": '{"ocid":"ocds-1","tender":{}}',
    "t1/.hidden/x.md": "x",
    "t1/node_modules/y.md": "y",
    "t1/plaatje.png": "png",
    "t2/x.txt": "x",
    "empty/readme.rtf": "x",
  });

  it("makes the files named together one tender and each folder its own tender", async () => {
    const tenders = await resolveTenders(["a.md", "t1", "b.pdf", "tender.json", "t2/"], options(dir));
    expect(tenders.map((t) => ({ label: t.label, files: t.files.map((f) => displayPath(dir, f)), manifest: t.manifest && displayPath(dir, t.manifest) }))).toEqual([
      { label: "a.md, b.pdf", files: ["a.md", "b.pdf"], manifest: "tender.json" },
      { label: "t1", files: ["t1/bestek.md", "t1/bijlagen/b1.docx", "t1/ocds.json"], manifest: "t1/tender.json" },
      { label: "t2", files: ["t2/x.txt"], manifest: null },
    ]);
  });

  it("makes every file its own tender with --per-file, keeping the folder's manifest", async () => {
    const tenders = await resolveTenders(["t1"], options(dir, { perFile: true }));
    expect(tenders.map((t) => [t.label, t.manifest && displayPath(dir, t.manifest)])).toEqual([
      ["t1/bestek.md", "t1/tender.json"],
      ["t1/bijlagen/b1.docx", "t1/tender.json"],
      ["t1/ocds.json", "t1/tender.json"],
    ]);
  });

  it("expands globs, honours ignore patterns and never reads its own outputs", async () => {
    const tenders = await resolveTenders(["**/*.md"], options(dir, { ignore: ["t2/**"], exclude: new Set([join(dir, "a.md")]) }));
    expect(tenders.map((t) => t.files.map((f) => displayPath(dir, f)))).toEqual([["t1/bestek.md"]]);
    await expect(resolveTenders(["*.md"], options(dir, { exclude: new Set([join(dir, "a.md")]) }))).rejects.toMatchObject({ code: "NO_INPUT" });
  });

  it("fails with INPUT_NOT_FOUND for a missing path or a glob without matches", async () => {
    await expect(resolveTenders(["nope.md"], options(dir))).rejects.toMatchObject({ code: "INPUT_NOT_FOUND", message: "nope.md: no such file or folder" });
    await expect(resolveTenders(["*.odt"], options(dir))).rejects.toMatchObject({ code: "INPUT_NOT_FOUND", message: "no files match *.odt" });
  });

  it("fails with NO_INPUT for a folder without readable documents", async () => {
    await expect(resolveTenders(["empty"], options(dir))).rejects.toMatchObject({ code: "NO_INPUT" });
  });
});

describe("ignore patterns", () => {
  it("are relative to their base folder (the config's), not the working folder", async () => {
    const dir = tempDir({ "tenders/t/a.md": "# a", "tenders/t/concept-b.md": "# b" });
    const tenders = await resolveTenders(["t"], {
      cwd: join(dir, "tenders"),
      perFile: false,
      extensions,
      ignore: ["tenders/**/concept-*"],
      ignoreBase: dir,
      exclude: new Set<string>(),
    });
    expect(tenders[0]?.files.map((f) => displayPath(dir, f))).toEqual(["tenders/t/a.md"]);
  });
});
