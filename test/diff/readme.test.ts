// The README's table of the change report's rules is the rule set itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../generator/diff/index.js';
import { root } from '../support/spec.js';

test('the README lists every rule of npm run diff with its level and whether the compiler sees it', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const table = /<!-- diff-rules:start -->\n([^]*?)<!-- diff-rules:end -->/.exec(readme)![1]!;
  const rows = table
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((row) => row.split(' | ').map((cell) => cell.replace(/^\| /, '')));
  expect(rows.map(([kind, level, sees]) => [kind, level, sees])).toEqual(
    RULES.map((r) => [`\`${r.kind}\``, r.level, r.level === 'major' ? (r.compilerSees ? 'yes' : '**no**') : '']),
  );
});
