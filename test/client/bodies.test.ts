// The request body serializers of templates/bodies.ts, one by one: forms (RFC 6570 styles and the
// Encoding Object's defaults), multipart (parsed back with fetch's own parser), text and bytes; and
// queries whose parameters have a style of their own.
import { encodeBinaryBody, encodeFormBody, encodeMultipartBody, encodeStyledQuery, encodeTextBody } from '../../templates/bodies.js';
import type { BodyFormat, ParameterStyle, PropertyEncoding } from '../../templates/call.js';

const form = (encoding?: Record<string, PropertyEncoding>, mediaType = 'application/x-www-form-urlencoded'): BodyFormat => ({
  mediaType,
  encode: encodeFormBody,
  ...(encoding ? { encoding } : {}),
});
const deep: PropertyEncoding = { style: 'deepObject', explode: true };

function formOf(body: unknown, encoding?: Record<string, PropertyEncoding>, headers: Record<string, string> = {}): string {
  return encodeFormBody(body, form(encoding), headers);
}

describe('application/x-www-form-urlencoded', () => {
  test('primitives are name=value pairs; undefined and null are left out', () => {
    expect(formOf({ name: 'Ada Lovelace', count: 3, active: true, big: 10n, skip: undefined, gone: null })).toBe('name=Ada+Lovelace&count=3&active=true&big=10');
  });

  test('names and values are percent-encoded as the form serializer does (URLSearchParams)', () => {
    const text = "a&b=c+d/é 😀*-._~!'()%[]\r\n";
    expect(formOf({ [text]: text })).toBe(new URLSearchParams([[text, text]]).toString());
  });

  test('a lone surrogate becomes U+FFFD instead of failing', () => {
    expect(formOf({ q: 'a\ud800b' })).toBe(new URLSearchParams({ q: 'a\ufffdb' }).toString());
  });

  test('a Date is its ISO string', () => {
    expect(formOf({ at: new Date('2026-01-02T03:04:05.678Z') })).toBe('at=2026-01-02T03%3A04%3A05.678Z');
  });

  describe('without an encoding, as the Encoding Object defaults say', () => {
    test('an array is its items under the name repeated; an empty array is nothing', () => {
      expect(formOf({ tags: ['a', 'b c'], none: [], after: 1 })).toBe('tags=a&tags=b+c&after=1');
    });

    test('an object is JSON (contentType application/json)', () => {
      expect(formOf({ address: { city: 'Paris', zip: '75001' } })).toBe(`address=${encodeURIComponent('{"city":"Paris","zip":"75001"}')}`);
    });

    test('an explicit JSON contentType makes an array item JSON too', () => {
      expect(formOf({ list: [{ a: 1 }, 'x'] })).toBe(`list=${encodeURIComponent('{"a":1}')}&list=x`);
      expect(formOf({ n: 5 }, { n: { contentType: 'application/json' } })).toBe('n=5');
    });
  });

  describe('style deepObject', () => {
    test('writes an object as name[key]=value, brackets literal and keys encoded', () => {
      expect(formOf({ metadata: { order_id: '6735', 'a b': 'x[y]', 'k[1]': 'v' } }, { metadata: deep })).toBe(
        'metadata[order_id]=6735&metadata[a+b]=x%5By%5D&metadata[k%5B1%5D]=v',
      );
    });

    test('nests objects and numbers array items from 0, as Stripe reads them', () => {
      const body = {
        expand: ['customer', 'invoice.subscription'],
        items: [{ price: 'price_1', quantity: 2 }, { price: 'price_2' }],
        shipping: { address: { line1: '1 Main St', city: 'Zürich' }, phone: null },
      };
      expect(formOf(body, { expand: deep, items: deep, shipping: deep })).toBe(
        'expand[0]=customer&expand[1]=invoice.subscription&items[0][price]=price_1&items[0][quantity]=2&items[1][price]=price_2' +
          '&shipping[address][line1]=1+Main+St&shipping[address][city]=Z%C3%BCrich',
      );
    });

    test('leaves out empty arrays, empty objects and null members; an empty string is sent (Stripe unsets with it)', () => {
      expect(formOf({ a: [], b: {}, c: { d: null, e: [] }, metadata: '' }, { a: deep, b: deep, c: deep, metadata: deep })).toBe('metadata=');
    });

    test('arrays in arrays get an index per level', () => {
      expect(formOf({ m: [['a', 'b'], ['c']] }, { m: deep })).toBe('m[0][0]=a&m[0][1]=b&m[1][0]=c');
    });
  });

  describe('style form', () => {
    test('explode false: an array is one value, commas between items literal and inside items encoded', () => {
      expect(formOf({ colors: ['red', 'green, blue'] }, { colors: { style: 'form', explode: false } })).toBe('colors=red,green%2C+blue');
    });

    test('explode false: an object is its keys and values in one list', () => {
      expect(formOf({ color: { R: 100, G: 200 } }, { color: { explode: false } })).toBe('color=R,100,G,200');
    });

    test('explode (the default of style form): an object is its own keys and values', () => {
      expect(formOf({ color: { R: 100, G: 200 } }, { color: { style: 'form' } })).toBe('R=100&G=200');
      expect(formOf({ tags: ['a', 'b'] }, { tags: { explode: true } })).toBe('tags=a&tags=b');
    });

    test('spaceDelimited and pipeDelimited join an array with their delimiter', () => {
      expect(formOf({ a: ['x', 'y z'] }, { a: { style: 'spaceDelimited', explode: false } })).toBe('a=x%20y+z');
      expect(formOf({ a: ['x', 'y|z'] }, { a: { style: 'pipeDelimited', explode: false } })).toBe('a=x|y%7Cz');
    });

    test('allowReserved keeps the reserved characters as they are', () => {
      expect(formOf({ q: 'a/b?c=d&e[0]:f@g!$\'()*+,;~ é' }, { q: { allowReserved: true } })).toBe("q=a/b?c=d&e[0]:f@g!$'()*+,;~+%C3%A9");
    });
  });

  test('sets the media type as content-type unless the caller gave one', () => {
    const headers: Record<string, string> = {};
    formOf({ a: 1 }, undefined, headers);
    expect(headers['content-type']).toBe('application/x-www-form-urlencoded');
    const given = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
    formOf({ a: 1 }, undefined, given);
    expect(given['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
  });

  test('takes URLSearchParams as they are', () => {
    expect(formOf(new URLSearchParams([['a', '1'], ['a', '2 3']]))).toBe('a=1&a=2+3');
  });

  test('refuses a body that is not an object', () => {
    expect(() => formOf('a=1')).toThrow(new TypeError('An application/x-www-form-urlencoded body must be an object of its fields, not a string'));
    expect(() => formOf([1, 2])).toThrow(TypeError);
  });
});

describe('multipart/form-data', () => {
  const multipart = (encoding?: Record<string, PropertyEncoding>): BodyFormat => ({
    mediaType: 'multipart/form-data',
    encode: encodeMultipartBody,
    ...(encoding ? { encoding } : {}),
  });

  async function encode(body: unknown, encoding?: Record<string, PropertyEncoding>, headers: Record<string, string> = {}) {
    const bytes = (await encodeMultipartBody(body, multipart(encoding), headers)) as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    const contentType = headers['content-type']!;
    const parsed = await new Request('http://127.0.0.1/', { method: 'POST', body: bytes as Uint8Array<ArrayBuffer>, headers: { 'content-type': contentType } }).formData();
    return { bytes, contentType, parsed, text: new TextDecoder().decode(bytes) };
  }

  test('strings, numbers and booleans are text parts; undefined and null are left out', async () => {
    const { parsed, text } = await encode({ purpose: 'dispute_evidence', size: 42, create: false, none: null, skip: undefined });
    expect([...parsed.entries()]).toEqual([
      ['purpose', 'dispute_evidence'],
      ['size', '42'],
      ['create', 'false'],
    ]);
    // Text parts carry no content-type, as browsers send them.
    expect(text).toContain('Content-Disposition: form-data; name="purpose"\r\n\r\ndispute_evidence\r\n');
  });

  test('the boundary is in the content-type, random per body, and replaces a content-type the caller set', async () => {
    const headers = { 'content-type': 'multipart/form-data' };
    const first = await encode({ a: '1' }, undefined, headers);
    const second = await encode({ a: '1' });
    expect(first.contentType).toMatch(/^multipart\/form-data; boundary=[-\w]{30,70}$/);
    expect(first.contentType).not.toBe(second.contentType);
    const boundary = first.contentType.split('boundary=')[1]!;
    expect(first.text.startsWith(`--${boundary}\r\n`)).toBe(true);
    expect(first.text.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
  });

  test('a Blob, a File, a Uint8Array and an ArrayBuffer are file parts with their bytes', async () => {
    const bytes = new Uint8Array([0, 1, 2, 0xfe, 0xff, 0x0d, 0x0a, 0x2d]);
    const { parsed, text } = await encode({
      blob: new Blob([bytes], { type: 'image/png' }),
      file: new File([bytes], 'evidence "1".pdf', { type: 'application/pdf' }),
      array: bytes,
      buffer: bytes.slice().buffer,
      view: new DataView(bytes.buffer, 2, 3),
    });
    const file = (name: string) => parsed.get(name) as File;
    for (const name of ['blob', 'file', 'array', 'buffer']) expect([...new Uint8Array(await file(name).arrayBuffer())]).toEqual([...bytes]);
    expect([...new Uint8Array(await file('view').arrayBuffer())]).toEqual([2, 0xfe, 0xff]);
    expect([file('blob').type, file('blob').name]).toEqual(['image/png', 'blob']);
    expect([file('file').type, file('file').name]).toEqual(['application/pdf', 'evidence "1".pdf']);
    expect([file('array').type, file('array').name]).toEqual(['application/octet-stream', 'blob']);
    // A quote in a file name is escaped as browsers do.
    expect(text).toContain('Content-Disposition: form-data; name="file"; filename="evidence %221%22.pdf"\r\nContent-Type: application/pdf\r\n\r\n');
  });

  test('an array is one part per item under the same name; an empty array is nothing', async () => {
    const { parsed } = await encode({ attachments: [new Blob(['a']), new Blob(['b'])], tags: ['x', 'y'], none: [] });
    expect(parsed.getAll('attachments').length).toBe(2);
    expect(await (parsed.getAll('attachments')[1] as File).text()).toBe('b');
    expect(parsed.getAll('tags')).toEqual(['x', 'y']);
    expect(parsed.has('none')).toBe(false);
  });

  test('an object is a JSON part with its content-type and no file name', async () => {
    const { parsed, text } = await encode({ meta: { author: 'Zoë', tags: ['a'] } });
    expect(parsed.get('meta')).toBe('{"author":"Zoë","tags":["a"]}');
    expect(text).toContain('Content-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n{"author":"Zoë","tags":["a"]}\r\n');
  });

  test("encoding.contentType is the part's content-type", async () => {
    const { parsed, text } = await encode(
      { note: '# Title', picture: new Uint8Array([1, 2]), meta: { a: 1 }, logo: new Blob(['x'], { type: 'image/svg+xml' }) },
      { note: { contentType: 'text/markdown' }, picture: { contentType: 'image/png, image/jpeg' }, meta: { contentType: 'application/vnd.api+json' }, logo: { contentType: 'image/*' } },
    );
    expect(text).toContain('name="note"\r\nContent-Type: text/markdown\r\n\r\n# Title\r\n');
    expect(parsed.get('note')).toBe('# Title');
    expect((parsed.get('picture') as File).type).toBe('image/png');
    expect(text).toContain('name="meta"\r\nContent-Type: application/vnd.api+json\r\n\r\n{"a":1}\r\n');
    expect((parsed.get('logo') as File).type).toBe('image/svg+xml');
  });

  test('a string given for a binary contentType is a file part of its UTF-8 bytes', async () => {
    const { parsed } = await encode({ picture: 'raw ✓' }, { picture: { contentType: 'image/png' } });
    expect(parsed.get('picture')).toBeInstanceOf(File);
    expect(await (parsed.get('picture') as File).text()).toBe('raw ✓');
  });

  test('a property with a style is written as form fields, one text part each (Stripe: expand, file_link_data)', async () => {
    const { parsed } = await encode(
      { file: new Blob(['x']), expand: ['a', 'b'], file_link_data: { create: true, metadata: { k: 'v w' } } },
      { expand: deep, file_link_data: deep },
    );
    expect([...parsed.keys()]).toEqual(['file', 'expand[0]', 'expand[1]', 'file_link_data[create]', 'file_link_data[metadata][k]']);
    expect(parsed.get('file_link_data[metadata][k]')).toBe('v w');
  });

  test('names and values keep their unicode; quotes and line breaks in names are escaped', async () => {
    const { parsed, text } = await encode({ 'naïve "q"\r\nx': 'café ☕\r\nline' });
    expect([...parsed.entries()]).toEqual([['naïve "q"\r\nx', 'café ☕\r\nline']]);
    expect(text).toContain('name="naïve %22q%22%0D%0Ax"');
  });

  test('takes FormData as it is', async () => {
    const data = new FormData();
    data.append('a', '1');
    data.append('f', new Blob(['z'], { type: 'text/plain' }), 'z.txt');
    const { parsed } = await encode(data);
    expect(parsed.get('a')).toBe('1');
    expect((parsed.get('f') as File).name).toBe('z.txt');
  });

  test('refuses a body that is not an object', async () => {
    await expect(encodeMultipartBody('x', multipart(), {})).rejects.toThrow('A multipart/form-data body must be an object of its parts, not a string');
  });
});

describe('text', () => {
  const text: BodyFormat = { mediaType: 'text/plain', encode: encodeTextBody };

  test('a string is sent as it is, with the media type as content-type', () => {
    const headers: Record<string, string> = {};
    expect(encodeTextBody('héllo\nworld', text, headers)).toBe('héllo\nworld');
    expect(headers).toEqual({ 'content-type': 'text/plain' });
  });

  test('a number or boolean is its text; the caller wins for content-type', () => {
    const headers = { 'content-type': 'text/plain; charset=utf-8' };
    expect(encodeTextBody(42, text, headers)).toBe('42');
    expect(headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  test('an object is refused', () => {
    expect(() => encodeTextBody({ a: 1 }, text, {})).toThrow(new TypeError('A text/plain body must be a string, not an object'));
  });
});

describe('bytes', () => {
  const binary = (mediaType = 'application/octet-stream'): BodyFormat => ({ mediaType, encode: encodeBinaryBody });

  async function encode(body: unknown, mediaType?: string, headers: Record<string, string> = {}) {
    const sent = await encodeBinaryBody(body, binary(mediaType), headers);
    return { sent, contentType: headers['content-type'] };
  }

  test('a Uint8Array is sent as it is', async () => {
    const bytes = new Uint8Array([0, 0xff, 10]);
    const { sent, contentType } = await encode(bytes);
    expect(sent).toBe(bytes);
    expect(contentType).toBe('application/octet-stream');
  });

  test('an ArrayBuffer, a view and a Blob become their bytes', async () => {
    const bytes = new Uint8Array([1, 2, 3, 4, 5]);
    expect([...((await encode(bytes.slice().buffer)).sent as Uint8Array)]).toEqual([1, 2, 3, 4, 5]);
    expect([...((await encode(new DataView(bytes.buffer, 1, 2))).sent as Uint8Array)]).toEqual([2, 3]);
    expect([...((await encode(Buffer.from(bytes).subarray(3))).sent as Uint8Array)]).toEqual([4, 5]);
    expect([...((await encode(new Blob([bytes]))).sent as Uint8Array)]).toEqual([1, 2, 3, 4, 5]);
  });

  test('a string is sent as its UTF-8', async () => {
    expect((await encode('ünï')).sent).toBe('ünï');
  });

  test("the content-type is the spec's media type, else the Blob's type for a wildcard, else application/octet-stream", async () => {
    const png = new Blob([new Uint8Array([1])], { type: 'image/png' });
    expect((await encode(png, 'application/pdf')).contentType).toBe('application/pdf');
    expect((await encode(png, 'image/*')).contentType).toBe('image/png');
    expect((await encode(new Uint8Array([1]), 'image/*')).contentType).toBe('application/octet-stream');
    expect((await encode(new Uint8Array([1]), 'image/png', { 'content-type': 'image/x-mine' })).contentType).toBe('image/x-mine');
  });

  test('anything else is refused', async () => {
    await expect(encode({ a: 1 })).rejects.toThrow('An application/octet-stream body must be a Blob, a Uint8Array, an ArrayBuffer or a string, not an object');
    await expect(encode(12)).rejects.toThrow(TypeError);
  });
});

describe('a query with styled parameters', () => {
  const queryOf = (query: Record<string, unknown>, styles: Record<string, ParameterStyle>) => encodeStyledQuery(query, { encode: encodeStyledQuery, styles });

  test('deepObject nests objects and indexes arrays, brackets as they are and the rest percent-encoded', () => {
    expect(queryOf({ created: { gte: 1, lt: 5 }, expand: ['data.tax', 'a b'], f: { a: { b: ['x&y'] } } }, { created: deep, expand: deep, f: deep })).toBe(
      'created[gte]=1&created[lt]=5&expand[0]=data.tax&expand[1]=a%20b&f[a][b][0]=x%26y',
    );
  });

  test('unexploded lists and objects join with their delimiter; exploded form objects write their own names', () => {
    const styles: Record<string, ParameterStyle> = {
      ids: { style: 'form', explode: false },
      color: { style: 'form', explode: false },
      words: { style: 'spaceDelimited', explode: false },
      tags: { style: 'pipeDelimited', explode: false },
      point: { style: 'form', explode: true },
    };
    expect(queryOf({ ids: ['1', '2'], color: { R: 100, G: 200 }, words: ['a', 'b'], tags: ['x', 'y'], point: { x: 1, y: 2 } }, styles)).toBe(
      'ids=1,2&color=R,100,G,200&words=a%20b&tags=x%7Cy&x=1&y=2',
    );
  });

  test('allowReserved keeps reserved characters; unstyled parameters are written as the default serializer does; nothing for undefined, null or empty', () => {
    expect(queryOf({ next: 'a/b?c=d', plain: ['p', 'q&r'], none: undefined, nil: null, empty: [], hollow: {} }, { next: { allowReserved: true }, nil: deep, empty: { style: 'form', explode: false }, hollow: deep })).toBe(
      'next=a/b?c=d&plain=p&plain=q%26r',
    );
  });
});
