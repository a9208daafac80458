// Holds the spec to the reference: every documented operation and schema is there, and every
// operation keeps the conventions the contract tests rely on.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { attachedExamples, document, operations, root } from '../support/spec.js';

interface Inventory {
  operations: { method: string; path: string; operationId: string; resource: string }[];
  schemas: string[];
}
const inventory = JSON.parse(readFileSync(path.join(root, 'test/inventory/reference.json'), 'utf8')) as Inventory;
const DOCUMENTED_ERRORS = ['400', '403', '404', '405', '429', '500'];

describe('the spec against the reference inventory', () => {
  test('has exactly the 69 documented operations (method, path, operationId)', () => {
    const actual = operations.map((o) => `${o.method.toUpperCase()} ${o.path} ${o.operationId}`).sort();
    const expected = inventory.operations.map((o) => `${o.method} ${o.path} ${o.operationId}`).sort();
    expect(expected).toHaveLength(69);
    expect(actual).toEqual(expected);
  });

  test('tags each operation with its resource', () => {
    for (const documented of inventory.operations) {
      const operation = operations.find((o) => o.operationId === documented.operationId)!;
      expect([operation.operationId, operation.operation.tags]).toEqual([documented.operationId, [documented.resource]]);
    }
  });

  test('has exactly the documented schemas as components', () => {
    expect(Object.keys(document.components?.schemas ?? {}).sort()).toEqual([...inventory.schemas].sort());
  });
});

describe.each(operations.map((o) => [o.operationId, o] as const))('%s', (_, operation) => {
  test('has a described tag, a summary and a description', () => {
    const tags = (document.tags ?? []) as { name: string; description?: string }[];
    expect(operation.operation.tags).toHaveLength(1);
    expect(tags.find((t) => t.name === operation.operation.tags![0])?.description).toBeTruthy();
    expect(operation.operation.summary).toBeTruthy();
    expect(operation.operation.description).toBeTruthy();
  });

  test('documents a success response with a schema and an example', () => {
    expect(operation.success).toBeDefined();
    expect(operation.success!.schema).toBeDefined();
    expect(operation.success!.examples!.length).toBeGreaterThan(0);
  });

  test('documents the six errors with MessageBody', () => {
    expect(operation.errors.map((e) => e.status)).toEqual(DOCUMENTED_ERRORS);
    for (const error of operation.errors) {
      expect(error.schema).toEqual({ $ref: '#/components/schemas/MessageBody' });
      expect(error.componentName).toMatch(/Exception$/);
    }
  });

  test('requires its request body, if any, and gives its example', () => {
    if (!operation.requestBody) return expect(['GET', 'DELETE']).toContain(operation.method.toUpperCase());
    expect(operation.requestBody.required).toBe(true);
    expect(operation.requestBody.examples.length).toBeGreaterThan(0);
  });

  test('keeps the documented path parameter names', () => {
    const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const declared = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
    expect(declared.sort()).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('documented examples', () => {
  const exampleFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? exampleFiles(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : [],
    );
  const files = exampleFiles(path.join(root, 'spec/examples'));

  test('every example file is attached to at least one operation', () => {
    const attached = new Set(attachedExamples.map((a) => a.example.name));
    const unattached = files.map((f) => path.basename(f, '.json')).filter((name) => !attached.has(name));
    expect(unattached).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  test('every example file is an Example Object that names its source', () => {
    for (const file of files) {
      const example = JSON.parse(readFileSync(file, 'utf8')) as { summary?: string; value?: unknown };
      expect([path.relative(root, file), typeof example.summary, example.value === undefined]).toEqual([
        path.relative(root, file),
        'string',
        false,
      ]);
    }
  });

  test('every errata entry names an example file that exists, and every repair says what and why', () => {
    const errata = parseYaml(readFileSync(path.join(root, 'spec/errata.yaml'), 'utf8')) as {
      entries: { example: string | null; source: string; repairs: { at: string; kind: string; change: string; reason: string }[] }[];
    };
    expect(errata.entries.length).toBeGreaterThan(0);
    const existing = new Set(files.map((f) => path.relative(path.join(root, 'spec'), f)));
    for (const entry of errata.entries) {
      if (entry.example !== null) expect(existing).toContain(entry.example);
      expect(entry.source).toBeTruthy();
      for (const repair of entry.repairs) {
        expect(['placeholder', 'syntax', 'contradiction', 'ocr']).toContain(repair.kind);
        expect(repair.change && repair.reason).toBeTruthy();
      }
    }
  });
});
