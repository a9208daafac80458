// npm run release:check, the CI gate: compares the spec with the last release and fails when the
// change needs a bigger bump of info.x-client-package.version than the version shows (a major change
// with a minor bump, any change with no bump, a version that went down, a release without its
// CHANGELOG.md entry). Prints the verdict, the bump needed and the report it rests on.
// Exit 0 (pass), 1 (fail), 2 (bad input: the spec does not load, no history, a shallow clone).
//   tsx scripts/release-check.ts [--spec spec/openapi.yaml] [--changelog CHANGELOG.md]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatText } from '../generator/diff/index.js';
import { checkRelease, ReleaseInputError } from '../generator/release/index.js';
import type { Io } from './release.js';
import { isEntryPoint } from '../generator/entry-point.js';

const USAGE = 'usage: npm run release:check -- [--spec spec/openapi.yaml] [--changelog CHANGELOG.md]';

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
        spec: { type: 'string', default: 'spec/openapi.yaml' },
        changelog: { type: 'string', default: 'CHANGELOG.md' },
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
  try {
    const result = await checkRelease({
      specFile: path.resolve(cwd, values.spec!),
      changelogFile: path.resolve(cwd, values.changelog!),
      specLabel: values.spec!,
      changelogLabel: values.changelog!,
    });
    const { comparison } = result;
    if (comparison && comparison.report.level !== 'none') {
      io.out(`${formatText(comparison.report, comparison.labels, { base: comparison.base.label, head: comparison.head.label })}\n`);
    }
    io.out(`${result.lines.join('\n')}\n`);
    return result.verdict === 'pass' ? 0 : 1;
  } catch (error) {
    if (!(error instanceof ReleaseInputError)) throw error;
    io.err(`error: ${error.message}\n`);
    return 2;
  }
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
