// In-process runs of `main` with captured output, and temporary folders.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { main } from "../src/index.js";
import type { Io } from "../src/io.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `ethiek` in-process in `cwd` with captured stdout/stderr (not a TTY). */
export async function run(argv: string[], cwd: string, env: Record<string, string> = {}, tty = false): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    cwd,
    env: { ...env },
    stdout: { write: (t: string) => (stdout += t), isTTY: tty },
    stderr: { write: (t: string) => (stderr += t), isTTY: tty },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder with the given files (path → content). */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "ethiek-cli-"));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}
