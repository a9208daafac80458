// `npm run build:client` (part of `npm run build`): the generated client as an npm package, in
// dist/client/, ready for `npm pack` or `npm publish`:
//   esm/   ES modules, .d.ts, source maps        cjs/   the same as CommonJS ({"type":"commonjs"})
//   src/   the TypeScript the maps point to       validators/   `./validators` for tools without `exports`
//   package.json, README.md, LICENSE   written by generator/package.ts
// TypeScript type-checks the code with the strictest flags apps use, as ES module and as CommonJS, and
// writes the declarations; esbuild writes each entry as one JavaScript file (Node then loads one module
// instead of fifteen: half the import time), which bundlers still tree-shake to the operations used.
// The Node entry, which Node loads as it is, is also minified (whitespace and syntax, every name kept)
// and ASCII-only, so that Node parses less; the entry for every runtime keeps the comments bundlers read.
// The package's dependencies are what the JavaScript and declarations import, with the ranges of this
// project's package.json.
//   npm run build:client -- [--generated generated] [--out dist/client] [--name <npm name>] [--version <semver>]
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, transform, type BuildOptions as EsbuildOptions } from 'esbuild';
import ts from 'typescript';
import { displayPath, SpecError } from '../generator/errors.js';
import type { OpenApiDocument } from '../generator/openapi.js';
import { collectOperations } from '../generator/operations.js';
import {
  clientPackage,
  LAYOUT,
  licenseOf,
  packageJson,
  packageNameProblem,
  packageReadme,
  versionProblem,
  type ClientPackage,
} from '../generator/package.js';
import { isEntryPoint } from '../generator/entry-point.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run build:client -- [--generated generated] [--out dist/client] [--name <npm name>] [--version <semver>]';

/** The compiler flags the package is built with: those of the strictest apps, so that it compiles in them. */
export const STRICT_FLAGS = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noPropertyAccessFromIndexSignature: true,
  noImplicitOverride: true,
} as const;

export class BuildError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'BuildError';
  }
}

export interface BuildOptions {
  /** The generator's output folder. */
  generated: string;
  out: string;
  /** Overrides `info.x-client-package` of the spec. */
  name?: string | undefined;
  version?: string | undefined;
}

export interface BuildResult {
  out: string;
  identity: ClientPackage;
  dependencies: Record<string, string>;
  files: string[];
}

