// Request bodies that are not JSON: forms, multipart, text and bytes; and queries whose parameters
// have a style of their own, written by the same rules as a form's fields. An operation's descriptor
// names its encoder (`body: { mediaType, encode, encoding }`, `query: { encode, styles }`), so only the
// operations that need one bring this module into a bundle; JSON and the default query stay call.ts's.
//
// Form and multipart properties follow the OpenAPI Encoding Object (3.0.4 / 3.1.1): a property whose
// encoding gives `style`, `explode` or `allowReserved` is written as a query parameter of that style
// would be (RFC 6570; `deepObject` as `a[b][0]=v`, as Stripe reads it); any other property by its
// `contentType`, whose default depends on the value: an object is JSON, an array one field per item,
// anything else its text, and bytes a file.
import type { BodyFormat, ParameterStyle, PropertyEncoding, QueryFormat } from './call.js';
import { serializeQuery } from './transport.js';

/** What a binary body, or a binary part of a multipart body, may be. */
export type BinaryBody = Blob | Uint8Array | ArrayBuffer | string;

type BinaryPart<V> = V extends string ? BinaryBody : V extends readonly (infer Item)[] ? BinaryPart<Item>[] : V;

/** A multipart body type whose properties `K` (binary in the spec) take bytes or files instead of a string. */
export type WithBinaryParts<T, K extends PropertyKey> = T extends object ? { [P in keyof T]: P extends K ? BinaryPart<T[P]> : T[P] } : T;

// ---- forms -------------------------------------------------------------------------------------

/** One field: its name (the property, then each `[key]` of a deepObject) and its value. */
interface Field {
  name: string[];
  /** The value, or the items of a list written with a delimiter between them (style form, explode false…). */
  value: string | string[];
  delimiter?: string;
  allowReserved?: boolean;
}

const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' };

/** A value as the text of a field: dates as ISO strings, objects as JSON. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !isBinary(value) && !(value instanceof Date);

/** The fields of one property written with a style (RFC 6570 form, or deepObject). */
function styledFields(name: string, value: unknown, encoding: ParameterStyle, fields: Field[]): void {
  const style = encoding.style ?? 'form';
  if (style === 'deepObject') return deepFields([name], value, fields, encoding.allowReserved === true);
  const explode = encoding.explode ?? style === 'form';
  const add = (fieldName: string, fieldValue: string | string[]) =>
    fields.push({ name: [fieldName], value: fieldValue, delimiter: DELIMITERS[style] ?? ',', allowReserved: encoding.allowReserved === true });
  const present = (entry: [string, unknown]) => entry[1] !== undefined && entry[1] !== null;
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined && item !== null).map(text);
    if (items.length === 0) return;
    if (explode) for (const item of items) add(name, item);
    else add(name, items);
  } else if (isObject(value)) {
    const entries = Object.entries(value).filter(present);
    if (entries.length === 0) return;
    if (explode) for (const [key, item] of entries) add(key, text(item));
    else add(name, entries.flatMap(([key, item]) => [key, text(item)]));
  } else if (value !== undefined && value !== null) add(name, text(value));
}

// deepObject, nested: `a[b][c]=v`, array items by index from 0 (`a[0]=v`); empty arrays and objects
// write nothing.
function deepFields(name: string[], value: unknown, fields: Field[], allowReserved: boolean): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) value.forEach((item, index) => deepFields([...name, String(index)], item, fields, allowReserved));
  else if (isObject(value)) for (const key in value) deepFields([...name, key], value[key], fields, allowReserved);
  else fields.push({ name, value: text(value), allowReserved });
}

/** Whether the Encoding Object asks for a style: then the property is written as a query parameter would be. */
const isStyled = (encoding: PropertyEncoding) => encoding.style !== undefined || encoding.explode !== undefined || encoding.allowReserved !== undefined;

/** A field's name: the property, then each key of a deepObject in brackets (`a[b][0]`). */
const fieldName = (field: Field, encodePart: (part: string) => string) =>
  field.name.map((part, index) => (index === 0 ? encodePart(part) : `[${encodePart(part)}]`)).join('');

const isJson = (mediaType: string | undefined) => mediaType !== undefined && /^(application\/json|[^/\s;,]+\/[^;\s,]*\+json)\s*(;|,|$)/i.test(mediaType.trim());

/** The fields of a form body: each property by its style, else by its contentType. */
function formFields(body: Record<string, unknown>, format: BodyFormat, styledOnly: boolean): Field[] {
  const fields: Field[] = [];
  for (const name in body) {
    const value = body[name];
    const encoding = format.encoding?.[name] ?? {};
    if (isStyled(encoding)) {
      styledFields(name, value, encoding, fields);
      continue;
    }
    if (styledOnly) continue;
    // No style: an array is one field per item; an object (or anything declared JSON) is JSON.
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      fields.push({ name: [name], value: isJson(encoding.contentType) && typeof item !== 'string' ? JSON.stringify(item) : text(item) });
    }
  }
  return fields;
}

