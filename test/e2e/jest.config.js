// Headless Chromium on the built h5 app, served by the local cloud itself (same-origin /__cloud).
module.exports = require('../jest.base')('e2e', {
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
});
