// The errors the generator ends with. None of them is printed with a stack: each line names a place
// (`file[:line:col][#pointer]`) and a reason.
import path from 'node:path';

/** The input is not something a correct client can be generated from. */
export class SpecError extends Error {
  constructor(readonly problems: string[]) {
    super(`The spec is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SpecError';
  }
}

/** The output folder may not be written: it holds files that are not ours, or the spec itself. */
export class OutputRefused extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'OutputRefused';
  }
}

/** `file[:line:col][#pointer]: reason`, with the file relative to the working folder when inside it. */
export function located(file: string, reason: string, at: { line?: number; col?: number; pointer?: string } = {}): string {
  const position = at.line ? `:${at.line}:${at.col ?? 1}` : '';
  const pointer = at.pointer && at.pointer !== '#' && at.pointer !== '#/' ? (at.pointer.startsWith('#') ? at.pointer : `#${at.pointer}`) : '';
  return `${displayPath(file)}${position}${pointer}: ${reason}`;
}

/** A path as messages show it: relative to the working folder when it is inside it, else absolute. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative === '') return '.';
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative) ? relative : absolute;
}

/** Something the generator did not expect: a bug, never the input's fault. Shown as one line and a hint. */
export class GeneratorFailure extends Error {
  constructor(
    readonly where: string,
    readonly doing: string,
    override readonly cause: unknown,
  ) {
    super(`${displayPath(where)}: ${doing} failed: ${oneLine(cause)}`);
    this.name = 'GeneratorFailure';
  }
}

/** `Name: first line of the message`, for an error of any kind. */
export function oneLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error).split('\n')[0]!;
  const message = error.message.split('\n')[0]!;
  return error.name && error.name !== 'Error' ? `${error.name}: ${message}` : message;
}
