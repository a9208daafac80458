// npm run diff: the three outputs, --fail-on, a git ref as base, and bad input (exit 2, located).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../scripts/diff.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';
import { baseSpec, editedSpec, loadFixtures, type Fixture } from './support.js';

const fixtures = new Map(loadFixtures().map((f) => [f.name, f]));
const fixture = (name: string): Fixture => fixtures.get(name)!;

async function run(args: string[], cwd = root): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => void (out += t), err: (t) => void (err += t) }, cwd);
  return { code, out, err };
}

const withoutMessages = (changes: { message: string }[]) => changes.map(({ message: _message, ...rest }) => rest);

describe('output', () => {
  let removed: string;
  beforeAll(() => {
    removed = editedSpec('cli-remove-operation', fixture('remove-operation').edits);
  });

  test('--json prints exactly one JSON object on stdout, progress on stderr', () => {
    const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/diff.ts', '--base', baseSpec, '--head', removed, '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { level: string; changes: { message: string }[] };
    expect(Object.keys(report)).toEqual(['level', 'changes']);
    expect(report.level).toBe('major');
    expect(withoutMessages(report.changes)).toEqual(fixture('remove-operation').changes);
    for (const change of report.changes) expect(Object.keys(change)).toEqual(['level', 'kind', 'operationId', 'pointer', 'message']);
    expect(result.stderr).toContain('Comparing');
  });

  test('the summary groups by level and operation, with pointers and sentences', async () => {
    const head = editedSpec('cli-mixed', [...fixture('remove-response-property').edits, ...fixture('change-description').edits]);
    const { code, out } = await run(['--base', baseSpec, '--head', head]);
    expect(code).toBe(0);
    expect(out).toMatch(/: MAJOR \(3 major, 1 patch\)\n/);
    const major = out.indexOf('Major: code that worked with the old client may break');
    const patch = out.indexOf('Patch: documentation only');
    expect(major).toBeGreaterThan(0);
    expect(patch).toBeGreaterThan(major);
    // A shared schema's change is shown once, under every operation that returns it.
    expect(out).toContain('getGcmChannel (GET /v1/apps/{application-id}/channels/gcm), updateGcmChannel (PUT /v1/apps/{application-id}/channels/gcm), deleteGcmChannel (DELETE /v1/apps/{application-id}/channels/gcm)\n');
    expect(out.match(/GCMChannelResponse\/properties\/Credential/g)).toHaveLength(1);
    expect(out.slice(patch)).toContain('getApps (GET /v1/apps)\n    - The description of getApps changed. [description-changed]\n      #/paths/~1v1~1apps/get/description');
  });

  test('--markdown suits a pull request', async () => {
    const { code, out } = await run(['--base', baseSpec, '--head', removed, '--markdown']);
    expect(code).toBe(0);
    expect(out).toMatch(/^## API changes: \*\*major\*\*\n/);
    expect(out).toContain('### Major: code that worked with the old client may break');
    expect(out).toContain('- `deleteSmsChannel` (`DELETE /v1/apps/{application-id}/channels/sms`)');
    expect(out).toContain('<sub>`operation-removed` at `#/paths/~1v1~1apps~1{application-id}~1channels~1sms/delete`</sub>');
  });

  test('no changes: level none', async () => {
    const { code, out } = await run(['--base', baseSpec, '--head', baseSpec, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ level: 'none', changes: [] });
  });
});

describe('--fail-on', () => {
  test.each([
    ['remove-operation', 'major', 1],
    ['remove-operation', 'patch', 1],
    ['widen-request-enum', 'major', 0],
    ['widen-request-enum', 'minor', 1],
    ['change-description', 'minor', 0],
    ['change-description', 'patch', 1],
  ] as const)('%s with --fail-on %s exits %d', async (name, level, expected) => {
    const head = editedSpec(`cli-fail-${name}`, fixture(name).edits);
    const { code, err } = await run(['--base', baseSpec, '--head', head, '--fail-on', level, '--json']);
    expect(code).toBe(expected);
    if (expected === 1) expect(err).toContain(`reaches --fail-on ${level}`);
  });

  test('no changes never fail', async () => {
    expect((await run(['--base', baseSpec, '--head', baseSpec, '--fail-on', 'patch'])).code).toBe(0);
  });
});

describe('a git ref as base', () => {
  const repo = path.join(scratch, 'diff-git');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Diff Test', '-c', 'user.email=diff@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' }).trim();
  let empty: string;

  /** A tree like HEAD's whose apps.yaml points at a schema that does not exist. */
  function brokenTree(): string {
    const broken = editedSpec('git-broken', [{ file: 'paths/apps.yaml', set: '/get/responses/200/content/application~1json/schema/$ref', value: '../components/schemas/NoSuchSchema.yaml' }]);
    const index = path.join(scratch, 'diff-git-index');
    rmSync(index, { force: true });
    const env = { ...process.env, GIT_INDEX_FILE: index };
    execFileSync('git', ['read-tree', 'HEAD'], { cwd: repo, env });
    const blob = execFileSync('git', ['hash-object', '-w', path.join(path.dirname(broken), 'paths/apps.yaml')], { cwd: repo, encoding: 'utf8' }).trim();
    execFileSync('git', ['update-index', '--cacheinfo', `100644,${blob},spec/paths/apps.yaml`], { cwd: repo, env });
    return execFileSync('git', ['write-tree'], { cwd: repo, env, encoding: 'utf8' }).trim();
  }

  beforeAll(() => {
    rmSync(repo, { recursive: true, force: true });
    mkdirSync(repo, { recursive: true });
    git('init', '-q');
    writeFileSync(path.join(repo, 'README.md'), 'before the spec\n');
    git('add', '.');
    git('commit', '-qm', 'no spec yet');
    empty = git('rev-parse', 'HEAD');
    // Commit the spec, then a commit that removes an operation, then leave a deprecation uncommitted.
    cpSync(path.dirname(baseSpec), path.join(repo, 'spec'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'spec');
    const removed = editedSpec('git-removed', fixture('remove-operation').edits);
    rmSync(path.join(repo, 'spec'), { recursive: true });
    cpSync(path.dirname(removed), path.join(repo, 'spec'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'remove an operation');
    const both = editedSpec('git-both', [...fixture('remove-operation').edits, ...fixture('deprecate-operation').edits]);
    rmSync(path.join(repo, 'spec'), { recursive: true });
    cpSync(path.dirname(both), path.join(repo, 'spec'), { recursive: true });
  });

  test('reads the whole split spec of that commit', async () => {
    const { code, out, err } = await run(['--base', 'HEAD~1', '--json'], repo);
    expect(err).toContain('Comparing HEAD~1 with spec/openapi.yaml');
    expect(code).toBe(0);
    expect(withoutMessages(JSON.parse(out).changes)).toEqual([...fixture('remove-operation').changes, ...fixture('deprecate-operation').changes]);
  });

  test('the default base is HEAD: the uncommitted edits', async () => {
    const { code, out } = await run(['--json'], repo);
    expect(code).toBe(0);
    expect(withoutMessages(JSON.parse(out).changes)).toEqual(fixture('deprecate-operation').changes);
  });

  test('a ref that does not exist: exit 2, naming it', async () => {
    const { code, out, err } = await run(['--base', 'v9.9.9', '--json'], repo);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('error: --base v9.9.9: neither a file nor a commit of the repository at');
  });

  test('a spec that does not bundle at that commit: exit 2, naming the files as in the commit', async () => {
    const { code, err } = await run(['--base', 'HEAD:README.md', '--json'], repo);
    expect(code).toBe(2);
    expect(err).toContain('--base HEAD:README.md: neither a file nor a commit');
    git('tag', 'broken-spec', git('commit-tree', '-p', 'HEAD', '-m', 'broken', brokenTree()));
    const broken = await run(['--base', 'broken-spec', '--json'], repo);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/broken-spec:spec\/openapi\.yaml does not load:\n {2}broken-spec:spec\/paths\/apps\.yaml#\/get\/responses\/200\/content\/application~1json\/schema: .*NoSuchSchema/);
  });

  test('a commit without the spec: exit 2, naming the commit and the file', async () => {
    const { code, err } = await run(['--base', empty, '--json'], repo);
    expect(code).toBe(2);
    expect(err).toContain(`${empty}:spec/openapi.yaml: the commit ${empty.slice(0, 12)} has no spec/openapi.yaml`);
  });
});

describe('bad input', () => {
  test('a spec that does not bundle: exit 2 with file, pointer and reason', async () => {
    const broken = editedSpec('cli-broken', [{ file: 'paths/apps.yaml', set: '/get/responses/200/content/application~1json/schema/$ref', value: '../components/schemas/NoSuchSchema.yaml' }]);
    const { code, out, err } = await run(['--base', baseSpec, '--head', broken, '--json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/does not load:\n {2}\S*paths\/apps\.yaml#\/get\/responses\/200\/content\/application~1json\/schema: .*NoSuchSchema/);
  });

  test.each([
    [['--head', 'no/such/openapi.yaml'], 'no/such/openapi.yaml: no such file'],
    [['--fail-on', 'huge'], '--fail-on huge: expected major, minor or patch'],
    [['--json', '--markdown'], '--json and --markdown exclude each other'],
    [['--colour'], "Unknown option '--colour'"],
  ])('%j: exit 2', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
