// Document-level rules: the client's name, servers, security schemes, and the component schemas that
// the generated types.ts exports as named types.
import type { JsonObject, OpenApiDocument } from '../openapi.js';
import { asObject, Collector, same } from './context.js';
import { compareDocs, docRules } from './docs.js';
import { defineRules, joinPointer, levelRank, type FoundChange } from './model.js';
import { compareSchema } from './schema.js';
import { compareSecuritySchemes } from './security.js';

export const documentRules = defineRules({
  'client-renamed': {
    level: 'major',
    compilerSees: true,
    why: '`x-client-name` (or, without it, the title) names `create…Client` and the client type',
  },
  'servers-changed': {
    level: 'major',
    compilerSees: false,
    why: 'the client calls another default endpoint',
  },
  'schema-removed': { level: 'major', compilerSees: true, why: 'its named type leaves types.ts' },
  'schema-added': { level: 'minor', why: 'a new named type in types.ts' },
});

export function compareDocument(base: OpenApiDocument, head: OpenApiDocument): FoundChange[] {
  const out = new Collector(base, head);
  compareInfo(out);
  compareServers(out);
  compareDocs(out, pick(base, ['tags', 'externalDocs']), pick(head, ['tags', 'externalDocs']), '#', 'the document', []);
  for (const key of new Set([...Object.keys(base), ...Object.keys(head)])) {
    if (key.startsWith('x-') && !same(base[key], head[key])) compareDocs(out, pick(base, [key]), pick(head, [key]), '#', 'the document');
  }
  compareSecuritySchemes(out);
  compareComponentSchemas(out);
  return out.changes;
}

function pick(node: JsonObject, keys: string[]): JsonObject {
  return Object.fromEntries(keys.filter((k) => k in node).map((k) => [k, node[k]]));
}

function compareInfo(out: Collector): void {
  const b = asObject(out.base.info);
  const a = asObject(out.head.info);
  const nameOf = (info: JsonObject) =>
    typeof info['x-client-name'] === 'string' && info['x-client-name'] ? `\`x-client-name: ${info['x-client-name']}\`` : `\`title: ${String(info.title)}\``;
  const renamed = nameOf(b) !== nameOf(a);
  if (renamed) {
    const key = 'x-client-name' in a || 'x-client-name' in b ? 'x-client-name' : 'title';
    out.add(documentRules['client-renamed'], joinPointer('#/info', key), `The client is named by ${nameOf(a)}, no longer by ${nameOf(b)}: \`create…Client\` and the client type may be renamed.`);
  }
  // x-client-package is the package's name and version: a release bumps it, callers' code never sees it.
  const skip = ['x-client-name', 'x-client-package'];
  compareDocs(out, b, a, '#/info', 'the API', renamed ? [...skip, 'title'] : skip);
  for (const key of ['version', 'license', 'contact', 'termsOfService']) {
    if (!same(b[key], a[key])) out.add(docRules['annotation-changed'], joinPointer('#/info', key), `\`info.${key}\` changed.`);
  }
}

function compareServers(out: Collector): void {
  const url = (servers: unknown) =>
    (Array.isArray(servers) ? servers : []).map((s) => {
      const server = asObject(s);
      const variables = Object.entries(asObject(server.variables)).map(([name, v]) => [name, asObject(v).default, asObject(v).enum]);
      return JSON.stringify([server.url, variables]);
    });
  if (!same(url(out.base.servers), url(out.head.servers))) {
    out.add(documentRules['servers-changed'], '#/servers', 'The servers changed: the client calls another default endpoint.');
  }
  const before = Array.isArray(out.base.servers) ? out.base.servers : [];
  const after = Array.isArray(out.head.servers) ? out.head.servers : [];
  after.forEach((server, i) => {
    if (before[i]) compareDocs(out, asObject(before[i]), asObject(server), joinPointer('#/servers', i), 'the server');
  });
}

/** Component schemas reached from the paths, transitively. */
function reachedSchemas(document: OpenApiDocument): Set<string> {
  const reached = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) {
        if (reached.has(value)) continue;
        reached.add(value);
        const [, , section, name] = value.split('/');
        visit(asObject(asObject(document.components)[section!])[name!]);
      } else visit(value);
    }
  };
  visit(document.paths);
  return reached;
}

function compareComponentSchemas(out: Collector): void {
  const before = asObject(out.base.components?.schemas);
  const after = asObject(out.head.components?.schemas);
  const reachedBefore = reachedSchemas(out.base);
  const reachedAfter = reachedSchemas(out.head);
  for (const name of Object.keys(before)) {
    const pointer = joinPointer('#/components/schemas', name);
    if (!(name in after)) {
      out.add(documentRules['schema-removed'], pointer, `Schema \`${name}\` was removed: its named type leaves types.ts.`);
      continue;
    }
    // Reached schemas are reported with each operation that reaches them.
    if (reachedBefore.has(pointer) || reachedAfter.has(pointer)) continue;
    for (const found of compareUnused(out.base, out.head, name)) out.push(found);
  }
  for (const name of Object.keys(after)) {
    if (!(name in before)) out.add(documentRules['schema-added'], joinPointer('#/components/schemas', name), `Schema \`${name}\` was added as a named type.`);
  }
}

/** A schema no operation uses is a named type callers may use either way: rated by the stricter reading. */
function compareUnused(base: OpenApiDocument, head: OpenApiDocument, name: string): FoundChange[] {
  const pointer = joinPointer('#/components/schemas', name);
  const readings = (['response', 'request'] as const).map((direction) => {
    const out = new Collector(base, head);
    compareSchema({ out, direction, typed: true, seen: new Set() }, { $ref: pointer }, pointer, { $ref: pointer }, pointer, name);
    return out.changes;
  });
  const byPointer = new Map<string, FoundChange[]>();
  for (const found of readings.flat()) byPointer.set(found.pointer, [...(byPointer.get(found.pointer) ?? []), found]);
  const kept: FoundChange[] = [];
  for (const group of byPointer.values()) {
    const top = Math.max(...group.map((c) => levelRank(c.level)));
    const first = group.find((c) => levelRank(c.level) === top)!;
    // One reading per place: the first of the top level, plus changes that are not about a direction.
    kept.push(...group.filter((c) => levelRank(c.level) === top && (c === first || !/^(request|response)-/.test(c.kind))));
  }
  return kept;
}
