// The naming pass (generator/names.ts): every exported identifier of the output, from one
// namespace, by fixed rules; and the document given to openapi-typescript is left as it was.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emitTypes } from '../../generator/types.js';
import { outputNames, type NamedOperation } from '../../generator/names.js';
import type { OpenApiDocument } from '../../generator/openapi.js';
import { loadSpec } from '../../generator/spec.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';

function documentWith(schemas: string[], title = 'Shop API'): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title, version: '1' },
    paths: {},
    components: { schemas: Object.fromEntries(schemas.map((name) => [name, { type: 'object' }])) },
  };
}

function operation(operationId: string, extra: Partial<NamedOperation> = {}): NamedOperation {
  return { operationId, responses: [], errors: [], ...extra };
}

describe('outputNames', () => {
  test('keeps valid identifiers as the spec spells them and builds the others from their words', () => {
    const ops = [operation('list-pets'), operation('GetPet'), operation('repos/get-content')];
    const names = outputNames(documentWith(['Pet', 'pet_tag', 'order-item', 'v1.Status']), ops);
    expect(['Pet', 'pet_tag', 'order-item', 'v1.Status'].map(names.schemaType)).toEqual(['Pet', 'pet_tag', 'OrderItem', 'V1Status']);
    expect(ops.map((o) => [names.operation(o).method, names.operation(o).type])).toEqual([
      ['listPets', 'ListPets'],
      ['getPet', 'GetPet'],
      ['reposGetContent', 'ReposGetContent'],
    ]);
  });

  test('gives operations a method, three types and validators', () => {
    const ops = [
      operation('list-pets', { responses: [{ status: '200', schema: {}, contentType: 'application/json' }] }),
      operation('CreatePet', { requestBody: { schema: {} }, responses: [{ status: '201', schema: {}, contentType: 'application/json' }, { status: '204' }] }),
    ];
    const names = outputNames(documentWith([]), ops);
    expect(names.operation(ops[0]!)).toEqual({
      method: 'listPets',
      type: 'ListPets',
      input: 'ListPetsInput',
      output: 'ListPetsOutput',
      descriptor: 'ListPetsOperation',
      responseValidators: { 200: 'validateListPetsResponse200' },
    });
    expect(names.operation(ops[1]!)).toMatchObject({ method: 'createPet', requestValidator: 'validateCreatePetRequest', responseValidators: { 201: 'validateCreatePetResponse201' } });
  });

  test('reserved words get a `_` suffix and leading digits a `_` prefix', () => {
    const ops = [operation('delete'), operation('2fa'), operation('class')];
    const names = outputNames(documentWith(['default', '3DSecure', 'string']), ops);
    expect(ops.map((o) => names.operation(o).method)).toEqual(['delete_', '_2fa', 'class_']);
    expect(names.operation(ops[1]!).input).toBe('_2faInput');
    expect(['default', '3DSecure', 'string'].map(names.schemaType)).toEqual(['default_', '_3DSecure', 'string_']);
  });

  test('a name taken once made an identifier gets the first free number; the verbatim spelling keeps the plain name whatever the order', () => {
    const ops = [operation('Foo-Bar'), operation('FooBar'), operation('foo_bar')];
    const names = outputNames(documentWith(['Foo-Bar', 'FooBar', 'Foo.Bar']), ops);
    expect(ops.map((o) => names.operation(o).method)).toEqual(['fooBar2', 'fooBar', 'fooBar3']);
    expect(ops.map((o) => names.operation(o).input)).toEqual(['FooBar2Input', 'FooBarInput', 'FooBar3Input']);
    expect(['Foo-Bar', 'FooBar', 'Foo.Bar'].map(names.schemaType)).toEqual(['FooBar2', 'FooBar', 'FooBar3']);
  });

  test('nothing shadows what the output declares or the globals it refers to', () => {
    const ops = [
      operation('paginate'),
      operation('createConnection'),
      operation('Foo', { requestBody: { schema: {} } }),
      operation('CreateThing', { requestBody: { schema: {} } }),
      operation('get', { errors: [{ componentName: 'ValidationError' }, { componentName: 'Error' }, { componentName: 'NotFound' }] }),
    ];
    const document = documentWith(['Record', 'Promise', 'Error', 'Date', 'paths', 'operations', 'FooInput', 'CreateThingRequest', 'ServiceException']);
    const names = outputNames(document, ops);
    expect(ops.slice(0, 2).map((o) => names.operation(o).method)).toEqual(['paginate2', 'createConnection2']);
    expect(['ValidationError', 'Error', 'NotFound'].map(names.errorClass)).toEqual(['ValidationError2', 'Error2', 'NotFoundException']);
    expect(['Record', 'Promise', 'Error', 'Date', 'paths', 'operations', 'FooInput', 'ServiceException'].map(names.schemaType)).toEqual([
      'Record2', 'Promise2', 'Error3', 'Date2', 'paths2', 'operations2', 'FooInput2', 'ServiceException2',
    ]);
    // The schema keeps its validator's plain name; the operation's request validator gives way.
    expect(names.schemaValidators('CreateThingRequest')).toEqual({ validate: 'validateCreateThingRequest', guard: 'isCreateThingRequest' });
    expect(names.operation(ops[3]!).requestValidator).toBe('validateCreateThingRequest2');
    expect(names.schemaValidators('paths')).toEqual({ validate: 'validatePaths2', guard: 'isPaths2' });
  });

  test('the client is named after x-client-name or the title, safely', () => {
    expect(outputNames(documentWith([], 'Petstore API'), []).client).toEqual({
      clientName: 'Petstore',
      createClient: 'createPetstoreClient',
      createConnection: 'createPetstoreConnection',
      clientType: 'PetstoreClient',
      optionsType: 'PetstoreClientOptions',
      sampleVariable: 'petstore',
    });
    expect(outputNames(documentWith([], '3D */ Printing API'), []).client.clientType).toBe('_3DPrintingClient');
    expect(outputNames(documentWith([], 'Delete'), []).client.sampleVariable).toBe('deleteClient');
    expect(outputNames(documentWith([], '接口'), []).client.createClient).toBe('createApiClient');
    // An operation cannot take the client's own names.
    const ops = [operation('createShopClient')];
    expect(outputNames(documentWith([]), ops).operation(ops[0]!).method).toBe('createShopClient2');
  });

  test('locals never take an exported name, and each module counts its own', () => {
    const ops = [operation('documentedErrors')];
    const names = outputNames(documentWith([]), ops);
    const local = names.locals();
    expect([local('documentedErrors'), local('documentedErrors')]).toEqual(['documentedErrors2', 'documentedErrors3']);
    expect(names.locals()('documentedErrors')).toBe('documentedErrors2');
  });

  test('the same input gives the same names', () => {
    const make = () => {
      const ops = [operation('Foo-Bar'), operation('FooBar'), operation('delete')];
      const names = outputNames(documentWith(['Foo-Bar', 'FooBar', 'class', 'Record']), ops);
      return [...ops.map((o) => names.operation(o)), ...['Foo-Bar', 'FooBar', 'class', 'Record'].map(names.schemaType)];
    };
    expect(make()).toEqual(make());
  });
});

