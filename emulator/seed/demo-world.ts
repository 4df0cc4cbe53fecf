import { NO_PLACEMENT } from '../../types/org';
import type { ComplaintDoc, DepartmentDoc } from '../../types/complaint';
import type { MeetingDoc } from '../../types/meeting';
import type { UserDoc } from '../../types/user';
import type { WishDoc } from '../../types/wish';
import type { OrgDocs } from './factories';
import { complaintDoc, departmentDocs } from './complaint-factories';
import { meetingDoc } from './meeting-factories';
import { approvedVolunteer, buildOrg, placementOf, userDoc, wishDoc } from './factories';

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
  deptProperty: 'demo-dept-property',
  deptPower: 'demo-dept-power',
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
        activeClaims: 1,
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
        points: 10,
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
    {
      ...userDoc(
        { openid: DEMO_OPENIDS.deptProperty, name: '何建华', phone: '13800000010', placement: { ...NO_PLACEMENT, streetId: DEMO_STREET_ID }, roles: ['department_liaison'] },
        at,
      ),
      departmentId: 'dept-property',
    },
    {
      ...userDoc(
        { openid: DEMO_OPENIDS.deptPower, name: '马国强', phone: '13800000011', placement: { ...NO_PLACEMENT, streetId: DEMO_STREET_ID }, roles: ['department_liaison'] },
        at,
      ),
      departmentId: 'dept-power',
    },
  ];
}

const DAY = 24 * 3600 * 1000;

/** A wish wall that sounds like 鑫盛社区: what grid workers hear on their home visits. */
export function demoWishes(org: OrgDocs, users: UserDoc[], now: Date): WishDoc[] {
  const user = (openid: string) => {
    const found = users.find((u) => u._id === openid);
    if (!found) throw new Error(`demo user ${openid} missing`);
    return found;
  };
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const inDays = (days: number) => new Date(now.getTime() + days * DAY);
  const gridWorker = user(DEMO_OPENIDS.gridWorker);
  return [
    wishDoc(org, {
      id: 'demo-wish-hospital',
      title: '想有人陪我去医院复查',
      story: '我一个人住，腿脚不太方便，下周要去区医院复查，想请一位志愿者陪我去，帮忙挂号取药。',
      category: '医疗健康',
      beneficiaryType: '独居老人',
      status: 'published',
      requester: gridWorker,
      onBehalfOf: { name: '徐德明', phone: '13700000011', room: '1单元102', buildingId: `${XINSHENG}-b03` },
      wantedBy: inDays(6),
      at: daysAgo(2),
    }),
    wishDoc(org, {
      id: 'demo-wish-tap',
      title: '厨房水龙头漏水，想请人修一修',
      story: '厨房的水龙头一直滴水，我年纪大了拧不动，想请会修水电的志愿者帮忙换个新的。',
      category: '维修',
      beneficiaryType: '高龄老人',
      status: 'published',
      requester: user(DEMO_OPENIDS.resident),
      wantedBy: inDays(10),
      at: daysAgo(1),
    }),
    wishDoc(org, {
      id: 'demo-wish-schoolbag',
      title: '想要一个新书包',
      story: '小宇爸爸妈妈在外地打工，跟奶奶一起生活。他的书包背带断了，开学前想要一个新书包。',
      category: '助学',
      beneficiaryType: '留守儿童',
      status: 'published',
      requester: gridWorker,
      onBehalfOf: { name: '刘小宇', room: '2单元201', buildingId: `${XINSHENG}-b02` },
      wantedBy: inDays(20),
      at: daysAgo(3),
    }),
    wishDoc(org, {
      id: 'demo-wish-cooking',
      title: '老伴外出几天，想请人帮忙做几顿饭',
      story: '我身体不好，这几天老伴回老家了，想请志愿者帮忙做几顿热乎饭。',
      category: '助老服务',
      beneficiaryType: '独居老人',
      status: 'claimed',
      requester: gridWorker,
      onBehalfOf: { name: '米桂芳', phone: '13700000012', room: '3单元401', buildingId: `${XINSHENG}-b04` },
      claimedBy: user(DEMO_OPENIDS.volunteer),
      at: daysAgo(4),
    }),
    wishDoc(org, {
      id: 'demo-wish-coat',
      title: '想要一件过冬的棉衣',
      story: '天冷了，家里条件不好，想给孩子添一件厚棉衣，身高一米四左右。',
      category: '生活物资',
      beneficiaryType: '困难家庭',
      status: 'pending_review',
      requester: user(DEMO_OPENIDS.resident2),
      at: daysAgo(0),
    }),
    wishDoc(org, {
      id: 'demo-wish-chess',
      title: '希望周末有人陪我下象棋',
      story: '退休以后没什么事做，儿女都在外地，想找个人周末陪我下下象棋、聊聊天。',
      category: '陪伴',
      beneficiaryType: '独居老人',
      status: 'confirmed',
      requester: user(DEMO_OPENIDS.buildingLeader),
      claimedBy: user(DEMO_OPENIDS.volunteer2),
      at: daysAgo(12),
    }),
    wishDoc(org, {
      id: 'demo-wish-videocall',
      title: '想学会用手机和孙子视频',
      story: '孙子在外地上大学，想学会用智能手机视频通话，请有耐心的志愿者教教我。',
      category: '陪伴',
      beneficiaryType: '高龄老人',
      status: 'published',
      requester: gridWorker,
      onBehalfOf: { name: '赵淑兰', room: '1单元301', buildingId: `${XINSHENG}-b01` },
      at: daysAgo(5),
    }),
    wishDoc(org, {
      id: 'demo-wish-glasses',
      title: '想配一副老花镜',
      story: '看报纸越来越吃力了，想请人陪我去配一副合适的老花镜。',
      category: '医疗健康',
      beneficiaryType: '高龄老人',
      status: 'published',
      requester: user(DEMO_OPENIDS.admin2),
      at: daysAgo(2),
    }),
    wishDoc(org, {
      id: 'demo-wish-heater',
      title: '想要个取暖器',
      story: '家里冷。',
      category: '生活物资',
      beneficiaryType: '独居老人',
      status: 'rejected',
      requester: gridWorker,
      onBehalfOf: { name: '钱玉珍', phone: '13700000013', room: '4单元202', buildingId: `${XINSHENG}-b02` },
      rejectReason: '请写清楚老人的情况和需要的取暖器类型，修改后重新提交',
      at: daysAgo(3),
    }),
  ];
}

