// `npm run generate` runs generator/cli.mjs: the generator bundled and run as plain JavaScript.
// It must behave as generator/index.ts does, exit codes included, and leave no bundle behind.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { root } from '../support/spec.js';

const cache = path.join(root, 'node_modules/.cache/generator');
const run = (...args: string[]) => spawnSync(process.execPath, ['generator/cli.mjs', ...args], { cwd: root, encoding: 'utf8' });
const leftovers = () => (existsSync(cache) ? readdirSync(cache) : []);

test('checks the committed output like the generator itself, and leaves no bundle behind', () => {
  const before = leftovers();
  const { status, stdout, stderr } = run('--check');
  expect(stderr).toBe('');
  expect(stdout).toContain('generated/ is up to date with spec/openapi.yaml');
  expect(status).toBe(0);
  expect(leftovers()).toEqual(before);
});

test('passes on the exit code and the message of a spec that is refused', () => {
  const { status, stderr } = run('--spec', 'test/fixtures/petstore/no-such-file.yaml', '--out', 'test/.generated/cli-out', '--check');
  expect(stderr).toMatch(/no-such-file\.yaml/);
  expect(status).toBe(1);
});
