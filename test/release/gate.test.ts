// The CI gate (npm run release:check) in temporary repositories: it fails when the change since the
// last release needs a bigger bump than the version shows, passes a bump as big or bigger, fails a
// version that went down or a release without its changelog entry, and refuses a shallow clone.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../support/spec.js';
import { cloneOf, removeTempRepos, SPEC, tempRepo, tinySpec, type TempRepo } from './support.js';

afterAll(removeTempRepos);

const DATE = '2026-11-02';
const entry = (version: string, level: string) => `# Changelog\n\n## ${version} — ${DATE} (${level})\n\nBy hand.\n`;

/** A repository whose only release is the introduction of 0.1.0. */
function introduced(name: string): TempRepo {
  const repo = tempRepo(name);
  repo.commit('0.1.0', { [SPEC]: tinySpec() });
  return repo;
}

test('the first version, unchanged: passes', async () => {
  const run = await introduced('gate-first').check();
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/^things-client 0\.1\.0 in spec\/openapi\.yaml; last release: 0\.1\.0 \([0-9a-f]+, \d{4}-\d{2}-\d{2}, where x-client-package was introduced\)\.\n/);
  expect(run.out).toContain('PASS: 0.1.0 is the first version, and nothing has changed since.');
});

describe('changes with no bump fail, naming the bump they need', () => {
  test.each([
    ['a new operation (committed)', { create: true }, 'minor', '0.2.0'],
    ['a removed operation', { removeGet: true }, 'major', '1.0.0'],
    ['a description', { getDescription: 'Reads a thing.' }, 'patch', '0.1.1'],
  ] as const)('%s', async (_, edit, level, next) => {
    const repo = introduced(`gate-nobump-${level}`);
    repo.commit('an edit', { [SPEC]: tinySpec(edit) });
    const run = await repo.check();
    expect(run.code).toBe(1);
    expect(run.out).toContain(`FAIL: the spec changed since 0.1.0 was released, but the version did not: the change is ${level}, it needs a ${level} bump to ${next} (npm run release).`);
    // The report it rests on comes first.
    expect(run.out).toMatch(new RegExp(`^0\\.1\\.0 \\([0-9a-f]{12}\\) → spec/openapi\\.yaml: ${level.toUpperCase()} `));
  });

  test('an edit not yet committed counts too', async () => {
    const repo = introduced('gate-uncommitted');
    repo.write(SPEC, tinySpec({ create: true }));
    const run = await repo.check();
    expect(run.code).toBe(1);
    expect(run.out).toContain('it needs a minor bump to 0.2.0');
  });
});

describe('a bump against the change', () => {
  test.each([
    ['a major change, bumped minor', { removeGet: true }, '0.2.0', 'minor', 1, 'FAIL: from 0.1.0 to 0.2.0 is a minor bump, but the change is major: it needs at least a major bump (0.1.0 → 1.0.0).'],
    ['a major change, bumped major', { removeGet: true }, '1.0.0', 'major', 0, 'PASS: from 0.1.0 to 1.0.0 is a major bump, and the change is major: it needs at least a major bump (0.1.0 → 1.0.0).'],
    ['a minor change, bumped patch', { create: true }, '0.1.1', 'patch', 1, 'FAIL: from 0.1.0 to 0.1.1 is a patch bump, but the change is minor'],
    ['a minor change, bumped major: bigger than needed passes', { create: true }, '1.0.0', 'major', 0, 'PASS: from 0.1.0 to 1.0.0 is a major bump, and the change is minor'],
    ['a patch change, bumped minor', { getDescription: 'Reads a thing.' }, '0.2.0', 'minor', 0, 'PASS: from 0.1.0 to 0.2.0 is a minor bump, and the change is patch'],
    ['no change, bumped patch', {}, '0.1.1', 'patch', 0, 'PASS: from 0.1.0 to 0.1.1 is a patch bump, and no change since, so no bump is needed.'],
  ] as const)('%s', async (name, edit, version, level, code, verdict) => {
    const repo = introduced(`gate-bump-${name.replace(/\W+/g, '-')}`);
    // Committed as one change, as a release commit is: the gate checks the release itself.
    repo.commit('release', { [SPEC]: tinySpec({ ...edit, version }), 'CHANGELOG.md': entry(version, level) });
    const run = await repo.check();
    expect(run.out).toContain(verdict);
    expect(run.code).toBe(code);
  });

  test('the same, with the bump not yet committed', async () => {
    const repo = introduced('gate-bump-uncommitted');
    repo.write(SPEC, tinySpec({ removeGet: true, version: '0.2.0' }));
    repo.write('CHANGELOG.md', entry('0.2.0', 'minor'));
    const run = await repo.check();
    expect(run.code).toBe(1);
    expect(run.out).toContain('FAIL: from 0.1.0 to 0.2.0 is a minor bump, but the change is major');
  });

  test('a version that went down fails', async () => {
    const repo = introduced('gate-down');
    repo.commit('0.2.0', { [SPEC]: tinySpec({ create: true, version: '0.2.0' }), 'CHANGELOG.md': entry('0.2.0', 'minor') });
    repo.write(SPEC, tinySpec({ create: true, version: '0.1.5' }));
    const run = await repo.check();
    expect(run.code).toBe(1);
    expect(run.out).toContain('FAIL: the version went down, from 0.2.0 to 0.1.5.');
  });

  test('a released version without its CHANGELOG.md entry fails', async () => {
    const repo = introduced('gate-no-entry');
    repo.commit('0.2.0', { [SPEC]: tinySpec({ create: true, version: '0.2.0' }) });
    const run = await repo.check();
    expect(run.code).toBe(1);
    expect(run.out).toContain('FAIL: CHANGELOG.md has no entry for 0.2.0; npm run release writes it.');
  });
});