export function demoDepartments(): DepartmentDoc[] {
  return departmentDocs(DEMO_STREET_ID);
}

const HOUR = 3600 * 1000;

/** 随手拍 in every state, one of them late, so that the loop shows at once. */
export function demoComplaints(org: OrgDocs, users: UserDoc[], departments: DepartmentDoc[], now: Date): ComplaintDoc[] {
  const user = (openid: string) => {
    const found = users.find((u) => u._id === openid);
    if (!found) throw new Error(`demo user ${openid} missing`);
    return found;
  };
  const department = (id: string) => {
    const found = departments.find((d) => d._id === id);
    if (!found) throw new Error(`demo department ${id} missing`);
    return found;
  };
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * HOUR);
  const gridWorker = user(DEMO_OPENIDS.gridWorker);
  const resident = user(DEMO_OPENIDS.resident);
  const resident2 = user(DEMO_OPENIDS.resident2);
  return [
    complaintDoc(org, {
      id: 'demo-complaint-fire-exit',
      category: '消防安全',
      text: '3号楼一楼消防通道被电动车和杂物堵住了，万一着火人出不去。',
      status: 'submitted',
      urgency: 'urgent',
      reporter: resident,
      buildingId: `${XINSHENG}-b03`,
      supporters: [DEMO_OPENIDS.resident2],
      at: hoursAgo(0.5),
    }),
    complaintDoc(org, {
      id: 'demo-complaint-flying-lead',
      category: '飞线充电',
      text: '2号楼有人从窗户拉电线下来给电动车充电，晚上一直插着。',
      status: 'accepted',
      reporter: resident2,
      buildingId: `${XINSHENG}-b02`,
      assignee: gridWorker,
      at: hoursAgo(20),
    }),
    complaintDoc(org, {
      id: 'demo-complaint-streetlight',
      category: '设施维修',
      text: '小区南门的路灯坏了一个多星期，晚上出门很黑，老人容易摔倒。',
      status: 'submitted',
      urgency: 'urgent',
      reporter: user(DEMO_OPENIDS.buildingLeader),
      level: 'community',
      overdue: 'accept',
      location: { latitude: 31.2304, longitude: 121.4737, address: '鑫盛小区南门' },
      at: hoursAgo(30),
    }),
    complaintDoc(org, {
      id: 'demo-complaint-garbage',
      category: '环境卫生',
      text: '4号楼垃圾桶满了两天没人清运，味道很大。',
      status: 'resolved',
      reporter: resident,
      buildingId: `${XINSHENG}-b04`,
      assignee: gridWorker,
      at: hoursAgo(50),
    }),
    complaintDoc(org, {
      id: 'demo-complaint-corridor',
      category: '楼道堆物',
      text: '1号楼2单元楼道里堆了旧家具，挡住了一半的路。',
      status: 'closed',
      reporter: resident,
      assignee: gridWorker,
      rating: 5,
      at: hoursAgo(24 * 5),
    }),
    complaintDoc(org, {
      id: 'demo-complaint-power-cut',
      category: '设施维修',
      text: '5号楼整栋停电一个多小时了，电梯里差点困人，物业说要找供电所。',
      status: 'accepted',
      urgency: 'emergency',
      reporter: resident2,
      assignee: user(DEMO_OPENIDS.admin),
      level: 'community',
      summons: [
        { department: department('dept-power'), status: 'summoned', by: DEMO_OPENIDS.admin, at: hoursAgo(1) },
        { department: department('dept-property'), status: 'acknowledged', by: DEMO_OPENIDS.admin, at: hoursAgo(1) },
      ],
      at: hoursAgo(1.5),
    }),
    complaintDoc(org, {
      id: 'demo-complaint-noise',
      category: '噪音扰民',
      text: '楼上每天晚上十一点以后还在装修打钻。',
      status: 'submitted',
      reporter: resident2,
      anonymous: true,
      at: hoursAgo(2),
    }),
    complaintDoc(org, {
      id: 'demo-complaint-patrol',
      category: '停车管理',
      text: '巡查发现3号楼门口车辆乱停，占用了消防车道。',
      status: 'submitted',
      reporter: gridWorker,
      patrol: true,
      at: hoursAgo(1),
    }),
    complaintDoc(org, {
      id: 'demo-complaint-withdrawn',
      category: '其他',
      text: '快递柜打不开了。',
      status: 'withdrawn',
      reporter: resident,
      at: hoursAgo(72),
    }),
  ];
}

