// The differential check: every generated (standalone) validator must give the same verdict and the
// same issues as ajv itself, compiled now from the same converted schemas, on seeded random
// instances and on mutations of the documented examples.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { JsonObject, OpenApiDocument } from '../../../generator/openapi.js';
import type { OperationModel } from '../../../generator/operations.js';
import { patternEngine, type ValidatorPlan, type ValidatorSpec } from '../../../generator/validators.js';
import type { ValidationResult } from '../../../generated/validators.js';
import { InstanceGenerator, mutationsOf, seededRandom, seedFor } from './instances.js';

const require = createRequire(import.meta.url);
const { default: Ajv } = require('ajv') as typeof import('ajv');
const { default: Ajv2020 } = require('ajv/dist/2020') as typeof import('ajv/dist/2020.js');
const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');

export const RANDOM_PER_VALIDATOR = 30;
export const MUTATIONS_PER_EXAMPLE = 60;

export interface Sample {
  /** `random #<index> of seed <seed>`, or the example and the mutation. */
  source: string;
  value: unknown;
}

export interface Outcome {
  valid: boolean;
  /** `<instance path> <keyword> <params>` per issue, sorted. */
  issues: string[];
}

export interface Mismatch {
  validator: string;
  sample: Sample;
  generated: Outcome;
  reference: Outcome;
}

export interface DifferentialReport {
  mismatches: Mismatch[];
  samples: number;
  /** Per validator, how many samples ajv found valid and invalid. */
  outcomes: Map<string, { valid: number; invalid: number }>;
}

/**
 * The reference: plain ajv, not standalone, strict mode off (strict mode only refuses schemas, so the
 * generator's choice of strict options must not change a single result), formats from ajv-formats,
 * and the generator's RegExp engine (the u flag unless a pattern is valid only without it).
 */
export function referenceValidators(plan: ValidatorPlan): (id: string) => ValidateFunction {
  const options = { allErrors: true, strict: false, logger: false, code: { regExp: patternEngine } } as const;
  const ajv = plan.dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  for (const schema of plan.schemas) ajv.addSchema(schema);
  return (id) => {
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`the reference has no schema ${id}`);
    return validate;
  };
}

/** The documented examples each validator should see: its operation's, and for a component the examples of bodies that are it. */
export function examplesByValidator(document: OpenApiDocument, operations: OperationModel[], plan: ValidatorPlan): Map<string, { name: string; value: unknown }[]> {
  const byName = new Map<string, { name: string; value: unknown }[]>();
  const add = (validator: ValidatorSpec | undefined, name: string, value: unknown) => {
    if (!validator || value === undefined) return;
    byName.set(validator.name, [...(byName.get(validator.name) ?? []), { name, value }]);
  };
  const find = (match: (v: ValidatorSpec) => boolean) => plan.validators.find(match);
  for (const [schemaName, schema] of Object.entries(document.components?.schemas ?? {})) {
    const validator = find((v) => 'schema' in v.origin && v.origin.schema === schemaName);
    if (schema.example !== undefined) add(validator, `${schemaName} example`, schema.example);
    if (Array.isArray(schema.examples)) schema.examples.forEach((value, i) => add(validator, `${schemaName} examples/${i}`, value));
  }
  for (const operation of operations) {
    const bodies = [
      ...(operation.requestBody ? [{ part: 'request', body: operation.requestBody }] : []),
      ...operation.responses.map((response) => ({ part: response.status, body: response })),
    ];
    for (const { part, body } of bodies) {
      const validator = find((v) => 'operationId' in v.origin && v.origin.operationId === operation.operationId && v.origin.part === part);
      const component = /^#\/components\/schemas\/([^/]+)$/.exec(String((body.schema as JsonObject | undefined)?.$ref ?? ''))?.[1];
      const componentValidator = component ? find((v) => 'schema' in v.origin && v.origin.schema === decodeURIComponent(component)) : undefined;
      for (const example of body.examples ?? []) {
        const name = `${operation.operationId} ${part} ${example.name}`;
        add(validator, name, example.value);
        add(componentValidator, name, example.value);
      }
    }
  }
  return byName;
}

