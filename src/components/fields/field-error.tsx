import { Text } from '@tarojs/components';

export function FieldError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <Text className="gh-field__error">
      {message}
    </Text>
  );
}
