import type { Reply } from '@contract/reply';
import type { AuditEntry, AuditLogInput, Dashboard, DashboardInput, ExportLedgerInput, LedgerFile, OverdueInput, OverdueItem } from '@contract/report';
import type { Page } from '@contract/user';
import { callAction } from './cloud';

const FN = 'reports';

export const loadDashboard = (input: DashboardInput): Promise<Reply<Dashboard>> => callAction(FN, 'dashboard', input);
export const listOverdue = (input: OverdueInput = {}): Promise<Reply<Page<OverdueItem>>> => callAction(FN, 'overdue', input);
export const listAuditLog = (input: AuditLogInput = {}): Promise<Reply<Page<AuditEntry>>> => callAction(FN, 'auditLog', input);
/** Builds a month's xlsx: slow for a large month, so it waits as long as the function may run. */
export const exportLedger = (input: ExportLedgerInput): Promise<Reply<LedgerFile>> => callAction(FN, 'exportLedger', input, true);
