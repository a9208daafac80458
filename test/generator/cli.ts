// What the generator tests share: running the CLI in-process, broken copies of a fixture spec, and a
// snapshot of a folder precise enough to prove that nothing in it changed.
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { main } from '../../generator/index.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';

export const petstore = path.join(root, 'test/fixtures/petstore/openapi.yaml');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run generate -- <args>` in this process and collects what it prints. */
export async function run(args: string[]): Promise<RunResult> {
  const stderr: string[] = [];
  const stdout: string[] = [];
  const collect = (into: string[]) => (...parts: unknown[]) => void into.push(parts.join(' '));
  const spies = [
    jest.spyOn(console, 'error').mockImplementation(collect(stderr)),
    jest.spyOn(console, 'warn').mockImplementation(collect(stderr)),
    jest.spyOn(console, 'log').mockImplementation(collect(stdout)),
  ];
  try {
    return { code: await main(args), stderr: stderr.join('\n'), stdout: stdout.join('\n') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** A fresh copy of a fixture folder under test/.generated that a test may break. */
export function fixtureCopy(name: string, breakIt: (dir: string) => void = () => {}, fixture = path.dirname(petstore)): string {
  const dir = path.join(scratch, 'specs', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(fixture, dir, { recursive: true });
  breakIt(dir);
  return path.join(dir, 'openapi.yaml');
}

/**
 * Every entry of a folder, recursively, with what makes it what it is: a file's bytes, mode and
 * modification time, a link's target (never followed), a folder's mode. Two equal snapshots mean
 * nothing was written, moved, removed or added.
 */
export function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const relative = path.relative(dir, full);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) entries[relative] = `link -> ${readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        entries[relative] = `folder ${stat.mode.toString(8)} ${stat.ino}`;
        walk(full);
      } else {
        const hash = createHash('sha256').update(readFileSync(full)).digest('hex');
        entries[relative] = `file ${stat.mode.toString(8)} ${stat.mtimeMs} ${stat.ino} ${hash}`;
      }
    }
  };
  walk(dir);
  return entries;
}

/** What an error output must never be: a stack trace or a dump of an object. */
export const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$|\{\s*$/m;
