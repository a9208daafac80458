// The generated standalone validators agree with ajv compiled now from the same converted schemas,
// for every schema and operation validator of the Pinpoint spec and of the corner fixtures, on
// seeded random instances and mutated examples; and the check does catch a validator that is wrong.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as pinpointValidators from '../../generated/validators.js';
import type { OpenApiDocument } from '../../generator/openapi.js';
import { planValidators } from '../../generator/validators.js';
import { document, operations } from '../support/spec.js';
import { buildValidators, fixtures, type BuiltValidators } from './support/build.js';
import { describeMismatch, examplesByValidator, runDifferential, type DifferentialReport } from './support/differential.js';

// Fixed: a failure names the seed and the instance, and the same seed gives the same instances.
const BASE_SEED = 20_240_501;

function expectAgreement(report: DifferentialReport): void {
  expect(report.mismatches.slice(0, 5).map(describeMismatch).join('\n\n')).toBe('');
  expect(report.mismatches).toHaveLength(0);
}

/** Not vacuous: most validators saw both verdicts. */
function expectBothOutcomes(report: DifferentialReport, share: number): void {
  const both = [...report.outcomes.values()].filter((c) => c.valid > 0 && c.invalid > 0).length;
  expect(both / report.outcomes.size).toBeGreaterThanOrEqual(share);
}

describe('the Pinpoint spec', () => {
  const plan = planValidators(document, operations);
  let report: DifferentialReport;
  beforeAll(() => {
    report = runDifferential({ plan, module: pinpointValidators, examples: examplesByValidator(document, operations, plan), baseSeed: BASE_SEED });
  });

  test('covers every schema and operation validator, with the documented examples and their mutations', () => {
    expect(report.outcomes.size).toBe(plan.validators.length);
    expect(plan.validators.filter((v) => 'schema' in v.origin)).toHaveLength(Object.keys(document.components!.schemas!).length);
    expect(report.samples).toBeGreaterThan(plan.validators.length * 30 + 5_000);
  });

  test('every generated validator agrees with ajv', () => {
    expectAgreement(report);
    expectBothOutcomes(report, 0.8);
  });
});

describe.each([
  ['OpenAPI 3.0', 'differential-3.0', fixtures.openapi30],
  ['OpenAPI 3.1', 'differential-3.1', fixtures.openapi31],
])('the %s corner fixture', (_, label, spec) => {
  let built: BuiltValidators;
  let report: DifferentialReport;
  beforeAll(async () => {
    built = await buildValidators(label, spec);
    const plan = planValidators(built.document, built.operations);
    report = runDifferential({ plan, module: built.module, examples: examplesByValidator(built.document, built.operations, plan), baseSeed: BASE_SEED });
  });

  test('every generated validator agrees with ajv', () => {
    expect(report.outcomes.size).toBeGreaterThan(10);
    expectAgreement(report);
    expectBothOutcomes(report, 0.75);
  });
});

describe('a validator that is wrong', () => {
  test('is caught, with the seed and the instance that shows it', async () => {
    // A generator that lost `exclusiveMinimum: true` (it checks `minimum: 0` as inclusive).
    const original = parse(readFileSync(fixtures.openapi30, 'utf8')) as OpenApiDocument;
    const wrong = structuredClone(original);
    delete wrong.components!.schemas!.ExclusiveBounds!.exclusiveMinimum;
    const built = await buildValidators('differential-wrong', wrong);
    const { operations: originalOperations } = await import('./support/build.js').then((m) => m.loadDocument(original));
    const plan = planValidators(original, originalOperations);

    const report = runDifferential({ plan, module: built.module, examples: examplesByValidator(original, originalOperations, plan), baseSeed: BASE_SEED });
    // Both a different verdict (at the bound itself) and different issues (below it) are caught.
    const caught = report.mismatches.filter((m) => m.validator === 'validateExclusiveBounds');
    const verdict = caught.find((m) => m.generated.valid !== m.reference.valid);
    expect(verdict).toBeDefined();
    const text = describeMismatch(verdict!);
    expect(text).toMatch(/^validateExclusiveBounds disagrees with ajv on random #\d+ of seed \d+:\n {2}instance: {2}0\n/);
    expect(text).toContain('generated: valid');
    expect(text).toContain('ajv:       invalid:  exclusiveMinimum {"comparison":">","limit":0}');
    expect(caught.some((m) => !m.generated.valid && !m.reference.valid)).toBe(true);
    // Only what uses that schema disagrees.
    expect(new Set(report.mismatches.map((m) => m.validator))).toEqual(new Set(['validateExclusiveBounds', 'validateEverything', 'validateCreateShapeResponse201']));
  });
});