test('two operationIds that give the same method name both get a method: the later spelling a number', async () => {
  const dir = path.join(scratch, 'specs', 'same-method-name');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, 'test/fixtures/petstore'), dir, { recursive: true });
  const file = path.join(dir, 'openapi.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('operationId: deletePet', 'operationId: get_pet'));
  const { operations } = await loadSpec(file);
  expect(operations.filter((o) => o.path === '/pets/{petId}').map((o) => [o.operationId, o.methodName, o.typeName])).toEqual([
    ['getPet', 'getPet', 'GetPet'],
    ['get_pet', 'getPet2', 'GetPet2'],
  ]);
});

describe('emitTypes', () => {
  test('leaves the document as it was, though openapi-typescript adds discriminator enums to what it is given', async () => {
    const document: OpenApiDocument = {
      openapi: '3.1.0',
      info: { title: 'Pets', version: '1' },
      paths: {},
      components: {
        schemas: {
          Pet: { type: 'object', required: ['petType'], properties: { petType: { type: 'string' } }, discriminator: { propertyName: 'petType', mapping: { cat: '#/components/schemas/Cat' } } },
          Cat: { allOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'object', properties: { meows: { type: 'boolean' } } }] },
        },
      },
    };
    const before = structuredClone(document);
    const [types] = await emitTypes(document, []);
    expect(types!.content).toContain('petType: "cat"');
    expect(document).toEqual(before);
  });
});
