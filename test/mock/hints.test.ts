// The mock spec's data hints: derived from the spec by the generator, present for every plain
// property, valid for the property they sit on, and invisible to validation. The spec itself
// stays free of them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { FAKER_OPTIONS, mockDocument } from '../../generator/mock.js';
import { HTTP_METHODS, type JsonObject, type OpenApiDocument } from '../../generator/openapi.js';
import { document, root } from '../support/spec.js';

// ajv is CommonJS: loaded the way it was built to be loaded, as the generator does.
const require = createRequire(import.meta.url);
const { default: Ajv2020 } = require('ajv/dist/2020') as typeof import('ajv/dist/2020.js');
const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');

const mockSpec = JSON.parse(readFileSync(path.join(root, 'generated/mock/openapi.json'), 'utf8')) as OpenApiDocument;
const MOCK_ONLY = ['x-json-schema-faker', 'x-faker', 'faker', 'patternProperties'];

interface Node {
  at: string;
  schema: JsonObject;
}

/** Every schema object under components/schemas, with its JSON pointer. */
function schemaNodes(spec: OpenApiDocument): Node[] {
  const found: Node[] = [];
  const walk = (schema: unknown, at: string) => {
    if (typeof schema !== 'object' || schema === null) return;
    const node = schema as JsonObject;
    found.push({ at, schema: node });
    for (const [name, property] of Object.entries((node.properties ?? {}) as Record<string, unknown>)) walk(property, `${at}/properties/${name}`);
    for (const [pattern, value] of Object.entries((node.patternProperties ?? {}) as Record<string, unknown>)) walk(value, `${at}/patternProperties/${pattern}`);
    walk(node.items, `${at}/items`);
    walk(node.additionalProperties, `${at}/additionalProperties`);
  };
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) walk(schema, `#/components/schemas/${name}`);
  return found;
}

const isPlain = (schema: JsonObject) =>
  !schema.$ref && !schema.enum && ['string', 'integer', 'number'].includes(schema.type as string);

test('the spec carries no mock-only keywords: no hints, faker options or key patterns', () => {
  expect(Object.keys(document).filter((k) => MOCK_ONLY.includes(k))).toEqual([]);
  const marked = schemaNodes(document).filter(({ schema }) => 'examples' in schema || MOCK_ONLY.some((k) => k in schema));
  expect(marked.map((n) => n.at)).toEqual([]);
});

test('the mock spec is the spec plus hints, key patterns, the faker options, the bare 422 and unsigned access', () => {
  expect(mockSpec['x-json-schema-faker']).toEqual(FAKER_OPTIONS);
  const stripped = structuredClone(mockSpec);
  delete stripped['x-json-schema-faker'];
  for (const { schema } of schemaNodes(stripped)) {
    delete schema.examples;
    // A key pattern must give its keys the schema every other key has, or validation would change.
    for (const value of Object.values((schema.patternProperties ?? {}) as Record<string, unknown>)) expect(value).toEqual(schema.additionalProperties);
    delete schema.patternProperties;
  }
  stripped.security = (stripped.security as object[]).filter((s) => Object.keys(s).length > 0);
  for (const item of Object.values(stripped.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation?.responses) continue;
      expect(operation.responses['422']).toEqual({ description: expect.stringMatching(/^Mock only/) });
      delete operation.responses['422'];
    }
  }
  expect(stripped).toEqual(document);
});

test('every plain property and every map of the spec has a hint', () => {
  const nodes = schemaNodes(mockSpec);
  const missing = nodes
    .filter(({ at, schema }) => {
      if (/\/(patternProperties|additionalProperties)/.test(at.split('/properties/').pop()!)) return false;
      if (isPlain(schema)) return !('examples' in schema) && schema.format !== 'byte';
      const isMap = schema.type === 'object' && !schema.properties && typeof schema.additionalProperties === 'object';
      return isMap && !('examples' in schema) && !('patternProperties' in schema);
    })
    .map((n) => n.at);
  expect(nodes.filter(({ schema }) => 'examples' in schema).length).toBeGreaterThan(400);
  expect(missing).toEqual([]);
});

test('every hint is valid for the schema it sits on', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const invalid: string[] = [];
  for (const { at, schema } of schemaNodes(mockSpec)) {
    const hints = schema.examples as unknown[] | undefined;
    if (!hints) continue;
    expect(hints.length).toBeGreaterThan(0);
    const { examples: _, ...rest } = schema;
    const validate = ajv.compile(rest);
    for (const hint of hints) if (!validate(hint)) invalid.push(`${at}: ${JSON.stringify(hint)} ${ajv.errorsText(validate.errors)}`);
  }
  expect(invalid).toEqual([]);
});

test('hints follow the spec: a property added to the spec gets hints by its name, type and format', () => {
  const changed = structuredClone(document);
  const app = changed.components!.schemas!.ApplicationResponse as { properties: Record<string, JsonObject> };
  app.properties.PhoneNumber = { type: 'string' };
  app.properties.LaunchedAt = { type: 'string', format: 'date-time' };
  app.properties.PromoCode = { type: 'string' };
  app.properties.SeatCount = { type: 'integer' };
  const hinted = (mockDocument(changed).components!.schemas!.ApplicationResponse as { properties: Record<string, JsonObject> }).properties;
  expect((hinted.PhoneNumber!.examples as string[]).every((p) => /^\+[1-9]\d{7,14}$/.test(p))).toBe(true);
  expect((hinted.LaunchedAt!.examples as string[]).every((d) => !Number.isNaN(Date.parse(d)))).toBe(true);
  expect(hinted.PromoCode!.examples).toEqual(['promo-code-1', 'promo-code-2', 'promo-code-3', 'promo-code-4']);
  expect((hinted.SeatCount!.examples as number[]).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
  expect(JSON.stringify(mockDocument(changed))).toBe(JSON.stringify(mockDocument(changed)));
});

test('a property whose schema constrains its values keeps json-schema-faker data, not hints', () => {
  const changed = structuredClone(document);
  const app = changed.components!.schemas!.ApplicationResponse as { properties: Record<string, JsonObject> };
  app.properties.Name = { type: 'string', maxLength: 3 };
  const hinted = (mockDocument(changed).components!.schemas!.ApplicationResponse as { properties: Record<string, JsonObject> }).properties;
  expect(hinted.Name).toEqual({ type: 'string', maxLength: 3 });
});
