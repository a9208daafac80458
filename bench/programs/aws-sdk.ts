// The same signed request with the official AWS SDK v3 client, imported the modular way.
import { GetAppsCommand, PinpointClient } from '@aws-sdk/client-pinpoint';

const env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;
const client = new PinpointClient({
  region: 'us-east-1',
  endpoint: env.BENCH_ENDPOINT,
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
});
const page = await client.send(new GetAppsCommand({ PageSize: '1' }));
console.log(JSON.stringify(page.ApplicationsResponse));
