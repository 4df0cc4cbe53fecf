import { NO_PLACEMENT } from '../../types/org';
import type { UserDoc } from '../../types/user';
import type { OrgDocs } from './factories';
import { approvedVolunteer, buildOrg, placementOf, userDoc } from './factories';

export const DEMO_STREET_ID = 'yunzhong';
export const XINSHENG = 'xinsheng';
export const CUIZHU = 'cuizhu';

/** 云中路街道: 鑫盛社区 (6 grids, 20 buildings) and 翠竹园社区 (2 grids, 6 buildings). */
export function demoOrg(): OrgDocs {
  return buildOrg({ _id: DEMO_STREET_ID, name: '云中路街道' }, [
    { id: XINSHENG, name: '鑫盛社区', buildingsPerGrid: [4, 4, 3, 3, 3, 3], buildingPrefix: '鑫盛小区' },
    { id: CUIZHU, name: '翠竹园社区', buildingsPerGrid: [3, 3], buildingPrefix: '翠竹园' },
  ]);
}

/** The demo openids the README lists; an identity picker and outside checks use them. */
export const DEMO_OPENIDS = {
  resident: 'demo-resident',
  resident2: 'demo-resident-2',
  volunteer: 'demo-volunteer',
  volunteer2: 'demo-volunteer-2',
  gridWorker: 'demo-gridworker',
  buildingLeader: 'demo-building-leader',
  admin: 'demo-admin',
  admin2: 'demo-admin-2',
  streetAdmin: 'demo-street-admin',
} as const;

export function demoUsers(org: OrgDocs, at: Date): UserDoc[] {
  const at1 = (buildingId: string) => placementOf(org, buildingId);
  return [
    userDoc({ openid: DEMO_OPENIDS.resident, name: '王秀英', phone: '13800000001', room: '2单元301', placement: at1(`${XINSHENG}-b01`), elderMode: false }, at),
    userDoc({ openid: DEMO_OPENIDS.resident2, name: '李建国', phone: '13800000002', room: '1单元502', placement: at1(`${XINSHENG}-b05`) }, at),
    userDoc(
      {
        openid: DEMO_OPENIDS.volunteer,
        name: '赵志强',
        phone: '13800000003',
        room: '3单元101',
        placement: at1(`${XINSHENG}-b02`),
        roles: ['resident', 'volunteer'],
        volunteer: approvedVolunteer('社区党员，周末有空，会修水电。', at),
      },
      at,
    ),
    userDoc(
      {
        openid: DEMO_OPENIDS.volunteer2,
        name: '孙丽',
        phone: '13800000004',
        room: '1单元203',
        placement: at1(`${XINSHENG}-b09`),
        roles: ['resident', 'volunteer'],
        volunteer: approvedVolunteer('退休教师，可以辅导孩子功课、陪老人聊天。', at),
      },
      at,
    ),
    userDoc({ openid: DEMO_OPENIDS.gridWorker, name: '张新花', phone: '13800000005', room: '1单元101', placement: at1(`${XINSHENG}-b03`), roles: ['resident', 'grid_worker'] }, at),
    userDoc({ openid: DEMO_OPENIDS.buildingLeader, name: '刘桂兰', phone: '13800000006', room: '2单元102', placement: at1(`${XINSHENG}-b01`), roles: ['resident', 'building_leader'] }, at),
    userDoc({ openid: DEMO_OPENIDS.admin, name: '陈静', phone: '13800000007', room: '社区办公室', placement: at1(`${XINSHENG}-b04`), roles: ['resident', 'community_admin'] }, at),
    userDoc({ openid: DEMO_OPENIDS.admin2, name: '周敏', phone: '13800000008', room: '社区办公室', placement: at1(`${CUIZHU}-b01`), roles: ['resident', 'community_admin'] }, at),
    userDoc(
      {
        openid: DEMO_OPENIDS.streetAdmin,
        name: '吴涛',
        phone: '13800000009',
        placement: { ...NO_PLACEMENT, streetId: DEMO_STREET_ID },
        roles: ['resident', 'street_admin'],
      },
      at,
    ),
  ];
}