export async function buildClient(options: BuildOptions): Promise<BuildResult> {
  const generated = path.resolve(options.generated);
  const out = path.resolve(options.out);
  refuseOutput(out, generated);
  const specFile = path.join(generated, 'openapi.json');
  for (const required of ['openapi.json', 'index.ts', 'index.node.ts', 'validators.js', 'validators.d.ts']) {
    if (!existsSync(path.join(generated, required))) {
      throw new BuildError([`${displayPath(path.join(generated, required))}: missing; run \`npm run generate\` first`]);
    }
  }
  const document = JSON.parse(readFileSync(specFile, 'utf8')) as OpenApiDocument;
  const identity = withFlags(clientPackage(document, specFile), options);

  // Staged inside this project, whose node_modules the compiler resolves the runtime's imports from.
  const stage = path.join(root, 'dist/.client-build');
  rmSync(stage, { recursive: true, force: true });
  try {
    const src = path.join(stage, 'src');
    for (const file of typeScriptSources(generated)) cpSync(path.join(generated, file), path.join(src, file));
    // TypeScript (nodenext) reads a file's format from the nearest package.json, as Node does.
    writeJson(path.join(stage, 'package.json'), { type: 'module' });
    declarations(src, path.join(stage, 'esm'));
    writeJson(path.join(src, 'package.json'), { type: 'commonjs' });
    declarations(src, path.join(stage, 'cjs'));
    rmSync(path.join(src, 'package.json'));
    writeJson(path.join(stage, 'cjs/package.json'), { type: 'commonjs' });
    await bundleEntries(src, path.join(stage, 'esm'), 'esm');
    await bundleEntries(src, path.join(stage, 'cjs'), 'cjs');

    // validators.js is JavaScript already (ajv's standalone code): copied as it is, and as CommonJS.
    const validators = readFileSync(path.join(generated, 'validators.js'), 'utf8');
    const validatorTypes = readFileSync(path.join(generated, 'validators.d.ts'), 'utf8');
    writeFileSync(path.join(stage, 'esm/validators.js'), validators);
    writeFileSync(path.join(stage, 'esm/validators.d.ts'), validatorTypes);
    const commonjs = await transform(validators, { format: 'cjs', platform: 'neutral', target: 'es2022', legalComments: 'inline' });
    writeFileSync(path.join(stage, 'cjs/validators.js'), commonjs.code);
    writeFileSync(path.join(stage, 'cjs/validators.d.ts'), validatorTypes);
    // `./validators` for TypeScript's node10 resolution and tools that do not read `exports`.
    writeJson(path.join(stage, 'validators/package.json'), {
      main: `../${LAYOUT.validators.require.default.slice(2)}`,
      types: `../${LAYOUT.validators.require.types.slice(2)}`,
    });

    const dependencies = runtimeDependencies(stage);
    const license = licenseOf(document);
    // One file (the bundle), imported afresh by every build in this process.
    const built = (await import(`${pathToFileURL(path.join(stage, 'esm/index.js')).href}?build=${Date.now()}`)) as Record<string, unknown>;
    const facts = builtFacts(built);
    const node = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const manifest = packageJson({ document, identity, license, dependencies, node, signed: facts.signingName !== undefined });
    writeJson(path.join(stage, 'package.json'), manifest);
    writeFileSync(
      path.join(stage, 'README.md'),
      packageReadme({ document, identity, license, operations: collectOperations(document), dependencies, node, ...facts }),
    );
    if (license.text) writeFileSync(path.join(stage, 'LICENSE'), license.text);
    checkExports(stage, manifest.exports);

    rmSync(out, { recursive: true, force: true });
    mkdirSync(path.dirname(out), { recursive: true });
    try {
      renameSync(stage, out);
    } catch {
      cpSync(stage, out, { recursive: true }); // another file system
    }
    return { out, identity, dependencies, files: listFiles(out) };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function withFlags(fromSpec: ClientPackage, options: BuildOptions): ClientPackage {
  const problems = [
    options.name === undefined ? undefined : packageNameProblem(options.name) && `--name: ${packageNameProblem(options.name)}`,
    options.version === undefined ? undefined : versionProblem(options.version) && `--version: ${versionProblem(options.version)}`,
  ].filter((p): p is string => Boolean(p));
  if (problems.length > 0) throw new BuildError(problems);
  return { name: options.name ?? fromSpec.name, version: options.version ?? fromSpec.version };
}

/** The package folder replaces `out` whole: it may not be this project, the generated folder, or hold either. */
function refuseOutput(out: string, generated: string): void {
  const inside = (folder: string, parent: string) => folder === parent || folder.startsWith(`${parent}${path.sep}`);
  if (inside(root, out) || inside(generated, out) || inside(out, generated)) {
    throw new BuildError([`${displayPath(out)}: refused as the package folder: it is replaced whole, and it holds or is ${inside(root, out) ? 'this project' : 'the generated folder'}`]);
  }
}

/** The generated TypeScript the package is compiled from, relative to the generated folder. */
function typeScriptSources(generated: string): string[] {
  return listFiles(generated).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
}

function listFiles(folder: string, prefix = ''): string[] {
  return readdirSync(path.join(folder, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(folder, relative) : [relative];
    })
    .sort();
}

/** Type-checks the sources as the files of `outDir` will be read (ES module or CommonJS) and writes their declarations. */
function declarations(src: string, outDir: string): void {
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: ['node'],
      typeRoots: [path.join(root, 'node_modules/@types')],
      ...STRICT_FLAGS,
      skipLibCheck: true,
      declaration: true,
      emitDeclarationOnly: true,
      declarationMap: true,
      rootDir: src,
      outDir,
      newLine: 'lf',
      noEmitOnError: true,
    },
    src,
  );
  if (errors.length > 0) throw new BuildError(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')));
  const rootNames = listFiles(src)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(src, f));
  const program = ts.createProgram({ rootNames, options });
  const emitted = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length > 0) {
    throw new BuildError(
      diagnostics.map((d) => {
        const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
        if (!d.file || d.start === undefined) return message;
        const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
        return `${displayPath(d.file.fileName)}:${line + 1}:${character + 1}: ${message} (TS${d.code})`;
      }),
    );
  }
}

