// An app's TypeScript (ES module) against the installed package, compiled under the strictest flags
// with `module nodenext` (Node: the `node` export condition) and `moduleResolution bundler`.
// Every @ts-expect-error fails the compilation if the package's types were `any`.
import { createPinpointClient, createPinpointConnection, getApps, NotFoundException, paginate, ServiceException } from 'pinpoint-client';
import type { ApplicationResponse, CreateAppInput, GetAppsInput, GetAppsOutput, PinpointClient } from 'pinpoint-client';
import * as validators from 'pinpoint-client/validators';

const client: PinpointClient = createPinpointClient({ region: 'eu-west-1', credentials: { accessKeyId: 'TESTKEYID', secretAccessKey: 'TESTSECRET' } });
const input: GetAppsInput = { query: { 'page-size': '10' } };
const page: GetAppsOutput = await client.getApps(input);
const first: ApplicationResponse | undefined = page.Item?.[0];
const name: string | undefined = first?.Name;

const connection = createPinpointConnection({ endpoint: 'http://127.0.0.1:4010' });
const apps = await getApps(connection, {});
const count: number = apps.Item?.length ?? 0;

try {
  await client.getApp({ path: { 'application-id': 'missing' } });
} catch (error) {
  if (error instanceof NotFoundException) console.log(error.status, error.Message, error.RequestID);
  else if (error instanceof ServiceException) console.log(error.errorType, error.attempts);
}
for await (const app of paginate(client.getApps, {})) console.log(app.Id);

const body: CreateAppInput['body'] = { Name: 'My app' };
const checked = createPinpointClient({ validation: { validators, request: true, response: true } });
await checked.createApp({ body });
const result = validators.validateCreateApplicationRequest(body);
if (!result.valid) console.log(validators.formatIssues(result.errors));
if (validators.isApplicationResponse(first)) console.log(first.Arn);

// @ts-expect-error page-size is a string parameter
await client.getApps({ query: { 'page-size': 10 } });
// @ts-expect-error the client has no such method
client.getNothing();
// @ts-expect-error Name is required
const missingName: CreateAppInput['body'] = {};

console.log(name, count, missingName);
