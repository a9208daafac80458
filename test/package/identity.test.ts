// Who the client package is: its name and version from `info.x-client-package` of the spec (with
// defaults for a spec that has none), checked where the spec is read; its license from
// `info.license`; and a version bump is not a change for the change report.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { compareDocument } from '../../generator/diff/document.js';
import { SpecError } from '../../generator/errors.js';
import { generate } from '../../generator/index.js';
import type { OpenApiDocument } from '../../generator/openapi.js';
import { clientPackage, defaultPackageName, licenseOf } from '../../generator/package.js';
import { fixtureCopy } from '../generator/cli.js';
import { document, root } from '../support/spec.js';

// A copy made in this realm: jest's structuredClone gives objects of another realm, which the report's
// deep comparison tells apart.
const copy = (value: OpenApiDocument): OpenApiDocument => JSON.parse(JSON.stringify(value)) as OpenApiDocument;
const withInfo = (info: Record<string, unknown>): OpenApiDocument => ({ ...copy(document), info: { title: 'Pet Store API', version: '1', ...info } });

describe('clientPackage', () => {
  test("reads this project's spec: pinpoint-client, at the version of the newest CHANGELOG.md entry", () => {
    const newest = /^## (\d+\.\d+\.\d+) /m.exec(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'))![1];
    expect(clientPackage(document, 'spec/openapi.yaml')).toEqual({ name: 'pinpoint-client', version: newest });
  });

  test('without the extension: the client name in kebab case, -client, and 0.1.0', () => {
    expect(clientPackage(withInfo({}), 'openapi.yaml')).toEqual({ name: 'pet-store-client', version: '0.1.0' });
    expect(defaultPackageName(withInfo({ 'x-client-name': 'GitHubRest' }))).toBe('git-hub-rest-client');
    expect(clientPackage(withInfo({ 'x-client-package': { version: '2.1.0-rc.1' } }), 'openapi.yaml')).toEqual({ name: 'pet-store-client', version: '2.1.0-rc.1' });
    expect(clientPackage(withInfo({ 'x-client-package': { name: '@acme/pets' } }), 'openapi.yaml')).toEqual({ name: '@acme/pets', version: '0.1.0' });
  });

  test.each([
    [{ name: 'Pinpoint Client' }, 'openapi.yaml#/info/x-client-package/name: "Pinpoint Client" is not an npm package name'],
    [{ name: 'x'.repeat(215) }, 'is longer than the 214 characters npm allows'],
    [{ version: '1.0' }, 'openapi.yaml#/info/x-client-package/version: "1.0" is not a semver version'],
    [{ version: 1 }, 'openapi.yaml#/info/x-client-package/version: must be a string, not 1'],
    [{ name: 'pets', version: '1.0.0', tag: 'beta' }, 'openapi.yaml#/info/x-client-package/tag: unknown field'],
    ['pets@1.0.0', 'openapi.yaml#/info/x-client-package: must be a mapping with `name` and `version`'],
  ])('refuses %j with the place and the reason', (extension, message) => {
    expect(() => clientPackage(withInfo({ 'x-client-package': extension }), 'openapi.yaml')).toThrow(SpecError);
    expect(() => clientPackage(withInfo({ 'x-client-package': extension }), 'openapi.yaml')).toThrow(message);
  });

  test('npm run generate refuses a spec whose package version is not semver, naming the file and the pointer', async () => {
    const spec = fixtureCopy('bad-package-version', (dir) => {
      const file = path.join(dir, 'openapi.yaml');
      const parsed = parseYaml(readFileSync(file, 'utf8')) as { info: Record<string, unknown> };
      parsed.info['x-client-package'] = { name: 'pets', version: 'v1' };
      writeFileSync(file, toYaml(parsed));
    });
    await expect(generate(spec)).rejects.toThrow(`${path.relative(process.cwd(), spec)}#/info/x-client-package/version: "v1" is not a semver version`);
  });
});

describe('licenseOf', () => {
  test("this project's spec: Apache-2.0, with the license's full text", () => {
    const license = licenseOf(document);
    expect(license.field).toBe('Apache-2.0');
    expect(license.text).toMatch(/^Apache License\nVersion 2\.0, January 2004\n/);
    expect(license.text).toContain('END OF TERMS AND CONDITIONS');
  });

  test('a name that is an SPDX identifier counts; another license is referred to; none is UNLICENSED', () => {
    expect(licenseOf(withInfo({ license: { name: 'Apache 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0.html' } })).field).toBe('Apache-2.0');
    expect(licenseOf(withInfo({ license: { name: 'mit' } })).field).toBe('MIT');
    expect(licenseOf(withInfo({ license: { name: 'Acme Terms', url: 'https://acme.test/terms' } }))).toEqual({ field: 'SEE LICENSE IN LICENSE', text: 'Acme Terms\nhttps://acme.test/terms\n' });
    expect(licenseOf(withInfo({}))).toEqual({ field: 'UNLICENSED' });
  });
});

describe('the change report', () => {
  test('takes no notice of a version bump or a new package name', () => {
    const head = copy(document);
    head.info['x-client-package'] = { name: 'pinpoint-client-next', version: '0.2.0' };
    expect(compareDocument(document, head)).toEqual([]);
  });

  test('still reports the other extensions of info', () => {
    const head = copy(document);
    head.info['x-logo'] = { url: 'logo.svg' };
    expect(compareDocument(document, head).map((c) => [c.kind, c.pointer])).toEqual([['annotation-changed', '#/info/x-logo']]);
  });
});

test("spec/openapi.yaml keeps the package's version beside x-client-name, where a release bumps it", () => {
  const text = readFileSync(path.join(root, 'spec/openapi.yaml'), 'utf8');
  expect(text).toMatch(/\n {2}x-client-name: Pinpoint\n(?: {2}#.*\n)* {2}x-client-package:\n {4}name: pinpoint-client\n {4}version: \d+\.\d+\.\d+\n/);
});
