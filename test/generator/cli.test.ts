// `npm run generate` runs generator/cli.mjs: the generator bundled and run as plain JavaScript, the
// errata, the validators and the docs made in a worker thread unless the machine is overloaded.
// Either way it must behave as generator/index.ts does in-process, output, messages and exit codes
// included. The bundle is cached by a hash of its sources: a run with unchanged sources reuses it, a
// changed source is bundled again, and runs side by side never see half a bundle.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../support/spec.js';
import { scratch, scratchFolder } from '../support/tsc.js';
import { fixtureCopy, run as runInProcess } from './cli.js';

/** `worker`: GENERATOR_WORKER, 1 to use the worker thread, 0 not to; by the load average when unset. */
const run = (...args: string[]) => runWith(undefined, ...args);
const runWith = (worker: '0' | '1' | undefined, ...args: string[]) =>
  spawnSync(process.execPath, ['generator/cli.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, GENERATOR_WORKER: worker } });

test.each(['1', '0'] as const)('checks the committed output like the generator itself (GENERATOR_WORKER=%s)', (worker) => {
  const { status, stdout, stderr } = runWith(worker, '--check');
  expect(stderr).toBe('');
  expect(stdout).toContain('generated/ is up to date with spec/openapi.yaml');
  expect(status).toBe(0);
});

test("compiles the validators in a worker thread: the main thread never loads ajv's compiler of standalone code, and the output is the same", () => {
  const list = path.join(scratchFolder('cli-modules-'), 'modules.txt');
  const { status, stderr } = spawnSync(process.execPath, ['--require', path.join(root, 'test/support/loaded-modules.cjs'), 'generator/cli.mjs', '--check'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LOADED_MODULES_FILE: list, GENERATOR_WORKER: '1' },
  });
  expect([status, stderr]).toEqual([0, '']);
  const modules = readFileSync(list, 'utf8').split('\n');
  // (Redocly loads ajv's core for itself.)
  expect(modules.filter((m) => /[\\/]node_modules[\\/]ajv[\\/]dist[\\/]standalone[\\/]/.test(m))).toEqual([]);
  rmSync(path.dirname(list), { recursive: true, force: true });
});

describe.each(['1', '0'] as const)('with GENERATOR_WORKER=%s, reports as the generator does in-process', (worker) => {
  const compare = async (spec: string, expected: string) => {
    const out = path.join(scratch, `cli-refused-out-${worker}`);
    const inProcess = await runInProcess(['--spec', spec, '--out', out]);
    expect(inProcess.stderr).toContain(expected);
    const { status, stderr, stdout } = runWith(worker, '--spec', spec, '--out', out);
    expect({ status, stderr: stderr.trimEnd(), stdout }).toEqual({ status: inProcess.code, stderr: inProcess.stderr, stdout: '' });
  };

  test('a schema the validators refuse', async () => {
    const spec = fixtureCopy(`cli-validators-refuse-${worker}`, (dir) => {
      const file = path.join(dir, 'openapi.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/(\n {8}message:\n {10}type: string\n)/, '$1          multipleOf: 0\n'));
    });
    await compare(spec, 'validators: #/components/schemas/Problem/properties/message/multipleOf: must be > 0');
  });

  test('errata that do not hold', async () => {
    const spec = fixtureCopy(
      `cli-errata-refuse-${worker}`,
      (dir) => {
        const file = path.join(dir, 'errata.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('kind: placeholder', 'kind: nonsense'));
      },
      path.join(root, 'spec'),
    );
    await compare(spec, '"nonsense" is not one of');
  });
});

test('passes on the exit code and the message of a spec that is refused', () => {
  const { status, stderr } = run('--spec', 'test/fixtures/petstore/no-such-file.yaml', '--out', 'test/.generated/cli-out', '--check');
  expect(stderr).toMatch(/no-such-file\.yaml/);
  expect(status).toBe(1);
});

describe('the cached bundle', () => {
  // A copy of the project's generator/, with node_modules/ of its own (each package linked to the
  // project's), so that its bundle cache is its own.
  let project: string;
  let cache: string;
  const cli = () => path.join(project, 'generator/cli.mjs');
  const args = ['--spec', path.join(root, 'spec/openapi.yaml'), '--out', path.join(root, 'generated'), '--check'];
  const check = () => spawnSync(process.execPath, [cli(), ...args], { cwd: root, encoding: 'utf8' });
  const checkAsync = () =>
    new Promise<number | null>((resolve) => spawn(process.execPath, [cli(), ...args], { cwd: root, stdio: 'ignore' }).on('exit', resolve));
  const cached = () => (existsSync(cache) ? readdirSync(cache).sort() : []);
  const bundleFolder = /^[0-9a-f]{20}$/;
  const header = () => path.join(project, 'generator/output.ts');
  // The bundle of the sources as they are (others may be cached beside it for a minute).
  let current: string;

  beforeAll(() => {
    project = scratchFolder('cli-cache-');
    cpSync(path.join(root, 'generator'), path.join(project, 'generator'), { recursive: true });
    symlinkSync(path.join(root, 'templates'), path.join(project, 'templates'));
    mkdirSync(path.join(project, 'node_modules'));
    for (const name of readdirSync(path.join(root, 'node_modules'))) {
      if (name !== '.cache') symlinkSync(path.join(root, 'node_modules', name), path.join(project, 'node_modules', name));
    }
    cache = path.join(project, 'node_modules/.cache/generator');
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  test('is made once and reused while the sources stay the same', () => {
    const first = check();
    expect([first.status, first.stderr]).toEqual([0, '']);
    const bundles = cached();
    expect(bundles).toEqual([expect.stringMatching(bundleFolder)]);
    current = bundles[0]!;
    expect(readdirSync(path.join(cache, bundles[0]!)).sort()).toEqual([
      expect.stringMatching(/^chunk-\w+\.mjs$/),
      'index.mjs',
      expect.stringMatching(/^typescript\.js-[0-9a-f]+\.cache$/),
      'worker.mjs',
    ]);
    const made = statSync(path.join(cache, bundles[0]!, 'index.mjs'));

    const second = check();
    expect([second.status, second.stderr]).toEqual([0, '']);
    expect(cached()).toEqual(bundles);
    const reused = statSync(path.join(cache, bundles[0]!, 'index.mjs'));
    expect([reused.ino, reused.mtimeMs]).toEqual([made.ino, made.mtimeMs]);
  });

  test('is made again when a source changes, and the change takes effect', () => {
    const before = cached();
    const original = readFileSync(header(), 'utf8');
    try {
      // Another header: the committed output no longer matches.
      writeFileSync(header(), original.replace('Do not edit:', 'Never edit:'));
      const changed = check();
      expect(changed.stderr).toMatch(/is stale/);
      expect(changed.status).toBe(1);
      expect(cached()).not.toEqual(before);
    } finally {
      writeFileSync(header(), original);
    }
    const restored = check();
    expect([restored.status, restored.stderr]).toEqual([0, '']);
    expect(cached()).toContain(before[0]);
  });

  test("keeps V8's code cache of TypeScript beside it, and makes it again when V8 refuses it", () => {
    const folder = path.join(cache, current);
    const codeCache = () => readdirSync(folder).filter((name) => name.endsWith('.cache'));
    expect(codeCache()).toHaveLength(1);
    const file = path.join(folder, codeCache()[0]!);
    writeFileSync(file, 'not a code cache');
    const { status, stderr } = check();
    expect([status, stderr]).toEqual([0, '']);
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
    // Used as it is from then on.
    const made = statSync(file);
    expect([check().status, statSync(file).mtimeMs]).toEqual([0, made.mtimeMs]);
  });

  test('runs side by side with no bundle cached share it safely', async () => {
    rmSync(cache, { recursive: true, force: true });
    const statuses = await Promise.all([checkAsync(), checkAsync(), checkAsync()]);
    expect(statuses).toEqual([0, 0, 0]);
    // One bundle, and no half-written folder left behind.
    expect(cached()).toEqual([expect.stringMatching(bundleFolder)]);
  });
});
