// What Taro's h5 build defines at compile time.
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';

// jsdom has no canvas backend: a 2d context is simply not there (as on a device that cannot draw), without its warning.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
