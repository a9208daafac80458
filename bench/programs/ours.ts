// One signed request with this project's client, imported the tree-shakeable way from the entry for
// every runtime (fetch and Web Crypto): the browser program, and the global-fetch figure in Node.
import { createPinpointConnection, getApps } from '../../generated/index.js';

const env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;
const connection = createPinpointConnection({
  region: 'us-east-1',
  endpoint: env.BENCH_ENDPOINT,
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
});
const page = await getApps(connection, { query: { 'page-size': '1' } });
console.log(JSON.stringify(page));
