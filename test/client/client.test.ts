// The generated client against a scripted fetch: URLs, parameters, bodies, headers, typed errors,
// and the transport and middleware seams.
import { createPinpointClient, type FetchLike, type TransportLayer } from '../../generated/client.js';
import {
  BadRequestException,
  ForbiddenException,
  InternalServerErrorException,
  InvalidResponseException,
  MethodNotAllowedException,
  NotFoundException,
  ServiceException,
  TooManyRequestsException,
  UnexpectedResponseException,
} from '../../generated/errors.js';

interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

function scripted(respond: (request: Request) => Response = () => json(200, { Item: [] })) {
  const requests: Recorded[] = [];
  const fetch: FetchLike = async (request) => {
    requests.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: await request.clone().text(),
    });
    return respond(request);
  };
  return { fetch, requests };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

describe('endpoints', () => {
  test('default to the us-east-1 regional endpoint', async () => {
    const { fetch, requests } = scripted();
    await createPinpointClient({ fetch }).getApps();
    expect(requests[0]!.url).toBe('https://pinpoint.us-east-1.amazonaws.com/v1/apps');
  });

  test('follow the region', async () => {
    const { fetch, requests } = scripted();
    await createPinpointClient({ fetch, region: 'eu-west-1' }).getApps();
    expect(requests[0]!.url).toBe('https://pinpoint.eu-west-1.amazonaws.com/v1/apps');
  });

  test('are overridden by endpoint, with or without a trailing slash', async () => {
    const { fetch, requests } = scripted();
    await createPinpointClient({ fetch, region: 'eu-west-1', endpoint: 'http://127.0.0.1:4010/' }).getApps();
    expect(requests[0]!.url).toBe('http://127.0.0.1:4010/v1/apps');
  });

  test('refuse a region that is not a region name', () => {
    expect(() => createPinpointClient({ region: 'evil.example.com/x' })).toThrow(/Not a region name/);
  });
});

describe('requests', () => {
  test('fill path parameters by their documented names, percent-encoded', async () => {
    const { fetch, requests } = scripted(() => json(200, {}));
    await createPinpointClient({ fetch }).getEndpoint({ path: { 'application-id': 'a/b?c', 'endpoint-id': '../x' } });
    expect(requests[0]!.url).toBe('https://pinpoint.us-east-1.amazonaws.com/v1/apps/a%2Fb%3Fc/endpoints/..%2Fx');
  });

  test('send query parameters and the JSON body', async () => {
    const { fetch, requests } = scripted(() => json(201, { Name: 'n', Id: 'i', Arn: 'a' }));
    const client = createPinpointClient({ fetch });
    await client.getApps({ query: { 'page-size': '50', token: 'next token' } });
    await client.createApp({ body: { Name: 'My app', tags: { team: 'growth' } } });
    expect(requests[0]!.url).toBe('https://pinpoint.us-east-1.amazonaws.com/v1/apps?page-size=50&token=next%20token');
    expect(requests[1]).toMatchObject({ method: 'POST', body: '{"Name":"My app","tags":{"team":"growth"}}' });
    expect(requests[1]!.headers['content-type']).toBe('application/json');
  });

  test('carry the client headers, the per-call headers and the documented header parameters', async () => {
    const { fetch, requests } = scripted();
    const client = createPinpointClient({ fetch, headers: { 'x-team': 'growth' } });
    await client.getApps({ header: { accept: 'application/json' } }, { headers: { 'x-trace': 't-1' } });
    expect(requests[0]!.headers).toMatchObject({ 'x-team': 'growth', 'x-trace': 't-1', accept: 'application/json' });
  });

  test('resolve to the parsed success body', async () => {
    const app = { Name: 'n', Id: 'i', Arn: 'arn:aws:mobiletargeting:us-east-1:1:apps/i' };
    const { fetch } = scripted(() => json(200, app));
    await expect(createPinpointClient({ fetch }).getApp({ path: { 'application-id': 'i' } })).resolves.toEqual(app);
  });
});

