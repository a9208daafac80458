// The two entries an app imports: generated/index.ts (every runtime: fetch and Web Crypto) and
// generated/index.node.ts (the same exports, but sending with node:http and signing in plain
// JavaScript). And the work a request costs: no Request object on the default paths, one per
// attempt with a fetch of the caller's, and a signing key derived once a day.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { build } from 'esbuild';
import * as universal from '../../generated/index.js';
import * as node from '../../generated/index.node.js';
import * as errors from '../../generated/errors.js';
import { webSigningCrypto, type SigningCrypto } from '../../generated/runtime/signing.js';
import { operations, root } from '../support/spec.js';
import { scratch, typeCheck } from '../support/tsc.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'TESTSECRETKEY/ExampleOnly+0000000000000' };
let server: ScriptedServer;
beforeAll(async () => {
  // `page-size=503` is answered 503 every other time.
  let unavailable = false;
  server = await startScriptedServer((request) => {
    if (request.url.endsWith('page-size=503')) unavailable = !unavailable;
    return request.url.endsWith('page-size=503') && unavailable ? { status: 503, body: {} } : { status: 200, body: { Item: [] } };
  });
});
afterAll(() => server.close());
beforeEach(() => server.requests.splice(0));

describe('generated/index.ts', () => {
  test('exports the client, the connection, every operation function, pagination and every error class', () => {
    const exported = universal as unknown as Record<string, unknown>;
    for (const name of ['createPinpointClient', 'createPinpointConnection', 'paginate', 'paginatePages']) expect(typeof exported[name]).toBe('function');
    for (const operation of operations) expect([operation.methodName, typeof exported[operation.methodName]]).toEqual([operation.methodName, 'function']);
    for (const [name, value] of Object.entries(errors)) expect([name, exported[name]]).toEqual([name, value]);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['RedirectError', 'PaginationError', 'NotFoundException', 'NetworkError']));
  });

  test('exports the input, output and named schema types', () => {
    const { status, output } = typeCheck('entries-types', {
      'types.ts': [
        "import type { GetAppsInput, GetAppsOutput, ApplicationResponse, EndpointRequest, PinpointClient, Credentials, RequestHandler } from '../../../generated/index.js';",
        "import type { GetAppsOutput as NodeGetAppsOutput, PinpointClient as NodeClient } from '../../../generated/index.node.js';",
        "export const input: GetAppsInput = { query: { 'page-size': '5' } };",
        'export const app: ApplicationResponse | undefined = ({} as GetAppsOutput).Item?.[0];',
        "export const endpoint: EndpointRequest = { ChannelType: 'GCM' };",
        'export type Same = [PinpointClient, NodeClient, NodeGetAppsOutput, Credentials, RequestHandler];',
        '',
      ].join('\n'),
    });
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});

