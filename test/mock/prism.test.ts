// Prism, started once from the generated mock config, answers every operation with its documented
// example; the generated client gets that example back, typed, and Prism accepts every request
// the client sends. Errors on demand, dynamic data and invalid requests are checked too.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createPinpointClient, type CallOptions, type PinpointClient } from '../../generated/client.js';
import * as errors from '../../generated/errors.js';
import * as validators from '../../generated/validators.js';
import { fillPath, operations, sampleInput } from '../support/spec.js';
import { startPrism, type RunningPrism } from '../support/prism.js';

let prism: RunningPrism;
let client: PinpointClient;
const violationsSeen: string[] = [];

beforeAll(async () => {
  prism = await startPrism();
  client = createPinpointClient({
    endpoint: prism.url,
    // Each documented error is asked for once: a retried 429 or 500 would only ask again.
    retry: false,
    middleware: [
      {
        onResponse({ response, schemaPath }) {
          const violations = response.headers.get('sl-violations');
          if (violations) violationsSeen.push(`${schemaPath}: ${violations}`);
        },
      },
    ],
  });
});
afterAll(() => prism?.stop());

type Call = (input?: object, options?: CallOptions) => Promise<unknown>;
const methodOf = (name: string) => (client as unknown as Record<string, Call>)[name]!;
const cases = operations.map((o) => [o.operationId, o] as const);

describe.each(cases)('%s', (_, operation) => {
  const success = operation.success!;

  test('Prism answers the documented status and example', async () => {
    const input = sampleInput(operation);
    const response = await fetch(`${prism.url}${fillPath(operation.path, input.path ?? {})}`, {
      method: operation.method.toUpperCase(),
      headers: input.body === undefined ? {} : { 'content-type': 'application/json' },
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
    });
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(response.status).toBe(Number(success.status));
    expect(await response.json()).toEqual(success.examples![0]!.value);
  });

  test('the client gets the documented example back and Prism accepts its request', async () => {
    await expect(methodOf(operation.methodName)(sampleInput(operation))).resolves.toEqual(success.examples![0]!.value);
    expect(violationsSeen).toEqual([]);
  });

  test('every documented error is served on request and thrown as its typed error', async () => {
    for (const error of operation.errors) {
      const ErrorClass = (errors as unknown as Record<string, new () => Error>)[error.componentName!]!;
      const thrown = await methodOf(operation.methodName)(sampleInput(operation), { mock: { code: Number(error.status) } }).catch(
        (e: unknown) => e,
      );
      expect(thrown).toBeInstanceOf(ErrorClass);
      expect(thrown).toMatchObject({ status: Number(error.status), RequestID: 'string', Message: 'string' });
    }
  });

  test('dynamic answers satisfy the response schema', async () => {
    const body = await methodOf(operation.methodName)(sampleInput(operation), { mock: { dynamic: true } });
    const validate = (validators as unknown as Record<string, (d: unknown) => validators.ValidationResult>)[
      `validate${operation.typeName}Response${success.status}`
    ]!;
    const result = validate(body);
    expect(validators.formatIssues(result.errors)).toBe('');
  });
});

