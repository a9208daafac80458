// Signed GetApps with the official AWS SDK v3 client, as it comes.
import { GetAppsCommand, PinpointClient } from '@aws-sdk/client-pinpoint';
import { measure } from './throughput-harness.js';

const client = new PinpointClient({
  region: 'us-east-1',
  endpoint: process.env.BENCH_ENDPOINT,
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
});
await measure(() => client.send(new GetAppsCommand({ PageSize: '1' })));
