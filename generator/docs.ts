// Emits `docs/openapi.yaml`: the bundled spec as the published reference renders it. Every operation
// gets code samples (TypeScript with the generated client, curl against the mock) built from its
// documented request example, and the errata of the examples (spec/errata.yaml) become a section of
// their own. All of it is derived from the spec, so the docs cannot drift from it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { outputNames, type ClientIdentifiers } from './names.js';
import { resolve, type OpenApiDocument, type Operation } from './openapi.js';
import type { OperationModel } from './operations.js';
import { clientPackage } from './package.js';
import { readErrataFile } from './errata.js';
import type { GeneratedFile } from './output.js';
import { endOfSupport } from './end-of-support.js';

/** Where `npm run mock` listens by default: the samples are runnable against it as printed. */
export const MOCK_URL = 'http://127.0.0.1:4010';

export interface ErrataRepair {
  at: string;
  kind: string;
  change: string;
  reason: string;
}

export interface ErrataEntry {
  /** The example file, relative to the spec folder; null for a note on the documents themselves. */
  example: string | null;
  source?: string;
  repairs: ErrataRepair[];
}

export interface Errata {
  entries: ErrataEntry[];
}

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/** The tag (and its navigation group) that holds the errata section. */
export const ERRATA_TAG = 'Errata';

/** `errata.yaml` beside the root of the spec, when there is one. */
export function readErrata(specPath: string): Errata | undefined {
  const file = path.join(path.dirname(specPath), 'errata.yaml');
  return existsSync(file) ? readErrataFile<Errata>(file, Object.keys(KINDS)) : undefined;
}

/** Where the docs-ready spec goes in the output folder. */
export const DOCS_SPEC = 'docs/openapi.yaml';

export function emitDocs(document: OpenApiDocument, operations: OperationModel[], errata?: Errata): GeneratedFile[] {
  return [{ path: DOCS_SPEC, content: docsYaml(docsDocument(document, operations, errata)) }];
}

/**
 * YAML rather than JSON: the samples, the introduction and the errata are long texts of many lines,
 * which YAML keeps as blocks of lines (a JSON string is one line), so a change diffs line by line.
 */
export function docsYaml(docs: OpenApiDocument): string {
  // Loaded when needed: the main thread of a run with a worker thread never writes the docs.
  const { stringify: toYaml } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  // YAML 1.1 quoting: a value such as 2016-12-01 or yes stays a string for readers of either version.
  return toYaml(docs, { lineWidth: 0, blockQuote: 'literal', aliasDuplicateObjects: false, version: '1.1' });
}

export function docsDocument(document: OpenApiDocument, operations: OperationModel[], errata?: Errata): OpenApiDocument {
  const docs = structuredClone(document);
  const { client } = outputNames(document, operations);
  const packageName = clientPackage(document, 'openapi.json').name;
  const firstParameter = operations.flatMap((o) => o.parameters).find((p) => p.in === 'path');
  const note = samplesNote(client, packageName, firstParameter && placeholder(firstParameter.name), (errata?.entries.length ?? 0) > 0);
  docs.info.description = `${(docs.info.description as string | undefined)?.trimEnd() ?? ''}\n\n${note}`.trimStart();
  for (const operation of operations) {
    const target = resolve(docs, docs.paths![operation.path]!)[operation.method] as Operation;
    // Names the client method too: readers find it in the page and in the search.
    const method = `In the TypeScript client: \`${client.sampleVariable}.${operation.methodName}()\` (operation ID \`${operation.operationId}\`).`;
    target.description = target.description ? `${target.description.trimEnd()}\n\n${method}` : method;
    target['x-codeSamples'] = codeSamples(operation, client, packageName);
  }
  if (errata && errata.entries.length > 0) {
    const tags = ((docs.tags as JsonTag[] | undefined) ??= []);
    tags.push({ name: ERRATA_TAG, 'x-displayName': 'Errata of the examples', 'x-traitTag': true, description: errataMarkdown(errata, operations) });
    const groups = docs['x-tagGroups'] as { name: string; tags: string[] }[] | undefined;
    groups?.push({ name: 'Notes', tags: [ERRATA_TAG] });
  }
  markDeprecations(docs, operations);
  return docs;
}

/**
 * Deprecated operations: the end of support's date and note first in each one's description (Redoc
 * shows only a "Deprecated" badge), and a table of them all in the introduction.
 */
