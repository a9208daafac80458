// Two copies of the client in one Node process, as an app gets when it imports the package and a
// dependency requires it (its ES module and CommonJS builds): `instanceof` must hold across them
// for the same error class, and only for it. The Node entry brands the error classes; the second
// copy here is generated/ copied whole into another folder, so its classes are other objects.
import { cpSync } from 'node:fs';
import path from 'node:path';
import * as first from '../../generated/index.node.js';
import { recognizeErrorsAcrossCopies } from '../../generated/runtime/node/error-classes.js';
import { root } from '../support/spec.js';
import { scratchFolder } from '../support/tsc.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

type Entry = typeof first;
let second: Entry;
let server: ScriptedServer;

beforeAll(async () => {
  const dir = path.join(scratchFolder('second-copy-'), 'generated');
  cpSync(path.join(root, 'generated'), dir, { recursive: true, filter: (f) => !/[\\/](docs|mock)$/.test(f) });
  second = (await import(path.join(dir, 'index.node.ts'))) as Entry;
  server = await startScriptedServer((request) =>
    request.url.startsWith('/v1/apps/missing')
      ? { status: 404, headers: { 'x-amzn-errortype': 'NotFoundException' }, body: { Message: 'no such app' } }
      : request.url.startsWith('/v1/apps/busy')
        ? { status: 429, headers: { 'x-amzn-errortype': 'TooManyRequestsException' }, body: { Message: 'slow down' } }
        : 'hang',
  );
});
afterAll(() => server.close());

const missingApp = (entry: Entry) =>
  entry.createPinpointClient({ endpoint: server.url, retry: false }).getApp({ path: { 'application-id': 'missing' } }).catch((e: unknown) => e);

test('the second copy is another set of classes', () => {
  expect(second.NotFoundException).not.toBe(first.NotFoundException);
  expect(second.ServiceException).not.toBe(first.ServiceException);
});

test.each([
  ['the second copy', () => second, () => first],
  ['the first copy', () => first, () => second],
])("a service error of %s is an instance of the other copy's class and of its ancestors", async (_, thrower, other) => {
  const error = await missingApp(thrower());
  expect(error).toBeInstanceOf(thrower().NotFoundException);
  const classes = other();
  expect([error instanceof classes.NotFoundException, error instanceof classes.ServiceException, error instanceof Error]).toEqual([true, true, true]);
  expect([error instanceof classes.TooManyRequestsException, error instanceof classes.UnexpectedResponseException, error instanceof classes.RequestFailedError]).toEqual([false, false, false]);
});

test("a failure of the request is the other copy's class, and no service error", async () => {
  const aborted = await second
    .createPinpointClient({ endpoint: server.url, retry: false, timeoutMs: 50 })
    .getApps()
    .catch((e: unknown) => e);
  expect(aborted).toBeInstanceOf(second.TimeoutError);
  expect([aborted instanceof first.TimeoutError, aborted instanceof first.RequestFailedError]).toEqual([true, true]);
  expect([aborted instanceof first.NetworkError, aborted instanceof first.RequestAbortedError, aborted instanceof first.ServiceException]).toEqual([false, false, false]);
});

test("an app's own subclass claims only its own instances", async () => {
  class AppNotFound extends first.NotFoundException {}
  const foreign = await missingApp(second);
  expect(foreign instanceof AppNotFound).toBe(false);
  expect(new AppNotFound({ status: 404, operationId: 'GetApp' })).toBeInstanceOf(first.NotFoundException);
  expect(new AppNotFound({ status: 404, operationId: 'GetApp' })).toBeInstanceOf(AppNotFound);
});

test("another package's classes of the same names, plain objects and primitives are no instances", () => {
  class NotFoundException extends Error {}
  recognizeErrorsAcrossCopies('some-other-client', { NotFoundException });
  const lookalike = Object.assign(new NotFoundException('x'), { name: 'NotFoundException', status: 404 });
  expect(lookalike instanceof first.NotFoundException).toBe(false);
  expect(new first.NotFoundException({ status: 404, operationId: 'GetApp' }) instanceof NotFoundException).toBe(false);
  for (const value of [null, undefined, 404, 'NotFoundException', { name: 'NotFoundException' }, Object.create(null)]) {
    expect(value instanceof first.NotFoundException).toBe(false);
  }
});
