/** Keeps the layering honest: the domain is pure, ports know only the domain. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain holds pure logic: no I/O, no adapters, no framework.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: {
        pathNot: ['^src/domain', '^node_modules/(finnish-ssn|zod)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'ports-know-only-domain',
      severity: 'error',
      from: { path: '^src/ports' },
      to: { pathNot: ['^src/domain', '^src/ports'] },
    },
    {
      name: 'app-does-not-know-adapters',
      comment: 'Use cases talk to ports, never to SQLite, Graph or HTTP directly.',
      severity: 'error',
      from: { path: '^src/app' },
      to: { path: '^src/adapters' },
    },
    {
      name: 'tab-shares-only-the-domain',
      comment: 'The tab runs in the browser: it may reuse pure domain code, never the server.',
      severity: 'error',
      from: { path: '^tab/src' },
      to: { path: '^src/(?!domain/)' },
    },
    {
      name: 'bot-framework-stays-in-bot',
      comment:
        'The Bot Framework SDK is at end of support; keeping it in bot/ makes the move to the ' +
        'Microsoft 365 Agents SDK touch that folder only.',
      severity: 'error',
      from: { pathNot: '^bot/' },
      to: { path: 'node_modules/(botbuilder|botframework-|@microsoft/agents-)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^dist|\\.spec\\.ts$)' },
  },
};
