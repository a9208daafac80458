// Media Type Object: a body's schema and examples, and which media type the client uses.
import type { JsonObject } from '../openapi.js';
import { asObject, type Collector } from './context.js';
import { compareDocs, compareExamples } from './docs.js';
import { defineRules, joinPointer } from './model.js';
import { compareSchema, type Direction } from './schema.js';

export const mediaRules = defineRules({
  'media-type-added': { level: 'minor', why: 'another media type is documented; the client keeps using its own' },
  'media-type-removed': { level: 'minor', why: 'a media type the client does not use is no longer documented' },
});

export interface BodySide {
  /** The Request Body or Response Object, resolved, with its pointer. */
  node: JsonObject;
  pointer: string;
  /** The media type the generated client sends or reads (the generator's choice). */
  contentType?: string;
}

/** Compares the media types of two bodies; the client's own one as `direction`, the others as documentation. */
export function compareContent(
  out: Collector,
  base: BodySide,
  head: BodySide,
  what: string,
  walk: { direction: Direction; typed: boolean; seen: Set<string> },
): void {
  const before = asObject(base.node.content);
  const after = asObject(head.node.content);
  for (const type of Object.keys(before)) {
    if (!(type in after) && type !== base.contentType) {
      out.add(mediaRules['media-type-removed'], joinPointer(base.pointer, 'content', type), `${capital(what)} no longer documents \`${type}\`.`);
    }
  }
  for (const type of Object.keys(after)) {
    if (!(type in before) && type !== head.contentType) {
      out.add(mediaRules['media-type-added'], joinPointer(head.pointer, 'content', type), `${capital(what)} also documents \`${type}\`.`);
    }
  }
  for (const type of Object.keys(before)) {
    if (!(type in after)) continue;
    const bMedia = asObject(before[type]);
    const hMedia = asObject(after[type]);
    const bPointer = joinPointer(base.pointer, 'content', type);
    const hPointer = joinPointer(head.pointer, 'content', type);
    const typed = walk.typed && type === base.contentType && type === head.contentType;
    compareDocs(out, bMedia, hMedia, hPointer, what, ['example', 'examples']);
    compareExamples(out, bMedia, hMedia, bPointer, hPointer, what);
    if ('schema' in bMedia || 'schema' in hMedia) {
      compareSchema({ out, direction: walk.direction, typed, seen: walk.seen }, bMedia.schema ?? {}, joinPointer(bPointer, 'schema'), hMedia.schema ?? {}, joinPointer(hPointer, 'schema'), what);
    }
  }
}

function capital(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}
