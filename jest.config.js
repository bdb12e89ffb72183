/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Transpile only: `tsc --noEmit` type-checks the whole project separately in `npm test`.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    // ES-module-only dependencies of src/ (see test/esm-transform.js).
    '/node_modules/@exodus/bytes/.+\\.js$': '<rootDir>/test/esm-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!@exodus/bytes/)'],
  globalSetup: '<rootDir>/test/global-setup.js',
};
