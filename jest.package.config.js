// The client package's consumer test (`npm run test:package`): kept out of `npm test` because it packs
// dist/client/ and installs it into an app (npm, tsc, esbuild: about a minute). Same transform as
// jest.config.js; only the files differ (test/package/*.package.ts).
import base from './jest.config.js';

export default {
  ...base,
  roots: ['<rootDir>/test/package'],
  testMatch: ['**/*.package.ts'],
  testTimeout: 300000,
};
