// A discriminator mapping is a reference: after bundling, one that names nothing in the document
// points at a file or a URL, which openapi-typescript would try to read or fetch while writing the
// types. Such a document is refused with the place of each mapping, before anything is read; so is
// a local `$ref` to nothing inside an extension, which Prism would fail on.
import { collectOperations } from '../../generator/operations.js';
import type { OpenApiDocument } from '../../generator/openapi.js';
import { SpecError } from '../../generator/errors.js';

const pet = (mapping: Record<string, string>) => ({
  type: 'object',
  required: ['kind'],
  properties: { kind: { type: 'string' } },
  discriminator: { propertyName: 'kind', mapping },
});

const document: OpenApiDocument = {
  openapi: '3.0.3',
  info: { title: 'Pets', version: '1' },
  paths: {
    '/pets': {
      get: {
        operationId: 'getPets',
        responses: { '200': { description: 'A pet.', content: { 'application/json': { schema: pet({ cat: 'models/cat.yml', dog: '#/components/schemas/Dog' }) } } } },
      },
    },
  },
  components: {
    schemas: {
      Dog: { type: 'object', example: { discriminator: { mapping: { no: 'data, not a mapping' } } } },
      Pet: pet({ dog: 'Dog', fox: 'Fox', bird: 'https://example.invalid/bird.json', hen: '#/components/schemas/Hen' }),
    },
  },
};

/** The problems collectOperations refuses a document with (it must refuse it). */
function problemsOf(refused: OpenApiDocument): string[] {
  let thrown: unknown;
  try {
    collectOperations(refused);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(SpecError);
  return (thrown as SpecError).problems;
}

test('mappings to a file, a URL or a missing schema are refused, each with its place', () => {
  expect(problemsOf(document)).toEqual([
    '#/components/schemas/Pet/discriminator/mapping/bird: the discriminator maps to "https://example.invalid/bird.json", which is no schema of this document',
    '#/components/schemas/Pet/discriminator/mapping/fox: the discriminator maps to "Fox", which is no schema of this document',
    '#/components/schemas/Pet/discriminator/mapping/hen: the discriminator maps to "#/components/schemas/Hen", which is no schema of this document',
    '#/paths/~1pets/get/responses/200/content/application~1json/schema/discriminator/mapping/cat: the discriminator maps to "models/cat.yml", which is no schema of this document',
  ]);
});

test('mappings by schema name or local reference are accepted', () => {
  const fine = structuredClone(document);
  fine.components!.schemas!.Pet = pet({ dog: 'Dog', also: '#/components/schemas/Dog' });
  (fine.paths!['/pets']!.get!.responses!['200'] as { content: Record<string, { schema: object }> }).content['application/json']!.schema = { $ref: '#/components/schemas/Pet' };
  expect(collectOperations(fine).map((o) => o.methodName)).toEqual(['getPets']);
});

// Extensions are not linted, but the mock's spec keeps them, and Prism resolves every `$ref` in it.
test('a local $ref inside an extension that names nothing is refused with its place; one that resolves, and example data, are not', () => {
  const withExtensions = structuredClone(document);
  const schemas = withExtensions.components!.schemas!;
  schemas.Pet = pet({ dog: 'Dog' });
  schemas.Dog = {
    type: 'object',
    'x-expansionResources': { oneOf: [{ $ref: '#/components/schemas/customer_gone' }, { $ref: '#/components/schemas/Pet' }] },
    example: { 'x-data': { $ref: '#/not/a/reference' } },
  };
  (withExtensions.paths!['/pets']!.get!.responses!['200'] as { content: Record<string, { schema: object }> }).content['application/json']!.schema = { $ref: '#/components/schemas/Pet' };
  expect(problemsOf(withExtensions)).toEqual([
    '#/components/schemas/Dog/x-expansionResources/oneOf/0/$ref: $ref "#/components/schemas/customer_gone" names nothing in this document (an extension, kept in the mock\'s spec: Prism could not load it)',
  ]);
  (schemas.Dog as { 'x-expansionResources': { oneOf: unknown[] } })['x-expansionResources'].oneOf.shift();
  expect(collectOperations(withExtensions).map((o) => o.methodName)).toEqual(['getPets']);
});
