// Prints ts-morph statement structures to source text in one pass. Adding statements to a source file
// one at a time makes ts-morph re-parse the whole, growing file on every call (quadratic: minutes for
// large specs); a file created from its complete structure is printed and parsed once.
import { IndentationText, NewLineKind, Project, QuoteKind, type StatementStructures, type WriterFunction } from 'ts-morph';

let project: Project | undefined;

function printer(): Project {
  project ??= new Project({
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
