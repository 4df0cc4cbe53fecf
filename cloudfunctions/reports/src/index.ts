import { createHandler } from '../../_shared/action';
import { auditLog } from './audit-log';
import { dashboard } from './dashboard';
import { exportLedger } from './export-ledger';
import { overdue } from './overdue';
import { pending } from './pending';

export const actions = { dashboard, overdue, auditLog, exportLedger, pending };

export const main = createHandler(actions);
