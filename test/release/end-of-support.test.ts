// The end-of-support revision: every resource decided once in spec/end-of-support.yaml, the spec's
// `deprecated` flags and x-end-of-support notes following the decisions, the client's JSDoc and the
// docs showing them, the mock still serving the deprecated operations, and the revision needing a
// release: the gate fails on it until npm run release has bumped the version.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { createPinpointClient } from '../../generated/client.js';
import { DOCS_SPEC } from '../../generator/docs.js';
import { resolve, type OpenApiDocument, type Operation } from '../../generator/openapi.js';
import { setVersion } from '../../generator/release/index.js';
import { startPrism, type RunningPrism } from '../support/prism.js';
import { document, operations, root, sampleInput } from '../support/spec.js';
import { removeTempRepos, SPEC, tempRepo } from './support.js';

afterAll(removeTempRepos);

interface Decision {
  resource: string;
  file: string;
  decision: 'deprecated' | 'kept';
  note?: string;
  reason: string;
}

const specDir = path.join(root, 'spec');
const decisions = parseYaml(readFileSync(path.join(specDir, 'end-of-support.yaml'), 'utf8')) as { date: string; resources: Decision[] };
const byResource = new Map(decisions.resources.map((d) => [d.resource, d]));
const resourceOf = (operation: (typeof operations)[number]) => operation.operation.tags![0]!;
const deprecatedOperations = operations.filter((o) => byResource.get(resourceOf(o))?.decision === 'deprecated');

describe('spec/end-of-support.yaml', () => {
  test('decides every resource of the spec exactly once', () => {
    const resources = [...new Set(operations.map(resourceOf))].sort();
    expect(resources).toHaveLength(35);
    expect(decisions.resources.map((d) => d.resource).sort()).toEqual(resources);
    // And names the path file of each, every file of spec/paths/ once.
    expect(decisions.resources.map((d) => d.file).sort()).toEqual(readdirSync(path.join(specDir, 'paths')).map((f) => `paths/${f}`).sort());
  });

  test('gives each decision a reason, and each deprecation a note for callers', () => {
    expect(decisions.date).toBe('2026-10-30');
    for (const d of decisions.resources) {
      expect([d.resource, ['deprecated', 'kept'].includes(d.decision)]).toEqual([d.resource, true]);
      expect([d.resource, typeof d.reason === 'string' && d.reason.length > 20 && d.reason.length < 400]).toEqual([d.resource, true]);
      const noteOk = d.decision === 'deprecated' ? typeof d.note === 'string' && d.note.length > 20 && d.note.length < 200 : d.note === undefined;
      expect([d.resource, noteOk]).toEqual([d.resource, true]);
      // The file holds the resource's operations, and no other's.
      const file = parseYaml(readFileSync(path.join(specDir, d.file), 'utf8')) as Record<string, { tags?: string[] }>;
      const tags = Object.values(file).flatMap((value) => value?.tags ?? []);
      expect([d.file, [...new Set(tags)]]).toEqual([d.file, [d.resource]]);
    }
  });

  test('follows the notice: the engagement resources are deprecated, the messaging ones kept', () => {
    const kept = decisions.resources.filter((d) => d.decision === 'kept').map((d) => d.resource);
    expect(kept.sort()).toEqual(
      ['Apps', 'App', 'ADM Channel', 'APNs Channel', 'APNs Sandbox Channel', 'APNs VoIP Channel', 'APNs VoIP Sandbox Channel', 'Baidu Channel', 'Email Channel', 'GCM Channel', 'SMS Channel', 'Messages', 'Phone Number Validate'].sort(),
    );
    expect(deprecatedOperations).toHaveLength(36);
  });
});

describe('the spec follows the decisions', () => {
  test.each(operations.map((o) => [o.operationId, o] as const))('%s', (_, operation) => {
    const decision = byResource.get(resourceOf(operation))!;
    const { deprecated, 'x-end-of-support': end } = operation.operation as Operation & { 'x-end-of-support'?: unknown };
    if (decision.decision === 'deprecated') {
      expect(deprecated).toBe(true);
      expect(end).toEqual({ date: decisions.date, note: decision.note });
    } else {
      expect(deprecated).toBeUndefined();
      expect(end).toBeUndefined();
    }
  });
});

