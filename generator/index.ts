// The generator's entry point: spec in, every artifact out, written without losing a file, or checked.
//   tsx generator/index.ts [--spec spec/openapi.yaml] [--out generated] [--check] [--debug]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { loadSpec } from './spec.js';
import { emitTypes } from './types.js';
import { emitClient } from './client.js';
import { emitRuntime } from './runtime.js';
import { emitEntries } from './entries.js';
import { emitValidators } from './validators.js';
import { emitMock } from './mock.js';
import { emitDocs, readErrata } from './docs.js';
import { clientPackage } from './package.js';
import { checkOutputFolder, moduleScopeWarning, staleFiles, writeOutput, type GeneratedFile, type OutputReport } from './output.js';
import { displayPath, GeneratorFailure, oneLine, OutputRefused, SpecError } from './errors.js';
import type { OpenApiDocument } from './openapi.js';
import type { WorkerDocument, WorkerOutcome, WorkerStep, WorkerTask } from './worker.js';
import { isEntryPoint } from './entry-point.js';

export { GeneratorFailure };

const USAGE = 'usage: npm run generate -- [--spec spec/openapi.yaml] [--out generated] [--check] [--debug]';

export interface Generation {
  /** Every generated file, in a fixed order. */
  files: GeneratedFile[];
  /** What made each file (`types`, `client`, `runtime`, …), by path. */
  kinds: Map<string, string>;
  /** Located problems that do not stop a correct client. */
  warnings: string[];
  operations: number;
  schemas: number;
  /** Every file the spec was read from: the output folder may hold none of them. */
  specFiles: string[];
}

export interface GenerateOptions {
  /**
   * generator/worker.ts, bundled (generator/cli.mjs gives it): the errata, the validators and the
   * docs are made in a worker thread, beside the other steps. Without it, all in this thread.
   */
  worker?: URL;
  /** A folder for V8's code cache of TypeScript's compiler (generator/code-cache.ts); none without it. */
  codeCache?: string;
}

/** Runs one step; anything it throws that is not about the input becomes a GeneratorFailure. */
export async function emitStep<T>(what: string, specPath: string, work: () => T | Promise<T>): Promise<T> {
  return failsAs(`generating ${what}`, specPath, work);
}

async function failsAs<T>(doing: string, specPath: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SpecError || error instanceof GeneratorFailure) throw error;
    throw new GeneratorFailure(specPath, doing, error);
  }
}

/** Every generated file for a spec, what made it, and the warnings. */
export async function generateAll(specPath: string, options: GenerateOptions = {}): Promise<Generation> {
  // Started first: it reads the errata while this thread loads the spec.
  const worker = options.worker && new GeneratorWorker(options.worker, specPath);
  try {
    return await generateSteps(specPath, worker, options.codeCache);
  } finally {
    worker?.stop();
  }
}