describe('errors', () => {
  const documented = [
    [400, BadRequestException],
    [403, ForbiddenException],
    [404, NotFoundException],
    [405, MethodNotAllowedException],
    [429, TooManyRequestsException],
    [500, InternalServerErrorException],
  ] as const;

  test.each(documented)('HTTP %i rejects with its typed error carrying status, RequestID and Message', async (status, ErrorClass) => {
    const { fetch } = scripted(() => json(status, { RequestID: 'req-1', Message: 'it failed' }));
    const error = await createPinpointClient({ fetch }).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ServiceException);
    expect(error).toMatchObject({ name: ErrorClass.name, status, RequestID: 'req-1', Message: 'it failed', operationId: 'GetApps' });
    expect((error as ServiceException).message).toBe(`GetApps failed with HTTP ${status}: it failed`);
    expect((error as ServiceException).response?.status).toBe(status);
  });

  test('an undocumented status rejects with UnexpectedResponseException', async () => {
    const { fetch } = scripted(() => json(503, { Message: 'slow down' }, { 'x-amzn-RequestId': 'hdr-1' }));
    const error = await createPinpointClient({ fetch }).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseException);
    expect(error).toMatchObject({ status: 503, RequestID: 'hdr-1', Message: 'slow down' });
  });

  test('an error body that is not JSON still gives a typed error with its text', async () => {
    const { fetch } = scripted(() => new Response('<html>Bad gateway</html>', { status: 500 }));
    const error = await createPinpointClient({ fetch }).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerErrorException);
    expect(error).toMatchObject({ Message: '<html>Bad gateway</html>', body: '<html>Bad gateway</html>' });
  });

  test('a success body that is not JSON rejects with InvalidResponseException', async () => {
    const { fetch } = scripted(() => new Response('not json', { status: 200 }));
    const error = await createPinpointClient({ fetch }).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseException);
    expect((error as Error).message).toContain('not json');
  });

  test("a mock's violations are surfaced on the error", async () => {
    const violations = [{ location: ['request', 'body'], severity: 'Error', code: 'required', message: "Request body must have required property 'Name'" }];
    const { fetch } = scripted(() => new Response(null, { status: 422, headers: { 'sl-violations': JSON.stringify(violations) } }));
    const error = await createPinpointClient({ fetch }).createApp({ body: { Name: '' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseException);
    expect(error).toMatchObject({ status: 422, violations, Message: violations[0]!.message });
  });

  test('the raw response stays out of enumeration and JSON', async () => {
    const { fetch } = scripted(() => json(404, { Message: 'gone' }));
    const error = (await createPinpointClient({ fetch }).getApps().catch((e: unknown) => e)) as ServiceException;
    expect(Object.keys(error)).not.toContain('response');
    expect(JSON.stringify(error)).not.toContain('content-type');
    expect(error.response?.status).toBe(404);
    expect(error.response?.headers.get('content-type')).toBe('application/json');
  });
});

describe('extension points', () => {
  test('transport layers see every request, outermost first', async () => {
    const seen: string[] = [];
    const layer =
      (name: string): TransportLayer =>
      (next) =>
      async (request) => {
        seen.push(`${name} ${request.method} ${new URL(request.url).pathname}`);
        return next(request);
      };
    const { fetch } = scripted();
    await createPinpointClient({ fetch, transport: [layer('outer'), layer('inner')] }).getApps();
    expect(seen).toEqual(['outer GET /v1/apps', 'inner GET /v1/apps']);
  });

  test('openapi-fetch middleware can read and change requests and responses', async () => {
    const { fetch, requests } = scripted();
    const schemaPaths: string[] = [];
    const client = createPinpointClient({
      fetch,
      middleware: [
        {
          onRequest({ request, schemaPath }) {
            schemaPaths.push(schemaPath);
            request.headers.set('x-trace-id', 'abc');
            return request;
          },
        },
      ],
    });
    await client.getApp({ path: { 'application-id': 'x' } }).catch(() => undefined);
    expect(schemaPaths).toEqual(['/v1/apps/{application-id}']);
    expect(requests[0]!.headers['x-trace-id']).toBe('abc');
  });

  test('a caller can cancel a call', async () => {
    const fetch: FetchLike = (request) =>
      new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    const controller = new AbortController();
    const call = createPinpointClient({ fetch }).getApps({}, { signal: controller.signal });
    controller.abort(new Error('caller gave up'));
    await expect(call).rejects.toThrow('caller gave up');
  });
});

describe('mock preferences', () => {
  test('the client option and the per-call option send Prism\'s Prefer header', async () => {
    const { fetch, requests } = scripted();
    const client = createPinpointClient({ fetch, mock: { dynamic: true } });
    await client.getApps();
    await client.getApps({}, { mock: { code: 404, example: 'MessageBody' } }).catch(() => undefined);
    expect(requests.map((r) => r.headers.prefer)).toEqual(['dynamic=true', 'code=404, example=MessageBody']);
  });

  test('without mock preferences no Prefer header is sent', async () => {
    const { fetch, requests } = scripted();
    await createPinpointClient({ fetch }).getApps();
    expect(requests[0]!.headers.prefer).toBeUndefined();
  });
});
