// Child process of the PDF benchmark: extracts one file with the built package and prints the
// elapsed time, CPU time and segment count as JSON. Run by bench/pdf-bench.mjs, which measures its memory.
// BENCH_DIST=/path/to/index.js runs another build instead (the bench's baseline).
const { extractFile } = await import(process.env.BENCH_DIST ?? "../dist/index.js");

const cpu0 = process.cpuUsage();
const start = performance.now();
const result = await extractFile(process.argv[2], { limits: { maxPages: 5000, timeoutMs: 600_000, maxBytes: 500 * 1024 * 1024 } });
const ms = performance.now() - start;
// CPU time of the whole process, the PDF worker thread included: fairer than wall time on a busy machine.
const cpu = process.cpuUsage(cpu0);
if (!result.ok) {
  console.error(JSON.stringify(result.error));
  process.exit(1);
}
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, pages: result.document.pageCount, segments: result.document.segments.length }));