// Lone surrogates cannot be UTF-8: U+FFFD instead, as URLSearchParams does.
const wellFormed = (value: string) => value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/**
 * Percent-encoding of application/x-www-form-urlencoded (URLSearchParams): letters, digits and
 * `*-._` stay, a space is `+`. With allowReserved, RFC 3986's reserved characters (and `~`) stay too.
 */
function formEncode(value: string, allowReserved = false): string {
  const encoded = encodeURIComponent(wellFormed(value)).replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return (allowReserved ? keepReserved(encoded) : encoded).replace(/%20/g, '+');
}

// The escapes of RFC 3986's reserved characters (and `~`), undone for allowReserved.
const keepReserved = (encoded: string) => encoded.replace(/%(2[1346-9A-CF]|3[ABDF]|40|5[BD]|7E)/g, (escape) => decodeURIComponent(escape));

const article = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

function refuse(format: BodyFormat, what: string, body: unknown): TypeError {
  const given = Array.isArray(body) ? 'an array' : body === null ? 'null' : article(typeof body);
  return new TypeError(`A${article(format.mediaType).slice(1)} body must be ${what}, not ${given}`);
}

/** application/x-www-form-urlencoded: `name=value&…`; the caller's content-type wins. */
export function encodeFormBody(body: unknown, format: BodyFormat, headers: Record<string, string>): string {
  headers['content-type'] ??= format.mediaType;
  if (body instanceof URLSearchParams) return body.toString();
  if (!isObject(body) || Array.isArray(body)) throw refuse(format, 'an object of its fields', body);
  return formFields(body, format, false)
    .map((field) => {
      const { allowReserved } = field;
      // The brackets of a deepObject stay as they are (Stripe's own form); a bracket in a key is encoded.
      const name = fieldName(field, (part) => formEncode(part, allowReserved));
      const value = Array.isArray(field.value)
        ? field.value.map((item) => formEncode(item, allowReserved)).join(field.delimiter === ' ' ? '%20' : field.delimiter)
        : formEncode(field.value, allowReserved);
      return `${name}=${value}`;
    })
    .join('&');
}

// ---- query ------------------------------------------------------------------------------------

// Between the items of an unexploded list: `a=1,2`, `a=1%202`, `a=1%7C2`.
const QUERY_DELIMITERS: Record<string, string> = { ',': ',', ' ': '%20', '|': '%7C' };

/**
 * A query some of whose parameters have a style of their own (deepObject `created[gte]=1`, explode
 * false `ids=1,2`, spaceDelimited, pipeDelimited, allowReserved), each written as that style says;
 * the others as the connection's default does (serializeQuery). Percent-encoded as URLs are.
 */
export function encodeStyledQuery(query: Record<string, unknown>, format: QueryFormat): string {
  const parts: string[] = [];
  for (const name in query) {
    const style = format.styles[name];
    if (!style) {
      const plain = serializeQuery({ [name]: query[name] });
      if (plain) parts.push(plain);
      continue;
    }
    const fields: Field[] = [];
    styledFields(name, query[name], style, fields);
    for (const field of fields) {
      const encode = (part: string) => queryEncode(part, field.allowReserved);
      const value = Array.isArray(field.value) ? field.value.map(encode).join(QUERY_DELIMITERS[field.delimiter ?? ','] ?? ',') : encode(field.value);
      parts.push(`${fieldName(field, encode)}=${value}`);
    }
  }
  return parts.join('&');
}

/** A part of a query, percent-encoded as URLs are (a space is `%20`); allowReserved keeps RFC 3986's reserved characters. */
function queryEncode(part: string, allowReserved = false): string {
  const encoded = encodeURIComponent(wellFormed(part));
  return allowReserved ? keepReserved(encoded) : encoded;
}

// ---- multipart ---------------------------------------------------------------------------------

const encoder = /* @__PURE__ */ new TextEncoder();

