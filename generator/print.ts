// Prints statement structures (ts-morph's shapes: `{ kind: StructureKind.Function, name, … }`) to
// source text in one pass, exactly as ts-morph 28 prints them (`project.createSourceFile(name,
// { statements }).getFullText()`), with the same writer (code-block-writer). ts-morph itself is not
// loaded: it brings a second TypeScript compiler (6.0, besides openapi-typescript's 5.9), about 0.3 s
// and 40 MiB of a run, only to parse text it printed. The printers below follow ts-morph's structure
// printers, for the structures and fields the emitters use; anything else is refused rather than
// printed differently. test/generator/print.test.ts holds the output equal to ts-morph's.
import CodeBlockWriter from 'code-block-writer';
import type {
  ClassDeclarationStructure,
  ExportDeclarationStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  JSDocStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  PropertyDeclarationStructure,
  PropertySignatureStructure,
  StatementStructures,
  StructureKind as StructureKindEnum,
  TypeAliasDeclarationStructure,
  TypeParameterDeclarationStructure,
  VariableDeclarationKind as VariableDeclarationKindEnum,
  VariableDeclarationStructure,
  VariableStatementStructure,
  WriterFunction,
} from 'ts-morph';

type PrintedKind = 'Class' | 'ExportDeclaration' | 'Function' | 'ImportDeclaration' | 'Interface' | 'TypeAlias' | 'VariableStatement';

/** ts-morph's `StructureKind` values, for the statements this printer prints. */
export const StructureKind = {
  Class: 2,
  ExportDeclaration: 11,
  Function: 13,
  ImportDeclaration: 16,
  Interface: 19,
  TypeAlias: 38,
  VariableStatement: 41,
} as unknown as Pick<typeof StructureKindEnum, PrintedKind>;

/** ts-morph's `VariableDeclarationKind` values. */
export const VariableDeclarationKind = { Var: 'var', Let: 'let', Const: 'const' } as unknown as Pick<typeof VariableDeclarationKindEnum, 'Var' | 'Let' | 'Const'>;

export type Statement = string | WriterFunction | StatementStructures;
type TextOrWriter = string | WriterFunction;
type Writer = CodeBlockWriter;

// ts-morph's writer for this project's manipulation settings (two spaces, LF, double quotes) and
// its default format settings (spaces inside non-empty braces).
const WRITER_OPTIONS = { newLine: '\n', indentNumberOfSpaces: 2, useTabs: false, useSingleQuote: false } as const;

export function printStatements(statements: readonly Statement[]): string {
  const writer = new CodeBlockWriter(WRITER_OPTIONS);
  // The source file: a node without trivia, its statements, and a final new line.
  writer.closeComment();
  printStatementList(writer, [...statements]);
  writer.conditionalNewLine(!writer.isAtStartOfFirstLineOfBlock() && !writer.isLastNewLine());
  return writer.toString();
}

// --- what every printer shares (ts-morph's Printer and NodePrinter) ---

function printTextOrWriter(writer: Writer, text: TextOrWriter | undefined): void {
  if (typeof text === 'string') writer.write(text);
  else if (text != null) text(writer);
}

function textOf(writer: Writer, text: TextOrWriter): string {
  const inner = new CodeBlockWriter(writer.getOptions());
  printTextOrWriter(inner, text);
  return inner.toString();
}

const WHITESPACE = new Set([' ', '\f', '\n', '\r', '\t', '\v', '\u00A0', '\u2028', '\u2029'].map((c) => c.charCodeAt(0)));

function isNullOrWhitespace(text: unknown): boolean {
  if (typeof text !== 'string') return true;
  for (let i = 0; i < text.length; i++) if (!WHITESPACE.has(text.charCodeAt(i))) return false;
  return true;
}

interface Trivia {
  leadingTrivia?: TextOrWriter | TextOrWriter[];
  trailingTrivia?: TextOrWriter | TextOrWriter[];
}

/** A node: leading trivia, the node, trailing trivia. */
function printNode<T>(writer: Writer, structure: T, printInternal: (writer: Writer, structure: T) => void): void {
  const { leadingTrivia, trailingTrivia } = (typeof structure === 'object' && structure !== null ? structure : {}) as Trivia;
  if (leadingTrivia) {
    printTrivia(writer, leadingTrivia);
    if (writer.isInComment()) writer.closeComment();
  }
  writer.closeComment();
  printInternal(writer, structure);
  if (trailingTrivia != null) printTrivia(writer, trailingTrivia);
}

