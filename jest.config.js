/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  moduleNameMapper: {
    '^@app/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@app/domain/(.*)\\.js$': '<rootDir>/libs/domain/src/$1.ts',
    '^@app/event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^@app/event-store/(.*)\\.js$': '<rootDir>/libs/event-store/src/$1.ts',
    '^@app/auth$': '<rootDir>/libs/auth/src/index.ts',
    '^@app/auth/(.*)\\.js$': '<rootDir>/libs/auth/src/$1.ts',
    '^@app/projections$': '<rootDir>/libs/projections/src/index.ts',
    '^@app/projections/(.*)\\.js$': '<rootDir>/libs/projections/src/$1.ts',
    '^@app/forms$': '<rootDir>/libs/forms/src/index.ts',
    '^@app/forms/(.*)\\.js$': '<rootDir>/libs/forms/src/$1.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  // A guard against hangs, not a speed check: on a shared two-core machine under load, a hook that
  // starts an API and signs eight people in has been seen to take more than 30 s.
  testTimeout: 120000,
  // Test files run two at a time (this machine has two cores): each e2e file starts its API on
  // port 0 with its own data folder and PostgreSQL database (test/support), so none shares state.
  maxWorkers: 2,
};
