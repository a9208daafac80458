// Temporary git repositories holding a spec, for the release and the gate: each test builds the
// history it needs, commit by commit, and runs the scripts in it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { main as releaseMain } from '../../scripts/release.js';
import { main as checkMain } from '../../scripts/release-check.js';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(file: string, text: string): void;
  read(file: string): string;
  /** Writes the files given, stages everything and commits; returns the commit. */
  commit(message: string, files?: Record<string, string>): string;
  release(...args: string[]): Promise<Run>;
  check(...args: string[]): Promise<Run>;
}

const made: string[] = [];

/** Removes every repository made by this test file. */
export function removeTempRepos(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function gitIn(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Release Test', '-c', 'user.email=release@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

async function capture(run: (io: { out(t: string): void; err(t: string): void }) => Promise<number>): Promise<Run> {
  let out = '';
  let err = '';
  const code = await run({ out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

function repoAt(dir: string): TempRepo {
  const git = (...args: string[]) => gitIn(dir, ...args);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  return {
    dir,
    git,
    write,
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    commit(message, files = {}) {
      for (const [file, text] of Object.entries(files)) write(file, text);
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    release: (...args) => capture((io) => releaseMain(args, io, dir)),
    check: (...args) => capture((io) => checkMain(args, io, dir)),
  };
}

export function tempRepo(name: string): TempRepo {
  const dir = mkdtempSync(path.join(tmpdir(), `release-${name}-`));
  made.push(dir);
  gitIn(dir, 'init', '-q', '-b', 'main');
  return repoAt(dir);
}

/** A clone of `repo` (`--depth n` for a shallow one). */
export function cloneOf(repo: TempRepo, name: string, depth?: number): TempRepo {
  const dir = mkdtempSync(path.join(tmpdir(), `release-${name}-`));
  made.push(dir);
  execFileSync('git', ['clone', '-q', ...(depth ? ['--depth', String(depth)] : []), `file://${repo.dir}`, dir], { stdio: 'ignore' });
  return repoAt(dir);
}

export interface TinySpecOptions {
  /** null: no x-client-package at all. */
  version?: string | null;
  /** Adds POST /things (createThing): a minor change. */
  create?: boolean;
  /** Removes GET /things/{id} (getThing): a major change. */
  removeGet?: boolean;
  /** The description of getThing: a patch change. */
  getDescription?: string;
  /** Deprecates getThing: a minor change. */
  deprecateGet?: boolean;
}

const errorResponse = { description: 'The request failed.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Message' } } } };

/** A small spec with a client package, and the edits the tests rate. */
export function tinySpec(options: TinySpecOptions = {}): string {
  const { version = '0.1.0', create = false, removeGet = false, getDescription = 'Reads one thing.', deprecateGet = false } = options;
  const thing = { $ref: '#/components/schemas/Thing' };
  const ok = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });
  const document = {
    openapi: '3.1.0',
    info: {
      title: 'Things',
      version: '1',
      description: 'A small API of things.',
      'x-client-name': 'Things',
      ...(version === null ? {} : { 'x-client-package': { name: 'things-client', version } }),
    },
    servers: [{ url: 'https://things.example.com' }],
    paths: {
      '/things': {
        get: { operationId: 'ListThings', summary: 'List things', description: 'Lists the things.', responses: { '200': ok('The things.', { type: 'array', items: thing }), '400': errorResponse } },
        ...(create ? { post: { operationId: 'CreateThing', summary: 'Create a thing', description: 'Creates a thing.', responses: { '201': ok('The thing.', thing), '400': errorResponse } } } : {}),
      },
      ...(removeGet
        ? {}
        : {
            '/things/{id}': {
              parameters: [{ name: 'id', in: 'path', required: true, description: 'The thing.', schema: { type: 'string' } }],
              get: {
                operationId: 'GetThing',
                summary: 'Get a thing',
                description: getDescription,
                ...(deprecateGet ? { deprecated: true } : {}),
                responses: { '200': ok('The thing.', thing), '400': errorResponse },
              },
            },
          }),
    },
    components: {
      schemas: {
        Thing: { type: 'object', description: 'A thing.', required: ['Id'], properties: { Id: { type: 'string', description: 'Its id.' } } },
        Message: { type: 'object', description: 'Why it failed.', properties: { Message: { type: 'string', description: 'The reason.' } } },
      },
    },
  };
  // A comment and quotes the release must keep as they are.
  return `# Things: a spec for the release tests.\n${stringify(document)}`;
}

export const SPEC = 'spec/openapi.yaml';
