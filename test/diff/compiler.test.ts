// The compiler agrees with the report: every fixture edit at once, the client generated from both
// specs, one program that uses the new client as code written for the old one did. An operation
// fails to compile exactly when the report has a major change for it that the compiler can see.
import path from 'node:path';
import { compilerCheck, type CompilerVerdict } from '../../generator/diff/compiler-check.js';
import { compareSpecs, type Comparison } from '../../generator/diff/index.js';
import { loadSpec, type LoadedSpec } from '../../generator/spec.js';
import { scratch } from '../support/tsc.js';
import { baseSpec, editedSpec, loadFixtures } from './support.js';

const fixtures = loadFixtures();
let base: LoadedSpec;
let comparison: Comparison;
let verdict: CompilerVerdict;

beforeAll(async () => {
  const head = editedSpec('all-edits', fixtures.flatMap((f) => f.edits));
  base = await loadSpec(baseSpec);
  comparison = compareSpecs(base, await loadSpec(head));
  verdict = await compilerCheck(baseSpec, head, path.join(scratch, 'diff-compile'));
});

function majors(operationId: string) {
  return comparison.found.filter((c) => c.level === 'major' && c.operationId === operationId);
}

test('the edits together give the changes each gives alone', () => {
  const key = (c: { kind: string; operationId?: string; pointer: string }) => `${c.kind} ${c.operationId} ${c.pointer}`;
  expect(comparison.report.changes.map(key).sort()).toEqual(fixtures.flatMap((f) => f.changes).map(key).sort());
});

test('the compiler check finds nothing wrong outside the operations it checks', () => {
  expect([...verdict.keys()].filter((key) => key.startsWith('#'))).toEqual([]);
});

test('an operation that no longer compiles has a major change in the report', () => {
  const broken = [...verdict.keys()];
  expect(broken.length).toBeGreaterThan(10);
  for (const operationId of broken) expect({ operationId, majors: majors(operationId).length > 0 }).toEqual({ operationId, majors: true });
});

test('a major change the compiler can see breaks the compilation of its operation', () => {
  const seen = comparison.found.filter((c) => c.level === 'major' && c.compilerSees);
  expect(seen.length).toBeGreaterThan(10);
  for (const change of seen) expect({ kind: change.kind, operationId: change.operationId, compiles: !verdict.has(change.operationId!) }).toEqual({ kind: change.kind, operationId: change.operationId, compiles: false });
});

test('the compiler cannot see a changed success status, path, media type or security: those operations still compile', () => {
  const blind = base.operations
    .map((o) => o.operationId)
    .filter((id) => majors(id).length > 0 && !verdict.has(id));
  expect(Object.fromEntries(blind.map((id) => [id, majors(id).map((c) => [c.kind, c.compilerSees])]))).toEqual({
    CreateExportJob: [['request-media-type-changed', false]],
    GetCampaignVersion: [['security-tightened', false]],
    GetApplicationSettings: [['operation-path-changed', false]],
    SendMessages: [['response-success-status-changed', false]],
    UpdateApplicationSettings: [['operation-path-changed', false]],
  });
});

test('operations without major changes compile', () => {
  const untouched = base.operations.filter((o) => majors(o.operationId).length === 0).map((o) => o.operationId);
  expect(untouched.length).toBeGreaterThan(30);
  for (const id of untouched) expect({ id, errors: verdict.get(id) ?? [] }).toEqual({ id, errors: [] });
});
