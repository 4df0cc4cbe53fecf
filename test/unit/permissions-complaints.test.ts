import type { Actor } from '@contract/actor';
import type { ComplaintAction, ComplaintStatus } from '@contract/complaint-labels';
import { COMPLAINT_STATUSES, OPEN_STATUSES } from '@contract/complaint-labels';
import type { ComplaintFacts, ComplaintPermission } from '@contract/permissions-complaints';
import {
  COMPLAINT_ACTIONS,
  availableComplaintActions,
  canOnComplaint,
  inReopenWindow,
  reporterVisibility,
  stateAllowsAction,
} from '@contract/permissions-complaints';
import type { Role } from '@contract/roles';

function actor(openid: string, roles: Role[], place: Partial<Actor> = {}): Actor {
  return { openid, roles, volunteerStatus: 'none', streetId: 's1', communityId: 'c1', gridId: 'g1', buildingId: 'b1', departmentId: null, ...place };
}

const noPlace = { communityId: null, gridId: null, buildingId: null };
const ACTORS = {
  reporter: actor('reporter', ['resident']),
  neighbour: actor('neighbour', ['resident'], { gridId: 'g2', buildingId: 'b5' }),
  farResident: actor('far', ['resident'], { communityId: 'c2', gridId: 'g9', buildingId: 'b9' }),
  gridWorker: actor('gw', ['resident', 'grid_worker']),
  otherGridWorker: actor('gw2', ['resident', 'grid_worker'], { gridId: 'g2', buildingId: 'b5' }),
  buildingLeader: actor('leader', ['resident', 'building_leader']),
  admin: actor('admin', ['resident', 'community_admin']),
  otherAdmin: actor('admin2', ['resident', 'community_admin'], { communityId: 'c2', gridId: 'g9', buildingId: 'b9' }),
  streetAdmin: actor('street', ['resident', 'street_admin'], noPlace),
  otherStreetAdmin: actor('street2', ['resident', 'street_admin'], { ...noPlace, streetId: 's2' }),
  liaison: actor('liaison', ['department_liaison'], { ...noPlace, departmentId: 'dept-property' }),
  unsummonedLiaison: actor('liaison2', ['department_liaison'], { ...noPlace, departmentId: 'dept-power' }),
  farLiaison: actor('liaison3', ['department_liaison'], { ...noPlace, streetId: 's2', departmentId: 'dept-property' }),
} satisfies Record<string, Actor>;
type Name = keyof typeof ACTORS;
const NAMES = Object.keys(ACTORS) as Name[];

function facts(overrides: Partial<ComplaintFacts> = {}): ComplaintFacts {
  return {
    streetId: 's1',
    communityId: 'c1',
    gridId: 'g1',
    category: '楼道堆物',
    status: 'submitted',
    level: 'grid',
    anonymous: false,
    private: false,
    reporterOpenid: 'reporter',
    filedByOpenid: 'reporter',
    assigneeOpenid: null,
    supporters: [],
    summons: [{ departmentId: 'dept-property', status: 'summoned' }],
    extensionStatus: null,
    rating: null,
    resolvedAt: null,
    followUpPending: false,
    ...overrides,
  };
}

function allowed(permission: ComplaintPermission, c: ComplaintFacts): Name[] {
  return NAMES.filter((name) => canOnComplaint(ACTORS[name], permission, c));
}

const HANDLERS: Name[] = ['gridWorker', 'admin'];

/** Who may, on a public case of grid g1 at the grid level, nobody assigned yet, 鑫盛物业 summoned. */
const PUBLIC_AT_GRID: Record<ComplaintPermission, Name[]> = {
  view: ['reporter', 'neighbour', 'gridWorker', 'otherGridWorker', 'buildingLeader', 'admin', 'streetAdmin', 'liaison'],
  support: ['neighbour', 'gridWorker', 'otherGridWorker', 'buildingLeader', 'admin'],
  accept: HANDLERS,
  dispatch: ['admin'],
  returnToCommunity: ['gridWorker'],
  requestExtension: ['gridWorker'],
  reviewExtension: ['admin'],
  escalate: HANDLERS,
  summon: ['admin'],
  acknowledge: ['liaison'],
  reportBack: ['liaison'],
  resolve: HANDLERS,
  rate: ['reporter'],
  reopen: ['reporter'],
  followUp: HANDLERS,
  merge: HANDLERS,
  reject: ['admin'],
  withdraw: ['reporter'],
};

