// The same app as CommonJS TypeScript: `require` resolves the package's CommonJS entry and its types.
import { createPinpointClient, NotFoundException, type GetAppsOutput } from 'pinpoint-client';
import validators = require('pinpoint-client/validators');

async function main(): Promise<void> {
  const client = createPinpointClient({ region: 'eu-west-1' });
  const page: GetAppsOutput = await client.getApps();
  console.log(page.Item?.[0]?.Name, validators.validateCreateApplicationRequest({}).valid);
  await client.getApp({ path: { 'application-id': 'missing' } }).catch((error: unknown) => error instanceof NotFoundException);
  // @ts-expect-error the client has no such method
  client.getNothing();
}
void main();
