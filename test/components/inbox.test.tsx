import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { InboxItem } from '@contract/event';
import { AppTabBar } from '../../src/components/tab-bar/app-tab-bar';
import InboxPage from '../../src/packages/messages/inbox/index';
import MinePage from '../../src/pages/mine/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation } from './support/taro';

function item(overrides: Partial<InboxItem> = {}): InboxItem {
  return {
    id: 'e-1',
    itemType: 'wish',
    itemId: 'w-1',
    itemTitle: '厨房水龙头漏水，想请人修一修',
    action: 'wish.published',
    text: '您的心愿已通过审核，已在心愿墙发布',
    note: null,
    at: '2030-05-12T02:00:00.000Z',
    unread: true,
    ...overrides,
  };
}

async function signInWithUnread(count: number) {
  fakeCloud.on('inbox', 'unreadCount', () => ({ ok: true, data: { unreadCount: count } }));
  fakeCloud.on('users', 'me', () => ({ ok: true, data: profile() }));
  await signIn(profile());
}

describe('inbox', () => {
  it('shows the unread count on 消息 and a dot on the 我的 tab', async () => {
    await signInWithUnread(3);
    renderPage(<MinePage />);
    expect(await screen.findByLabelText('3条未读消息')).toBeTruthy();
    expect(screen.getByLabelText('3条未读消息').textContent).toBe('3');
    expect(screen.getByLabelText('有新消息')).toBeTruthy();
  });

  it('shows no badge when everything is read', async () => {
    await signInWithUnread(0);
    renderPage(<MinePage />);
    await screen.findByText('消息');
    await waitFor(() => expect(fakeCloud.callsOf('unreadCount').length).toBeGreaterThan(0));
    expect(screen.queryByLabelText(/条未读消息/)).toBeNull();
    expect(screen.queryByLabelText('有新消息')).toBeNull();
  });

  it('lists the messages, marks them read, and opens the wish a message is about', async () => {
    await signInWithUnread(2);
    fakeCloud.on('inbox', 'list', () => ({
      ok: true,
      data: {
        items: [
          item(),
          item({ id: 'e-2', action: 'wish.rejected', text: '您的心愿未通过审核', note: '请补充尺码', itemId: 'w-2', itemTitle: '想要一件棉衣' }),
        ],
        nextCursor: null,
        unreadCount: 2,
      },
    }));
    fakeCloud.on('inbox', 'markRead', () => ({ ok: true, data: { unreadCount: 0 } }));
    renderPage(<InboxPage />);

    expect(await screen.findByText('您的心愿已通过审核，已在心愿墙发布')).toBeTruthy();
    expect(screen.getByText('「想要一件棉衣」')).toBeTruthy();
    expect(screen.getByText('请补充尺码')).toBeTruthy();
    await waitFor(() => expect(fakeCloud.callsOf('markRead')).toHaveLength(1));

    fireEvent.click(screen.getByText('您的心愿未通过审核'));
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/wishes/detail/index?id=w-2' });
  });

  it('clears the 我的 dot as soon as the inbox has been opened', async () => {
    await signInWithUnread(2);
    let answerList: () => void = () => undefined;
    fakeCloud.on('inbox', 'list', () => new Promise((resolve) => {
      answerList = () => resolve({ ok: true, data: { items: [item()], nextCursor: null, unreadCount: 2 } });
    }));
    fakeCloud.on('inbox', 'markRead', () => ({ ok: true, data: { unreadCount: 0 } }));
    renderPage(
      <>
        <AppTabBar />
        <InboxPage />
      </>,
    );
    expect(await screen.findByLabelText('有新消息')).toBeTruthy();
    expect(fakeCloud.callsOf('markRead')).toHaveLength(0);

    await act(async () => answerList());
    await screen.findByText('您的心愿已通过审核，已在心愿墙发布');
    await waitFor(() => expect(screen.queryByLabelText('有新消息')).toBeNull());
    expect(fakeCloud.callsOf('markRead')).toHaveLength(1);
  });
});
