// Schema Object rules. The same edit means opposite things on the two sides of a call: a caller
// writes requests (a schema may only accept more) and reads responses (a schema may only promise
// more), so every rule is named and rated by the direction the schema is reached in.
import type { JsonObject } from '../openapi.js';
import { asObject, follow, isRef, same, type Collector } from './context.js';
import { compareDocs, docRules } from './docs.js';
import { defineRules, joinPointer, list, type Rule } from './model.js';

export const schemaRules = defineRules({
  'request-property-removed': {
    level: 'major',
    compilerSees: true,
    why: 'callers that set it no longer compile (object literals), and the service no longer takes it',
  },
  'request-property-added-required': { level: 'major', compilerSees: true, why: 'every existing call lacks it' },
  'request-property-added': { level: 'minor', why: 'an optional addition' },
  'request-property-became-required': { level: 'major', compilerSees: true, why: 'calls that leave it out no longer compile' },
  'request-property-became-optional': { level: 'minor', why: 'accepts more calls' },
  'request-type-changed': {
    level: 'major',
    compilerSees: true,
    why: 'a value callers could send is refused (the compiler cannot tell `integer` from `number`)',
  },
  'request-type-widened': { level: 'minor', why: 'accepts more values' },
  'request-enum-narrowed': { level: 'major', compilerSees: true, why: 'a value callers could send is refused' },
  'request-enum-widened': { level: 'minor', why: 'accepts more values' },
  'request-additional-properties-closed': {
    level: 'major',
    compilerSees: true,
    why: 'extra keys callers could send are refused (from absent to `false` only the service sees it)',
  },
  'request-additional-properties-opened': { level: 'minor', why: 'accepts more values' },
  'request-constraint-tightened': {
    level: 'major',
    compilerSees: false,
    why: 'a format, pattern, length or range that refuses values the old one took: a runtime break the types do not show',
  },
  'request-constraint-loosened': { level: 'minor', why: 'accepts more values' },
  'request-default-changed': {
    level: 'major',
    compilerSees: false,
    why: 'calls that leave the value out now mean something else',
  },
  'response-property-removed': {
    level: 'major',
    compilerSees: true,
    why: 'callers that read it no longer compile (or read `undefined`)',
  },
  'response-property-added': { level: 'minor', why: 'an addition callers may ignore' },
  'response-property-became-optional': {
    level: 'major',
    compilerSees: true,
    why: 'callers that rely on it get `undefined` in the types and at run time',
  },
  'response-property-became-required': { level: 'minor', why: 'promises more' },
  'response-type-changed': {
    level: 'major',
    compilerSees: true,
    why: 'callers get values of a type they do not handle (the compiler cannot tell `integer` from `number`)',
  },
  'response-type-narrowed': { level: 'minor', why: 'promises more' },
  'response-enum-widened': {
    level: 'major',
    compilerSees: true,
    why: 'callers get values their exhaustive `switch` does not handle',
  },
  'response-enum-narrowed': { level: 'minor', why: 'promises more' },
  'response-additional-properties-opened': { level: 'minor', why: 'extra keys callers may ignore' },
  'response-additional-properties-closed': { level: 'minor', why: 'promises more' },
  'response-format-changed': {
    level: 'major',
    compilerSees: false,
    why: 'values arrive in another format (a date becomes a date-time…): parsing code breaks, the types do not show it',
  },
  'response-constraint-changed': { level: 'minor', why: 'lengths and ranges of values read: the types do not change' },
  'schema-deprecated': { level: 'minor', why: 'a deprecation: still works, now flagged' },
  'deprecation-withdrawn': { level: 'minor', why: 'no longer flagged' },
  'schema-changed': {
    level: 'major',
    compilerSees: false,
    why: 'a keyword this report does not analyse (`not`, `if`, `patternProperties`…) changed: rated as a break to be safe',
  },
});

export type Direction = 'request' | 'response';

export interface SchemaWalk {
  out: Collector;
  direction: Direction;
  /** False where the client does not type the body (error responses, a second success status). */
  typed: boolean;
  /** `$ref` pairs already compared in this walk: cycle safety and one report per place. */
  seen: Set<string>;
}

