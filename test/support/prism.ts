// Starts the mock as `npm run mock` does (scripts/mock.ts: Prism behind the mock's front), on a
// free port of 127.0.0.1; one per test file.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { root } from './spec.js';

export interface RunningPrism {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * `args` are options of `npm run mock` (`--dynamic`, `--seed 7`, `--errors`). The script runs in
 * a process of its own, not in the test's: a test that blocks its own event loop (spawnSync of
 * curl) must not block the mock.
 */
export async function startPrism(args: string[] = []): Promise<RunningPrism> {
  // Port 0: the mock listens on a port the system picks and prints it.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/mock.ts'), '--port', '0', '--quiet', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The mock did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const started = /^Pinpoint mock \(Prism\) on (http:\/\/127\.0\.0\.1:\d+):/m.exec(output);
      if (started && output.includes('Ctrl-C stops the mock')) {
        clearTimeout(timer);
        resolve(started[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The mock exited (${signal ?? code}) before it started:\n${output}`));
    });
  });
  // Keep draining its log so that a full pipe never blocks it.
  child.stdout!.removeAllListeners('data');
  child.stderr!.removeAllListeners('data');
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        // The mock stops Prism, then exits.
        child.kill('SIGTERM');
      }),
  };
}

/** Whether nothing listens on 127.0.0.1:port any more. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningScript {
  /** Everything the script wrote so far, stdout and stderr together. */
  output(): string;
  /** Resolves with the output once it contains `text`; rejects if the script exits first. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Sends `signal` to the script's process group, as a terminal's Ctrl-C does, or to the script alone. */
  interrupt(options?: { signal?: NodeJS.Signals; group?: boolean }): Promise<Exit>;
  exited: Promise<Exit>;
}

/**
 * Runs `tsx <script> …args` (what the npm script runs) in a process group of its own, so that a
 * test can stop it the way a terminal does and nothing it started outlives the test.
 */
export function runScript(script: string, args: string[]): RunningScript {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let done = false;
  void exited.then(() => {
    done = true;
    for (const listener of listeners) listener();
  });
  return {
    output: () => output,
    waitFor: (text, timeoutMs = 60_000) =>
      new Promise<string>((resolve, reject) => {
        const found = () => (typeof text === 'string' ? output.includes(text) : text.test(output));
        const timer = setTimeout(() => finish(new Error(`Not seen within ${timeoutMs} ms: ${String(text)}\n${output}`)), timeoutMs);
        const check = () => {
          if (found()) finish();
          else if (done) finish(new Error(`The script exited before printing ${String(text)}:\n${output}`));
        };
        const finish = (error?: Error) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(output);
        };
        listeners.add(check);
        check();
      }),
    interrupt: ({ signal = 'SIGINT', group = true } = {}) => {
      if (!done) process.kill(group ? -child.pid! : child.pid!, signal);
      return exited;
    },
    exited,
  };
}
