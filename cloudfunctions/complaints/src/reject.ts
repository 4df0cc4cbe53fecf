import { z } from 'zod';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';

/** Not built yet. */
export const reject = defineAction({ input: z.strictObject({}), access: { kind: 'member' }, async run() { throw new AppError('INTERNAL'); } });
