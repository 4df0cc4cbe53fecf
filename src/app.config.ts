const isH5 = process.env.TARO_ENV === 'h5';

const subPackages = [
  { root: 'packages/profile', pages: ['edit/index', 'volunteer/index', 'points/index'] },
  { root: 'packages/wishes', pages: ['detail/index', 'new/index', 'mine/index'] },
  { root: 'packages/complaints', pages: ['new/index', 'mine/index', 'detail/index', 'wall/index'] },
  { root: 'packages/complaint-admin', pages: ['queue/index'] },
  { root: 'packages/meetings', pages: ['list/index', 'new/index', 'detail/index'] },
  { root: 'packages/meeting-admin', pages: ['queue/index', 'manage/index', 'check-in/index'] },
  { root: 'packages/workbench', pages: ['dashboard/index', 'overdue/index', 'audit/index'] },
  { root: 'packages/messages', pages: ['inbox/index'] },
  { root: 'packages/common', pages: ['coming-soon/index'] },
  // The demo identity picker talks to the local cloud only; it is not part of the mini-program.
  ...(isH5 ? [{ root: 'packages/dev', pages: ['identity/index'] }] : []),
];

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/wishes/index', 'pages/services/index', 'pages/mine/index', 'pages/admin/index'],
  subPackages,
  window: {
    navigationBarTitleText: '网格之家',
    navigationBarBackgroundColor: '#d9502b',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f7f3ee',
    backgroundTextStyle: 'light',
  },
  tabBar: {
    custom: true,
    color: '#6f6761',
    selectedColor: '#d9502b',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/wishes/index', text: '心愿' },
      { pagePath: 'pages/services/index', text: '办事' },
      { pagePath: 'pages/mine/index', text: '我的' },
      { pagePath: 'pages/admin/index', text: '管理' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  // 随手拍 picks the problem's place on the map (WeChat asks every location API used to be declared).
  requiredPrivateInfos: ['chooseLocation'],
});
