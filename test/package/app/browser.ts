// A browser app's TypeScript: `moduleResolution bundler` without Node's types and with the DOM
// library: the package's entry for every runtime needs nothing of Node.
import { createPinpointConnection, getApps, type GetAppsOutput } from 'pinpoint-client';

const connection = createPinpointConnection({ region: 'eu-west-1', credentials: async () => ({ accessKeyId: 'TESTKEYID', secretAccessKey: 'TESTSECRET' }) });
const page: GetAppsOutput = await getApps(connection, { query: { 'page-size': '1' } });
document.title = String(page.Item?.length ?? 0);
// @ts-expect-error the entry for every runtime has no Node transport
import('pinpoint-client').then((m) => m.nodeHttpFetch);
export {};
