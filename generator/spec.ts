// Loads an OpenAPI document from disk: bundles every file it references into one document with
// Redocly's library, refuses it with every problem (file, line and column or JSON pointer, reason)
// when no correct client can come of it, and keeps what is only an opinion as a warning.
import path from 'node:path';
import {
  bundle,
  createConfig,
  escapePointerFragment,
  isAbsoluteUrl,
  isRef,
  lint,
  ResolveError,
  unescapePointerFragment,
  YamlParseError,
  type Document,
  type NormalizedProblem,
  type Oas3Rule,
  type Plugin,
} from '@redocly/openapi-core';
import { collectOperations, type OperationModel } from './operations.js';
import type { OpenApiDocument } from './openapi.js';
import { displayPath, located, SpecError } from './errors.js';
import { LocalFileResolver } from './source.js';

export { SpecError };

// Refused: what leaves the document unreadable or the client wrong.
const ERROR_RULES = {
  struct: 'error',
  'no-unresolved-refs': 'error',
  'operation-operationId-unique': 'error',
  'generator/valid-pattern': 'error',
} as const;

// Printed, not refused: every peer generates from documents like these (GitHub's REST spec has
// ambiguous and identically templated paths, each with methods of its own).
const WARNING_RULES = {
  'no-identical-paths': 'warn',
  'no-ambiguous-paths': 'warn',
  'path-parameters-defined': 'warn',
  'spec-components-invalid-map-name': 'warn',
  'no-path-trailing-slash': 'off', // style, not validity: foreign specs may use trailing slashes
} as const;

/** `pattern` and `patternProperties` compiled as ajv compiles them (the `u` flag), at the schema that holds them. */
const ValidPattern: Oas3Rule = () => ({
  Schema(schema: { pattern?: unknown; patternProperties?: unknown }, { report, location }) {
    const check = (source: string, where: typeof location) => {
      try {
        new RegExp(source, 'u');
      } catch (error) {
        report({ message: `invalid regular expression ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`, location: where });
      }
    };
    if (typeof schema.pattern === 'string') check(schema.pattern, location.child(['pattern']));
    if (schema.patternProperties && typeof schema.patternProperties === 'object') {
      for (const key of Object.keys(schema.patternProperties)) check(key, location.child(['patternProperties', key]).key());
    }
  },
});

/**
 * The rules the generator adds to Redocly's, for `npm run generate` and `npm run lint` alike. A plugin
 * object handed over ready is taken as it is, so its rule names carry the plugin's prefix already.
 */
export const GENERATOR_PLUGIN: Plugin = { id: 'generator', rules: { oas3: { 'generator/valid-pattern': ValidPattern } } };

/** Example values are data: a `$ref` key in one is never followed (nor fetched). */
export const RESOLVE_OPTIONS = { doNotResolveExamples: true } as const;

/** `file[:line:col][#pointer]: [prefix]reason`. */
export function describeProblem(problem: NormalizedProblem, prefix = ''): string {
  const where = problem.location[0];
  // Positions are in the location; Redocly's parse messages repeat them at the end.
  const message = prefix + problem.message.replace(/^Failed to parse: /, '').replace(/\s*\(\d+:\d+\)$/, '');
  if (!where) return message;
  const start = 'start' in where && where.start && !where.pointer ? (where.start as { line: number; col: number }) : undefined;
  return located(where.source.absoluteRef, message, { line: start?.line, col: start?.col, pointer: where.pointer });
}

export interface LoadedSpec {
  document: OpenApiDocument;
  operations: OperationModel[];
  /** Problems that do not stop a correct client, located like errors. */
  warnings: string[];
  /** Every file the document was read from, absolute. */
  files: string[];
}

