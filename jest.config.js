/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
// jose 6 is published as ES modules only. Node 20 loads it through require(esm), jest's own
// module loader does not (before Node 24.9), so ts-jest turns it into CommonJS for the tests.
const ESM_ONLY = ['jose'];
const esmTransform = {
  transform: { '^.+\\.tsx?$': tsJest, [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: tsJest },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/bot'],
      testMatch: ['**/*.spec.ts'],
      ...esmTransform,
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
