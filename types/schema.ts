import { z } from 'zod';

// Messages zod writes itself (wrong type, unknown key…) are shown to users too: make them Chinese.
z.config(z.locales.zhCN());

/** Building blocks every action schema uses, with Chinese messages for the form layer. */
export const id = z.string().trim().min(1, '缺少编号').max(64, '编号过长');

export function text(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);
}

export function optionalText(label: string, max: number) {
  return z.string().trim().max(max, `${label}不能超过${max}个字`).optional();
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
