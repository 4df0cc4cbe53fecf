declare module '@tarojs/components-react/dist/components/*' {
  import type { ComponentType } from 'react';

  const Component: ComponentType<Record<string, unknown>>;
  export default Component;
}
