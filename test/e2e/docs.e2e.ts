// The published docs in a real browser (Debian's Chromium through playwright-core), opened from disk
// and served by `npm run docs:serve`, with every request that would leave the machine blocked:
// the page renders without console errors, lists every operation by resource group, finds
// operations by search, shows each operation's TypeScript and curl samples, and its download links
// give the spec. Screenshots go to dist/docs/ for a look. Run by `npm run test:e2e`, which builds
// the docs first.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import type { CodeSample, Errata } from '../../generator/docs.js';
import { resolve, type OpenApiDocument, type Operation } from '../../generator/openapi.js';
import type { OperationModel } from '../../generator/operations.js';
import { startDocsServer, type DocsServer } from '../../scripts/docs-serve.js';
import { document as bundled, operations, root } from '../support/spec.js';

const site = path.join(root, 'dist/docs');
const index = path.join(site, 'index.html');
const docsSpec = parseYaml(readFileSync(path.join(root, 'generated/docs/openapi.yaml'), 'utf8')) as OpenApiDocument;
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(index)) throw new Error(`${index} does not exist: run \`npm run docs\` first (npm run test:e2e does).`);
  if (!existsSync(executablePath)) throw new Error(`No browser at ${executablePath}: apt-get install -y chromium`);
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});
afterAll(() => browser?.close());

interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions, as they happened. */
  errors: string[];
  /** Requests that tried to leave the machine (all blocked). */
  blocked: string[];
}

/** A page on which every request but file: and the given 127.0.0.1 origin is blocked and recorded. */
async function openPage(allowedOrigin?: string): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'file:' || url.protocol === 'data:' || (allowedOrigin !== undefined && url.origin === allowedOrigin)) {
      return route.continue();
    }
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { page, errors, blocked };
}

const menuItems = (page: Page, type: string) => page.locator(`[data-component-name="Menu/MenuItem"].menu-item-type-${type}`);

async function waitForRedoc(page: Page): Promise<void> {
  await menuItems(page, 'group').first().waitFor();
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Opens each resource in the navigation in turn; returns every operation entry (label → link). */
async function operationEntries(page: Page): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  // Redoc keeps only the last resources opened expanded: read each one's entries as it opens.
  for (const group of await menuItems(page, 'group').all()) {
    const link = group.locator(':scope > a');
    await link.click();
    if ((await link.innerText()).trim() === 'Errata of the examples') continue;
    const items = group.locator('.menu-item-type-operation');
    await items.first().waitFor();
    for (const item of await items.all()) entries.set(squash(await item.innerText()), (await item.locator('a').getAttribute('href')) ?? '');
  }
  return entries;
}

/** A heading by its text (Redoc puts a "link to …" anchor in front of it, and a "deprecated" badge after a deprecated operation's). */
function heading(page: Page, text: string) {
  return page.getByRole('heading', { name: new RegExp(`(^|\\s)${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( deprecated)?$`) }).first();
}

/** The locator's text once it reads `expected`, or what it reads after 10 s. */
async function settledText(locator: ReturnType<Page['locator']>, expected: string): Promise<string> {
  const until = Date.now() + 10_000;
  let text = squash(await locator.innerText());
  while (text !== expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = squash(await locator.innerText());
  }
  return text;
}

function samplesOf(operation: OperationModel): CodeSample[] {
  const target = resolve(docsSpec, docsSpec.paths![operation.path]!)[operation.method] as Operation;
  return target['x-codeSamples'] as CodeSample[];
}

