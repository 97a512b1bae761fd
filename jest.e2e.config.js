// Browser tests of the entry sidebar (`npm run test:e2e`, not part of `npm test`): Debian's Chromium driven by
// playwright-core against the local preview server, in Thailand's time zone like the add-on's manifest.
process.env.TZ = 'Asia/Bangkok';
const { moduleNameMapper } = require('./jest.config');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  moduleNameMapper,
  testTimeout: 180000,
  maxWorkers: 1,
};