const HANDLED = new Set([
  '$ref', 'type', 'nullable', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items', 'allOf', 'oneOf',
  'anyOf', 'description', 'summary', 'title', 'examples', 'example', '$comment', 'externalDocs', 'readOnly', 'writeOnly',
  'deprecated', 'default', 'xml', 'contentSchema', 'discriminator',
  ...['format', 'contentEncoding', 'contentMediaType', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum'],
  ...['exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties'],
]);

/** Upper bounds: tightened when lowered or added. Lower bounds: tightened when raised or added. */
const UPPER = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'];
const LOWER = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'];
/** Any change of these may refuse what was accepted; removing them accepts more. */
const SHAPE = ['format', 'contentEncoding', 'contentMediaType', 'pattern', 'multipleOf', 'uniqueItems'];

/**
 * Compares a schema as `label` (e.g. `SMSChannelRequest.Enabled`) on both sides. Pointers name the
 * place where a schema is defined: a change inside a shared schema points into `#/components`.
 */
export function compareSchema(
  walk: SchemaWalk,
  rawBase: unknown,
  basePointer: string,
  rawHead: unknown,
  headPointer: string,
  label: string,
): void {
  const { out } = walk;
  if (isRef(rawBase) || isRef(rawHead)) {
    // OpenAPI 3.1 allows a description beside a $ref.
    compareDocs(out, asObject(rawBase), asObject(rawHead), headPointer, `\`${label}\``, ['$ref']);
  }
  const base = follow(out.base, rawBase, basePointer);
  const head = follow(out.head, rawHead, headPointer);
  const key = `${walk.direction} ${base.pointer} ${head.pointer}`;
  if (walk.seen.has(key)) return;
  walk.seen.add(key);
  const name = componentName(head.pointer) ?? componentName(base.pointer);
  if (name && (isRef(rawBase) || isRef(rawHead))) label = name;

  if (typeof base.value === 'boolean' || typeof head.value === 'boolean') {
    if (!same(base.value, head.value)) report(walk, schemaRules['schema-changed'], head.pointer, `\`${label}\` changed from \`${JSON.stringify(base.value)}\` to \`${JSON.stringify(head.value)}\`.`);
    return;
  }
  const b = asObject(base.value);
  const h = asObject(head.value);
  const bp = base.pointer;
  const hp = head.pointer;
  const request = walk.direction === 'request';

  compareDocs(out, b, h, hp, `\`${label}\``, ['default']);
  if (b.deprecated !== h.deprecated) {
    if (h.deprecated === true) report(walk, schemaRules['schema-deprecated'], joinPointer(hp, 'deprecated'), `\`${label}\` is deprecated.`);
    else if (b.deprecated === true) report(walk, schemaRules['deprecation-withdrawn'], joinPointer(hp, 'deprecated'), `\`${label}\` is no longer deprecated.`);
  }
  if (!same(b.default, h.default)) {
    if (request) {
      report(walk, schemaRules['request-default-changed'], joinPointer(hp, 'default'), `The default of \`${label}\` changed from ${show(b.default)} to ${show(h.default)}: calls that leave it out now mean something else.`);
    } else {
      out.add(docRules['annotation-changed'], joinPointer(hp, 'default'), `The documented default of \`${label}\` changed.`);
    }
  }

  compareTypes(walk, b, h, bp, hp, label);
  compareEnums(walk, b, h, bp, hp, label);
  compareConstraints(walk, b, h, hp, label);
  compareObjects(walk, b, h, bp, hp, label);
  if ('items' in b || 'items' in h) {
    if ('items' in b && 'items' in h) compareSchema(walk, b.items, joinPointer(bp, 'items'), h.items, joinPointer(hp, 'items'), `${label}[]`);
    else if (!same(b.items, h.items)) report(walk, schemaRules['schema-changed'], joinPointer(hp, 'items'), `\`items\` of \`${label}\` was ${'items' in h ? 'added' : 'removed'}.`);
  }
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) compareComposition(walk, keyword, b, h, bp, hp, label);

  for (const keyword of new Set([...Object.keys(b), ...Object.keys(h)])) {
    if (HANDLED.has(keyword) || keyword.startsWith('x-') || same(b[keyword], h[keyword])) continue;
    report(walk, schemaRules['schema-changed'], joinPointer(hp, keyword), `\`${keyword}\` of \`${label}\` changed; this report does not analyse it, so it counts as a break.`);
  }
  if (!same(b.discriminator, h.discriminator)) {
    report(walk, schemaRules['schema-changed'], joinPointer(hp, 'discriminator'), `The discriminator of \`${label}\` changed.`);
  }
}

function report(walk: SchemaWalk, rule: Rule, pointer: string, message: string, compilerSees?: boolean): void {
  walk.out.add(rule, pointer, message, walk.typed ? compilerSees : false);
}

