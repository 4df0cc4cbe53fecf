/**
 * Six months of handled cases before the demo's own, so that the workbench has a trend to draw and grids to
 * rank: every grid gets a few closed cases a month, some accepted or answered late, some rated low, some
 * re-done, most visited afterwards — the mix a month's ledger of a real community shows.
 */
import type { ComplaintCategory } from '../../types/complaint';
import type { ComplaintDoc } from '../../types/complaint';
import type { UserDoc } from '../../types/user';
import { complaintDoc } from './complaint-factories';
import type { OrgDocs } from './factories';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const MONTHS = 6;

const CASES: ReadonlyArray<[ComplaintCategory, string]> = [
  ['楼道堆物', '3单元楼道里堆了旧沙发和纸箱，老人上下楼不方便'],
  ['环境卫生', '小区东门垃圾桶满了没人清运，气味很大'],
  ['设施维修', '5号楼门禁坏了好几天，外来人员随便进出'],
  ['消防安全', '地下车库消防通道被电动车堵住了'],
  ['飞线充电', '2楼有住户从窗户拉电线给电动车充电'],
  ['设施维修', '小区路灯不亮，晚上遛弯看不清路'],
  ['环境卫生', '绿化带里有人种菜，浇粪水味道很重'],
  ['邻里纠纷', '楼上装修每天早上七点就开始打钻'],
];

/** Case `index` of a grid's month, `monthsBack` months ago: late in one way or another for a share of them, as real months are. */
function shape(index: number, filedAt: Date, monthsBack: number) {
  const lateAccept = index % 5 === 3;
  const lateResolve = index % 4 === 2;
  const acceptedAt = new Date(filedAt.getTime() + (lateAccept ? 30 * HOUR : 2 * HOUR));
  const resolvedAt = new Date(acceptedAt.getTime() + (lateResolve ? 12 * DAY : 20 * HOUR));
  return {
    acceptedAt,
    resolvedAt,
    closedAt: new Date(resolvedAt.getTime() + 6 * HOUR),
    rating: [5, 5, 4, 3, 5, 2, 4][index % 7]!,
    // 回访 is done within days; only last month's may still be open, and late.
    followUpDone: monthsBack > 1 || index % 3 !== 1,
  };
}

export function demoComplaintHistory(org: OrgDocs, users: UserDoc[], now: Date): ComplaintDoc[] {
  const residents = users.filter((user) => user.roles.length === 1 && user.roles[0] === 'resident' && user.buildingId);
  const gridWorkers = users.filter((user) => user.roles.includes('grid_worker'));
  const cases: ComplaintDoc[] = [];
  org.grids.forEach((grid, gridIndex) => {
    const buildings = org.buildings.filter((building) => building.gridId === grid._id);
    const reporter = residents.find((user) => user.gridId === grid._id) ?? residents[0]!;
    const handler = gridWorkers.find((user) => user.gridId === grid._id) ?? gridWorkers[0]!;
    for (let monthsBack = 1; monthsBack <= MONTHS; monthsBack += 1) {
      const count = 3 + ((gridIndex + monthsBack) % 4);
      for (let index = 0; index < count; index += 1) {
        const filedAt = new Date(now.getTime() - monthsBack * 30 * DAY - (index * 3 + gridIndex) * HOUR - 2 * DAY);
        const [category, text] = CASES[(index + gridIndex + monthsBack) % CASES.length]!;
        cases.push(
          complaintDoc(org, {
            id: `history-${grid._id}-${monthsBack}-${index}`,
            category,
            text,
            status: 'closed',
            reporter,
            buildingId: buildings[index % buildings.length]!._id,
            assignee: handler,
            // Past cases stay off the wall: the wall is about what is happening now.
            private: true,
            at: filedAt,
            ...shape(index + gridIndex, filedAt, monthsBack),
          }),
        );
      }
    }
  });
  return cases;
}
