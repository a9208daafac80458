// `npm run lint`: Redocly's linter, as a library, with the rules of redocly.yaml. Any problem, error
// or warning, fails the run: the spec is kept at zero.
//   npm run lint -- [--spec spec/openapi.yaml]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblems, getTotals, lint, loadConfig, type NormalizedProblem } from '@redocly/openapi-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function lintProblems(spec: string): Promise<NormalizedProblem[]> {
  const config = await loadConfig({ configPath: path.join(root, 'redocly.yaml') });
  return lint({ ref: path.resolve(spec), config });
}

/** Lints and reports; true when there is nothing to report. */
export async function lintSpec(spec: string): Promise<boolean> {
  const problems = await lintProblems(spec);
  const totals = getTotals(problems);
  if (problems.length === 0) {
    console.log(`${spec}: no problems (Redocly recommended rules and redocly.yaml).`);
    return true;
  }
  formatProblems(problems, { format: 'codeframe', totals, color: process.stdout.isTTY, maxProblems: 200 });
  console.error(`${spec}: ${totals.errors} errors, ${totals.warnings} warnings. Both fail the lint.`);
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { spec: { type: 'string', default: 'spec/openapi.yaml' } } });
  process.exitCode = (await lintSpec(values.spec!)) ? 0 : 1;
}
