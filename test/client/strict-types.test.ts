// The generated code and its runtime compile in an app with the strictest settings apps use, under
// both module resolutions an app may have: they are .ts files, so skipLibCheck cannot hide their
// errors from the app.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';

const strict = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noPropertyAccessFromIndexSignature: true,
  noImplicitOverride: true,
};

const resolutions = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
};

function tsc(project: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

test.each(Object.keys(resolutions) as (keyof typeof resolutions)[])('generated/ type-checks with the strict flags and module resolution %s', async (resolution) => {
  const dir = path.join(scratch, `strict-${resolution}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: ['node'],
        typeRoots: [path.join(root, 'node_modules/@types')],
        skipLibCheck: true,
        noEmit: true,
        ...resolutions[resolution],
        ...strict,
      },
      include: [path.join(root, 'generated/**/*.ts')],
    }),
  );
  const { code, output } = await tsc(dir);
  expect(output).toBe('');
  expect(code).toBe(0);
});
