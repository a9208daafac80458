// Loads an OpenAPI document from disk: bundles every file it references into one document with
// Redocly's library, and refuses it with every problem (file, JSON pointer, reason) when it is not
// a valid OpenAPI 3.0 or 3.1 description.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { bundle, createConfig, lint, parseYaml, type NormalizedProblem } from '@redocly/openapi-core';
import { collectOperations, type OperationModel } from './operations.js';
import type { OpenApiDocument } from './openapi.js';
import { SpecError } from './errors.js';

export { SpecError };


// The rules any document must pass before code is generated from it, whatever its style.
const VALIDITY_RULES = {
  struct: 'error',
  'no-unresolved-refs': 'error',
  'operation-operationId-unique': 'error',
  'path-parameters-defined': 'error',
  'no-identical-paths': 'error',
  'no-ambiguous-paths': 'error',
  'spec-components-invalid-map-name': 'error',
  'no-path-trailing-slash': 'off', // style, not validity: foreign specs may use trailing slashes
} as const;

export function describeProblem(problem: NormalizedProblem, cwd = process.cwd()): string {
  const where = problem.location[0];
  if (!where) return problem.message;
  const file = path.relative(cwd, where.source.absoluteRef) || where.source.absoluteRef;
  const pointer = where.pointer && where.pointer !== '#/' ? where.pointer : '';
  return `${file}${pointer}: ${problem.message}`;
}

export interface LoadedSpec {
  document: OpenApiDocument;
  operations: OperationModel[];
}

export async function loadSpec(specPath: string): Promise<LoadedSpec> {
  const ref = path.resolve(specPath);
  checkVersion(ref);
  const config = await createConfig({ rules: VALIDITY_RULES });
  const problems = (await lint({ ref, config })).filter((p) => p.severity === 'error');
  const bundled = problems.length === 0 ? await bundle({ ref, config, dereference: false }) : undefined;
  problems.push(...(bundled?.problems.filter((p) => p.severity === 'error') ?? []));
  if (problems.length > 0) throw new SpecError(dedupe(problems.map((p) => describeProblem(p))));

  const document = bundled!.bundle.parsed as OpenApiDocument;
  try {
    // Also refuses what the generated code could not name.
    return { document, operations: collectOperations(document) };
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    const file = path.relative(process.cwd(), ref);
    throw new SpecError(error.problems.map((p) => `${file} (bundled) ${p}`));
  }
}

/** Refuses early what is not OpenAPI 3.0 or 3.1 (Swagger 2.0, 3.2, not an API description). */
function checkVersion(ref: string): void {
  let root: unknown;
  try {
    root = parseYaml(readFileSync(ref, 'utf8'));
  } catch {
    return; // unreadable or broken: the linter names the file and the reason
  }
  const version = (root as { openapi?: unknown; swagger?: unknown } | null)?.openapi;
  if (typeof version === 'string' && /^3\.[01]\.\d+$/.test(version)) return;
  const found = (root as { swagger?: unknown } | null)?.swagger ? `Swagger ${String((root as { swagger: unknown }).swagger)}` : `"${String(version)}"`;
  throw new SpecError([`${path.relative(process.cwd(), ref)}#/openapi: ${found} is not OpenAPI 3.0 or 3.1`]);
}

function dedupe(lines: string[]): string[] {
  return [...new Set(lines)];
}
