import type { ComplaintDetail } from '@contract/complaint';
import type { TestCloud } from './harness';
import { newRequestId } from './wish-helpers';

export function complaintInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    category: '楼道堆物',
    text: '楼道里堆了很多纸箱和旧家具，进出很不方便。',
    urgency: 'normal',
    clientRequestId: newRequestId(),
    ...overrides,
  };
}

/** Files a case as `openid` (through the real function) and answers its detail. */
export function fileComplaint(t: TestCloud, openid = 'demo-resident', overrides: Record<string, unknown> = {}): Promise<ComplaintDetail> {
  return t.ok<ComplaintDetail>(openid, 'complaints', 'create', complaintInput(overrides));
}