describe('around npm run release', () => {
  let repo: TempRepo;

  beforeAll(async () => {
    repo = introduced('gate-released');
    repo.commit('a deprecation', { [SPEC]: tinySpec({ deprecateGet: true }) });
  });

  test('fails before the release, passes after it, and fails again on a change after it', async () => {
    expect((await repo.check()).code).toBe(1);
    expect((await repo.release('--date', DATE)).code).toBe(0);
    repo.commit('Release 0.2.0');
    const released = await repo.check();
    expect(released.out).toContain('No change since 0.2.0 was released.');
    expect(released.out).toContain('PASS: from 0.1.0 to 0.2.0 is a minor bump, and the change is minor: it needs at least a minor bump (0.1.0 → 0.2.0).');
    expect(released.code).toBe(0);

    repo.commit('an operation after the release', { [SPEC]: tinySpec({ deprecateGet: true, create: true, version: '0.2.0' }) });
    const after = await repo.check();
    expect(after.code).toBe(1);
    expect(after.out).toContain('FAIL: the spec changed since 0.2.0 was released, but the version did not: the change is minor, it needs a minor bump to 0.3.0 (npm run release).');
  });

  test('a fresh clone gives the same verdict', async () => {
    const clone = cloneOf(repo, 'gate-released-clone');
    clone.git('checkout', '-q', 'HEAD~1');
    expect((await clone.check()).code).toBe(0);
  });
});

describe('bad input: exit 2', () => {
  test('a shallow clone without the history of the last release', async () => {
    const source = introduced('gate-shallow-source');
    source.commit('edit', { [SPEC]: tinySpec({ create: true }) });
    const run = await cloneOf(source, 'gate-shallow', 1).check();
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^error: .*: a shallow clone: the history before [0-9a-f]{12} is missing, so the release it belongs to is unknown; fetch the whole history \(git fetch --unshallow\) and run again\n$/);
  });

  test('a spec that does not load', async () => {
    const repo = introduced('gate-broken');
    repo.write(SPEC, 'openapi: 3.1.0\ninfo: [\n');
    const run = await repo.check();
    expect(run.code).toBe(2);
    expect(run.err).toContain('error: spec/openapi.yaml does not load:');
  });

  test('a release in the history whose version is not MAJOR.MINOR.PATCH', async () => {
    const repo = tempRepo('gate-bad-history');
    repo.commit('v1', { [SPEC]: tinySpec({ version: 'v1' }) });
    repo.commit('0.1.0', { [SPEC]: tinySpec() });
    const run = await repo.check();
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/[0-9a-f]{12}:spec\/openapi\.yaml#\/info\/x-client-package\/version: expected a version MAJOR\.MINOR\.PATCH \(such as 0\.2\.0\), found "v1"/);
  });
});

test('npm run release:check is the script, and .ci/run runs it', () => {
  const repo = introduced('gate-npm');
  repo.commit('edit', { [SPEC]: tinySpec({ create: true }) });
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/release-check.ts')], { cwd: repo.dir, encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('needs a minor bump to 0.2.0');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts['release:check']).toBe('tsx scripts/release-check.ts');
  const ci = readFileSync(path.join(root, '.ci/run'), 'utf8');
  expect(ci).toMatch(/^step "[^"]+" npm run release:check$/m);
});
