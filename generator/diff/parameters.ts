// Parameter Object rules: the `path`, `query` and `header` members of an operation's input.
import type { JsonObject, OpenApiDocument, Parameter } from '../openapi.js';
import { asObject, follow, same, type Collector } from './context.js';
import { compareDocs, compareExamples } from './docs.js';
import { defineRules, joinPointer } from './model.js';
import { compareSchema } from './schema.js';

export const parameterRules = defineRules({
  'parameter-removed': {
    level: 'major',
    compilerSees: true,
    why: 'calls that pass it no longer compile, and the service no longer reads it',
  },
  'parameter-added-required': { level: 'major', compilerSees: true, why: 'every existing call lacks it' },
  'parameter-added': { level: 'minor', why: 'an optional addition' },
  'parameter-became-required': { level: 'major', compilerSees: true, why: 'calls that leave it out no longer compile' },
  'parameter-became-optional': { level: 'minor', why: 'accepts more calls' },
  'parameter-location-changed': {
    level: 'major',
    compilerSees: true,
    why: 'it moved between `path`, `query` and `header` of the input: calls pass it in the old place',
  },
  'parameter-serialization-changed': {
    level: 'major',
    compilerSees: false,
    why: '`style`, `explode` or `allowReserved` changed: the same call is sent differently',
  },
  'parameter-deprecated': { level: 'minor', why: 'a deprecation: still works, now flagged' },
});

export interface LocatedParameter {
  parameter: Parameter;
  /** Where it is defined: `#/components/parameters/...` for shared ones. */
  pointer: string;
}

/** An operation's parameters with where each is defined; operation-level ones override path-level ones. */
export function locateParameters(document: OpenApiDocument, pathKey: string, method: string): LocatedParameter[] {
  const pathPointer = joinPointer('#/paths', pathKey);
  const pathItem = follow<JsonObject>(document, document.paths?.[pathKey], pathPointer);
  const operation = asObject(pathItem.value[method]);
  const merged = new Map<string, LocatedParameter>();
  const lists: [unknown, string][] = [
    [pathItem.value.parameters, joinPointer(pathItem.pointer, 'parameters')],
    [operation.parameters, joinPointer(pathItem.pointer, method, 'parameters')],
  ];
  for (const [raw, listPointer] of lists) {
    (Array.isArray(raw) ? raw : []).forEach((entry, index) => {
      const found = follow<Parameter>(document, entry, joinPointer(listPointer, index));
      merged.set(parameterKey(found.value), { parameter: found.value, pointer: found.pointer });
    });
  }
  return [...merged.values()];
}

function parameterKey(parameter: Parameter): string {
  // Header names are case-insensitive on the wire.
  return `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
}

export function compareParameters(out: Collector, base: LocatedParameter[], head: LocatedParameter[], seen: Set<string>): void {
  const headByKey = new Map(head.map((p) => [parameterKey(p.parameter), p]));
  const baseByKey = new Map(base.map((p) => [parameterKey(p.parameter), p]));
  const moved = new Set<string>();

  for (const [key, before] of baseByKey) {
    const after = headByKey.get(key);
    const { name } = before.parameter;
    if (after) {
      compareParameter(out, before, after, seen);
      continue;
    }
    const elsewhere = head.find((p) => p.parameter.name === name && !baseByKey.has(parameterKey(p.parameter)));
    if (elsewhere) {
      moved.add(parameterKey(elsewhere.parameter));
      out.add(
        parameterRules['parameter-location-changed'],
        elsewhere.pointer,
        `Parameter \`${name}\` moved from \`${before.parameter.in}\` to \`${elsewhere.parameter.in}\`: calls pass it in the old place.`,
      );
      compareParameter(out, before, elsewhere, seen);
      continue;
    }
    out.add(parameterRules['parameter-removed'], before.pointer, `The ${before.parameter.in} parameter \`${name}\` was removed.`);
  }
  for (const [key, after] of headByKey) {
    if (baseByKey.has(key) || moved.has(key)) continue;
    const { name, in: location } = after.parameter;
    if (after.parameter.required) {
      out.add(parameterRules['parameter-added-required'], after.pointer, `Required ${location} parameter \`${name}\` was added: every existing call lacks it.`);
    } else {
      out.add(parameterRules['parameter-added'], after.pointer, `Optional ${location} parameter \`${name}\` was added.`);
    }
  }
}

function compareParameter(out: Collector, before: LocatedParameter, after: LocatedParameter, seen: Set<string>): void {
  const b = before.parameter;
  const a = after.parameter;
  const what = `the ${a.in} parameter \`${a.name}\``;
  if (before.parameter.in === after.parameter.in && (b.required === true) !== (a.required === true)) {
    if (a.required) out.add(parameterRules['parameter-became-required'], joinPointer(after.pointer, 'required'), `The ${a.in} parameter \`${a.name}\` became required.`);
    else out.add(parameterRules['parameter-became-optional'], joinPointer(after.pointer, 'required'), `The ${a.in} parameter \`${a.name}\` became optional.`);
  }
  if (a.deprecated === true && b.deprecated !== true) {
    out.add(parameterRules['parameter-deprecated'], joinPointer(after.pointer, 'deprecated'), `The ${a.in} parameter \`${a.name}\` is deprecated.`);
  }
  for (const keyword of ['style', 'explode', 'allowReserved', 'allowEmptyValue']) {
    if (same(b[keyword], a[keyword])) continue;
    out.add(parameterRules['parameter-serialization-changed'], joinPointer(after.pointer, keyword), `\`${keyword}\` of ${what} changed: the same call is sent differently.`);
  }
  compareDocs(out, b, a, after.pointer, what, ['example', 'examples']);
  compareExamples(out, b, a, before.pointer, after.pointer, what);
  const walk = { out, direction: 'request' as const, typed: true, seen };
  if ('schema' in b || 'schema' in a) {
    compareSchema(walk, b.schema ?? {}, joinPointer(before.pointer, 'schema'), a.schema ?? {}, joinPointer(after.pointer, 'schema'), `${a.name}`);
  }
}
