import type { QualityItem } from './official-compiler';

/** What test/weapp/support/official-check.ts prints, after RESULT_MARK on one line. */
export interface OfficialCheck {
  compiledFiles: string[];
  quality: QualityItem[];
}

export const RESULT_MARK = 'OFFICIAL_CHECK ';
