// Generation makes no network request at all: example values that hold a `$ref` key are data (never
// resolved, never fetched) and a remote `$ref` is refused where it stands. A local server counts
// every request that reaches it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lintProblems } from '../../scripts/lint.js';
import { scratch } from '../support/tsc.js';
import { run, STACK_TRACE } from './cli.js';

let server: Server;
let origin: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    response.setHeader('content-type', 'application/json');
    response.end('{"type": "string"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

beforeEach(() => void (hits.length = 0));

/** An OpenAPI 3.1 document with a `$ref` to the local server in every place an example value can be. */
function specWithDataRefs(): string {
  const ref = (name: string) => JSON.stringify({ $ref: `${origin}/${name}` });
  const yaml = `openapi: 3.1.0
info: {title: Data refs, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - name: filter
          in: query
          schema: {type: object, default: ${ref('parameter-default')}}
          example: ${ref('parameter-example')}
      responses:
        '200':
          description: ok
          headers:
            X-Thing:
              schema: {type: object}
              example: ${ref('header-example')}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
              example: ${ref('media-example')}
              examples:
                one:
                  summary: a value that looks like a reference
                  value: ${ref('examples-value')}
                two:
                  summary: an external value, not fetched either
                  externalValue: ${origin}/external-value
components:
  schemas:
    Thing:
      type: object
      example: ${ref('schema-example')}
      examples: [${ref('schema-examples')}]
      default: ${ref('schema-default')}
      properties:
        fixed: {const: ${ref('schema-const')}}
        choice: {enum: [${ref('schema-enum')}]}
`;
  const dir = path.join(scratch, 'specs', 'data-refs');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'openapi.yaml'), yaml);
  return path.join(dir, 'openapi.yaml');
}

test('example values that hold a $ref are kept as data and nothing is fetched', async () => {
  const spec = specWithDataRefs();
  const out = path.join(scratch, 'data-refs-out');
  rmSync(out, { recursive: true, force: true });
  const { code, stderr } = await run(['--spec', spec, '--out', out]);
  expect(stderr).not.toMatch(STACK_TRACE);
  expect(hits).toEqual([]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const bundled = readFileSync(path.join(out, 'openapi.json'), 'utf8');
  for (const name of ['parameter-example', 'media-example', 'examples-value', 'schema-example', 'schema-default', 'schema-const']) {
    expect(bundled).toContain(`"$ref": "${origin}/${name}"`);
  }
});

test('npm run lint fetches nothing either', async () => {
  await lintProblems(specWithDataRefs());
  expect(hits).toEqual([]);
});

// Redocly follows references in extensions (x-codeSamples from a file); one to a URL is refused too.
test.each([
  ['in a schema', "schema: {$ref: '#/components/schemas/Thing'}", (url: string) => `schema: {$ref: '${url}'}`, /#\/paths\/~1things\/get\/responses\/200\/content\/application~1json\/schema/],
  ['in an extension', '      type: object\n', (url: string) => `      type: object\n      x-sample: {$ref: '${url}'}\n`, /#\/components\/schemas\/Thing\/x-sample/],
])('a $ref to a URL %s is refused with its place, and not fetched', async (_where, find, replace, pointer) => {
  const spec = specWithDataRefs();
  writeFileSync(spec, readFileSync(spec, 'utf8').replace(find, () => replace(`${origin}/remote.yaml`)));
  const out = path.join(scratch, 'remote-ref-out');
  rmSync(out, { recursive: true, force: true });
  const { code, stderr } = await run(['--spec', spec, '--out', out]);
  expect(code).toBe(1);
  expect(stderr).toMatch(new RegExp(`openapi\\.yaml${pointer.source}: Can't resolve \\$ref: http://127\\.0\\.0\\.1:\\d+/remote\\.yaml is remote`));
  expect(hits).toEqual([]);
});
