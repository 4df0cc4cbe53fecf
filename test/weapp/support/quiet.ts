// The official WXML runtime warns about templates of components the pages never render; keep the output readable.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('WXMLRT_')) return;
  warn(...args);
};
