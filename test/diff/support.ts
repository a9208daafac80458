// The spec edits of test/fixtures/diff/: each is a list of edits to files of a copy of spec/, with
// the report it must give. The same edits, all at once, feed the compiler check.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Change, ReportLevel } from '../../generator/diff/index.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';

export const fixturesDir = path.join(root, 'test/fixtures/diff');
export const baseSpec = path.join(root, 'spec/openapi.yaml');

export type Edit = { file: string } & (
  | { remove: string }
  | { set: string; value: unknown }
  | { append: string; value: unknown }
  | { move: string; to: string }
);

export interface Fixture {
  name: string;
  title: string;
  edits: Edit[];
  level: ReportLevel;
  changes: Omit<Change, 'message'>[];
}

export function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(path.join(fixturesDir, f), 'utf8')) as Omit<Fixture, 'name'>) }));
}

/** A copy of spec/ under test/.generated with the edits applied; returns its root file. */
export function editedSpec(name: string, edits: Edit[]): string {
  const dir = path.join(scratch, 'diff-specs', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.dirname(baseSpec), dir, { recursive: true });
  for (const edit of edits) applyEdit(path.join(dir, edit.file), edit);
  return path.join(dir, 'openapi.yaml');
}

function tokens(pointer: string): string[] {
  return pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Container = Record<string, unknown> | unknown[];

function parentOf(document: unknown, pointer: string): [Container, string] {
  const path = tokens(pointer);
  let node = document as Container;
  for (const token of path.slice(0, -1)) {
    node = (node as Record<string, unknown>)[token] as Container;
    if (typeof node !== 'object' || node === null) throw new Error(`no ${token} on the way to ${pointer}`);
  }
  return [node, path[path.length - 1]!];
}

function take(document: unknown, pointer: string): unknown {
  const [parent, key] = parentOf(document, pointer);
  if (!(key in parent)) throw new Error(`nothing at ${pointer}`);
  const value = (parent as Record<string, unknown>)[key];
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return value;
}

function put(document: unknown, pointer: string, value: unknown): void {
  const [parent, key] = parentOf(document, pointer);
  (parent as Record<string, unknown>)[key] = value;
}

function applyEdit(file: string, edit: Edit): void {
  const json = file.endsWith('.json');
  const document = (json ? JSON.parse(readFileSync(file, 'utf8')) : parse(readFileSync(file, 'utf8'))) as unknown;
  if ('remove' in edit) take(document, edit.remove);
  else if ('set' in edit) put(document, edit.set, edit.value);
  else if ('append' in edit) {
    const [parent, key] = parentOf(document, edit.append);
    const list = (parent as Record<string, unknown>)[key];
    if (!Array.isArray(list)) throw new Error(`${edit.append} is not a list`);
    list.push(edit.value);
  } else put(document, edit.to, take(document, edit.move));
  writeFileSync(file, json ? `${JSON.stringify(document, null, 2)}\n` : stringify(document));
}
