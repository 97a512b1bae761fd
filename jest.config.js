// Jest runs the TypeScript tests through ts-jest, file by file (isolatedModules: type checking is done once by `tsc --noEmit` in `npm test`).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  // both cores of our 2-core machines: jest's default (cores - 1) runs one worker, ~25 % slower end to end
  maxWorkers: 2,
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  // d3-geo v3 and d3-array are ES modules only; their UMD builds load as CommonJS (esbuild bundles the ES modules)
  moduleNameMapper: {
    '^d3-geo$': '<rootDir>/node_modules/d3-geo/dist/d3-geo.js',
    '^d3-array$': '<rootDir>/node_modules/d3-array/dist/d3-array.js',
  },
};
