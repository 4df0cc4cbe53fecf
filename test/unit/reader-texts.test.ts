import { FILER_INBOX_TEXTS, INBOX_TEXTS, inboxText } from '@contract/inbox';
import { highestRole, roleLabelOf, staffTitleOf } from '@contract/role-title';
import type { Role } from '@contract/roles';

describe('inbox text per reader', () => {
  const onBehalfOf = { filerOpenid: 'gw', name: '王秀英' };

  test('the filer of a wish for a neighbour reads the neighbour; the neighbour reads 您的心愿', () => {
    expect(inboxText('wish.claimed', 'gw', onBehalfOf)).toBe('您为王秀英提交的心愿已被认领');
    expect(inboxText('wish.claimed', 'resident', onBehalfOf)).toBe(INBOX_TEXTS['wish.claimed']);
    expect(inboxText('wish.claimed', 'gw', null)).toBe(INBOX_TEXTS['wish.claimed']);
    expect(inboxText('wish.claimed')).toBe(INBOX_TEXTS['wish.claimed']);
  });

  test('every filer text names the neighbour and has a plain counterpart', () => {
    for (const [action, text] of Object.entries(FILER_INBOX_TEXTS)) {
      expect(text).toContain('{name}');
      expect(INBOX_TEXTS[action]).toBeDefined();
      expect(inboxText(action, 'gw', onBehalfOf)).toContain('王秀英');
      expect(inboxText(action, 'gw', onBehalfOf)).not.toContain('{name}');
    }
  });

  test('a name that looks like a placeholder or a replacement pattern is inserted as it is', () => {
    expect(inboxText('wish.rejected', 'gw', { filerOpenid: 'gw', name: '$&{name}' })).toBe('您为$&{name}提交的心愿未通过审核');
  });

  test('an action without a text falls back to a neutral line', () => {
    expect(inboxText('wish.unknown', 'gw', onBehalfOf)).toBe('您有一条新消息');
  });
});

describe('role label and staff title', () => {
  const place = { communityName: '鑫盛社区', gridName: '第一网格', buildingName: '鑫盛小区1号楼', streetName: '云中路街道' };
  test.each([
    [['resident'], '居民', null],
    [['resident', 'volunteer'], '志愿者', null],
    [['resident', 'volunteer', 'building_leader'], '楼栋长', '鑫盛社区 · 第一网格 · 楼栋长'],
    [['resident', 'grid_worker', 'building_leader'], '网格员', '鑫盛社区 · 第一网格 · 网格员'],
    [['resident', 'grid_worker', 'community_admin'], '社区管理员', '鑫盛社区 · 社区管理员'],
    [['resident', 'street_admin'], '街道管理员', '云中路街道 · 街道管理员'],
  ] as Array<[Role[], string, string | null]>)('%j → %s / %s', (roles, label, title) => {
    expect(roleLabelOf(roles)).toBe(label);
    expect(staffTitleOf(roles, place)).toBe(title);
  });

  test('no roles at all count as a resident; a street admin without a street name still reads 街道', () => {
    expect(highestRole([])).toBe('resident');
    expect(staffTitleOf(['street_admin'], { communityName: null, gridName: null, buildingName: null, streetName: null })).toBe('街道 · 街道管理员');
  });
});
