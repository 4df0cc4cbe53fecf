import { fireEvent, screen } from '@testing-library/react';
import VolunteerPage from '../../src/packages/profile/volunteer/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';

function typeIntro(value: string) {
  const field = document.querySelector<HTMLTextAreaElement>('textarea[name="intro"]');
  if (!field) throw new Error('no intro field');
  fireEvent.change(field, { target: { value } });
}

describe('volunteer application', () => {
  it('asks for an introduction before sending anything', async () => {
    await signIn(profile({ volunteerStatus: 'none' }));
    renderPage(<VolunteerPage />);
    fireEvent.click(screen.getByText('提交申请'));
    expect(await screen.findByText('请填写自我介绍')).toBeTruthy();
    expect(fakeCloud.callsOf('applyVolunteer')).toHaveLength(0);
  });

  it('sends the introduction and then shows the application as pending', async () => {
    await signIn(profile({ volunteerStatus: 'none' }));
    fakeCloud.on('users', 'applyVolunteer', () => ({ ok: true, data: profile({ volunteerStatus: 'pending' }) }));
    renderPage(<VolunteerPage />);
    typeIntro('退休教师，周末可以辅导孩子功课');
    fireEvent.click(screen.getByText('提交申请'));

    expect(await screen.findByText('申请审核中')).toBeTruthy();
    expect(fakeCloud.callsOf('applyVolunteer')[0].data.intro).toBe('退休教师，周末可以辅导孩子功课');
    expect(screen.queryByText('提交申请')).toBeNull();
  });

  it("shows the server's refusal as a message and keeps the form", async () => {
    await signIn(profile({ volunteerStatus: 'none' }));
    fakeCloud.on('users', 'applyVolunteer', () => ({
      ok: false,
      error: { code: 'CONTENT_REJECTED', message: '内容含有不当信息，请修改后再提交' },
    }));
    renderPage(<VolunteerPage />);
    typeIntro('一些文字');
    fireEvent.click(screen.getByText('提交申请'));
    expect(await screen.findByText('内容含有不当信息，请修改后再提交')).toBeTruthy();
    expect(screen.getByText('提交申请')).toBeTruthy();
  });

  it('shows an approved volunteer as such, with no form', async () => {
    await signIn(profile({ volunteerStatus: 'approved', roles: ['resident', 'volunteer'] }));
    renderPage(<VolunteerPage />);
    expect(screen.getByText('您已是志愿者')).toBeTruthy();
    expect(screen.queryByText('提交申请')).toBeNull();
  });

  it('shows why an application was rejected and lets the user apply again', async () => {
    await signIn(profile({ volunteerStatus: 'rejected', volunteerReason: '请补充可服务的时间' }));
    renderPage(<VolunteerPage />);
    expect(screen.getByText('上次申请未通过')).toBeTruthy();
    expect(screen.getByText('原因：请补充可服务的时间')).toBeTruthy();
    expect(screen.getByText('提交申请')).toBeTruthy();
  });
});
