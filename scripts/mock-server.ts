// The machinery behind `npm run mock` (scripts/mock.ts, which the tests start too) and
// `npm run mock:proxy` (scripts/mock-proxy.ts): Prism, the CLI as it ships, on a free loopback port,
// and in front of it a small pass-through on the address clients use.
//
// Prism is stateless by design (its maintainers keep state and behaviour out of it, see
// stoplightio/prism#2139): it answers the same page for every token, so a listing never ends. The
// mock's front adds what needs a model of the exchange, and nothing else:
// - Listings end. Every listing the generator marks (`pagination` in generated/mock/prism.json)
//   has a known number of pages; the front keeps the first page as Prism serves it, hands out a
//   token that names the next page, and drops `NextToken` from the last. Pages of seeded data
//   differ from page to page through Prism's own per-request seed (`Prefer: seed=…`).
// - A request that breaks the spec gets Prism's 422 with its violations in the body, as Prism's
//   own problem+json, besides the `sl-violations` header Prism already sends.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, createServer as createNetServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { MockConfig, MockOperation, MockPagination, PageModel } from '../generator/mock.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const mockDir = path.join(root, 'generated/mock');
const prismBin = path.join(root, 'node_modules/.bin/prism');

// Prism's problem+json type and its 422 template, from the two files of prism-http that hold them
// (its index loads the whole mocker: over a second at start-up).
const require = createRequire(import.meta.url);
const { ProblemJsonError } = require('@stoplight/prism-http/dist/types.js') as typeof import('@stoplight/prism-http/dist/types.js');
const { UNPROCESSABLE_ENTITY } = require('@stoplight/prism-http/dist/mocker/errors.js') as typeof import('@stoplight/prism-http/dist/mocker/errors.js');

export function readConfig(): MockConfig {
  return JSON.parse(readFileSync(path.join(mockDir, 'prism.json'), 'utf8')) as MockConfig;
}

export function urlOf(host: string, port: number | string): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** A warning for a server that answers more than this machine. */
export function exposureWarning(host: string): string | undefined {
  return isLoopback(host) ? undefined : `Listening on ${host}: reachable from other machines on the network.`;
}

