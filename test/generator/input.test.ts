// Invalid input: every case ends as `file[:line:col][#pointer]: reason` lines, exit 1, no stack
// trace, and an output folder exactly as it was. `npm run lint` reads the files the same way.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emitStep, failureMessage, GeneratorFailure } from '../../generator/index.js';
import { lintProblems, lintSpec } from '../../scripts/lint.js';
import { jest } from '@jest/globals';
import { scratch } from '../support/tsc.js';
import { fixtureCopy, petstore, run, snapshot, STACK_TRACE, type RunResult } from './cli.js';

const out = path.join(scratch, 'input-untouched');
let before: Record<string, string>;

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  expect((await run(['--spec', petstore, '--out', out])).code).toBe(0);
  writeFileSync(path.join(out, 'notes.txt'), 'a user file\n');
  before = snapshot(out);
});

afterEach(() => expect(snapshot(out)).toEqual(before));

/** The spec folder of a copy, relative to the working directory as the messages print it. */
const shown = (spec: string, file = 'openapi.yaml') => path.relative(process.cwd(), path.join(path.dirname(spec), file));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A refusal as the task asks for it: exit 1, located lines, no stack trace, output unchanged. */
function expectRefused(result: RunResult, ...lines: RegExp[]): void {
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(STACK_TRACE);
  for (const line of lines) expect(result.stderr).toMatch(line);
  expect(result.stderr).toMatch(/Nothing was written: .* is unchanged\.$/);
  expect(result.code).toBe(1);
}

