// Stands in for lodash.kebabcase (14 KB of Unicode word tables) in the app bundles. NutUI's ConfigProvider is
// its only user, turning theme keys such as nutuiColorPrimary or nutuiFontSize2 into CSS variable names
// (nutui-color-primary, nutui-font-size-2); those keys are ASCII camelCase, which this splits as lodash does.
module.exports = function kebabCase(value) {
  return String(value == null ? '' : value)
    .replace(/([a-z\d])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-zA-Z])(\d)/g, '$1-$2')
    .replace(/(\d)([a-zA-Z])/g, '$1-$2')
    .replace(/[^a-zA-Z\d]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
};
