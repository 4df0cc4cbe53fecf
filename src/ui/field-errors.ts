import type { ReplyError } from '@contract/reply';

/** Which of the form's fields a server path ('title', 'onBehalfOf.name', 'photos.3') is shown at. */
export type FieldOfPath<F extends string> = (path: string) => F | null;

/** What to say at a field whose text the content check refused: where it is, and what to do about it. */
export function contentRefusalMessage(suggest: unknown): string {
  return suggest === 'review'
    ? '这段文字可能不适合公开展示，请换一种说法后再提交'
    : '这段文字含有不适合发布的内容，请删改后再提交';
}

function isIssue(value: unknown): value is { path: string; message: string } {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { path?: unknown; message?: unknown };
  return typeof candidate.path === 'string' && typeof candidate.message === 'string';
}

/** 'photos.3' → 'photos' when only the parent is a field. */
export function fieldOfNested<F extends string>(direct: FieldOfPath<F>): FieldOfPath<F> {
  const find = (path: string): F | null => {
    const field = direct(path);
    if (field) return field;
    const head = path.split('.').slice(0, -1).join('.');
    return head ? find(head) : null;
  };
  return find;
}

/**
 * A refusal → messages by field, for the refusals that belong to a field: INVALID_INPUT's `details`
 * ([{ path, message }], the first per field wins) and CONTENT_REJECTED's `details: { field, suggest }`.
 * Empty when nothing in the refusal names a field of this form (the page then shows the message itself).
 */
export function fieldErrorsFromReply<F extends string>(error: ReplyError, fieldOf: FieldOfPath<F>): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  if (error.code === 'INVALID_INPUT' && Array.isArray(error.details)) {
    for (const issue of error.details.filter(isIssue)) {
      const field = fieldOf(issue.path);
      if (field && !errors[field]) errors[field] = issue.message;
    }
  }
  if (error.code === 'CONTENT_REJECTED' && typeof error.details === 'object' && error.details !== null) {
    const { field: path, suggest } = error.details as { field?: unknown; suggest?: unknown };
    const field = typeof path === 'string' ? fieldOf(path) : null;
    if (field) errors[field] = contentRefusalMessage(suggest);
  }
  return errors;
}
