// Valid OpenAPI that ajv's strict mode refuses as it is: each corner compiles, the module loads, and
// hand-picked instances pass or fail as JSON Schema and OpenAPI say, with the place and the reason.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { OpenApiDocument } from '../../generator/openapi.js';
import { SpecError } from '../../generator/errors.js';
import { emitValidators } from '../../generator/validators.js';
import {
  buildValidators,
  fixtures,
  guard,
  loadDocument,
  operationValidator,
  operationValidatorName,
  schemaValidator,
  type BuiltValidators,
} from './support/build.js';

/** `true`, or the keyword and instance path of an issue the validator must report. */
type Expected = true | { keyword: string; at: string };
type Case = readonly [what: string, value: unknown, expected: Expected];

function expectOutcome(built: BuiltValidators, validate: (d: unknown) => ReturnType<ReturnType<typeof schemaValidator>>, value: unknown, expected: Expected) {
  const result = validate(value);
  if (expected === true) {
    expect(built.module.formatIssues(result.errors)).toBe('');
    expect(result.valid).toBe(true);
    return;
  }
  expect(result.valid).toBe(false);
  expect(result.errors.map((e) => `${e.instancePath} ${e.keyword}`)).toContain(`${expected.at} ${expected.keyword}`);
  // formatIssues names the place and the reason on each line.
  const text = built.module.formatIssues(result.errors);
  expect(text.split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^${escapeRegExp(expected.at || '(root)')}: \\S`)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const fail = (keyword: string, at = '') => ({ keyword, at });

describe('OpenAPI 3.0 corners', () => {
  let v: BuiltValidators;
  beforeAll(async () => {
    v = await buildValidators('corners-3.0', fixtures.openapi30);
  });

  const bySchema: Record<string, Case[]> = {
    AllOfFragments: [
      ['both fragments satisfied', { name: 'square', sides: 4 }, true],
      ['required beside allOf, property from a fragment', { name: 'square' }, fail('required')],
      ['a fragment constraint', { name: 'square', sides: 2 }, fail('minimum', '/sides')],
      ['a fragment type', { name: 1, sides: 4 }, fail('type', '/name')],
      ['the same property constrained by two fragments', { name: 's', sides: 4 }, fail('minLength', '/name')],
      ['no type: JSON Schema constrains objects only', 'square', true],
    ],
    NullableText: [
      ['null', null, true],
      ['a short string', 'abc', true],
      ['too long', 'abcdef', fail('maxLength')],
      ['a number', 5, fail('type')],
    ],
    NullableEnum: [
      ['null, though the enum does not list it', null, true],
      ['a listed value', 'red', true],
      ['an unlisted value', 'blue', fail('enum')],
    ],
    NullableAllOf: [
      ['null', null, true],
      ['the referenced shape', { id: 1 }, true],
      ['the shape broken', {}, fail('required')],
      ['another type', 'x', fail('type')],
    ],
    NullableOneOf: [
      ['null', null, true],
      ['the first alternative', 7, true],
      ['the second alternative', 'ab', true],
      ['neither', 'abc', fail('oneOf')],
      ['a boolean', true, fail('oneOf')],
    ],
    NullableAnyOf: [
      ['null', null, true],
      ['a boolean', true, true],
      ['the referenced shape', { id: 1 }, true],
      ['the referenced shape broken', { id: 'x' }, fail('type', '/id')],
    ],
    NullableObject: [
      ['null', null, true],
      ['the object', { id: 1 }, true],
      ['the object broken', {}, fail('required')],
    ],
    // OpenAPI 3.0 ignores every sibling of a $ref (a Reference Object), nullable included.
    NullableRef: [
      ['the referenced shape', { id: 1 }, true],
      ['null: nullable beside $ref is ignored in 3.0', null, fail('type')],
    ],
    Shade: [
      ['an enum listing a value twice (allowed: values SHOULD be unique)', 'light', true],
      ['a value it does not list', 'dim', fail('enum')],
    ],
    ExclusiveBounds: [
      ['the minimum itself', 0, fail('exclusiveMinimum')],
      ['just above it', 0.001, true],
      ['the maximum itself', 1, fail('exclusiveMaximum')],
      ['just below it', 0.999, true],
    ],
    InclusiveBounds: [
      ['the minimum', 0, true],
      ['the maximum', 10, true],
      ['above', 11, fail('maximum')],
      ['below', -1, fail('minimum')],
    ],
    UnknownFormat: [
      ['any string the pattern accepts: an unknown format is an annotation', 'ABC-123', true],
      ['the pattern still applies', 'abc', fail('pattern')],
      ['the type still applies', 5, fail('type')],
    ],
    KnownFormat: [
      ['a date-time', '2024-05-01T10:00:00Z', true],
      ['not a date-time', 'yesterday', fail('format')],
    ],
    Tuple: [
      ['both items', ['x', 1], true],
      ['shorter: allowed without minItems', ['x'], true],
      ['longer: allowed without additionalItems', ['x', 1, true], true],
      ['second item of the wrong type', ['x', 'y'], fail('type', '/1')],
    ],
    Pet: [
      ['a cat', { petType: 'cat', name: 'Tom', huntingSkill: 'lazy' }, true],
      ['a dog', { petType: 'dog', name: 'Rex', packSize: 2 }, true],
      ['a dog broken', { petType: 'dog', name: 'Rex', packSize: 0 }, fail('oneOf')],
      ['neither', { petType: 'cat', name: 'Tom' }, fail('oneOf')],
      // OpenAPI 3.1.1: the discriminator must not change the outcome; this is a valid Cat.
      ['a cat whose tag says dog', { petType: 'dog', name: 'Tom', huntingSkill: 'keen' }, true],
    ],
    Tree: [
      ['nested three deep', { label: 'a', children: [{ label: 'b', children: [{ label: 'c' }] }] }, true],
      ['broken three deep', { label: 'a', children: [{ label: 'b', children: [{ label: 5 }] }] }, fail('type', '/children/0/children/0/label')],
    ],
    Ping: [
      ['mutual recursion', { pong: { ping: { pong: {} } } }, true],
      ['broken inside', { pong: { ping: 5 } }, fail('type', '/pong/ping')],
    ],
    Account: [
      ['a pattern valid only without the u flag ([\\w-])', { handle: 'a-b_c' }, true],
      ['that pattern still applies', { handle: 'a b' }, fail('pattern', '/handle')],
    ],
    'Foo-Bar': [
      ['the object', { value: 1 }, true],
      ['the object broken', {}, fail('required')],
    ],
    Everything: [
      ['a $ref into a property of another schema', { fragments: { name: 'ab', sides: 3 }, pet: { petType: 'dog', name: 'R', packSize: 1 }, owner: 'Ann' }, true],
      ['that property constraint applies', { fragments: { name: 'ab', sides: 3 }, pet: { petType: 'dog', name: 'R', packSize: 1 }, owner: 'A' }, fail('minLength', '/owner')],
      ['a $ref into the items of another schema', { fragments: { name: 'ab', sides: 3 }, pet: { petType: 'dog', name: 'R', packSize: 1 }, firstTag: 'red' }, fail('enum', '/firstTag')],
      ['nullable beside allOf, as a property', { fragments: { name: 'ab', sides: 3 }, pet: { petType: 'dog', name: 'R', packSize: 1 }, nullableRef: null }, true],
      ['an escaped component name', { fragments: { name: 'ab', sides: 3 }, pet: { petType: 'dog', name: 'R', packSize: 1 }, dashed: {} }, fail('required', '/dashed')],
    ],
  };

  describe.each(Object.entries(bySchema))('%s', (schemaName, cases) => {
    test.each(cases)('%s', (_, value, expected) => {
      expectOutcome(v, schemaValidator(v, schemaName), value, expected);
      expect(guard(v, schemaName)(value)).toBe(expected === true);
    });
  });

  test('the documented examples pass their operation validators', () => {
    for (const operation of v.operations) {
      for (const response of operation.responses) {
        for (const example of response.examples ?? []) {
          expectOutcome(v, operationValidator(v, operation.operationId, response.status), example.value, true);
        }
      }
      for (const example of operation.requestBody?.examples ?? []) {
        expectOutcome(v, operationValidator(v, operation.operationId, 'request'), example.value, true);
      }
    }
  });

  test('a text/plain body is checked against its string schema', () => {
    const validate = operationValidator(v, 'getShapeText', '200');
    expectOutcome(v, validate, 'a square', true);
    expectOutcome(v, validate, 'x'.repeat(21), fail('maxLength'));
  });

  test('bodies that are not JSON or text (XML, octet-stream, CSV read as an object) have nothing checked', () => {
    expectOutcome(v, operationValidator(v, 'getShapeText', '404'), '<problem/>', true);
    expectOutcome(v, operationValidator(v, 'putShapeImage', 'request'), new Uint8Array([1, 2]), true);
    expectOutcome(v, operationValidator(v, 'putShapeImage', '202'), 'rows\n3\n', true);
  });

  test('a body without a schema (image/png) gets no validator', () => {
    const operation = v.operations.find((o) => o.operationId === 'putShapeImage')!;
    expect(operationValidatorName(v, operation, '200')).toBeUndefined();
    expect(Object.keys(v.module).filter((name) => /^validatePutShapeImageResponse200/.test(name))).toEqual([]);
  });

  test('the issues read as path and reason', () => {
    const result = schemaValidator(v, 'Everything')({ fragments: { name: 'a' }, pet: {}, nullableEnum: 'blue', bounds: 1 });
    const text = v.module.formatIssues(result.errors);
    expect(text).toContain("/fragments: must have required property 'sides'");
    expect(text).toContain('/nullableEnum: must be equal to one of the allowed values: "red", "green", null');
    expect(text).toContain('/bounds: must be < 1');
  });
});

describe('OpenAPI 3.1 corners', () => {
  let v: BuiltValidators;
  beforeAll(async () => {
    v = await buildValidators('corners-3.1', fixtures.openapi31);
  });

  const record = { id: 'rec-1', kind: 'record' };
  const bySchema: Record<string, Case[]> = {
    Record: [
      ['the least', record, true],
      ['const', { ...record, kind: 'other' }, fail('const', '/kind')],
      ['type [string, "null"] takes null', { ...record, note: null }, true],
      ['type [string, "null"] takes a string', { ...record, note: 'short' }, true],
      ['type [string, "null"] refuses a number', { ...record, note: 5 }, fail('type', '/note')],
      ['type [string, "null"] keeps maxLength', { ...record, note: 'x'.repeat(11) }, fail('maxLength', '/note')],
      ['a sibling of $ref applies (maximum)', { ...record, size: 6 }, fail('maximum', '/size')],
      ['the referenced schema applies too (minimum)', { ...record, size: -1 }, fail('minimum', '/size')],
      ['within both', { ...record, size: 5 }, true],
      ['a referenced pattern', { ...record, id: 'abc' }, fail('pattern', '/id')],
      ['a prefixItems tuple', { ...record, point: [1, 2] }, true],
      ['a prefixItems tuple, longer: allowed', { ...record, point: [1, 2, 'x', true] }, true],
      ['a prefixItems tuple, too short for minItems', { ...record, point: [1] }, fail('minItems', '/point')],
      ['a prefixItems tuple, an item of the wrong type', { ...record, point: [1, 'a'] }, fail('type', '/point/1')],
      ['a property that patternProperties also match', { ...record, labels: { en: 'hello', fr: 'salut' } }, true],
      ['both apply to it', { ...record, labels: { en: 'x'.repeat(9) } }, fail('maxLength', '/labels/en')],
      ['what neither matches', { ...record, labels: { english: 'x' } }, fail('additionalProperties', '/labels')],
      ['required inside an allOf fragment', { ...record, meta: {} }, fail('required', '/meta')],
      ['unevaluatedProperties sees the fragments', { ...record, meta: { owner: 'Ann', checksum: 'zz', createdAt: '2024-05-01T10:00:00Z' } }, true],
      ['unevaluatedProperties refuses the rest', { ...record, meta: { owner: 'Ann', extra: 1 } }, fail('unevaluatedProperties', '/meta')],
      ['a discriminated oneOf', { ...record, animal: { kind: 'fish', fins: 2 } }, true],
      ['a discriminated oneOf, broken', { ...record, animal: { kind: 'fish', wingspan: 2 } }, fail('oneOf', '/animal')],
      ['a $ref into a property inside allOf', { ...record, ownerName: 'A' }, fail('minLength', '/ownerName')],
      ['a $ref into prefixItems', { ...record, firstPoint: 'x' }, fail('type', '/firstPoint')],
      ['recursion through anyOf', { ...record, node: { value: 1, next: { value: 2, next: null } } }, true],
      ['recursion through anyOf, broken', { ...record, node: { value: 1, next: { value: 'x' } } }, fail('type', '/node/next/value')],
    ],
    'Foo.Bar': [
      ['an escaped name', 'rec-9', true],
      ['its pattern', 'x', fail('pattern')],
    ],
    Meta: [
      ['an unknown format is an annotation', { owner: 'Ann', checksum: 'anything at all' }, true],
      ['a known format is checked', { owner: 'Ann', createdAt: 'soon' }, fail('format', '/createdAt')],
    ],
  };

  describe.each(Object.entries(bySchema))('%s', (schemaName, cases) => {
    test.each(cases)('%s', (_, value, expected) => {
      expectOutcome(v, schemaValidator(v, schemaName), value, expected);
      expect(guard(v, schemaName)(value)).toBe(expected === true);
    });
  });

  test('the documented examples pass, the schema-level examples included', () => {
    expectOutcome(v, operationValidator(v, 'createRecord', 'request'), v.operations[0]!.requestBody!.examples[0]!.value, true);
    expectOutcome(v, operationValidator(v, 'createRecord', '200'), { id: 'rec-2', kind: 'record' }, true);
    expectOutcome(v, schemaValidator(v, 'Record'), { id: 'rec-3', kind: 'record', $ref: 'only data' }, true);
  });

  test('a default response with application/problem+json and type [integer, "null"]', () => {
    const validate = operationValidator(v, 'createRecord', 'default');
    expectOutcome(v, validate, { title: 'Bad', status: null }, true);
    expectOutcome(v, validate, { title: 'Bad', status: 'x' }, fail('type', '/status'));
  });

  test('a text/plain request is checked; a multipart response has nothing checked', () => {
    expectOutcome(v, operationValidator(v, 'putRecordNote', 'request'), 'a note', true);
    expectOutcome(v, operationValidator(v, 'putRecordNote', 'request'), '', fail('minLength'));
    expectOutcome(v, operationValidator(v, 'putRecordNote', '415'), 'not json', true);
  });
});

describe('component names that need escaping in a JSON pointer and a URI', () => {
  test('Foo~Bar, Foo/Bar (refused by the linter, handled by the emitter) and a dot segment compile and are referenced', async () => {
    const document = parse(readFileSync(fixtures.openapi30, 'utf8')) as OpenApiDocument;
    const schemas = document.components!.schemas!;
    schemas['Tilde~Name'] = { type: 'object', required: ['tilde'], properties: { tilde: { type: 'string' } } };
    schemas['Slash/Name'] = { type: 'integer', maximum: 3 };
    schemas['Percent%Name'] = { type: 'boolean' };
    schemas['..'] = { type: 'integer' }; // a legal component name, and a dot segment in a URI
    schemas.Escaped = {
      type: 'object',
      properties: {
        tilde: { $ref: '#/components/schemas/Tilde~0Name' },
        slash: { $ref: '#/components/schemas/Slash~1Name' },
        percent: { $ref: '#/components/schemas/Percent%25Name' },
        inner: { $ref: '#/components/schemas/Tilde~0Name/properties/tilde' },
        dots: { $ref: '#/components/schemas/..' },
      },
    };
    const v = await buildValidators('escaped-names', document);
    const validate = schemaValidator(v, 'Escaped');
    expectOutcome(v, validate, { tilde: { tilde: 'x' }, slash: 3, percent: true, inner: 'y', dots: 1 }, true);
    expectOutcome(v, validate, { dots: 'one' }, fail('type', '/dots'));
    expectOutcome(v, validate, { tilde: {} }, fail('required', '/tilde'));
    expectOutcome(v, validate, { slash: 4 }, fail('maximum', '/slash'));
    expectOutcome(v, validate, { percent: 'yes' }, fail('type', '/percent'));
    expectOutcome(v, validate, { inner: 1 }, fail('type', '/inner'));
    expectOutcome(v, schemaValidator(v, 'Slash/Name'), 2, true);
  });
});

describe('media types that hold a comment terminator', () => {
  test('a */* body (as Kubernetes documents) leaves validators.d.ts one declaration per validator', async () => {
    const document: OpenApiDocument = {
      openapi: '3.0.3',
      info: { title: 'Any media', version: '1' },
      paths: {
        '/things': {
          put: {
            operationId: 'putThing',
            requestBody: { content: { '*/*': { schema: { type: 'object' } } } },
            responses: { '200': { description: 'ok', content: { '*/*': { schema: { type: 'object' } } } } },
          },
        },
      },
    };
    const declarations = (await emitValidators(document, (await loadDocument(document)).operations)).find((f) => f.path === 'validators.d.ts')!.content;
    const ts = (await import('typescript')).default;
    const parsed = ts.createSourceFile('validators.d.ts', declarations, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    const syntaxErrors = ts.transpileModule(declarations, { reportDiagnostics: true, fileName: 'validators-declarations.ts' }).diagnostics ?? [];
    expect(syntaxErrors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    const functions = parsed.statements.filter(ts.isFunctionDeclaration).map((f) => f.name?.text);
    expect(functions).toEqual(['formatIssues', 'validatePutThingRequest', 'validatePutThingResponse200']);
  });
});

describe('schemas ajv cannot compile are refused with the place and the reason', () => {
  async function refusal(schema: Record<string, unknown>): Promise<string> {
    const { document } = await loadDocument(fixtures.openapi30);
    const broken = structuredClone(document);
    broken.components!.schemas!.Broken = schema;
    const { operations } = await loadDocument(broken);
    try {
      await emitValidators(broken, operations);
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError);
      return (error as SpecError).problems.join('\n');
    }
    throw new Error('emitValidators accepted the schema');
  }

  test('an invalid regular expression in pattern', async () => {
    expect(await refusal({ type: 'string', pattern: '([a-z]' })).toMatch(/^validators: #\/components\/schemas\/Broken\/pattern: "\(\[a-z\]" is not a valid regular expression/);
  });

  test('an invalid regular expression as a patternProperties key', async () => {
    expect(await refusal({ type: 'object', patternProperties: { '*x': { type: 'string' } } })).toMatch(
      /^validators: #\/components\/schemas\/Broken\/patternProperties\/\*x: "\*x" is not a valid regular expression/,
    );
  });

  test('a keyword of the wrong type', async () => {
    expect(await refusal({ type: 'object', properties: { name: { type: 'string', minLength: 'five' } } })).toBe(
      'validators: #/components/schemas/Broken/properties/name/minLength: must be integer',
    );
  });

  test('a reference to nothing', async () => {
    expect(await refusal({ type: 'object', properties: { a: { $ref: '#/components/schemas/Nowhere/properties/x' } } })).toMatch(
      /^validators: #\/components\/schemas\/Broken\/properties\/a\/\$ref: "#\/components\/schemas\/Nowhere\/properties\/x" points at nothing/,
    );
  });
});
