// Development aid: prints the Annex III points and art. 5 practices matched per passage of a file.
import { extractFile } from "@ethiek/documents";
import { resolveCached } from "../../src/check.js";
import { compile } from "../../src/compile-cache.js";
import { scan } from "../../src/scan.js";

const main = async () => {
  const r = await extractFile(process.argv[2]!);
  if (!r.ok) throw new Error(r.error.messageEn);
  const c = compile(resolveCached("ethiek:recommended", []));
  for (const p of scan(c, [r.document]).passages) {
    console.log(p.targets.map((t) => `${c.targets[t.target]!.kind}:${c.targets[t.target]!.id}@${t.at}`).join(" ") || "-", "|", p.text.slice(0, 100));
  }
};
void main();
