// Reads and checks spec/errata.yaml (the repairs of the documented examples) for the docs. Apart from
// the spec's loading (generator/spec.ts, with Redocly), so that the worker thread of
// generator/cli.mjs reads it without loading Redocly.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Node as YamlNode } from 'yaml';
import { located, SpecError } from './errors.js';
import { escapePointerToken } from './openapi.js';
import { readText, TextFileError } from './text.js';

// The errata file (spec/errata.yaml): what each entry must hold, checked before the docs use it.
const ENTRY_FIELDS = { example: 'required', source: 'optional', repairs: 'required' } as const;
const REPAIR_FIELDS = { at: 'required', kind: 'required', change: 'required', reason: 'required' } as const;

/** Reads and checks an errata file; every problem names the entry, the field, its line and column. */
export function readErrataFile<T>(file: string, kinds: readonly string[]): T {
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    if (error instanceof TextFileError) throw new SpecError([error.message]);
    throw error;
  }
  // Loaded when needed: the main thread of a run with a worker thread never reads the errata.
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new SpecError(
      document.errors.map((e) => {
        const position = lineCounter.linePos(e.pos[0]);
        return located(file, `not valid YAML: ${e.message.split('\n')[0]}`, { line: position.line, col: position.col });
      }),
    );
  }
  const problems: string[] = [];
  const report = (node: YamlNode | null | undefined, pointer: string, reason: string) => {
    const position = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    problems.push(located(file, reason, { line: position?.line, col: position?.col, pointer }));
  };
  const fields = (node: YamlNode, pointer: string, allowed: Record<string, 'required' | 'optional'>): Map<string, YamlNode | null> => {
    const values = new Map<string, YamlNode | null>();
    if (!isMap(node)) {
      report(node, pointer, 'must be a mapping');
      return values;
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(key in allowed)) report(pair.key as YamlNode, `${pointer}/${escapePointerToken(key)}`, `unknown field "${key}" (expected ${Object.keys(allowed).join(', ')})`);
      else values.set(key, pair.value as YamlNode | null);
    }
    for (const [key, need] of Object.entries(allowed)) if (need === 'required' && !values.has(key)) report(node, pointer, `missing field "${key}"`);
    return values;
  };
  const string = (node: YamlNode | null | undefined, pointer: string, nullable = false): string | null | undefined => {
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    if (nullable && isScalar(node) && node.value === null) return null;
    report(node, pointer, nullable ? 'must be a string or null' : 'must be a string');
    return undefined;
  };

  const root = document.contents;
  const entries = root && isMap(root) ? fields(root, '', { entries: 'required' }).get('entries') : (report(root, '', 'must be a mapping with `entries`'), undefined);
  if (entries !== undefined && !isSeq(entries)) report(entries, '/entries', 'must be a list');
  if (isSeq(entries)) {
    entries.items.forEach((item, i) => {
      const at = `/entries/${i}`;
      const entry = fields(item as YamlNode, at, ENTRY_FIELDS);
      if (entry.has('example')) {
        const example = string(entry.get('example'), `${at}/example`, true);
        if (typeof example === 'string' && !existsSync(path.join(path.dirname(file), example))) report(entry.get('example'), `${at}/example`, `${example} does not exist`);
      }
      if (entry.has('source')) string(entry.get('source'), `${at}/source`);
      const repairs = entry.get('repairs');
      if (entry.has('repairs') && !isSeq(repairs)) report(repairs, `${at}/repairs`, 'must be a list');
      if (!isSeq(repairs)) return;
      repairs.items.forEach((raw, j) => {
        const where = `${at}/repairs/${j}`;
        const repair = fields(raw as YamlNode, where, REPAIR_FIELDS);
        if (repair.has('at')) {
          const pointer = string(repair.get('at'), `${where}/at`);
          if (typeof pointer === 'string' && pointer !== '' && !pointer.startsWith('/')) report(repair.get('at'), `${where}/at`, `"${pointer}" is not a JSON pointer`);
        }
        if (repair.has('kind')) {
          const kind = string(repair.get('kind'), `${where}/kind`);
          if (typeof kind === 'string' && !kinds.includes(kind)) report(repair.get('kind'), `${where}/kind`, `"${kind}" is not one of ${[...kinds].sort().join(', ')}`);
        }
        if (repair.has('change')) string(repair.get('change'), `${where}/change`);
        if (repair.has('reason')) string(repair.get('reason'), `${where}/reason`);
      });
    });
  }
  if (problems.length > 0) throw new SpecError(problems);
  return document.toJS() as T;
}
