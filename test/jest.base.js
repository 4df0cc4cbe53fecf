const path = require('path');

const root = path.resolve(__dirname, '..');

/** Settings every Jest project shares: TypeScript through swc, the @contract alias. */
module.exports = function baseProject(layer, overrides = {}) {
  return {
    displayName: layer,
    rootDir: root,
    testMatch: [`<rootDir>/test/${layer}/**/*.test.ts?(x)`],
    transform: {
      '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', transform: { react: { runtime: 'automatic' } } } }],
    },
    moduleNameMapper: { '^@contract/(.*)$': '<rootDir>/types/$1' },
    testEnvironment: 'node',
    ...overrides,
  };
};
