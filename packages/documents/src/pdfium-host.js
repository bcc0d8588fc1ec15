// PDFium's host in the PDF worker (pdf-worker.js): instantiates the WebAssembly module with the
// few functions it imports instead of Emscripten's JavaScript glue. Plain JavaScript for the same
// reason as the worker: the same file runs from `src/` (tests) and, bundled into the worker, from
// `dist/` (the published package).

/** WASI and Linux error numbers as Emscripten's libc knows them. */
const EBADF = 8;
const ENOENT = 44;
const ENOTTY = 59;
const ESPIPE = 70;
/** The largest WebAssembly heap a 32-bit Emscripten module can have (2 GiB minus one page). */
const HEAP_MAX = 2147418112;

/**
 * Instantiates PDFium's module (compiled by the parent, once per process) with the few functions
 * it imports, in place of Emscripten's 300 KB JavaScript glue, whose loading and set-up (a file
 * system, TTYs, argument checks on every call) cost each thread more than the instantiation
 * itself. What PDFium needs from its host: setjmp/longjmp through JavaScript exceptions (the
 * `invoke_*` trampolines, as Emscripten's glue does them), heap growth, memcpy and the clock.
 * There is no file system: PDFium only looks for system fonts, finds none, and uses its own.
 * Output to stdout or stderr (font warnings) is dropped. The functions are those the module of
 * `@embedpdf/pdfium` 2.15.1 imports (exact pin); a newer module that asks for more fails to
 * instantiate, which the tests catch.
 *
 * The WebAssembly heap lives outside V8's heap, so the worker's `resourceLimits` do not bound
 * it: heap growth past `maxWasmBytes` is refused. PDFium then fails its allocation and aborts,
 * which surfaces here as an exception (`OUT_OF_MEMORY`); `onHeapCap` is called first, so the
 * worker can tell that exception from any other.
 *
 * @example
 * const X = await instantiatePdfium(compiledModule, 512 * 1024 * 1024, () => (heapCapHit = true));
 * X.PDFiumExt_Init();
 */
export async function instantiatePdfium(wasm, maxWasmBytes, onHeapCap) {
  let X;
  let memory;
  let table;
  const i32 = () => new Int32Array(memory.buffer);
  // longjmp throws; the trampoline that called the function holding the setjmp catches it,
  // restores the stack and tells the module through setThrew.
  const invoke = (index, ...args) => {
    const sp = X.emscripten_stack_get_current();
    try {
      return table.get(index)(...args);
    } catch (error) {
      X._emscripten_stack_restore(sp);
      if (error !== error + 0) throw error;
      X.setThrew(1, 0);
      return 0;
    }
  };
  /** struct tm for a time in seconds (UTC: the module is told it runs in UTC). */
  const tm = (low, high, at) => {
    const date = new Date(((low >>> 0) + high * 4294967296) * 1000);
    const h = i32();
    const p = at >> 2;
    h[p] = date.getUTCSeconds();
    h[p + 1] = date.getUTCMinutes();
    h[p + 2] = date.getUTCHours();
    h[p + 3] = date.getUTCDate();
    h[p + 4] = date.getUTCMonth();
    h[p + 5] = date.getUTCFullYear() - 1900;
    h[p + 6] = date.getUTCDay();
    h[p + 7] = Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86400000);
    h[p + 8] = 0;
    h[p + 9] = 0;
  };
  const env = {
    invoke_v: invoke,
    invoke_vi: invoke,
    invoke_vii: invoke,
    invoke_viii: invoke,
    invoke_viiii: invoke,
    invoke_viiiiiiiii: invoke,
    invoke_ii: invoke,
    invoke_iii: invoke,
    invoke_iiii: invoke,
    invoke_iiiii: invoke,
    _emscripten_throw_longjmp: () => {
      throw Infinity;
    },
    _abort_js: () => {
      throw new Error("PDFium aborted");
    },
    __assert_fail: () => {
      throw new Error("PDFium failed an assertion");
    },
    emscripten_resize_heap: (requested) => {
      requested >>>= 0;
      if (requested > maxWasmBytes) {
        onHeapCap();
        return 0;
      }
      // As Emscripten grows it: by a fifth at least (at most 96 MB more than asked), else by less.
      const old = memory.buffer.byteLength;
      for (let cut = 1; cut <= 4; cut *= 2) {
        const over = Math.min(old * (1 + 0.2 / cut), requested + 100663296);
        const size = Math.min(HEAP_MAX, Math.ceil(Math.max(requested, over) / 65536) * 65536);
        try {
          memory.grow((size - old + 65535) >>> 16);
          return 1;
        } catch {
          // try a smaller step
        }
      }
      return 0;
    },
    _emscripten_memcpy_js: (dest, src, num) => {
      new Uint8Array(memory.buffer).copyWithin(dest, src, src + num);
    },
    emscripten_date_now: () => Date.now(),
    _tzset_js: (timezone, daylight, stdName, dstName) => {
      const h = i32();
      h[timezone >> 2] = 0;
      h[daylight >> 2] = 0;
      const bytes = new Uint8Array(memory.buffer);
      bytes.set([85, 84, 67, 0], stdName);
      bytes.set([85, 84, 67, 0], dstName);
    },
    _localtime_js: tm,
    _gmtime_js: tm,
    __syscall_openat: () => -ENOENT,
    __syscall_stat64: () => -ENOENT,
    __syscall_lstat64: () => -ENOENT,
    __syscall_newfstatat: () => -ENOENT,
    __syscall_unlinkat: () => -ENOENT,
    __syscall_rmdir: () => -ENOENT,
    __syscall_fstat64: () => -EBADF,
    __syscall_fcntl64: () => -EBADF,
    __syscall_getdents64: () => -EBADF,
    __syscall_ftruncate64: () => -EBADF,
    __syscall_ioctl: () => -ENOTTY,
  };
  const wasi = {
    // Everything written is dropped, and reported as written.
    fd_write: (fd, iov, count, written) => {
      const h = i32();
      let n = 0;
      for (let i = 0; i < count; i++) n += h[(iov >> 2) + 2 * i + 1];
      h[written >> 2] = n;
      return 0;
    },
    fd_read: () => EBADF,
    fd_seek: () => ESPIPE,
    fd_close: () => 0,
    fd_sync: () => 0,
    environ_sizes_get: (count, size) => {
      const h = i32();
      h[count >> 2] = 0;
      h[size >> 2] = 0;
      return 0;
    },
    environ_get: () => 0,
  };
  const instance = await WebAssembly.instantiate(wasm, { env, wasi_snapshot_preview1: wasi });
  X = instance.exports;
  memory = X.memory;
  table = X.__indirect_function_table;
  X.emscripten_stack_init();
  X.__wasm_call_ctors();
  return X;
}
