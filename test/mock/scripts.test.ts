// `npm run mock` and `npm run mock:proxy` as people run them: the script (what the npm script runs)
// in a process group of its own, stopped with SIGINT as a terminal's Ctrl-C stops it.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPinpointClient, paginate, paginatePages } from '../../generated/client.js';
import * as errors from '../../generated/errors.js';
import { parseViolationsHeader, reportLines } from '../../scripts/mock-proxy.js';
import { freePort, portIsFree, runScript } from '../support/prism.js';
import { operations } from '../support/spec.js';

const documented = (operationId: string) => operations.find((o) => o.operationId === operationId)!.success!.examples![0]!.value;

describe('npm run mock', () => {
  test('serves the documented examples on 127.0.0.1, lists every operation, and exits 0 on Ctrl-C, freeing its port', async () => {
    const port = await freePort();
    const mock = runScript('scripts/mock.ts', ['--port', String(port), '--quiet']);
    try {
      const banner = await mock.waitFor('Ctrl-C stops the mock');
      expect(banner).toContain(`Pinpoint mock (Prism) on http://127.0.0.1:${port}: ${operations.length} operations, documented examples.`);
      for (const operation of operations) {
        expect(banner).toContain(`${operation.method.toUpperCase().padEnd(6)} http://127.0.0.1:${port}${operation.path}  ${operation.operationId}`);
      }
      expect(banner).toContain(`GET    http://127.0.0.1:${port}/v1/apps  GetApps → 200 (paged)`);
      expect(banner).toContain('The 10 paged listings end: documented examples after 3 pages (1 when the example has no NextToken), generated data after 1 to 4, the same for the same seed.');
      expect(banner).toContain('A request that breaks the spec gets 422 with its violations (an application/problem+json body and the sl-violations header).');
      // Prism's own listing and its address behind the front stay hidden.
      expect(banner).not.toContain('Prism is listening');
      const response = await fetch(`http://127.0.0.1:${port}/v1/apps`, { headers: { origin: 'http://localhost:3000' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
      expect(await response.json()).toEqual(documented('GetApps'));
      // A browser's preflight gets Prism's CORS answer through the front.
      const preflight = await fetch(`http://127.0.0.1:${port}/v1/apps`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
      // The README's loop ends.
      const client = createPinpointClient({ endpoint: `http://127.0.0.1:${port}` });
      const names: unknown[] = [];
      for await (const app of paginate(client.getApps, { query: { 'page-size': '50' } })) names.push(app.Name);
      expect(names).toEqual(['string', 'string', 'string']);
    } finally {
      expect(await mock.interrupt()).toEqual({ code: 0, signal: null });
    }
    expect(await portIsFree(port)).toBe(true);
  });

  test('--dynamic --seed gives the same generated data every time; --no-cors drops CORS; SIGINT to the script alone stops it too', async () => {
    const port = await freePort();
    const mock = runScript('scripts/mock.ts', ['--port', String(port), '--dynamic', '--seed', '11', '--no-cors', '--quiet']);
    try {
      expect(await mock.waitFor('Ctrl-C stops the mock')).toContain('generated data (seed 11), no CORS.');
      const client = createPinpointClient({ endpoint: `http://127.0.0.1:${port}` });
      const first = await client.getApp({ path: { 'application-id': 'my-app' } });
      expect(first.Id).toMatch(/^[0-9a-f]{32}$/);
      expect(first.Arn).toMatch(/^arn:aws:mobiletargeting:us-east-1:123456789012:apps\/[0-9a-f]{32}$/);
      expect(await client.getApp({ path: { 'application-id': 'my-app' } })).toEqual(first);
      // Listings of generated data end too, the same way every time for seed 11.
      const walk = async () => {
        const pages: unknown[] = [];
        for await (const page of paginatePages(client.getSegments, { path: { 'application-id': 'my-app' } })) pages.push(page);
        return pages;
      };
      const pages = await walk();
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(4);
      expect(await walk()).toEqual(pages);
      const response = await fetch(`http://127.0.0.1:${port}/v1/apps`, { headers: { origin: 'http://localhost:3000' } });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      expect(await mock.interrupt({ group: false })).toEqual({ code: 0, signal: null });
    }
    expect(await portIsFree(port)).toBe(true);
  });

  test('a port already in use is refused with a readable message', async () => {
    const port = await freePort();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const mock = runScript('scripts/mock.ts', ['--port', String(port)]);
      expect(await mock.exited).toEqual({ code: 1, signal: null });
      expect(mock.output()).toContain(`http://127.0.0.1:${port} is already in use: pass --port`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});

describe('npm run mock:proxy', () => {
  // The "live service": one valid answer, one that breaks the spec, and a valid 201.
  let upstream: Server;
  let upstreamUrl: string;
  const seenUpstream: string[] = [];

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      seenUpstream.push(`${request.method} ${request.url}`);
      request.resume();
      response.setHeader('content-type', 'application/json');
      if (request.method === 'GET' && request.url === '/v1/apps') return response.end(JSON.stringify(documented('GetApps')));
      if (request.method === 'POST' && request.url === '/v1/apps') {
        response.statusCode = 201;
        return response.end(JSON.stringify(documented('CreateApp')));
      }
      response.end(JSON.stringify({ Name: 5 }));
    });
    const port = await freePort();
    await new Promise<void>((resolve) => upstream.listen(port, '127.0.0.1', resolve));
    upstreamUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(() => new Promise((resolve) => upstream.close(resolve)));

  test('forwards every exchange and reports each violation of a request or response, and nothing for a valid one', async () => {
    const port = await freePort();
    const dir = mkdtempSync(path.join(tmpdir(), 'mock-proxy-'));
    const reportFile = path.join(dir, 'violations.jsonl');
    const proxy = runScript('scripts/mock-proxy.ts', ['--upstream', upstreamUrl, '--port', String(port), '--report', reportFile]);
    try {
      expect(await proxy.waitFor('Ctrl-C stops the proxy')).toContain(`Pinpoint contract proxy on http://127.0.0.1:${port} → ${upstreamUrl}/`);
      const client = createPinpointClient({ endpoint: `http://127.0.0.1:${port}` });

      // Valid: the upstream's answer arrives unchanged, and the report says so.
      expect(await client.getApps()).toEqual(documented('GetApps'));
      await proxy.waitFor('✓ GET /v1/apps → 200');

      // An invalid response: still forwarded, and each violation reported with its exchange.
      expect(await client.getApp({ path: { 'application-id': 'my-app' } })).toEqual({ Name: 5 });
      const afterResponse = await proxy.waitFor("✗ error GET /v1/apps/my-app → 200  response.body.Name: Response body property Name must be string");
      expect(afterResponse).toContain("✗ error GET /v1/apps/my-app → 200  response.body: Response body must have required property 'Id'");
      expect(afterResponse).toContain("✗ error GET /v1/apps/my-app → 200  response.body: Response body must have required property 'Arn'");

      // An invalid request: forwarded too (the service has the last word) and reported.
      await expect(client.createApp({ body: { Name: 7 } as never })).resolves.toEqual(documented('CreateApp'));
      await proxy.waitFor('✗ error POST /v1/apps → 201  request.body.Name: Request body property Name must be string');

      const lines = proxy.output().split('\n');
      expect(lines.filter((l) => /^[✗!] .*GET \/v1\/apps → /.test(l))).toEqual([]);
      expect(seenUpstream).toEqual(['GET /v1/apps', 'GET /v1/apps/my-app', 'POST /v1/apps']);
    } finally {
      expect(await proxy.interrupt()).toEqual({ code: 0, signal: null });
    }
    expect(proxy.output()).toContain('3 exchanges, 2 broke the spec (4 violations).');
    const report = readFileSync(reportFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { method: string; path: string; violations: unknown[] });
    expect(report.map((e) => [e.method, e.path, e.violations.length])).toEqual([
      ['GET', '/v1/apps/my-app', 3],
      ['POST', '/v1/apps', 1],
    ]);
    rmSync(dir, { recursive: true, force: true });
    expect(await portIsFree(port)).toBe(true);
  });

  test('with --errors, a request that breaks the spec gets 422 and never reaches the service', async () => {
    const port = await freePort();
    const proxy = runScript('scripts/mock-proxy.ts', ['--upstream', upstreamUrl, '--port', String(port), '--errors', '--quiet']);
    try {
      await proxy.waitFor('Ctrl-C stops the proxy');
      const before = seenUpstream.length;
      const client = createPinpointClient({ endpoint: `http://127.0.0.1:${port}` });
      const thrown = (await client.createApp({ body: { Name: 7 } as never }).catch((e: unknown) => e)) as errors.ServiceException;
      expect(thrown).toBeInstanceOf(errors.UnexpectedResponseException);
      expect(thrown.status).toBe(422);
      expect(thrown.Message).toBe('Request body property Name must be string');
      expect(seenUpstream.length).toBe(before);
      await proxy.waitFor('✗ error POST /v1/apps → 422  request.body.Name: Request body property Name must be string');
    } finally {
      expect(await proxy.interrupt()).toEqual({ code: 0, signal: null });
    }
  });
});

describe("the proxy's report", () => {
  const violation = { location: ['response', 'body'], severity: 'Error', code: 'required', message: "Response body must have required property 'Id'" };

  test('reads a whole sl-violations header, and what is left of one Prism cut short', () => {
    expect(parseViolationsHeader(JSON.stringify([violation]))).toEqual([violation]);
    const cut = `Too many violations! ${JSON.stringify([violation, violation]).slice(0, 150)}`;
    expect(parseViolationsHeader(cut).map((v) => v.message)).toEqual([violation.message, 'more violations: Prism cut its header short']);
    expect(parseViolationsHeader(undefined)).toEqual([]);
  });

  test('gives one line per violation naming the exchange, and one line for a clean exchange', () => {
    expect(reportLines({ method: 'GET', path: '/v1/apps/a', status: 200, violations: [violation, { ...violation, severity: 'Warning', location: [] }] })).toEqual([
      "✗ error GET /v1/apps/a → 200  response.body: Response body must have required property 'Id'",
      "! warning GET /v1/apps/a → 200  Response body must have required property 'Id'",
    ]);
    expect(reportLines({ method: 'GET', path: '/v1/apps', status: 200, violations: [] })).toEqual(['✓ GET /v1/apps → 200']);
  });
});
