// Generates the validators of a fixture spec (or of a document built in memory) into test/.generated
// and imports them, the way a user of the generated module would.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectOperations, type OperationModel } from '../../../generator/operations.js';
import type { OpenApiDocument } from '../../../generator/openapi.js';
import { loadSpec } from '../../../generator/spec.js';
import { outputNames } from '../../../generator/names.js';
import { emitValidators } from '../../../generator/validators.js';
import type { ValidationIssue, ValidationResult } from '../../../generated/validators.js';
import { root } from '../../support/spec.js';
import { scratch } from '../../support/tsc.js';

export type Validate = (data: unknown) => ValidationResult;
export type ValidatorsModule = Record<string, unknown> & { formatIssues(issues: readonly ValidationIssue[]): string };

export interface BuiltValidators {
  module: ValidatorsModule;
  document: OpenApiDocument;
  operations: OperationModel[];
  /** The folder validators.js and validators.d.ts were written to. */
  dir: string;
}

export const fixtures = {
  openapi30: path.join(root, 'test/fixtures/validators/openapi-3.0.yaml'),
  openapi31: path.join(root, 'test/fixtures/validators/openapi-3.1.yaml'),
};

/** Loads a spec file as the generator does (bundled, checked), or takes a document as it is. */
export async function loadDocument(source: string | OpenApiDocument): Promise<{ document: OpenApiDocument; operations: OperationModel[] }> {
  if (typeof source === 'string') return loadSpec(source);
  return { document: source, operations: collectOperations(source) };
}

export async function buildValidators(label: string, source: string | OpenApiDocument): Promise<BuiltValidators> {
  const { document, operations } = await loadDocument(source);
  const dir = path.join(scratch, 'validators', label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of await emitValidators(document, operations)) writeFileSync(path.join(dir, file.path), file.content);
  const module = (await import(path.join(dir, 'validators.js'))) as ValidatorsModule;
  return { module, document, operations, dir };
}

// The exported names come from the generator's one naming pass.
export function schemaValidatorName(built: BuiltValidators, schemaName: string): string {
  return outputNames(built.document, built.operations).schemaValidators(schemaName).validate;
}
export function guardName(built: BuiltValidators, schemaName: string): string {
  return outputNames(built.document, built.operations).schemaValidators(schemaName).guard;
}
/** The validator of a request (`part` "request") or of a response status; undefined when there is none. */
export function operationValidatorName(built: BuiltValidators, operation: OperationModel, part: string): string | undefined {
  const names = outputNames(built.document, built.operations).operation(operation);
  return part === 'request' ? names.requestValidator : names.responseValidators[part];
}

export function schemaValidator(built: BuiltValidators, schemaName: string): Validate {
  return exported(built, schemaValidatorName(built, schemaName)) as Validate;
}
export function guard(built: BuiltValidators, schemaName: string): (data: unknown) => boolean {
  return exported(built, guardName(built, schemaName)) as (data: unknown) => boolean;
}
export function operationValidator(built: BuiltValidators, operationId: string, part: string): Validate {
  const operation = built.operations.find((o) => o.operationId === operationId);
  if (!operation) throw new Error(`no operation ${operationId}`);
  const name = operationValidatorName(built, operation, part);
  if (!name) throw new Error(`${operationId} has no ${part} validator`);
  return exported(built, name) as Validate;
}
function exported(built: BuiltValidators, name: string): unknown {
  const value = built.module[name];
  if (typeof value !== 'function') throw new Error(`validators.js exports no ${name}`);
  return value;
}
