import type { WishCard } from '@contract/wish';
import { profile } from '../components/support/profiles';
import { wishCard } from '../components/support/wishes';
import { bootApp, cloudCalls, mount, onCloud, waitForText } from './support/harness';

// The same fixtures as the component tests: what the cloud answers, shaped by the contract.
const volunteer = profile({
  openid: 'wx-volunteer',
  name: '孙丽',
  roles: ['resident', 'volunteer'],
  volunteerStatus: 'approved',
  points: 10,
});

const card = (id: string, title: string, extra: Partial<WishCard> = {}) => wishCard({ id, title, ...extra });

beforeAll(() => {
  onCloud('users.login', () => ({ ok: true, data: volunteer }));
  onCloud('users.me', () => ({ ok: true, data: volunteer }));
  onCloud('inbox.unreadCount', () => ({ ok: true, data: { unreadCount: 0 } }));
  onCloud('wishes.list', () => ({
    ok: true,
    data: {
      items: [
        card('w-1', '想有人陪我去医院复查', { coverPhoto: 'cloud://env/wishes/hospital.jpg' }),
        card('w-2', '厨房水龙头漏水', { category: '维修', beneficiaryMasked: '王**', daysLeft: 0 }),
        card('w-3', '想请人帮忙做几顿饭', { status: 'claimed', claimed: true, daysLeft: null, wantedBy: null }),
      ],
      nextCursor: null,
    },
  }));
  bootApp();
});

describe('weapp 心愿 page', () => {
  it('renders the wall cards the cloud returned', async () => {
    const page = mount('pages/wishes/index');
    await waitForText(page, '厨房水龙头漏水');
    const text = page.text();
    expect(text).toContain('想有人陪我去医院复查');
    expect(text).toContain('想请人帮忙做几顿饭');
    expect(text).toContain('徐** · 第一网格');
    expect(text).toContain('还剩6天');
    expect(text).toContain('今天截止');
    expect(text).toContain('已认领');
    expect(text).toContain('我要许愿');
    expect(text).not.toContain('代居民许愿');
    expect(cloudCalls.some((call) => call.name === 'wishes' && call.data.action === 'list')).toBe(true);
  });

  it('shows a cover photo once its fileID is resolved, and the category icon otherwise', async () => {
    const page = mount('pages/wishes/index');
    await waitForText(page, '厨房水龙头漏水');
    const deadline = Date.now() + 3000;
    let html = '';
    while (Date.now() < deadline) {
      html = page.root.dom?.innerHTML ?? '';
      if (html.includes('gh-wish-card__photo')) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The image is drawn only with a resolved URL (j-component does not serialise its src).
    expect(html.match(/gh-wish-card__photo/g)).toHaveLength(1);
    expect(html.match(/gh-wish-card__icon/g)).toHaveLength(2);
    expect(page.text()).toContain('🔧');
  });
});
