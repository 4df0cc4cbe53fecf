import { z } from 'zod';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';

/** Not built yet. */
export const rate = defineAction({ input: z.strictObject({}), access: { kind: 'member' }, async run() { throw new AppError('INTERNAL'); } });

/** Not built yet. */
export const reopen = defineAction({ input: z.strictObject({}), access: { kind: 'member' }, async run() { throw new AppError('INTERNAL'); } });

/** Not built yet. */
export const withdraw = defineAction({ input: z.strictObject({}), access: { kind: 'member' }, async run() { throw new AppError('INTERNAL'); } });