describe('the complaint permission table (action × role × scope)', () => {
  test.each(Object.entries(PUBLIC_AT_GRID) as Array<[ComplaintPermission, Name[]]>)('%s on a public case at the grid', (permission, names) => {
    expect(allowed(permission, facts())).toEqual(names);
  });

  test('the table covers every action', () => {
    expect(Object.keys(PUBLIC_AT_GRID).sort()).toEqual(['view', ...COMPLAINT_ACTIONS].sort());
  });

  test.each([
    ['anonymous', { anonymous: true }],
    ['private', { private: true }],
    ['in a private category (邻里纠纷)', { category: '邻里纠纷' as const }],
    ['in a private category (治安)', { category: '治安' as const }],
  ])('a case %s: only the reporter and staff see it, nobody 同问', (_label, overrides) => {
    const c = facts(overrides);
    expect(allowed('view', c)).toEqual(['reporter', 'gridWorker', 'buildingLeader', 'admin', 'streetAdmin', 'liaison']);
    expect(allowed('support', c)).toEqual([]);
  });

  test('a withdrawn case leaves the wall: neighbours no longer see it', () => {
    expect(allowed('view', facts({ status: 'withdrawn' }))).not.toContain('neighbour');
  });

  test('at the street, held by the community admin: the street handles and summons; nobody escalates or returns it', () => {
    const c = facts({ level: 'street', status: 'accepted', assigneeOpenid: 'admin' });
    expect(allowed('accept', c)).toEqual(['admin', 'streetAdmin']);
    expect(allowed('resolve', c)).toEqual(['admin', 'streetAdmin']);
    expect(allowed('summon', c)).toEqual(['admin', 'streetAdmin']);
    expect(allowed('escalate', c)).toEqual([]);
    expect(allowed('returnToCommunity', c)).toEqual([]);
    expect(allowed('requestExtension', c)).toEqual(['streetAdmin']);
  });

  test('at the community: only the community admin escalates; the grid no longer returns it', () => {
    const c = facts({ level: 'community' });
    expect(allowed('escalate', c)).toEqual(['admin']);
    expect(allowed('returnToCommunity', c)).toEqual([]);
    expect(allowed('summon', c)).toEqual(['admin']);
  });

  test('dispatched to a worker of another grid: they handle it, the grid’s own worker no longer', () => {
    const c = facts({ assigneeOpenid: 'gw2' });
    expect(allowed('accept', c)).toEqual(['otherGridWorker', 'admin']);
    expect(allowed('requestExtension', c)).toEqual(['otherGridWorker']);
    expect(allowed('view', c)).toContain('otherGridWorker');
  });

  test('filed on behalf of a resident without the app: the filer speaks for them', () => {
    const c = facts({ reporterOpenid: null, filedByOpenid: 'gw' });
    expect(allowed('rate', c)).toEqual(['gridWorker']);
    expect(allowed('reopen', c)).toEqual(['gridWorker']);
    expect(allowed('withdraw', c)).toEqual(['gridWorker']);
    expect(allowed('support', c)).not.toContain('gridWorker');
  });

  test('filed by a building leader for a registered resident: both may withdraw, only the resident rates', () => {
    const c = facts({ reporterOpenid: 'reporter', filedByOpenid: 'leader' });
    expect(allowed('withdraw', c)).toEqual(['reporter', 'buildingLeader']);
    expect(allowed('rate', c)).toEqual(['reporter']);
  });

  test('another street’s liaison of the same department sees nothing', () => {
    expect(allowed('view', facts())).not.toContain('farLiaison');
    expect(allowed('acknowledge', facts())).not.toContain('farLiaison');
  });
});

/** What each state allows, whoever asks (the liaison of the summoned department for 报到 / 反馈). */
const STATE_ALLOWS: Record<ComplaintAction, ComplaintStatus[]> = {
  support: [...OPEN_STATUSES],
  accept: ['submitted', 'reopened'],
  dispatch: ['submitted', 'returned'],
  returnToCommunity: ['submitted'],
  requestExtension: ['accepted'],
  reviewExtension: [],
  escalate: [...OPEN_STATUSES],
  summon: [...OPEN_STATUSES],
  acknowledge: [...OPEN_STATUSES],
  reportBack: [],
  resolve: ['accepted'],
  rate: ['resolved'],
  reopen: ['resolved'],
  followUp: [],
  merge: ['submitted'],
  reject: ['submitted'],
  withdraw: ['submitted', 'returned', 'accepted'],
};

const NOW = new Date('2026-06-10T04:00:00Z');
const DAY = 24 * 3600 * 1000;