function printTrivia(writer: Writer, trivia: TextOrWriter | TextOrWriter[]): void {
  if (!Array.isArray(trivia)) return printTextOrWriter(writer, trivia);
  trivia.forEach((item, i) => {
    printTextOrWriter(writer, item);
    if (i !== trivia.length - 1) writer.newLineIfLastNot();
  });
}

/** Refuses fields this printer does not print, so that nothing is ever printed otherwise than by ts-morph. */
function supported(structure: object, what: string, fields: readonly string[]): void {
  for (const [key, value] of Object.entries(structure)) {
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    if (!fields.includes(key)) throw new Error(`generator/print.ts: ${what}.${key} is not supported`);
  }
}

const NODE = ['kind', 'leadingTrivia', 'trailingTrivia'];
const MODIFIERS = ['isDefaultExport', 'isExported', 'hasDeclareKeyword', 'scope', 'isStatic', 'hasOverrideKeyword', 'isAbstract', 'isAsync', 'isReadonly', 'hasAccessorKeyword'];

interface Modifiers {
  isDefaultExport?: boolean;
  isExported?: boolean;
  hasDeclareKeyword?: boolean;
  scope?: string;
  isStatic?: boolean;
  hasOverrideKeyword?: boolean;
  isAbstract?: boolean;
  isAsync?: boolean;
  isReadonly?: boolean;
  hasAccessorKeyword?: boolean;
}

function printModifiers(writer: Writer, structure: Modifiers): void {
  if (structure.isDefaultExport) writer.write('export default ');
  else if (structure.isExported) writer.write('export ');
  if (structure.hasDeclareKeyword) writer.write('declare ');
  if (structure.scope != null) writer.write(`${structure.scope} `);
  if (structure.isStatic) writer.write('static ');
  if (structure.hasOverrideKeyword) writer.write('override ');
  if (structure.isAbstract) writer.write('abstract ');
  if (structure.isAsync) writer.write('async ');
  if (structure.isReadonly) writer.write('readonly ');
  if (structure.hasAccessorKeyword) writer.write('accessor ');
}

type Docs = (OptionalKind<JSDocStructure> | string | WriterFunction)[] | undefined;

function printDocs(writer: Writer, docs: Docs): void {
  if (docs == null) return;
  for (const doc of docs) {
    printNode(writer, doc, printJsDoc);
    writer.newLine();
  }
}

function printJsDoc(writer: Writer, doc: OptionalKind<JSDocStructure> | string | WriterFunction): void {
  let text: string;
  if (typeof doc === 'string') text = doc;
  else {
    const inner = new CodeBlockWriter(writer.getOptions());
    if (typeof doc === 'function') doc(inner);
    else {
      supported(doc, 'JSDoc', [...NODE, 'description']);
      if (doc.description) printTextOrWriter(inner, doc.description);
    }
    text = inner.toString();
  }
  const lines = text.split(/\r?\n/);
  const startIndex = lines[0]!.length === 0 ? 1 : 0;
  const isSingleLine = lines.length <= 1;
  writer.write('/**');
  if (isSingleLine) writer.space().write(lines[startIndex]!);
  else {
    writer.newLine();
    for (let i = startIndex; i < lines.length; i++) {
      writer.write(' *');
      if (lines[i]!.length > 0) writer.write(` ${lines[i]}`);
      writer.newLine();
    }
  }
  writer.spaceIfLastNot();
  writer.write('*/');
}

/** `: type` (or `separator type`), hanging-indented; `any` when it must be written and is not given. */
function printType(writer: Writer, type: TextOrWriter | undefined, separator: string, alwaysWrite = false): void {
  if (type == null && !alwaysWrite) return;
  const text = textOf(writer, type ?? 'any');
  if (!isNullOrWhitespace(text)) writer.hangingIndent(() => writer.write(`${separator} ${text}`));
}