describe('readers see it', () => {
  test("the client's JSDoc says @deprecated with the date and the note, on the deprecated operations only", () => {
    const client = readFileSync(path.join(root, 'generated/client.ts'), 'utf8');
    const blocks = [...client.matchAll(/\/\*\*[^]*?\*\//g)].map((m) => m[0]);
    for (const operation of operations) {
      const docs = blocks.filter((b) => b.includes(`(operation \`${operation.operationId}\`)`));
      expect([operation.operationId, docs.length > 0]).toEqual([operation.operationId, true]);
      const note = byResource.get(resourceOf(operation))!.note;
      for (const block of docs) {
        const expected = note ? [`@deprecated End of support on ${decisions.date}: ${note}`] : [];
        expect([operation.operationId, block.match(/@deprecated.*$/gm)?.map((l) => l.trim()) ?? []]).toEqual([operation.operationId, expected]);
      }
    }
  });

  test('the docs put the date and the note first in the description, and list them in the introduction', () => {
    const docs = parseYaml(readFileSync(path.join(root, 'generated', DOCS_SPEC), 'utf8')) as OpenApiDocument;
    for (const operation of deprecatedOperations) {
      const { description } = resolve(docs, docs.paths![operation.path]!)[operation.method] as Operation;
      expect(description!.startsWith(`**Deprecated: end of support on ${decisions.date}.** ${byResource.get(resourceOf(operation))!.note}\n\n`)).toBe(true);
    }
    const intro = docs.info.description as string;
    expect(intro).toContain(`${deprecatedOperations.length} of the ${operations.length} operations are deprecated`);
    for (const d of decisions.resources.filter((r) => r.decision === 'deprecated')) expect(intro).toContain(`| ${d.resource} | `);
  });
});

describe('the mock keeps serving the deprecated operations', () => {
  let prism: RunningPrism;
  beforeAll(async () => {
    prism = await startPrism();
  });
  afterAll(() => prism?.stop());

  test.each(deprecatedOperations.map((o) => [o.operationId, o] as const))('%s answers its documented example', async (_, operation) => {
    const client = createPinpointClient({ endpoint: prism.url, retry: false }) as unknown as Record<string, (input: object) => Promise<unknown>>;
    await expect(client[operation.methodName]!(sampleInput(operation))).resolves.toEqual(operation.success!.examples![0]!.value);
  });
});

test('the revision was published by the first release, 0.2.0: a minor one, whose CHANGELOG.md entry lists every deprecation', () => {
  const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
  const start = changelog.search(/^## 0\.2\.0 — \d{4}-\d{2}-\d{2} \(minor\)$/m);
  expect(start).toBeGreaterThan(0);
  const next = changelog.slice(start + 1).search(/^## /m);
  const entry = next < 0 ? changelog.slice(start) : changelog.slice(start, start + 1 + next);
  expect(entry).toMatch(/^## 0\.2\.0 — \d{4}-\d{2}-\d{2} \(minor\)\n\nSince the first version, 0\.1\.0 \(commit `[0-9a-f]{12}`\): 73 changes, 36 minor, 37 patch\.\n/);
  expect(entry).not.toContain('### Major');
  for (const operation of deprecatedOperations) {
    expect(entry).toContain(`\`${operation.methodName}\` is deprecated. (\`operation-deprecated\` at \`${operation.pointer}/deprecated\`)`);
  }
});

describe('the revision needs a release', () => {
  test('the gate fails on it until npm run release has bumped the version, which it rates minor', async () => {
    const repo = tempRepo('end-of-support');
    cpSync(specDir, path.join(repo.dir, 'spec'), { recursive: true });
    const revised = new Map(readdirSync(path.join(repo.dir, 'spec/paths')).map((f) => [f, readFileSync(path.join(repo.dir, 'spec/paths', f), 'utf8')]));
    const root = path.join(repo.dir, SPEC);
    writeFileSync(root, setVersion(readFileSync(root, 'utf8'), '0.1.0', SPEC));
    // Before the revision: no operation deprecated.
    for (const [file, text] of revised) {
      const parsed = parseYaml(text) as Record<string, Record<string, unknown>>;
      for (const value of Object.values(parsed)) {
        if (typeof value === 'object' && value !== null && 'operationId' in value) {
          delete value.deprecated;
          delete value['x-end-of-support'];
        }
      }
      writeFileSync(path.join(repo.dir, 'spec/paths', file), toYaml(parsed));
    }
    repo.commit('0.1.0, before the end of support');
    for (const [file, text] of revised) writeFileSync(path.join(repo.dir, 'spec/paths', file), text);
    repo.commit('the end-of-support revision');

    const unreleased = await repo.check();
    expect(unreleased.code).toBe(1);
    expect(unreleased.out).toContain('FAIL: the spec changed since 0.1.0 was released, but the version did not: the change is minor, it needs a minor bump to 0.2.0 (npm run release).');

    const release = await repo.release('--date', '2026-11-02');
    expect(release.code).toBe(0);
    expect(release.out).toContain(`${(document.info['x-client-package'] as { name: string }).name} 0.1.0 → 0.2.0 (minor)`);
    const changelog = repo.read('CHANGELOG.md');
    for (const operation of deprecatedOperations) expect(changelog).toContain(`- \`${operation.methodName}\` (\`${operation.method.toUpperCase()} ${operation.path}\`): \`${operation.methodName}\` is deprecated.`);
    expect(changelog.match(/is deprecated\./g)).toHaveLength(deprecatedOperations.length);
    expect(changelog).not.toContain('### Major');
    repo.commit('Release 0.2.0');
    const released = await repo.check();
    expect(released.out).toContain('PASS: from 0.1.0 to 0.2.0 is a minor bump, and the change is minor');
    expect(released.code).toBe(0);
  });
});
