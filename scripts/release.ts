// npm run release: bumps info.x-client-package.version by the level of the change report between
// the last release and the working tree's spec, writes the entry in CHANGELOG.md from that report,
// and regenerates generated/. Exit 0; 1 when there is nothing to release or generation fails;
// 2 on bad input (the spec does not load, no history to find the last release in, a bad option).
//   tsx scripts/release.ts [--dry-run] [--date YYYY-MM-DD] [--spec spec/openapi.yaml] [--changelog CHANGELOG.md] [--out generated]
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatText } from '../generator/diff/index.js';
import { failureMessage, generateAll } from '../generator/index.js';
import { checkOutputFolder, writeOutput } from '../generator/output.js';
import { NothingToRelease, planRelease, ReleaseInputError, type ReleasePlan } from '../generator/release/index.js';
import { isEntryPoint } from '../generator/entry-point.js';

const USAGE = 'usage: npm run release -- [--dry-run] [--date YYYY-MM-DD] [--spec spec/openapi.yaml] [--changelog CHANGELOG.md] [--out generated]';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Today in UTC, as the changelog writes dates. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function validDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
}

export async function main(argv: string[], io: Io = processIo, cwd = process.cwd()): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'dry-run': { type: 'boolean', default: false },
        date: { type: 'string' },
        spec: { type: 'string', default: 'spec/openapi.yaml' },
        changelog: { type: 'string', default: 'CHANGELOG.md' },
        out: { type: 'string', default: 'generated' },
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
  const date = values.date ?? today();
  if (!validDate(date)) {
    io.err(`error: --date ${date}: expected a date YYYY-MM-DD\n${USAGE}\n`);
    return 2;
  }
  const specLabel = values.spec!;
  const changelogLabel = values.changelog!;
  const outLabel = values.out!;
  const specFile = path.resolve(cwd, specLabel);
  const changelogFile = path.resolve(cwd, changelogLabel);
  const outDir = path.resolve(cwd, outLabel);

  let plan: ReleasePlan;
  try {
    plan = await planRelease({ specFile, changelogFile, date, specLabel, changelogLabel });
  } catch (error) {
    if (error instanceof NothingToRelease) {
      io.err(`${error.message}\nNo release: nothing was written.\n`);
      return 1;
    }
    if (error instanceof ReleaseInputError) {
      io.err(`error: ${error.message}\nNo release: nothing was written.\n`);
      return 2;
    }
    throw error;
  }

  const { package: pkg, last, level, next, comparison } = plan;
  io.out(`${pkg.name} ${pkg.version} → ${next} (${level}), since the release of ${last.version} at ${last.commit.slice(0, 12)}.\n\n`);
  io.out(formatText(comparison.report, comparison.labels, { base: comparison.base.label, head: comparison.head.label }));
  if (values['dry-run']) {
    io.out(
      `\nDry run, nothing written. A release would:\n` +
        `  - set info.x-client-package.version in ${specLabel} to ${next}\n` +
        `  - add this entry to ${changelogLabel}${plan.changelog.before === undefined ? ' (a new file)' : ''}:\n\n` +
        `${plan.entry.replace(/^(?=.)/gm, '    ')}\n` +
        `  - regenerate ${outLabel}/ from the spec\n`,
    );
    return 0;
  }

  // Refused before anything is written, when the folder alone is enough to say so.
  try {
    await checkOutputFolder(outDir, { spec: specFile });
  } catch (error) {
    io.err(`${failureMessage(error, false, outDir)}\nNo release: nothing was written.\n`);
    return 1;
  }
  const restore = () => {
    writeFileSync(specFile, plan.spec.before);
    if (plan.changelog.before === undefined) rmSync(changelogFile, { force: true });
    else writeFileSync(changelogFile, plan.changelog.before);
  };
  writeFileSync(specFile, plan.spec.after);
  writeFileSync(changelogFile, plan.changelog.after);
  let changed: number;
  try {
    const generation = await generateAll(specFile);
    const written = await writeOutput(outDir, generation.files, { spec: specFile, specFiles: generation.specFiles });
    changed = written.added.length + written.changed.length + written.removed.length;
  } catch (error) {
    restore();
    io.err(`${failureMessage(error, false, outDir)}\nNo release: ${specLabel} and ${changelogLabel} are as they were.\n`);
    return 1;
  }
  io.out(
    `\nReleased ${pkg.name} ${next}:\n` +
      `  - ${specLabel}: info.x-client-package.version ${pkg.version} → ${next}\n` +
      `  - ${changelogLabel}: the ${next} entry${plan.changelog.before === undefined ? ' (a new file)' : ''}\n` +
      `  - ${outLabel}/: regenerated (${changed} ${changed === 1 ? 'file' : 'files'} changed)\n` +
      `Review the diff, then commit it as the release: git add ${specLabel} ${changelogLabel} ${outLabel} && git commit -m "Release ${next}"\n`,
  );
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
