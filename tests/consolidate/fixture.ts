// The consolidation tests' shared fixture, in one import: generated report lines, the sheets and files they become, and
// the figures a consolidation of them must give.

export * from './fixtureFigures';
export * from './fixtureSheets';
export * from './fixtureSpecs';
