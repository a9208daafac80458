// An ES module app that installed the package: one signed call, a typed 404, the validators. It
// prints what it saw as one JSON line. The global fetch throws: in Node the package must not use it.
import * as validators from 'pinpoint-client/validators';
import { createPinpointClient, NotFoundException, ServiceException, ValidationError } from 'pinpoint-client';

let fetchCalls = 0;
globalThis.fetch = () => {
  fetchCalls++;
  throw new Error('the global fetch was used');
};

const endpoint = process.env.CONSUMER_ENDPOINT;
const credentials = { accessKeyId: 'TESTKEYID', secretAccessKey: 'TESTSECRET/ExampleOnly' };
const client = createPinpointClient({ endpoint, region: 'eu-west-1', credentials, retry: false });
const page = await client.getApps({ query: { 'page-size': '1' } });
const missing = await client.getApp({ path: { 'application-id': 'missing' } }).catch((error) => error);
const strict = createPinpointClient({ endpoint, validation: { validators, request: true } });
const refused = await strict.createApp({ body: {} }).catch((error) => error);

console.log(
  JSON.stringify({
    entry: import.meta.resolve('pinpoint-client'),
    exports: Object.keys(await import('pinpoint-client')),
    validatorsEntry: import.meta.resolve('pinpoint-client/validators'),
    page,
    notFound: {
      isNotFound: missing instanceof NotFoundException,
      isServiceException: missing instanceof ServiceException,
      name: missing.name,
      status: missing.status,
      Message: missing.Message,
      RequestID: missing.RequestID,
    },
    validation: validators.validateCreateApplicationRequest({ Name: 'My app' }).valid,
    invalid: validators.validateCreateApplicationRequest({}).errors.map((e) => e.message),
    refused: { isValidationError: refused instanceof ValidationError, message: String(refused.message) },
    fetchCalls,
  }),
);
