// `npm run keys -- <command>`: see keys-cli.ts.
import { runKeys } from "./keys-cli.js";

process.exitCode = await runKeys(process.argv.slice(2), process.env, {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
