// npm run release in temporary repositories: the version bumped by the report's level, the
// changelog entry written from the report, generated/ regenerated; a dry run writes nothing; and
// every refusal (nothing to release, a spec that does not load, a version edited by hand) is clear.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { root } from '../support/spec.js';
import { removeTempRepos, SPEC, tempRepo, tinySpec, type TempRepo } from './support.js';

afterAll(removeTempRepos);

const DATE = '2026-11-02';

describe('a release', () => {
  let repo: TempRepo;
  let introduced: string;
  let first: Awaited<ReturnType<TempRepo['release']>>;

  beforeAll(async () => {
    repo = tempRepo('release');
    introduced = repo.commit('0.1.0', { [SPEC]: tinySpec() });
    // Minor (a new operation, a deprecation) and patch (a description) at once.
    repo.commit('edits', { [SPEC]: tinySpec({ create: true, deprecateGet: true, getDescription: 'Reads a thing by its id.' }) });
    first = await repo.release('--date', DATE);
  });

  test('bumps the version by the level of the report: minor, 0.1.0 → 0.2.0', () => {
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^things-client 0\.1\.0 → 0\.2\.0 \(minor\), since the release of 0\.1\.0 at [0-9a-f]{12}\.\n/);
    expect((parseYaml(repo.read(SPEC)) as { info: { 'x-client-package': unknown } }).info['x-client-package']).toEqual({ name: 'things-client', version: '0.2.0' });
  });

  test('changes nothing in the root file but the version', () => {
    const before = tinySpec({ create: true, deprecateGet: true, getDescription: 'Reads a thing by its id.' });
    expect(repo.read(SPEC)).toBe(before.replace('version: 0.1.0', 'version: 0.2.0'));
    expect(repo.read(SPEC).startsWith('# Things: a spec for the release tests.\n')).toBe(true);
  });

  test('writes CHANGELOG.md: a header, then the entry from the report, by level and operation, with pointers', () => {
    const changelog = repo.read('CHANGELOG.md');
    expect(changelog).toBe(
      [
        '# Changelog',
        '',
        'Every release of `things-client`, the TypeScript client generated from the spec, newest first.',
        '`npm run release` writes each entry from the change report of `npm run diff` between the last release and the',
        'spec it publishes: **major** when code written for the previous version may break, **minor** for additions and',
        'deprecations, **patch** for documentation only. Each change names the operations it touches, its rule and the',
        'JSON pointer of the place that changed in the bundled spec (`generated/openapi.json`).',
        '',
        `## 0.2.0 — ${DATE} (minor)`,
        '',
        `Since the first version, 0.1.0 (commit \`${introduced.slice(0, 12)}\`): 3 changes, 2 minor, 1 patch.`,
        '',
        '### Minor: additions and deprecations',
        '',
        '- `getThing` (`GET /things/{id}`): `getThing` is deprecated. (`operation-deprecated` at `#/paths/~1things~1{id}/get/deprecated`)',
        '- `createThing` (`POST /things`): `POST /things` (`CreateThing`) was added: the client has a new method `createThing`. (`operation-added` at `#/paths/~1things/post`)',
        '',
        '### Patch: documentation only',
        '',
        '- `getThing` (`GET /things/{id}`): The description of `getThing` changed. (`description-changed` at `#/paths/~1things~1{id}/get/description`)',
        '',
      ].join('\n'),
    );
  });

  test('regenerates generated/ from the released spec', () => {
    const bundled = JSON.parse(repo.read('generated/openapi.json')) as { info: { 'x-client-package': { version: string } } };
    expect(bundled.info['x-client-package'].version).toBe('0.2.0');
    expect(repo.read('generated/client.ts')).toContain('createThing');
    expect(first.out).toContain('generated/: regenerated');
    expect(first.out).toContain(`git add ${SPEC} CHANGELOG.md generated && git commit -m "Release 0.2.0"`);
  });

  test('the next release puts its entry first; a major change from 0.x is the next major, 1.0.0', async () => {
    repo.commit('Release 0.2.0');
    repo.write(SPEC, tinySpec({ create: true, removeGet: true, version: '0.2.0' }));
    const second = await repo.release('--date', '2026-12-01');
    expect(second.code).toBe(0);
    expect(second.out).toContain('things-client 0.2.0 → 1.0.0 (major)');
    const changelog = repo.read('CHANGELOG.md');
    const headings = changelog.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## 1.0.0 — 2026-12-01 (major)', `## 0.2.0 — ${DATE} (minor)`]);
    expect(changelog.match(/^# Changelog$/gm)).toHaveLength(1);
    expect(changelog).toContain('### Major: code that worked with the old client may break\n\n- `getThing` (`GET /things/{id}`): `GET /things/{id}` (`GetThing`) was removed');
    expect(changelog).toMatch(/Since 0\.2\.0 \(commit `[0-9a-f]{12}`\): /);
  });
});

describe('--dry-run', () => {
  test('prints the bump, the report and the entry, and writes nothing', async () => {
    const repo = tempRepo('release-dry');
    repo.commit('0.1.0', { [SPEC]: tinySpec() });
    repo.commit('a new operation', { [SPEC]: tinySpec({ create: true }) });
    const before = repo.read(SPEC);
    const run = await repo.release('--dry-run', '--date', DATE);
    expect(run.code).toBe(0);
    expect(run.out).toContain('things-client 0.1.0 → 0.2.0 (minor)');
    expect(run.out).toContain('Minor: additions and deprecations\n  createThing (POST /things)');
    expect(run.out).toContain('Dry run, nothing written. A release would:');
    expect(run.out).toContain(`    ## 0.2.0 — ${DATE} (minor)`);
    expect(run.out).toContain('add this entry to CHANGELOG.md (a new file)');
    expect(repo.read(SPEC)).toBe(before);
    expect(readdirSync(repo.dir).sort()).toEqual(['.git', 'spec']);
    expect(repo.git('status', '--porcelain')).toBe('');
  });
});

describe('refused, with the reason, writing nothing', () => {
  test('nothing to release (the report is none): exit 1', async () => {
    const repo = tempRepo('release-none');
    repo.commit('0.1.0', { [SPEC]: tinySpec() });
    const run = await repo.release();
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^Nothing to release: the spec has not changed for the client's callers since 0\.1\.0 \([0-9a-f]{12}\)\.\nNo release: nothing was written\.\n$/);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  test("the working tree's spec does not load: exit 2, located", async () => {
    const repo = tempRepo('release-broken');
    repo.commit('0.1.0', { [SPEC]: tinySpec() });
    repo.write(SPEC, tinySpec({ create: true }).replace(/#\/components\/schemas\/Thing/g, '#/components/schemas/Nothing'));
    const run = await repo.release('--dry-run');
    expect(run.code).toBe(2);
    expect(run.err).toContain('error: spec/openapi.yaml does not load:');
    expect(run.err).toContain("spec/openapi.yaml#/paths/~1things~1{id}/get/responses/200/content/application~1json/schema: Can't resolve $ref");
    expect(run.err).toContain('No release: nothing was written.');
  });

  test('a version edited by hand: exit 2, saying what to do', async () => {
    const repo = tempRepo('release-hand');
    repo.commit('0.1.0', { [SPEC]: tinySpec() });
    repo.write(SPEC, tinySpec({ create: true, version: '0.3.0' }));
    const run = await repo.release();
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/spec\/openapi\.yaml#\/info\/x-client-package\/version: 0\.3\.0 in the working tree, but the last release \([0-9a-f]{12}\) is 0\.1\.0; npm run release sets the version itself/);
  });

  test('a spec without x-client-package: exit 2', async () => {
    const repo = tempRepo('release-no-package');
    repo.commit('no field', { [SPEC]: tinySpec({ version: null }) });
    const run = await repo.release();
    expect(run.code).toBe(2);
    expect(run.err).toContain('spec/openapi.yaml#/info/x-client-package: missing');
  });

  test('a version that is not MAJOR.MINOR.PATCH: exit 2', async () => {
    const repo = tempRepo('release-bad-version');
    repo.commit('0.1.0', { [SPEC]: tinySpec() });
    repo.write(SPEC, tinySpec({ version: '1.0.0-beta.1' }));
    const run = await repo.release();
    expect(run.code).toBe(2);
    expect(run.err).toContain('spec/openapi.yaml#/info/x-client-package/version: expected a version MAJOR.MINOR.PATCH (such as 0.2.0), found "1.0.0-beta.1"');
  });

  test('an output folder the generator refuses: exit 1, spec and changelog put back as they were', async () => {
    const repo = tempRepo('release-out');
    repo.commit('0.1.0', { [SPEC]: tinySpec() });
    repo.commit('edit', { [SPEC]: tinySpec({ create: true }), 'generated/mine.txt': 'not the generator\'s\n' });
    const run = await repo.release();
    expect(run.code).toBe(1);
    expect(run.err).toContain('mine.txt');
    expect(run.err).toContain('No release: spec/openapi.yaml and CHANGELOG.md are as they were.');
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(existsSync(path.join(repo.dir, 'CHANGELOG.md'))).toBe(false);
  });

  test('an invalid --date: exit 2', async () => {
    const repo = tempRepo('release-date');
    repo.commit('0.1.0', { [SPEC]: tinySpec() });
    expect((await repo.release('--date', '2026-02-30')).err).toContain('--date 2026-02-30: expected a date YYYY-MM-DD');
  });

  test('an entry for the version already in CHANGELOG.md: exit 2', async () => {
    const repo = tempRepo('release-twice');
    repo.commit('0.1.0', { [SPEC]: tinySpec() });
    repo.commit('edit', { [SPEC]: tinySpec({ create: true }), 'CHANGELOG.md': '# Changelog\n\n## 0.2.0 — 2026-01-01 (minor)\n\nBy hand.\n' });
    const run = await repo.release('--dry-run');
    expect(run.code).toBe(2);
    expect(run.err).toContain('CHANGELOG.md: already has an entry for 0.2.0');
  });
});

test('npm run release is the script', () => {
  const repo = tempRepo('release-npm');
  repo.commit('0.1.0', { [SPEC]: tinySpec() });
  writeFileSync(path.join(repo.dir, SPEC), tinySpec({ getDescription: 'Reads one thing by id.' }));
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/release.ts'), '--dry-run'], { cwd: repo.dir, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('things-client 0.1.0 → 0.1.1 (patch)');
  expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.release).toBe('tsx scripts/release.ts');
});
