// One signed request with this project's client in Node, over node:http as the AWS SDK does there.
import { createPinpointConnection, getApps } from '../../generated/client.js';
import { nodeHttpFetch } from '../../generated/runtime/node/http-fetch.js';

const connection = createPinpointConnection({
  region: 'us-east-1',
  endpoint: process.env.BENCH_ENDPOINT,
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
  fetch: nodeHttpFetch,
});
const page = await getApps(connection, { query: { 'page-size': '1' } });
console.log(JSON.stringify(page));
