// `npm run bench`: this client against @aws-sdk/client-pinpoint, side by side, on the same programs:
//   1. browser bundle of "sign and send one GetApps" (esbuild, minified, gzipped); target at most
//      a tenth of the SDK's (deterministic: exit 1 when missed);
//   2. Node cold start: a fresh process importing the client and completing the first signed
//      request to a local server; target faster than the SDK (exit 1 when missed), printed against
//      the package target of half the SDK's time;
//   3. throughput: 2,000 signed GetApps one at a time and 2,000 at 32 at once, against a local
//      server in a process of its own: requests per second, CPU per request, p50 and p99 latency;
//      targets printed, not enforced (timings are noisy).
// "ours (node)" is what a Node app gets by default (the Node entry: node:http, node:crypto);
// "ours (fetch)" is the entry for every runtime (the global fetch, Web Crypto).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { ThroughputResult } from './programs/throughput-harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'bench/.out');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    rounds: { type: 'string', default: '3' },
    requests: { type: 'string', default: '2000' },
  },
});

const clients = ['ours (node)', 'ours (fetch)', 'aws-sdk'] as const;
type Client = (typeof clients)[number];
const coldStartPrograms: Record<Client, string> = {
  'ours (node)': 'bench/programs/ours-node.ts',
  'ours (fetch)': 'bench/programs/ours.ts',
  'aws-sdk': 'bench/programs/aws-sdk.ts',
};
const throughputPrograms: Record<Client, string> = {
  'ours (node)': 'bench/programs/throughput-ours-node.ts',
  'ours (fetch)': 'bench/programs/throughput-ours-fetch.ts',
  'aws-sdk': 'bench/programs/throughput-aws-sdk.ts',
};

async function browserBundle(program: string) {
  const result = await build({
    entryPoints: [path.join(root, program)],
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

async function nodeBundle(program: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(program, '.ts')}.mjs`);
  await build({
    entryPoints: [path.join(root, program)],
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

function runProgram(file: string, env: Record<string, string>): Promise<{ ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [file], { env: { ...process.env, ...env, NODE_NO_WARNINGS: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) reject(new Error(`${file} exited ${code}: ${output}`));
      else resolve({ ms, output });
    });
  });
}

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [await nodeBundle('bench/programs/server.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  return { url, child };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

async function main(): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  let missed = 0;

  const sizes = { ours: await browserBundle(coldStartPrograms['ours (fetch)']), 'aws-sdk': await browserBundle(coldStartPrograms['aws-sdk']) };
  const ratio = sizes.ours.gzipped / sizes['aws-sdk'].gzipped;
  console.log('Browser bundle of "sign and send GetApps" (esbuild --minify, gzip -9):');
  for (const [name, size] of Object.entries(sizes)) {
    console.log(`  ${name.padEnd(13)} ${(size.minified / 1024).toFixed(1).padStart(7)} KiB minified  ${(size.gzipped / 1024).toFixed(1).padStart(6)} KiB gzipped`);
  }
  console.log(`  ratio         ${ratio.toFixed(3)} (target ≤ 0.100: ${verdict(ratio <= 0.1)})`);
  if (ratio > 0.1) missed++;

  const server = await startServer();
  try {
    const coldFiles = Object.fromEntries(await Promise.all(clients.map(async (c) => [c, await nodeBundle(coldStartPrograms[c])] as const))) as Record<Client, string>;
    const times: Record<Client, number[]> = { 'ours (node)': [], 'ours (fetch)': [], 'aws-sdk': [] };
    const cold = async (client: Client) => {
      const { ms, output } = await runProgram(coldFiles[client], { BENCH_ENDPOINT: server.url });
      if (!output.includes('Item')) throw new Error(`${client} printed no page: ${output}`);
      return ms;
    };
    for (const client of clients) await cold(client); // warm the file system cache for all alike
    for (let i = 0; i < Number(values.runs); i++) {
      // Interleaved, so that background load hits all alike.
      for (const client of clients) times[client].push(await cold(client));
    }
    console.log(`\nNode cold start: new process, import, first signed request to 127.0.0.1 (median of ${values.runs} runs, bundled for node):`);
    for (const client of clients) {
      const runs = times[client];
      const versus = median(runs) / median(times['aws-sdk']);
      console.log(`  ${client.padEnd(13)} ${median(runs).toFixed(1).padStart(7)} ms  (min ${Math.min(...runs).toFixed(1)}, max ${Math.max(...runs).toFixed(1)})  ${versus.toFixed(2)}× the SDK`);
    }
    const coldRatio = median(times['ours (node)']) / median(times['aws-sdk']);
    console.log(`  ours (node) is ${coldRatio.toFixed(2)}× the SDK (target: faster: ${verdict(coldRatio < 1)}; package target ≤ 0.50×: ${verdict(coldRatio <= 0.5)})`);
    if (coldRatio >= 1) missed++;

    const throughputFiles = Object.fromEntries(await Promise.all(clients.map(async (c) => [c, await nodeBundle(throughputPrograms[c])] as const))) as Record<Client, string>;
    const modes = { serial: 'one at a time', concurrent: '32 at once' } as const;
    const results: Record<string, ThroughputResult[]> = {};
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const mode of Object.keys(modes) as (keyof typeof modes)[]) {
        for (const client of clients) {
          const { output } = await runProgram(throughputFiles[client], { BENCH_ENDPOINT: server.url, BENCH_MODE: mode, BENCH_REQUESTS: values.requests! });
          (results[`${mode} ${client}`] ??= []).push(JSON.parse(output) as ThroughputResult);
        }
      }
    }
    console.log(`\nThroughput: ${values.requests} signed GetApps to 127.0.0.1 (server in its own process; median of ${values.rounds} rounds):`);
    for (const [mode, label] of Object.entries(modes)) {
      console.log(`  ${label}:`);
      const of = (client: Client) => {
        const runs = results[`${mode} ${client}`]!;
        const pick = (key: keyof ThroughputResult) => median(runs.map((r) => r[key]));
        return { rps: pick('requestsPerSecond'), cpu: pick('cpuMicrosPerRequest'), p50: pick('p50Ms'), p99: pick('p99Ms') };
      };
      const sdk = of('aws-sdk');
      for (const client of clients) {
        const r = of(client);
        const versus = client === 'aws-sdk' ? '' : `  ${(r.rps / sdk.rps).toFixed(2)}× the SDK's requests/s`;
        console.log(
          `    ${client.padEnd(13)} ${r.rps.toFixed(0).padStart(6)} req/s  ${r.cpu.toFixed(0).padStart(5)} µs CPU/req  p50 ${r.p50.toFixed(2).padStart(6)} ms  p99 ${r.p99.toFixed(2).padStart(6)} ms${versus}`,
        );
      }
      const ours = of('ours (node)');
      const target = mode === 'serial' ? 1.25 : 1.5;
      console.log(`    targets (ours (node)): ≥ ${target}× requests/s: ${verdict(ours.rps / sdk.rps >= target)}; p99 no worse than the SDK's: ${verdict(ours.p99 <= sdk.p99)}`);
    }
  } finally {
    server.child.kill('SIGTERM');
  }
  return missed === 0 ? 0 : 1;
}

process.exitCode = await main();
