// Emits `validators.js` (+ `.d.ts`): ajv standalone code compiled now, so nothing compiles a schema
// at run time. One validate function and one type guard per component schema, and one validate
// function per operation request body and per documented response body.
import { createRequire } from 'node:module';
import type { AnySchemaObject } from 'ajv';
import { SpecError } from './errors.js';
import type { JsonObject, OpenApiDocument } from './openapi.js';
import type { OperationModel } from './operations.js';
import { HEADER, type GeneratedFile } from './output.js';
import { outputNames } from './names.js';

// ajv and its standalone module are CommonJS; load them the way they were built to be loaded.
const require = createRequire(import.meta.url);
const { default: Ajv } = require('ajv') as typeof import('ajv');
const { default: Ajv2020 } = require('ajv/dist/2020') as typeof import('ajv/dist/2020.js');
const { default: standaloneCode } = require('ajv/dist/standalone') as typeof import('ajv/dist/standalone/index.js');
const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
const { _ } = require('ajv') as typeof import('ajv');

// Absolute, never fetched: ajv resolves references between the schemas by these IDs. Each component
// schema is a schema of its own, so that ajv compiles it once and every validator calls it.
const ID_BASE = 'https://openapi.invalid';
const schemaId = (name: string) => `${ID_BASE}/schemas/${encodeURIComponent(name)}`;

// Keywords that are OpenAPI's, not JSON Schema's: dropped before ajv sees the schema.
const OPENAPI_ONLY = new Set(['example', 'xml', 'externalDocs', 'discriminator']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_VALUES = new Set([
  'items', 'additionalItems', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains',
  'propertyNames', 'unevaluatedItems', 'unevaluatedProperties',
]);

/** A validator to emit: its exported name, what it checks, and the TypeScript type it guards. */
interface ValidatorSpec {
  name: string;
  schema: AnySchemaObject;
  type: string;
  guard?: string;
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
  'require("ajv/dist/runtime/equal").default': {
    expression: 'fastDeepEqual',
    importLine: 'import fastDeepEqual from "fast-deep-equal";',
  },
};

export function emitValidators(document: OpenApiDocument, operations: OperationModel[]): GeneratedFile[] {
  const is31 = document.openapi.startsWith('3.1');
  const options = {
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    inlineRefs: false,
    code: { source: true, esm: true, optimize: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  };
  const ajv = is31 ? new Ajv2020(options) : new Ajv({ ...options, discriminator: false });
  addFormats(ajv);

  const schemaNames = Object.keys(document.components?.schemas ?? {});
  for (const name of schemaNames) {
    ajv.addSchema({ ...toJsonSchema(document.components!.schemas![name]), $id: schemaId(name) });
  }

  // Export names come from the one naming pass (generator/names.ts), without their prefixes here.
  const names = outputNames(document, operations);
  const validators: ValidatorSpec[] = schemaNames.map((name) => {
    const { validate, guard } = names.schemaValidators(name);
    const schema = { $ref: schemaId(name) };
    return { name: validate.slice('validate'.length), schema, type: `types.${names.schemaType(name)}`, guard: guard.slice('is'.length) };
  });
  for (const operation of operations) {
    const opNames = names.operation(operation);
    const op = `types.${operation.typesRef}`;
    const body = operation.requestBody;
    if (body?.schema) {
      validators.push({
        name: opNames.requestValidator!.slice('validate'.length),
        schema: toJsonSchema(body.schema),
        type: `NonNullable<${op}["requestBody"]>["content"][${JSON.stringify(body.contentType)}]`,
      });
    }
    for (const response of operation.responses) {
      if (!response.schema || !response.contentType) continue;
      const status = /^\d+$/.test(response.status) ? response.status : JSON.stringify(response.status);
      validators.push({
        name: opNames.responseValidators[response.status]!.slice('validate'.length),
        schema: toJsonSchema(response.schema),
        type: `${op}["responses"][${status}]["content"][${JSON.stringify(response.contentType)}]`,
      });
    }
  }

  // Each schema is compiled once under the first validator that needs it; the others alias it.
  const compiledName = new Map<string, string>();
  const aliases: string[] = [];
  for (const validator of validators) {
    const { $ref, ...rest } = validator.schema;
    const isBareComponentRef =
      typeof $ref === 'string' && $ref.startsWith(`${ID_BASE}/schemas/`) && Object.keys(rest).length === 0;
    const id = isBareComponentRef ? $ref : `${ID_BASE}/validators/${validator.name}`;
    if (!isBareComponentRef) ajv.addSchema({ ...validator.schema, $id: id });
    const existing = compiledName.get(id);
    if (existing) aliases.push(`const ajv${validator.name} = ${existing};`);
    else compiledName.set(id, `ajv${validator.name}`);
  }
  const exportsByName = Object.fromEntries([...compiledName].map(([id, name]) => [name, id]));
  const standalone = importRuntime(standaloneCode(ajv, exportsByName)).replace(/^"use strict";/, '');
  const compiled = `${standalone}\n${aliases.join('\n')}`;

  return [
    { path: 'validators.js', content: validatorsModule(compiled, validators) },
    { path: 'validators.d.ts', content: validatorsDeclarations(validators) },
  ];
}

/** Turns an OpenAPI schema into plain JSON Schema: component refs point at the components' own IDs. */
function toJsonSchema(schema: unknown): AnySchemaObject {
  return convert(schema) as AnySchemaObject;
  function convert(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(convert);
    if (typeof node !== 'object' || node === null) return node;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node as JsonObject)) {
      if (key.startsWith('x-') || OPENAPI_ONLY.has(key)) continue;
      if (key === '$ref' && typeof value === 'string') {
        // A component, or a node inside one (`#/components/schemas/Foo/properties/bar`).
        const component = /^#\/components\/schemas\/([^/]+)(\/.*)?$/.exec(value);
        out.$ref = component ? `${schemaId(unescape(component[1]!))}${component[2] ? `#${component[2]}` : ''}` : value;
      } else if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null) {
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
      } else if (SCHEMA_LISTS.has(key) || SCHEMA_VALUES.has(key)) {
        out[key] = convert(value);
      } else {
        out[key] = value; // enum, const, default, examples, and annotations are data, kept verbatim
      }
    }
    return out;
  }
}

function importRuntime(code: string): string {
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
  return `${[...imports].join('\n')}\n${result}`;
}

function validatorsModule(compiled: string, validators: ValidatorSpec[]): string {
  const lines = [
    `// ${HEADER}`,
    compiled.replace(/export const (ajv\w+) =/g, 'const $1 ='),
    '',
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
    '/** One line per issue: "<instance path>: <reason>". */',
    'export function formatIssues(issues) {',
    '  return issues.map((issue) => `${issue.instancePath || "(root)"}: ${issue.message}`).join("\\n");',
    '}',
    '',
  ];
  for (const v of validators) {
    lines.push(`export function validate${v.name}(data) { return check(ajv${v.name}, data); }`);
    if (v.guard) lines.push(`export function is${v.guard}(data) { return ajv${v.name}(data); }`);
  }
  return `${lines.join('\n')}\n`;
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
    lines.push(`/** Checks a value against \`${v.type.replace(/^types\./, '')}\`. */`);
    lines.push(`export declare function validate${v.name}(data: unknown): ValidationResult;`);
    if (v.guard) lines.push(`export declare function is${v.guard}(data: unknown): data is ${v.type};`);
  }
  return `${lines.join('\n')}\n`;
}

function unescape(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}
