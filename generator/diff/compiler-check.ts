// The compiler's verdict on a spec change, independent of the report's rules: generate the client
// from both specs, write one file that uses the new client the way code written against the old
// one did, compile it once, and say which operations no longer compile.
//
// Per operation (named as in the old client): the old `…Input` is assignable to the new one, the
// new `…Output` to the old one, no property path of either is lost (object literals and property
// reads need them), and the client still has the method with a compatible signature. Besides: the
// client type keeps its name, and every named schema type of types.ts is still there.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { generate } from '../index.js';
import type { GeneratedFile } from '../output.js';
import { loadSpec } from '../spec.js';

/** What the compiler found, by operationId of the base spec; `#client` and `#schema:<name>` for the rest. */
export type CompilerVerdict = Map<string, string[]>;

// Lost property paths, to a fixed depth: enough for the schemas, safe on recursive ones.
const PRELUDE = `
type Depth = [never, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
type KeysOf<T> = T extends unknown ? keyof T : never;
type At<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
type Lost<O, N, D extends number, P extends string> = [D] extends [never]
  ? never
  : [O] extends [readonly (infer OI)[]]
    ? [N] extends [readonly (infer NI)[]] ? Lost<NonNullable<OI>, NonNullable<NI>, Depth[D], \`\${P}[]\`> : never
    : [O] extends [object]
      ? [N] extends [object]
        ? { [K in KeysOf<O> & string]-?: K extends KeysOf<N>
              ? Lost<NonNullable<At<O, K>>, NonNullable<At<N, K>>, Depth[D], \`\${P}.\${K}\`>
              : \`\${P}.\${K}\` }[KeysOf<O> & string]
        : never
      : never;
/** \`true\` when no property path of O is missing from N; else the lost paths, which \`true\` is not. */
type NoneLost<O, N> = [Lost<NonNullable<O>, NonNullable<N>, 9, ''>] extends [never] ? true : Lost<NonNullable<O>, NonNullable<N>, 9, ''>;
`;

interface Block {
  key: string;
  lines: string[];
  /** Declarations other blocks use stay at the top level. */
  shared?: boolean;
}

function writeFiles(dir: string, files: GeneratedFile[]): void {
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

function clientTypeName(clientSource: string): string {
  const match = /export type (\w+) = ReturnType<typeof create\w+Client>/.exec(clientSource);
  if (!match) throw new Error('the generated client.ts exports no client type (ReturnType<typeof create…Client>)');
  return match[1]!;
}

function namedSchemaTypes(typesSource: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of typesSource.matchAll(/export type (\w+) = components\["schemas"\]\["([^"]+)"\]/g)) names.set(match[2]!, match[1]!);
  return names;
}

/**
 * Compiles the check in `workDir` (inside the project, so that the generated runtime finds its
 * packages) and returns the diagnostics by operation.
 */
export async function compilerCheck(baseSpec: string, headSpec: string, workDir: string): Promise<CompilerVerdict> {
  const [oldFiles, newFiles, base] = await Promise.all([generate(baseSpec), generate(headSpec), loadSpec(baseSpec)]);
  rmSync(workDir, { recursive: true, force: true });
  writeFiles(path.join(workDir, 'old'), oldFiles);
  writeFiles(path.join(workDir, 'new'), newFiles);
  const oldClient = oldFiles.find((f) => f.path === 'client.ts')!.content;
  const oldTypes = oldFiles.find((f) => f.path === 'types.ts')!.content;
  const client = clientTypeName(oldClient);

  const blocks: Block[] = [{ key: '#client', lines: [`declare const client: New.${client};`], shared: true }];
  for (const [schema, typeName] of namedSchemaTypes(oldTypes)) {
    blocks.push({ key: `#schema:${schema}`, lines: [`type Kept${typeName} = NewTypes.${typeName};`] });
  }
  for (const operation of base.operations) {
    const { typeName: t, methodName: m } = operation;
    const lines = [
      `const input${t} = null as unknown as Old.${t}Input;`,
      `const takes${t}: New.${t}Input = input${t};`,
      `const inputKept${t}: NoneLost<Old.${t}Input, New.${t}Input> = true;`,
      `const method${t}: (input: Old.${t}Input, options?: Old.CallOptions) => Promise<Old.${t}Output> = client.${m};`,
    ];
    // Nothing reads a void result: a body where there was none breaks no caller.
    if (operation.success?.contentType) {
      lines.push(
        `const output${t} = null as unknown as New.${t}Output;`,
        `const gives${t}: Old.${t}Output = output${t};`,
        `const outputKept${t}: NoneLost<Old.${t}Output, New.${t}Output> = true;`,
      );
    }
    blocks.push({ key: operation.operationId, lines });
  }

  const header = [
    "import type * as Old from './old/client.js';",
    "import type * as New from './new/client.js';",
    "import type * as NewTypes from './new/types.js';",
    ...PRELUDE.trim().split('\n'),
  ];
  const source: string[] = [...header];
  const ranges: { key: string; from: number; to: number }[] = [];
  for (const block of blocks) {
    source.push(`// ${block.key}`);
    if (!block.shared) source.push('{');
    const from = source.length;
    source.push(...block.lines.map((l) => `  ${l}`));
    ranges.push({ key: block.key, from, to: source.length - 1 });
    if (!block.shared) source.push('}');
  }
  source.push('export {};');
  const checkFile = path.join(workDir, 'check.ts');
  writeFileSync(checkFile, `${source.join('\n')}\n`);

  const program = ts.createProgram([checkFile], compilerOptions());
  const verdict: CompilerVerdict = new Map();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    let key = '#elsewhere';
    if (diagnostic.file && path.resolve(diagnostic.file.fileName) === path.resolve(checkFile) && diagnostic.start !== undefined) {
      const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line;
      key = ranges.find((r) => line >= r.from && line <= r.to)?.key ?? '#elsewhere';
    } else if (diagnostic.file) {
      key = `#elsewhere:${path.relative(workDir, diagnostic.file.fileName)}`;
    }
    verdict.set(key, [...(verdict.get(key) ?? []), text]);
  }
  return verdict;
}

/** The project's own compiler options (what callers in this repository compile with). */
function compilerOptions(): ts.CompilerOptions {
  const configPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tsconfig.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configPath));
  return { ...parsed.options, noEmit: true, types: ['node'] };
}
