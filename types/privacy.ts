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

/** A mobile number written in free text (138 0000 0000, 138-0000-0000, 13800000000), not inside a longer number. */
const MOBILE_IN_TEXT = /(?<!\d)(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g;
/** A landline with its area code (021-12345678, 0571 8765432). */
const LANDLINE_IN_TEXT = /(?<!\d)(0\d{2,3})[\s-]?(\d{3,4})(\d{4})(?!\d)/g;

/** The start of a mobile number cut short by an excerpt's …: what is left of it must not show the middle digits. */
const CUT_MOBILE = /(?<!\d)(1[3-9]\d)\d{1,8}(?=…)/g;

/** Free text with every phone number in it masked: 请联系我13812345678 → 请联系我138****5678. */
export function maskPhonesInText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(MOBILE_IN_TEXT, '$1****$3')
    .replace(LANDLINE_IN_TEXT, (_match, area: string, _middle: string, last: string) => `${area}-****${last}`)
    .replace(CUT_MOBILE, '$1****');
}
