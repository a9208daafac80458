// `npm run lint`: Redocly's linter, as a library, with the rules of redocly.yaml. Any problem, error
// or warning, fails the run: the spec is kept at zero. Files are read as the generator reads them
// (strict UTF-8, `.json` as JSON, nothing fetched), and its rules (valid patterns) apply too.
//   npm run lint -- [--spec spec/openapi.yaml]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createConfig, formatProblems, getTotals, lint, YamlParseError, ResolveError, type NormalizedProblem } from '@redocly/openapi-core';
import { parse as parseYaml } from 'yaml';
import { located, SpecError } from '../generator/errors.js';
import { GENERATOR_PLUGIN } from '../generator/spec.js';
import { LocalFileResolver } from '../generator/source.js';
import { isEntryPoint } from '../generator/entry-point.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every problem Redocly finds; a root file that cannot be read at all is a SpecError instead. */
export async function lintProblems(spec: string): Promise<NormalizedProblem[]> {
  const configPath = path.join(root, 'redocly.yaml');
  // The generator's own rules join those of redocly.yaml (which Redocly's CLI reads too, without them).
  const raw = parseYaml(readFileSync(configPath, 'utf8')) as { rules?: Record<string, unknown> };
  const config = await createConfig({ ...raw, rules: { ...raw.rules, 'generator/valid-pattern': 'error' } }, { configPath, plugins: [GENERATOR_PLUGIN] });
  const ref = path.resolve(spec);
  const resolver = new LocalFileResolver();
  try {
    await resolver.resolveDocument(null, ref, true);
  } catch (error) {
    if (error instanceof YamlParseError) throw new SpecError([located(ref, error.message.replace(/\s*\(\d+:\d+\)$/, ''), { line: error.line, col: error.col })]);
    if (error instanceof ResolveError) throw new SpecError([error.message]);
    throw error;
  }
  return lint({ ref, config, externalRefResolver: resolver });
}

/** Lints and reports; true when there is nothing to report. */
export async function lintSpec(spec: string): Promise<boolean> {
  let problems: NormalizedProblem[];
  try {
    problems = await lintProblems(spec);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    console.error(error.problems.join('\n'));
    return false;
  }
  const totals = getTotals(problems);
  if (problems.length === 0) {
    console.log(`${spec}: no problems (Redocly recommended rules and redocly.yaml).`);
    return true;
  }
  formatProblems(problems, { format: 'codeframe', totals, color: process.stdout.isTTY, maxProblems: 200 });
  console.error(`${spec}: ${totals.errors} errors, ${totals.warnings} warnings. Both fail the lint.`);
  return false;
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({ options: { spec: { type: 'string', default: 'spec/openapi.yaml' } } });
  process.exitCode = (await lintSpec(values.spec!)) ? 0 : 1;
}