export async function loadSpec(specPath: string): Promise<LoadedSpec> {
  if (isAbsoluteUrl(specPath)) throw new SpecError([`${specPath}: is remote; the generator reads local files only and fetches nothing`]);
  const ref = path.resolve(specPath);
  const resolver = new LocalFileResolver();
  checkVersion(await readRoot(resolver, ref), ref);
  const config = await createConfig({ rules: { ...ERROR_RULES, ...WARNING_RULES }, resolve: RESOLVE_OPTIONS }, { plugins: [GENERATOR_PLUGIN] });

  const problems = await redocly(resolver, ref, () => lint({ ref, config, externalRefResolver: resolver }));
  const errors = problems.filter((p) => p.severity === 'error' && !isOpinion(p));
  if (errors.length > 0) throw new SpecError(dedupe(errors.map((p) => describeProblem(p))));
  const bundled = await redocly(resolver, ref, () => bundle({ ref, config, dereference: false, externalRefResolver: resolver }));
  const bundleErrors = bundled.problems.filter((p) => p.severity === 'error' && !isLinkedExample(p, resolver));
  if (bundleErrors.length > 0) throw new SpecError(dedupe(bundleErrors.map((p) => describeProblem(p))));
  const warnings = dedupe(problems.filter((p) => p.severity !== 'error' || isOpinion(p)).map((p) => `${describeProblem(p, 'warning: ')} (${p.ruleId})`));

  const document = bundled.bundle.parsed as OpenApiDocument;
  const files = [...resolver.documents.keys()];
  try {
    // Also refuses what the generated code could not name.
    return { document, operations: collectOperations(document), warnings, files };
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    // Pointers into the bundled document: through the root file, whichever file the operation is in.
    throw new SpecError(error.problems.map((p) => (p.startsWith('#') ? `${displayPath(ref)}${p}` : `${displayPath(ref)}: ${p}`)));
  }
}

/**
 * The bundler's complaint about an example whose `externalValue` is a URL: a link for readers, kept
 * as it is and not fetched (the bundler inlines only local files).
 */
function isLinkedExample(problem: NormalizedProblem, resolver: LocalFileResolver): boolean {
  const where = problem.location[0];
  if (!where?.pointer || !/^Can't resolve \$ref: \S+ is remote;/.test(problem.message)) return false;
  let node: unknown = resolver.documents.get(where.source.absoluteRef)?.parsed;
  for (const segment of where.pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) node = (node as Record<string, unknown> | undefined)?.[unescapePointerFragment(segment)];
  const externalValue = (node as { externalValue?: unknown } | undefined)?.externalValue;
  return typeof externalValue === 'string' && isAbsoluteUrl(externalValue);
}

/** A struct problem that the generator can live with: a property the OpenAPI schema does not know. */
function isOpinion(problem: NormalizedProblem): boolean {
  return problem.ruleId === 'struct' && /is not expected here/.test(problem.message);
}

/** The parsed root file, or a located reason why there is none. */
async function readRoot(resolver: LocalFileResolver, ref: string): Promise<unknown> {
  try {
    const document = (await resolver.resolveDocument(null, ref, true)) as Document;
    return document.parsed;
  } catch (error) {
    if (error instanceof YamlParseError) {
      throw new SpecError([located(ref, error.message.replace(/\s*\(\d+:\d+\)$/, ''), { line: error.line || undefined, col: error.col || undefined })]);
    }
    if (error instanceof ResolveError) throw new SpecError([error.message]);
    throw error;
  }
}

/** Runs a Redocly step; what it throws on a document (a cycle of references) becomes a located error. */
async function redocly<T>(resolver: LocalFileResolver, ref: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof Error && /circular/i.test(error.message)) {
      const cycles = findRefCycles(resolver.documents);
      throw new SpecError(cycles.length > 0 ? cycles : [located(ref, `${error.message} (the cycle could not be located)`)]);
    }
    throw error;
  }
}