function printInitializer(writer: Writer, initializer: TextOrWriter | undefined): void {
  if (initializer == null) return;
  const text = textOf(writer, initializer);
  if (!isNullOrWhitespace(text)) {
    writer.hangingIndent(() => {
      writer.spaceIfLastNot();
      writer.write(`= ${text}`);
    });
  }
}

function printTypeParameters(writer: Writer, typeParameters: (OptionalKind<TypeParameterDeclarationStructure> | string)[] | undefined): void {
  if (typeParameters == null || typeParameters.length === 0) return;
  writer.write('<');
  printCommaSeparated(writer, typeParameters, (w, parameter) =>
    printNode(w, parameter, (w2, p) => {
      if (typeof p === 'string') return void w2.write(p);
      supported(p, 'TypeParameter', [...NODE, 'name', 'constraint', 'default']);
      w2.hangingIndent(() => {
        w2.write(p.name);
        if (p.constraint != null) {
          const constraint = textOf(w2, p.constraint);
          if (!isNullOrWhitespace(constraint)) w2.write(` extends ${constraint}`);
        }
        if (p.default != null) {
          const value = textOf(w2, p.default);
          if (!isNullOrWhitespace(value)) w2.write(` = ${value}`);
        }
      });
    }),
  );
  writer.write('>');
}

/**
 * Items separated by spaces, then a comma inserted after each item but the last, before any
 * trailing comment or space of the item (ts-morph's CommaSeparatedStructuresPrinter).
 */
function printCommaSeparated<T>(writer: Writer, items: readonly T[], print: (writer: Writer, item: T) => void): void {
  const commaAt: (number | false)[] = [];
  items.forEach((item, i) => {
    if (i > 0) writer.spaceIfLastNot();
    const start = writer.getLength();
    print(writer, item);
    const pos = appendCommaPos(textSince(writer, start));
    commaAt.push(pos === -1 ? false : pos + start);
  });
  let foundLast = false;
  for (let i = commaAt.length - 1; i >= 0; i--) {
    const pos = commaAt[i]!;
    if (pos === false) continue;
    if (!foundLast) foundLast = true;
    else writer.unsafeInsert(pos, ',');
  }
}

function textSince(writer: Writer, start: number): string {
  const chars: string[] = new Array<string>(writer.getLength() - start);
  writer.iterateLastChars((char, i) => {
    if (i < start) return true;
    chars[i - start] = char;
    return undefined;
  });
  return chars.join('');
}

/**
 * Where a comma goes after an item: the end of its last token, before trailing spaces and comments;
 * -1 when it has no token or already ends with a comma. What ts-morph finds with TypeScript's
 * scanner, for what the emitters print (no regular expression literals).
 */
export function appendCommaPos(text: string): number {
  let end = 0;
  // The open template literals and braces inside their substitutions.
  const stack: ('template' | 'brace')[] = [];
  let i = 0;
  const scanTemplate = () => {
    // From inside a template literal: to its end (popped), or into a substitution (`${`, pushed).
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '`') {
        i++;
        stack.pop();
        break;
      } else if (c === '$' && text[i + 1] === '{') {
        i += 2;
        stack.push('brace');
        break;
      }
    }
    end = Math.min(i, text.length);
  };
  while (i < text.length) {
    const c = text[i]!;
    if (WHITESPACE.has(text.charCodeAt(i)) || /\s/.test(c)) i++;
    else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r' && text[i] !== '\u2028' && text[i] !== '\u2029') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
    } else if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n' && text[i] !== '\r'; i++) if (text[i] === '\\') i++;
      if (text[i] === c) i++;
      end = Math.min(i, text.length);
    } else if (c === '`') {
      i++;
      stack.push('template');
      scanTemplate();
    } else if (c === '{' && stack.length > 0) {
      stack.push('brace');
      end = ++i;
    } else if (c === '}' && stack.length > 0) {
      i++;
      stack.pop(); // the substitution's brace, or a brace inside it
      if (stack.at(-1) === 'template') scanTemplate();
      else end = i;
    } else end = ++i;
  }
  if (end === 0) return -1;
  return text[end - 1] === ',' ? -1 : end;
}

// --- statements (ts-morph's StatementStructurePrinter) ---

function isLastNonWhitespaceCharCloseBrace(writer: Writer): boolean {
  return (
    writer.iterateLastCharCodes((code) => {
      if (code === 0x7d) return true;
      if (WHITESPACE.has(code)) return undefined;
      return false;
    }) ?? false
  );
}

