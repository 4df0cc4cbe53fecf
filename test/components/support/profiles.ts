import type { MyProfile } from '@contract/user';
import type { OrgTree } from '@contract/org';

export function profile(overrides: Partial<MyProfile> = {}): MyProfile {
  return {
    openid: 'u-1',
    name: '王秀英',
    phone: '13812345678',
    room: '2单元301',
    roles: ['resident'],
    volunteerStatus: 'none',
    volunteerReason: null,
    points: 12,
    elderMode: false,
    registered: true,
    streetId: 's1',
    communityId: 'c1',
    gridId: 'g1',
    buildingId: 'b1',
    communityName: '鑫盛社区',
    gridName: '第一网格',
    buildingName: '1号楼',
    placedIn: 'community',
    streetName: '云中路街道',
    roleLabel: '居民',
    staffTitle: null,
    ...overrides,
  };
}

export const ORG: OrgTree = {
  streets: [
    {
      id: 's1',
      name: '云中路街道',
      communities: [
        {
          id: 'c1',
          name: '鑫盛社区',
          grids: [
            { id: 'g1', name: '第一网格', buildings: [{ id: 'b1', name: '1号楼' }, { id: 'b2', name: '2号楼' }] },
            { id: 'g2', name: '第二网格', buildings: [{ id: 'b3', name: '3号楼' }] },
          ],
        },
        { id: 'c2', name: '和平社区', grids: [{ id: 'g3', name: '和平一网格', buildings: [{ id: 'b9', name: '9号楼' }] }] },
      ],
    },
  ],
};
