// One signed request with this project's client as a Node app gets it by default: the Node entry,
// over node:http as the AWS SDK does there.
import { createPinpointConnection, getApps } from '../../generated/index.node.js';

const connection = createPinpointConnection({
  region: 'us-east-1',
  endpoint: process.env.BENCH_ENDPOINT,
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
});
const page = await getApps(connection, { query: { 'page-size': '1' } });
console.log(JSON.stringify(page));
