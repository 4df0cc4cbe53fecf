import { cleanup } from '@testing-library/react';
import { resetTaro } from './taro';
import { fakeCloud } from './fake-cloud';

afterEach(() => {
  cleanup();
  resetTaro();
  fakeCloud.reset();
});
