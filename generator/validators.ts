// Emits `validators.js` (+ `.d.ts`): ajv standalone code compiled now, so nothing compiles a schema
// at run time. One validate function and one type guard per component schema, and one validate
// function per operation request body and per documented response body.
//
// Three steps: `planValidators` turns the OpenAPI schemas into plain JSON Schema (the one conversion,
// shared with the tests' reference Ajv), ajv compiles them in strict mode, `stableCode` renames ajv's
// numbered identifiers after what they check, and esbuild prints the module one statement per line,
// so that a change to one schema changes only the lines of that schema.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { AnySchemaObject, Options } from 'ajv';
import { SpecError } from './errors.js';
import { escapePointerToken, pointerGet, resolve, type JsonObject, type OpenApiDocument } from './openapi.js';
import type { OperationModel } from './operations.js';
import { HEADER, type GeneratedFile } from './output.js';
import { commentText, outputNames } from './names.js';

// ajv and its standalone module are CommonJS; load them the way they were built to be loaded, when
// first needed: a run that compiles the validators in a worker thread (generator/cli.mjs) never
// loads them in its main thread.
const require = createRequire(import.meta.url);
function loadAjv() {
  const { default: Ajv, _ } = require('ajv') as typeof import('ajv');
  const { default: Ajv2020 } = require('ajv/dist/2020') as typeof import('ajv/dist/2020.js');
  const { default: standaloneCode } = require('ajv/dist/standalone') as typeof import('ajv/dist/standalone/index.js');
  const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
  const { fullFormats } = require('ajv-formats/dist/formats') as typeof import('ajv-formats/dist/formats.js');
  return { Ajv, _, Ajv2020, standaloneCode, addFormats, fullFormats };
}
let ajvModules: ReturnType<typeof loadAjv> | undefined;
const ajvLibrary = () => (ajvModules ??= loadAjv());
// esbuild's CommonJS entry too: an ES import of it first lexes it for named exports (a few hundredths of a second).
const loadEsbuild = () => require('esbuild') as typeof import('esbuild');

export type Dialect = 'draft-07' | '2020-12';

/** A validator to emit: its exported name, the schema it compiles, and the TypeScript type it checks. */
export interface ValidatorSpec {
  /** What follows `validate` (and `is`) in the exported names. */
  name: string;
  /** The `$id` of the schema it runs (shared by validators that check the same schema). */
  id: string;
  /** The TypeScript type it checks, for the declarations. */
  type: string;
  /** Set for component schemas, which also get an `is<Name>` type guard. */
  guard?: string;
  /** Where it comes from: a component schema, or an operation's request or response body. */
  origin: { schema: string } | { operationId: string; part: string; mediaType: string };
  /** Why a body is not checked (it is not JSON, or not text its schema describes). */
  unchecked?: string;
}

export interface ValidatorPlan {
  /** OpenAPI 3.0 schemas are compiled as draft-07, 3.1 as draft 2020-12. */
  dialect: Dialect;
  /** Every schema ajv is given, each with its own `$id`: components, targets of deeper `$ref`s, bodies. */
  schemas: AnySchemaObject[];
  /** Where each of them is in the document (a JSON pointer), by `$id`. */
  sources: Map<string, string>;
  validators: ValidatorSpec[];
  /** Formats the document uses that ajv-formats does not define: annotations only, as JSON Schema says. */
  annotationFormats: string[];
}

// Absolute, never fetched: ajv resolves references between the schemas by these IDs. The last segment
// is identifier-safe (no dot segments, nothing to normalise) and names the schema's function.
const ID_BASE = 'https://openapi.invalid';
const ANYTHING_ID = `${ID_BASE}/anything`;
const componentId = (name: string) => `${ID_BASE}/schemas/${identifierPart(name)}`;
const bodyId = (validatorName: string) => `${ID_BASE}/bodies/${identifierPart(validatorName)}`;
// A `$ref` deeper than a component (`#/components/schemas/Foo/properties/bar`) gets the node it points
// at as a schema of its own: the converted component need not keep the document's shape.
const pointerId = (tokens: string[]) => `${ID_BASE}/pointers/${identifierPart(tokens.map(escapePointerToken).join('/'))}`;

