// .ci/run's unit run on Node 22 loads this with NODE_OPTIONS=--require, so that processes the
// tests start (main.spec.ts's server, delivery-crash.spec.ts's worker) load the better-sqlite3
// built for Node 22 (RAKE_TEST_BETTER_SQLITE3) too: they resolve modules through Node itself
// (with tsx's hooks), which jest's moduleNameMapper (jest.config.js) does not reach.
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload script */
const { registerHooks } = require('node:module');
const { pathToFileURL } = require('node:url');

const built = process.env.RAKE_TEST_BETTER_SQLITE3;
if (built) {
  const url = pathToFileURL(require.resolve(built)).href;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'better-sqlite3') return { url, format: 'commonjs', shortCircuit: true };
      return nextResolve(specifier, context);
    },
  });
}
