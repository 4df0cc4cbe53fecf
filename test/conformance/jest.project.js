module.exports = require('../jest.base')('conformance');