describe('the docs opened from disk', () => {
  let watched: Watched;
  let page: Page;
  let entries: Map<string, string>;

  beforeAll(async () => {
    watched = await openPage();
    page = watched.page;
    await page.goto(pathToFileURL(index).href);
    await waitForRedoc(page);
    entries = await operationEntries(page);
  });
  afterAll(() => page?.close());

  test('render the title, the introduction and the download links', async () => {
    await page.goto(pathToFileURL(index).href);
    expect(await page.title()).toBe('Amazon Pinpoint REST API (2016-12-01)');
    await expect(page.getByRole('heading', { level: 1 }).first().innerText()).resolves.toContain('Amazon Pinpoint REST API');
    for (const section of ['Regional endpoints', 'Authentication', 'Errors', 'Pagination', 'Code samples', 'Deprecated operations', 'Changes']) {
      await heading(page, section).waitFor();
    }
    const links = await page.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...new Set(links)]).toEqual(['openapi.json', 'openapi.yaml']);
    // Relative links: beside the page on disk, and both files parse to the bundled spec.
    expect(JSON.parse(readFileSync(path.join(site, 'openapi.json'), 'utf8'))).toEqual(bundled);
    expect(parseYaml(readFileSync(path.join(site, 'openapi.yaml'), 'utf8'))).toEqual(bundled);
    // The search box reads "Loading..." until its index is built.
    await page.getByText('Loading...', { exact: true }).first().waitFor({ state: 'hidden' });
    await page.screenshot({ path: path.join(site, 'screenshot-overview.png') });
  });

  test('group the resources in the navigation as x-tagGroups says, errata last', async () => {
    const separators = await menuItems(page, 'separator').allInnerTexts();
    const groups = (bundled['x-tagGroups'] as { name: string }[]).map((g) => g.name);
    expect(separators.map((s) => s.trim())).toEqual([...groups, 'Notes']);
    const resources = (await menuItems(page, 'group').locator(':scope > a').allInnerTexts()).map((s) => s.trim());
    const tags = (bundled['x-tagGroups'] as { tags: string[] }[]).flatMap((g) => g.tags);
    // The errata's own sections follow it when it is open.
    expect(resources.slice(0, tags.length + 1)).toEqual([...tags, 'Errata of the examples']);
  });

  test('list every operation of the spec in the navigation, with its method', () => {
    const missing = operations.filter((o) => {
      const href = entries.get(`${o.operation.summary} ${o.method.toUpperCase()}`);
      return !href?.endsWith(`/${o.operationId.toLowerCase()}`);
    });
    expect(missing.map((o) => o.operationId)).toEqual([]);
    expect(entries.size).toBe(operations.length);
  });

  test('find an operation by its summary and by its client method name', async () => {
    const search = page.locator('[data-component-name="Search/SearchInput"]').first();
    for (const [query, summary] of [
      ['Create or update an endpoint', 'Create or update an endpoint'],
      ['getSegmentVersion', 'Get a segment version'],
    ] as const) {
      await page.locator('body').press('Escape');
      await page.getByText('Search', { exact: false }).first().click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(query);
      const hit = page.locator('[data-component-name="Search/SearchItem"]').filter({ hasText: summary });
      await hit.first().waitFor();
      expect(await search.count()).toBeGreaterThan(0);
      await hit.first().click();
      await page.waitForURL((url) => url.hash.length > 1);
      await heading(page, summary).waitFor();
    }
  });

  test.each(operations.map((o) => [o.operationId]))('show the TypeScript and curl samples of %s', async (operationId) => {
    const operation = operations.find((o) => o.operationId === operationId)!;
    const href = entries.get(`${operation.operation.summary} ${operation.method.toUpperCase()}`)!;
    await page.goto(`${pathToFileURL(index).href}${href.slice(href.indexOf('#'))}`);
    const section = page.locator(`[id="${href.slice(href.indexOf('#') + 2)}"]`);
    // The operation's right-hand panels: its heading's, its request samples', its responses'. The
    // samples' one has the language menu (Redoc remembers the language last chosen on the page).
    const panels = section.locator('[data-testid="right-panel"]');
    const languages = /^(TypeScript|curl|Payload)$/;
    await panels.getByRole('button', { name: languages }).first().waitFor();
    const samplesAt = await panels.evaluateAll((all) =>
      all.findIndex((p) => [...p.querySelectorAll('button')].some((b) => /^(TypeScript|curl|Payload)$/.test(b.textContent ?? ''))),
    );
    const panel = panels.nth(samplesAt);
    const code = panel.locator('[data-component-name="CodeBlock/CodeBlock"]').first();

    for (const sample of samplesOf(operation)) {
      await panel.getByRole('button', { name: languages }).click();
      await page.locator('[data-component-name="Dropdown/DropdownMenuItem"]').filter({ hasText: new RegExp(`^${sample.label}$`) }).click();
      await panel.getByRole('button', { name: sample.label, exact: true }).waitFor();
      // The menu's label changes before the code block does: wait for the block to settle.
      await expect(settledText(code, squash(sample.source))).resolves.toBe(squash(sample.source));
    }
    if (operationId === 'UpdateEndpoint') {
      await panel.getByRole('button', { name: languages }).click();
      await page.locator('[data-component-name="Dropdown/DropdownMenuItem"]').filter({ hasText: /^TypeScript$/ }).click();
      await page.screenshot({ path: path.join(site, 'screenshot.png') });
    }
  });

  test('show the errata of the examples, each example in the navigation', async () => {
    await page.goto(`${pathToFileURL(index).href}#/errata`);
    await page.getByText(/\d+ repairs across \d+ examples/).first().waitFor();
    await page.locator('[data-component-name="Menu/MenuItem"] a', { hasText: /^Repairs by example$/ }).click();
    await heading(page, 'Endpoint.EndpointRequest').waitFor();
    const errata = menuItems(page, 'group').filter({ hasText: 'Errata of the examples' });
    const listed = (await errata.innerText()).split('\n').map((s) => s.trim());
    const examples = (parseYaml(readFileSync(path.join(root, 'spec/errata.yaml'), 'utf8')) as Errata).entries
      .filter((e) => e.example)
      .map((e) => path.basename(e.example!, '.json'));
    expect(listed).toEqual(expect.arrayContaining(['Summary', 'Repairs by example', 'Notes on the documents', ...examples]));
  });

  test('show a deprecated operation as deprecated, with its end of support, and list it in the introduction', async () => {
    const deprecated = operations.filter((o) => o.operation.deprecated === true);
    expect(deprecated.length).toBeGreaterThan(0);
    const operation = deprecated[0]!;
    const { date, note } = operation.operation['x-end-of-support'] as { date: string; note: string };
    const href = entries.get(`${operation.operation.summary} ${operation.method.toUpperCase()}`)!;
    await page.goto(`${pathToFileURL(index).href}${href.slice(href.indexOf('#'))}`);
    const section = page.locator(`[id="${href.slice(href.indexOf('#') + 2)}"]`);
    await section.getByText(`Deprecated: end of support on ${date}.`).first().waitFor();
    await expect(section.innerText().then(squash)).resolves.toContain(squash(note));
    await expect(section.getByText(/^Deprecated$/i).count()).resolves.toBeGreaterThan(0);
    // The introduction's table has a row naming the method.
    await page.goto(pathToFileURL(index).href);
    const table = page.locator('table').filter({ hasText: 'end of support' }).first();
    await table.waitFor();
    await expect(table.innerText()).resolves.toContain(operation.methodName);
  });

  test('link to the Changes page, which renders every release of CHANGELOG.md and links back', async () => {
    await page.goto(pathToFileURL(index).href);
    await page.locator('a[href="changes.html"]').first().click();
    await page.waitForURL((url) => url.pathname.endsWith('/changes.html'));
    expect(await page.title()).toMatch(/^Amazon Pinpoint REST API: changes \(client \d+\.\d+\.\d+\)$/);
    const changelog = existsSync(path.join(root, 'CHANGELOG.md')) ? readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8') : '';
    const releases = [...changelog.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(releases.length).toBeGreaterThan(0);
    for (const release of releases) await heading(page, release).waitFor();
    // Every release is in the navigation too.
    const menu = (await page.locator('[data-component-name="Menu/MenuItem"]').allInnerTexts()).map(squash);
    await page.locator('[data-component-name="Menu/MenuItem"]').filter({ hasText: 'Changelog' }).first().click();
    const opened = (await page.locator('[data-component-name="Menu/MenuItem"]').allInnerTexts()).map(squash);
    expect([...menu, ...opened]).toEqual(expect.arrayContaining(releases.map(squash)));
    await page.screenshot({ path: path.join(site, 'screenshot-changes.png') });
    await page.getByRole('link', { name: '← Back to the API reference' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/index.html'));
    await waitForRedoc(page);
    expect(await page.title()).toBe('Amazon Pinpoint REST API (2016-12-01)');
  });

  test('saved screenshots of the overview and of an operation', () => {
    for (const name of ['screenshot-overview.png', 'screenshot.png', 'screenshot-changes.png']) expect(statSync(path.join(site, name)).size).toBeGreaterThan(20_000);
  });

  test('logged no console error and sent no request off the machine, all along', () => {
    expect(watched.errors).toEqual([]);
    expect(watched.blocked).toEqual([]);
  });
});

describe('the docs served by npm run docs:serve', () => {
  let server: DocsServer;
  let watched: Watched;

  beforeAll(async () => {
    server = await startDocsServer({ dir: site, port: 0 });
    watched = await openPage(new URL(server.url).origin);
    await watched.page.goto(server.url);
    await waitForRedoc(watched.page);
  });
  afterAll(async () => {
    await watched?.page.close();
    await server?.close();
  });

  test('render with no console error and no request off the machine', async () => {
    await heading(watched.page, 'Pagination').waitFor();
    expect(watched.errors).toEqual([]);
    expect(watched.blocked).toEqual([]);
  });

  test('give the bundled spec through both download links, as JSON and as YAML', async () => {
    const { page } = watched;
    // Each file has two links (its name, and a download icon): fetch each link the page shows.
    const downloads = await page.locator('a[download]').evaluateAll((as) =>
      Promise.all(
        as.map(async (a) => {
          const response = await fetch((a as HTMLAnchorElement).href);
          return { href: a.getAttribute('href'), status: response.status, type: response.headers.get('content-type'), text: await response.text() };
        }),
      ),
    );
    expect(new Set(downloads.map(({ href, status, type }) => `${href} ${status} ${type}`))).toEqual(
      new Set(['openapi.json 200 application/json; charset=utf-8', 'openapi.yaml 200 application/yaml; charset=utf-8']),
    );
    for (const { href, text } of downloads) expect(href === 'openapi.json' ? JSON.parse(text) : parseYaml(text)).toEqual(bundled);
    expect(watched.blocked).toEqual([]);
  });

  test('open a deep link to an operation', async () => {
    const { page } = watched;
    await page.goto(`${server.url}#/endpoint/updateendpoint`);
    await heading(page, 'Create or update an endpoint').waitFor();
    expect(watched.errors).toEqual([]);
  });

  test('follow the Changes link from a deep link, and back', async () => {
    const { page } = watched;
    // A path below the site, as a shared Redoc link can be: relative links resolve below it.
    await page.goto(`${server.url}endpoint/updateendpoint`);
    await waitForRedoc(page);
    await page.locator('a[href="changes.html"]').first().click();
    await page.waitForURL((url) => url.pathname.endsWith('/changes.html'));
    await heading(page, 'Changelog').waitFor();
    await page.getByRole('link', { name: '← Back to the API reference' }).click();
    await waitForRedoc(page);
    expect(await page.title()).toBe('Amazon Pinpoint REST API (2016-12-01)');
    expect(watched.errors).toEqual([]);
    expect(watched.blocked).toEqual([]);
  });
});
