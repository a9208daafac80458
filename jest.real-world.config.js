// The real-world specs (`npm run test:real-world`): kept out of `npm test`, whose ten-minute budget
// they would take most of. Same transform as jest.config.js; only the files differ
// (test/real-world/*.real.ts).
import base from './jest.config.js';

export default {
  ...base,
  roots: ['<rootDir>/test/real-world'],
  testMatch: ['**/*.real.ts'],
  testTimeout: 30 * 60_000,
};
