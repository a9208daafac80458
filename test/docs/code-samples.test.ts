// The docs-ready spec (generated/docs/openapi.yaml): every operation's code samples compile against
// the generated client and, run as printed against Prism, send the documented request and get the
// documented answer; the errata section holds every repair of spec/errata.yaml.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ERRATA_TAG, MOCK_URL, type CodeSample, type Errata } from '../../generator/docs.js';
import { resolve, type OpenApiDocument, type Operation } from '../../generator/openapi.js';
import type { OperationModel } from '../../generator/operations.js';
import { startPrism, type RunningPrism } from '../support/prism.js';
import { document, operations, root } from '../support/spec.js';
import { scratch, typeCheck } from '../support/tsc.js';

const docs = parseYaml(readFileSync(path.join(root, 'generated/docs/openapi.yaml'), 'utf8')) as OpenApiDocument;
const errata = parseYaml(readFileSync(path.join(root, 'spec/errata.yaml'), 'utf8')) as Errata;
/** The samples import the client package by the name spec/openapi.yaml gives it. */
const PACKAGE_NAME = 'pinpoint-client';

function docsOperation(operation: OperationModel): Operation {
  return resolve(docs, docs.paths![operation.path]!)[operation.method] as Operation;
}

function samples(operation: OperationModel): Record<string, string> {
  const list = docsOperation(operation)['x-codeSamples'] as CodeSample[];
  return Object.fromEntries(list.map((s) => [s.label, s.source]));
}

/** The URL path a sample must call: the spec's path with the placeholders it documents. */
function placeholderPath(operation: OperationModel): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => name.toUpperCase().replace(/[^A-Z0-9]+/g, '_'));
}

const cases = operations.map((o) => [o.operationId, o] as const);

describe('the docs-ready spec', () => {
  test('is the bundled spec plus samples, client method names and the errata: nothing is lost', () => {
    expect(docs.components).toEqual(document.components);
    expect(Object.keys(docs.paths!)).toEqual(Object.keys(document.paths!));
    for (const operation of operations) {
      const { 'x-codeSamples': _samples, description, ...rest } = docsOperation(operation);
      const { description: original, ...expected } = operation.operation;
      expect(rest).toEqual(expected);
      // A deprecated operation's end of support comes first (test/docs/deprecations.test.ts).
      const end = operation.operation['x-end-of-support'] as { date: string; note: string } | undefined;
      const notice = end ? `**Deprecated: end of support on ${end.date}.** ${end.note}\n\n` : '';
      expect(description).toBe(`${notice}${original}\n\nIn the TypeScript client: \`pinpoint.${operation.methodName}()\` (operation ID \`${operation.operationId}\`).`);
    }
    expect(docs.info.description).toContain(String(document.info.description).trim());
  });

  test('gives every operation a TypeScript and a curl sample, in that order', () => {
    for (const operation of operations) {
      const list = docsOperation(operation)['x-codeSamples'] as CodeSample[];
      expect(list.map((s) => [s.lang, s.label])).toEqual([
        ['TypeScript', 'TypeScript'],
        ['curl', 'curl'],
      ]);
    }
  });

  test('aims the samples at the mock where `npm run mock` serves it', () => {
    const config = JSON.parse(readFileSync(path.join(root, 'generated/mock/prism.json'), 'utf8')) as { host: string; port: number };
    expect(MOCK_URL).toBe(`http://${config.host}:${config.port}`);
  });

  test('puts the errata after the resources, as a section of its own with every repair and note', () => {
    const groups = docs['x-tagGroups'] as { name: string; tags: string[] }[];
    expect(groups.at(-1)).toEqual({ name: 'Notes', tags: [ERRATA_TAG] });
    const tag = (docs.tags as { name: string; description: string; 'x-traitTag'?: boolean }[]).find((t) => t.name === ERRATA_TAG)!;
    expect(tag['x-traitTag']).toBe(true);
    const repairs = errata.entries.flatMap((e) => e.repairs);
    expect(tag.description).toContain(`${repairs.length} repairs across ${errata.entries.filter((e) => e.example).length} examples`);
    for (const kind of new Set(repairs.map((r) => r.kind))) {
      expect(tag.description).toMatch(new RegExp(`\\| ${kind} \\| [^|]+ \\| ${repairs.filter((r) => r.kind === kind).length} \\|`));
    }
    for (const entry of errata.entries) {
      if (entry.example) expect(tag.description).toContain(`## ${path.basename(entry.example, '.json')}\n`);
      for (const repair of entry.repairs) expect(tag.description).toContain(`- \`${repair.at}\` (${repair.kind}): `);
    }
  });
});

