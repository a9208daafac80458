// Generated files diff line by line: no generated line is longer than MAX_LINE, except the few listed
// below with their reason, and a one-line spec edit changes a few lines of each file it touches.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getLocation } from 'jsonc-parser';
import { editedSpec } from '../diff/support.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';

const MAX_LINE = 2_000;

/**
 * Lines allowed to be longer, by file and the JSON pointer of the value on that line. A JSON string
 * cannot span lines; these hold the spec's introduction, whose lines live in spec/openapi.yaml,
 * where a change to it diffs line by line, and generated/docs/openapi.yaml, where it is a block.
 */
const EXCEPTIONS: { file: string; pointer: string; reason: string }[] = [
  { file: 'openapi.json', pointer: '#/info/description', reason: 'the introduction, one JSON string (the bundled spec is JSON for every tool that reads it)' },
  { file: 'mock/openapi.json', pointer: '#/info/description', reason: 'the introduction, one JSON string (the spec as Prism reads it)' },
];

const generatedDir = path.join(root, 'generated');

function generatedFiles(dir: string): string[] {
  return (JSON.parse(readFileSync(path.join(dir, '.generated-manifest.json'), 'utf8')) as { files: string[] }).files;
}

interface LongLine {
  file: string;
  line: number;
  length: number;
  /** For JSON: the pointer of the value on that line. */
  pointer?: string;
}

function longLines(dir: string): LongLine[] {
  const found: LongLine[] = [];
  for (const file of generatedFiles(dir)) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    let offset = 0;
    text.split('\n').forEach((line, i) => {
      if (line.length > MAX_LINE) {
        const pointer = file.endsWith('.json')
          ? `#${getLocation(text, offset + line.length - 2).path.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`
          : undefined;
        found.push({ file, line: i + 1, length: line.length, ...(pointer ? { pointer } : {}) });
      }
      offset += line.length + 1;
    });
  }
  return found;
}

test(`no line of generated/ is over ${MAX_LINE.toLocaleString('en')} characters, but the listed exceptions`, () => {
  const long = longLines(generatedDir);
  const unexplained = long.filter((l) => !EXCEPTIONS.some((e) => e.file === l.file && e.pointer === l.pointer));
  expect(unexplained).toEqual([]);
});

test('every exception is still needed', () => {
  const long = longLines(generatedDir);
  const unused = EXCEPTIONS.filter((e) => !long.some((l) => l.file === e.file && l.pointer === e.pointer));
  expect(unused).toEqual([]);
});

test('every generated file is multi-line', () => {
  const single = generatedFiles(generatedDir).filter((file) => readFileSync(path.join(generatedDir, file), 'utf8').trimEnd().split('\n').length < 3);
  expect(single).toEqual([]);
});

describe('a one-line spec edit', () => {
  const out = path.join(scratch, 'reviewable');
  let changed: Map<string, { added: number; removed: number }>;

  beforeAll(() => {
    // A description and one property's type: a documentation edit and a code edit.
    const spec = editedSpec('reviewable', [
      { file: 'paths/campaign.yaml', set: '/get/description', value: 'Reads one campaign, by its ID.' },
      { file: 'components/schemas/CampaignLimits.yaml', set: '/properties/Daily/description', value: 'The most messages a campaign sends to one endpoint in a day.' },
    ]);
    const generate = (specFile: string, dir: string) => {
      const result = spawnSync(process.execPath, [path.join(root, 'generator/cli.mjs'), '--spec', specFile, '--out', dir], { cwd: root, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(result.stderr);
    };
    spawnSync('rm', ['-rf', out]);
    generate(path.join(root, 'spec/openapi.yaml'), path.join(out, 'before'));
    generate(spec, path.join(out, 'after'));
    const numstat = spawnSync('git', ['diff', '--no-index', '--numstat', path.join(out, 'before'), path.join(out, 'after')], { encoding: 'utf8' }).stdout;
    changed = new Map(
      numstat
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          // `…/{before => after}/docs/openapi.yaml`
          const [added, removed, name] = line.split('\t');
          return [name!.replace(/^.*\{before => after\}\//, ''), { added: Number(added), removed: Number(removed) }];
        }),
    );
  });

  test('changes a few lines of each file it touches, and keeps the long-line rule', () => {
    expect(changed.size).toBeGreaterThan(0);
    for (const [file, { added, removed }] of changed) expect({ file, lines: Math.max(added, removed) <= 6 }).toEqual({ file, lines: true });
    expect(longLines(path.join(out, 'after')).filter((l) => !EXCEPTIONS.some((e) => e.file === l.file && e.pointer === l.pointer))).toEqual([]);
  });
});
