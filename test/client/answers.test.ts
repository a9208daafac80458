// What a call resolves to or rejects with, read from the answer: the AWS error type of an error,
// Prism's violations from its 422 body, and each documented kind of success (JSON, text, bytes, no
// content), through a small foreign spec (test/fixtures/answers) generated for the occasion and
// called on both transports.
import path from 'node:path';
import { rmSync } from 'node:fs';
import { jest } from '@jest/globals';
import { createPinpointClient, type FetchLike } from '../../generated/index.js';
import { NotFoundException, ServiceException, UnexpectedResponseException } from '../../generated/errors.js';
import { main } from '../../generator/index.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

function answering(response: () => Response) {
  const fetch: FetchLike = async () => response();
  return createPinpointClient({ fetch, retry: false });
}

describe('the AWS error type', () => {
  test.each([
    ['x-amzn-ErrorType with its :url suffix', { 'x-amzn-ErrorType': 'NotFoundException:http://internal.amazon.com/coral/com.amazonaws.pinpoint/' }, {}, 'NotFoundException'],
    ['x-amzn-ErrorType before the body', { 'x-amzn-ErrorType': 'NotFoundException' }, { __type: 'OtherException' }, 'NotFoundException'],
    ['__type with its namespace', {}, { __type: 'com.amazonaws.pinpoint#NotFoundException', Message: 'gone' }, 'NotFoundException'],
    ['code in the body', {}, { code: 'ResourceNotFound', message: 'gone' }, 'ResourceNotFound'],
    ['Code in the body, before __type', {}, { Code: 'ResourceNotFound', __type: 'Other' }, 'ResourceNotFound'],
    ['nothing', {}, { Message: 'gone' }, undefined],
  ])('is read from %s', async (_, headers, body, errorType) => {
    const error = await answering(() => new Response(JSON.stringify(body), { status: 404, headers }))
      .getApp({ path: { 'application-id': 'a' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundException);
    expect((error as ServiceException).errorType).toBe(errorType);
  });
});

describe("a Prism mock's 422", () => {
  const problem = {
    type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
    title: 'Invalid request',
    status: 422,
    detail: 'Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.',
    validation: [
      { location: ['request', 'body'], severity: 'Error', code: 'required', message: "Request body must have required property 'Name'" },
      { location: ['request', 'body', 'tags'], severity: 'Error', code: 'type', message: 'Request body property tags must be object' },
    ],
  };

  test('carries the violations of its problem+json body when there is no sl-violations header', async () => {
    const error = await answering(() => new Response(JSON.stringify(problem), { status: 422, headers: { 'content-type': 'application/problem+json' } }))
      .createApp({ body: { Name: '' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseException);
    expect(error).toMatchObject({
      status: 422,
      violations: problem.validation,
      Message: "Request body must have required property 'Name'; Request body property tags must be object",
    });
  });

  test('prefers the sl-violations header when both are there', async () => {
    const header = [{ location: ['request', 'path'], severity: 'Error', code: 'required', message: 'from the header' }];
    const error = await answering(() => new Response(JSON.stringify(problem), { status: 422, headers: { 'sl-violations': JSON.stringify(header) } }))
      .getApps()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ violations: header, Message: 'from the header' });
  });
});

describe('documented successes of a foreign spec', () => {
  const out = path.join(scratch, 'answers-out');
  type Client = Record<string, (input?: object) => Promise<unknown>>;
  let entries: Record<'fetch' | 'node', (options: object) => Client>;
  let descriptors: Record<string, { success: Record<string, string> }>;
  // The foreign client has a runtime of its own, so errors of its own classes.
  let InvalidResponseException: new () => Error;
  let server: ScriptedServer;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x0d, 0x0a]);

  beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await main(['--spec', path.join(root, 'test/fixtures/answers/openapi.yaml'), '--out', out])).toBe(0);
    } finally {
      log.mockRestore();
    }
    type Module = { createAnswersClient: (options: object) => Client } & Record<string, unknown>;
    const universal = (await import(path.join(out, 'index.ts'))) as Module;
    const node = (await import(path.join(out, 'index.node.ts'))) as Module;
    entries = { fetch: universal.createAnswersClient, node: node.createAnswersClient };
    descriptors = universal as unknown as typeof descriptors;
    InvalidResponseException = universal['InvalidResponseException'] as typeof InvalidResponseException;
    server = await startScriptedServer((request) => {
      const [, , id, part] = request.url.split('?')[0]!.split('/');
      if (part === 'report') return { status: 200, body: 'id,name\n1,Rex\n', headers: { 'content-type': 'text/csv' } };
      if (part === 'picture') return { status: 200, body: png, headers: { 'content-type': 'image/png' } };
      if (part === 'status') return { status: 200, body: { title: 'fine' }, headers: { 'content-type': 'application/problem+json' } };
      if (request.method === 'DELETE') return { status: id === 'chatty' ? 200 : 204, body: id === 'chatty' ? 'deleted' : '' };
      if (request.method === 'POST') return { status: 202, body: { name: 'queued' } };
      if (id === 'empty') return { status: 200, body: '', headers: { 'content-type': 'application/json' } };
      if (id === 'html') return { status: 200, body: '<html>maintenance</html>' };
      return { status: 200, body: { name: id } };
    });
  });
  afterAll(() => server?.close());

  test('the generator marks each documented success with how it is read', () => {
    expect(descriptors['CreateThingOperation']!.success).toEqual({ '2XX': 'json' });
    expect(descriptors['GetThingOperation']!.success).toEqual({ '200': 'json' });
    expect(descriptors['DeleteThingOperation']!.success).toEqual({ '204': 'none' });
    expect(descriptors['GetReportOperation']!.success).toEqual({ '200': 'text' });
    expect(descriptors['GetPictureOperation']!.success).toEqual({ '200': 'bytes' });
    expect(descriptors['GetStatusOperation']!.success).toEqual({ '200': 'json' });
  });

  describe.each(['fetch', 'node'] as const)('on %s', (entry) => {
    const client = () => entries[entry]({ endpoint: server.url, retry: false });
    const path = (id: string) => ({ path: { id } });

    test('JSON (and +json) resolves to the parsed body, for a status in a documented range too', async () => {
      await expect(client().getThing!(path('rex'))).resolves.toEqual({ name: 'rex' });
      await expect(client().getStatus!(path('rex'))).resolves.toEqual({ title: 'fine' });
      await expect(client().createThing!({ body: { name: 'queued' } })).resolves.toEqual({ name: 'queued' });
    });

    test('text resolves to the text', async () => {
      await expect(client().getReport!(path('rex'))).resolves.toBe('id,name\n1,Rex\n');
    });

    test('bytes resolve to exactly the bytes sent, as a plain Uint8Array', async () => {
      const bytes = (await client().getPicture!(path('rex'))) as Uint8Array;
      expect(bytes.constructor).toBe(Uint8Array);
      expect([...bytes]).toEqual([...png]);
    });

    test('no documented content resolves to undefined, whatever came', async () => {
      await expect(client().deleteThing!(path('rex'))).resolves.toBeUndefined();
      await expect(client().deleteThing!(path('chatty'))).resolves.toBeUndefined();
    });

    test('an empty body where JSON is documented is an InvalidResponseException', async () => {
      const error = await client().getThing!(path('empty')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseException);
      expect((error as Error).message).toBe('getThing answered HTTP 200 with an empty body where the spec documents JSON');
    });

    test('a body that is not JSON where JSON is documented is an InvalidResponseException', async () => {
      const error = await client().getThing!(path('html')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseException);
      expect(error).toMatchObject({ status: 200, bodyText: '<html>maintenance</html>' });
    });
  });
});
