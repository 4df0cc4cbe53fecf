import Taro from '@tarojs/taro';
import { elderModeStore } from '../state/elder-mode';
import type { ToastTone } from '../state/toast';
import { hasToastHost, toastStore } from '../state/toast';

/**
 * The one way to tell the user the outcome of what they just did, when the page does not keep it on
 * screen itself. Rules (docs/ARCHITECTURE.md, client): one message per outcome — a page that shows the
 * outcome in a banner or next to a field does not toast it too; the message names what happened
 * (心愿已提交, 已保存), never a generic 操作成功; a refusal that belongs to a field is shown at that field.
 */
const DURATION_MS: Record<ToastTone, number> = { success: 2000, info: 3000, error: 3500 };
/** Older eyes read more slowly. */
const ELDER_FACTOR = 1.5;

let sequence = 0;
let hideTimer: ReturnType<typeof setTimeout> | null = null;

function show(tone: ToastTone, message: string): void {
  const text = message.trim();
  if (!text) return;
  const duration = DURATION_MS[tone] * (elderModeStore.get() ? ELDER_FACTOR : 1);
  if (!hasToastHost()) {
    // No page on screen draws toasts (a component outside PageShell): the platform's own.
    void Taro.showToast({ title: text, icon: tone === 'success' ? 'success' : 'none', duration });
    return;
  }
  if (hideTimer) clearTimeout(hideTimer);
  sequence += 1;
  const id = sequence;
  toastStore.set({ id, tone, message: text });
  hideTimer = setTimeout(() => {
    if (toastStore.get()?.id === id) toastStore.set(null);
  }, duration);
}

export function showSuccess(message: string): void {
  show('success', message);
}

export function showError(message: string): void {
  show('error', message);
}

export function showInfo(message: string): void {
  show('info', message);
}

export function hideToast(): void {
  if (hideTimer) clearTimeout(hideTimer);
  hideTimer = null;
  toastStore.set(null);
}
