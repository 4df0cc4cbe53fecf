module.exports = require('../jest.base')('integration');