describe('generated/index.node.ts', () => {
  test('exports everything index.ts does, the same objects but for the two factories, and the Node transport', () => {
    const shadowed = ['createPinpointClient', 'createPinpointConnection'];
    for (const [name, value] of Object.entries(universal)) {
      if (shadowed.includes(name)) expect(node[name as keyof typeof node]).not.toBe(value);
      else expect([name, node[name as keyof typeof node]]).toEqual([name, value]);
    }
    expect(typeof node.nodeRequestHandler).toBe('function');
    expect(typeof node.nodeHttpFetch).toBe('function');
  });

  test('sends with node:http, not the global fetch, unless a fetch is given', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    try {
      await expect(node.createPinpointClient({ endpoint: server.url, credentials }).getApps()).resolves.toEqual({ Item: [] });
      await expect(node.getApps(node.createPinpointConnection({ endpoint: server.url }), {})).resolves.toEqual({ Item: [] });
      expect(fetchSpy).not.toHaveBeenCalled();
      await node.createPinpointClient({ endpoint: server.url, fetch: (request) => fetch(request) }).getApps();
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect(server.requests).toHaveLength(3);
      expect(server.requests[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  // Loading undici (fetch's Request, Response, Headers) costs a cold start about 20 ms on these
  // machines, node:crypto about 3 ms: the Node entry signs in plain JavaScript unless the payload is large.
  test('a Node process that imports it, signs and sends never loads undici, nor node:crypto', async () => {
    const dir = path.join(scratch, 'entries');
    mkdirSync(dir, { recursive: true });
    const outfile = path.join(dir, 'node-default.mjs');
    await build({
      stdin: {
        contents: [
          "import { createPinpointClient } from '../generated/index.node.js';",
          "const client = createPinpointClient({ endpoint: process.env.ENDPOINT, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'TESTSECRETKEY' } });",
          'const page = await client.getApps();',
          "const loaded = process.moduleLoadList.filter((m) => /undici|crypto/.test(m));",
          'console.log(JSON.stringify({ page, loaded }));',
        ].join('\n'),
        resolveDir: path.join(root, 'test'),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'silent',
    });
    // Not spawnSync: the server it calls runs in this process.
    const result = await promisify(execFile)(process.execPath, [outfile], { env: { ...process.env, ENDPOINT: server.url } });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ page: { Item: [] }, loaded: [] });
    expect(server.requests[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });
});

describe('work per request', () => {
  function countRequests() {
    const Original = globalThis.Request;
    const counter = { built: 0 };
    globalThis.Request = class extends Original {
      constructor(...args: ConstructorParameters<typeof Request>) {
        super(...args);
        counter.built += 1;
      }
    };
    return { counter, restore: () => void (globalThis.Request = Original) };
  }

  test('the global fetch path builds no Request of its own; a fetch of the caller\'s gets one per attempt', async () => {
    const { counter, restore } = countRequests();
    try {
      await universal.createPinpointClient({ endpoint: server.url, credentials }).getApps();
      expect(counter.built).toBe(0);
      const seen: Request[] = [];
      const client = universal.createPinpointClient({
        endpoint: server.url,
        credentials,
        retry: { sleep: async () => undefined },
        fetch: (request) => (seen.push(request), fetch(request)),
      });
      await client.getApps({ query: { 'page-size': '503' } }); // 503, then 200: two attempts
      expect(seen).toHaveLength(2);
      expect(counter.built).toBe(2);
    } finally {
      restore();
    }
  });

  test('the signing key is derived and imported once a day, not per request', async () => {
    const calls = { sha256Hex: 0, hmac: 0, importKey: 0, sign: 0 };
    const counting: SigningCrypto = {
      sha256Hex: (data) => (calls.sha256Hex++, webSigningCrypto.sha256Hex(data)),
      hmac: (key, data) => (calls.hmac++, webSigningCrypto.hmac(key, data)),
      importKey: (key) => (calls.importKey++, webSigningCrypto.importKey(key)),
      sign: (key, data) => (calls.sign++, webSigningCrypto.sign(key, data)),
    };
    const subtleImports = jest.spyOn(crypto.subtle, 'importKey');
    let now = Date.parse('2026-11-24T10:00:00Z');
    const client = universal.createPinpointClient({ endpoint: server.url, credentials, signingCrypto: counting, clock: () => new Date(now) });
    try {
      for (let i = 0; i < 3; i++) await client.getApps();
      expect(calls).toEqual({ sha256Hex: 3, hmac: 4, importKey: 1, sign: 3 });
      expect(subtleImports).toHaveBeenCalledTimes(5); // four derivation steps and the key itself
      now += 24 * 3600_000; // the next day: a new key
      await client.getApps();
      expect(calls).toEqual({ sha256Hex: 4, hmac: 8, importKey: 2, sign: 4 });
      const signed = server.requests.map((r) => r.headers.authorization);
      expect(signed[0]).toMatch(/Credential=AKIDEXAMPLE\/20261124\//);
      expect(signed[3]).toMatch(/Credential=AKIDEXAMPLE\/20261125\//);
    } finally {
      subtleImports.mockRestore();
    }
  });
});
