// One test per rule over edits of the Pinpoint spec: the report's level, and every change's level,
// kind, operation and JSON pointer.
import { compareSpecs, RULES } from '../../generator/diff/index.js';
import { loadSpec, type LoadedSpec } from '../../generator/spec.js';
import { baseSpec, editedSpec, loadFixtures } from './support.js';

const fixtures = loadFixtures();
let base: LoadedSpec;

beforeAll(async () => {
  base = await loadSpec(baseSpec);
});

test('the spec compared with itself has no changes', () => {
  expect(compareSpecs(base, base).report).toEqual({ level: 'none', changes: [] });
});

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
  test(`${fixture.title}: ${fixture.level}`, async () => {
    const head = await loadSpec(editedSpec(name, fixture.edits));
    const { report } = compareSpecs(base, head);
    expect(report.changes.map(({ message: _message, ...rest }) => rest)).toEqual(fixture.changes);
    expect(report.level).toBe(fixture.level);
    for (const change of report.changes) expect(change.message).toMatch(/\w.*\.$/);
  });
});

test('every fixture kind is a named rule with the level the fixture expects', () => {
  const levels = new Map(RULES.map((rule) => [rule.kind, rule.level]));
  expect(levels.size).toBe(RULES.length);
  for (const change of fixtures.flatMap((f) => f.changes)) expect(levels.get(change.kind)).toBe(change.level);
});
