// React Testing Library on the source, with Taro's real h5 React components and NutUI.
// Only @tarojs/taro (the platform API) and the cloud transport are replaced.
module.exports = require('../jest.base')('components', {
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/test/components/support/env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/components/support/after-env.ts'],
  // Taro and NutUI ship ESM (some with nested node_modules): transform everything under them.
  transformIgnorePatterns: ['^(?!.*/node_modules/(@tarojs|@nutui|@stencil)/).*/node_modules/'],
  globals: { __LOCAL_BRIDGE__: true, __CLOUD_ENV__: '', __SUBSCRIBE_TEMPLATE__: '' },
  resolver: '<rootDir>/test/components/support/resolver.js',
  moduleNameMapper: {
    '^@contract/(.*)$': '<rootDir>/types/$1',
    '\\.(css|scss)$': '<rootDir>/test/components/support/style-stub.js',
    '^@tarojs/taro$': '<rootDir>/test/components/support/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/components/support/taro-components.ts',
  },
});
