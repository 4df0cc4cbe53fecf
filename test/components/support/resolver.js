const path = require('path');

const fake = path.join(__dirname, 'fake-cloud.ts');
const seam = path.join(__dirname, '..', '..', '..', 'src', 'services', 'cloud');

/** The cloud seam's platform transport ('./cloud' inside src/services/cloud) → the fake transport. */
module.exports = (request, options) => {
  if (request === './cloud' && path.resolve(options.basedir) === seam) return fake;
  return options.defaultResolver(request, options);
};
