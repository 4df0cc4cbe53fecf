export default definePageConfig({ navigationBarTitleText: '我要许愿' });
