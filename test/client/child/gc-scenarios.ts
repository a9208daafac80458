// Run by gc.test.ts in a child `node --expose-gc` process: each scenario starts a call that waits
// (for headers, or for a stalled body), forces garbage collections while it waits, and reports how
// the call ended. Prints one JSON line per scenario.
import * as universal from '../../../generated/index.js';
import * as node from '../../../generated/index.node.js';
import { startScriptedServer, type Step } from '../../support/scripted-server.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
// The Node entry sends with node:http; the universal one with the global fetch, or with the fetch
// given as an option (here nodeHttpFetch, which goes through a Request as any fetch does).
const transport = process.argv[2];
const { createPinpointClient } = transport === 'node' ? node : universal;
const options = transport === 'nodeHttpFetch' ? { fetch: node.nodeHttpFetch } : {};
const page = { Item: [{ Name: 'n', Id: 'i', Arn: 'a' }], NextToken: 'x'.repeat(2000) };
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'TESTSECRETKEY/ExampleOnly+0000000000000', sessionToken: 'TESTSESSIONTOKEN' };

interface Scenario {
  step: Step;
  timeoutMs?: number;
  abortAfterMs?: number;
}

const scenarios: Record<string, Scenario> = {
  'timeout waiting for headers': { step: 'hang', timeoutMs: 300 },
  'abort waiting for headers': { step: 'hang', abortAfterMs: 300 },
  'timeout while the body stalls': { step: { status: 200, body: page, partial: 'hang' }, timeoutMs: 300 },
  'abort while the body stalls': { step: { status: 200, body: page, partial: 'hang' }, abortAfterMs: 300 },
};

async function collectGarbage(ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

for (const [name, scenario] of Object.entries(scenarios)) {
  const server = await startScriptedServer(() => scenario.step);
  const controller = new AbortController();
  const client = createPinpointClient({
    ...options,
    endpoint: server.url,
    credentials,
    retry: { maxAttempts: 2, sleep: async () => undefined },
    ...(scenario.timeoutMs === undefined ? {} : { timeoutMs: scenario.timeoutMs }),
  });
  const started = Date.now();
  let outcome: { settled: boolean; error?: string; attempts?: number } = { settled: false };
  const call = client.getApps({}, { signal: controller.signal }).then(
    () => (outcome = { settled: true }),
    (error: { name?: string; attempts?: number }) => (outcome = { settled: true, error: String(error?.name), attempts: error?.attempts }),
  );
  if (scenario.abortAfterMs !== undefined) {
    const abortAt = started + scenario.abortAfterMs;
    await collectGarbage(abortAt - Date.now());
    controller.abort(new Error('caller gave up'));
  }
  // The call must end within a few seconds; collect garbage all the while.
  const deadline = Date.now() + 4000;
  while (!outcome.settled && Date.now() < deadline) await collectGarbage(100);
  await Promise.race([call, new Promise((resolve) => setTimeout(resolve, 10))]);
  const ms = Date.now() - started;
  // An abandoned attempt closes its connection: nothing is left waiting on the server.
  const closing = Date.now() + 2000;
  while (server.openRequestConnections > 0 && Date.now() < closing) await collectGarbage(50);
  console.log(JSON.stringify({ name, ...outcome, ms, requests: server.requests.length, openRequestConnections: server.openRequestConnections }));
  await server.close();
}
process.exit(0);
