/**
 * The volunteer-review subscription message is really sent: `users` declares subscribeMessage.send in
 * its config.json, which the local cloud enforces as CloudBase does (an undeclared 云调用 fails -604101).
 */
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

const U = 'users';
let t: TestCloud;

beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(async () => {
  await t.stop();
});

async function applicant(openid: string, name: string): Promise<void> {
  await t.ok(openid, U, 'login');
  await t.ok(openid, U, 'updateProfile', { name, buildingId: 'xinsheng-b02' });
  await t.ok(openid, U, 'applyVolunteer', { intro: '周末有空，会修自行车' });
}

function messagesTo(openid: string) {
  return t.cloud.subscribeMessages().filter((message) => message.touser === openid);
}

test('approving a volunteer sends the applicant the status message', async () => {
  await applicant('msg-applicant-1', '赵一');
  expect(messagesTo('msg-applicant-1')).toEqual([]);
  await t.ok('demo-admin', U, 'reviewVolunteer', { openid: 'msg-applicant-1', approve: true });
  expect(messagesTo('msg-applicant-1')).toEqual([
    expect.objectContaining({
      templateId: 'local-status-update',
      page: 'pages/mine/index',
      data: {
        thing1: { value: '志愿者申请' },
        phrase2: { value: '已通过' },
        time3: { value: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) },
      },
    }),
  ]);
});

test('rejecting sends 未通过, and the admin receives nothing', async () => {
  const adminBefore = messagesTo('demo-admin').length;
  await applicant('msg-applicant-2', '钱二');
  await t.ok('demo-admin', U, 'reviewVolunteer', { openid: 'msg-applicant-2', approve: false, reason: '请补充可服务时间' });
  const sent = messagesTo('msg-applicant-2');
  expect(sent).toHaveLength(1);
  expect(sent[0].data).toMatchObject({ thing1: { value: '志愿者申请' }, phrase2: { value: '未通过' } });
  expect(messagesTo('demo-admin')).toHaveLength(adminBefore);
});