// Keywords that take no part in validation: left out, so that documentation edits leave validators.js
// alone. (discriminator, example, xml, externalDocs and x- extensions are not JSON Schema keywords.)
const ANNOTATIONS = new Set(['title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', '$comment']);
// Each schema is given its own `$id`; nested resource keywords would clash once a node is copied.
const RESOURCE_KEYWORDS = new Set(['$id', 'id', '$schema', '$vocabulary', '$async']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_VALUES = new Set([
  'items', 'additionalItems', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains',
  'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema',
]);
// Keywords that could refuse null inside a schema marked `nullable: true` (so it must be wrapped).
const REFUSE_NULL = ['allOf', 'anyOf', 'oneOf', 'not', '$ref', 'if', 'const'];

const JSON_MEDIA = /^(application|text)\/([\w.+-]+\+)?json\s*(;.*)?$/i;
const TEXT_MEDIA = /^text\//i;

/**
 * ajv's RegExp engine, for the generator and anyone who compiles the plan again: the u flag (JSON
 * Schema's recommendation) unless the pattern is valid ECMA-262 only without it, as `[\w-]` is.
 * validators.js carries the same function (COMPILE_PATTERN); the differential test holds them equal.
 */
export const patternEngine = Object.assign(
  (source: string, flags: string): RegExp => {
    try {
      return new RegExp(source, flags);
    } catch {
      return new RegExp(source, flags.replace('u', ''));
    }
  },
  { code: 'compilePattern' },
);
const COMPILE_PATTERN =
  'function compilePattern(source, flags) { try { return new RegExp(source, flags); } catch { return new RegExp(source, flags.replace("u", "")); } }';

function createAjv(plan: ValidatorPlan, code: Options['code']) {
  const options: Options = {
    allErrors: true,
    // Strict mode never changes a result; it refuses schemas. Kept where it catches a slip of the
    // conversion (an unknown or ignored keyword, an unknown format), relaxed where it refuses
    // schemas JSON Schema and OpenAPI allow:
    strictSchema: true,
    strictNumbers: true,
    strictTypes: false, // allOf fragments and `properties` without `type`: they apply to objects only
    strictTuples: false, // prefixItems / items arrays without minItems and a closing items: false
    strictRequired: false, // `required` beside allOf naming properties the fragments define
    allowUnionTypes: true, // type: [string, "null"]
    allowMatchingProperties: true, // a property also matched by patternProperties: both apply
    // One function per component, called by every schema that refers to it.
    inlineRefs: false,
    code: { ...code, regExp: patternEngine },
  };
  const { Ajv, Ajv2020, addFormats } = ajvLibrary();
  const ajv = plan.dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  for (const format of plan.annotationFormats) ajv.addFormat(format, true);
  return ajv;
}

// The keywords ajv implements for each dialect: anything else in a schema is an annotation.
const keywordsOf = new Map<Dialect, Set<string>>();
function jsonSchemaKeywords(dialect: Dialect): Set<string> {
  let keywords = keywordsOf.get(dialect);
  if (!keywords) {
    const { Ajv, Ajv2020 } = ajvLibrary();
    const ajv = dialect === '2020-12' ? new Ajv2020({ meta: false }) : new Ajv({ meta: false });
    keywords = new Set(Object.keys(ajv.RULES.keywords));
    keywordsOf.set(dialect, keywords);
  }
  return keywords;
}

export function planValidators(document: OpenApiDocument, operations: OperationModel[]): ValidatorPlan {
  const dialect: Dialect = document.openapi.startsWith('3.1') ? '2020-12' : 'draft-07';
  const keywords = jsonSchemaKeywords(dialect);
  const schemas: AnySchemaObject[] = [];
  const sources = new Map<string, string>();
  const problems: string[] = [];
  const formats = new Set<string>();
  const pointerTargets = new Map<string, string>();

  const componentNames = Object.keys(document.components?.schemas ?? {});
  for (const name of componentNames) {
    const pointer = `#/components/schemas/${escapePointerToken(name)}`;
    addSchema(componentId(name), document.components!.schemas![name], pointer);
  }

  // Export names come from the one naming pass (generator/names.ts); `name` and `guard` here go
  // without their `validate` / `is` prefixes.
  const names = outputNames(document, operations);
  const validators: ValidatorSpec[] = componentNames.map((name) => {
    const { validate, guard } = names.schemaValidators(name);
    const type = `types.${names.schemaType(name)}`;
    return { name: validate.slice('validate'.length), id: componentId(name), type, guard: guard.slice('is'.length), origin: { schema: name } };
  });
  let anything = false;
  for (const operation of operations) {
    const op = `types.${operation.typesRef}`;
    const opNames = names.operation(operation);
    const bodies = [
      ...(operation.requestBody?.schema ? [{ part: 'request', body: operation.requestBody, name: opNames.requestValidator!.slice('validate'.length) }] : []),
      ...operation.responses
        .filter((response) => response.schema && response.contentType)
        .map((response) => ({ part: response.status, body: response, name: opNames.responseValidators[response.status]!.slice('validate'.length) })),
    ];
    for (const { part, body, name } of bodies) {
      const mediaType = body.contentType!;
      const status = /^\d+$/.test(part) ? part : JSON.stringify(part);
      const type =
        part === 'request'
          ? `NonNullable<${op}["requestBody"]>["content"][${JSON.stringify(mediaType)}]`
          : `${op}["responses"][${status}]["content"][${JSON.stringify(mediaType)}]`;
      const origin = { operationId: operation.operationId, part, mediaType };
      const pointer = `${operation.pointer}/${part === 'request' ? 'requestBody' : `responses/${escapePointerToken(part)}`}/content/${escapePointerToken(mediaType)}/schema`;
      const unchecked = uncheckedReason(mediaType, body.schema!);
      if (unchecked) {
        anything = true;
        validators.push({ name, id: ANYTHING_ID, type, origin, unchecked });
        continue;
      }
      const schema = convert(body.schema, pointer);
      // A body that is exactly one component runs that component's function.
      const ref = bareRef(schema);
      const id = ref ?? bodyId(name);
      if (!ref) add(id, schema, pointer);
      validators.push({ name, id, type, origin });
    }
  }
  if (anything) add(ANYTHING_ID, true, '(any value)');
  if (problems.length > 0) throw new SpecError(problems.map((p) => `validators: ${p}`));

  const seen = new Map<string, ValidatorSpec>();
  for (const validator of validators) {
    const clash = seen.get(validator.name);
    if (clash) {
      problems.push(`validators: ${describeOrigin(validator)} and ${describeOrigin(clash)} would both export validate${validator.name}`);
    }
    seen.set(validator.name, validator);
  }
  if (problems.length > 0) throw new SpecError(problems);

  const { fullFormats } = ajvLibrary();
  const annotationFormats = [...formats].filter((f) => !(f in fullFormats)).sort();
  return { dialect, schemas, sources, validators, annotationFormats };

  function addSchema(id: string, node: unknown, pointer: string): void {
    add(id, convert(node, pointer), pointer);
  }

  function add(id: string, schema: AnySchemaObject | boolean, pointer: string): void {
    schemas.push(typeof schema === 'boolean' ? { $id: id, ...(schema ? {} : { not: {} }) } : { ...schema, $id: id });
    sources.set(id, pointer);
  }

  function refId(ref: string, at: string): string {
    const component = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
    if (component) {
      const name = unescapeToken(component[1]!);
      if (!document.components?.schemas || !(name in document.components.schemas)) {
        problems.push(`${at}: "${ref}" points at nothing`);
      }
      return componentId(name);
    }
    if (!ref.startsWith('#/')) {
      problems.push(`${at}: "${ref}" is not a local reference; a bundled document has only local ones`);
      return ANYTHING_ID;
    }
    const tokens = ref.slice(2).split('/').map(unescapeToken);
    const id = pointerId(tokens);
    if (!pointerTargets.has(ref)) {
      pointerTargets.set(ref, id);
      let target: unknown;
      try {
        target = pointerGet(document, ref.slice(1));
      } catch {
        problems.push(`${at}: "${ref}" points at nothing`);
        return id;
      }
      addSchema(id, target, ref);
    }
    return id;
  }

  /** OpenAPI Schema Object → JSON Schema ajv compiles in strict mode, same results. */
  function convert(node: unknown, pointer: string): AnySchemaObject | boolean {
    if (typeof node === 'boolean') return node;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      problems.push(`${pointer}: a schema must be an object`);
      return true;
    }
    const schema = node as JsonObject;
    if (typeof schema.$ref === 'string' && dialect === 'draft-07') {
      // OpenAPI 3.0: a Reference Object's siblings are ignored (nullable too).
      return { $ref: refId(schema.$ref, `${pointer}/$ref`) };
    }
    const out: AnySchemaObject = {};
    for (const [key, value] of Object.entries(schema)) {
      const at = `${pointer}/${escapePointerToken(key)}`;
      if (key === '$ref' && typeof value === 'string') out.$ref = refId(value, at);
      else if (ANNOTATIONS.has(key) || RESOURCE_KEYWORDS.has(key) || key === 'nullable') continue;
      else if (key === 'items' && Array.isArray(value)) convertTupleItems(out, schema, value, at);
      else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') continue;
      else if (!keywords.has(key)) continue; // unknown keywords are annotations in JSON Schema
      else if (key === 'additionalItems' && dialect === 'draft-07' && !Array.isArray(schema.items)) continue;
      else if ((key === 'then' || key === 'else') && !('if' in schema)) continue;
      else if ((key === 'minContains' || key === 'maxContains') && !('contains' in schema)) continue;
      else if (SCHEMA_MAPS.has(key) && isObject(value)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, `${at}/${escapePointerToken(k)}`)]));
        if (key === 'patternProperties') for (const pattern of Object.keys(value)) checkPattern(pattern, `${at}/${escapePointerToken(pattern)}`);
      } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
        out[key] = value.map((item, i) => convert(item, `${at}/${i}`));
      } else if (SCHEMA_VALUES.has(key)) {
        out[key] = convert(value, at);
      } else if (key === 'dependencies' && isObject(value)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v : convert(v, `${at}/${escapePointerToken(k)}`)]));
      } else {
        if (key === 'pattern' && typeof value === 'string') checkPattern(value, at);
        if (key === 'format' && typeof value === 'string') formats.add(value);
        // JSON Schema: enum values SHOULD be unique; ajv's meta-schema insists. The set is the same.
        out[key] = key === 'enum' && Array.isArray(value) ? uniqueValues(value) : value; // data, verbatim
      }
    }
    convertExclusiveBounds(out, schema);
    if (dialect === 'draft-07' && schema.nullable === true) return nullable(out);
    return out;
  }

  // 3.0 `items: [...]` is a draft-07 tuple; in 2020-12 a tuple is prefixItems, and what follows is items.
  function convertTupleItems(out: AnySchemaObject, schema: JsonObject, items: unknown[], at: string): void {
    const converted = items.map((item, i) => convert(item, `${at}/${i}`));
    if (dialect === 'draft-07') {
      out.items = converted;
      return;
    }
    out.prefixItems = converted;
    if ('additionalItems' in schema) out.items = convert(schema.additionalItems, at.replace(/items$/, 'additionalItems'));
  }

  function checkPattern(pattern: string, at: string): void {
    try {
      patternEngine(pattern, 'u');
    } catch (error) {
      problems.push(`${at}: ${JSON.stringify(pattern)} is not a valid regular expression (${(error as Error).message})`);
    }
  }

  function uncheckedReason(mediaType: string, schema: JsonObject): string | undefined {
    if (JSON_MEDIA.test(mediaType)) return undefined;
    if (TEXT_MEDIA.test(mediaType)) {
      let type: unknown;
      try {
        type = resolve<JsonObject>(document, schema).type;
      } catch {
        return undefined; // a dangling $ref: the conversion names it
      }
      if (type === 'string' || (Array.isArray(type) && type.includes('string'))) return undefined;
      return `the body is ${mediaType}, and its schema does not describe a string`;
    }
    return `the body is ${mediaType}, not JSON`;
  }
}

