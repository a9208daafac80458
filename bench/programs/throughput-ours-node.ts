// Signed GetApps with this client as a Node app gets it by default: the Node entry (node:http, JavaScript SHA-256).
import { createPinpointConnection, getApps } from '../../generated/index.node.js';
import { measure } from './throughput-harness.js';

const connection = createPinpointConnection({
  region: 'us-east-1',
  endpoint: process.env.BENCH_ENDPOINT,
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
});
await measure(() => getApps(connection, { query: { 'page-size': '1' } }));
