// Timeouts and cancellation still fire when garbage collections run while an attempt waits, for
// headers or for a stalled body, on every transport: Node 20 holds signals linked through
// `new Request()` and `AbortSignal.any()` weakly, and a collected signal never aborts. Each
// transport runs in a child `node --expose-gc` that forces collections while it waits.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from '../support/spec.js';

interface Outcome {
  name: string;
  settled: boolean;
  error?: string;
  attempts?: number;
  ms: number;
  requests: number;
  openRequestConnections: number;
  closedConnections: number;
}

function runScenarios(transport: string): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(root, 'test/client/child/gc-scenarios.ts'), transport], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the scenarios exited ${code}:\n${stderr}`));
      else resolve(stdout.trim().split('\n').map((line) => JSON.parse(line) as Outcome));
    });
  });
}

const transports = ['fetch', 'node', 'nodeHttpFetch'];
const outcomes: Record<string, Promise<Outcome[]>> = {};
beforeAll(() => {
  for (const transport of transports) outcomes[transport] = runScenarios(transport);
});

describe.each(transports)('on %s', (transport) => {
  test.each([
    ['timeout waiting for headers', 'TimeoutError', 2],
    ['abort waiting for headers', 'RequestAbortedError', 1],
    ['timeout while the body stalls', 'TimeoutError', 2],
    ['abort while the body stalls', 'RequestAbortedError', 1],
  ])('%s: the call ends with %s after %i attempt(s), its connections closed', async (name, error, attempts) => {
    const outcome = (await outcomes[transport]!).find((o) => o.name === name)!;
    expect(outcome).toMatchObject({ name, settled: true, error, attempts });
    expect(outcome.requests).toBeGreaterThan(0);
    expect(outcome.openRequestConnections).toBe(0);
    // Two attempts of 300 ms, or an abort at 300 ms: far from the 4 s the scenario waits at most.
    expect(outcome.ms).toBeLessThan(3000);
  });
});
