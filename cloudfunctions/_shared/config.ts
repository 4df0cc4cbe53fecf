/** Settings read from the function's environment variables, with the defaults communities start with. */
function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw ? Number.parseInt(raw, 10) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export const config = {
  get wishClaimLimit() {
    return positiveInt('WISH_CLAIM_LIMIT', 3);
  },
  get wishClaimDays() {
    return positiveInt('WISH_CLAIM_DAYS', 7);
  },
  get wishPoints() {
    return positiveInt('WISH_POINTS', 10);
  },
  /** `openid@communityId` pairs, comma separated: the first admins of a fresh environment. */
  get bootstrapAdmins(): Array<{ openid: string; communityId: string }> {
    return (process.env.BOOTSTRAP_ADMINS ?? '')
      .split(',')
      .map((pair) => pair.trim().split('@'))
      .filter((pair): pair is [string, string] => pair.length === 2 && Boolean(pair[0]) && Boolean(pair[1]))
      .map(([openid, communityId]) => ({ openid, communityId }));
  },
};
