// `npm run backup -- <file>`: see backup-cli.ts.
import { runBackup } from "./backup-cli.js";

process.exitCode = await runBackup(process.argv.slice(2), process.env, {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
