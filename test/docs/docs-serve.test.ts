// `npm run docs:serve`: the built site on 127.0.0.1, Redoc's deep links answered with the page, nothing
// outside the folder served, and a clean stop on Ctrl-C (SIGINT).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startDocsServer, type DocsServer } from '../../scripts/docs-serve.js';
import { freePort } from '../support/prism.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';

const site = path.join(scratch, 'docs-serve-site');

beforeAll(() => {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<!DOCTYPE html><title>docs</title>');
  writeFileSync(path.join(site, 'changes.html'), '<!DOCTYPE html><title>changes</title>');
  writeFileSync(path.join(site, 'openapi.json'), '{"openapi":"3.1.0"}');
  writeFileSync(path.join(site, 'openapi.yaml'), 'openapi: 3.1.0\n');
  writeFileSync(path.join(scratch, 'docs-serve-secret.json'), '{"secret":true}');
});

describe('the server', () => {
  let server: DocsServer;
  beforeAll(async () => {
    server = await startDocsServer({ dir: site, port: 0 });
  });
  afterAll(() => server?.close());

  test('listens on 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  test('serves the page and both downloads with their media types', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>docs</title>');
    const json = await fetch(new URL('openapi.json', server.url));
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await json.json()).toEqual({ openapi: '3.1.0' });
    const yaml = await fetch(new URL('openapi.yaml', server.url));
    expect(yaml.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(await yaml.text()).toBe('openapi: 3.1.0\n');
  });

  test("answers Redoc's deep links with the page", async () => {
    const response = await fetch(new URL('endpoint/updateendpoint', server.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>docs</title>');
  });

  test('answers a relative link followed from a deep link with the file at the top of the site', async () => {
    // On /endpoint/updateendpoint, the introduction's `changes.html` and the downloads resolve below it.
    const changes = await fetch(new URL('endpoint/changes.html', server.url));
    expect(changes.status).toBe(200);
    expect(await changes.text()).toContain('<title>changes</title>');
    const json = await fetch(new URL('section/changes/openapi.json', server.url));
    expect(await json.json()).toEqual({ openapi: '3.1.0' });
    expect((await fetch(new URL('endpoint/missing.json', server.url))).status).toBe(404);
  });

  test('serves nothing outside its folder, and no unknown files', async () => {
    for (const attempt of ['/../docs-serve-secret.json', '/%2e%2e/docs-serve-secret.json', '/..%2fdocs-serve-secret.json', '/missing.json']) {
      const response = await fetch(`${server.url.slice(0, -1)}${attempt}`);
      expect([attempt, response.status]).toEqual([attempt, 404]);
      expect(await response.text()).not.toContain('secret');
    }
  });

  test('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(server.url, { method: 'HEAD' })).status).toBe(200);
  });
});

describe('npm run docs:serve', () => {
  function start(args: string[]) {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/docs-serve.ts', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, exited, output: () => output };
  }

  test('serves on the port it is given and stops cleanly on Ctrl-C', async () => {
    const port = await freePort();
    const { child, exited, output } = start(['--port', String(port), '--dir', site]);
    try {
      const deadline = Date.now() + 30_000;
      while (!output().includes('Ctrl-C stops') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(output()).toContain(`Docs on http://127.0.0.1:${port}/`);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output()).toContain('Stopped (SIGINT).');
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  test('says to build the docs first when there are none', async () => {
    const { exited, output } = start(['--port', '0', '--dir', path.join(scratch, 'no-docs-here')]);
    expect(await exited).toBe(1);
    expect(output()).toContain('no-docs-here/index.html does not exist; run `npm run docs` first.');
  });
});
