// The spec lints clean, and each of the project's own lint rules catches what it is there for.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lintProblems } from '../../scripts/lint.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';

test('the spec has no lint problems at all', async () => {
  const problems = await lintProblems(path.join(root, 'spec/openapi.yaml'));
  expect(problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
});

test('the project rules catch a missing example, an optional body, a missing error and a bad example', async () => {
  const dir = path.join(scratch, 'lint-broken');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, 'spec'), dir, { recursive: true });
  const apps = path.join(dir, 'paths/apps.yaml');
  writeFileSync(
    apps,
    readFileSync(apps, 'utf8')
      .replace(/\n {10}examples:\n {12}ApplicationsResponse:\n {14}\$ref: \S+/, '')
      .replace('requestBody:\n    required: true', 'requestBody:\n    required: false')
      .replace(/\n {4}'405':\n {6}\$ref: \S+/, ''),
  );
  const example = path.join(dir, 'examples/apps/Apps.CreateApplicationRequest.json');
  writeFileSync(example, readFileSync(example, 'utf8').replace('"Name": "string"', '"Name": 5'));

  const rules = (await lintProblems(path.join(dir, 'openapi.yaml'))).map((p) => p.ruleId).sort();
  expect(rules).toEqual([
    'no-invalid-media-type-examples',
    'rule/documented-errors',
    'rule/request-body-required',
    'rule/success-response-has-example',
  ]);
});