describe('the TypeScript samples', () => {
  test('compile against the generated client', () => {
    const files = Object.fromEntries(
      // As printed: tsconfig's `paths` maps the package's name to generated/ (what dist/client/ is built from).
      operations.map((o) => [`${o.methodName}.ts`, `${samples(o).TypeScript!}\nexport {};\n`]),
    );
    const { status, output } = typeCheck('docs-samples', files);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  test('stop compiling when a sample calls a method the client does not have', () => {
    const sample = samples(operations[0]!).TypeScript!;
    const { status, output } = typeCheck('docs-samples-broken', {
      'broken.ts': `${sample.replace(`.${operations[0]!.methodName}(`, '.noSuchOperation(')}\nexport {};\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('noSuchOperation');
  });

  test.each(cases)('%s calls its client method with the path placeholders and the documented body', (_, operation) => {
    const source = samples(operation).TypeScript!;
    expect(source).toContain(`import { createPinpointClient } from '${PACKAGE_NAME}';`);
    expect(source).toContain(`await pinpoint.${operation.methodName}(`);
    for (const { name, in: where } of operation.parameters) {
      if (where === 'path') expect(source).toMatch(new RegExp(`(?:'${name}'|\\b${name}): '[A-Z_]+'`));
    }
    expect(source.includes('body: {') || source.includes('body: [')).toBe(operation.requestBody !== undefined);
  });
});

describe('the samples run as printed against the mock', () => {
  let prism: RunningPrism;
  let runners: Record<string, () => Promise<unknown>>;

  beforeAll(async () => {
    prism = await startPrism();
    // Each sample becomes one function of a module, verbatim but for its import (one for all: the
    // package's entry for every runtime, whose fetch the test records, from generated/) and its last
    // line (the result is returned instead of printed) and the mock's address.
    const dir = path.join(scratch, 'docs-samples-run');
    mkdirSync(dir, { recursive: true });
    const header = "import { createPinpointClient } from '../../../generated/client.js';\n";
    const bodies = operations.map((o) => {
      const [importLine, ...rest] = samples(o).TypeScript!.trimEnd().split('\n');
      expect(importLine).toBe(`import { createPinpointClient } from '${PACKAGE_NAME}';`);
      const body = rest.join('\n').replace(`'${MOCK_URL}'`, `'${prism.url}'`).replace(/console\.log\(result\);$/, 'return result;');
      return `export async function ${o.methodName}(): Promise<unknown> {\n${body}\n}\n`;
    });
    writeFileSync(path.join(dir, 'samples.ts'), `${header}\n${bodies.join('\n')}`);
    runners = (await import(path.join(dir, 'samples.ts'))) as typeof runners;
  });
  afterAll(() => prism?.stop());

  test.each(cases)('%s in TypeScript', async (_, operation) => {
    const sent: { method: string; url: URL; body: string }[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      sent.push({ method: request.method, url: new URL(request.url), body: await request.clone().text() });
      return realFetch(request);
    };
    try {
      await expect(runners[operation.methodName]!()).resolves.toEqual(operation.success!.examples![0]!.value);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe(operation.method.toUpperCase());
    expect(sent[0]!.url.pathname).toBe(placeholderPath(operation));
    const body = operation.requestBody?.examples[0]?.value;
    expect(sent[0]!.body === '' ? undefined : JSON.parse(sent[0]!.body)).toEqual(body);
  });

  test.each(cases)('%s with curl', (_, operation) => {
    const source = samples(operation).curl!;
    expect(source.startsWith(`curl${operation.method === 'get' ? '' : ` -X ${operation.method.toUpperCase()}`} '${MOCK_URL}${placeholderPath(operation)}'`)).toBe(true);
    const heredoc = /<<'JSON'\n([^]*)\nJSON\n$/.exec(source);
    expect(heredoc ? JSON.parse(heredoc[1]!) : undefined).toEqual(operation.requestBody?.examples[0]?.value);
    // Run by bash with the real curl; the wrapper only adds the status line after the body.
    const script = `curl() { command curl --silent --show-error --write-out '\\n%{http_code}' "$@"; }\n${source.replace(MOCK_URL, prism.url)}`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    const status = lines.pop();
    expect(status).toBe(operation.success!.status);
    expect(JSON.parse(lines.join('\n'))).toEqual(operation.success!.examples![0]!.value);
  });
});