/**
 * 鑫盛社区's 议事 topics, one at each step of the five-step method: 王秀英 (demo-resident) can 附议 the first,
 * holds a check-in code for the scheduled meeting and can 评议 the one in evaluation; 张新花 reviews, 陈静 decides.
 */
export function demoMeetings(users: UserDoc[], now: Date): MeetingDoc[] {
  const byId = new Map(users.map((user) => [user._id, user]));
  const person = (openid: string) => byId.get(openid)!;
  const common = { gridWorker: DEMO_OPENIDS.gridWorker, admin: DEMO_OPENIDS.admin };
  const neighbours: string[] = [DEMO_OPENIDS.buildingLeader, DEMO_OPENIDS.volunteer, DEMO_OPENIDS.volunteer2, DEMO_OPENIDS.gridWorker];
  return [
    meetingDoc(
      {
        ...common,
        id: 'demo-meeting-handrail',
        proposer: person(DEMO_OPENIDS.buildingLeader),
        scope: 'building',
        title: '1号楼楼道加装扶手',
        background: '楼里老人多，上下楼没有扶手，去年冬天有两位老人在楼梯上摔倒。建议在每层楼梯加装扶手，费用大家商量。',
        status: 'proposed',
        daysAgo: 2,
        seconders: [DEMO_OPENIDS.volunteer],
      },
      now,
    ),
    meetingDoc(
      {
        ...common,
        id: 'demo-meeting-parking',
        proposer: person(DEMO_OPENIDS.resident),
        scope: 'grid',
        title: '小区停车位划线',
        background: '晚上车辆乱停，消防通道经常被堵。建议重新划定停车位，留出消防通道，由物业和业主代表一起商定方案。',
        status: 'grid_review',
        daysAgo: 5,
        seconders: [...neighbours, DEMO_OPENIDS.admin],
      },
      now,
    ),
    meetingDoc(
      {
        ...common,
        id: 'demo-meeting-garbage-point',
        proposer: person(DEMO_OPENIDS.resident2),
        scope: 'grid',
        title: '垃圾分类投放点挪个位置',
        background: '现在的投放点紧挨着5号楼单元门，夏天味道大。想请大家商量把投放点挪到小区东侧空地，并定好投放时间。',
        status: 'community_decision',
        daysAgo: 8,
        seconders: [...neighbours, DEMO_OPENIDS.admin],
        fromComplaint: { id: 'demo-complaint-garbage', title: '环境卫生：4号楼垃圾桶满了两天没人清运，味道很大。' },
      },
      now,
    ),
    meetingDoc(
      {
        ...common,
        id: 'demo-meeting-square-dance',
        proposer: person(DEMO_OPENIDS.volunteer2),
        scope: 'community',
        title: '广场舞音量与时段',
        background: '广场舞是大家的爱好，但晚上九点以后音乐还很响，影响学生学习和老人休息。请居民议事会商定音量和时段。',
        status: 'scheduled',
        daysAgo: 12,
        seconders: [...neighbours, DEMO_OPENIDS.resident, DEMO_OPENIDS.resident2, DEMO_OPENIDS.admin, 'seed-resident-1', 'seed-resident-2', 'seed-resident-3'],
        registrants: [person(DEMO_OPENIDS.resident), person(DEMO_OPENIDS.buildingLeader), person(DEMO_OPENIDS.volunteer)],
        capacity: 30,
        startsInDays: 3,
        place: '小区中心广场（小板凳议事会）',
      },
      now,
    ),
    meetingDoc(
      {
        ...common,
        id: 'demo-meeting-charging',
        proposer: person(DEMO_OPENIDS.resident2),
        scope: 'grid',
        title: '电动车集中充电棚',
        background: '楼道里飞线充电太危险。建议在小区北侧建集中充电棚，安装智能充电桩。',
        status: 'implementing',
        daysAgo: 20,
        seconders: neighbours.concat(DEMO_OPENIDS.admin),
        registrants: [person(DEMO_OPENIDS.resident), person(DEMO_OPENIDS.volunteer), person(DEMO_OPENIDS.volunteer2)],
        minutes: '到会居民18人，物业和社区列席。大家同意建棚，位置选在北侧空地，费用由物业维修资金承担一部分。',
        resolution: '在小区北侧空地建集中充电棚，安装20个智能充电桩，一个月内完工；楼道内禁止充电。',
        progress: ['充电棚地基已完成，充电桩已采购。'],
      },
      now,
    ),
    meetingDoc(
      {
        ...common,
        id: 'demo-meeting-benches',
        proposer: person(DEMO_OPENIDS.buildingLeader),
        scope: 'grid',
        title: '楼下空地安放长椅',
        background: '老人们常在楼下晒太阳聊天，却没有地方坐。建议在空地安放几张长椅。',
        status: 'evaluating',
        daysAgo: 30,
        seconders: neighbours.slice(1).concat(DEMO_OPENIDS.resident, DEMO_OPENIDS.admin),
        registrants: [person(DEMO_OPENIDS.volunteer), person(DEMO_OPENIDS.volunteer2)],
        minutes: '到会居民12人，一致同意安放长椅，由物业负责日常维护。',
        resolution: '在1号楼和3号楼之间的空地安放四张长椅，两周内完成。',
        progress: ['四张长椅已安放完毕，物业每周清洁一次。'],
        ratings: [[DEMO_OPENIDS.volunteer, 'satisfied'], [DEMO_OPENIDS.buildingLeader, 'basically']],
      },
      now,
    ),
    meetingDoc(
      {
        ...common,
        id: 'demo-meeting-elevator',
        proposer: person(DEMO_OPENIDS.volunteer),
        scope: 'grid',
        title: '老楼加装电梯意见征集',
        background: '2号楼、3号楼住着不少腿脚不便的老人，想征集大家对加装电梯的意见和出资方式。',
        status: 'closed',
        daysAgo: 60,
        seconders: [...neighbours.slice(0, 1), DEMO_OPENIDS.volunteer2, DEMO_OPENIDS.resident, DEMO_OPENIDS.resident2, DEMO_OPENIDS.admin],
        registrants: [person(DEMO_OPENIDS.resident), person(DEMO_OPENIDS.volunteer2), person(DEMO_OPENIDS.buildingLeader)],
        minutes: '到会居民25人，多数同意加装，一楼住户的顾虑由社区协调。',
        resolution: '由社区牵头成立加装电梯协调小组，先做2号楼试点，出资按楼层分摊。',
        progress: ['协调小组已成立，2号楼方案已公示。'],
        ratings: [[DEMO_OPENIDS.resident, 'satisfied'], [DEMO_OPENIDS.volunteer2, 'satisfied'], [DEMO_OPENIDS.buildingLeader, 'unsatisfied']],
      },
      now,
    ),
    meetingDoc(
      {
        ...common,
        id: 'demo-meeting-pets',
        proposer: person(DEMO_OPENIDS.volunteer2),
        scope: 'grid',
        title: '小区里禁止养狗',
        background: '有的狗不拴绳，孩子们害怕。',
        status: 'rejected',
        daysAgo: 15,
        seconders: neighbours.slice(0, 3).concat(DEMO_OPENIDS.resident, DEMO_OPENIDS.admin),
        rejectedReason: '禁止养犬超出居民自治范围；文明养犬、出门拴绳可另行提出议题商定公约。',
      },
      now,
    ),
  ];
}
