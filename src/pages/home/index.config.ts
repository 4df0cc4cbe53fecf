export default definePageConfig({ navigationBarTitleText: '网格之家' });
