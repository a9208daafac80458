// Every documented example passes its generated validator; every validator rejects a mutated
// example with a message that says where and why.
import * as validators from '../../generated/validators.js';
import { pascalCase } from '../../generator/operations.js';
import { attachedExamples, document } from '../support/spec.js';
import { findMutations, type MutationKind } from '../support/mutations.js';

type Validate = (data: unknown) => validators.ValidationResult;
const registry = validators as unknown as Record<string, Validate>;

function validatorFor(operationId: string, part: string): Validate {
  const name = `validate${pascalCase(operationId)}${part === 'request' ? 'Request' : `Response${part}`}`;
  const validate = registry[name];
  if (!validate) throw new Error(`no validator ${name}`);
  return validate;
}

function componentOf(schema: unknown): string | undefined {
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  return ref?.replace('#/components/schemas/', '');
}

const cases = attachedExamples.map((a) => {
  const body = a.part === 'request' ? a.operation.requestBody! : a.operation.responses.find((r) => r.status === a.part)!;
  return { ...a, schema: body.schema, label: `${a.operation.operationId} ${a.part} ${a.example.name}` };
});

describe('documented examples pass their validators', () => {
  test.each(cases.map((c) => [c.label, c] as const))('%s', (_, c) => {
    const result = validatorFor(c.operation.operationId, c.part)(c.example.value);
    expect(validators.formatIssues(result.errors)).toBe('');
    expect(result.valid).toBe(true);
    const component = componentOf(c.schema);
    if (component) {
      expect(registry[`validate${component}`]!(c.example.value).valid).toBe(true);
      expect((validators as unknown as Record<string, (d: unknown) => boolean>)[`is${component}`]!(c.example.value)).toBe(true);
    }
  });

  test('covers every operation request body and success response', () => {
    const covered = new Set(cases.map((c) => `${c.operation.operationId} ${c.part}`));
    for (const c of cases) {
      if (c.operation.requestBody) expect(covered).toContain(`${c.operation.operationId} request`);
      expect(covered).toContain(`${c.operation.operationId} ${c.operation.success!.status}`);
    }
  });
});

describe('validators reject mutated examples with readable messages', () => {
  // The error examples are all one MessageBody; mutate each distinct example once per kind.
  const seen = new Set<string>();
  const mutated = cases.flatMap((c) => {
    const mutations = findMutations(document, c.schema, c.example.value);
    const picked = new Map<MutationKind, (typeof mutations)[number]>();
    for (const m of mutations) if (!picked.has(m.kind)) picked.set(m.kind, m);
    return [...picked.values()]
      .filter((m) => !seen.has(`${c.example.name} ${m.kind}`) && seen.add(`${c.example.name} ${m.kind}`))
      .map((m) => [`${c.label}: ${m.kind} at ${m.pointer || '(root)'}`, c, m] as const);
  });

  test('every kind of mutation is exercised', () => {
    const kinds = new Set(mutated.map(([, , m]) => m.kind));
    expect([...kinds].sort()).toEqual(['missing required', 'outside enum', 'wrong type']);
  });

  test.each(mutated)('%s', (_, c, m) => {
    const result = validatorFor(c.operation.operationId, c.part)(m.apply(c.example.value));
    expect(result.valid).toBe(false);
    const issue = result.errors.find((e) => e.keyword === m.keyword && e.instancePath === m.pointer);
    expect(issue).toBeDefined();
    const text = validators.formatIssues(result.errors);
    expect(text).toContain(`${m.pointer || '(root)'}: `);
    if (m.kind === 'missing required') expect(issue!.message).toMatch(/must have required property '.+'/);
    if (m.kind === 'outside enum') expect(issue!.message).toMatch(/must be equal to one of the allowed values: ".+"/);
    if (m.kind === 'wrong type') expect(issue!.message).toMatch(/^must be (string|number|integer|boolean)/);
  });
});
