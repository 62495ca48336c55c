/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/bot'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      slowTestThreshold: 30,
    },
  ],
};
