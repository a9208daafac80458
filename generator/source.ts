// Reads the files a spec is made of, for the generator and `npm run lint` alike: bytes decoded as
// strict UTF-8 (a UTF-16 file, a NUL byte or an invalid byte is refused with its line and column,
// never turned into U+FFFD), `.json` files parsed as JSON (as YAML, a trailing comma would pass),
// and nothing from the network: a remote reference is refused where it stands, never fetched.
// The text itself is read by generator/text.ts.
import { readFileSync } from 'node:fs';
import { BaseResolver, isAbsoluteUrl, ResolveError, Source, YamlParseError, type Document } from '@redocly/openapi-core';
import { located } from './errors.js';
import { parseJsonText, readText, TextFileError } from './text.js';

export { decodeUtf8, parseJsonText, readText, TextFileError, textPosition } from './text.js';

/**
 * Redocly's resolver, made local and strict: files are read through `readText` and `.json` files
 * parsed as JSON; a URL is refused. Every document it parsed stays in `documents`, for the
 * messages that need to look into them (a cycle of references).
 */
export class LocalFileResolver extends BaseResolver {
  readonly documents = new Map<string, Document>();

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (isAbsoluteUrl(absoluteRef)) {
      throw new ResolveError(new Error(`${absoluteRef} is remote; the generator reads local files only and fetches nothing`));
    }
    try {
      // Line ends as Redocly's own resolver leaves them, so that its line numbers hold.
      return new Source(absoluteRef, readText(absoluteRef).replace(/\r\n/g, '\n'));
    } catch (error) {
      if (error instanceof TextFileError && error.inside) {
        // The text as far as it can be read, for the code frame `npm run lint` prints.
        throw asParseError(error, new Source(absoluteRef, readFileSync(absoluteRef).toString('utf8')));
      }
      throw new ResolveError(new Error(error instanceof TextFileError ? error.message : located(absoluteRef, String(error))));
    }
  }

  override parseDocument(source: Source, isRoot = false): Document {
    let document: Document;
    if (/\.json$/i.test(source.absoluteRef)) {
      try {
        document = { source, parsed: parseJsonText(source.body, source.absoluteRef) };
      } catch (error) {
        throw asParseError(error as TextFileError, source);
      }
    } else {
      try {
        document = super.parseDocument(source, isRoot);
      } catch (error) {
        if (!(error instanceof YamlParseError)) throw error;
        // js-yaml names the absolute file and the position in its message; the location says both.
        const reason = error.message.replace(/ in "[^"]*"/, '').replace(/\s*\(\d+:\d+\)$/, '');
        throw asParseError(new TextFileError(source.absoluteRef, `not valid YAML: ${reason}`, error.line, error.col), source);
      }
    }
    this.documents.set(source.absoluteRef, document);
    return document;
  }
}

/** The error shape Redocly reports with a line and column: "Failed to parse: <reason> (line:col)". */
function asParseError(error: TextFileError, source: Source): YamlParseError {
  return new YamlParseError(new Error(`${error.reason} (${error.line ?? 1}:${error.col ?? 1})`), source);
}
