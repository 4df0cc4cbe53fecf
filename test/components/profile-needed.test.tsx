import { fireEvent, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import NewComplaintPage from '../../src/packages/complaints/new/index';
import NewMeetingPage from '../../src/packages/meetings/new/index';
import NewWishPage from '../../src/packages/wishes/new/index';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation } from './support/taro';

const FORMS: Array<[string, () => ReactElement, string]> = [
  ['诉求', () => <NewComplaintPage />, '填写姓名和住址后，就可以反映问题了。'],
  ['议事', () => <NewMeetingPage />, '填写姓名和住址后，就可以发起议事了。'],
  ['心愿', () => <NewWishPage />, '填写姓名和住址后，就可以发布心愿了。'],
];

describe.each(FORMS)('the %s form, for someone not yet registered', (_name, page, description) => {
  it('says what is missing and leads to the profile instead of a form that would be refused', async () => {
    await signIn(profile({ registered: false, communityId: null, gridId: null, buildingId: null }));
    renderPage(page());
    expect(await screen.findByText('先完善个人信息')).toBeTruthy();
    expect(screen.getByText(description)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(screen.getByText('去完善信息'));
    expect(navigation.at(-1)?.url).toContain('/packages/profile/edit/index');
  });
});
