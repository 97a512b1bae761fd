// Jest runs the TypeScript tests through ts-jest, file by file (isolatedModules: type checking is done once by `tsc --noEmit` in `npm test`).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
};