function isBinary(value: unknown): value is Blob | ArrayBuffer | ArrayBufferView {
  return (typeof Blob !== 'undefined' && value instanceof Blob) || value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

async function bytesOf(value: Blob | ArrayBuffer | ArrayBufferView | string): Promise<Uint8Array> {
  if (typeof value === 'string') return encoder.encode(value);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return new Uint8Array(await value.arrayBuffer());
}

/** The first media type of a contentType list that a header can carry (no wildcard), if any. */
function concrete(contentType: string | undefined): string | undefined {
  const first = contentType?.split(',')[0]?.trim();
  return first && !first.includes('*') ? first : undefined;
}

// As browsers write them: `"`, CR and LF of a name or file name escaped.
const quoted = (name: string) => `"${name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;

interface Part {
  name: string;
  /** A string is sent as UTF-8 text. */
  content: string | Blob | ArrayBuffer | ArrayBufferView;
  filename?: string;
  contentType?: string;
}

/** The parts of one property given no style: files, text, or JSON, by the value and the contentType. */
function partsOf(name: string, value: unknown, contentType: string | undefined, parts: Part[]): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) partsOf(name, item, contentType, parts);
    return;
  }
  const declared = concrete(contentType);
  const textual = declared === undefined || /^text\//i.test(declared) || isJson(declared);
  if (isBinary(value) || (typeof value === 'string' && !textual)) {
    const blob = typeof Blob !== 'undefined' && value instanceof Blob ? value : undefined;
    // The file's own type first: a declared list or wildcard (`image/*`) only says what is allowed.
    const type = blob?.type || declared || 'application/octet-stream';
    parts.push({ name, content: value, filename: (blob as File | undefined)?.name || 'blob', contentType: type });
  } else if (isObject(value) || isJson(declared)) {
    parts.push({ name, content: typeof value === 'string' ? value : JSON.stringify(value), contentType: declared ?? 'application/json' });
  } else {
    // Text parts carry no content-type unless another text type is declared, as browsers send them.
    parts.push({ name, content: text(value), ...(declared && !/^text\/plain\s*(;|$)/i.test(declared) ? { contentType: declared } : {}) });
  }
}

function boundary(): string {
  const random = new Uint8Array(16);
  crypto.getRandomValues(random);
  return `----FormBoundary${Array.from(random, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * multipart/form-data (RFC 7578): one part per property, array item or styled field. Written here
 * rather than through FormData, which can give no content-type to a part that is not a file (a JSON
 * part). Its content-type, with the boundary, replaces the caller's: the bytes depend on it.
 */
export async function encodeMultipartBody(body: unknown, format: BodyFormat, headers: Record<string, string>): Promise<Uint8Array> {
  const parts: Part[] = [];
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    body.forEach((value, name) => parts.push(typeof value === 'string' ? { name, content: value } : { name, content: value, filename: value.name, contentType: value.type || 'application/octet-stream' }));
  } else if (isObject(body) && !Array.isArray(body)) {
    // Styled properties become text fields (`file_link_data[create]`), in the order of the body.
    for (const name in body) {
      const encoding = format.encoding?.[name] ?? {};
      if (isStyled(encoding)) {
        for (const field of formFields({ [name]: body[name] }, format, true)) {
          parts.push({ name: fieldName(field, (part) => part), content: Array.isArray(field.value) ? field.value.join(field.delimiter) : field.value });
        }
      } else partsOf(name, body[name], encoding.contentType, parts);
    }
  } else throw refuse(format, 'an object of its parts', body);

  const separator = boundary();
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    let head = `--${separator}\r\nContent-Disposition: form-data; name=${quoted(part.name)}`;
    if (part.filename !== undefined) head += `; filename=${quoted(part.filename)}`;
    if (part.contentType !== undefined) head += `\r\nContent-Type: ${part.contentType}`;
    chunks.push(encoder.encode(`${head}\r\n\r\n`), await bytesOf(part.content), encoder.encode('\r\n'));
  }
  chunks.push(encoder.encode(`--${separator}--\r\n`));
  const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  headers['content-type'] = `${format.mediaType.split(';')[0]!.trim()}; boundary=${separator}`;
  return bytes;
}

// ---- text and bytes ----------------------------------------------------------------------------

/** text/*: a string (a number or boolean as its text), sent as UTF-8; the caller's content-type wins. */
export function encodeTextBody(body: unknown, format: BodyFormat, headers: Record<string, string>): string {
  if (typeof body === 'object' || typeof body === 'function' || typeof body === 'symbol') throw refuse(format, 'a string', body);
  headers['content-type'] ??= format.mediaType;
  return String(body);
}

/**
 * Any other media type: the bytes of a Blob, Uint8Array, ArrayBuffer (or view), or a string's UTF-8.
 * The content-type is the caller's, else the spec's media type, else (for a wildcard such as
 * `image/*`) the Blob's own type, else application/octet-stream.
 */
export function encodeBinaryBody(body: unknown, format: BodyFormat, headers: Record<string, string>): string | Uint8Array | Promise<Uint8Array> {
  if (typeof body !== 'string' && !isBinary(body)) throw refuse(format, 'a Blob, a Uint8Array, an ArrayBuffer or a string', body);
  const own = typeof Blob !== 'undefined' && body instanceof Blob ? body.type : '';
  headers['content-type'] ??= concrete(format.mediaType) ?? (own || 'application/octet-stream');
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  return bytesOf(body);
}