async function generateSteps(specPath: string, worker: GeneratorWorker | undefined, codeCache: string | undefined): Promise<Generation> {
  const { document, operations, warnings, files: specFiles } = await failsAs('reading the spec', specPath, () => loadSpec(specPath));
  worker?.start(document);
  // In the worker, the errata's outcome is awaited only at the end: its error still comes first.
  let errata: Awaited<ReturnType<typeof readErrata>>;
  const errataRead = worker ? failsAs('reading the errata', specPath, () => worker.outcome('errata')) : undefined;
  errataRead?.catch(() => {});
  if (!worker) errata = await failsAs('reading the errata', specPath, () => readErrata(specPath));
  try {
    // The package's name and version (info.x-client-package) are checked here, where the file is known.
    clientPackage(document, specPath);
  } catch (error) {
    await errataRead;
    throw error;
  }
  // Made elsewhere (the worker thread, or esbuild's process for the last pass of the validators in
  // this thread): not waited for before the next step.
  const elsewhere = new Set(worker ? ['validators', 'docs'] : ['validators']);
  const steps: [kind: string, what: string, emit: () => GeneratedFile[] | Promise<GeneratedFile[]>][] = [
    ['spec', 'openapi.json', () => [{ path: 'openapi.json', content: `${JSON.stringify(document, null, 2)}\n` }]],
    ['types', 'types.ts', () => emitTypes(document, operations, { codeCache })],
    ['client', 'client.ts', () => emitClient(document, operations)],
    ['runtime', 'runtime/', () => emitRuntime(operations)],
    ['entries', 'index.ts', () => emitEntries(document, operations)],
    ['validators', 'validators.js', () => worker?.outcome('validators') ?? emitValidators(document, operations)],
    ['mock', 'mock/', () => emitMock(document, operations)],
    ['docs', 'docs/', () => worker?.outcome('docs') ?? emitDocs(document, operations, errata)],
  ];
  // A failure stops the steps that follow it, and the first failure in this order (the errata's
  // first) is the one thrown.
  const results: Promise<GeneratedFile[]>[] = [];
  for (const [kind, what, emit] of steps) {
    const result = emitStep(what, specPath, emit);
    results.push(result);
    if (elsewhere.has(kind)) result.catch(() => {}); // awaited below
    else if (!(await result.then(() => true, () => false))) break;
  }
  await errataRead;
  const files: GeneratedFile[] = [];
  const kinds = new Map<string, string>();
  for (const [i, result] of results.entries()) {
    for (const file of await result) {
      files.push(file);
      kinds.set(file.path, steps[i]![0]);
    }
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  const schemas = Object.keys(document.components?.schemas ?? {}).length;
  return { files, kinds, warnings, operations: operations.length, schemas, specFiles };
}

/** generator/worker.ts in a worker thread: each of its steps' outcome as a promise. */
class GeneratorWorker {
  private readonly thread: Worker;
  private readonly outcomes = new Map<WorkerStep, { promise: Promise<GeneratedFile[]>; settle: (outcome: WorkerOutcome) => void; fail: (error: unknown) => void }>();

  constructor(url: URL, specPath: string) {
    for (const step of ['errata', 'validators', 'docs'] as const) {
      let settle!: (outcome: WorkerOutcome) => void;
      let fail!: (error: unknown) => void;
      const promise = new Promise<GeneratedFile[]>((resolve, reject) => {
        fail = reject;
        settle = (outcome) => {
          if ('files' in outcome) resolve(outcome.files);
          else if ('specProblems' in outcome) reject(new SpecError(outcome.specProblems));
          else reject(Object.assign(new Error(outcome.failure.message), outcome.failure));
        };
      });
      promise.catch(() => {}); // awaited in its step
      this.outcomes.set(step, { promise, settle, fail });
    }
    this.thread = new Worker(url, { workerData: { specPath } satisfies WorkerTask });
    this.thread.on('message', (outcome: WorkerOutcome) => this.outcomes.get(outcome.step)!.settle(outcome));
    const ended = (error: unknown) => {
      for (const { fail } of this.outcomes.values()) fail(error);
    };
    this.thread.once('error', ended);
    this.thread.once('exit', (code) => ended(new Error(`the worker thread ended (exit code ${code}) before its work was done`)));
  }

  start(document: OpenApiDocument): void {
    this.thread.postMessage({ document } satisfies WorkerDocument);
  }

  outcome(step: WorkerStep): Promise<GeneratedFile[]> {
    return this.outcomes.get(step)!.promise;
  }

  stop(): void {
    void this.thread.terminate();
  }
}

/** Every generated file for a spec, in a fixed order. */
export async function generate(specPath: string): Promise<GeneratedFile[]> {
  return (await generateAll(specPath)).files;
}

export async function main(argv: string[], options: GenerateOptions = {}): Promise<number> {
  let values: { spec: string; out: string; check: boolean; debug: boolean };
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        spec: { type: 'string', default: 'spec/openapi.yaml' },
        out: { type: 'string', default: 'generated' },
        check: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
      },
    }).values as typeof values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { spec, out, check, debug } = values;
  const started = performance.now();
  try {
    // Refused before the work, when the folder alone is enough to say so.
    if (!check) await checkOutputFolder(out, { spec });
    const generation = await generateAll(spec, options);
    for (const warning of generation.warnings) console.warn(warning);
    if (check) {
      const stale = await staleFiles(out, generation.files);
      if (stale.length > 0) {
        console.error(`${displayPath(out)}/ is stale; run \`npm run generate\`:\n${stale.map((s) => `  - ${s}`).join('\n')}`);
        return 1;
      }
      console.log(`${displayPath(out)}/ is up to date with ${displayPath(spec)} (${generation.files.length} files).`);
      return 0;
    }
    const report = await writeOutput(out, generation.files, { spec, specFiles: generation.specFiles });
    console.log(summary(spec, out, generation, report, performance.now() - started));
    const moduleScope = await moduleScopeWarning(out);
    if (moduleScope) console.warn(moduleScope);
    return 0;
  } catch (error) {
    console.error(failureMessage(error, debug, check ? undefined : out));
    return 1;
  }
}

/** What a run that failed prints: located lines, a hint for what is not the input's fault, never a stack unless asked. */
export function failureMessage(error: unknown, debug: boolean, out?: string): string {
  const lines: string[] = [];
  if (error instanceof SpecError || error instanceof OutputRefused) lines.push(...error.problems);
  else if (error instanceof GeneratorFailure) {
    lines.push(error.message, 'hint: this is a bug in the generator, not a problem of the spec; run again with --debug for the stack trace, and report it');
    if (debug) lines.push(String((error.cause as Error | undefined)?.stack ?? error.cause));
  } else {
    lines.push(`${displayPath(out ?? '.')}: writing failed: ${oneLine(error)}`, 'hint: run again with --debug for the stack trace');
    if (debug) lines.push(String((error as Error | undefined)?.stack ?? error));
  }
  if (out !== undefined) lines.push(`Nothing was written: ${displayPath(out)}/ is unchanged.`);
  return lines.join('\n');
}

function summary(spec: string, out: string, generation: Generation, report: OutputReport, milliseconds: number): string {
  const byKind = new Map<string, number>();
  for (const kind of generation.kinds.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  const names = (label: string, list: string[]) =>
    list.length === 0 ? [] : [`    ${label}: ${list.length > 10 ? `${list.slice(0, 10).join(', ')}, … and ${list.length - 10} more` : list.join(', ')}`];
  const warnings = generation.warnings.length;
  return [
    `Generated ${displayPath(out)}/ from ${displayPath(spec)} in ${(milliseconds / 1000).toFixed(1)} s`,
    `  ${generation.operations} operations, ${generation.schemas} schemas: ${generation.files.length} files (${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ')})`,
    `  added ${report.added.length}, changed ${report.changed.length}, removed ${report.removed.length}, unchanged ${report.unchanged.length}`,
    ...names('added', report.added),
    ...names('changed', report.changed),
    ...names('removed', report.removed),
    ...(warnings > 0 ? [`  ${warnings} warning${warnings === 1 ? '' : 's'}, printed above: they do not stop generation`] : []),
  ].join('\n');
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
