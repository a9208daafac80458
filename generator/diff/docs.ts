// Documentation-only changes: what a reader of the docs or the JSDoc sees, never what code does.
import type { JsonObject } from '../openapi.js';
import { asObject, follow, same, type Collector } from './context.js';
import { defineRules, joinPointer } from './model.js';

export const docRules = defineRules({
  'description-changed': { level: 'patch', why: 'documentation only: JSDoc and the docs site change, code does not' },
  'summary-changed': { level: 'patch', why: 'documentation only' },
  'example-changed': { level: 'patch', why: 'documentation and mock answers only: the types do not depend on examples' },
  'annotation-changed': {
    level: 'patch',
    why: 'titles, tags, external docs, `x-` extensions, a response `default`: read by people and tools, not by the client',
  },
});

const EXAMPLE_KEYS = ['example', 'examples'];
const ANNOTATION_KEYS = ['title', 'externalDocs', '$comment', 'tags', 'xml', 'readOnly', 'writeOnly', 'contentSchema'];

/**
 * Compares the documentation fields of one object on both sides (`keys` are the fields handled
 * elsewhere, which are skipped). `what` names the object in messages.
 */
export function compareDocs(
  out: Collector,
  base: JsonObject,
  head: JsonObject,
  pointer: string,
  what: string,
  skip: readonly string[] = [],
): void {
  for (const key of ['description', 'summary']) {
    if (skip.includes(key) || same(base[key], head[key])) continue;
    const rule = key === 'description' ? docRules['description-changed'] : docRules['summary-changed'];
    out.add(rule, joinPointer(pointer, key), `The ${key} of ${what} ${describeEdit(base[key], head[key])}.`);
  }
  for (const key of EXAMPLE_KEYS) {
    if (skip.includes(key) || same(base[key], head[key])) continue;
    out.add(docRules['example-changed'], joinPointer(pointer, key), `The ${key === 'example' ? 'example' : 'examples'} of ${what} changed.`);
  }
  const annotations = new Set([...ANNOTATION_KEYS, ...extensionKeys(base), ...extensionKeys(head)]);
  for (const key of annotations) {
    if (skip.includes(key) || same(base[key], head[key])) continue;
    out.add(docRules['annotation-changed'], joinPointer(pointer, key), `\`${key}\` of ${what} ${describeEdit(base[key], head[key])}.`);
  }
}

function extensionKeys(node: JsonObject): string[] {
  return Object.keys(node).filter((key) => key.startsWith('x-'));
}

function describeEdit(before: unknown, after: unknown): string {
  if (before === undefined) return 'was added';
  if (after === undefined) return 'was removed';
  return 'changed';
}

/** The `examples` of a media type or parameter, followed through their `$ref`s. */
export function compareExamples(out: Collector, base: JsonObject, head: JsonObject, basePointer: string, headPointer: string, what: string): void {
  if (!same(base.example, head.example)) {
    out.add(docRules['example-changed'], joinPointer(headPointer, 'example'), `The example of ${what} ${describeEdit(base.example, head.example)}.`);
  }
  const before = asObject(base.examples);
  const after = asObject(head.examples);
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = name in before ? follow<JsonObject>(out.base, before[name], joinPointer(basePointer, 'examples', name)) : undefined;
    const a = name in after ? follow<JsonObject>(out.head, after[name], joinPointer(headPointer, 'examples', name)) : undefined;
    if (!b || !a) {
      const where = (a ?? b)!.pointer;
      out.add(docRules['example-changed'], where, `The example \`${name}\` of ${what} was ${a ? 'added' : 'removed'}.`);
      continue;
    }
    if (!same(b.value.value, a.value.value) || !same(b.value.externalValue, a.value.externalValue)) {
      out.add(docRules['example-changed'], joinPointer(a.pointer, 'value'), `The example \`${name}\` of ${what} changed.`);
    }
    compareDocs(out, asObject(b.value), asObject(a.value), a.pointer, `the example \`${name}\``, ['value', 'externalValue']);
  }
}
