// Prints ts-morph statement structures to source text in one pass. Adding statements to a source file
// one at a time makes ts-morph re-parse the whole, growing file on every call (quadratic: minutes for
// large specs); a file created from its complete structure is printed and parsed once.
import { createRequire } from 'node:module';
import type { Project, StatementStructures, WriterFunction } from 'ts-morph';

/**
 * ts-morph, loaded as the CommonJS module it is: an ES import would first lex its 1 MB for named
 * exports. Its enums (`tsMorph.StructureKind`, …) are used from here.
 */
export const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
const { IndentationText, NewLineKind, QuoteKind } = tsMorph;

let project: Project | undefined;

function printer(): Project {
  project ??= new tsMorph.Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
    },
  });
  return project;
}

export function printStatements(statements: readonly (string | WriterFunction | StatementStructures)[]): string {
  const project = printer();
  const file = project.createSourceFile('print.ts', { statements: [...statements] }, { overwrite: true });
  const text = file.getFullText();
  // Keep no syntax tree: the next file starts from an empty project.
  project.removeSourceFile(file);
  return text;
}
