/** Where a stream writes; a subset of `NodeJS.WriteStream`. */
export interface OutStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Everything the command touches of its process, so tests can run it in-process. */
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
}

/** The real process. */
export function processIo(): Io {
  // `ethiek rules | head` closes the pipe early; that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}

/** Whether to write ANSI colours to a stream: a TTY, no NO_COLOR, no --no-color (FORCE_COLOR wins). */
export function useColor(stream: OutStream, env: Io["env"], noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}
