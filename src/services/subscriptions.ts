import Taro from '@tarojs/taro';

/**
 * Asks the user, once per action that will bring news (a wish filed, a claim taken, an application sent),
 * to accept one status-update message. WeChat only delivers a subscription message the user accepted, and
 * only from a tap, so callers invoke this first thing in their tap handler. The inbox holds every notice
 * either way, so a refusal, an h5 build or an unconfigured template changes nothing else.
 */
export function askForStatusUpdates(): void {
  if (process.env.TARO_ENV !== 'weapp' || !__SUBSCRIBE_TEMPLATE__) return;
  void Taro.requestSubscribeMessage({ tmplIds: [__SUBSCRIBE_TEMPLATE__], entityIds: [] }).catch(() => undefined);
}
