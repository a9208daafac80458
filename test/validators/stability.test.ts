// validators.js diffs line by line: the same spec gives the same bytes, the module is one statement a
// line, a one-property change to one schema changes a few lines of that schema only, and a change to
// documentation alone changes nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSpec } from '../../generator/spec.js';
import { emitValidators } from '../../generator/validators.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';

const work = path.join(scratch, 'validators-stability');
// What validators.js weighed as one line, before it was laid out (for the size budget below).
const ONE_LINE_BYTES = 571_028;

async function validatorsFor(specRoot: string): Promise<string> {
  const { document, operations } = await loadSpec(specRoot);
  return (await emitValidators(document, operations)).find((f) => f.path === 'validators.js')!.content;
}

/** validators.js of a copy of spec/ with one schema file edited. */
async function validatorsAfterEdit(label: string, schemaFile: string, from: string, to: string): Promise<string> {
  const dir = path.join(work, label);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, 'spec'), dir, { recursive: true });
  const file = path.join(dir, 'components/schemas', schemaFile);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
  return validatorsFor(path.join(dir, 'openapi.yaml'));
}

/** `git diff` between two versions: the changed lines, and how many were added and removed. */
function lineDiff(label: string, before: string, after: string): { added: number; removed: number; changedCharacters: number; text: string } {
  mkdirSync(work, { recursive: true });
  const a = path.join(work, `${label}.before.js`);
  const b = path.join(work, `${label}.after.js`);
  writeFileSync(a, before);
  writeFileSync(b, after);
  const numstat = spawnSync('git', ['diff', '--no-index', '--numstat', a, b], { encoding: 'utf8' }).stdout;
  const [added = '0', removed = '0'] = numstat.trim().split(/\s+/);
  const text = spawnSync('git', ['diff', '--no-index', '--unified=0', a, b], { encoding: 'utf8' }).stdout;
  const changed = text.split('\n').filter((l) => /^[+-](?![+-]{2} )/.test(l));
  return { added: Number(added), removed: Number(removed), changedCharacters: changed.reduce((n, l) => n + l.length, 0), text };
}

let original: string;
beforeAll(async () => {
  original = await validatorsFor(path.join(root, 'spec/openapi.yaml'));
});

test('the same spec gives the same bytes, and they are the committed ones', async () => {
  expect(await validatorsFor(path.join(root, 'spec/openapi.yaml'))).toBe(original);
  expect(readFileSync(path.join(root, 'generated/validators.js'), 'utf8')).toBe(original);
});

test('one statement a line, of a readable length, and a reasonable size', () => {
  const lines = original.split('\n');
  expect(lines.length).toBeGreaterThan(10_000);
  const longest = Math.max(...lines.map((l) => l.length));
  expect(longest).toBeLessThan(1_000);
  // Indentation and names that do not shift cost a little: no more than a fifth over the one line.
  expect(original.length).toBeLessThan(ONE_LINE_BYTES * 1.2);
});

// One-property changes to one schema, as a spec revision would make them.
const edits = [
  ['a property added before the others', 'APNSMessage.yaml', 'properties:\n  Body:\n', 'properties:\n  BadgeCount:\n    type: integer\n  Body:\n', 'BadgeCount'],
  ['a property type changed', 'EndpointResponse.yaml', '  Address:\n    type: string\n', '  Address:\n    type: integer\n', 'Address'],
  ['a constraint added', 'EndpointResponse.yaml', '  Address:\n    type: string\n', '  Address:\n    type: string\n    maxLength: 10\n', 'Address'],
  ['a property made required', 'APNSMessage.yaml', 'type: object\n', 'type: object\nrequired: [Title]\n', 'Title'],
  ['an enum value added', 'EndpointResponse.yaml', '      - INACTIVE\n', '      - INACTIVE\n      - PAUSED\n', 'PAUSED'],
] as const;

test.each(edits)('%s changes a few lines, all about that property', async (label, file, from, to, property) => {
  const changed = await validatorsAfterEdit(label.replace(/\W+/g, '-'), file, from, to);
  const diff = lineDiff(label.replace(/\W+/g, '-'), original, changed);
  expect(diff.added + diff.removed).toBeGreaterThan(0);
  expect(diff.added + diff.removed).toBeLessThanOrEqual(30);
  expect(diff.changedCharacters).toBeLessThan(5_000); // short lines, not one long one
  // Every hunk is inside the edited schema's validator or its schema constant (or among the imports,
  // for a runtime helper the spec did not need before).
  const hunks = diff.text.split('\n').filter((l) => l.startsWith('@@') && !/^@@ -[1-5][, ]/.test(l));
  const schema = file.replace('.yaml', '');
  for (const hunk of hunks) expect(hunk).toMatch(new RegExp(`${schema}|${property}|^@@ -\\d+(,\\d+)? \\+\\d+(,\\d+)? @@$`));
  expect(diff.text).toContain(property);
});

test('a change to documentation alone leaves validators.js as it was', async () => {
  const changed = await validatorsAfterEdit('description-only', 'EndpointResponse.yaml', 'description: An endpoint', 'description: One endpoint');
  expect(changed).toBe(original);
});
