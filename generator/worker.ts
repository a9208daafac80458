// A worker thread of `npm run generate` (generator/cli.mjs bundles it beside the generator): compiles
// the validators (ajv, then esbuild) while the main thread makes the types, the client, the mock and
// the docs. It gets the bundled document, which no emitter changes, and finds the operations in it
// as loadSpec does; what it posts back is what emitValidators gives, or its error.
import { parentPort, workerData } from 'node:worker_threads';
import { SpecError } from './errors.js';
import type { OpenApiDocument } from './openapi.js';
import { collectOperations } from './operations.js';
import type { GeneratedFile } from './output.js';
import { emitValidators } from './validators.js';

/** What the worker posts: the files, or the error as the main thread throws it again. */
export type WorkerAnswer =
  | { files: GeneratedFile[] }
  | { specProblems: string[] }
  | { failure: { name: string; message: string; stack?: string } };

export interface WorkerTask {
  document: OpenApiDocument;
}

async function answer({ document }: WorkerTask): Promise<WorkerAnswer> {
  try {
    return { files: await emitValidators(document, collectOperations(document)) };
  } catch (error) {
    if (error instanceof SpecError) return { specProblems: error.problems };
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    return { failure: { name, message, stack } };
  }
}

parentPort?.postMessage(await answer(workerData as WorkerTask));
