// `npm run mock`: serves the generated mock config with Prism on 127.0.0.1:4010.
//   npm run mock -- [--port 4010] [--host 127.0.0.1] [--dynamic] [--seed 42] [--errors] [--no-cors] [--quiet]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { MockConfig } from '../generator/mock.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mockDir = path.join(root, 'generated/mock');
const config = JSON.parse(readFileSync(path.join(mockDir, 'prism.json'), 'utf8')) as MockConfig;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(config.port) },
    host: { type: 'string', default: config.host },
    dynamic: { type: 'boolean', default: config.dynamic },
    seed: { type: 'string' },
    errors: { type: 'boolean', default: config.errors },
    'no-cors': { type: 'boolean', default: !config.cors },
    quiet: { type: 'boolean', default: false },
  },
});

const args = [
  'mock', path.join(mockDir, config.spec),
  '--host', values.host!,
  '--port', values.port!,
  `--cors=${!values['no-cors']}`,
  `--dynamic=${values.dynamic}`,
  `--errors=${values.errors}`,
  // Dynamic answers hold the schema's properties only, as the service's would.
  '--json-schema-faker-fillProperties=false',
  '--verboseLevel', values.quiet ? 'warn' : 'info',
];
if (values.seed !== undefined) args.push('--seed', values.seed);

const url = `http://${values.host!.includes(':') ? `[${values.host}]` : values.host}:${values.port}`;
console.log(
  `Pinpoint mock (Prism) on ${url}: ${config.operations.length} operations, ` +
    `${values.dynamic ? `dynamic data${values.seed ? ` (seed ${values.seed})` : ''}` : 'documented examples'}.`,
);
for (const op of config.operations) console.log(`  ${op.method.padEnd(6)} ${op.path}  ${op.operationId}`);
console.log('Ask for an error with `Prefer: code=404`, generated data with `Prefer: dynamic=true`. Ctrl-C stops it.');

const prism = spawn(path.join(root, 'node_modules/.bin/prism'), args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => prism.kill(signal));
}
prism.on('exit', (code, signal) => {
  process.exit(signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : (code ?? 0));
});
