import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { BundleReportPlugin } from './bundle-report';

const platform = process.env.TARO_ENV ?? 'weapp';
const cloudPort = process.env.LOCAL_CLOUD_PORT ?? '9400';
const h5Port = Number(process.env.H5_PORT ?? 10086);
// The shared contract lives outside src/: Taro only compiles what it is told to include.
const compile = { include: [path.resolve(__dirname, '..', 'types')] };
// BUNDLE_REPORT=<file> writes the modules of every emitted chunk (config/bundle-report.ts).
const bundleReport = process.env.BUNDLE_REPORT;
interface Chain {
  plugin: (name: string) => { use: (plugin: unknown, args: unknown[]) => void };
  module: { rule: (name: string) => { test: (pattern: RegExp) => { resolve: { alias: { set: (key: string, value: string) => void } } } } };
}

const webpackChain = (chain: Chain) => {
  if (bundleReport) chain.plugin('bundle-report').use(BundleReportPlugin, [bundleReport]);
  // The charts (F2, in the workbench subpackage only) use many more tslib helpers than the main package does. Given
  // tslib's own CommonJS file, they keep their copy in the subpackage instead of growing the main package's shared one.
  chain.module.rule('charts-tslib').test(/[\\/]node_modules[\\/]@antv[\\/]/).resolve.alias.set('tslib$', path.resolve(__dirname, '..', 'node_modules', 'tslib', 'tslib.js'));
};

export default defineConfig<'webpack5'>(async (merge) => {
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'grid-home',
    date: '2025-1-1',
    // NutUI is drawn at 375; so is everything else, so 1px in a stylesheet is one NutUI px.
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // The h5 dev server (npm start) writes elsewhere so it never wipes the built dist/h5 the e2e tests serve.
    outputRoot: process.env.NODE_ENV === 'development' && platform === 'h5' ? 'dist/h5-dev' : `dist/${platform}`,
    plugins: [],
    defineConstants: {
      // True only in the h5 build: the local cloud bridge and the demo identity picker exist there alone.
      __LOCAL_BRIDGE__: JSON.stringify(platform === 'h5'),
      // Deployment settings of the weapp build (docs/DEPLOY.md): the CloudBase environment to call (empty: the
      // AppID's default) and the subscription-message template the functions send status updates with.
      __CLOUD_ENV__: JSON.stringify(process.env.GRID_HOME_CLOUD_ENV ?? ''),
      __SUBSCRIBE_TEMPLATE__: JSON.stringify(process.env.GRID_HOME_SUBSCRIBE_TEMPLATE ?? ''),
    },
    alias: {
      '@contract': path.resolve(__dirname, '..', 'types'),
      '@': path.resolve(__dirname, '..', 'src'),
      // NutUI's ConfigProvider only needs ASCII camelCase → kebab-case (config/kebab-case.js).
      'lodash.kebabcase$': path.resolve(__dirname, 'kebab-case.js'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      compile,
      webpackChain,
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile,
      webpackChain,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      devServer: {
        host: '127.0.0.1',
        port: h5Port,
        proxy: {
          '/__cloud': { target: `http://127.0.0.1:${cloudPort}`, changeOrigin: true },
        },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, base, devConfig);
  return merge({}, base, prodConfig);
});