// OpenAPI 3.0 (JSON Schema draft 4) writes an exclusive bound as `minimum: 0, exclusiveMinimum: true`.
function convertExclusiveBounds(out: AnySchemaObject, schema: JsonObject): void {
  for (const [bound, exclusive] of [['minimum', 'exclusiveMinimum'], ['maximum', 'exclusiveMaximum']] as const) {
    if (schema[exclusive] === true && typeof schema[bound] === 'number') {
      delete out[bound];
      out[exclusive] = schema[bound];
    }
  }
}

/** OpenAPI 3.0 `nullable: true` allows null besides what the schema allows, enum and all. */
function nullable(schema: AnySchemaObject): AnySchemaObject {
  if (typeof schema.type === 'string' && !REFUSE_NULL.some((k) => k in schema)) {
    const widened: AnySchemaObject = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) widened.enum = [...schema.enum, null];
    return widened;
  }
  return { anyOf: [{ type: 'null' }, schema] };
}

function uniqueValues(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = canonicalJson(value);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** JSON with object keys sorted: equal for the values ajv finds deeply equal. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

function bareRef(schema: AnySchemaObject | boolean): string | undefined {
  if (typeof schema !== 'object') return undefined;
  const keys = Object.keys(schema);
  return keys.length === 1 && typeof schema.$ref === 'string' ? schema.$ref : undefined;
}

function describeOrigin(validator: ValidatorSpec): string {
  const { origin } = validator;
  return 'schema' in origin ? `schema "${origin.schema}"` : `${origin.operationId} ${origin.part}`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unescapeToken(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * ajv compiles now (a schema it refuses throws here, synchronously); the promise is esbuild printing
 * the module in its own process, while the caller goes on with other work.
 */
export function emitValidators(document: OpenApiDocument, operations: OperationModel[]): Promise<GeneratedFile[]> {
  const plan = planValidators(document, operations);
  const { _, standaloneCode } = ajvLibrary();
  const ajv = createAjv(plan, { source: true, esm: true, optimize: true, lines: true, formats: _`require("ajv-formats/dist/formats").fullFormats` });
  const problems: string[] = [];
  const where = (id: string) => `validators: ${plan.sources.get(id) ?? id}`;
  for (const schema of plan.schemas) {
    if (ajv.validateSchema(schema)) ajv.addSchema(schema, undefined, undefined, false);
    else for (const e of ajv.errors ?? []) problems.push(`${where(schema.$id!)}${e.instancePath}: ${e.message}`);
  }
  // Compiled one by one, so that a failure names the schema; each function is named after its schema.
  const functionNames = new Map<string, string>();
  if (problems.length === 0) {
    for (const { $id: id } of plan.schemas) {
      try {
        functionNames.set(ajv.getSchema(id!)!.source!.validateName.str, functionName(id!));
      } catch (error) {
        problems.push(`${where(id!)}: ${(error as Error).message}`);
      }
    }
  }
  if (problems.length > 0) throw new SpecError(problems);

  const exportsById = Object.fromEntries([...new Set(plan.validators.map((v) => v.id))].map((id, i) => [`export${i}`, id]));
  const compiled = stableCode(importRuntime(standaloneCode(ajv, exportsById)), functionNames);
  const declarations = validatorsDeclarations(plan.validators);
  return validatorsModule(compiled, plan.validators).then((module) => [
    { path: 'validators.js', content: module },
    { path: 'validators.d.ts', content: declarations },
  ]);
}

/** The function that validates a schema, named after the schema's `$id`: stable across spec edits. */
function functionName(id: string): string {
  if (!id.startsWith(`${ID_BASE}/`)) return `validate_${identifierPart(id)}`;
  return `validate_${id.slice(ID_BASE.length + 1).replace('/', '_')}`;
}

/** Characters an identifier cannot hold become `$<hex>$`, so distinct names stay distinct. */
function identifierPart(text: string): string {
  return [...text].map((c) => (/[A-Za-z0-9_]/.test(c) ? c : `$${c.codePointAt(0)!.toString(16)}$`)).join('');
}

// The runtime modules ajv's standalone code asks for, as ESM imports that work in Node and bundlers.
const RUNTIME_IMPORTS: Record<string, { expression: string; importLine: string }> = {
  'require("ajv-formats/dist/formats").fullFormats': {
    expression: 'fullFormats',
    importLine: 'import { fullFormats } from "ajv-formats/dist/formats.js";',
  },
  'require("ajv/dist/runtime/ucs2length").default': {
    expression: 'ucs2length',
    importLine: 'const ucs2length = (text) => [...text].length; // code points, as ajv counts them',
  },
  compilePattern: {
    expression: 'compilePattern',
    importLine: COMPILE_PATTERN,
  },
  'require("ajv/dist/runtime/equal").default': {
    expression: 'fastDeepEqual',
    importLine: 'import fastDeepEqual from "fast-deep-equal";',
  },
};

function importRuntime(code: string): { imports: string[]; code: string } {
  const imports = new Set<string>();
  let result = code;
  for (const [required, { expression, importLine }] of Object.entries(RUNTIME_IMPORTS)) {
    if (result.includes(required)) {
      result = result.split(required).join(expression);
      imports.add(importLine);
    }
  }
  const leftover = /require\("([^"]+)"\)/.exec(result);
  if (leftover) {
    throw new SpecError([`validators: ajv asked for the runtime module "${leftover[1]}", which the generator cannot import as ESM yet`]);
  }
  return { imports: [...imports], code: result };
}

// ajv numbers what it declares at the top level in the order it compiles (validate52, pattern3, …):
// one new schema would renumber every later one. Each gets a name from what it is instead.
const NUMBERED = /^(validate|schema|pattern|formats|func|wrapper|root)\d+$/;
// ajv writes strings with JSON.stringify (double quotes) and comments only as /*# sourceURL */, and
// with `code.lines` one top-level statement per line: outside strings and comments, a numbered name
// not after a dot is one of its identifiers. (esbuild parses the result again right after.)
const TOKENS = /"(?:[^"\\\n]|\\.)*"|\/\*[\s\S]*?\*\/|(?<![\w$.])((?:validate|schema|pattern|formats|func|wrapper|root)\d+)(?![\w$])/g;
const DECLARATION = /^(?:function (\w+)\(|const (\w+) = (.*);$)/;
const SOURCE_URL = /^\/\*# sourceURL="([^"]*)" \*\/;$/;

/**
 * Renames ajv's top-level identifiers after what they hold, drops what the module does not need (the
 * schema constants nothing reads, the `export const` aliases: the module exports its own wrappers),
 * and spreads the schemas it keeps over lines.
 */
function stableCode(standalone: { imports: string[]; code: string }, functionNames: Map<string, string>): { imports: string[]; code: string } {
  const lines = standalone.code.split('\n');
  const references = new Map<string, number>();
  for (const match of standalone.code.matchAll(TOKENS)) if (match[1]) references.set(match[1], (references.get(match[1]) ?? 0) + 1);

  const renames = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (oldName: string, wanted: string) => {
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}_${n}`;
    taken.add(name);
    renames.set(oldName, name);
  };
  const kept: string[] = [];
  lines.forEach((line, i) => {
    if (line === '"use strict";' || line.startsWith('export const ') || SOURCE_URL.test(line)) return;
    const [, fn, constant, init] = DECLARATION.exec(line) ?? [];
    if (fn && NUMBERED.test(fn)) {
      // A function ajv made for a part of a schema is named after the schema it is part of.
      const sourceUrl = SOURCE_URL.exec(lines[i + 1] ?? '')?.[1];
      claim(fn, functionNames.get(fn) ?? `${sourceUrl ? functionName(sourceUrl) : 'validate'}_part`);
    } else if (constant && init && NUMBERED.test(constant)) {
      const prefix = constant.replace(/\d+$/, '');
      if (prefix === 'schema') {
        if (references.get(constant) === 1) return; // the schema as data: declared for every function, seldom read
        claim(constant, schemaConstantName(init));
        line = `const ${constant} = ${JSON.stringify(JSON.parse(init), null, 1)};`;
      } else if (prefix === 'pattern') claim(constant, `pattern_${shortHash(init.replace(/\bfunc\d+/g, 'func'))}`);
      else if (prefix === 'formats') claim(constant, `format_${identifierPart(formatName(init))}`);
      else if (prefix === 'wrapper' || prefix === 'root') claim(constant, `${prefix}_${functionNames.get(/validate\d+/.exec(init)?.[0] ?? '') ?? shortHash(init)}`);
      else claim(constant, `${prefix}_${identifierPart(init)}`);
    }
    kept.push(line);
  });
  const code = kept.join('\n').replace(TOKENS, (token, name: string | undefined) => (name ? (renames.get(name) ?? name) : token));
  return { imports: standalone.imports, code: code.split(/\n(?=function )/).map(stableLocals).join('\n') };
}

// Inside a function ajv numbers its locals in order too (err0, data3, …): one more property would
// renumber the rest of the function. An error object is named after its content, a value after the
// path it is read from.
const LOCAL = /"(?:[^"\\\n]|\\.)*"|\/\*[\s\S]*?\*\/|(?<![\w$.])((?:err|data)\d+)(?![\w$])/g;
const ERROR_DECLARATION = /^const (err\d+) = (\{.*\});$/;
const DATA_DECLARATION = /^(?:let|const) (data\d+) = (.*);$/;

function stableLocals(fn: string): string {
  const renames = new Map<string, string>();
  const used = new Set<string>();
  const rename = (line: string) => line.replace(LOCAL, (token, name: string | undefined) => (name ? (renames.get(name) ?? name) : token));
  // Never the same name twice in a function, so that no block can declare one twice.
  const unique = (wanted: string, content: string) => {
    let name = wanted;
    for (let n = 2; used.has(name); n++) name = `${wanted.replace(/_[0-9a-f]{8}$/, '')}_${shortHash(`${content}#${n}`, 8)}`;
    used.add(name);
    return name;
  };
  return fn
    .split('\n')
    .map((line) => {
      const error = ERROR_DECLARATION.exec(line);
      if (error) {
        const literal = rename(error[2]!);
        renames.set(error[1]!, unique(`err_${shortHash(literal, 8)}`, literal));
      }
      const data = DATA_DECLARATION.exec(line);
      if (data) {
        const expression = rename(data[2]!);
        const path = /^(data\w*)(?:\.([\w$]+)|\["((?:[^"\\]|\\.)*)"\]|\[(i|key)\d+\])$/.exec(expression);
        const readable = path ? `${path[1]}_${path[2] ?? (path[3] !== undefined ? identifierPart(JSON.parse(`"${path[3]}"`) as string) : path[4] === 'i' ? 'item' : 'value')}` : '';
        renames.set(data[1]!, unique(readable && readable.length <= 60 ? readable : `data_${shortHash(expression, 8)}`, expression));
      }
      return rename(line);
    })
    .join('\n');
}

function schemaConstantName(json: string): string {
  const id = (JSON.parse(json) as { $id?: unknown }).$id;
  return typeof id === 'string' ? functionName(id).replace(/^validate_/, 'schema_') : `schema_${shortHash(json)}`;
}

function formatName(expression: string): string {
  const match = /^fullFormats(?:\.([\w$]+)|\[("(?:[^"\\]|\\.)*")\])$/.exec(expression);
  if (!match) return expression;
  return match[1] ?? (JSON.parse(match[2]!) as string);
}

function shortHash(text: string, length = 10): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

async function validatorsModule(compiled: { imports: string[]; code: string }, validators: ValidatorSpec[]): Promise<string> {
  const body = [
    ...compiled.imports,
    compiled.code,
    'const VALID = Object.freeze({ valid: true, errors: Object.freeze([]) });',
    'function issueOf(error) {',
    '  const { instancePath, keyword, params } = error;',
    '  let message = error.message ?? keyword;',
    '  if (keyword === "enum") message += `: ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;',
    '  if (keyword === "additionalProperties") message += `: ${JSON.stringify(params.additionalProperty)}`;',
    '  return { instancePath, keyword, message, params };',
    '}',
    'function check(validate, data) {',
    '  return validate(data) ? VALID : { valid: false, errors: (validate.errors ?? []).map(issueOf) };',
    '}',
    'export function formatIssues(issues) {',
    '  return issues.map((issue) => `${issue.instancePath || "(root)"}: ${issue.message}`).join("\\n");',
    '}',
  ];
  for (const v of validators) {
    const fn = functionName(v.id);
    body.push(`export function validate${v.name}(data) { return check(${fn}, data); }`);
    if (v.guard) body.push(`export function is${v.guard}(data) { return ${fn}(data); }`);
  }
  // esbuild prints one statement per line, indented by block: a stable layout that diffs line by line.
  const printed = await loadEsbuild().transform(body.join('\n'), { loader: 'js', format: 'esm', target: 'es2022', charset: 'utf8', legalComments: 'none' });
  return `// ${HEADER}\n${printed.code}`;
}

