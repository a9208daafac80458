// One signed request with the client package as an app installs it (`npm install pinpoint-client`):
// in Node the `node` export condition picks the Node entry (node:http, JavaScript SHA-256), in a browser
// bundle the entry for every runtime (fetch, Web Crypto). `npm run bench` runs it from an app folder
// outside this project; here the name resolves to generated/ through tsconfig's `paths`.
import { createPinpointConnection, getApps } from 'pinpoint-client';

const env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;
const connection = createPinpointConnection({
  region: 'us-east-1',
  endpoint: env.BENCH_ENDPOINT,
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
});
const page = await getApps(connection, { query: { 'page-size': '1' } });
console.log(JSON.stringify(page));
