// `npm run generate`: runs the generator (generator/index.ts) as plain JavaScript. esbuild bundles
// generator/ alone (its dependencies stay imports) and Node runs the bundle with no TypeScript
// loader. Under tsx, the loader's hooks see every module Node loads, the generator's two TypeScript
// compilers and Redocly included: about 50 MiB more at the peak, and a second more on 2 cores.
// No source maps: with them on, Node reads the maps of every dependency it loads (almost a second).
// For stack traces into the sources, run `npx tsx generator/index.ts` instead.
//   node generator/cli.mjs [--spec spec/openapi.yaml] [--out generated] [--check]
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, stop } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = path.join(here, 'index.ts');
// Inside the project, so that the bundle's imports resolve to its node_modules; one file per
// process, so that runs side by side never share one.
const outfile = path.join(here, '..', 'node_modules', '.cache', 'generator', `index-${process.pid}.mjs`);

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Every bundled module lives in generator/: their own URL keeps `new URL('../templates', …)` right.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
  logLevel: 'error',
});
await stop(); // esbuild's service process is not needed any more
try {
  const { main } = await import(pathToFileURL(outfile).href);
  process.exitCode = await main(process.argv.slice(2));
} finally {
  rmSync(outfile, { force: true });
}
