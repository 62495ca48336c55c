/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
// jose 6 is published as ES modules only. Node 20 loads it through require(esm), jest's own
// module loader does not (before Node 24.9), so ts-jest turns it into CommonJS for the tests.
const ESM_ONLY = ['jose'];
const esmTransform = {
  transform: { '^.+\\.tsx?$': tsJest, [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: tsJest },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
};

// .ci/run runs the unit tests once more on Node 22, with better-sqlite3 built for that Node in
// a folder of its own (node_modules/better-sqlite3 is built for the Node that installed it).
const betterSqlite3 = process.env.RAKE_TEST_BETTER_SQLITE3;
const nativeModules = betterSqlite3
  ? { moduleNameMapper: { '^better-sqlite3$': betterSqlite3 } }
  : {};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/bot'],
      testMatch: ['**/*.spec.ts'],
      ...esmTransform,
      ...nativeModules,
    },
    {
      // Two app processes on one Graph double (test/scale-out): a minute or so, run once.
      displayName: 'scale-out',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/scale-out'],
      testMatch: ['**/*.spec.ts'],
      ...esmTransform,
      slowTestThreshold: 60,
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.spec.ts'],
      ...esmTransform,
      slowTestThreshold: 30,
    },
  ],
};