describe('what the state allows (action × status)', () => {
  const pairs = COMPLAINT_ACTIONS.flatMap((action) => COMPLAINT_STATUSES.map((status) => [action, status] as const));
  test.each(pairs)('%s in %s', (action, status) => {
    const asker = action === 'acknowledge' || action === 'reportBack' ? ACTORS.liaison : ACTORS.neighbour;
    expect(stateAllowsAction(action, asker, facts({ status }), NOW)).toBe(STATE_ALLOWS[action].includes(status));
  });

  test('an extension once: asked → reviewable, reviewed → not again', () => {
    const asker = ACTORS.gridWorker;
    expect(stateAllowsAction('requestExtension', asker, facts({ status: 'accepted', extensionStatus: 'pending' }), NOW)).toBe(false);
    expect(stateAllowsAction('reviewExtension', asker, facts({ status: 'accepted', extensionStatus: 'pending' }), NOW)).toBe(true);
    for (const done of ['approved', 'rejected'] as const) {
      expect(stateAllowsAction('requestExtension', asker, facts({ status: 'accepted', extensionStatus: done }), NOW)).toBe(false);
      expect(stateAllowsAction('reviewExtension', asker, facts({ status: 'accepted', extensionStatus: done }), NOW)).toBe(false);
    }
  });

  test('summons: 报到 once summoned, 反馈 once acknowledged, nothing once reported', () => {
    const at = (status: 'summoned' | 'acknowledged' | 'reported') => facts({ status: 'accepted', summons: [{ departmentId: 'dept-property', status }] });
    expect([stateAllowsAction('acknowledge', ACTORS.liaison, at('summoned'), NOW), stateAllowsAction('reportBack', ACTORS.liaison, at('summoned'), NOW)]).toEqual([true, false]);
    expect([stateAllowsAction('acknowledge', ACTORS.liaison, at('acknowledged'), NOW), stateAllowsAction('reportBack', ACTORS.liaison, at('acknowledged'), NOW)]).toEqual([false, true]);
    expect([stateAllowsAction('acknowledge', ACTORS.liaison, at('reported'), NOW), stateAllowsAction('reportBack', ACTORS.liaison, at('reported'), NOW)]).toEqual([false, false]);
  });

  test('no escalation above the street; 同问 once per person; 回访 while pending; rated once', () => {
    expect(stateAllowsAction('escalate', ACTORS.admin, facts({ level: 'street' }), NOW)).toBe(false);
    expect(stateAllowsAction('support', ACTORS.neighbour, facts({ supporters: ['neighbour'] }), NOW)).toBe(false);
    expect(stateAllowsAction('followUp', ACTORS.gridWorker, facts({ status: 'closed', followUpPending: true }), NOW)).toBe(true);
    expect(stateAllowsAction('rate', ACTORS.reporter, facts({ status: 'resolved', rating: 4 }), NOW)).toBe(false);
  });

  test.each([
    ['rated 2, answered 6 days ago', 2, 6, true],
    ['rated 1, answered exactly 7 days ago', 1, 7, true],
    ['rated 1, answered 8 days ago', 1, 8, false],
    ['rated 3, answered yesterday', 3, 1, false],
    ['rated 5, answered yesterday', 5, 1, false],
  ])('重办 of a closed case %s: %s', (_label, rating, daysAgo, open) => {
    const c = facts({ status: 'closed', rating, resolvedAt: new Date(NOW.getTime() - daysAgo * DAY) });
    expect(inReopenWindow(c, NOW)).toBe(open);
    expect(stateAllowsAction('reopen', ACTORS.reporter, c, NOW)).toBe(open);
  });
});

describe('the actions offered', () => {
  test('to each party of a new public case', () => {
    const c = facts();
    expect(availableComplaintActions(ACTORS.reporter, c, NOW)).toEqual(['withdraw']);
    expect(availableComplaintActions(ACTORS.neighbour, c, NOW)).toEqual(['support']);
    expect(availableComplaintActions(ACTORS.gridWorker, c, NOW)).toEqual(['support', 'accept', 'returnToCommunity', 'escalate', 'merge']);
    expect(availableComplaintActions(ACTORS.admin, c, NOW)).toEqual(['support', 'accept', 'dispatch', 'escalate', 'summon', 'merge', 'reject']);
    expect(availableComplaintActions(ACTORS.liaison, c, NOW)).toEqual(['acknowledge']);
    expect(availableComplaintActions(ACTORS.otherAdmin, c, NOW)).toEqual([]);
  });

  test('to the handler of an accepted case, and to the reporter once it is answered', () => {
    const c = facts({ status: 'accepted', assigneeOpenid: 'gw', supporters: ['gw'] });
    expect(availableComplaintActions(ACTORS.gridWorker, c, NOW)).toEqual(['requestExtension', 'escalate', 'resolve']);
    expect(availableComplaintActions(ACTORS.reporter, c, NOW)).toEqual(['withdraw']);
    expect(availableComplaintActions(ACTORS.reporter, facts({ status: 'resolved', assigneeOpenid: 'gw' }), NOW)).toEqual(['rate', 'reopen']);
  });
});

describe('how much of the reporter each party sees', () => {
  test.each([
    ['reporter', 'full', 'full'],
    ['admin', 'full', 'full'],
    ['gridWorker', 'full', 'place'],
    ['streetAdmin', 'full', 'place'],
    ['liaison', 'full', 'place'],
    ['neighbour', 'none', 'none'],
    ['otherAdmin', 'none', 'none'],
    ['otherGridWorker', 'none', 'none'],
  ] as Array<[Name, string, string]>)('%s: %s, of an anonymous case %s', (name, plain, anonymous) => {
    expect(reporterVisibility(ACTORS[name], facts())).toBe(plain);
    expect(reporterVisibility(ACTORS[name], facts({ anonymous: true }))).toBe(anonymous);
  });
});
