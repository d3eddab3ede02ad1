// ESM jest: ts-jest transpiles TypeScript as ES modules; ts-jest-resolver maps `./x.js` imports to `./x.ts`.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', isolatedModules: true }],
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // The end-to-end tests start servers and child processes; give them room on a 2-core CI machine.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/scripts/jest-totals-reporter.cjs'],
};
