// generator/print.ts prints ts-morph structures without ts-morph (and its TypeScript compiler): its
// output must be ts-morph's, byte for byte, for every structure and field the emitters may give it,
// and the generator must not load ts-morph.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StatementStructures, WriterFunction } from 'ts-morph';
import { appendCommaPos, printStatements, StructureKind, VariableDeclarationKind, type Statement } from '../../generator/print.js';
import { root } from '../support/spec.js';

const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');

/** What the generator printed with before: ts-morph, with the same settings. */
function tsMorphPrint(statements: readonly Statement[]): string {
  const project = new tsMorph.Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: tsMorph.IndentationText.TwoSpaces,
      newLineKind: tsMorph.NewLineKind.LineFeed,
      quoteKind: tsMorph.QuoteKind.Double,
    },
  });
  return project.createSourceFile('print.ts', { statements: [...statements] as (string | WriterFunction | StatementStructures)[] }).getFullText();
}

const blankLine: WriterFunction = (writer) => void writer.blankLineIfLastNot();

const cases: Record<string, Statement[]> = {
  'imports and exports': [
    '// header\n',
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './types.js', isTypeOnly: true, namedImports: ['operations', 'paths'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './a.js', namedImports: ['x', 'type Y', { name: 'z', alias: 'w' }, { name: 'v', isTypeOnly: true }] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './b.js', defaultImport: 'b', namespaceImport: 'all' },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './c.js', defaultImport: 'c', namedImports: ['d'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './side-effect.js' },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./quote'd.js", namedImports: (writer) => void writer.write('fromWriter') },
    blankLine,
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './runtime/errors.js', namedExports: ['A', 'B'] },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './runtime/call.js', isTypeOnly: true, namedExports: ['C'] },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './all.js' },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './ns.js', namespaceExport: 'ns' },
    { kind: StructureKind.ExportDeclaration },
    { kind: StructureKind.ExportDeclaration, namedExports: ['local'] },
    blankLine,
    { kind: StructureKind.ExportDeclaration, namedExports: ['a /* one */', 'b // two\n', 'c,', '`t${x}`', "'s'", '  '] },
  ],
  'variables and type aliases': [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Where the service is.'],
      declarations: [{ name: 'service', type: 'ServiceInfo', initializer: '{ "server": { "url": "https://example.com/{a}" } }' }],
    },
    { kind: StructureKind.VariableStatement, declarations: [{ name: 'a', initializer: '1' }, { name: 'b', type: 'number' }, { name: 'c', hasExclamationToken: true, type: 'string' }] },
    { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Var, declarations: [{ name: 'multi', initializer: '{\na: 1,\nb: `x\n  y`,\n}' }] },
    { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: 'w', initializer: (writer) => void writer.write('f(').inlineBlock(() => void writer.writeLine('x;')).write(')') }] },
    { kind: StructureKind.TypeAlias, name: 'A', isExported: true, type: 'components["schemas"]["A"]', docs: ['One line.'] },
    { kind: StructureKind.TypeAlias, name: 'B', type: 'string | number', docs: ['Two\nlines, and a blank one:\n\nthere.'] },
    { kind: StructureKind.TypeAlias, name: 'C', typeParameters: ['T', { name: 'U', constraint: 'keyof T', default: 'never' }], type: 'T[U]', docs: ['\nStarts with a new line.'] },
    { kind: StructureKind.TypeAlias, name: 'D', type: '{\n  a: string;\n}', docs: [{ description: 'From a structure.' }, { description: (writer) => void writer.write('From a writer.') }] },
    { kind: StructureKind.TypeAlias, name: 'E', type: 'unknown', docs: ['Has */ inside: \\*/ escaped upstream', 'A second comment.'] },
  ],
  'functions': [
    {
      kind: StructureKind.Function,
      name: 'getApps',
      isExported: true,
      docs: ['Lists apps.\n\n@returns HTTP 200: OK\n@throws {NotFound} HTTP 404: missing'],
      parameters: [
        { name: 'connection', type: 'Connection' },
        { name: 'input', type: 'GetAppsInput', initializer: '{}' },
        { name: 'options', type: 'CallOptions', hasQuestionToken: true },
      ],
      returnType: 'Promise<GetAppsOutput>',
      statements: 'return callOperation<GetAppsOutput>(connection, getAppsOperation, input, options);',
    },
    { kind: StructureKind.Function, name: 'untyped', parameters: [{ name: 'a', hasQuestionToken: true }, { name: 'rest', isRestParameter: true, type: 'string[]' }] },
    { kind: StructureKind.Function, name: 'declared', hasDeclareKeyword: true, isExported: true, returnType: 'void' },
    { kind: StructureKind.Function, name: 'gen', isGenerator: true, isAsync: true, typeParameters: ['T'], statements: ['yield 1;', 'yield 2;'] },
    {
      kind: StructureKind.Function,
      name: 'createClient',
      isExported: true,
      isDefaultExport: false,
      parameters: [{ name: 'options', type: 'Options', initializer: '{}' }],
      statements: [
        'const connection = createConnection(options);',
        { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: 'inner', initializer: '2' }] },
        { kind: StructureKind.Function, name: 'nested', statements: [] },
        'after();',
        (writer) => {
          writer.write('return ').inlineBlock(() => {
            for (const name of ['a', 'b']) {
              writer.writeLine(`/**\n * Calls ${name}.\n */`);
              writer.writeLine(`${name}: bind(${name}, connection),`);
            }
          });
          writer.write(';');
        },
      ],
    },
    { kind: StructureKind.Function, name: 'defaultOne', isDefaultExport: true, statements: 'return "a\\n  b";' },
  ],
  'interfaces and classes': [
    { kind: StructureKind.Interface, name: 'Options', isExported: true, extends: ['TransportOptions'], docs: ['How the client reaches the service.'] },
    { kind: StructureKind.Interface, name: 'Empty' },
    {
      kind: StructureKind.Interface,
      name: 'Input',
      isExported: true,
      typeParameters: [{ name: 'T', constraint: 'object' }],
      extends: ['A<T>', 'B'],
      docs: ["What `m` takes: the spec's own parameter names."],
      properties: [
        { name: 'path', type: 'NonNullable<operations["m"]["parameters"]["path"]>' },
        { name: 'query', hasQuestionToken: true, type: 'X', docs: ['Optional.'] },
        { name: '"quoted-name"', isReadonly: true, type: 'string' },
        { name: 'noType' },
      ],
    },
    { kind: StructureKind.Class, name: 'BadRequest', isExported: true, extends: 'ServiceException', docs: ['The request was not valid. (BadRequest)'], properties: [{ name: 'name', hasOverrideKeyword: true, initializer: '"BadRequest"' }] },
    { kind: StructureKind.Class, name: 'Empty', extends: 'Base' },
    {
      kind: StructureKind.Class,
      name: 'Full',
      isAbstract: true,
      implements: ['I', 'J'],
      typeParameters: ['T'],
      properties: [
        { name: 'a', scope: tsMorph.Scope.Private, isStatic: true, isReadonly: true, type: 'number', initializer: '1', docs: ['A.'] },
        { name: 'b', hasExclamationToken: true, type: 'string' },
        { name: 'c', hasQuestionToken: true, hasExclamationToken: true, type: 'string' },
      ],
    },
    { kind: StructureKind.Class, implements: (writer) => void writer.write('K'), properties: [] },
  ],
  'blank lines between kinds': [
    { kind: StructureKind.TypeAlias, name: 'A', type: '1' },
    { kind: StructureKind.TypeAlias, name: 'B', type: '2' },
    { kind: StructureKind.Interface, name: 'C' },
    { kind: StructureKind.TypeAlias, name: 'D', type: '3' },
    blankLine,
    blankLine,
    { kind: StructureKind.Function, name: 'e' },
    { kind: StructureKind.VariableStatement, declarations: [{ name: 'f' }] },
    'raw();\n\n',
    { kind: StructureKind.Class, name: 'G' },
    '}',
    { kind: StructureKind.VariableStatement, declarations: [{ name: 'h' }] },
  ],
  'trivia': [
    { kind: StructureKind.TypeAlias, name: 'A', type: '1', leadingTrivia: '// before', trailingTrivia: ' // after' },
    { kind: StructureKind.Function, name: 'b', leadingTrivia: ['/* one */', (writer) => void writer.write('// two')], trailingTrivia: '\n' },
    { kind: StructureKind.VariableStatement, declarations: [{ name: 'c', leadingTrivia: '/* c */ ' }, { name: 'd' }] },
  ],
  'empty': [],
  'only text': ['no new line at the end'],
};