/** Each entry as one file, with a source map into src/; packages and Node's modules stay imports. */
async function bundleEntries(src: string, outDir: string, format: 'esm' | 'cjs'): Promise<void> {
  const common: EsbuildOptions = {
    outdir: outDir,
    bundle: true,
    format,
    platform: 'neutral',
    target: 'es2022',
    packages: 'external',
    external: ['node:*'],
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'silent',
  };
  // Bundlers take the entry for every runtime: its /* @__PURE__ */ annotations stay (minifying drops them).
  await build({ ...common, entryPoints: { index: path.join(src, 'index.ts') }, charset: 'utf8' });
  await build({
    ...common,
    entryPoints: { 'index.node': path.join(src, 'index.node.ts') },
    // Node parses every byte of it at startup: no comments or indentation (the client's doc comments are
    // half its size; the declarations keep them), names as written for stack traces, short lines so that
    // an uncaught error quotes one line of code, and ASCII (one non-ASCII character makes V8 read the
    // whole file as UTF-16).
    minifyWhitespace: true,
    minifySyntax: true,
    lineLimit: 120,
    charset: 'ascii',
  });
}

/**
 * The packages the built files import (JavaScript and declarations alike: an app type-checks against
 * them), with the version ranges of this project's package.json.
 */
function runtimeDependencies(stage: string): Record<string, string> {
  const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const found: Record<string, string> = {};
  const problems: string[] = [];
  for (const file of listFiles(stage).filter((f) => /\.(js|d\.ts)$/.test(f))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(stage, file), 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) continue;
      const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
      const range = own.dependencies?.[name];
      if (range) found[name] = range;
      else problems.push(`${file}: imports ${specifier}, but ${name} is not among the dependencies of ${displayPath(path.join(root, 'package.json'))}`);
    }
  }
  if (problems.length > 0) throw new BuildError([...new Set(problems)]);
  return found;
}

interface Descriptor {
  operationId: string;
  errors?: Record<string, unknown>;
  pagination?: unknown;
}

/** What the README says of the built client, read from the client itself. */
function builtFacts(built: Record<string, unknown>) {
  const descriptors = Object.values(built).filter(
    (value): value is Descriptor => typeof value === 'object' && value !== null && 'operationId' in value && 'method' in value && 'path' in value,
  );
  // Named as they are exported, whatever the bundle calls them inside.
  const exportName = new Map(Object.entries(built).map(([name, value]) => [value, name]));
  const errorClasses = new Map<number, string>();
  for (const descriptor of descriptors) {
    for (const [status, errorClass] of Object.entries(descriptor.errors ?? {})) {
      const name = exportName.get(errorClass);
      if (name) errorClasses.set(Number(status), name);
    }
  }
  const service = built.service as { server: { url: string; variables: Record<string, string> }; signingName?: string } | undefined;
  return {
    paginated: new Set(descriptors.filter((d) => d.pagination).map((d) => d.operationId)),
    errorClasses: new Map([...errorClasses].sort(([a], [b]) => a - b)),
    signingName: service?.signingName,
    serverUrl: service?.server.url ?? '',
    // What createConnection signs for when no region is given.
    defaultRegion: service?.server.variables['region'] ?? 'us-east-1',
  };
}

/** Every file `exports` names is in the package. */
function checkExports(stage: string, exports: unknown): void {
  const targets: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node === 'string') targets.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(exports);
  const missing = [...new Set(targets)].filter((t) => !existsSync(path.join(stage, t)) || !statSync(path.join(stage, t)).isFile());
  if (missing.length > 0) throw new BuildError(missing.map((t) => `package.json exports ${t}, which the build did not write`));
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** A folder as npm takes it for a package: a relative path needs its `./` (else npm reads a package name), an absolute one does not. */
function packagePath(folder: string): string {
  const shown = displayPath(folder);
  return path.isAbsolute(shown) ? shown : `./${shown}`;
}

export async function main(argv: string[]): Promise<number> {
  let values: { generated: string; out: string; name?: string; version?: string };
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        generated: { type: 'string', default: 'generated' },
        out: { type: 'string', default: 'dist/client' },
        name: { type: 'string' },
        version: { type: 'string' },
      },
    }).values as typeof values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  try {
    const result = await buildClient(values);
    const bytes = result.files.reduce((sum, f) => sum + statSync(path.join(result.out, f)).size, 0);
    console.log(
      [
        `Built ${displayPath(result.out)}/ (${result.identity.name}@${result.identity.version}) from ${displayPath(values.generated)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        `  ${result.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB unpacked; dependencies: ${Object.entries(result.dependencies).map(([n, r]) => `${n} ${r}`).join(', ') || 'none'}`,
        `  next: npm pack ${packagePath(result.out)} (or npm publish ${packagePath(result.out)})`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof BuildError || error instanceof SpecError) {
      console.error(`${error instanceof SpecError ? error.problems.join('\n') : error.message}\nNothing was written: ${displayPath(values.out)}/ is unchanged.`);
      return 1;
    }
    throw error;
  }
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
