import { fieldIssues } from '@contract/schema';
import { applyVolunteerInput, listOrgInput, reviewVolunteerInput, setRolesInput, updateProfileInput } from '@contract/user';

function messages(result: { success: boolean; error?: unknown }): string[] {
  if (result.success) return [];
  return fieldIssues(result.error as Parameters<typeof fieldIssues>[0]).map((issue) => `${issue.path}:${issue.message}`);
}

describe('updateProfile input', () => {
  test('accepts a partial change and trims text', () => {
    const parsed = updateProfileInput.parse({ name: '  王秀英 ' });
    expect(parsed).toEqual({ name: '王秀英' });
  });

  test('rejects an empty change', () => {
    expect(messages(updateProfileInput.safeParse({}))).toEqual([':没有要修改的内容']);
  });

  test.each([
    [{ phone: '12345' }, 'phone:请输入11位手机号'],
    [{ phone: '23800000000' }, 'phone:请输入11位手机号'],
    [{ name: '' }, 'name:请填写姓名'],
    [{ name: '很'.repeat(21) }, 'name:姓名不能超过20个字'],
    [{ room: '1'.repeat(21) }, 'room:门牌号不能超过20个字'],
  ])('%j → %s', (input, expected) => {
    expect(messages(updateProfileInput.safeParse(input))).toEqual([expected]);
  });

  test('rejects unknown keys and wrong types with Chinese messages', () => {
    const result = updateProfileInput.safeParse({ roles: ['community_admin'], elderMode: 'yes' });
    expect(result.success).toBe(false);
    const text = messages(result).join('\n');
    expect(text).toMatch(/elderMode:/);
    expect(text).toMatch(/roles/);
    expect(text).not.toMatch(/Invalid|Unrecognized/);
  });

  test('accepts a valid phone', () => {
    expect(updateProfileInput.parse({ phone: '13800000000' })).toEqual({ phone: '13800000000' });
  });
});

describe('volunteer inputs', () => {
  test('an application needs an intro of at most 200 characters', () => {
    expect(applyVolunteerInput.safeParse({ intro: '会修水电' }).success).toBe(true);
    expect(messages(applyVolunteerInput.safeParse({ intro: '' }))).toEqual(['intro:请填写自我介绍']);
    expect(messages(applyVolunteerInput.safeParse({ intro: '好'.repeat(201) }))).toEqual(['intro:自我介绍不能超过200个字']);
  });

  test('a rejection needs a reason, an approval does not', () => {
    expect(reviewVolunteerInput.safeParse({ openid: 'u', approve: true }).success).toBe(true);
    expect(messages(reviewVolunteerInput.safeParse({ openid: 'u', approve: false }))).toEqual(['reason:不通过时请填写理由']);
    expect(reviewVolunteerInput.safeParse({ openid: 'u', approve: false, reason: '材料不全' }).success).toBe(true);
  });
});

describe('setRoles input', () => {
  test('only known roles', () => {
    expect(setRolesInput.safeParse({ openid: 'u', roles: ['grid_worker'] }).success).toBe(true);
    expect(setRolesInput.safeParse({ openid: 'u', roles: ['mayor'] }).success).toBe(false);
    expect(setRolesInput.safeParse({ openid: 'u' }).success).toBe(false);
  });
});

describe('listOrg input', () => {
  test('community filter is optional', () => {
    expect(listOrgInput.safeParse({}).success).toBe(true);
    expect(listOrgInput.safeParse({ communityId: 'xinsheng' }).success).toBe(true);
    expect(listOrgInput.safeParse({ communityId: 5 }).success).toBe(false);
  });
});
