import { createElement } from 'react';
// Taro's h5 React components (the same modules the h5 build renders), without the web-component
// bundle behind the rest of @tarojs/components, which jsdom cannot run.
export { default as View } from '@tarojs/components-react/dist/components/view/index.js';
export { default as Text } from '@tarojs/components-react/dist/components/text/index.js';
export { default as Input } from '@tarojs/components-react/dist/components/input/index.js';
export { default as Image } from '@tarojs/components-react/dist/components/image/index.js';
export { default as Button } from '@tarojs/components-react/dist/components/button/index.js';
export { default as ScrollView } from '@tarojs/components-react/dist/components/scroll-view/index.js';

/** The weapp-only branch of MultilineField; the h5 branch renders a native textarea. */
export function Textarea(): never {
  throw new Error('Textarea is only rendered in the weapp build');
}

/** Taro's h5 Canvas draws on a <canvas> inside its element; jsdom has no 2d context, so charts stand as their label. */
export function Canvas(props: { id?: string; className?: string; style?: Record<string, string> }) {
  return createElement('canvas', { id: props.id, className: props.className, style: props.style });
}
