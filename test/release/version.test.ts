// Versions: the level of a change maps straight to the semver part (0.x included), a bump is read
// from two versions, the release edits nothing but the version, and the version is not a change.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compareSpecs, loadFile } from '../../generator/diff/index.js';
import { setVersion } from '../../generator/release/index.js';
import { bumpOf, covers, nextVersion, readClientPackage } from '../../generator/release/version.js';
import { editedSpec } from '../diff/support.js';
import { root } from '../support/spec.js';

test.each([
  ['0.1.0', 'patch', '0.1.1'],
  ['0.1.0', 'minor', '0.2.0'],
  ['0.1.3', 'major', '1.0.0'],
  ['1.4.2', 'minor', '1.5.0'],
  ['1.4.2', 'major', '2.0.0'],
] as const)('%s after a %s change is %s', (version, level, next) => {
  expect(nextVersion(version, level)).toBe(next);
  expect(bumpOf(version, next)).toBe(level);
});

test('a bump is the highest part that changed; back is down', () => {
  expect(bumpOf('0.1.0', '0.1.0')).toBe('none');
  expect(bumpOf('0.1.0', '0.3.7')).toBe('minor');
  expect(bumpOf('0.9.9', '1.0.0')).toBe('major');
  expect(bumpOf('0.2.0', '0.1.9')).toBe('down');
  expect(covers('major', 'minor')).toBe(true);
  expect(covers('minor', 'major')).toBe(false);
  expect(covers('none', 'none')).toBe(true);
  expect(covers('none', 'patch')).toBe(false);
  expect(covers('down', 'none')).toBe(false);
});

test('the version is MAJOR.MINOR.PATCH, read from info.x-client-package', () => {
  expect(readClientPackage({ info: { 'x-client-package': { name: 'p', version: '0.1.0' } } }, 'f')).toEqual({ name: 'p', version: '0.1.0' });
  for (const version of ['1.0', 'v1.0.0', '1.0.0-rc.1', '1.0.0+build', 1, undefined]) {
    expect(() => readClientPackage({ info: { 'x-client-package': { name: 'p', version } } }, 'f')).toThrow(/^f#\/info\/x-client-package\/version: expected a version MAJOR\.MINOR\.PATCH/);
  }
  expect(() => readClientPackage({ info: {} }, 'f')).toThrow('f#/info/x-client-package: missing');
});

test('setting the version changes its characters only, quotes kept', () => {
  const text = "info:\n  # the package\n  x-client-package:\n    name: p\n    version: '0.1.0' # quoted\n  title: T\n";
  expect(setVersion(text, '0.2.0', 'f')).toBe(text.replace("'0.1.0'", "'0.2.0'"));
  const spec = readFileSync(path.join(root, 'spec/openapi.yaml'), 'utf8');
  const released = setVersion(spec, '9.9.9', 'spec/openapi.yaml');
  expect(released.split('\n').filter((line, i) => line !== spec.split('\n')[i])).toEqual(['    version: 9.9.9']);
  expect((parseYaml(released) as { info: Record<string, unknown> }).info['x-client-package']).toEqual({ name: 'pinpoint-client', version: '9.9.9' });
});

test('a new version alone is no change for the report', async () => {
  const base = await loadFile(path.join(root, 'spec/openapi.yaml'));
  const head = await loadFile(editedSpec('release-version-only', [{ file: 'openapi.yaml', set: '/info/x-client-package/version', value: '7.0.0' }]));
  expect(head.document.info['x-client-package']).toEqual({ name: 'pinpoint-client', version: '7.0.0' });
  expect(compareSpecs(base, head).report).toEqual({ level: 'none', changes: [] });
});