/** Everything `lint` prints, through console or straight to the streams (Redocly's code frames), and checks what it returned. */
async function printedBy(lint: () => Promise<boolean>, expected: boolean): Promise<string> {
  const printed: string[] = [];
  const collect = (...parts: unknown[]) => void printed.push(parts.map(String).join(' '));
  const spies = [
    jest.spyOn(console, 'error').mockImplementation(collect),
    jest.spyOn(console, 'log').mockImplementation(collect),
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (collect(chunk), true)),
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (collect(chunk), true)),
  ];
  try {
    expect(await lint()).toBe(expected);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return printed.join('\n');
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('a spec path', () => {
  test('that does not exist', async () => {
    const missing = path.join(scratch, 'specs', 'nowhere', 'openapi.yaml');
    expectRefused(await run(['--spec', missing, '--out', out]), new RegExp(`^${escape(path.relative(process.cwd(), missing))}: no such file$`, 'm'));
  });

  test('that is a folder', async () => {
    const folder = path.dirname(fixtureCopy('spec-is-folder'));
    expectRefused(await run(['--spec', folder, '--out', out]), new RegExp(`^${escape(path.relative(process.cwd(), folder))}: is a folder, not a file$`, 'm'));
  });
});

describe('encodings', () => {
  test('a UTF-16 root file (with a byte order mark)', async () => {
    const spec = fixtureCopy('utf16-root', (dir) => {
      const text = readFileSync(path.join(dir, 'openapi.yaml'), 'utf8');
      writeFileSync(path.join(dir, 'openapi.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    });
    expectRefused(await run(['--spec', spec, '--out', out]), new RegExp(`^${escape(shown(spec))}:1:1: UTF-16LE \\(byte order mark FF FE\\); save it as UTF-8$`, 'm'));
  });

  test('a UTF-16 file that the spec references, big-endian', async () => {
    const spec = fixtureCopy('utf16-ref', (dir) => {
      const text = readFileSync(path.join(dir, 'schemas/Pet.yaml'), 'utf8');
      const le = Buffer.from(`\ufeff${text}`, 'utf16le');
      writeFileSync(path.join(dir, 'schemas/Pet.yaml'), le.swap16());
    });
    expectRefused(await run(['--spec', spec, '--out', out]), new RegExp(`^${escape(shown(spec, 'schemas/Pet.yaml'))}:1:1: UTF-16BE \\(byte order mark FE FF\\); save it as UTF-8$`, 'm'));
  });

  test('UTF-16 without a byte order mark', async () => {
    const spec = fixtureCopy('utf16-no-bom', (dir) => {
      writeFileSync(path.join(dir, 'schemas/Pet.yaml'), Buffer.from(readFileSync(path.join(dir, 'schemas/Pet.yaml'), 'utf8'), 'utf16le'));
    });
    expectRefused(await run(['--spec', spec, '--out', out]), new RegExp(`^${escape(shown(spec, 'schemas/Pet.yaml'))}:1:2: a NUL byte`, 'm'));
  });

  test('invalid UTF-8 names the line and column of the first bad byte, never turned into U+FFFD', async () => {
    const spec = fixtureCopy('latin1', (dir) => {
      const file = path.join(dir, 'schemas/Pet.yaml');
      const text = readFileSync(file, 'utf8').replace('  name:\n    type: string\n', '  name:\n    type: string\n    description: Caf\u00e9 pet\n');
      writeFileSync(file, Buffer.from(text, 'latin1'));
    });
    const lines = readFileSync(path.join(path.dirname(spec), 'schemas/Pet.yaml'), 'latin1').split('\n');
    const line = lines.findIndex((l) => l.includes('Caf')) + 1;
    expectRefused(
      await run(['--spec', spec, '--out', out]),
      new RegExp(`^${escape(shown(spec, 'schemas/Pet.yaml'))}:${line}:21: not valid UTF-8 \\(byte E9\\)`, 'm'),
    );
  });

  test('a UTF-8 byte order mark is fine', async () => {
    const spec = fixtureCopy('utf8-bom', (dir) => {
      const file = path.join(dir, 'schemas/Pet.yaml');
      writeFileSync(file, `\ufeff${readFileSync(file, 'utf8')}`);
    });
    const dir = path.join(scratch, 'input-bom-out');
    rmSync(dir, { recursive: true, force: true });
    expect((await run(['--spec', spec, '--out', dir])).code).toBe(0);
  });
});

describe('JSON files are read as JSON', () => {
  /** The petstore with its 201 example moved into a JSON file. */
  const withJsonExample = (name: string, json: string) =>
    fixtureCopy(name, (dir) => {
      mkdirSync(path.join(dir, 'examples'));
      writeFileSync(path.join(dir, 'examples/rex.json'), json);
      edit(path.join(dir, 'openapi.yaml'), (text) =>
        text.replace(
          "          description: The new pet.\n          content:\n            application/json:\n              schema:\n                $ref: './schemas/Pet.yaml'\n",
          "          description: The new pet.\n          content:\n            application/json:\n              schema:\n                $ref: './schemas/Pet.yaml'\n              examples:\n                rex:\n                  $ref: './examples/rex.json'\n",
        ),
      );
    });

  test('a valid JSON example file is used', async () => {
    const spec = withJsonExample('json-ok', '{\n  "summary": "Rex",\n  "value": { "id": 1, "name": "Rex" }\n}\n');
    const dir = path.join(scratch, 'input-json-out');
    rmSync(dir, { recursive: true, force: true });
    expect((await run(['--spec', spec, '--out', dir])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'openapi.json'), 'utf8')).toContain('"summary": "Rex"');
  });

  test('a trailing comma, accepted by YAML, is refused with its line and column, in generate and in lint', async () => {
    const spec = withJsonExample('json-trailing-comma', '{\n  "summary": "Rex",\n  "value": { "id": 1, "name": "Rex" },\n}\n');
    const located = new RegExp(`^${escape(shown(spec, 'examples/rex.json'))}:4:1: not valid JSON: `, 'm');
    expectRefused(await run(['--spec', spec, '--out', out]), located);

    const printed = await printedBy(() => lintSpec(spec), false);
    expect(printed).toMatch(/rex\.json.*\n(.*\n)*.*not valid JSON/);
    const problems = await lintProblems(spec);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/not valid JSON/);
  });
});

describe('YAML', () => {
  test('a broken root file is one located line, not a stack and an object dump', async () => {
    const spec = fixtureCopy('broken-root', (dir) => edit(path.join(dir, 'openapi.yaml'), (text) => text.replace('info:\n', 'info: [\n')));
    const result = await run(['--spec', spec, '--out', out]);
    expectRefused(result, new RegExp(`^${escape(shown(spec))}:\\d+:\\d+: `, 'm'));
    expect(result.stderr.split('\n').length).toBeLessThanOrEqual(3);
  });

  test('a broken referenced file names its line and column', async () => {
    const spec = fixtureCopy('broken-ref', (dir) => writeFileSync(path.join(dir, 'schemas/Pet.yaml'), 'type: object\nproperties:\n  id: [integer\n'));
    expectRefused(await run(['--spec', spec, '--out', out]), new RegExp(`^${escape(shown(spec, 'schemas/Pet.yaml'))}:\\d+:\\d+: `, 'm'));
  });

  test('npm run lint reports a broken root file instead of throwing', async () => {
    const spec = fixtureCopy('broken-root-lint', (dir) => edit(path.join(dir, 'openapi.yaml'), (text) => text.replace('info:\n', 'info: [\n')));
    const printed = await printedBy(() => lintSpec(spec), false);
    expect(printed).toMatch(new RegExp(`${escape(shown(spec))}:\\d+:\\d+: `));
    expect(printed).not.toMatch(STACK_TRACE);
  });
});

describe('references', () => {
  test('a cycle of $refs that never reaches a schema names the cycle', async () => {
    const spec = fixtureCopy('ref-cycle', (dir) =>
      edit(path.join(dir, 'openapi.yaml'), (text) =>
        text.replace('  schemas:\n', "  schemas:\n    Loop:\n      $ref: '#/components/schemas/Knot'\n    Knot:\n      $ref: '#/components/schemas/Loop'\n"),
      ),
    );
    expectRefused(
      await run(['--spec', spec, '--out', out]),
      new RegExp(`^${escape(shown(spec))}#/components/schemas/(Loop|Knot): circular \\$ref that never reaches a value: .*#/components/schemas/Knot .*#/components/schemas/Loop`, 'm'),
    );
  });

  test('a cycle across files', async () => {
    const spec = fixtureCopy('ref-cycle-files', (dir) => {
      writeFileSync(path.join(dir, 'schemas/Pet.yaml'), "$ref: './NewPet.yaml'\n");
      writeFileSync(path.join(dir, 'schemas/NewPet.yaml'), "$ref: './Pet.yaml'\n");
    });
    expectRefused(await run(['--spec', spec, '--out', out]), /schemas\/(Pet|NewPet)\.yaml: circular \$ref that never reaches a value/m);
  });

  test('a recursive schema is not a cycle: it generates', async () => {
    const spec = fixtureCopy('recursive-schema', (dir) =>
      edit(path.join(dir, 'schemas/Pet.yaml'), (text) => `${text}  children:\n    type: array\n    items:\n      $ref: './Pet.yaml'\n`),
    );
    const dir = path.join(scratch, 'input-recursive-out');
    rmSync(dir, { recursive: true, force: true });
    expect((await run(['--spec', spec, '--out', dir])).code).toBe(0);
  });

  test('a remote $ref in a schema is refused where it stands, never fetched', async () => {
    const spec = fixtureCopy('remote-ref', (dir) =>
      edit(path.join(dir, 'openapi.yaml'), (text) => text.replace("$ref: './schemas/NewPet.yaml'", "$ref: 'https://schemas.example.com/NewPet.yaml'")),
    );
    expectRefused(
      await run(['--spec', spec, '--out', out]),
      new RegExp(
        `^${escape(shown(spec))}#/paths/~1pets/post/requestBody/content/application~1json/schema: Can't resolve \\$ref: https://schemas\\.example\\.com/NewPet\\.yaml is remote; the generator reads local files only`,
        'm',
      ),
    );
  });
});

describe('patterns', () => {
  test('an invalid regular expression names the schema and the reason', async () => {
    const spec = fixtureCopy('bad-pattern', (dir) => edit(path.join(dir, 'schemas/Pet.yaml'), (text) => text.replace('  name:\n    type: string\n', "  name:\n    type: string\n    pattern: '[a-z'\n")));
    expectRefused(
      await run(['--spec', spec, '--out', out]),
      new RegExp(`^${escape(shown(spec, 'schemas/Pet.yaml'))}#/properties/name/pattern: invalid regular expression /\\[a-z/u: Unterminated character class$`, 'm'),
    );
  });

  test('one that only the u flag rejects, as ajv compiles it', async () => {
    const spec = fixtureCopy('u-pattern', (dir) => edit(path.join(dir, 'openapi.yaml'), (text) => text.replace('            enum: [available, sold]\n', () => "            pattern: '^\\-?[a-z]+$'\n")));
    expectRefused(
      await run(['--spec', spec, '--out', out]),
      new RegExp(`^${escape(shown(spec))}#/paths/~1pets/get/parameters/0/schema/pattern: invalid regular expression /\\^\\\\-\\?\\[a-z\\]\\+\\$/u: Invalid escape$`, 'm'),
    );
  });

  test('a pattern property name too', async () => {
    const spec = fixtureCopy('bad-pattern-property', (dir) =>
      edit(path.join(dir, 'openapi.yaml'), (text) => text.replace('openapi: 3.0.3', 'openapi: 3.1.0').replace("      required: [message]\n", "      required: [message]\n      patternProperties:\n        '(unclosed': {type: string}\n")),
    );
    expectRefused(await run(['--spec', spec, '--out', out]), /openapi\.yaml#\/components\/schemas\/Problem\/patternProperties\/\(unclosed: invalid regular expression/m);
  });
});

describe('the errata file', () => {
  const withErrata = (name: string, errata: string) => fixtureCopy(name, (dir) => writeFileSync(path.join(dir, 'errata.yaml'), errata));

  test('an entry with a bad field names the entry, the field, its line and column', async () => {
    const spec = withErrata(
      'errata-bad-kind',
      ['entries:', '  - example: null', '    source: the docs', '    repairs:', '      - at: /Name', '        kind: typo', '        change: a -> b', ''].join('\n'),
    );
    expectRefused(
      await run(['--spec', spec, '--out', out]),
      new RegExp(`^${escape(shown(spec, 'errata.yaml'))}:6:15#/entries/0/repairs/0/kind: "typo" is not one of contradiction, ocr, placeholder, syntax$`, 'm'),
      new RegExp(`^${escape(shown(spec, 'errata.yaml'))}:5:9#/entries/0/repairs/0: missing field "reason"$`, 'm'),
    );
  });

  test('an entry whose example file does not exist', async () => {
    const spec = withErrata('errata-missing-example', ['entries:', '  - example: examples/none.json', '    repairs: []', ''].join('\n'));
    expectRefused(await run(['--spec', spec, '--out', out]), /errata\.yaml:2:14#\/entries\/0\/example: examples\/none\.json does not exist/m);
  });

  test('broken YAML', async () => {
    const spec = withErrata('errata-broken', 'entries:\n  - example: [\n');
    expectRefused(await run(['--spec', spec, '--out', out]), /errata\.yaml:\d+:\d+: /m);
  });

  test('not a list of entries', async () => {
    const spec = withErrata('errata-shape', 'entries: 5\n');
    expectRefused(await run(['--spec', spec, '--out', out]), /errata\.yaml:1:10#\/entries: must be a list/m);
  });
});

describe('a failure inside an emitter', () => {
  test('ends as one located line and a hint; --debug adds the stack', async () => {
    const failure = await emitStep('types.ts', 'spec/openapi.yaml', () => {
      throw new TypeError("Cannot read properties of undefined (reading 'name')\n    at somewhere");
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GeneratorFailure);
    const message = failureMessage(failure, false);
    expect(message.split('\n')).toEqual([
      "spec/openapi.yaml: generating types.ts failed: TypeError: Cannot read properties of undefined (reading 'name')",
      expect.stringMatching(/^hint: .*bug in the generator.*--debug/),
    ]);
    expect(failureMessage(failure, true)).toMatch(/TypeError: Cannot read properties.*\n\s+at /);
  });
});
