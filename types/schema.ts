import { z } from 'zod';
import { fitsChars } from './text';

// Messages zod writes itself (wrong type, unknown key…) are shown to users too: make them Chinese.
z.config(z.locales.zhCN());

/**
 * A trimmed string of at most `max` characters. Every length limit of the contract goes through here or
 * through `text` / `optionalText`, so all of them count characters the same way (code points).
 */
export function boundedString(max: number, message = `不能超过${max}个字`) {
  return z
    .string()
    .trim()
    .refine((value) => fitsChars(value, max), message);
}

/** Building blocks every action schema uses, with Chinese messages for the form layer. */
export const id = boundedString(64, '编号过长').min(1, '缺少编号');

/** Text a person writes: trimmed, at most `max` characters (code points, see types/text.ts). */
export function text(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .refine((value) => fitsChars(value, max), `${label}不能超过${max}个字`);
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .refine((value) => fitsChars(value, max), `${label}不能超过${max}个字`)
    .optional();
}

export const phone = z.string().trim().regex(/^1[3-9]\d{9}$/, '请输入11位手机号');

/** An action with no input still rejects unknown keys. */
export const noInput = z.strictObject({});

export interface FieldIssue {
  path: string;
  message: string;
}

/** zod issues → a flat list the client can show next to each field. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Files uploaded to the environment's storage, never outside links. */
export const photoFileId = boundedString(300, '照片无效，请重新上传').regex(/^cloud:\/\/[\w.-]+\/\S+$/, '照片无效，请重新上传');
export const photos = z.array(photoFileId).max(6, '最多上传6张照片');

/** The client's key for one submission: a repeat of the same key creates nothing new. */
export const clientRequestId = boundedString(64, '请求编号过长').min(8, '缺少请求编号');

export const cursor = boundedString(120).optional();
