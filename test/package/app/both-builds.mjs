// An ES module app whose dependency requires the package: both builds load, ES module and CommonJS,
// each with its own error classes. An error of either build must pass `instanceof` with the other's
// class of the same name and its ancestors, and no other class. Prints what it saw as one JSON line.
import { createRequire } from 'node:module';
import * as imported from 'pinpoint-client';

const required = createRequire(import.meta.url)('pinpoint-client');
const endpoint = process.env.CONSUMER_ENDPOINT;
const credentials = { accessKeyId: 'TESTKEYID', secretAccessKey: 'TESTSECRET/ExampleOnly' };
const missing = (entry) =>
  entry.createPinpointClient({ endpoint, region: 'eu-west-1', credentials, retry: false }).getApp({ path: { 'application-id': 'missing' } }).catch((error) => error);

/** Which of `classes` the error passes `instanceof` with. */
const classesOf = (error, classes) =>
  ['NotFoundException', 'ServiceException', 'TooManyRequestsException', 'RequestFailedError', 'NetworkError'].filter((name) => error instanceof classes[name]);

const fromRequired = await missing(required);
const fromImported = await missing(imported);
const networkError = new required.NetworkError(new Error('socket hang up'));
console.log(
  JSON.stringify({
    twoCopies: required.NotFoundException !== imported.NotFoundException,
    requiredErrorWithImportedClasses: classesOf(fromRequired, imported),
    importedErrorWithRequiredClasses: classesOf(fromImported, required),
    networkErrorWithImportedClasses: classesOf(networkError, imported),
  }),
);
