// Deprecated operations, as readers see them: the docs put the end-of-support date and note at the
// top of the operation's description and list every deprecated operation in a table of the
// introduction; the client's JSDoc says @deprecated with the same date and note. A malformed
// x-end-of-support is refused with its place.
import { parse as parseYaml } from 'yaml';
import { DOCS_SPEC, docsDocument } from '../../generator/docs.js';
import { generate } from '../../generator/index.js';
import { resolve, type OpenApiDocument, type Operation } from '../../generator/openapi.js';
import { loadSpec, SpecError } from '../../generator/spec.js';
import { editedSpec } from '../diff/support.js';
import { root } from '../support/spec.js';

const NOTE = 'Applications move to the new service; read them there.';

describe('a spec with deprecated operations', () => {
  let docs: OpenApiDocument;
  let client: string;

  beforeAll(async () => {
    const spec = editedSpec('deprecations', [
      { file: 'paths/app.yaml', set: '/get/deprecated', value: true },
      { file: 'paths/app.yaml', set: '/get/x-end-of-support', value: { date: '2026-10-30', note: NOTE } },
      { file: 'paths/app.yaml', set: '/delete/deprecated', value: true },
    ]);
    const files = new Map((await generate(spec)).map((f) => [f.path, f.content]));
    docs = parseYaml(files.get(DOCS_SPEC)!) as OpenApiDocument;
    client = files.get('client.ts')!;
  });

  const operation = (method: 'get' | 'delete') => resolve(docs, docs.paths!['/v1/apps/{application-id}']!)[method] as Operation;

  test("the docs say the date and the note first in the operation's description", () => {
    expect(operation('get').description).toMatch(new RegExp(`^\\*\\*Deprecated: end of support on 2026-10-30\\.\\*\\* ${NOTE.replace(/[.;]/g, '\\$&')}\\n\\nReads one application`));
    expect(operation('get').deprecated).toBe(true);
    expect(operation('delete').description).toMatch(/^\*\*Deprecated\.\*\*\n\nDeletes/);
  });

  test('the introduction lists them in a table, by resource', () => {
    const intro = docs.info.description as string;
    const section = intro.slice(intro.indexOf('## Deprecated operations'));
    const deprecated = Object.values(docs.paths!).flatMap((item) => Object.values(item).filter((o) => (o as Operation | undefined)?.deprecated === true));
    expect(deprecated.length).toBeGreaterThanOrEqual(2);
    expect(section).toContain(`${deprecated.length} of the 69 operations are deprecated`);
    expect(section).toContain('| resource | operations | end of support | note |\n|---|---|---|---|');
    expect(section).toContain(`| App | \`getApp\` | 2026-10-30 | ${NOTE} |`);
    expect(section).toContain('| App | `deleteApp` | — | — |');
  });

  test("the client's JSDoc says @deprecated with the date and the note", () => {
    expect(client).toContain(`   * @deprecated End of support on 2026-10-30: ${NOTE}\n`);
    expect(client).toMatch(/DELETE \/v1\/apps\/\{application-id\}[^]*?@deprecated\n/);
  });
});

test('a spec without deprecated operations gets no such section', async () => {
  const { document, operations } = await loadSpec(`${root}/test/fixtures/petstore/openapi.yaml`);
  expect(docsDocument(document, operations).info.description).not.toContain('Deprecated operations');
});

describe('a malformed x-end-of-support is refused where it is', () => {
  test.each([
    ['no date', { note: NOTE }, 'expected { date: YYYY-MM-DD, note: text }'],
    ['a date that is not one', { date: '2026-13-01', note: NOTE }, 'expected { date: YYYY-MM-DD, note: text }'],
    ['no note', { date: '2026-10-30' }, 'expected { date: YYYY-MM-DD, note: text }'],
  ])('%s', async (name, value, reason) => {
    const spec = editedSpec(`deprecations-${name.replace(/\W+/g, '-')}`, [
      { file: 'paths/app.yaml', set: '/get/deprecated', value: true },
      { file: 'paths/app.yaml', set: '/get/x-end-of-support', value },
    ]);
    const error = await generate(spec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).problems).toEqual([`#/paths/~1v1~1apps~1{application-id}/get/x-end-of-support: ${reason}`]);
  });

  test('on an operation that is not deprecated', async () => {
    const spec = editedSpec('deprecations-not-deprecated', [
      { file: 'paths/app.yaml', set: '/get/deprecated', value: false },
      { file: 'paths/app.yaml', set: '/get/x-end-of-support', value: { date: '2026-10-30', note: NOTE } },
    ]);
    const error = (await generate(spec).catch((e: unknown) => e)) as SpecError;
    expect(error.problems).toEqual(['#/paths/~1v1~1apps~1{application-id}/get/x-end-of-support: the operation is not `deprecated: true`']);
  });
});
