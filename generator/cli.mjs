// `npm run generate`: runs the generator (generator/index.ts) as plain JavaScript. esbuild bundles
// generator/ alone (its dependencies stay imports) and Node runs the bundle with no TypeScript
// loader. Under tsx, the loader's hooks see every module Node loads, TypeScript and Redocly
// included: about 50 MiB more at the peak, and a second more on 2 cores.
// A second entry, generator/worker.ts, reads the errata, compiles the validators and makes the docs
// in a worker thread beside the other steps, unless the machine is overloaded (`workerWanted`); what
// both entries use is split into a shared chunk, so that each loads only its own imports.
// The bundle is cached, in a folder named after a hash of what makes it (every file of generator/,
// esbuild's version, this file's path and build options): a run with unchanged sources neither loads
// esbuild nor bundles (about 0.15 s), and a changed source gives another name, so a stale bundle
// never runs. V8's code cache of TypeScript's compiler is kept in the same folder.
// No source maps: with them on, Node reads the maps of every dependency it loads (almost a second).
// For stack traces into the sources, run `npx tsx generator/index.ts` instead.
//   node generator/cli.mjs [--spec spec/openapi.yaml] [--out generated] [--check]
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = path.join(here, 'index.ts');
const workerEntry = path.join(here, 'worker.ts');
// Inside the project, so that the bundle's imports resolve to its node_modules.
const cacheDir = path.join(here, '..', 'node_modules', '.cache', 'generator');
const esbuildPackage = createRequire(import.meta.url).resolve('esbuild/package.json');

const buildOptions = {
  entryPoints: { index: entry, worker: workerEntry },
  bundle: true,
  splitting: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Every bundled module lives in generator/: their own URL keeps `new URL('../templates', …)` right.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
  logLevel: 'error',
  write: false,
};

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []))
    .sort();
}

function bundleHash() {
  const hash = createHash('sha256');
  hash.update(`${JSON.stringify(buildOptions)}\0${readFileSync(esbuildPackage, 'utf8')}\0`);
  // More than the bundle holds (diff/, release/), never less.
  for (const file of filesUnder(here)) hash.update(`${path.relative(here, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 20);
}

const bundleDir = path.join(cacheDir, bundleHash());
const bundle = path.join(bundleDir, 'index.mjs');

/** Bundles into a folder of this process's own, then renames it into place: runs side by side never see half a bundle. */
async function buildBundle() {
  const { build, stop } = await import('esbuild');
  const temporary = `${bundleDir}.${process.pid}.tmp`;
  try {
    const result = await build({ ...buildOptions, outdir: temporary });
    for (const file of result.outputFiles) {
      mkdirSync(path.dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.contents);
    }
    try {
      renameSync(temporary, bundleDir);
    } catch (error) {
      // Another run put the same bundle there first.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
    await stop(); // esbuild's service process is not needed any more
  }
  // Bundles of other sources, and what a run killed while bundling left, older than a minute.
  for (const name of readdirSync(cacheDir)) {
    const file = path.join(cacheDir, name);
    if (file === bundleDir) continue;
    try {
      if (Date.now() - statSync(file).mtimeMs > 60_000) rmSync(file, { recursive: true, force: true });
    } catch {
      // gone already: another run cleaned up
    }
  }
}

async function loadBundle() {
  try {
    statSync(bundle);
  } catch {
    await buildBundle();
  }
  try {
    return await import(pathToFileURL(bundle).href);
  } catch (error) {
    // Removed in between by a run of other sources: bundled again.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes(bundle)) throw error;
    await buildBundle();
    return import(pathToFileURL(bundle).href);
  }
}

/**
 * A second thread unless the machine is overloaded, judged by the load average as `make -l` judges
 * whether to start another job: with more runnable tasks than cores and one, the thread's own cost
 * (its isolate, its imports, the copy of the document, about 0.2 s of CPU) is not won back; below
 * that it is (measured on 2 cores: 0.1 to 0.3 s less wall time). GENERATOR_WORKER=1 or 0 decides
 * instead.
 */
function workerWanted() {
  const forced = process.env.GENERATOR_WORKER;
  if (forced === '1' || forced === '0') return forced === '1';
  const cores = os.availableParallelism();
  return cores >= 2 && os.loadavg()[0] < cores + 1;
}

const { main } = await loadBundle();
const worker = workerWanted() ? pathToFileURL(path.join(bundleDir, 'worker.mjs')) : undefined;
process.exitCode = await main(process.argv.slice(2), { worker, codeCache: bundleDir });
