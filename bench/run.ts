// `npm run bench`: this client against @aws-sdk/client-pinpoint, side by side, each as an app gets it
// from npm: the client package (dist/client/, packed and installed into an app folder outside this
// project) and the SDK from node_modules.
//   1. browser bundle of "sign and send one GetApps" (esbuild, minified, gzipped), from the installed
//      package (platform browser: its entry for every runtime); target at most a tenth of the SDK's
//      (deterministic: exit 1 when missed);
//   2. Node cold start: a fresh process importing the installed package by its name, unbundled as a
//      Node app loads it, and completing the first signed request to a local server, in the environment
//      Node starts with by default (see STARTUP_VARIABLES; the machine's own is measured beside it);
//      target half the SDK's time (printed, not enforced: timings are noisy);
//   3. throughput: 2,000 signed GetApps one at a time and 2,000 at 32 at once, against a local
//      server in a process of its own: requests per second, CPU per request, p50 and p99 latency;
//      targets printed, not enforced.
// "ours (node)" is what a Node app gets by default (the `node` export condition: node:http, SHA-256
// in plain JavaScript); "ours (fetch)" is the entry for every runtime (the global fetch, Web Crypto), loaded
// in Node by its file. dist/client/ must be built first (`npm run build`).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { build, transform } from 'esbuild';
import { createClientApp, type ClientApp } from '../scripts/client-app.js';
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
/** What any Node program pays: the floor under every cold start (printed beside it). */
const FLOOR_PROGRAMS = {
  'node alone': "console.log('Item');\n",
  'raw request': [
    "import { request } from 'node:http';",
    "request(new URL('/v1/apps?page-size=1', process.env.BENCH_ENDPOINT), (response) => {",
    "  let body = '';",
    "  response.on('data', (chunk) => (body += chunk)).on('end', () => console.log(body));",
    '}).end();',
    '',
  ].join('\n'),
} as const;
type Floor = keyof typeof FLOOR_PROGRAMS;

/** The package's program, and the SDK's: the same request, each importing its client by package name. */
const PACKAGE_PROGRAM = 'bench/programs/package.ts';
const SDK_PROGRAM = 'bench/programs/aws-sdk.ts';
const throughputPrograms: Record<Client, string> = {
  'ours (node)': 'bench/programs/throughput-ours-node.ts',
  'ours (fetch)': 'bench/programs/throughput-ours-fetch.ts',
  'aws-sdk': 'bench/programs/throughput-aws-sdk.ts',
};

/** A program bundled for browsers, resolving its imports from `resolveDir` as an app's bundler would. */
async function browserBundle(source: string, resolveDir: string) {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'ts', sourcefile: 'program.ts' },
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

/** A program as a Node app runs it: TypeScript stripped, imports left to Node (nothing bundled). */
async function nodeProgram(program: string, outfile: string, rewrite: (code: string) => string = (code) => code): Promise<string> {
  const { code } = await transform(readFileSync(path.join(root, program), 'utf8'), { loader: 'ts', format: 'esm', target: 'node20' });
  writeFileSync(outfile, rewrite(code));
  return outfile;
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

function runProgram(file: string, env: Record<string, string>, baseEnv: NodeJS.ProcessEnv = process.env): Promise<{ ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [file], { env: { ...baseEnv, ...env, NODE_NO_WARNINGS: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) reject(new Error(`${file} exited ${code}: ${output}`));
      else resolve({ ms, output });
    });
  });
}

/**
 * Variables that change what every Node process does before running a line of its program. Cold starts
 * are measured without them, as Node starts by default: NODE_EXTRA_CA_CERTS alone makes Node 20 load
 * the whole CA store at every start (nodejs/node#40524), some 40 ms on this project's machines, in
 * every process alike though no program here opens a TLS connection. That constant would hide the
 * difference between the clients, so the machine's own environment is measured beside it, not instead.
 */
