// The client bundles for browsers with no Node built-in, and a program that calls one operation
// carries only that operation (tree-shaking), checked on esbuild's real output.
import path from 'node:path';
import { build } from 'esbuild';
import { operations, root } from '../support/spec.js';

async function bundle(entry: string, platform: 'browser' | 'neutral' = 'browser') {
  const result = await build({
    stdin: { contents: entry, resolveDir: path.join(root, 'test'), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

test('one operation through the modular API bundles that operation only, with no Node module', async () => {
  const { code, inputs } = await bundle(`
    import { createPinpointConnection, getApps } from '../generated/index.js';
    const connection = createPinpointConnection({ region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    getApps(connection, {}).then(console.log);
  `);
  expect(inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
  expect(inputs.some((i) => i.includes('generated/validators'))).toBe(false);
  expect(code).toContain('"/v1/apps"');
  const others = operations.filter((o) => o.path !== '/v1/apps').map((o) => o.path);
  expect(others.filter((p) => code.includes(JSON.stringify(p)))).toEqual([]);
  expect(code).toContain('mobiletargeting');
});

test('the whole client and its runtime bundle for a neutral platform (browsers, workers, edge)', async () => {
  const { inputs } = await bundle(`export * from '../generated/index.js';`, 'neutral');
  expect(inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
  expect(inputs.some((i) => i.includes('generated/runtime/node/'))).toBe(false);
});
