/**
 * `npm run verify:tenant` only: the port contracts against a real SharePoint site. Its files end
 * in `.tenant.ts`, so the normal `npm test` (jest.config.js matches `*.spec.ts`) never runs them.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'tenant',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.tenant.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // A real site answers slower than the double, and a throttled request waits out Retry-After.
  testTimeout: 600_000,
};