function markDeprecations(docs: OpenApiDocument, operations: OperationModel[]): void {
  // Read on every operation: one on an operation not deprecated is refused too.
  for (const operation of operations) endOfSupport(operation);
  const deprecated = operations.filter((o) => o.operation.deprecated === true);
  if (deprecated.length === 0) return;
  const rows = new Map<string, { resource: string; methods: string[]; date: string; note: string }>();
  for (const operation of deprecated) {
    const end = endOfSupport(operation);
    const target = resolve(docs, docs.paths![operation.path]!)[operation.method] as Operation;
    const notice = end ? `**Deprecated: end of support on ${end.date}.** ${end.note}` : '**Deprecated.**';
    target.description = target.description ? `${notice}\n\n${target.description}` : notice;
    const resource = operation.operation.tags?.[0] ?? '';
    const key = JSON.stringify([resource, end?.date, end?.note]);
    const row = rows.get(key) ?? { resource, methods: [], date: end?.date ?? '—', note: end?.note ?? '—' };
    row.methods.push(`\`${operation.methodName}\``);
    rows.set(key, row);
  }
  const section = [
    '## Deprecated operations',
    '',
    `${deprecated.length} of the ${operations.length} operations are deprecated: each is marked *Deprecated* below, and \`@deprecated\` in the client, which still has it (as the mock still serves it). Where the service ended its support, the date and a note say so.`,
    '',
    '| resource | operations | end of support | note |',
    '|---|---|---|---|',
    ...[...rows.values()].map((r) => `| ${cell(r.resource || '—')} | ${r.methods.join(', ')} | ${r.date} | ${cell(r.note)} |`),
  ].join('\n');
  docs.info.description = `${(docs.info.description as string | undefined)?.trimEnd() ?? ''}\n\n${section}`.trimStart();
}

type JsonTag = { name: string; description?: string } & Record<string, unknown>;

