export default definePageConfig({ navigationBarTitleText: '操作留痕', enablePullDownRefresh: true, backgroundTextStyle: 'dark' });
