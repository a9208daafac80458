// A worker thread of `npm run generate` (generator/cli.mjs bundles it beside the generator), so that
// two cores share the work: it reads the errata as soon as it starts, while the main thread loads
// the spec; given the bundled document (which no emitter changes), it finds the operations in it as
// loadSpec does, compiles the validators (ajv, then esbuild) and makes the docs, while the main
// thread makes the types, the client and the mock. It posts each step's outcome: what the emitter
// gives, or its error, which the main thread throws again in the step's place.
import { parentPort, workerData } from 'node:worker_threads';
import { emitDocs, readErrata } from './docs.js';
import { SpecError } from './errors.js';
import type { OpenApiDocument } from './openapi.js';
import { collectOperations } from './operations.js';
import type { GeneratedFile } from './output.js';
import { emitValidators } from './validators.js';

export type WorkerStep = 'errata' | 'validators' | 'docs';

/** One step's outcome: its files (none for the errata), or its error. */
export type WorkerOutcome =
  | { step: WorkerStep; files: GeneratedFile[] }
  | { step: WorkerStep; specProblems: string[] }
  | { step: WorkerStep; failure: { name: string; message: string; stack?: string } };

/** What the worker starts with. */
export interface WorkerTask {
  specPath: string;
}

/** What the main thread sends once the spec is loaded. */
export interface WorkerDocument {
  document: OpenApiDocument;
}

async function outcome(step: WorkerStep, work: () => GeneratedFile[] | Promise<GeneratedFile[]>): Promise<WorkerOutcome> {
  try {
    return { step, files: await work() };
  } catch (error) {
    if (error instanceof SpecError) return { step, specProblems: error.problems };
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    return { step, failure: { name, message, stack } };
  }
}

if (parentPort) {
  const port = parentPort;
  const { specPath } = workerData as WorkerTask;
  let errata: ReturnType<typeof readErrata>;
  let errataRead = false;
  port.once('message', async ({ document }: WorkerDocument) => {
    const operations = collectOperations(document);
    port.postMessage(await outcome('validators', () => emitValidators(document, operations)));
    port.postMessage(
      await outcome('docs', () => {
        // Never docs without the errata: the main thread ends with the errata's error instead.
        if (!errataRead) throw new Error('no errata to make the docs with');
        return emitDocs(document, operations, errata);
      }),
    );
  });
  port.postMessage(
    await outcome('errata', () => {
      errata = readErrata(specPath);
      errataRead = true;
      return [];
    }),
  );
}
