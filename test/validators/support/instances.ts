// Seeded instances for a JSON Schema: mostly close to valid, with boundary values and a few wrong
// turns, so that both outcomes and most error paths of a validator are exercised; and mutations of a
// documented example (a key dropped, a wrong type, a value outside an enum, an extra property, null).
// The same seed gives the same instances on any machine.

export type Random = () => number;
type Schema = boolean | { [keyword: string]: unknown };

/** mulberry32: a small, well-known 32-bit PRNG; plenty for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed per name (FNV-1a), so each validator's instances do not depend on the others. */
export function seedFor(name: string, base: number): number {
  let hash = 0x811c9dc5 ^ base;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const MAX_DEPTH = 5;
const DEVIATION = 0.03;
// Letters, digits, a space, an accented letter and characters outside the BMP (two UTF-16 units each).
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.é', '😀', '𝄞'];

export class InstanceGenerator {
  constructor(
    private readonly random: Random,
    /** The schemas references point at, by `$id`. */
    private readonly schemasById: ReadonlyMap<string, Schema>,
  ) {}

  instance(schema: Schema, depth = 0): unknown {
    if (this.random() < DEVIATION || typeof schema === 'boolean') return this.anyValue(depth);
    if (depth > MAX_DEPTH + 4) return null;
    if (typeof schema.$ref === 'string') {
      const target = this.schemasById.get(schema.$ref);
      if (target === undefined) throw new Error(`no schema ${schema.$ref}`);
      return this.withOwnProperties(schema, this.instance(target, depth + 1), depth);
    }
    if ('const' in schema && this.chance(0.85)) return structuredClone(schema.const);
    if (Array.isArray(schema.enum) && this.chance(0.85)) return structuredClone(this.pick(schema.enum));
    if (Array.isArray(schema.allOf)) {
      const parts = (schema.allOf as Schema[]).map((part) => this.instance(part, depth + 1));
      const objects = parts.filter(isPlainObject);
      const merged = objects.length === parts.length && objects.length > 0 ? Object.assign({}, ...objects) : parts[0];
      return this.withOwnProperties(schema, merged, depth);
    }
    const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
    if (Array.isArray(alternatives) && alternatives.length > 0) {
      return this.withOwnProperties(schema, this.instance(this.pick(alternatives), depth + 1), depth);
    }
    return this.ofType(schema, this.typeOf(schema), depth);
  }

  private withOwnProperties(schema: { [keyword: string]: unknown }, value: unknown, depth: number): unknown {
    if (!isPlainObject(value) || !(schema.properties || schema.required)) return value;
    const own = this.ofType(schema, 'object', depth) as Record<string, unknown>;
    return { ...value, ...own };
  }

  private typeOf(schema: { [keyword: string]: unknown }): string {
    const type = schema.type;
    if (typeof type === 'string') return type;
    if (Array.isArray(type) && type.length > 0) return this.pick(type as string[]);
    if (schema.properties || schema.required || schema.additionalProperties !== undefined || schema.patternProperties) return 'object';
    if (schema.items !== undefined || schema.prefixItems) return 'array';
    if (schema.minLength !== undefined || schema.maxLength !== undefined || schema.pattern || schema.format) return 'string';
    if (schema.minimum !== undefined || schema.maximum !== undefined || schema.multipleOf !== undefined) return 'number';
    return this.pick(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
  }

  private ofType(schema: { [keyword: string]: unknown }, type: string, depth: number): unknown {
    switch (type) {
      case 'object':
        return this.object(schema, depth);
      case 'array':
        return this.array(schema, depth);
      case 'string':
        return this.string(schema);
      case 'integer':
        return Math.round(this.number(schema, true));
      case 'number':
        return this.number(schema, false);
      case 'boolean':
        return this.chance(0.5);
      default:
        return null;
    }
  }

  private object(schema: { [keyword: string]: unknown }, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const required = new Set((schema.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      const wanted = required.has(name) ? this.chance(0.97) : depth < MAX_DEPTH && this.chance(0.5);
      if (wanted) out[name] = this.instance(property, depth + 1);
    }
    for (const name of required) if (!(name in out) && !(name in properties) && this.chance(0.9)) out[name] = this.anyValue(depth + 1);
    if (schema.patternProperties && this.chance(0.3)) {
      const [, child] = this.pick(Object.entries(schema.patternProperties as Record<string, Schema>));
      out[this.text(2, 2).toLowerCase()] = this.instance(child, depth + 1);
    }
    const additional = schema.additionalProperties as Schema | undefined;
    if (this.chance(additional === false ? 0.05 : 0.15)) {
      out[`extra${this.integer(0, 9)}`] = typeof additional === 'object' ? this.instance(additional, depth + 1) : this.anyValue(depth + 1);
    }
    return out;
  }

  private array(schema: { [keyword: string]: unknown }, depth: number): unknown[] {
    const prefix = (schema.prefixItems ?? (Array.isArray(schema.items) ? schema.items : [])) as Schema[];
    const rest = (Array.isArray(schema.items) ? schema.additionalItems : schema.items) as Schema | undefined;
    const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const max = typeof schema.maxItems === 'number' ? schema.maxItems : Math.max(min, prefix.length) + 2;
    const length = depth >= MAX_DEPTH ? min : this.around(min, max, true);
    return Array.from({ length: Math.max(0, length) }, (_, i) => this.instance(i < prefix.length ? prefix[i]! : (rest ?? true), depth + 1));
  }

  private string(schema: { [keyword: string]: unknown }): string {
    const format = schema.format;
    if (typeof format === 'string' && this.chance(0.8)) {
      const formatted = this.formatted(format);
      if (formatted !== undefined) return formatted;
    }
    const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : min + 12;
    return this.text(this.around(min, max, true), 0);
  }

  private formatted(format: string): string | undefined {
    const date = new Date(Date.UTC(2000 + this.integer(0, 30), this.integer(0, 11), this.integer(1, 28), this.integer(0, 23), this.integer(0, 59), this.integer(0, 59)));
    switch (format) {
      case 'date-time':
        return this.chance(0.9) ? date.toISOString() : '2024-13-45T25:61:00Z';
      case 'date':
        return date.toISOString().slice(0, 10);
      case 'email':
        return `${this.text(5, 0).replace(/[^a-z]/gi, 'x')}@example.com`;
      case 'uri':
      case 'url':
        return `https://example.com/${this.integer(0, 999)}`;
      case 'uuid':
        return '123e4567-e89b-12d3-a456-426614174000';
      case 'byte':
        return Buffer.from(this.text(6, 0)).toString('base64');
      case 'ipv4':
        return `10.0.0.${this.integer(0, 300)}`;
      default:
        return undefined;
    }
  }

  private number(schema: { [keyword: string]: unknown }, integer: boolean): number {
    const step = integer ? 1 : 0.5;
    const bounds = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']
      .map((k) => schema[k])
      .filter((v): v is number => typeof v === 'number');
    const candidates = bounds.flatMap((b) => [b, b - step, b + step]);
    if (typeof schema.multipleOf === 'number') candidates.push(schema.multipleOf * this.integer(-3, 3), schema.multipleOf * 1.5);
    if (candidates.length > 0 && this.chance(0.6)) return this.pick(candidates);
    const low = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : -1000;
    const high = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : 1000;
    const value = low + this.random() * Math.max(0, high - low);
    return integer || this.chance(0.3) ? Math.round(value) : value;
  }

  /** Something of any JSON type: the wrong turns. */
  private anyValue(depth: number): unknown {
    const kinds = depth < MAX_DEPTH ? 9 : 6;
    switch (this.integer(0, kinds - 1)) {
      case 0:
        return null;
      case 1:
        return this.chance(0.5);
      case 2:
        return this.integer(-5, 100);
      case 3:
        return this.random() * 10 - 5;
      case 4:
        return this.text(this.integer(0, 6), 0);
      case 5:
        return '';
      case 6:
        return [this.anyValue(depth + 1)];
      case 7:
        return {};
      default:
        return { [this.text(3, 3)]: this.anyValue(depth + 1) };
    }
  }

  /** Mostly inside [min, max], often on a bound, sometimes just outside. */
  private around(min: number, max: number, nonNegative: boolean): number {
    const roll = this.random();
    let value: number;
    if (roll < 0.2) value = min;
    else if (roll < 0.35) value = max;
    else if (roll < 0.42) value = min - 1;
    else if (roll < 0.5) value = max + 1;
    else value = this.integer(min, Math.min(max, min + 40));
    return nonNegative ? Math.max(0, value) : value;
  }

  private text(length: number, asciiFrom: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += i < asciiFrom ? ALPHABET[this.integer(0, 25)] : this.pick(ALPHABET);
    return out;
  }

  private integer(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
}

/** Small changes to a documented example, each of which a validator may well refuse. */
export function mutationsOf(example: unknown): { label: string; value: unknown }[] {
  const found: { label: string; value: unknown }[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    const at = path.map((t) => `/${t}`).join('') || '(root)';
    const replace = (label: string, next: unknown) => found.push({ label: `${label} at ${at}`, value: setAt(example, path, next) });
    if (Array.isArray(value)) {
      replace('wrong type (object for array)', {});
      if (value.length > 0) replace('last item dropped', value.slice(0, -1));
      replace('null item appended', [...value, null]);
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (isPlainObject(value)) {
      replace('wrong type (array for object)', []);
      replace('extra property', { ...value, unexpectedProperty: 'surprise' });
      for (const key of Object.keys(value)) {
        const { [key]: _dropped, ...rest } = value;
        replace(`key "${key}" dropped`, rest);
      }
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    } else if (typeof value === 'string') {
      replace('wrong type (number for string)', 12345);
      replace('out of enum', `${value}_NOT_A_DOCUMENTED_VALUE`);
      replace('empty string', '');
    } else if (typeof value === 'number') {
      replace('wrong type (string for number)', String(value));
      replace('negative', -1 - Math.abs(value));
      replace('fraction', value + 0.5);
    } else if (typeof value === 'boolean') {
      replace('wrong type (string for boolean)', String(value));
    }
    if (value !== null) replace('null', null);
  };
  walk(example, []);
  return found;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const token of path.slice(0, -1)) parent = parent[token] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