function printStatementList(writer: Writer, statements: string | WriterFunction | readonly Statement[] | undefined): void {
  if (statements == null) return;
  if (typeof statements === 'string' || typeof statements === 'function') return printStatement(writer, statements);
  for (const statement of statements) {
    if (isLastNonWhitespaceCharCloseBrace(writer)) writer.blankLineIfLastNot();
    else if (!writer.isAtStartOfFirstLineOfBlock()) writer.newLineIfLastNot();
    printStatement(writer, statement);
  }
}

function printStatement(writer: Writer, statement: Statement | undefined): void {
  if (typeof statement === 'string' || typeof statement === 'function' || statement == null) return printTextOrWriter(writer, statement);
  const ensureBlankLine = () => {
    if (!writer.isAtStartOfFirstLineOfBlock()) writer.blankLineIfLastNot();
  };
  switch (statement.kind) {
    case StructureKind.Function:
      ensureBlankLine();
      return printNode(writer, statement, printFunction);
    case StructureKind.Class:
      ensureBlankLine();
      return printNode(writer, statement, printClass);
    case StructureKind.Interface:
      ensureBlankLine();
      return printNode(writer, statement, printInterface);
    case StructureKind.TypeAlias:
      return printNode(writer, statement, printTypeAlias);
    case StructureKind.VariableStatement:
      return printNode(writer, statement, printVariableStatement);
    case StructureKind.ImportDeclaration:
      return printNode(writer, statement, printImport);
    case StructureKind.ExportDeclaration:
      return printNode(writer, statement, printExport);
    default:
      throw new Error(`generator/print.ts: statements of kind ${statement.kind} are not supported`);
  }
}

function printFunction(writer: Writer, structure: FunctionDeclarationStructure): void {
  supported(structure, 'Function', [...NODE, ...MODIFIERS, 'docs', 'name', 'isGenerator', 'typeParameters', 'parameters', 'returnType', 'statements']);
  printDocs(writer, structure.docs);
  printModifiers(writer, structure);
  writer.write('function');
  writer.conditionalWrite(structure.isGenerator, '*');
  if (!isNullOrWhitespace(structure.name)) writer.write(` ${structure.name}`);
  printTypeParameters(writer, structure.typeParameters);
  printParameters(writer, structure.parameters);
  if (structure.returnType != null) printType(writer, structure.returnType, ':');
  if (structure.hasDeclareKeyword) writer.write(';');
  else writer.space().inlineBlock(() => printStatementList(writer, structure.statements as Statement[] | string | WriterFunction | undefined));
}

function printParameters(writer: Writer, parameters: OptionalKind<ParameterDeclarationStructure>[] | undefined): void {
  writer.write('(');
  if (parameters != null && parameters.length > 0) {
    writer.hangingIndent(() => printCommaSeparated(writer, parameters, (w, parameter) => printNode(w, parameter, printParameter)));
  }
  writer.write(')');
}

function printParameter(writer: Writer, structure: OptionalKind<ParameterDeclarationStructure>): void {
  supported(structure, 'Parameter', [...NODE, ...MODIFIERS, 'name', 'isRestParameter', 'hasQuestionToken', 'type', 'initializer']);
  printModifiers(writer, structure);
  writer.conditionalWrite(structure.isRestParameter, '...');
  writer.write(structure.name);
  writer.conditionalWrite(structure.hasQuestionToken, '?');
  printType(writer, structure.type, ':', structure.hasQuestionToken);
  printInitializer(writer, structure.initializer);
}

function printClass(writer: Writer, structure: ClassDeclarationStructure): void {
  supported(structure, 'Class', [...NODE, ...MODIFIERS, 'docs', 'name', 'typeParameters', 'extends', 'implements', 'properties']);
  printDocs(writer, structure.docs);
  printModifiers(writer, structure);
  writer.write('class');
  if (!isNullOrWhitespace(structure.name)) writer.space().write(structure.name!);
  printTypeParameters(writer, structure.typeParameters);
  writer.space();
  writer.hangingIndent(() => {
    if (structure.extends != null) {
      const text = textOf(writer, structure.extends);
      if (!isNullOrWhitespace(text)) writer.write(`extends ${text} `);
    }
    if (structure.implements != null) {
      const text = Array.isArray(structure.implements) ? structure.implements.map((i) => textOf(writer, i)).join(', ') : textOf(writer, structure.implements as TextOrWriter);
      if (!isNullOrWhitespace(text)) writer.write(`implements ${text} `);
    }
  });
  writer.inlineBlock(() => {
    (structure.properties ?? []).forEach((property, i) => {
      writer.conditionalNewLine(i > 0);
      printNode(writer, property, printProperty);
    });
  });
}

