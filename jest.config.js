// Native ESM (the @actions packages are ESM-only): run with NODE_OPTIONS=--experimental-vm-modules.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.check.json' }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Prints which Node the end-to-end tests run dist/ with (see runnerNode in harness/run-action.ts).
  globalSetup: '<rootDir>/__tests__/support/global-setup.js',
  // Every test file: workflow commands in what the code under test prints reach the output neutralised.
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/workflow-commands.ts'],
  testTimeout: 30000,
  // `npm run coverage`: the in-process tests, measured on src/. The entry only picks run() or runPost(); the
  // end-to-end tests run it as the bundle.
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts', '!src/*/index.ts'],
  coverageReporters: ['json-summary', 'text'],
  coverageThreshold: { global: { lines: 90, branches: 85 } }
}
