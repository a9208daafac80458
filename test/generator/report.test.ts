// What generate refuses and what it only warns about, and what it prints: the project's lint keeps
// every strict rule, while another document is refused only for what stops a correct client.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lintProblems } from '../../scripts/lint.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';
import { fixtureCopy, petstore, run } from './cli.js';

const ambiguous = path.join(root, 'test/fixtures/ambiguous-paths/openapi.yaml');
const shownAmbiguous = path.relative(process.cwd(), ambiguous);

describe('lint opinions are not validity', () => {
  test('identically templated and ambiguous paths with distinct methods generate, with warnings that say where', async () => {
    const out = path.join(scratch, 'ambiguous-out');
    rmSync(out, { recursive: true, force: true });
    const { code, stdout, stderr } = await run(['--spec', ambiguous, '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`${shownAmbiguous}#/paths/~1repos~1{org}~1{team}: warning: `);
    expect(stderr).toMatch(/#\/paths\/~1repos~1\{org\}~1\{team\}: warning: .*differs only by path parameter name.* \(no-identical-paths\)/);
    expect(stderr).toMatch(/#\/paths\/~1orgs~1settings~1\{name\}: warning: .*ambiguous.* \(no-ambiguous-paths\)/);
    expect(stdout).toMatch(/^ {2}3 warnings, printed above/m);
    const client = readFileSync(path.join(out, 'client.ts'), 'utf8');
    for (const method of ['getRepo', 'deleteTeamRepo', 'listOrgHooks', 'getOrgSetting']) expect(client).toContain(`${method}(`);
  });

  test('npm run lint still reports them for the project, where any problem fails the lint', async () => {
    const rules = (await lintProblems(ambiguous)).map((p) => p.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['no-identical-paths', 'no-ambiguous-paths']));
  });

  test('an unknown property is a warning, a value of the wrong type an error', async () => {
    const out = path.join(scratch, 'struct-out');
    rmSync(out, { recursive: true, force: true });
    const extra = fixtureCopy('struct-extra', (dir) => {
      const file = path.join(dir, 'openapi.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('      summary: List pets\n', '      summary: List pets\n      x_internal: true\n'));
    });
    const warned = await run(['--spec', extra, '--out', out]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(/openapi\.yaml#\/paths\/~1pets\/get\/x_internal: warning: Property `x_internal` is not expected here\. \(struct\)/);

    const wrong = fixtureCopy('struct-wrong', (dir) => {
      const file = path.join(dir, 'openapi.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('      tags: [pets]\n', '      tags: pets\n'));
    });
    const refused = await run(['--spec', wrong, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/openapi\.yaml#\/paths\/~1pets\/get\/tags: Expected type `array` but got `string`\.$/m);
  });
});

describe('what generate prints', () => {
  test('counts by kind, the folder, what was added, changed and removed, the time, and no warnings for a clean spec', async () => {
    const out = path.join(scratch, 'printed-out');
    rmSync(out, { recursive: true, force: true });
    const shownOut = path.relative(process.cwd(), out);

    const first = await run(['--spec', petstore, '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const lines = first.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Generated ${shownOut}/ from test/fixtures/petstore/openapi\\.yaml in \\d+(\\.\\d+)? s$`));
    expect(lines[1]).toMatch(/^ {2}4 operations, 3 schemas: \d+ files \(spec 1, types 1, client \d+, runtime \d+, entries 2, validators 2, mock 2, docs 1\)$/);
    expect(lines[2]).toMatch(/^ {2}added (\d+), changed 0, removed 0, unchanged 0$/);

    const second = await run(['--spec', petstore, '--out', out]);
    expect(second.stdout.split('\n')[2]).toMatch(/^ {2}added 0, changed 0, removed 0, unchanged \d+$/);

    writeFileSync(path.join(out, 'client.ts'), '// edited\n');
    const third = await run(['--spec', petstore, '--out', out]);
    expect(third.stdout).toMatch(/^ {2}added 0, changed 1, removed 0, unchanged \d+$/m);
    expect(third.stdout).toMatch(/^ {4}changed: client\.ts$/m);
  });
});
