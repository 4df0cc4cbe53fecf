/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';
declare module '*.css';

/** Set by config/index.ts: true in the h5 build (local cloud bridge), false in the weapp build. */
declare const __LOCAL_BRIDGE__: boolean;

/** Set by config/index.ts from GRID_HOME_CLOUD_ENV at build time: the CloudBase environment id, or '' for the default. */
declare const __CLOUD_ENV__: string;

/** Set by config/index.ts from GRID_HOME_SUBSCRIBE_TEMPLATE at build time: the status-update template id, or ''. */
declare const __SUBSCRIBE_TEMPLATE__: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined;
  }
}
