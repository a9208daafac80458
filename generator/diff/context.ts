// What every comparison needs: both documents, $ref following that keeps track of where a value
// really lives (its JSON pointer), and the list the changes go to.
import { isDeepStrictEqual } from 'node:util';
import type { JsonObject, OpenApiDocument } from '../openapi.js';
import { change, type FoundChange, type Rule } from './model.js';

export interface Located<T = unknown> {
  value: T;
  /** Where the value is defined: after a `$ref`, the pointer of its target. */
  pointer: string;
}

/** Follows `$ref`s from `value` (found at `pointer`) to the value they name, with its pointer. */
export function follow<T = unknown>(document: OpenApiDocument, value: unknown, pointer: string): Located<T> {
  let current: Located = { value, pointer };
  const seen = new Set<string>();
  while (isRef(current.value)) {
    const ref = current.value.$ref;
    if (!ref.startsWith('#') || seen.has(ref)) break; // bundled documents hold local references only
    seen.add(ref);
    current = { value: readPointer(document, ref), pointer: ref };
  }
  return current as Located<T>;
}

export function isRef(value: unknown): value is { $ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}

export function readPointer(document: unknown, pointer: string): unknown {
  const tokens = pointer.replace(/^#/, '').split('/').slice(1).map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: unknown = document;
  for (const token of tokens) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as JsonObject)[token];
  }
  return current;
}

export function same(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b);
}

export function asObject(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

/** Where the changes of one operation (or of the document) are collected. */
export class Collector {
  readonly changes: FoundChange[] = [];
  private readonly keys = new Set<string>();

  constructor(
    readonly base: OpenApiDocument,
    readonly head: OpenApiDocument,
  ) {}

  add(rule: Rule, pointer: string, message: string, compilerSees?: boolean): void {
    // A shared schema reached twice by one operation is reported once.
    const key = `${rule.kind} ${pointer}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.changes.push(change(rule, pointer, message, compilerSees));
  }

  /** Takes over a change found by another collector. */
  push(found: FoundChange): void {
    const key = `${found.kind} ${found.pointer}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.changes.push(found);
  }
}
