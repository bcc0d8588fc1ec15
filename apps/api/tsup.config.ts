import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/main.ts", "src/keys.ts", "src/backup.ts", "src/check-worker.ts"],
  format: ["esm"],
  // A private app: nothing imports its declarations, and their build would add a minute to CI.
  dts: false,
  sourcemap: true,
  clean: true,
  target: "node22",
});
