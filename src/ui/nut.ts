// NutUI on demand: each component from its own module with its own stylesheet, nothing else bundled.
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css';

export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button';
export { default as Cell } from '@nutui/nutui-react-taro/dist/es/packages/cell';
export { default as CellGroup } from '@nutui/nutui-react-taro/dist/es/packages/cellgroup';
export { default as Switch } from '@nutui/nutui-react-taro/dist/es/packages/switch';