function componentName(pointer: string): string | undefined {
  return /^#\/components\/schemas\/([^/]+)$/.exec(pointer)?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
}

function show(value: unknown): string {
  return value === undefined ? 'none' : `\`${JSON.stringify(value)}\``;
}

/** The JSON types a schema admits; undefined when it does not say (any value). */
function typesOf(node: JsonObject): Set<string> | undefined {
  const declared = node.type;
  let types: string[] | undefined = typeof declared === 'string' ? [declared] : Array.isArray(declared) ? (declared as string[]) : undefined;
  if (!types) {
    const values = enumOf(node);
    if (values) types = [...new Set(values.map(jsonType))];
  }
  if (types && node.nullable === true) types = [...types, 'null'];
  return types && new Set(types);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

/** `integer` is a `number`: a set covers a type when it has it or a wider one. */
function covers(types: Set<string> | undefined, type: string): boolean {
  return !types || types.has(type) || (type === 'integer' && types.has('number'));
}

/** TypeScript has one `number`: what the generated types can tell apart. */
function tsTypes(types: Set<string> | undefined): Set<string> | undefined {
  return types && new Set([...types].map((t) => (t === 'integer' ? 'number' : t)));
}

function compareTypes(walk: SchemaWalk, b: JsonObject, h: JsonObject, bp: string, hp: string, label: string): void {
  const before = typesOf(b);
  const after = typesOf(h);
  if (!before && !after) return;
  const lost = before ? [...before].filter((t) => !covers(after, t)) : ['any'];
  const gained = after ? [...after].filter((t) => !covers(before, t)) : ['any'];
  if (lost.length === 0 && gained.length === 0) return;
  const shown = (types: Set<string> | undefined) => (types ? [...types].join(' | ') : 'any type');
  const message = `The type of \`${label}\` changed from \`${shown(before)}\` to \`${shown(after)}\``;
  const tsBefore = tsTypes(before);
  const tsAfter = tsTypes(after);
  const pointer = joinPointer(after ? hp : bp, 'type');
  if (walk.direction === 'request') {
    const visible = !tsBefore || [...tsBefore].some((t) => !covers(tsAfter, t));
    if (lost.length > 0) report(walk, schemaRules['request-type-changed'], pointer, `${message}: values callers could send are refused.`, visible);
    else report(walk, schemaRules['request-type-widened'], pointer, `${message}: it accepts more.`);
  } else {
    const visible = !tsAfter || [...tsAfter].some((t) => !covers(tsBefore, t));
    if (gained.length > 0) report(walk, schemaRules['response-type-changed'], pointer, `${message}: callers may get values of a type they do not handle.`, visible);
    else report(walk, schemaRules['response-type-narrowed'], pointer, `${message}.`);
  }
}

function enumOf(node: JsonObject): unknown[] | undefined {
  if (Array.isArray(node.enum)) return node.enum as unknown[];
  return 'const' in node ? [node.const] : undefined;
}

function compareEnums(walk: SchemaWalk, b: JsonObject, h: JsonObject, bp: string, hp: string, label: string): void {
  const before = enumOf(b);
  const after = enumOf(h);
  if (!before && !after) return;
  const pointer = after ? joinPointer(hp, 'enum' in h ? 'enum' : 'const') : joinPointer(bp, 'enum' in b ? 'enum' : 'const');
  const removed = before && after ? before.filter((v) => !after.some((w) => same(v, w))) : [];
  const added = before && after ? after.filter((v) => !before.some((w) => same(v, w))) : [];
  const request = walk.direction === 'request';
  if (before && !after) {
    if (request) report(walk, schemaRules['request-enum-widened'], pointer, `\`${label}\` is no longer limited to ${list(before)}.`);
    else report(walk, schemaRules['response-enum-widened'], pointer, `\`${label}\` is no longer limited to ${list(before)}: callers may get any value.`);
    return;
  }
  if (!before && after) {
    if (request) report(walk, schemaRules['request-enum-narrowed'], pointer, `\`${label}\` is now limited to ${list(after)}.`);
    else report(walk, schemaRules['response-enum-narrowed'], pointer, `\`${label}\` is now limited to ${list(after)}.`);
    return;
  }
  if (removed.length > 0) {
    const message = `\`${label}\` no longer has the value${removed.length > 1 ? 's' : ''} ${list(removed)}`;
    if (request) report(walk, schemaRules['request-enum-narrowed'], pointer, `${message}: calls that send ${removed.length > 1 ? 'them' : 'it'} are refused.`);
    else report(walk, schemaRules['response-enum-narrowed'], pointer, `${message}.`);
  }
  if (added.length > 0) {
    const message = `\`${label}\` has the new value${added.length > 1 ? 's' : ''} ${list(added)}`;
    if (request) report(walk, schemaRules['request-enum-widened'], pointer, `${message}.`);
    else report(walk, schemaRules['response-enum-widened'], pointer, `${message}: code that handles every old value does not handle ${added.length > 1 ? 'them' : 'it'}.`);
  }
}

function compareConstraints(walk: SchemaWalk, b: JsonObject, h: JsonObject, hp: string, label: string): void {
  const request = walk.direction === 'request';
  for (const keyword of [...UPPER, ...LOWER, ...SHAPE]) {
    if (same(b[keyword], h[keyword])) continue;
    const pointer = joinPointer(hp, keyword);
    const message = `\`${keyword}\` of \`${label}\` changed from ${show(b[keyword])} to ${show(h[keyword])}`;
    if (!request) {
      if (keyword === 'format' || keyword === 'contentEncoding' || keyword === 'contentMediaType') {
        report(walk, schemaRules['response-format-changed'], pointer, `${message}: code that parses the value may break.`);
      } else {
        report(walk, schemaRules['response-constraint-changed'], pointer, `${message}.`);
      }
      continue;
    }
    const before = b[keyword];
    const after = h[keyword];
    let tightened: boolean;
    if (after === undefined) tightened = false;
    else if (before === undefined) tightened = keyword !== 'uniqueItems' || after === true;
    else if (UPPER.includes(keyword)) tightened = Number(after) < Number(before);
    else if (LOWER.includes(keyword)) tightened = Number(after) > Number(before);
    else if (keyword === 'uniqueItems') tightened = after === true;
    else tightened = true;
    if (tightened) report(walk, schemaRules['request-constraint-tightened'], pointer, `${message}: values that passed before may be refused.`);
    else report(walk, schemaRules['request-constraint-loosened'], pointer, `${message}: it accepts more.`);
  }
}

function compareObjects(walk: SchemaWalk, b: JsonObject, h: JsonObject, bp: string, hp: string, label: string): void {
  const request = walk.direction === 'request';
  const bProps = asObject(b.properties);
  const hProps = asObject(h.properties);
  const bRequired = new Set((b.required as string[] | undefined) ?? []);
  const hRequired = new Set((h.required as string[] | undefined) ?? []);

  for (const name of Object.keys(bProps)) {
    if (name in hProps) continue;
    const pointer = joinPointer(bp, 'properties', name);
    if (request) report(walk, schemaRules['request-property-removed'], pointer, `Request property \`${label}.${name}\` was removed: calls that set it no longer compile.`);
    else report(walk, schemaRules['response-property-removed'], pointer, `Response property \`${label}.${name}\` was removed: code that reads it breaks.`);
  }
  for (const name of Object.keys(hProps)) {
    const pointer = joinPointer(hp, 'properties', name);
    if (!(name in bProps)) {
      if (!request) report(walk, schemaRules['response-property-added'], pointer, `Response property \`${label}.${name}\` was added.`);
      else if (hRequired.has(name)) report(walk, schemaRules['request-property-added-required'], pointer, `Required request property \`${label}.${name}\` was added: every existing call lacks it.`);
      else report(walk, schemaRules['request-property-added'], pointer, `Optional request property \`${label}.${name}\` was added.`);
      continue;
    }
    const wasRequired = bRequired.has(name);
    const isRequired = hRequired.has(name);
    if (wasRequired !== isRequired) {
      if (request && isRequired) report(walk, schemaRules['request-property-became-required'], pointer, `Request property \`${label}.${name}\` became required: calls that leave it out no longer compile.`);
      else if (request) report(walk, schemaRules['request-property-became-optional'], pointer, `Request property \`${label}.${name}\` became optional.`);
      else if (isRequired) report(walk, schemaRules['response-property-became-required'], pointer, `Response property \`${label}.${name}\` became required: it is always there now.`);
      else report(walk, schemaRules['response-property-became-optional'], pointer, `Response property \`${label}.${name}\` became optional: code that relies on it may read \`undefined\`.`);
    }
    compareSchema(walk, bProps[name], joinPointer(bp, 'properties', name), hProps[name], pointer, `${label}.${name}`);
  }
  compareAdditional(walk, b, h, bp, hp, label);
}

type Additional = 'absent' | 'closed' | 'open' | 'schema';

function additionalOf(node: JsonObject): Additional {
  const value = node.additionalProperties;
  if (value === undefined) return 'absent';
  if (value === false) return 'closed';
  if (value === true || (typeof value === 'object' && value !== null && Object.keys(value).length === 0)) return 'open';
  return 'schema';
}

function compareAdditional(walk: SchemaWalk, b: JsonObject, h: JsonObject, bp: string, hp: string, label: string): void {
  const before = additionalOf(b);
  const after = additionalOf(h);
  const pointer = joinPointer(after === 'absent' ? bp : hp, 'additionalProperties');
  if (before === 'schema' && after === 'schema') {
    compareSchema(walk, b.additionalProperties, joinPointer(bp, 'additionalProperties'), h.additionalProperties, joinPointer(hp, 'additionalProperties'), `${label}{}`);
    return;
  }
  if (before === after) return;
  const allowsBefore = before === 'open' || before === 'schema';
  const allowsAfter = after === 'open' || after === 'schema';
  const request = walk.direction === 'request';
  if (allowsBefore && !allowsAfter) {
    if (request) report(walk, schemaRules['request-additional-properties-closed'], pointer, `\`${label}\` no longer takes extra keys: calls that send them are refused.`);
    else report(walk, schemaRules['response-additional-properties-closed'], pointer, `\`${label}\` no longer has extra keys.`);
  } else if (!allowsBefore && allowsAfter) {
    if (request) report(walk, schemaRules['request-additional-properties-opened'], pointer, `\`${label}\` takes extra keys.`);
    else report(walk, schemaRules['response-additional-properties-opened'], pointer, `\`${label}\` may have extra keys.`);
  } else if (allowsBefore && allowsAfter) {
    // Any value ↔ values of a schema.
    const narrower = after === 'schema';
    const message = `The values of extra keys of \`${label}\` changed from ${before === 'open' ? 'any value' : 'a schema'} to ${narrower ? 'a schema' : 'any value'}.`;
    if (request) report(walk, schemaRules[narrower ? 'request-additional-properties-closed' : 'request-additional-properties-opened'], pointer, message);
    else report(walk, schemaRules[narrower ? 'response-type-narrowed' : 'response-type-changed'], pointer, message);
  } else if (request && after === 'closed') {
    // absent → false: the generated types never had an index signature; only the service sees it.
    report(walk, schemaRules['request-additional-properties-closed'], pointer, `\`${label}\` now refuses extra keys.`, false);
  } else if (request) {
    report(walk, schemaRules['request-additional-properties-opened'], pointer, `\`${label}\` no longer refuses extra keys.`);
  }
}

function compareComposition(
  walk: SchemaWalk,
  keyword: 'allOf' | 'oneOf' | 'anyOf',
  b: JsonObject,
  h: JsonObject,
  bp: string,
  hp: string,
  label: string,
): void {
  const before = Array.isArray(b[keyword]) ? (b[keyword] as unknown[]) : [];
  const after = Array.isArray(h[keyword]) ? (h[keyword] as unknown[]) : [];
  if (before.length === 0 && after.length === 0) return;
  const shared = Math.min(before.length, after.length);
  for (let i = 0; i < shared; i++) {
    compareSchema(walk, before[i], joinPointer(bp, keyword, i), after[i], joinPointer(hp, keyword, i), label);
  }
  if (before.length === after.length) return;
  const pointer = joinPointer(after.length > 0 ? hp : bp, keyword);
  // allOf: another member demands more. oneOf/anyOf: another member admits more.
  const admitsMore = keyword === 'allOf' ? after.length < before.length : after.length > before.length;
  const request = walk.direction === 'request';
  const message = `\`${keyword}\` of \`${label}\` went from ${before.length} to ${after.length} members`;
  if (request) {
    if (admitsMore) report(walk, schemaRules['request-type-widened'], pointer, `${message}: it accepts more.`);
    else report(walk, schemaRules['request-type-changed'], pointer, `${message}: values callers could send may be refused.`);
  } else if (admitsMore) {
    report(walk, schemaRules['response-type-changed'], pointer, `${message}: callers may get values they do not handle.`);
  } else {
    report(walk, schemaRules['response-type-narrowed'], pointer, `${message}.`);
  }
}
