import { Text, View } from '@tarojs/components';
import { goBack } from '../../navigation/routes';
import './back-bar.scss';

export function BackBar() {
  return (
    <View className="gh-back" onClick={goBack}>
      <Text className="gh-back__arrow">‹</Text>
      <Text>返回</Text>
    </View>
  );
}