/** Refuses early what is not OpenAPI 3.0 or 3.1 (Swagger 2.0, 3.2, not an API description). */
function checkVersion(root: unknown, ref: string): void {
  if (root === null || root === undefined || root === '') throw new SpecError([located(ref, 'is empty')]);
  if (typeof root !== 'object' || Array.isArray(root)) throw new SpecError([located(ref, 'is not an OpenAPI document (not a mapping)')]);
  const { openapi, swagger } = root as { openapi?: unknown; swagger?: unknown };
  if (typeof openapi === 'string' && /^3\.[01]\.\d+$/.test(openapi)) return;
  const found = swagger !== undefined ? `Swagger ${String(swagger)}` : openapi === undefined ? 'no `openapi` field' : `"${String(openapi)}"`;
  throw new SpecError([located(ref, `${found} is not OpenAPI 3.0 or 3.1`, { pointer: swagger !== undefined ? '/swagger' : '/openapi' })]);
}

interface Place {
  file: string;
  /** JSON pointer segments, unescaped. */
  segments: string[];
}

/**
 * Every cycle of references that never reaches a value (`A: {$ref: B}`, `B: {$ref: A}`), each once,
 * named at its first member with the whole chain.
 */
export function findRefCycles(documents: ReadonlyMap<string, Document>): string[] {
  const found = new Map<string, string>();
  for (const [file, document] of documents) {
    for (const segments of refNodes(document.parsed)) {
      const cycle = cycleFrom({ file, segments }, documents);
      if (!cycle) continue;
      const id = cycle.map(placeKey).sort().join('\n');
      if (found.has(id)) continue;
      const [first] = cycle;
      const chain = [...cycle, first!].map((place) => (place.file === first!.file ? '' : displayPath(place.file)) + pointerOf(place.segments)).join(' → ');
      found.set(id, located(first!.file, `circular $ref that never reaches a value: ${chain}`, { pointer: pointerOf(first!.segments) }));
    }
  }
  return [...found.values()];
}

function cycleFrom(start: Place, documents: ReadonlyMap<string, Document>): Place[] | undefined {
  const chain: Place[] = [];
  const seen = new Map<string, number>();
  let at: Place = start;
  let rest: string[] = [];
  for (;;) {
    const node = walkTo(documents.get(at.file)?.parsed, at.segments);
    // The first reference on the way, or the one at the end: where the chain goes next.
    if (!node) return undefined;
    const refAt: Place = { file: at.file, segments: at.segments.slice(0, node.depth) };
    const key = placeKey(refAt);
    if (seen.has(key)) return chain.slice(seen.get(key));
    seen.set(key, chain.length);
    chain.push(refAt);
    rest = [...at.segments.slice(node.depth), ...rest];
    const [uri, fragment = ''] = node.ref.split('#');
    const file = uri ? path.resolve(path.dirname(at.file), uri) : at.file;
    if (!documents.has(file)) return undefined;
    at = { file, segments: [...fragment.split('/').filter(Boolean).map(unescapePointerFragment), ...rest] };
    rest = [];
  }
}

/** Follows `segments` from `root` and stops at the first `$ref` object on the way or at its end. */
function walkTo(root: unknown, segments: string[]): { ref: string; depth: number } | undefined {
  let node = root;
  for (let depth = 0; ; depth++) {
    if (isRef(node)) return { ref: (node as { $ref: string }).$ref, depth };
    if (depth === segments.length || node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segments[depth]!];
  }
}

function* refNodes(node: unknown, segments: string[] = []): Generator<string[]> {
  if (node === null || typeof node !== 'object') return;
  if (isRef(node)) yield segments;
  for (const [key, value] of Object.entries(node)) yield* refNodes(value, [...segments, key]);
}

const placeKey = (place: Place) => `${place.file}${pointerOf(place.segments)}`;
const pointerOf = (segments: string[]) => `#${segments.map((s) => `/${escapePointerFragment(s)}`).join('')}`;

function dedupe(lines: string[]): string[] {
  return [...new Set(lines)];
}