/** Rejects with a readable message when something already listens on host:port. */
export function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'EADDRINUSE' ? `${urlOf(host, port)} is already in use: pass --port` : `cannot listen on ${urlOf(host, port)}: ${error.message}`)),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address() as AddressInfo;
      probe.close(() => resolve(address.port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
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
 * Starts the Prism CLI on 127.0.0.1:port. Its output is held back until it listens (its own route
 * listing would repeat the banner, with its hidden port) and passed through after that. At log
 * levels that show it, Prism's "listening" line marks the start, else the first connection it
 * accepts.
 */
export function startPrism(args: string[], port: number): PrismProcess {
  const child = spawn(prismBin, [...args, '--host', '127.0.0.1', '--port', String(port), '--multiprocess=false'], {
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
      stream.write(chunk);
      return;
    }
    held += chunk.toString();
    const at = held.indexOf('Prism is listening');
    if (logsStart && at >= 0) {
      const rest = held.slice(held.indexOf('\n', at) + 1);
      markStarted();
      if (rest) stream.write(rest);
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
      if (await accepts(port)) markStarted();
      else setTimeout(poll, 50);
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

/** Stops accepting connections and drops the idle keep-alive ones, so that the port is free at once. */
export function closeServer(server: Server): void {
  server.close();
  server.closeAllConnections();
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Violations, as Prism reports them.

export interface ReportedViolation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** Prism's `sl-violations` header, also when Prism cut it short ("Too many violations! …"). */
export function parseViolationsHeader(header: string | undefined): ReportedViolation[] {
  if (!header) return [];
  const truncated = header.startsWith('Too many violations!');
  const json = truncated ? header.slice('Too many violations!'.length).trim() : header;
  try {
    const parsed: unknown = JSON.parse(json);
    if (Array.isArray(parsed)) return parsed.filter((v): v is ReportedViolation => typeof v?.message === 'string');
  } catch {
    // A cut header is not JSON: keep every whole message it still holds.
  }
  const messages = [...json.matchAll(/"message":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  const found = messages.map((message) => ({ location: [], severity: 'Error', code: '', message }));
  return truncated ? [...found, { location: [], severity: 'Error', code: '', message: 'more violations: Prism cut its header short' }] : found;
}

/**
 * The body of the mock's 422: Prism's own problem (what it answers for an operation that
 * documents no 422 or 400), with the violations located as Prism locates them there (`['body']`,
 * not the header's `['request', 'body']`).
 */
export function unprocessableProblem(violations: ReportedViolation[]): Record<string, unknown> {
  const validation = violations.map((v) => ({ ...v, location: v.location[0] === 'request' ? v.location.slice(1) : v.location }));
  const detail = `The request breaks the spec: ${violations.map((v) => v.message).join('; ')}`;
  return ProblemJsonError.toProblemJson(ProblemJsonError.fromTemplate(UNPROCESSABLE_ENTITY, detail, { validation }));
}

// ---------------------------------------------------------------------------------------------
// Options of `npm run mock`.

export interface MockOptions {
  host: string;
  port: number;
  dynamic: boolean;
  seed?: string;
  errors: boolean;
  cors: boolean;
  quiet: boolean;
}

export function parseMockOptions(args: string[], config: MockConfig): MockOptions {
  const { values } = parseArgs({
    args,
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
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port!) || port > 65535) throw new Error(`--port: not a port number: ${values.port}`);
  if (values.seed === '') throw new Error('--seed: give a value, e.g. --seed 7');
  return {
    host: values.host!,
    port,
    dynamic: values.dynamic!,
    ...(values.seed === undefined ? {} : { seed: values.seed }),
    errors: values.errors!,
    cors: !values['no-cors'],
    quiet: values.quiet!,
  };
}

// ---------------------------------------------------------------------------------------------
// Pages.

/** What a request asks Prism for, read as Prism reads it: the `Prefer` header, else `__code`… in the query. */
export interface Preferences {
  code?: string;
  example?: string;
  dynamic?: string;
  seed?: string;
}

const PREFERENCES = ['code', 'example', 'dynamic', 'seed'] as const;

export function preferencesOf(prefer: string | string[] | undefined, query: URLSearchParams): Preferences {
  const found: Preferences = {};
  if (prefer === undefined) {
    for (const name of PREFERENCES) {
      const value = query.get(`__${name}`);
      if (value !== null) found[name] = value;
    }
    return found;
  }
  // As parse-prefer-header (Prism's parser) does: preferences split on commas, the first of a name
  // wins, and what follows a `;` is a parameter of the preference, not one of its own.
  for (const preference of (Array.isArray(prefer) ? prefer.join(',') : prefer).split(',')) {
    const [token = ''] = preference.split(';');
    const at = token.indexOf('=');
    const name = (at < 0 ? token : token.slice(0, at)).trim().toLowerCase() as keyof Preferences;
    const value = at < 0 ? '' : token.slice(at + 1).trim().replace(/^"(.*)"$/, '$1');
    if (PREFERENCES.includes(name) && found[name] === undefined && value !== '') found[name] = value;
  }
  return found;
}

function preferHeader(preferences: Preferences): string {
  return PREFERENCES.filter((name) => preferences[name] !== undefined)
    .map((name) => `${name}=${preferences[name]}`)
    .join(', ');
}

/** FNV-1a: a page count that depends on the seed and the listing only, on every machine. */
function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 16777619);
  return value >>> 0;
}

interface PageToken {
  /** The operation that handed the token out. */
  o: string;
  /** The page it leads to. */
  p: number;
  /** How many pages the listing has. */
  n: number;
}

/** Opaque to clients, like the service's: the position in the listing, as base64url JSON. */
export function pageToken(operationId: string, page: number, pages: number): string {
  return Buffer.from(JSON.stringify({ o: operationId, p: page, n: pages } satisfies PageToken)).toString('base64url');
}

export function readPageToken(token: string): PageToken | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<PageToken>;
    const whole = (n: unknown): n is number => Number.isInteger(n);
    if (typeof parsed.o === 'string' && whole(parsed.p) && whole(parsed.n) && parsed.p >= 2 && parsed.p <= parsed.n) return parsed as PageToken;
  } catch {
    // Not a token of this mock.
  }
  return undefined;
}

interface Listing {
  operationId: string;
  pattern: RegExp;
  pagination: MockPagination;
}

/** Where a request stands in a listing. */
interface Position {
  listing: Listing;
  page: number;
  /** Undefined on the first page of documented examples: that page is served as documented. */
  pages?: number;
  pageSize?: number;
}

type Placement = Position | { listing: Listing; refused: string };

export class Pager {
  private readonly listings: Listing[];

  constructor(
    operations: MockOperation[],
    private readonly model: PageModel,
    private readonly defaults: { dynamic: boolean; seed?: string },
  ) {
    this.listings = operations
      .filter((o): o is MockOperation & { pagination: MockPagination } => o.method === 'GET' && o.pagination !== undefined)
      .map((o) => ({
        operationId: o.operationId,
        pagination: o.pagination,
        pattern: new RegExp(`^${o.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      }));
  }

  /** The page a GET asks for, or why its token is refused; undefined for anything but a listing's page. */
  place(method: string, url: URL, preferences: Preferences): Placement | undefined {
    if (method !== 'GET' || preferences.code !== undefined) return undefined;
    const listing = this.listings.find((l) => l.pattern.test(url.pathname));
    if (!listing) return undefined;
    const { inputToken, pageSize: sizeParameter, documentedTokens } = listing.pagination;
    const size = sizeParameter === undefined ? null : url.searchParams.get(sizeParameter);
    const pageSize = size !== null && /^\d+$/.test(size) && Number(size) > 0 ? Number(size) : undefined;
    const pagesFor = () => this.pageCount(listing, url.pathname, preferences);
    const token = url.searchParams.get(inputToken);
    if (token === null || token === '') {
      return { listing, page: 1, pages: this.isDynamic(preferences) ? pagesFor() : undefined, pageSize };
    }
    if (documentedTokens.includes(token)) return { listing, page: 2, pages: Math.max(2, pagesFor()), pageSize };
    const read = readPageToken(token);
    if (!read || read.n > Math.max(this.model.examples, this.model.max)) {
      return { listing, refused: `${inputToken} ${JSON.stringify(token)} was not handed out by this mock` };
    }
    if (read.o !== listing.operationId) {
      return { listing, refused: `${inputToken} ${JSON.stringify(token)} belongs to ${read.o}, not ${listing.operationId}` };
    }
    return { listing, page: read.p, pages: read.n, pageSize };
  }

  /** What to ask Prism for this page: another seed for each page of seeded data. */
  preferencesFor(position: Position, preferences: Preferences): Preferences | undefined {
    const seed = preferences.seed ?? this.defaults.seed;
    if (position.page === 1 || !this.isDynamic(preferences) || seed === undefined) return undefined;
    return { ...preferences, seed: `${seed}/page-${position.page}` };
  }

  /** The page as the listing's model says: the next page's token, or none on the last page. */
  rewrite(position: Position, body: Record<string, unknown>): Record<string, unknown> {
    const { outputToken, items } = position.listing.pagination;
    const page = { ...body };
    if (items && position.pageSize !== undefined && Array.isArray(page[items])) page[items] = (page[items] as unknown[]).slice(0, position.pageSize);
    if (position.pages === undefined) return page;
    if (position.page < position.pages) page[outputToken] = pageToken(position.listing.operationId, position.page + 1, position.pages);
    else delete page[outputToken];
    return page;
  }

  private isDynamic(preferences: Preferences): boolean {
    return preferences.dynamic === undefined ? this.defaults.dynamic : preferences.dynamic === 'true';
  }

  private pageCount(listing: Listing, pathname: string, preferences: Preferences): number {
    if (!this.isDynamic(preferences)) return this.model.examples;
    const seed = preferences.seed ?? this.defaults.seed;
    const draw = seed === undefined ? Math.random() : hash(`${seed}\n${listing.operationId}\n${pathname}`) / 2 ** 32;
    return 1 + Math.floor(draw * this.model.max);
  }
}

// ---------------------------------------------------------------------------------------------
// The front.

const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection'];

export function passHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.includes(name)));
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function ask(port: number, method: string, target: string, headers: IncomingHttpHeaders, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // A connection per request: no idle socket for Prism to close under a reused one.
    const outgoing = request({ host: '127.0.0.1', port, method, path: target, headers, agent: false }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: passHeaders(answer.headers), body: Buffer.concat(chunks) }));
      answer.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function readBody(incoming: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

function jsonObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function withJson(answer: Answer, value: unknown, contentType?: string): Answer {
  const body = Buffer.from(JSON.stringify(value));
  const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => name !== 'content-length' && (!contentType || name !== 'content-type')));
  return { status: answer.status, headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}), 'content-length': String(body.length) }, body };
}

/** The server clients talk to: every request goes to Prism, pages and 422s come back completed. */
export function createFront(prismPort: number, config: MockConfig, options: Pick<MockOptions, 'dynamic' | 'seed'>): Server {
  const pager = new Pager(config.operations, config.pages, options);
  return createServer(async (incoming, outgoing) => {
    const method = incoming.method ?? 'GET';
    const target = incoming.url ?? '/';
    try {
      const body = await readBody(incoming);
      const url = new URL(target, 'http://mock');
      const preferences = preferencesOf(incoming.headers.prefer, url.searchParams);
      const placed = pager.place(method, url, preferences);
      const headers = passHeaders(incoming.headers);
      let asked: Preferences | undefined;
      if (placed && 'refused' in placed) asked = { ...preferences, code: '400' };
      else if (placed) asked = pager.preferencesFor(placed, preferences);
      if (asked) headers.prefer = preferHeader(asked);

      let answer = await ask(prismPort, method, target, headers, body);
      if (placed && 'refused' in placed) {
        // The documented 400, saying what is wrong with the token.
        const error = jsonObject(answer.body);
        if (answer.status === 400 && error) answer = withJson(answer, { ...error, Message: placed.refused });
      } else if (placed && answer.status >= 200 && answer.status < 300) {
        const page = jsonObject(answer.body);
        if (page) answer = withJson(answer, pager.rewrite(placed, page));
      } else if (answer.status === 422 && answer.body.length === 0 && answer.headers['sl-violations']) {
        const violations = parseViolationsHeader(String(answer.headers['sl-violations']));
        answer = withJson(answer, unprocessableProblem(violations), 'application/problem+json');
      }
      outgoing.writeHead(answer.status, answer.headers);
      outgoing.end(answer.body);
    } catch (error) {
      if (outgoing.headersSent) return void outgoing.destroy();
      outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end(`The mock could not reach Prism: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

export interface RunningMock {
  prism: PrismProcess;
  front: Server;
  /** Resolves with the mock's URL once it answers. */
  ready: Promise<string>;
}

/** Prism on a free loopback port, and the front on the address asked for once Prism listens. */
export async function startMock(options: MockOptions, config: MockConfig): Promise<RunningMock> {
  await assertPortFree(options.host, options.port);
  const prismPort = await freeLoopbackPort();
  const args = [
    'mock', path.join(mockDir, config.spec),
    `--cors=${options.cors}`,
    `--dynamic=${options.dynamic}`,
    `--errors=${options.errors}`,
    '--verboseLevel', options.quiet ? 'warn' : 'info',
    ...(options.seed === undefined ? [] : ['--seed', options.seed]),
  ];
  const prism = startPrism(args, prismPort);
  const front = createFront(prismPort, config, options);
  const ready = prism.ready
    .then(async () => urlOf(options.host, await listen(front, options.port, options.host)))
    .catch((error: unknown) => {
      prism.child.kill('SIGTERM');
      throw error;
    });
  return { prism, front, ready };
}