function validatorsDeclarations(validators: ValidatorSpec[]): string {
  const lines = [
    `// ${HEADER}`,
    'import type * as types from "./types.js";',
    '',
    'export interface ValidationIssue {',
    '  /** JSON pointer to the offending value, "" for the whole value. */',
    '  instancePath: string;',
    '  /** The JSON Schema keyword that failed, e.g. "required", "type", "enum". */',
    '  keyword: string;',
    '  /** Why, in words, with the allowed values where there is a list of them. */',
    '  message: string;',
    '  params: Record<string, unknown>;',
    '}',
    'export type ValidationResult = { valid: true; errors: readonly [] } | { valid: false; errors: ValidationIssue[] };',
    '/** One line per issue: "<instance path>: <reason>". */',
    'export declare function formatIssues(issues: readonly ValidationIssue[]): string;',
    '',
  ];
  for (const v of validators) {
    const what = v.type.replace(/types\./g, '');
    const text = v.unchecked ? `Accepts any value for \`${what}\`: ${v.unchecked}.` : `Checks a value against \`${what}\`.`;
    lines.push(`/** ${commentText(text)} */`);
    lines.push(`export declare function validate${v.name}(data: unknown): ValidationResult;`);
    if (v.guard) lines.push(`export declare function is${v.guard}(data: unknown): data is ${v.type};`);
  }
  return `${lines.join('\n')}\n`;
}
