// Valid OpenAPI that is hard on a generator (test/fixtures/odd-corners): as 3.1 and as 3.0 it
// generates, every module type-checks under the strictest compiler flags, the names follow the one
// naming pass, the success types follow the media types, and the client runs one call.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '../../generator/index.js';
import { clientPackage } from '../../generator/package.js';
import { docsDocument } from '../../generator/docs.js';
import { loadSpec } from '../../generator/spec.js';
import { emitTypes } from '../../generator/types.js';
import type { Operation } from '../../generator/openapi.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';
import { startScriptedServer } from '../support/scripted-server.js';
import { strictTypeCheck } from './strict-tsc.js';

const fixture = path.join(root, 'test/fixtures/odd-corners');

/** The fixture as the given OpenAPI version: only the version line differs. */
function fixtureAs(version: string): string {
  const dir = path.join(scratch, 'specs', `odd-corners-${version}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(fixture, dir, { recursive: true });
  const file = path.join(dir, 'openapi.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^openapi: 3\.1\.0$/m, `openapi: ${version}`));
  return file;
}

// What each module must export, by the naming rules of generator/names.ts.
const usage = `
import {
  createOddCornersClient, createOddCornersConnection, paginate, paginatePages, service,
  class_, foo, delete_, createThing, paginate2, promise, fooBar, fooBar2, _2fa, deleteThingsThingId,
  getTags, getText, postText, getBytes, putBytes, postForm, postUrlencoded, postMulti,
  ClassOperation, Paginate2Operation, FooBar2Operation, _2faOperation,
  type ClassInput, type ClassOutput, type FooInput, type FooOutput, type DeleteInput, type FooBar2Output,
  type GetTextOutput, type PostTextOutput, type GetBytesOutput, type PutBytesOutput, type PostFormOutput,
  type PostUrlencodedOutput, type PostMultiOutput, type GetTagsOutput, type _2faOutput, type PromiseOutput,
  type OddCornersClient, type OddCornersClientOptions,
} from './out/client.js';
import { NotFoundException, ValidationError, ValidationError2, Error2, ServiceException } from './out/errors.js';
import type {
  class2, delete2, _3DSecure, FooBar, FooBar2, FooInput2, CreateThingRequest, Record2, Promise2, Error3, Date2,
  paths2, ThingPage, paths, components,
} from './out/types.js';
import {
  validateClass2, isClass2, validateDelete2, validate_3DSecure, validateFooBar, validateFooBar2, isFooInput2,
  validateCreateThingRequest, validateRecord2, validatePromise2, validateError3, validateDate2, validatePaths2,
  validateThingPage, validateFooRequest, validateCreateThingRequest2, formatIssues,
} from './out/validators.js';

type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Success types follow the media type: JSON gives the schema's type, text a string, any other
// media type bytes, no content undefined; several 2xx statuses give the union.
export const checks: true[] = [
  true satisfies Exactly<GetTextOutput, string>,
  true satisfies Exactly<GetBytesOutput, Uint8Array>,
  true satisfies Exactly<PostTextOutput, undefined>,
  true satisfies Exactly<PutBytesOutput, undefined>,
  true satisfies Exactly<_2faOutput, undefined>,
  true satisfies Exactly<PostFormOutput, Error3>,
  true satisfies Exactly<PostUrlencodedOutput, Uint8Array>,
  true satisfies Exactly<PostMultiOutput, FooBar | string | undefined>,
  true satisfies Exactly<GetTagsOutput, string[] | undefined>,
  true satisfies Exactly<ClassOutput, class2>,
  true satisfies Exactly<FooOutput, FooBar2>,
  true satisfies Exactly<FooBar2Output, _3DSecure>,
  true satisfies Exactly<PromiseOutput, { error?: Error3; date?: Date2; promise?: Promise2 }>,
  true satisfies Exactly<Record2, { [key: string]: string }>,
  true satisfies Exactly<FooInput["body"], FooInput2>,
  true satisfies Exactly<ClassInput["path"], { "thing.id": string }>,
];

export const input: ClassInput = { path: { 'thing.id': 'a' }, query: { class: 'x', 'filter[name]': 'y' }, header: { 'X-Trace.Id': 't' } };
// @ts-expect-error the path parameter is required
export const missing: ClassInput = { query: {} };
export const page: DeleteInput = { query: { token: 'next' } };
export const values = [
  createOddCornersConnection, paginate, paginatePages, service, class_, foo, delete_, createThing, paginate2, promise,
  fooBar, fooBar2, _2fa, deleteThingsThingId, getTags, getText, postText, getBytes, putBytes, postForm, postUrlencoded,
  postMulti, ClassOperation, Paginate2Operation, FooBar2Operation, _2faOperation, NotFoundException, ValidationError,
  ValidationError2, Error2, ServiceException, validateClass2, isClass2, validateDelete2, validate_3DSecure,
  validateFooBar, validateFooBar2, isFooInput2, validateCreateThingRequest, validateRecord2, validatePromise2,
  validateError3, validateDate2, validatePaths2, validateThingPage, validateFooRequest, validateCreateThingRequest2,
  formatIssues,
];
export type Types = [delete2, CreateThingRequest, paths2, ThingPage, paths, components, OddCornersClientOptions];
export const client: OddCornersClient = createOddCornersClient({ endpoint: 'http://127.0.0.1:1' });
export const methods = [client.class_, client.delete_, client.paginate2, client.fooBar, client.fooBar2, client._2fa, client.options, client.connection];
export const errorClasses: (typeof ServiceException)[] = [NotFoundException, ValidationError2, Error2];
`;

describe.each(['3.1.0', '3.0.3'])('the odd-corners fixture as OpenAPI %s', (version) => {
  const dir = path.join(scratch, `odd-corners-${version}`);
  const out = path.join(dir, 'out');
  let spec: string;

  beforeAll(async () => {
    spec = fixtureAs(version);
    const files = await generate(spec);
    rmSync(dir, { recursive: true, force: true });
    for (const file of files) {
      mkdirSync(path.dirname(path.join(out, file.path)), { recursive: true });
      writeFileSync(path.join(out, file.path), file.content);
    }
  });

  test('type-checks under tsc --strict with exactOptionalPropertyTypes, noUncheckedIndexedAccess, noPropertyAccessFromIndexSignature and noImplicitOverride, names and success types as documented', async () => {
    // The docs' TypeScript samples use the same names; those that need no body are runnable as printed.
    const { document, operations } = await loadSpec(spec);
    const docs = docsDocument(document, operations);
    const packageName = clientPackage(document, spec).name;
    const samples: Record<string, string> = {};
    for (const operation of operations) {
      if (operation.requestBody?.required) continue;
      const target = docs.paths![operation.path]![operation.method] as Operation;
      const sample = (target['x-codeSamples'] as { lang: string; source: string }[]).find((s) => s.lang === 'TypeScript')!;
      // The samples import the client's package, whose entry is the generated index.ts.
      expect(sample.source).toContain(`from '${packageName}';`);
      samples[`sample-${operation.methodName}.ts`] = `${sample.source.replace(`from '${packageName}';`, "from './out/index.js';")}\nexport {};\n`;
    }
    expect(Object.keys(samples)).toEqual(expect.arrayContaining(['sample-class_.ts', 'sample-delete_.ts', 'sample-paginate2.ts', 'sample-_2fa.ts']));
    const { status, output } = strictTypeCheck(dir, { 'usage.ts': usage, ...samples });
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  test('the client module imports and calls a local server with the spec’s own parameter names', async () => {
    const server = await startScriptedServer([{ status: 200, body: { id: 'a', tags: ['x'] } }, { status: 204, body: '' }, { status: 204, body: '' }]);
    try {
      const module = (await import(path.join(out, 'client.ts'))) as {
        createOddCornersClient(options: { endpoint: string }): { class_(input: object): Promise<unknown>; options(): Promise<unknown>; connection(): Promise<unknown> };
      };
      const client = module.createOddCornersClient({ endpoint: `${server.url}/v1` });
      await expect(
        client.class_({ path: { 'thing.id': 'a b' }, query: { class: 'x', 'filter[name]': 'y' }, header: { 'X-Trace.Id': 't' } }),
      ).resolves.toEqual({ id: 'a', tags: ['x'] });
      const [request] = server.requests;
      const url = new URL(request!.url, server.url);
      expect(request!.method).toBe('GET');
      expect(url.pathname).toBe('/v1/things/a%20b');
      expect(Object.fromEntries(url.searchParams)).toEqual({ class: 'x', 'filter[name]': 'y' });
      expect(request!.headers['x-trace.id']).toBe('t');
      // Methods named like the client factory's own parameter and connection still call themselves.
      await client.options();
      await client.connection();
      expect(server.requests.slice(1).map((r) => `${r.method} ${r.url}`)).toEqual(['GET /v1/options', 'GET /v1/connection']);
    } finally {
      await server.close();
    }
  });

  test('comments stay comments: no `*/` from the spec ends one early', () => {
    for (const file of ['client.ts', 'errors.ts', 'types.ts', 'validators.d.ts']) {
      const text = readFileSync(path.join(out, file), 'utf8');
      // Every comment closes where it should: outside comments, no text is left from the spec.
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(code).not.toMatch(/with a comment end|ends a comment|Comments end with/);
    }
  });
});

describe('a nullable schema made required by a composition (OpenAPI 3.0)', () => {
  const dir = path.join(scratch, 'nullable-base');
  const out = path.join(dir, 'out');

  test('type-checks under the strictest flags, with the required properties required', async () => {
    // types.ts alone: it imports nothing, and nothing else of the output is at stake here.
    const { document, operations } = await loadSpec(path.join(root, 'test/fixtures/nullable-base/openapi.yaml'));
    const [types] = await emitTypes(document, operations);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'types.ts'), types!.content);
    const { status, output } = strictTypeCheck(dir, {
      'usage.ts': [
        "import type { ScheduleRequest } from './out/types.js';",
        "export const schedule: ScheduleRequest = { start: '2025-01-01', interval: 'weekly' };",
        '// @ts-expect-error interval is required',
        "export const partial: ScheduleRequest = { start: '2025-01-01' };",
        '',
      ].join('\n'),
    });
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
