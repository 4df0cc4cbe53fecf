const path = require('path');

// Each test layer keeps its own Jest project file beside its tests; every layer must be present.
const layers = ['unit', 'conformance', 'integration', 'components', 'weapp'];

module.exports = {
  // Integration layers start a local cloud per suite; a generous per-test limit, measured never.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  projects: layers.map((layer) => require(path.join(__dirname, 'test', layer, 'jest.project.js'))),
};