function printProperty(writer: Writer, structure: OptionalKind<PropertyDeclarationStructure>): void {
  supported(structure, 'Property', [...NODE, ...MODIFIERS, 'docs', 'name', 'hasQuestionToken', 'hasExclamationToken', 'type', 'initializer']);
  printDocs(writer, structure.docs);
  printModifiers(writer, structure);
  writer.write(structure.name);
  writer.conditionalWrite(structure.hasQuestionToken, '?');
  writer.conditionalWrite(structure.hasExclamationToken && !structure.hasQuestionToken, '!');
  printType(writer, structure.type, ':');
  printInitializer(writer, structure.initializer);
  writer.write(';');
}

function printInterface(writer: Writer, structure: InterfaceDeclarationStructure): void {
  supported(structure, 'Interface', [...NODE, ...MODIFIERS, 'docs', 'name', 'typeParameters', 'extends', 'properties']);
  printDocs(writer, structure.docs);
  printModifiers(writer, structure);
  writer.write(`interface ${structure.name}`);
  printTypeParameters(writer, structure.typeParameters);
  writer.space();
  if (structure.extends != null) {
    const text = Array.isArray(structure.extends) ? structure.extends.map((e) => textOf(writer, e)).join(', ') : textOf(writer, structure.extends as TextOrWriter);
    if (!isNullOrWhitespace(text)) writer.hangingIndent(() => writer.write(`extends ${text} `));
  }
  writer.inlineBlock(() => {
    const properties = structure.properties ?? [];
    if (properties.length > 0 && !writer.isAtStartOfFirstLineOfBlock()) writer.newLine();
    properties.forEach((property, i) => {
      writer.conditionalNewLine(i > 0);
      printNode(writer, property, printPropertySignature);
    });
  });
}

function printPropertySignature(writer: Writer, structure: OptionalKind<PropertySignatureStructure>): void {
  supported(structure, 'PropertySignature', [...NODE, ...MODIFIERS, 'docs', 'name', 'hasQuestionToken', 'type', 'initializer']);
  printDocs(writer, structure.docs);
  printModifiers(writer, structure);
  writer.write(structure.name);
  writer.conditionalWrite(structure.hasQuestionToken, '?');
  printType(writer, structure.type, ':');
  printInitializer(writer, structure.initializer);
  writer.write(';');
}

function printTypeAlias(writer: Writer, structure: TypeAliasDeclarationStructure): void {
  supported(structure, 'TypeAlias', [...NODE, ...MODIFIERS, 'docs', 'name', 'typeParameters', 'type']);
  printDocs(writer, structure.docs);
  printModifiers(writer, structure);
  writer.write(`type ${structure.name}`);
  printTypeParameters(writer, structure.typeParameters);
  printType(writer, structure.type, ' =');
  writer.write(';');
}

function printVariableStatement(writer: Writer, structure: VariableStatementStructure): void {
  supported(structure, 'VariableStatement', [...NODE, ...MODIFIERS, 'docs', 'declarationKind', 'declarations']);
  printDocs(writer, structure.docs);
  writer.hangingIndent(() => {
    printModifiers(writer, structure);
    writer.write(`${structure.declarationKind || VariableDeclarationKind.Let} `);
    if (structure.declarations.length === 0) throw new Error('You must provide at least one declaration when inserting a variable statement.');
    printCommaSeparated(writer, structure.declarations, (w, declaration) => printNode(w, declaration, printVariableDeclaration));
    writer.write(';');
  });
}