describe.each(Object.entries(cases))('%s', (_name, statements) => {
  test("prints what ts-morph prints", () => {
    expect(printStatements(statements)).toBe(tsMorphPrint(statements));
  });
});

test('refuses what it does not print, rather than printing it otherwise', () => {
  expect(() => printStatements([{ kind: StructureKind.Interface, name: 'I', methods: [{ name: 'm' }] }])).toThrow(/Interface\.methods is not supported/);
  expect(() => printStatements([{ kind: tsMorph.StructureKind.Enum, name: 'E' }])).toThrow(/not supported/);
});

test('places commas where TypeScript sees the end of an item', () => {
  const items = ['a', 'a ', 'a // c', 'a /* c */ ', 'a,', 'a, // c', '"x // y"', "'a\\'b' // c", '`a${b}c` /* d */', '`a${ {b: 1}.b }` ', '`unterminated', '"open\n', '', '  ', '// only', 'f(x) /* a */ /* b */'];
  // ts-morph's own function, through the text it gives a list of variable declarations.
  for (const item of items) {
    const list = printStatements([{ kind: StructureKind.VariableStatement, declarations: [{ name: item }, { name: 'z' }] }]);
    expect([item, list]).toEqual([item, tsMorphPrint([{ kind: StructureKind.VariableStatement, declarations: [{ name: item }, { name: 'z' }] }])]);
  }
  expect(appendCommaPos('a /* c */')).toBe(1);
  expect(appendCommaPos('a,')).toBe(-1);
  expect(appendCommaPos(' ')).toBe(-1);
});

test('the generator runs without loading ts-morph, and with one TypeScript compiler', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'print-modules-'));
  try {
    const list = path.join(dir, 'modules.txt');
    const { status, stderr } = spawnSync(process.execPath, ['--require', path.join(root, 'test/support/loaded-modules.cjs'), 'generator/cli.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LOADED_MODULES_FILE: list },
    });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const modules = readFileSync(list, 'utf8').split('\n');
    expect(modules.filter((m) => /[\\/]ts-morph[\\/]|@ts-morph/.test(m))).toEqual([]);
    expect(modules.filter((m) => /[\\/]typescript\.js$/.test(m)).map((m) => path.relative(root, m))).toEqual([path.join('node_modules/typescript/lib/typescript.js')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
