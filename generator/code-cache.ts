// Loads a CommonJS module compiled with a V8 code cache kept in a folder: what Node 22's
// `module.enableCompileCache()` does, which Node 20 lacks. Used for TypeScript's compiler (9 MB,
// loaded by openapi-typescript): compiling it is a tenth of a second or two of every run, and with
// the cache V8 also skips compiling the functions the last run used. The module runs as Node runs it
// (the same wrapper, `require`, `module`, file and folder names), and is put in Node's module cache,
// where the `require` of whoever loads it next finds it. A cache V8 refuses (another Node, other
// flags) is written again; the file's name holds the module's size and time, so a changed module
// never meets an old cache.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

interface NodeModule {
  exports: unknown;
  filename: string;
  loaded: boolean;
  paths: string[];
}
type ModuleInternals = typeof Module & {
  _cache: Record<string, NodeModule>;
  _nodeModulePaths(folder: string): string[];
  wrap(source: string): string;
};

/** Loads `request` (resolved from here) into Node's module cache, unless it is there already. */
export function loadWithCodeCache(request: string, cacheFolder: string): void {
  const internals = Module as ModuleInternals;
  const file = createRequire(import.meta.url).resolve(request);
  if (internals._cache[file]) return;
  const { size, mtimeMs } = statSync(file);
  const key = createHash('sha256').update(`${file}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}`).digest('hex').slice(0, 20);
  const cacheFile = path.join(cacheFolder, `${path.basename(file)}-${key}.cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // none yet
  }
  const script = new vm.Script(internals.wrap(readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = new Module(file) as unknown as NodeModule;
  module.filename = file;
  module.paths = internals._nodeModulePaths(path.dirname(file));
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  internals._cache[file] = module;
  if (cachedData === undefined || script.cachedDataRejected) {
    // At the end of the run: the cache then holds the functions the run compiled too.
    process.once('exit', () => {
      try {
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // no cache this time; the next run tries again
      }
    });
  }
}
