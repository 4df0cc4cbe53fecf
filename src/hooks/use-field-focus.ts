import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';

/** The element id of a field's frame: the target of the scroll to it. */
export function fieldDomId(name: string): string {
  return `gh-field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Room above the field once scrolled to, so its label shows too. */
const SCROLL_MARGIN_PX = 96;

export interface FieldFocus {
  /** The field to focus now (pass `focus={focus.focused === name}` to it). */
  focused: string | null;
  /**
   * After a refused submit: scrolls to the first field (in form order) that has a message and focuses it.
   * Answers that field, or null when none of `order` has a message.
   */
  reveal(errors: Partial<Record<string, string | undefined>>, order: readonly string[]): string | null;
  /** The field lost focus or changed: the next reveal may focus it again. */
  release(): void;
}

/** The one helper every form uses to bring the user to what must be fixed. */
export function useFieldFocus(): FieldFocus {
  const [focused, setFocused] = useState<string | null>(null);

  const reveal = useCallback((errors: Partial<Record<string, string | undefined>>, order: readonly string[]) => {
    const first = order.find((name) => Boolean(errors[name])) ?? null;
    if (!first) return null;
    void Taro.pageScrollTo({ selector: `#${fieldDomId(first)}`, offsetTop: -SCROLL_MARGIN_PX, duration: 250 }).catch(
      () => undefined,
    );
    // Off first, then on: a field asked to focus twice in a row focuses again.
    setFocused(null);
    void Promise.resolve().then(() => setFocused(first));
    return first;
  }, []);

  const release = useCallback(() => setFocused(null), []);
  return { focused, reveal, release };
}
