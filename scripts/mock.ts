// `npm run mock`: serves the generated mock config with Prism on 127.0.0.1:4010.
//   npm run mock -- [--port 4010] [--host 127.0.0.1] [--dynamic] [--seed 42] [--errors] [--no-cors] [--quiet]
// Also the helpers `npm run mock:proxy` (scripts/mock-proxy.ts) starts Prism with.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { MockConfig } from '../generator/mock.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const mockDir = path.join(root, 'generated/mock');
const prismBin = path.join(root, 'node_modules/.bin/prism');

export function readConfig(): MockConfig {
  return JSON.parse(readFileSync(path.join(mockDir, 'prism.json'), 'utf8')) as MockConfig;
}

export function urlOf(host: string, port: number | string): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Where to knock to see whether a server bound to `host` is up. */
function dialHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '::1';
  return host;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Rejects with a readable message when something already listens on host:port. */
export function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'EADDRINUSE' ? `${urlOf(host, port)} is already in use: pass --port` : `cannot listen on ${urlOf(host, port)}: ${error.message}`)),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: dialHost(host), port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface PrismProcess {
  child: ChildProcess;
  /** Resolves once Prism accepts connections; rejects with its output if it exits first. */
  ready: Promise<void>;
  readonly listening: boolean;
}

/**
 * Starts the Prism CLI. Its output is held back until it listens (its own route listing would
 * repeat the banner) and passed through after that when `echo` is on. At log levels that show it,
 * Prism's "listening" line marks the start, else the first connection it accepts.
 */
export function startPrism(args: string[], host: string, port: number, echo = true): PrismProcess {
  const child = spawn(prismBin, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
  });
  const level = args[args.indexOf('--verboseLevel') + 1] ?? 'info';
  const logsStart = ['trace', 'debug', 'info'].includes(level);
  let held = '';
  let started = false;
  let markStarted = () => {};
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    if (started) {
      if (echo) stream.write(chunk);
      return;
    }
    held += chunk.toString();
    const at = held.indexOf('Prism is listening');
    if (logsStart && at >= 0) {
      const rest = held.slice(held.indexOf('\n', at) + 1);
      markStarted();
      if (echo && rest) stream.write(rest);
    }
  };
  child.stdout!.on('data', forward(process.stdout));
  child.stderr!.on('data', forward(process.stderr));
  const ready = new Promise<void>((resolve, reject) => {
    const failed = (code: number | null, signal: NodeJS.Signals | null) =>
      reject(new Error(`Prism exited (${signal ?? `exit code ${code}`}) before it listened:\n${held}`));
    const timer = setTimeout(() => reject(new Error(`Prism did not listen within 60 s:\n${held}`)), 60_000);
    markStarted = () => {
      started = true;
      clearTimeout(timer);
      child.off('exit', failed);
      resolve();
    };
    child.once('exit', failed);
    const poll = async () => {
      if (started || child.exitCode !== null || child.signalCode !== null) return;
      if (await accepts(host, port)) markStarted();
      else setTimeout(poll, 100);
    };
    if (!logsStart) void poll();
  });
  return {
    child,
    ready,
    get listening() {
      return started;
    },
  };
}

/**
 * Ctrl-C (or SIGTERM) stops Prism and then exits 0. A terminal sends SIGINT to Prism as well; a
 * Prism ended by either signal is a clean stop, any other exit is a failure.
 */
export function stopWithSignals(prism: PrismProcess, onStop: () => void = () => {}): void {
  const { child } = prism;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    onStop();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code, signal) => {
    const clean = stopping || signal === 'SIGINT' || signal === 'SIGTERM';
    // Before it listens, `ready` rejects with Prism's output: the caller reports that.
    if (!clean && !prism.listening) return;
    if (!stopping) onStop();
    if (!clean) console.error(`Prism stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    process.exit(clean ? 0 : code || 1);
  });
}

/** A warning for a server that answers more than this machine. */
export function exposureWarning(host: string): string | undefined {
  return isLoopback(host) ? undefined : `Listening on ${host}: reachable from other machines on the network.`;
}

async function main(): Promise<void> {
  const config = readConfig();
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: String(config.port) },
      host: { type: 'string', default: config.host },
      dynamic: { type: 'boolean', default: config.dynamic },
      seed: { type: 'string', ...(config.seed === null ? {} : { default: config.seed }) },
      errors: { type: 'boolean', default: config.errors },
      'no-cors': { type: 'boolean', default: !config.cors },
      quiet: { type: 'boolean', default: false },
    },
  });
  const host = values.host!;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${values.port}`);
  await assertPortFree(host, port);

  const args = [
    'mock', path.join(mockDir, config.spec),
    '--host', host,
    '--port', String(port),
    `--cors=${!values['no-cors']}`,
    `--dynamic=${values.dynamic}`,
    `--errors=${values.errors}`,
    '--multiprocess=false',
    '--verboseLevel', values.quiet ? 'warn' : 'info',
  ];
  if (values.seed !== undefined) args.push('--seed', values.seed);

  const prism = startPrism(args, host, port, true);
  stopWithSignals(prism);
  await prism.ready;

  const url = urlOf(host, port);
  const mode = values.dynamic ? `generated data${values.seed !== undefined ? ` (seed ${values.seed})` : ''}` : 'documented examples';
  const lines = [
    `Pinpoint mock (Prism) on ${url}: ${config.operations.length} operations, ${mode}${values['no-cors'] ? ', no CORS' : ''}.`,
    ...config.operations.map((op) => `  ${op.method.padEnd(6)} ${url}${op.path}  ${op.operationId}${op.status ? ` → ${op.status}` : ''}`),
    `Try: curl ${url}/v1/apps`,
    'Per request: `Prefer: code=404` (a documented error), `Prefer: dynamic=true` (generated data), `Prefer: example=<name>`.',
    'A request that breaks the spec gets 422 and an sl-violations header. Ctrl-C stops the mock.',
  ];
  const warning = exposureWarning(host);
  if (warning) lines.push(warning);
  console.log(lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
