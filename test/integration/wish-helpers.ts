import type { WishDetail } from '@contract/wish';
import type { TestCloud } from './harness';

/** Uploads a small file through the dev bridge, as the h5 client does; answers its fileID. */
export async function uploadPhoto(t: TestCloud, cloudPath: string): Promise<string> {
  const response = await fetch(`${t.cloud.url}/__cloud/uploadFile`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ cloudPath, contentBase64: Buffer.from('not really a jpeg').toString('base64') }),
  });
  return ((await response.json()) as { fileID: string }).fileID;
}

let requestCounter = 0;

export function newRequestId(): string {
  requestCounter += 1;
  return `req-${Date.now().toString(36)}-${requestCounter}`;
}

export function wishInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '想请人帮忙换灯泡',
    story: '卫生间的灯泡坏了，我够不着，想请志愿者帮忙换一个。',
    category: '维修',
    beneficiaryType: '高龄老人',
    clientRequestId: newRequestId(),
    ...overrides,
  };
}

/** Files a wish as `openid` and has the community admin publish it. */
export async function publishedWish(t: TestCloud, openid = 'demo-resident', overrides: Record<string, unknown> = {}): Promise<WishDetail> {
  const wish = await t.ok<WishDetail>(openid, 'wishes', 'create', wishInput(overrides));
  return t.ok<WishDetail>('demo-admin', 'wishes', 'review', { id: wish.id, approve: true });
}

export async function claimedWish(t: TestCloud, volunteer = 'demo-volunteer-2'): Promise<WishDetail> {
  const wish = await publishedWish(t);
  await t.ok(volunteer, 'wishes', 'claim', { id: wish.id });
  return wish;
}
