// The same app as CommonJS: `require` gets the package's CommonJS build (the Node entry in Node).
const validators = require('pinpoint-client/validators');
const { createPinpointClient, NotFoundException, ServiceException, ValidationError } = require('pinpoint-client');

let fetchCalls = 0;
globalThis.fetch = () => {
  fetchCalls++;
  throw new Error('the global fetch was used');
};

async function main() {
  const endpoint = process.env.CONSUMER_ENDPOINT;
  const credentials = { accessKeyId: 'TESTKEYID', secretAccessKey: 'TESTSECRET/ExampleOnly' };
  const client = createPinpointClient({ endpoint, region: 'eu-west-1', credentials, retry: false });
  const page = await client.getApps({ query: { 'page-size': '1' } });
  const missing = await client.getApp({ path: { 'application-id': 'missing' } }).catch((error) => error);
  const strict = createPinpointClient({ endpoint, validation: { validators, request: true } });
  const refused = await strict.createApp({ body: {} }).catch((error) => error);
  console.log(
    JSON.stringify({
      entry: require.resolve('pinpoint-client'),
      exports: Object.keys(require('pinpoint-client')),
      validatorsEntry: require.resolve('pinpoint-client/validators'),
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
}
main();
