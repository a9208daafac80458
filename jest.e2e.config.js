// The browser test of the published docs (`npm run test:e2e`): kept out of `npm test`, which needs
// no browser. Same transform as jest.config.js; only the files differ (test/e2e/*.e2e.ts).
import base from './jest.config.js';

export default {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testTimeout: 180000,
};
