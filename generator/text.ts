// Reads text files as the generator and `npm run lint` read a spec's files: bytes decoded as strict
// UTF-8 (a UTF-16 file, a NUL byte or an invalid byte is refused with its line and column, never
// turned into U+FFFD), and JSON parsed as JSON with the place of its first error. Nothing here loads
// Redocly (generator/source.ts adds its resolver): the worker thread reads the errata with it.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ParseError } from 'jsonc-parser';
import { located } from './errors.js';

/**
 * A file that cannot be read as text: not there (`inside` false), or its content is not UTF-8 text
 * (`inside` true, with the place of the first bad byte when there is one).
 */
export class TextFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
    readonly col?: number,
    readonly inside = line !== undefined,
  ) {
    super(located(file, reason, { line, col }));
    this.name = 'TextFileError';
  }
}

const BYTE_ORDER_MARKS: [number[], string][] = [
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32BE'],
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32LE'],
  [[0xfe, 0xff], 'UTF-16BE'],
  [[0xff, 0xfe], 'UTF-16LE'],
];

/** The text of a local file, or a TextFileError that says why there is none. */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new TextFileError(file, 'is a folder, not a file');
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof TextFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new TextFileError(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'not readable (permission denied)' : String((error as Error).message));
  }
  return decodeUtf8(bytes, file);
}

/** Strict UTF-8; a UTF-8 byte order mark is dropped, as TextDecoder does by default. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  for (const [mark, encoding] of BYTE_ORDER_MARKS) {
    if (mark.every((byte, i) => bytes[i] === byte)) {
      const shown = mark.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
      throw new TextFileError(file, `${encoding} (byte order mark ${shown}); save it as UTF-8`, 1, 1);
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const { line, col } = bytePosition(bytes, offset);
    throw new TextFileError(file, `not valid UTF-8 (byte ${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}); save it as UTF-8`, line, col);
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const { line, col } = textPosition(text, nul);
    throw new TextFileError(file, 'a NUL byte: UTF-16 without a byte order mark, or not a text file', line, col);
  }
  return text;
}

/** The offset of the byte that makes `bytes` invalid UTF-8 (the start of the broken sequence). */
function firstInvalidByte(bytes: Uint8Array): number {
  // The shortest prefix that a streaming decoder rejects ends with the byte that broke it.
  const rejects = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  if (!rejects(bytes.length)) return culprit(bytes, bytes.length); // cut off in the middle of a character
  let low = 1;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rejects(middle)) high = middle;
    else low = middle + 1;
  }
  return culprit(bytes, low - 1);
}

/** The byte to blame when the one at `at` broke the text: an unfinished sequence's lead byte, or itself. */
function culprit(bytes: Uint8Array, at: number): number {
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    const byte = bytes[j]!;
    if (byte < 0x80) break;
    if (byte >= 0xc0) return j + sequenceLength(byte) > at ? j : at;
  }
  return Math.min(at, bytes.length - 1);
}

function sequenceLength(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  return 2;
}

function bytePosition(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, col: [...before].length + 1 };
}

/** 1-based line and column (in characters) of a UTF-16 index into `text`. */
export function textPosition(text: string, index: number): { line: number; col: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: [...before.slice(lineStart)].length + 1 };
}

/** JSON.parse, with the line and column of the first error (found by jsonc-parser) when it fails. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Loaded only for a file that is not JSON.
    const { parse: parseJsonc, printParseErrorCode } = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
    const first = errors[0];
    const where = first ? textPosition(text, first.offset) : textPosition(text, text.length);
    const reason = jsonReason((error as Error).message, first && printParseErrorCode(first.error));
    throw new TextFileError(file, `not valid JSON: ${reason}`, where.line, where.col);
  }
}

// V8 quotes the whole input in some messages and gives a character offset in others; both go.
function jsonReason(message: string, code: string | undefined): string {
  const reason = message
    .replace(/,\s*(\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+( \(line \d+ column \d+\))?$/, '');
  return code && code !== 'ValueExpected' && code !== 'InvalidSymbol' ? `${reason} (${code})` : reason;
}