function printVariableDeclaration(writer: Writer, structure: OptionalKind<VariableDeclarationStructure>): void {
  supported(structure, 'VariableDeclaration', [...NODE, 'name', 'hasExclamationToken', 'type', 'initializer']);
  writer.write(structure.name);
  writer.conditionalWrite(structure.hasExclamationToken, '!');
  printType(writer, structure.type, ':');
  printInitializer(writer, structure.initializer);
}

type SpecifierItem = string | WriterFunction | { name: string; alias?: string; isTypeOnly?: boolean };
type Specifier = SpecifierItem[] | WriterFunction | undefined;

function printImport(writer: Writer, structure: ImportDeclarationStructure): void {
  supported(structure, 'ImportDeclaration', [...NODE, 'isTypeOnly', 'defaultImport', 'namespaceImport', 'namedImports', 'moduleSpecifier']);
  const hasNamed = structure.namedImports != null && structure.namedImports.length > 0;
  if (hasNamed && structure.namespaceImport != null) throw new Error('An import declaration cannot have both a namespace import and a named import.');
  writer.write('import');
  if (structure.isTypeOnly) writer.write(' type');
  if (structure.defaultImport != null) {
    writer.write(` ${structure.defaultImport}`);
    writer.conditionalWrite(hasNamed || structure.namespaceImport != null, ',');
  }
  if (structure.namespaceImport != null) writer.write(` * as ${structure.namespaceImport}`);
  if (hasNamed) {
    writer.space();
    printSpecifiers(writer, structure.namedImports as Specifier);
  }
  writer.conditionalWrite(structure.defaultImport != null || hasNamed || structure.namespaceImport != null, ' from');
  writer.write(' ');
  writer.quote(structure.moduleSpecifier);
  writer.write(';');
}

function printExport(writer: Writer, structure: ExportDeclarationStructure): void {
  supported(structure, 'ExportDeclaration', [...NODE, 'isTypeOnly', 'namespaceExport', 'namedExports', 'moduleSpecifier']);
  const hasModuleSpecifier = structure.moduleSpecifier != null && structure.moduleSpecifier.length > 0;
  const hasNamed = structure.namedExports != null && structure.namedExports.length > 0;
  if (hasNamed && structure.namespaceExport != null) throw new Error('An export declaration cannot have both a namespace export and a named export.');
  writer.write('export');
  if (structure.isTypeOnly) writer.write(' type');
  if (hasNamed) {
    writer.space();
    printSpecifiers(writer, structure.namedExports as Specifier);
  } else if (structure.namespaceExport != null) {
    writer.write(' *');
    if (!isNullOrWhitespace(structure.namespaceExport)) writer.write(` as ${structure.namespaceExport}`);
  } else if (!hasModuleSpecifier) writer.write(' { }');
  else writer.write(' *');
  if (hasModuleSpecifier) {
    writer.write(' from ');
    writer.quote(structure.moduleSpecifier!);
  }
  writer.write(';');
}

/** `{ a, type B, c as d }`. */
function printSpecifiers(writer: Writer, specifiers: Specifier): void {
  writer.write('{');
  const inner = new CodeBlockWriter(writer.getOptions());
  if (typeof specifiers === 'function') printNode(inner, specifiers, printSpecifier);
  else printCommaSeparated(inner, specifiers ?? [], (w, specifier) => printNode(w, specifier, printSpecifier));
  const text = inner.toString();
  if (!(text.charCodeAt(0) === 0x0a || (text.charCodeAt(0) === 0x0d && text.charCodeAt(1) === 0x0a))) writer.space();
  writer.write(text);
  if (text.charCodeAt(text.length - 1) !== 0x0a) writer.space();
  writer.write('}');
}

function printSpecifier(writer: Writer, specifier: SpecifierItem): void {
  const inner = new CodeBlockWriter(writer.getOptions());
  inner.queueIndentationLevel(1);
  if (typeof specifier === 'string') inner.write(specifier);
  else if (typeof specifier === 'function') specifier(inner);
  else {
    supported(specifier, 'ImportSpecifier', [...NODE, 'name', 'alias', 'isTypeOnly']);
    if (specifier.isTypeOnly) writer.write('type ');
    inner.write(specifier.name);
    if (!isNullOrWhitespace(specifier.alias)) {
      if (!inner.isLastNewLine()) inner.space();
      inner.write(`as ${specifier.alias}`);
    }
  }
  writer.write(inner.toString());
}
