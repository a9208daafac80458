// npm run diff: what changed in the spec for the callers of the generated client, rated
// major/minor/patch. Exit 0, or 1 when --fail-on is reached, or 2 on bad input.
//   tsx scripts/diff.ts [--base <spec file | git ref>] [--head <spec file>] [--json | --markdown] [--fail-on major|minor|patch]
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  compareSpecs,
  DiffInputError,
  formatJson,
  formatMarkdown,
  formatText,
  loadFile,
  loadSide,
  operationLabels,
  reaches,
  type Level,
} from '../generator/diff/index.js';
import { isEntryPoint } from '../generator/entry-point.js';

const USAGE = 'usage: npm run diff -- [--base <spec root file | git ref>] [--head <spec root file>] [--json | --markdown] [--fail-on major|minor|patch]';
const FAIL_LEVELS: readonly Level[] = ['major', 'minor', 'patch'];

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export async function main(argv: string[], io: Io = processIo, cwd = process.cwd()): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        base: { type: 'string', default: 'HEAD' },
        head: { type: 'string', default: 'spec/openapi.yaml' },
        json: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.err(`error: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const failOn = values['fail-on'] as Level | undefined;
  if (failOn !== undefined && !FAIL_LEVELS.includes(failOn)) {
    io.err(`error: --fail-on ${failOn}: expected major, minor or patch\n${USAGE}\n`);
    return 2;
  }
  if (values.json && values.markdown) {
    io.err(`error: --json and --markdown exclude each other\n${USAGE}\n`);
    return 2;
  }

  const headPath = values.head!;
  const basePath = values.base!;
  try {
    io.err(`Comparing ${basePath} with ${headPath}…\n`);
    const head = await loadFile(path.resolve(cwd, headPath), headPath);
    const base = await loadSide(basePath, headPath, cwd);
    const { report } = compareSpecs(base, head);
    const labels = operationLabels(base.operations, head.operations);
    const sides = { base: base.label, head: head.label };
    io.out(values.json ? formatJson(report) : values.markdown ? formatMarkdown(report, labels, sides) : formatText(report, labels, sides));
    if (failOn && reaches(report.level, failOn)) {
      io.err(`The change is ${report.level}: it reaches --fail-on ${failOn}.\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof DiffInputError)) throw error;
    io.err(`error: ${error.message}\n`);
    return 2;
  }
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
