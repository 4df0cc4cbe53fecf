const fs = require('fs');
const path = require('path');

// Each test layer keeps its own Jest project file beside its tests.
const layers = ['unit', 'conformance', 'integration', 'components', 'weapp'];

module.exports = {
  // Integration layers start a local cloud per suite; a generous per-test limit, measured never.
  testTimeout: 60000,
  projects: layers
    .map((layer) => path.join(__dirname, 'test', layer, 'jest.project.js'))
    .filter((file) => fs.existsSync(file))
    .map((file) => require(file)),
};
