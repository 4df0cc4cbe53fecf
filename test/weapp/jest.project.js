// miniprogram-simulate on the built weapp output (npm run build:weapp first).
module.exports = require('../jest.base')('weapp', {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/test/weapp/support/quiet.ts'],
  // The built mini-program is plain ES5 already.
  transformIgnorePatterns: ['/node_modules/', '/dist/weapp/'],
});
