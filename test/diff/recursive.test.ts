// Cycle safety: schemas that refer to themselves, directly and through another schema, are compared
// once per operation and direction, and the compiler check's lost-property search stops too.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compilerCheck } from '../../generator/diff/compiler-check.js';
import { compareSpecs } from '../../generator/diff/index.js';
import { loadSpec } from '../../generator/spec.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';

const base = path.join(root, 'test/fixtures/diff/recursive/openapi.yaml');

function edited(replace: [string, string][]): string {
  const dir = path.join(scratch, 'diff-recursive');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.dirname(base), dir, { recursive: true });
  let text = readFileSync(base, 'utf8');
  for (const [from, to] of replace) {
    if (!text.includes(from)) throw new Error(`no ${from} in the fixture`);
    text = text.replace(from, to);
  }
  writeFileSync(path.join(dir, 'openapi.yaml'), text);
  return path.join(dir, 'openapi.yaml');
}

test('a change deep in a recursive schema is found once per operation and direction, and the compiler agrees', async () => {
  // Branch.weight (reached through Node.parent) becomes a string.
  const head = edited([['        weight:\n          type: integer', '        weight:\n          type: string']]);
  const { report, found } = compareSpecs(await loadSpec(base), await loadSpec(head));
  const pointer = '#/components/schemas/Branch/properties/weight/type';
  expect(report.changes.map(({ level, kind, operationId, pointer }) => ({ level, kind, operationId, pointer }))).toEqual([
    { level: 'major', kind: 'response-type-changed', operationId: 'GetTree', pointer },
    { level: 'major', kind: 'request-type-changed', operationId: 'PutTree', pointer },
    { level: 'major', kind: 'response-type-changed', operationId: 'PutTree', pointer },
  ]);
  expect(found.every((c) => c.compilerSees)).toBe(true);

  const verdict = await compilerCheck(base, head, path.join(scratch, 'diff-recursive-compile'));
  expect([...verdict.keys()].sort()).toEqual(['GetTree', 'PutTree']);
});

test('a property removed from a recursive schema: reported in both directions, and the compiler sees it', async () => {
  const head = edited([['        parent:\n          $ref: \'#/components/schemas/Branch\'\n', '']]);
  const { report } = compareSpecs(await loadSpec(base), await loadSpec(head));
  expect(report.level).toBe('major');
  expect(new Set(report.changes.map((c) => `${c.kind} ${c.pointer}`))).toEqual(
    new Set(['response-property-removed #/components/schemas/Node/properties/parent', 'request-property-removed #/components/schemas/Node/properties/parent']),
  );
  const verdict = await compilerCheck(base, head, path.join(scratch, 'diff-recursive-compile'));
  expect(verdict.get('GetTree')?.join('\n')).toContain('.parent');
  expect(verdict.get('PutTree')?.join('\n')).toContain('.body.parent');
});

test('renaming the client (its title, without x-client-name) is major, and the compiler agrees', async () => {
  const head = edited([['  title: Tree API', '  title: Forest API']]);
  const { report } = compareSpecs(await loadSpec(base), await loadSpec(head));
  expect(report.changes.map(({ level, kind, pointer }) => ({ level, kind, pointer }))).toEqual([
    { level: 'major', kind: 'client-renamed', pointer: '#/info/title' },
  ]);
  const verdict = await compilerCheck(base, head, path.join(scratch, 'diff-recursive-compile'));
  expect([...verdict.keys()]).toContain('#client');
  expect(verdict.get('#client')?.join('\n')).toMatch(/TreeClient/);
});
