// The client package as an app gets it: dist/client/ (built by `npm run build`) is packed, checked by
// publint and Are the Types Wrong, and installed into an empty app outside this project, which then
// calls it from an ES module and from CommonJS against a local server, type-checks against it under
// the strictest flags, and bundles it for the browser. `npm run test:package` (not part of `npm test`).
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { parse as parseYaml } from 'yaml';
import { createClientApp, installedVersion, packageFolder, type ClientApp } from '../../scripts/client-app.js';
import { STRICT_FLAGS } from '../../scripts/build-client.js';
import { startScriptedServer, type Recorded, type ScriptedServer } from '../support/scripted-server.js';
import { operations, root } from '../support/spec.js';

const appSources = path.join(root, 'test/package/app');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
const spec = parseYaml(readFileSync(path.join(root, 'spec/openapi.yaml'), 'utf8')) as { info: { version: string; 'x-client-package': { name: string; version: string } } };
const PAGE = { Item: [{ Id: '0123456789abcdef0123456789abcdef', Name: 'Consumer app', Arn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/0123' }] };
const SECRET = 'TESTSECRET/ExampleOnly';

let app: ClientApp;
let server: ScriptedServer;

beforeAll(async () => {
  app = createClientApp('pinpoint-consumer', [`@types/node@${installedVersion('@types/node')}`]);
  for (const file of readdirSync(appSources)) cpSync(path.join(appSources, file), path.join(app.dir, file));
  server = await startScriptedServer((request) =>
    request.url.startsWith('/v1/apps/missing')
      ? { status: 404, headers: { 'x-amzn-errortype': 'NotFoundException:http://internal.amazon.com/' }, body: { Message: 'Application not found', RequestID: 'req-404' } }
      : { status: 200, body: PAGE },
  );
});
afterAll(async () => {
  await server?.close();
  if (app) rmSync(app.dir, { recursive: true, force: true });
});

/** Runs a command in the app folder, with this project's tools. */
function inApp(command: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(command, args, { cwd: app.dir, encoding: 'utf8', env: { ...process.env, ...env } });
}

/** Runs a program that calls the server of this process: asynchronously, so that the server can answer. */
function runAgainstServer(args: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, CONSUMER_ENDPOINT: server.url } }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the packed package', () => {
  test('is built from the current generated/ (after `npm run generate`, run `npm run build`)', () => {
    const sources = (folder: string): string[] =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
    const packaged = sources(path.join(packageFolder, 'src'));
    expect(packaged).toEqual(sources(path.join(root, 'generated')));
    for (const file of packaged) {
      expect([file, readFileSync(path.join(packageFolder, 'src', file), 'utf8') === readFileSync(path.join(root, 'generated', file), 'utf8')]).toEqual([file, true]);
    }
  });

  test('publint --strict finds nothing', () => {
    const run = inApp(bin('publint'), ['run', '--strict', app.tarball]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('All good!');
    expect(run.status).toBe(0);
  });

  test('Are the Types Wrong finds no problem for any entry or module resolution', () => {
    const run = inApp(bin('attw'), ['--format', 'json', '--no-definitely-typed', app.tarball]);
    const report = JSON.parse(run.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(report.analysis.problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './package.json', './validators']);
    expect(run.status).toBe(0);
  });

  test('holds the compiled code, declarations, maps, sources, README and LICENSE, and nothing of the toolchain', () => {
    const files = execFileSync('tar', ['-tzf', app.tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    for (const file of ['package.json', 'README.md', 'LICENSE', 'esm/index.js', 'esm/index.js.map', 'esm/index.node.js', 'esm/index.d.ts', 'esm/index.d.ts.map', 'esm/validators.js', 'cjs/index.js', 'cjs/index.node.js', 'cjs/index.d.ts', 'cjs/package.json', 'cjs/validators.js', 'src/client.ts', 'validators/package.json']) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => /(^|\/)(openapi\.json|mock|docs|node_modules)(\/|$)|\.test\.ts$|\.tgz$/.test(f))).toEqual([]);
    // Every map points at a source that is in the package.
    for (const map of files.filter((f) => f.endsWith('.map'))) {
      const { sources } = JSON.parse(readFileSync(path.join(packageFolder, map), 'utf8')) as { sources: string[] };
      for (const source of sources) expect([map, files.includes(path.posix.join(path.posix.dirname(map), source))]).toEqual([map, true]);
    }
    expect(readFileSync(path.join(packageFolder, 'LICENSE'), 'utf8')).toMatch(/^Apache License\nVersion 2\.0, January 2004/);
  });

  // What Node parses at startup: the Node entry minified (names kept), in short lines of ASCII. The
  // entry for every runtime, which bundlers take, keeps its pure annotations.
  test('the Node entry is minified ASCII in short lines, with its names; the entry for every runtime keeps its pure annotations', () => {
    for (const format of ['esm', 'cjs']) {
      const code = readFileSync(path.join(packageFolder, format, 'index.node.js'), 'utf8');
      expect([format, /[^\x00-\x7f]/.test(code), code.includes('/**'), code.includes('\n  ')]).toEqual([format, false, false, false]);
      expect(Math.max(...code.split('\n').map((line) => line.length))).toBeLessThan(1000); // not one line of 60 KB
      expect(code).toMatch(/function createNodeRequestHandler\(/);
      expect(code).toContain('sourceMappingURL=index.node.js.map');
      expect(readFileSync(path.join(packageFolder, format, 'index.js'), 'utf8')).toContain('/* @__PURE__ */');
    }
  });

  test("package.json: the spec's name and version, the API version, types first, no side effects, only runtime dependencies", () => {
    const manifest = JSON.parse(readFileSync(path.join(app.dir, 'node_modules', app.name, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect([manifest.name, manifest.version]).toEqual([spec.info['x-client-package'].name, spec.info['x-client-package'].version]);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.apiVersion).toBe(spec.info.version);
    expect(manifest.keywords).toContain(`api-${spec.info.version}`);
    expect(manifest).toMatchObject({ license: 'Apache-2.0', type: 'module', sideEffects: false, engines: { node: '>=20' } });
    expect(manifest).not.toHaveProperty('devDependencies');
    expect(manifest).not.toHaveProperty('private');
    const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies).toEqual({ 'ajv-formats': own.dependencies['ajv-formats'], 'openapi-fetch': own.dependencies['openapi-fetch'] });
    // Wherever a condition object names types, they come first (TypeScript takes the first match).
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const keys = Object.keys(node);
      if (keys.includes('types')) expect(keys[0]).toBe('types');
      Object.values(node).forEach(visit);
    };
    visit(manifest.exports);
    // Node is the one runtime that takes the Node entry: runtimes and tools that also match `node` come first.
    expect(Object.keys((manifest.exports as Record<string, object>)['.']!)).toEqual(['browser', 'worker', 'deno', 'bun', 'node', 'import', 'require', 'default']);
  });
});

/** The Authorization header of a recorded request, as the AWS SDK's own signer computes it. */
async function referenceAuthorization(request: Recorded): Promise<string> {
  const url = new URL(request.url, 'http://placeholder');
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(String(request.headers.authorization))![1]!.split(';');
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) if (name !== 'x-amz-date') headers[name] = String(request.headers[name]);
  const date = String(request.headers['x-amz-date']).replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
  const signer = new SignatureV4({ service: 'mobiletargeting', region: 'eu-west-1', credentials: { accessKeyId: 'TESTKEYID', secretAccessKey: SECRET }, sha256: Sha256, applyChecksum: false });
  const query = Object.fromEntries(url.searchParams);
  const signed = await signer.sign(
    new HttpRequest({ method: request.method, protocol: 'http:', hostname: headers.host!.split(':')[0]!, path: url.pathname, query, headers, body: request.body || undefined }),
    { signingDate: new Date(date) },
  );
  return signed.headers.authorization as string;
}

describe.each([
  ['an ES module app', 'esm.mjs', /\/node_modules\/pinpoint-client\/esm\/index\.node\.js$/, /\/node_modules\/pinpoint-client\/esm\/validators\.js$/],
  ['a CommonJS app', 'cjs.cjs', /\/node_modules\/pinpoint-client\/cjs\/index\.node\.js$/, /\/node_modules\/pinpoint-client\/cjs\/validators\.js$/],
])('%s in Node', (_, program, entry, validatorsEntry) => {
  let seen: Record<string, unknown>;
  let requests: Recorded[];

  beforeAll(async () => {
    server.requests.splice(0);
    const run = await runAgainstServer([program], app.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    seen = JSON.parse(run.stdout) as Record<string, unknown>;
    requests = [...server.requests];
  });

  test('takes the Node entry by the `node` export condition, and never the global fetch', () => {
    expect(seen.entry).toMatch(entry);
    expect(seen.fetchCalls).toBe(0);
  });

  test('gets the client, every operation function, pagination and the error classes', () => {
    const exported = seen.exports as string[];
    const expected = ['createPinpointClient', 'createPinpointConnection', 'paginate', 'paginatePages', 'nodeHttpFetch', 'ServiceException', 'NotFoundException', 'ValidationError', 'NetworkError', 'TimeoutError', ...operations.map((o) => o.methodName)];
    expect(expected.filter((name) => !exported.includes(name))).toEqual([]);
  });

  test('sends a request signed as the AWS SDK signs it, and gets the typed page', async () => {
    expect(seen.page).toEqual(PAGE);
    const getApps = requests.find((r) => r.url === '/v1/apps?page-size=1')!;
    expect(getApps.method).toBe('GET');
    expect(getApps.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=TESTKEYID\/\d{8}\/eu-west-1\/mobiletargeting\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/);
    expect(getApps.headers.authorization).toBe(await referenceAuthorization(getApps));
  });

  test('rejects a 404 with the NotFoundException class the app imported', () => {
    expect(seen.notFound).toEqual({ isNotFound: true, isServiceException: true, name: 'NotFoundException', status: 404, Message: 'Application not found', RequestID: 'req-404' });
  });

  test('pinpoint-client/validators checks bodies, alone and inside the client', () => {
    expect(seen.validatorsEntry).toMatch(validatorsEntry);
    expect(seen.validation).toBe(true);
    expect(seen.invalid).toEqual(["must have required property 'Name'"]);
    expect(seen.refused).toEqual({ isValidationError: true, message: expect.stringContaining("must have required property 'Name'") });
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });
});

test("an app that loads both builds (its import, a dependency's require) gets errors that pass instanceof with either build's classes", async () => {
  const run = await runAgainstServer(['both-builds.mjs'], app.dir);
  expect([run.status, run.stderr]).toEqual([0, '']);
  expect(JSON.parse(run.stdout)).toEqual({
    twoCopies: true,
    requiredErrorWithImportedClasses: ['NotFoundException', 'ServiceException'],
    importedErrorWithRequiredClasses: ['NotFoundException', 'ServiceException'],
    networkErrorWithImportedClasses: ['RequestFailedError', 'NetworkError'],
  });
});

describe('TypeScript in the app, with strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, noPropertyAccessFromIndexSignature, noImplicitOverride and no skipLibCheck', () => {
  function typeCheck(name: string, options: Record<string, unknown>, files: string[]) {
    const config = `tsconfig.${name}.json`;
    writeFileSync(
      path.join(app.dir, config),
      JSON.stringify({ compilerOptions: { target: 'ES2022', noEmit: true, skipLibCheck: false, ...STRICT_FLAGS, ...options }, files }, null, 2),
    );
    const run = inApp(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', config]);
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  // Every named type generated/ declares (schemas, …Input, …Output, the client's), imported by name.
  beforeAll(() => {
    const declared = (file: string) =>
      [...readFileSync(path.join(root, 'generated', file), 'utf8').matchAll(/^export (?:interface|type) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
    const names = [...new Set([...declared('types.ts'), ...declared('client.ts')])].sort();
    expect(names).toEqual(expect.arrayContaining(['ApplicationResponse', 'GetAppsInput', 'GetAppsOutput', 'PinpointClient']));
    writeFileSync(path.join(app.dir, 'all-types.ts'), `import type { ${names.join(', ')} } from 'pinpoint-client';\nexport type All = [${names.join(', ')}];\n`);
  });

  test('module nodenext: an ES module and a CommonJS file get the Node entry and its types', () => {
    const { status, output } = typeCheck('nodenext', { module: 'nodenext', moduleResolution: 'nodenext', lib: ['ES2022'], types: ['node'] }, ['consumer.ts', 'consumer.cts', 'all-types.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  test("moduleResolution bundler: a browser app without Node's types", () => {
    const { status, output } = typeCheck('bundler', { module: 'esnext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] }, ['consumer.ts', 'browser.ts', 'all-types.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  test("the README's TypeScript examples compile against the package", () => {
    const readme = readFileSync(path.join(app.dir, 'node_modules', app.name, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```ts\n([^]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const files = blocks.map((code, i) => {
      writeFileSync(path.join(app.dir, `readme${i}.ts`), `${code}\nexport {};\n`);
      return `readme${i}.ts`;
    });
    const { status, output } = typeCheck('readme', { module: 'nodenext', moduleResolution: 'nodenext', lib: ['ES2022'], types: ['node'] }, files);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  test('a wrong call fails to compile: the types are the real ones', () => {
    writeFileSync(path.join(app.dir, 'wrong.ts'), "import { createPinpointClient } from 'pinpoint-client';\nawait createPinpointClient().getApps({ query: { 'page-size': 10 } });\n");
    const { status, output } = typeCheck('wrong', { module: 'nodenext', moduleResolution: 'nodenext', lib: ['ES2022'], types: ['node'] }, ['wrong.ts']);
    expect(output).toContain("wrong.ts(2,");
    expect(output).toContain('TS2322');
    expect(status).not.toBe(0);
  });
});

describe('a browser bundle of the installed package', () => {
  async function bundle(platform: 'browser' | 'node') {
    const result = await build({
      stdin: {
        resolveDir: app.dir,
        contents: [
          "import { createPinpointConnection, getApps } from 'pinpoint-client';",
          "const connection = createPinpointConnection({ region: 'eu-west-1', credentials: { accessKeyId: 'TESTKEYID', secretAccessKey: 'TESTSECRET' } });",
          'getApps(connection, {}).then(console.log);',
        ].join('\n'),
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
  }

  test("takes the entry for every runtime, with no Node module, and only the operation it calls", async () => {
    const { code, inputs } = await bundle('browser');
    expect(inputs.filter((i) => i.endsWith(`/node_modules/${app.name}/esm/index.js`))).toHaveLength(1);
    expect(inputs.filter((i) => i.includes('index.node') || i.startsWith('node:'))).toEqual([]);
    expect(code).toContain('"/v1/apps"');
    expect(code).toContain('mobiletargeting');
    const others = operations.filter((o) => o.path !== '/v1/apps').map((o) => o.path);
    expect(others.filter((p) => code.includes(JSON.stringify(p)))).toEqual([]);
  });

  test('for Node, a bundler takes the Node entry', async () => {
    const { inputs } = await bundle('node');
    expect(inputs.filter((i) => i.endsWith(`/node_modules/${app.name}/esm/index.node.js`))).toHaveLength(1);
  });
});

describe('generated/ copied into an app and compiled with tsc', () => {
  // tsc compiles .ts files and copies no .js file: validators.js (JavaScript already) is compiled
  // along only with `allowJs`, as the README says.
  function compileCopy(allowJs: boolean) {
    const dir = path.join(app.dir, `copied-${allowJs ? 'allowjs' : 'plain'}`);
    cpSync(path.join(root, 'generated'), path.join(dir, 'src/pinpoint'), { recursive: true, filter: (f) => !/\/(docs|mock)$|openapi\.json$|manifest\.json$/.test(f) });
    writeFileSync(
      path.join(dir, 'src/main.ts'),
      [
        "import * as validators from './pinpoint/validators.js';",
        "import { createPinpointClient } from './pinpoint/index.node.js';",
        "const client = createPinpointClient({ endpoint: process.env['CONSUMER_ENDPOINT'] ?? '', validation: { validators } });",
        'console.log(JSON.stringify({ page: await client.getApps(), valid: validators.validateCreateApplicationRequest({}).valid }));',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'nodenext', lib: ['ES2022'], types: ['node'], ...STRICT_FLAGS, outDir: 'out', rootDir: 'src', ...(allowJs ? { allowJs: true } : {}) },
        include: ['src'],
      }),
    );
    const compiled = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8' });
    return { dir, compiled };
  }

  test('with allowJs, validators.js is compiled along and the app runs', async () => {
    const { dir, compiled } = compileCopy(true);
    expect(compiled.stdout + compiled.stderr).toBe('');
    expect(existsSync(path.join(dir, 'out/pinpoint/validators.js'))).toBe(true);
    // The app's dependencies (ajv-formats) resolve from the app's node_modules, one folder up.
    const run = await runAgainstServer(['out/main.js'], dir);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ page: PAGE, valid: false });
  });

  test('without it, the output lacks validators.js', () => {
    const { dir, compiled } = compileCopy(false);
    expect(compiled.status).toBe(0);
    expect(existsSync(path.join(dir, 'out/pinpoint/client.js'))).toBe(true);
    expect(existsSync(path.join(dir, 'out/pinpoint/validators.js'))).toBe(false);
  });
});