describe('requests that break the spec', () => {
  test('a missing required body gets 422 with the violation, as a typed error', async () => {
    const thrown = await methodOf('createApp')({}).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(errors.UnexpectedResponseException);
    expect(thrown).toMatchObject({ status: 422 });
    expect((thrown as errors.ServiceException).violations.map((v) => v.message)).toContain('Body parameter is required');
  });

  test('a property of the wrong type gets 422 naming it', async () => {
    const thrown = (await methodOf('createApp')({ body: { Name: 7 } }).catch((e: unknown) => e)) as errors.ServiceException;
    expect(thrown.status).toBe(422);
    expect(thrown.Message).toMatch(/Name must be string/);
  });

  test('a value outside an enum gets 422 naming the allowed values', async () => {
    const thrown = (await methodOf('updateEndpoint')({
      path: { 'application-id': 'a', 'endpoint-id': 'e' },
      body: { ChannelType: 'PIGEON' },
    }).catch((e: unknown) => e)) as errors.ServiceException;
    expect(thrown.status).toBe(422);
    expect(thrown.Message).toMatch(/ChannelType must be equal to one of the allowed values: GCM, APNS, .*CUSTOM/);
  });

  test('a missing path parameter (an empty segment) gets 422 naming it, as a typed error', async () => {
    // The client refuses an empty path parameter before sending; a transport layer blanks the segment.
    const blanking = createPinpointClient({
      endpoint: prism.url,
      retry: false,
      transport: [(next) => (request) => next(new Request(request.url.replace('/apps/BLANK/', '/apps//'), request))],
    });
    await expect(methodOf('getCampaigns')({ path: { 'application-id': '' } })).rejects.toThrow(TypeError);
    const thrown = (await blanking.getCampaigns({ path: { 'application-id': 'BLANK' } }).catch((e: unknown) => e)) as errors.ServiceException;
    expect(thrown).toBeInstanceOf(errors.UnexpectedResponseException);
    expect(thrown.status).toBe(422);
    expect(thrown.Message).toBe("Request path must have required property 'application-id'");
    expect(thrown.violations).toEqual([expect.objectContaining({ location: ['request', 'path'], code: 'required' })]);
  });

  test('an empty last path segment is a missing parameter too', async () => {
    const response = await fetch(`${prism.url}/v1/apps/my-app/campaigns/`);
    expect(response.status).toBe(422);
    const violations = JSON.parse(response.headers.get('sl-violations')!) as { message: string }[];
    expect(violations.map((v) => v.message)).toEqual(["Request path must have required property 'campaign-id'"]);
  });

  test('a raw request gets the violations in the sl-violations header', async () => {
    const response = await fetch(`${prism.url}/v1/apps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"tags": 5}' });
    expect(response.status).toBe(422);
    const violations = JSON.parse(response.headers.get('sl-violations')!) as { message: string }[];
    expect(violations.map((v) => v.message)).toEqual(
      expect.arrayContaining(["Request body must have required property 'Name'", 'Request body property tags must be object']),
    );
  });
});

describe("a 422's body is Prism's own problem+json, listing the violations", () => {
  const problem = (validation: object[]) => ({
    type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
    title: 'Invalid request',
    status: 422,
    detail: expect.stringMatching(/^The request breaks the spec: /),
    validation,
  });

  /** curl -i, as the README shows it: the status, the headers (lower-cased names) and the body. */
  async function curl(...args: string[]) {
    const { stdout } = await promisify(execFile)('curl', ['--silent', '--show-error', '--include', ...args]);
    const [head = '', ...rest] = stdout.split('\r\n\r\n');
    const [statusLine = '', ...lines] = head.split('\r\n');
    const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
    return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n') };
  }

  test('curl: a body that breaks the spec', async () => {
    const answer = await curl('-X', 'POST', '-H', 'content-type: application/json', '-d', '{"tags": 5}', `${prism.url}/v1/apps`);
    expect(answer.status).toBe(422);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(answer.body)).toEqual(
      problem([
        { location: ['body'], severity: 'Error', code: 'required', message: "Request body must have required property 'Name'" },
        { location: ['body', 'tags'], severity: 'Error', code: 'type', message: 'Request body property tags must be object' },
      ]),
    );
    // The header stays, with Prism's locations from the request.
    expect(JSON.parse(answer.headers['sl-violations']!)).toEqual([
      { location: ['request', 'body'], severity: 'Error', code: 'required', message: "Request body must have required property 'Name'" },
      { location: ['request', 'body', 'tags'], severity: 'Error', code: 'type', message: 'Request body property tags must be object' },
    ]);
  });

  test('curl: an empty path segment where a parameter belongs', async () => {
    const answer = await curl(`${prism.url}/v1/apps//campaigns`);
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.body)).toEqual(
      problem([{ location: ['path'], severity: 'Error', code: 'required', message: "Request path must have required property 'application-id'" }]),
    );
    expect(JSON.parse(answer.body).detail).toBe("The request breaks the spec: Request path must have required property 'application-id'");
  });

  test('the client: the typed error carries the problem as its body and the violations of the header', async () => {
    const thrown = (await methodOf('createApp')({ body: { Name: 7 } }).catch((e: unknown) => e)) as errors.ServiceException;
    expect(thrown).toBeInstanceOf(errors.UnexpectedResponseException);
    expect(thrown.status).toBe(422);
    expect(thrown.response?.headers.get('content-type')).toBe('application/problem+json');
    expect(thrown.body).toEqual(problem([{ location: ['body', 'Name'], severity: 'Error', code: 'type', message: 'Request body property Name must be string' }]));
    expect(thrown.violations).toEqual([{ location: ['request', 'body', 'Name'], severity: 'Error', code: 'type', message: 'Request body property Name must be string' }]);
  });

  test('Prefer: code=400 still serves the documented 400, as JSON', async () => {
    const documented = operations.find((o) => o.operationId === 'CreateApp')!.errors.find((e) => e.status === '400')!.examples![0]!.value;
    const answer = await curl('-X', 'POST', '-H', 'content-type: application/json', '-H', 'Prefer: code=400', '-d', '{"Name": "My app"}', `${prism.url}/v1/apps`);
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers['sl-violations']).toBeUndefined();
    expect(JSON.parse(answer.body)).toEqual(documented);
    const thrown = await methodOf('createApp')({ body: { Name: 'My app' } }, { mock: { code: 400 } }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(errors.BadRequestException);
    expect((thrown as errors.ServiceException).body).toEqual(documented);
  });
});
