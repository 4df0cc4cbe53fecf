export default definePageConfig({ navigationBarTitleText: '社区议事', enablePullDownRefresh: true });
