import { Text, View } from '@tarojs/components';
import './fields.scss';

/** Above a form that opened with a restored draft: says so, and offers to start over. */
export function DraftNotice({ onDiscard }: { onDiscard: () => void }) {
  return (
    <View className="gh-draft-notice" role="status">
      <Text className="gh-draft-notice__text">已恢复您上次没有提交的内容</Text>
      <View className="gh-draft-notice__action" role="button" onClick={onDiscard}>
        <Text>清空重填</Text>
      </View>
    </View>
  );
}