function samplesNote(client: ClientIdentifiers, packageName: string, examplePlaceholder: string | undefined, hasErrata: boolean): string {
  return [
    '## Code samples',
    '',
    `Every operation comes with two samples built from its documented request example: TypeScript with the client this project generates (\`${client.createClient}\` from the npm package \`${packageName}\`, which \`npm run build\` makes) and a curl command.`,
    `Both call the mock server as printed (\`npm run mock\`, on ${MOCK_URL})${examplePlaceholder ? `; placeholders such as \`${examplePlaceholder}\` stand for your own identifiers` : ''}.`,
    ...(hasErrata ? ['Where the printed examples were not valid they were repaired; **Errata of the examples**, at the end, lists every repair.'] : []),
  ].join('\n');
}

export function codeSamples(operation: OperationModel, client: ClientIdentifiers, packageName: string): CodeSample[] {
  return [
    { lang: 'TypeScript', label: 'TypeScript', source: typescriptSample(operation, client, packageName) },
    { lang: 'curl', label: 'curl', source: curlSample(operation) },
  ];
}

/** A placeholder per path parameter: `application-id` → `APPLICATION_ID`, safe in a URL and a shell. */
export function placeholder(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

function pathPlaceholders(operation: OperationModel): [string, string][] {
  return operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, placeholder(p.name)]);
}

/** The documented request body the samples send, when the operation takes one. */
function requestExample(operation: OperationModel): unknown {
  return operation.requestBody?.examples[0]?.value;
}

/** The sample imports the client from its npm package (`npm run build` makes it: dist/client/). */
export function typescriptSample(operation: OperationModel, { createClient, sampleVariable: client }: ClientIdentifiers, packageName: string): string {
  const input: string[] = [];
  const params = pathPlaceholders(operation);
  if (params.length > 0) input.push(`path: { ${params.map(([name, value]) => `${tsKey(name)}: ${tsString(value)}`).join(', ')} }`);
  const body = requestExample(operation);
  if (body !== undefined) input.push(`body: ${tsLiteral(body, '  ')}`);
  const call = input.length === 0 ? `${client}.${operation.methodName}()` : `${client}.${operation.methodName}({\n${input.map((i) => `  ${i},\n`).join('')}})`;
  return [
    `import { ${createClient} } from '${packageName}';`,
    '',
    '// Calls the mock (npm run mock); the service takes { region, credentials } instead.',
    `const ${client} = ${createClient}({ endpoint: ${tsString(MOCK_URL)} });`,
    '',
    `const result = await ${call};`,
    'console.log(result);',
    '',
  ].join('\n');
}

export function curlSample(operation: OperationModel): string {
  const values = Object.fromEntries(pathPlaceholders(operation));
  const url = `${MOCK_URL}${operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? name)}`;
  const method = operation.method.toUpperCase();
  const body = requestExample(operation);
  const lines = [`curl${method === 'GET' ? '' : ` -X ${method}`} '${url}'`];
  if (body !== undefined) {
    // A quoted here-document: the JSON goes through the shell untouched, whatever quotes it holds.
    lines.push(`  -H 'Content-Type: ${operation.requestBody!.contentType}'`, `  --data-binary @- <<'JSON'`);
    return `${lines.join(' \\\n')}\n${JSON.stringify(body, null, 2)}\nJSON\n`;
  }
  return `${lines.join(' \\\n')}\n`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function tsKey(key: string): string {
  return IDENTIFIER.test(key) ? key : tsString(key);
}

function tsString(value: string): string {
  // JSON's escapes are valid in TypeScript; only the quotes change.
  return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A JSON value as a TypeScript literal in the project's style: single quotes, bare keys. */
export function tsLiteral(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? tsString(value) : JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${tsLiteral(item, inner)},\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${tsKey(key)}: ${tsLiteral(item, inner)},\n`).join('')}${indent}}`;
}

// What each kind of repair means, in a reader's terms (the kinds are those of spec/errata.yaml).
const KINDS: Record<string, string> = {
  placeholder: 'a type name or a bare word (`enum`, `number`, `"string"`) printed where a value belongs',
  syntax: 'text that is not JSON as printed: a trailing comma, a lost bracket, debris of a page break',
  contradiction: 'the example disagrees with its own schema, or one page of the documents with another',
  ocr: 'a name garbled when the text was extracted from the PDF',
};

export function errataMarkdown(errata: Errata, operations: OperationModel[]): string {
  const examples = errata.entries.filter((e) => e.example !== null);
  const notes = errata.entries.filter((e) => e.example === null);
  const counts = new Map<string, number>();
  for (const entry of errata.entries) for (const r of entry.repairs) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const lines = [
    'The reference documents print their example payloads for people to read, not for programs to parse, and some cannot be used as printed.',
    'Every example in this reference was transcribed into valid JSON that keeps the printed keys and nesting, and every change made on the way is listed here: where (a JSON pointer into the example), what changed and why.',
    '',
    '# Summary',
    '',
    `${total} repairs across ${examples.length} examples, and ${notes.length} notes where the documents disagree with themselves.`,
    '',
    '| kind | what it means | repairs |',
    '|---|---|---|',
    ...[...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, n]) => `| ${kind} | ${cell(KINDS[kind] ?? '')} | ${n} |`),
    '',
    '# Repairs by example',
    '',
    'Each example under the name it has in this reference, with the operations that show it.',
  ];
  for (const entry of examples) {
    const name = path.basename(entry.example!, '.json');
    lines.push('', `## ${name}`, '', `${usedBy(name, operations)} From: ${cell(entry.source ?? entry.example!)}.`, '', ...repairList(entry.repairs));
  }
  if (notes.length > 0) {
    lines.push('', '# Notes on the documents', '', 'Places where the documents contradict themselves, and which side this reference takes.');
    for (const entry of notes) lines.push('', `## ${cell(entry.source ?? 'Note')}`, '', ...repairList(entry.repairs));
  }
  return `${lines.join('\n')}\n`;
}

function usedBy(exampleName: string, operations: OperationModel[]): string {
  const uses: string[] = [];
  for (const operation of operations) {
    const parts = [
      ...(operation.requestBody?.examples.some((e) => e.name === exampleName) ? ['request'] : []),
      ...operation.responses.filter((r) => r.examples?.some((e) => e.name === exampleName)).map((r) => r.status),
    ];
    if (parts.length > 0) uses.push(`\`${operation.methodName}\` (${parts.join(', ')})`);
  }
  if (uses.length === 0) return 'Shown by no operation.';
  const shown = uses.length > 6 ? [...uses.slice(0, 5), `and ${uses.length - 5} more`] : uses;
  return `Shown by ${shown.join(', ')}.`;
}

// A list rather than a table: pointers run long, and a list wraps well in the page's narrow column.
function repairList(repairs: ErrataRepair[]): string[] {
  return repairs.map((r) => `- \`${r.at}\` (${r.kind}): ${cell(r.change)} — ${cell(r.reason)}`);
}

/** Text safe in a Markdown table cell or list item: one line, no column breaks, no accidental HTML. */
function cell(text: string): string {
  return String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
