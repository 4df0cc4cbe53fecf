import { cleanup } from '@testing-library/react';
import { resetTaro } from './taro';
import { fakeCloud } from './fake-cloud';
import { configureCloudTimeouts } from '../../../src/services/cloud';
import { hideToast } from '../../../src/ui/toast';

afterEach(() => {
  cleanup();
  resetTaro();
  fakeCloud.reset();
  hideToast();
  configureCloudTimeouts();
});