/** Seeded random instances and example mutations for one validator: the same seed, the same samples. */
export function samplesFor(plan: ValidatorPlan, validator: ValidatorSpec, examples: { name: string; value: unknown }[], baseSeed: number): Sample[] {
  const seed = seedFor(validator.name, baseSeed);
  const random = seededRandom(seed);
  const schemasById = new Map(plan.schemas.map((s) => [s.$id as string, s]));
  const generator = new InstanceGenerator(random, schemasById);
  const root = schemasById.get(validator.id)!;
  const samples: Sample[] = [];
  for (let i = 0; i < RANDOM_PER_VALIDATOR; i++) samples.push({ source: `random #${i} of seed ${seed}`, value: generator.instance(root) });
  for (const example of examples) {
    samples.push({ source: `example ${example.name}`, value: example.value });
    const mutations = mutationsOf(example.value);
    // A seeded choice when an example has many places to change.
    for (let i = mutations.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [mutations[i], mutations[j]] = [mutations[j]!, mutations[i]!];
    }
    for (const mutation of mutations.slice(0, MUTATIONS_PER_EXAMPLE)) {
      samples.push({ source: `example ${example.name}, ${mutation.label} (seed ${seed})`, value: mutation.value });
    }
  }
  return samples;
}

export function runDifferential(options: {
  plan: ValidatorPlan;
  /** The generated module, or a stand-in for it. */
  module: Record<string, unknown>;
  examples: Map<string, { name: string; value: unknown }[]>;
  baseSeed: number;
}): DifferentialReport {
  const { plan, module, examples, baseSeed } = options;
  const reference = referenceValidators(plan);
  const report: DifferentialReport = { mismatches: [], samples: 0, outcomes: new Map() };
  for (const validator of plan.validators) {
    const generated = module[`validate${validator.name}`] as ((data: unknown) => ValidationResult) | undefined;
    if (typeof generated !== 'function') throw new Error(`the module has no validate${validator.name}`);
    const expected = reference(validator.id);
    const counts = { valid: 0, invalid: 0 };
    for (const sample of samplesFor(plan, validator, examples.get(validator.name) ?? [], baseSeed)) {
      report.samples++;
      const theirs = referenceOutcome(expected, sample.value);
      const ours = generatedOutcome(generated, sample.value);
      counts[theirs.valid ? 'valid' : 'invalid']++;
      if (ours.valid !== theirs.valid || ours.issues.join('\n') !== theirs.issues.join('\n')) {
        report.mismatches.push({ validator: `validate${validator.name}`, sample, generated: ours, reference: theirs });
      }
    }
    report.outcomes.set(validator.name, counts);
  }
  return report;
}

export function describeMismatch(mismatch: Mismatch): string {
  const outcome = (o: Outcome) => (o.valid ? 'valid' : `invalid: ${o.issues.join('; ')}`);
  return [
    `${mismatch.validator} disagrees with ajv on ${mismatch.sample.source}:`,
    `  instance:  ${JSON.stringify(mismatch.sample.value)}`,
    `  generated: ${outcome(mismatch.generated)}`,
    `  ajv:       ${outcome(mismatch.reference)}`,
  ].join('\n');
}

function referenceOutcome(validate: ValidateFunction, value: unknown): Outcome {
  const valid = validate(value) as boolean;
  return { valid, issues: issues(validate.errors ?? []) };
}

function generatedOutcome(validate: (data: unknown) => ValidationResult, value: unknown): Outcome {
  const result = validate(value);
  return { valid: result.valid, issues: issues(result.errors) };
}

function issues(errors: readonly { instancePath: string; keyword: string; params: unknown }[]): string[] {
  return errors.map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`).sort();
}
