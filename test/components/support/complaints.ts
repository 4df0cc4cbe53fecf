import type { ComplaintCard, ComplaintDetail } from '@contract/complaint';

export function complaintCard(overrides: Partial<ComplaintCard> = {}): ComplaintCard {
  return {
    id: 'c-1',
    category: '楼道堆物',
    excerpt: '3号楼2单元楼道堆满纸箱，挡住了消防通道',
    status: 'submitted',
    urgency: 'normal',
    level: 'grid',
    reporterMasked: '王**',
    gridName: '第一网格',
    buildingName: '1号楼',
    communityName: '鑫盛社区',
    address: null,
    coverPhoto: null,
    supportCount: 2,
    waitingFor: 'accept',
    dueAt: '2030-05-13T02:00:00.000Z',
    overdue: null,
    createdAt: '2030-05-12T02:00:00.000Z',
    ...overrides,
  };
}

export function complaintDetail(overrides: Partial<ComplaintDetail> = {}): ComplaintDetail {
  return {
    ...complaintCard(),
    text: '3号楼2单元楼道堆满纸箱，挡住了消防通道',
    photos: [],
    source: 'resident',
    anonymous: false,
    private: false,
    location: null,
    reporter: { name: '王秀英', phone: '13812345678', room: '2单元301' },
    mine: true,
    supported: false,
    assigneeName: null,
    acceptDueAt: '2030-05-13T02:00:00.000Z',
    resolveDueAt: null,
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    complex: false,
    extension: null,
    summons: [],
    resolution: null,
    rating: null,
    followUp: null,
    returnReason: null,
    rejection: null,
    mergedInto: null,
    reopenCount: 0,
    actions: [],
    timeline: [
      { action: 'complaint.created', from: null, to: 'submitted', actorLabel: '居民', note: null, at: '2030-05-12T02:00:00.000Z' },
    ],
    ...overrides,
  };
}

/** A case the grid worker answered: waiting for the reporter's 评价. */
export function resolvedComplaint(overrides: Partial<ComplaintDetail> = {}): ComplaintDetail {
  return complaintDetail({
    status: 'resolved',
    waitingFor: 'rate',
    dueAt: '2030-05-20T02:00:00.000Z',
    acceptedAt: '2030-05-12T03:00:00.000Z',
    resolvedAt: '2030-05-13T02:00:00.000Z',
    assigneeName: '李网格员',
    resolution: { result: '已联系住户清走纸箱，消防通道畅通。', photos: [], at: '2030-05-13T02:00:00.000Z' },
    actions: ['rate', 'reopen'],
    timeline: [
      { action: 'complaint.created', from: null, to: 'submitted', actorLabel: '居民', note: null, at: '2030-05-12T02:00:00.000Z' },
      { action: 'complaint.accepted', from: 'submitted', to: 'accepted', actorLabel: '网格员', note: null, at: '2030-05-12T03:00:00.000Z' },
      { action: 'complaint.resolved', from: 'accepted', to: 'resolved', actorLabel: '网格员', note: '已清理', at: '2030-05-13T02:00:00.000Z' },
    ],
    ...overrides,
  });
}
