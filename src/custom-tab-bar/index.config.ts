// The tab bar's classes live in the app stylesheet; let the component see them.
export default { component: true, styleIsolation: 'apply-shared' };
