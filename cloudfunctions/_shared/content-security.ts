import { AppError } from './errors';
import { sdk } from './runtime';

/**
 * msgSecCheck v2 scenes: 1 资料 (names, rooms — what describes a person or a place), 2 评论 (what people
 * write for others to read: titles, stories, notes, thanks, introductions). 3 论坛 and 4 社交日志 are unused.
 */
export const SCENE = { profile: 1, comment: 2 } as const;

/** Fields whose text describes a person or a place: checked with scene 1. Everything else is scene 2. */
const PROFILE_FIELDS: ReadonlySet<string> = new Set(['name', 'room']);

/** The scene for a field, by its input path (`onBehalfOf.name` is a name). */
export function sceneOf(field: string): number {
  return PROFILE_FIELDS.has(field.split('.').pop() ?? '') ? SCENE.profile : SCENE.comment;
}

/** v1's answer for text that fails the check; v2 answers errCode 0 with `result.suggest`. */
const RISKY_CONTENT = 87014;

type Suggest = 'pass' | 'review' | 'risky';

interface SecCheckResult {
  errCode?: number;
  result?: { suggest?: string; label?: number };
}

function errCodeOf(error: unknown): number | undefined {
  const code = (error as { errCode?: unknown } | null)?.errCode;
  return typeof code === 'number' ? code : undefined;
}

/**
 * One check. `review` means WeChat is not sure: the text may not be shown to others unchecked, and this
 * project has no queue for a person to look at it, so it is refused like `risky` (with its own message).
 * An answer without a known suggestion is not a pass either.
 */
async function verdictOf(openid: string, content: string, scene: number): Promise<Suggest> {
  let answer: SecCheckResult;
  try {
    answer = (await sdk().openapi.security.msgSecCheck({ content, openid, scene, version: 2 })) as SecCheckResult;
  } catch (error) {
    if (errCodeOf(error) === RISKY_CONTENT) return 'risky';
    throw error;
  }
  const suggest = answer.result?.suggest;
  if (suggest === 'pass' || suggest === 'review' || suggest === 'risky') return suggest;
  return 'review';
}

function refusal(field: string, suggest: Exclude<Suggest, 'pass'>): AppError {
  const message = suggest === 'review' ? '内容可能不适合公开展示，请修改后再提交' : undefined;
  return new AppError('CONTENT_REJECTED', message, { field, suggest });
}

export type ContentFields = Record<string, string | null | undefined>;

/**
 * Passes user-written text through `security.msgSecCheck` (v2) before it is stored as visible, and names
 * the refused field in `details.field`. Fields of one scene are checked together (one call per scene); only
 * when that fails are they checked one by one, to say which field it was.
 */
export async function assertContentAllowed(openid: string, fields: ContentFields): Promise<void> {
  const byScene = new Map<number, Array<[string, string]>>();
  for (const [field, value] of Object.entries(fields)) {
    if (!value || !value.trim()) continue;
    const scene = sceneOf(field);
    byScene.set(scene, [...(byScene.get(scene) ?? []), [field, value]]);
  }
  await Promise.all(
    [...byScene].map(async ([scene, entries]) => {
      const together = await verdictOf(openid, entries.map(([, value]) => value).join('\n'), scene);
      if (together === 'pass') return;
      if (entries.length === 1) throw refusal(entries[0][0], together);
      for (const [field, value] of entries) {
        const alone = await verdictOf(openid, value, scene);
        if (alone !== 'pass') throw refusal(field, alone);
      }
      // Each part passes alone, the whole does not: the first field stands for the whole.
      throw refusal(entries[0][0], together);
    }),
  );
}
