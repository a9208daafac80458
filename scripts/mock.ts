// `npm run mock`: serves the generated mock config with Prism on 127.0.0.1:4010, behind the front
// of scripts/mock-server.ts (listings that end, 422s with their violations in the body). The tests
// start this script too (test/support/prism.ts).
//   npm run mock -- [--port 4010] [--host 127.0.0.1] [--dynamic] [--seed 42] [--errors] [--no-cors] [--quiet]
import { closeServer, exposureWarning, parseMockOptions, readConfig, startMock, stopWithSignals } from './mock-server.js';
import { isEntryPoint } from '../generator/entry-point.js';

async function main(): Promise<void> {
  const config = readConfig();
  const options = parseMockOptions(process.argv.slice(2), config);
  const mock = await startMock(options, config);
  stopWithSignals(mock.prism, () => closeServer(mock.front));
  const url = await mock.ready;

  const mode = options.dynamic ? `generated data${options.seed !== undefined ? ` (seed ${options.seed})` : ''}` : 'documented examples';
  const listings = config.operations.filter((op) => op.pagination).length;
  const lines = [
    `Pinpoint mock (Prism) on ${url}: ${config.operations.length} operations, ${mode}${options.cors ? '' : ', no CORS'}.`,
    ...config.operations.map((op) => `  ${op.method.padEnd(6)} ${url}${op.path}  ${op.operationId}${op.status ? ` → ${op.status}` : ''}${op.pagination ? ' (paged)' : ''}`),
    `Try: curl ${url}/v1/apps`,
    'Per request: `Prefer: code=404` (a documented error), `Prefer: dynamic=true` (generated data), `Prefer: example=<name>`.',
    `The ${listings} paged listings end: documented examples after ${config.pages.examples} pages (1 when the example has no NextToken), generated data after 1 to ${config.pages.max}, the same for the same seed.`,
    'A request that breaks the spec gets 422 with its violations (an application/problem+json body and the sl-violations header). Ctrl-C stops the mock.',
  ];
  const warning = exposureWarning(options.host);
  if (warning) lines.push(warning);
  console.log(lines.join('\n'));
}

if (isEntryPoint(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