const STARTUP_VARIABLES = ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'NODE_USE_SYSTEM_CA', 'NODE_V8_COVERAGE', 'NODE_DEBUG', 'NODE_DEBUG_NATIVE', 'NODE_COMPILE_CACHE'];
const machineStartupVariables = STARTUP_VARIABLES.filter((name) => process.env[name] !== undefined);
const defaultEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !STARTUP_VARIABLES.includes(name)));

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [await nodeBundle('bench/programs/server.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  return { url, child };
}

/** The file of the package's entry for every runtime (what `import` gets outside Node), from its `exports`. */
function entryForEveryRuntime(app: ClientApp): string {
  const manifest = JSON.parse(readFileSync(path.join(app.dir, 'node_modules', app.name, 'package.json'), 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return manifest.exports['.']!.import.default.replace(/^\.\//, '');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

async function main(): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  let missed = 0;

  // The SDK's programs sit in this project (its node_modules), the package's in the app that installed it.
  const app: ClientApp = createClientApp('pinpoint-bench');
  const server = await startServer();
  try {
    const ours = readFileSync(path.join(root, PACKAGE_PROGRAM), 'utf8');
    const sizes = {
      ours: await browserBundle(ours, app.dir),
      'aws-sdk': await browserBundle(readFileSync(path.join(root, SDK_PROGRAM), 'utf8'), path.join(root, 'bench/programs')),
    };
    const ratio = sizes.ours.gzipped / sizes['aws-sdk'].gzipped;
    console.log(`Browser bundle of "sign and send GetApps" (esbuild --minify, gzip -9; ours from the installed ${app.name}@${app.version}):`);
    for (const [name, size] of Object.entries(sizes)) {
      console.log(`  ${name.padEnd(13)} ${(size.minified / 1024).toFixed(1).padStart(7)} KiB minified  ${(size.gzipped / 1024).toFixed(1).padStart(6)} KiB gzipped`);
    }
    console.log(`  ratio         ${ratio.toFixed(3)} (target ≤ 0.100: ${verdict(ratio <= 0.1)})`);
    if (ratio > 0.1) missed++;

    const floorFile = (floor: Floor) => {
      const file = path.join(outDir, `${floor.replace(' ', '-')}.mjs`);
      writeFileSync(file, FLOOR_PROGRAMS[floor]);
      return file;
    };
    const coldFiles: Record<Client | Floor, string> = {
      'node alone': floorFile('node alone'),
      'raw request': floorFile('raw request'),
      'ours (node)': await nodeProgram(PACKAGE_PROGRAM, path.join(app.dir, 'ours-node.mjs')),
      'ours (fetch)': await nodeProgram(PACKAGE_PROGRAM, path.join(app.dir, 'ours-fetch.mjs'), (code) =>
        code.replace(`from "${app.name}"`, `from "./node_modules/${app.name}/${entryForEveryRuntime(app)}"`),
      ),
      'aws-sdk': await nodeProgram(SDK_PROGRAM, path.join(outDir, 'aws-sdk.mjs')),
    };
    const measured = [...clients, ...(Object.keys(FLOOR_PROGRAMS) as Floor[])];
    type Times = Record<Client | Floor, number[]>;
    const cold = async (program: Client | Floor, baseEnv: NodeJS.ProcessEnv) => {
      const { ms, output } = await runProgram(coldFiles[program], { BENCH_ENDPOINT: server.url }, baseEnv);
      if (!output.includes('Item')) throw new Error(`${program} printed no page: ${output}`);
      return ms;
    };
    const coldStarts = async (baseEnv: NodeJS.ProcessEnv): Promise<Times> => {
      const times = Object.fromEntries(measured.map((m) => [m, [] as number[]])) as Times;
      for (const program of measured) await cold(program, baseEnv); // warm the file system cache for all alike
      for (let i = 0; i < Number(values.runs); i++) {
        // Interleaved, so that background load hits all alike.
        for (const program of measured) times[program].push(await cold(program, baseEnv));
      }
      return times;
    };
    const versusSdk = (times: Times, program: Client | Floor) => median(times[program]) / median(times['aws-sdk']);
    const floors = (times: Times) =>
      (Object.keys(FLOOR_PROGRAMS) as Floor[]).map((f) => `${f} ${median(times[f]).toFixed(1)} ms (${versusSdk(times, f).toFixed(2)}×)`).join(', ');

    const times = await coldStarts(defaultEnv);
    console.log(`\nNode cold start: new process, import by package name (unbundled, from node_modules), first signed request to 127.0.0.1 (median of ${values.runs} runs):`);
    for (const client of clients) {
      const runs = times[client];
      console.log(`  ${client.padEnd(13)} ${median(runs).toFixed(1).padStart(7)} ms  (min ${Math.min(...runs).toFixed(1)}, max ${Math.max(...runs).toFixed(1)})  ${versusSdk(times, client).toFixed(2)}× the SDK`);
    }
    console.log(`  the floor, what any Node program pays: ${floors(times)}`);
    if (machineStartupVariables.length > 0) {
      // The same series in the machine's own environment, to show what its startup variables cost.
      const asIs = await coldStarts(process.env);
      console.log(`  measured without this machine's ${machineStartupVariables.join(', ')}, as Node starts by default; with ${machineStartupVariables.length === 1 ? 'it' : 'them'}:`);
      const line = (program: Client | Floor) => `${program} ${median(asIs[program]).toFixed(1)} ms (${versusSdk(asIs, program).toFixed(2)}×)`;
      console.log(`    ${clients.map(line).join(', ')}; ${floors(asIs)}`);
    }
    const coldRatio = versusSdk(times, 'ours (node)');
    console.log(`  ours (node) is ${coldRatio.toFixed(2)}× the SDK (target ≤ 0.50×: ${verdict(coldRatio <= 0.5)}; printed, not enforced)`);

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
    rmSync(app.dir, { recursive: true, force: true });
  }
  return missed === 0 ? 0 : 1;
}

process.exitCode = await main();
