import { fieldIssues } from '@contract/schema';
import { adminListWishesInput, createWishInput, resubmitWishInput, reviewWishInput } from '@contract/wish';

const valid = { title: '想要一个书包', story: '开学要用', category: '助学', beneficiaryType: '留守儿童', clientRequestId: 'abcdefgh' };

function messages(value: unknown): string[] {
  const result = createWishInput.safeParse(value);
  return result.success ? [] : fieldIssues(result.error).map((issue) => `${issue.path}:${issue.message}`);
}

describe('create wish input', () => {
  test('a minimal wish is valid', () => {
    expect(messages(valid)).toEqual([]);
  });

  test.each([
    [{ title: '' }, 'title:请填写心愿标题'],
    [{ title: '长'.repeat(31) }, 'title:心愿标题不能超过30个字'],
    [{ story: '长'.repeat(501) }, 'story:心愿故事不能超过500个字'],
    [{ category: '买房' }, 'category:请选择心愿类别'],
    [{ beneficiaryType: '富豪' }, 'beneficiaryType:请选择受助对象类型'],
    [{ wantedBy: '2026/12/01' }, 'wantedBy:日期格式应为 YYYY-MM-DD'],
    [{ photos: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, 'photos:最多上传6张照片'],
    [{ clientRequestId: 'x' }, 'clientRequestId:缺少请求编号'],
  ])('%j → %s', (change, expected) => {
    expect(messages({ ...valid, ...change })).toEqual([expected]);
  });

  test('filing on behalf needs a name and a building', () => {
    expect(messages({ ...valid, onBehalfOf: { buildingId: 'b1' } })).toEqual(['onBehalfOf.name:请填写受助人姓名']);
    expect(messages({ ...valid, onBehalfOf: { name: '徐大爷' } })).toEqual(['onBehalfOf.buildingId:请选择受助人所在楼栋']);
    expect(messages({ ...valid, onBehalfOf: 'demo-resident' })).toEqual([]);
    expect(messages({ ...valid, onBehalfOf: { openid: 'demo-resident' } })).toEqual([]);
    expect(messages({ ...valid, onBehalfOf: 42 })).toHaveLength(1);
    expect(messages({ ...valid, onBehalfOf: { name: '徐大爷', buildingId: 'b1', phone: '13700000000' } })).toEqual([]);
  });

  test('a rejection needs a reason', () => {
    expect(reviewWishInput.safeParse({ id: 'w', approve: false }).success).toBe(false);
    expect(reviewWishInput.safeParse({ id: 'w', approve: false, reason: '不符合' }).success).toBe(true);
  });
});

describe('resubmit wish input', () => {
  const issues = (value: unknown) => {
    const result = resubmitWishInput.safeParse(value);
    return result.success ? [] : fieldIssues(result.error).map((issue) => `${issue.path}:${issue.message}`);
  };

  test('only the id is required; null takes the date away', () => {
    expect(issues({ id: 'w1' })).toEqual([]);
    expect(issues({ id: 'w1', wantedBy: null, photos: [] })).toEqual([]);
    expect(resubmitWishInput.parse({ id: 'w1', title: '  新标题  ' }).title).toBe('新标题');
  });

  test.each([
    [{ id: 'w1', title: '  ' }, 'title:请填写心愿标题'],
    [{ id: 'w1', story: '长'.repeat(501) }, 'story:心愿故事不能超过500个字'],
    [{ id: 'w1', category: '买房' }, 'category:请选择心愿类别'],
    [{ id: 'w1', wantedBy: '明天' }, 'wantedBy:日期格式应为 YYYY-MM-DD'],
    [{ id: 'w1', photos: ['https://example.com/a.jpg'] }, 'photos.0:照片无效，请重新上传'],
  ])('%j → %s', (value, expected) => {
    expect(issues(value)).toContain(expected);
  });

  test('who the wish is for, its status and its request id cannot be changed this way', () => {
    for (const key of ['onBehalfOf', 'status', 'clientRequestId', 'requesterOpenid']) {
      expect(resubmitWishInput.safeParse({ id: 'w1', [key]: 'x' }).success).toBe(false);
    }
    expect(resubmitWishInput.safeParse({ title: '没有编号' }).success).toBe(false);
  });
});

describe('admin list search', () => {
  test('q is trimmed text of at most 30 characters, counted as code points', () => {
    expect(adminListWishesInput.parse({ q: '  台灯 ' }).q).toBe('台灯');
    expect(adminListWishesInput.safeParse({ q: '𠮷'.repeat(30) }).success).toBe(true);
    expect(adminListWishesInput.safeParse({ q: '长'.repeat(31) }).success).toBe(false);
    expect(adminListWishesInput.safeParse({ q: 3 }).success).toBe(false);
  });
});
