import type { UserConfigExport } from '@tarojs/cli';

export default {
  // Taro's mini-program defaults turn most of terser's compression off (inlining, variable collapsing,
  // dead-branch reduction…); terser's own defaults are what every other webpack build ships. Output stays ES5.
  terser: {
    enable: true,
    config: {
      compress: {
        ecma: 5,
        arrows: false,
        collapse_vars: true,
        comparisons: true,
        computed_props: true,
        hoist_props: true,
        inline: true,
        loops: true,
        reduce_funcs: true,
        reduce_vars: true,
        switches: true,
        typeofs: true,
        passes: 2,
      },
      // Chinese text as UTF-8 (3 bytes a character) rather than Taro's default \uXXXX escapes (6 bytes): WeChat reads
      // its packages as UTF-8, and terser still escapes what JavaScript cannot hold unescaped (U+2028, U+2029).
      output: { ecma: 5, comments: false, ascii_only: false },
    },
  },
  // No `mini.minifyXML`: html-minifier drops the end of Taro's <input> templates, which WeChat's compiler
  // refuses ("unexpected end tag: template"); project.config.json's minifyWXML compresses them on upload.
  mini: {},
  h5: { enableSourceMap: false },
} satisfies UserConfigExport<'webpack5'>;
