// `npm run bench`: this client against @aws-sdk/client-pinpoint, side by side, for the same program
// (sign and send one GetApps):
//   1. browser bundle size (esbuild, minified, gzipped); target: at most one sixth of the SDK's;
//   2. Node cold start: a fresh process importing the client and completing the first request
//      against a local server; target: faster than the SDK's.
// Exits 1 when a target is missed.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'bench/.out');
// Each client as a browser program would use it, and as a Node program would (there both go over
// node:http: the SDK by default, this client through its optional nodeHttpFetch).
const programs = {
  browser: { ours: 'bench/programs/ours.ts', 'aws-sdk': 'bench/programs/aws-sdk.ts' },
  node: { ours: 'bench/programs/ours-node.ts', 'aws-sdk': 'bench/programs/aws-sdk.ts' },
} as const;
type Program = keyof typeof programs.node;
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });

async function browserBundle(program: Program) {
  const result = await build({
    entryPoints: [path.join(root, programs.browser[program])],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

async function nodeBundle(program: Program): Promise<string> {
  const outfile = path.join(outDir, `${program}.mjs`);
  await build({
    entryPoints: [path.join(root, programs.node[program])],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // Bundled dependencies may still call require() for Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return outfile;
}

function runOnce(file: string, endpoint: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [file], { env: { ...process.env, BENCH_ENDPOINT: endpoint, NODE_NO_WARNINGS: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 || !output.includes('Item')) reject(new Error(`${file} exited ${code}: ${output}`));
      else resolve(ms);
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  let missed = 0;

  const sizes = { ours: await browserBundle('ours'), 'aws-sdk': await browserBundle('aws-sdk') };
  const ratio = sizes.ours.gzipped / sizes['aws-sdk'].gzipped;
  console.log('Browser bundle of "sign and send GetApps" (esbuild --minify, gzip -9):');
  for (const [name, size] of Object.entries(sizes)) {
    console.log(`  ${name.padEnd(8)} ${(size.minified / 1024).toFixed(1).padStart(7)} KiB minified  ${(size.gzipped / 1024).toFixed(1).padStart(6)} KiB gzipped`);
  }
  console.log(`  ratio    ${ratio.toFixed(3)} (target ≤ ${(1 / 6).toFixed(3)}) ${ratio <= 1 / 6 ? 'met' : 'MISSED'}`);
  if (ratio > 1 / 6) missed++;

  const files = { ours: await nodeBundle('ours'), 'aws-sdk': await nodeBundle('aws-sdk') };
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"Item":[{"Name":"bench","Id":"0123456789abcdef0123456789abcdef","Arn":"arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef"}]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const times: Record<Program, number[]> = { ours: [], 'aws-sdk': [] };
  try {
    await runOnce(files.ours, endpoint); // warm the file system cache for both alike
    await runOnce(files['aws-sdk'], endpoint);
    for (let i = 0; i < Number(values.runs); i++) {
      // Interleaved, so that background load hits both alike.
      times.ours.push(await runOnce(files.ours, endpoint));
      times['aws-sdk'].push(await runOnce(files['aws-sdk'], endpoint));
    }
  } finally {
    server.close();
  }
  console.log(`\nNode cold start: new process, import, first signed request to 127.0.0.1 (median of ${values.runs} runs, bundled for node):`);
  for (const [name, runs] of Object.entries(times)) {
    console.log(`  ${name.padEnd(8)} ${median(runs).toFixed(1).padStart(7)} ms  (min ${Math.min(...runs).toFixed(1)}, max ${Math.max(...runs).toFixed(1)})`);
  }
  const faster = median(times.ours) < median(times['aws-sdk']);
  console.log(`  ours is ${faster ? 'faster' : 'NOT faster'} (target: faster than the SDK)`);
  if (!faster) missed++;
  return missed === 0 ? 0 : 1;
}

process.exitCode = await main();
