// Signed GetApps with this client's universal entry in Node: the global fetch and Web Crypto.
import { createPinpointConnection, getApps } from '../../generated/index.js';
import { measure } from './throughput-harness.js';

const connection = createPinpointConnection({
  region: 'us-east-1',
  endpoint: process.env.BENCH_ENDPOINT,
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
});
await measure(() => getApps(connection, { query: { 'page-size': '1' } }));
