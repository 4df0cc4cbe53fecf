/** 13800000000 → 138****0000 */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** 张三丰 → 张** ; a single character stays as it is. */
export function maskName(name: string | null | undefined): string {
  if (!name) return '匿名';
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 2));
}
