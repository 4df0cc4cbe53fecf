// babel-preset-taro ships the React/TypeScript presets Taro's webpack loaders expect.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        useBuiltIns: false,
      },
    ],
  ],
};
