// Finds places in an example where a small change must make it invalid: a value of the wrong type,
// a required property removed, a value outside an enum. Walks the example beside its schema.
import { resolve, type JsonObject, type OpenApiDocument } from '../../generator/openapi.js';

export type MutationKind = 'wrong type' | 'missing required' | 'outside enum';

export interface Mutation {
  kind: MutationKind;
  /** JSON pointer of the value changed (or of the object that lost a property). */
  pointer: string;
  /** The keyword the validator must report. */
  keyword: 'type' | 'required' | 'enum';
  apply(example: unknown): unknown;
}

export function findMutations(document: OpenApiDocument, schema: unknown, example: unknown): Mutation[] {
  const found: Mutation[] = [];
  walk(schema, example, []);
  return found;

  function walk(rawSchema: unknown, value: unknown, at: string[]): void {
    if (typeof rawSchema !== 'object' || rawSchema === null) return;
    const node = resolve<JsonObject>(document, rawSchema as JsonObject);
    if (Array.isArray(node.enum) && typeof value === 'string') {
      found.push(mutation('outside enum', 'enum', at, () => 'NOT_A_DOCUMENTED_VALUE'));
    } else if (node.type === 'string' && typeof value === 'string') {
      found.push(mutation('wrong type', 'type', at, () => 12345));
    } else if ((node.type === 'integer' || node.type === 'number') && typeof value === 'number') {
      found.push(mutation('wrong type', 'type', at, () => 'not a number'));
    } else if (node.type === 'boolean' && typeof value === 'boolean') {
      found.push(mutation('wrong type', 'type', at, () => 'true'));
    }
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(node.items, item, [...at, String(i)]));
      return;
    }
    const record = value as JsonObject;
    for (const name of (node.required as string[] | undefined) ?? []) {
      if (name in record) found.push(mutation('missing required', 'required', at, (parent) => omit(parent, name)));
    }
    const properties = (node.properties ?? {}) as JsonObject;
    for (const [key, child] of Object.entries(record)) {
      const childSchema = properties[key] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
      walk(childSchema, child, [...at, key]);
    }
  }
}

function mutation(kind: MutationKind, keyword: Mutation['keyword'], at: string[], change: (current: unknown) => unknown): Mutation {
  const pointer = at.map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).map((t) => `/${t}`).join('');
  return {
    kind,
    keyword,
    pointer,
    apply(example) {
      const copy = structuredClone(example);
      if (at.length === 0) return change(copy);
      let parent = copy as JsonObject;
      for (const token of at.slice(0, -1)) parent = parent[token] as JsonObject;
      const last = at[at.length - 1]!;
      parent[last] = change(parent[last]);
      return copy;
    },
  };
}

function omit(value: unknown, name: string): unknown {
  const { [name]: _removed, ...rest } = value as JsonObject;
  return rest;
}
