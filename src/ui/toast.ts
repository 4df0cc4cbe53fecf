import Taro from '@tarojs/taro';

export function showError(message: string): void {
  void Taro.showToast({ title: message, icon: 'none', duration: 3000 });
}

export function showSuccess(message: string): void {
  void Taro.showToast({ title: message, icon: 'success', duration: 1500 });
}
