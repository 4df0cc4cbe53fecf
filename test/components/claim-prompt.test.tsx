import { fireEvent, screen } from '@testing-library/react';
import type { WishDetail } from '@contract/wish';
import VolunteerPage from '../../src/packages/profile/volunteer/index';
import WishDetailPage from '../../src/packages/wishes/detail/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation, setRouterParams } from './support/taro';
import { wishDetail } from './support/wishes';

async function open(detail: WishDetail) {
  fakeCloud.on('wishes', 'get', () => ({ ok: true, data: detail }));
  setRouterParams({ id: detail.id });
  renderPage(<WishDetailPage />);
  await screen.findByText(detail.story);
}

function button(label: string): HTMLElement {
  const element = screen.getByText(label).closest('.nut-button');
  if (!(element instanceof HTMLElement)) throw new Error(`no button ${label}`);
  return element;
}

describe('a resident who may not claim a wish', () => {
  it('is told why and offered 申请成为志愿者, which opens the volunteer application', async () => {
    await signIn(profile({ volunteerStatus: 'none' }));
    await open(wishDetail({ actions: [], claimHint: 'become_volunteer' }));
    expect(screen.getByText('成为志愿者，就能认领这个心愿')).toBeTruthy();
    fireEvent.click(button('申请成为志愿者'));
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/profile/volunteer/index' });
    expect(screen.queryByText('认领心愿')).toBeNull();
  });

  it('sees 申请审核中 while the application waits, with nothing to press', async () => {
    await signIn(profile({ volunteerStatus: 'pending' }));
    await open(wishDetail({ actions: [], claimHint: 'volunteer_pending' }));
    expect(screen.getByText('您的志愿者申请正在审核')).toBeTruthy();
    expect(button('申请审核中').className).toContain('disabled');
    expect(screen.queryByText('申请成为志愿者')).toBeNull();
  });

  it("shows no prompt when the server's claimHint is null (a wish of another community, a street admin)", async () => {
    await signIn(profile({ volunteerStatus: 'none' }));
    await open(wishDetail({ actions: [], claimHint: null }));
    expect(document.querySelector('.gh-claim-prompt')).toBeNull();
  });

  it('sends an unregistered user to registration first', async () => {
    await signIn(profile({ registered: false, placedIn: null, communityId: null, gridId: null, volunteerStatus: 'none' }));
    await open(wishDetail({ actions: [], claimHint: 'register' }));
    fireEvent.click(button('去登记'));
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/profile/edit/index' });
  });

  it('shows no prompt to an approved volunteer, on one\'s own wish, or on a wish that is not open', async () => {
    await signIn(profile({ roles: ['resident', 'volunteer'], volunteerStatus: 'approved' }));
    await open(wishDetail({ actions: ['claim'] }));
    expect(screen.getByText('认领心愿')).toBeTruthy();
    expect(document.querySelector('.gh-claim-prompt')).toBeNull();
  });

  it.each<[string, Partial<WishDetail>]>([
    ['a claimed wish', { status: 'claimed', claimed: true }],
    ['a wish waiting for review', { status: 'pending_review' }],
  ])('shows no prompt on %s', async (_what, overrides) => {
    await signIn(profile({ volunteerStatus: 'none' }));
    await open(wishDetail({ actions: [], claimHint: 'become_volunteer', ...overrides }));
    expect(document.querySelector('.gh-claim-prompt')).toBeNull();
  });
});

describe('the volunteer application', () => {
  it('asks an unregistered user to register before they can write an intro', async () => {
    await signIn(profile({ registered: false, placedIn: null, communityId: null, gridId: null, volunteerStatus: 'none' }));
    renderPage(<VolunteerPage />);
    expect(screen.getByText('先登记，再申请志愿者')).toBeTruthy();
    expect(document.querySelector('textarea[name="intro"]')).toBeNull();
    fireEvent.click(button('去登记'));
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/profile/edit/index' });
  });
});
