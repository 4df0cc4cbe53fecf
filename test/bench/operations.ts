import type { LocalCloud } from '../../emulator';
import type { Reply } from '../../types/reply';
import type { WishDetail, WishPage } from '../../types/wish';
import type { BenchSeed } from './bench-seed';

const READS = ['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments'];
const WRITES = ['database.insertDocument', 'database.modifyDocument', 'database.removeDocument', 'database.modifyAndReturnDoc'];
const TRANSACTION_CONTROL = ['database.startTransaction', 'database.commitTransaction', 'database.abortTransaction'];

export interface OperationCount {
  call: string;
  reads: number;
  writes: number;
  transactionControl: number;
}

function diff(before: Record<string, number>, after: Record<string, number>, names: string[]): number {
  return names.reduce((sum, name) => sum + (after[name] ?? 0) - (before[name] ?? 0), 0);
}

/** Runs each call alone and counts the database requests it made, by kind. */
export async function countOperations(cloud: LocalCloud, seed: BenchSeed): Promise<OperationCount[]> {
  const results: OperationCount[] = [];
  async function measure<T>(label: string, openid: string, name: string, action: string, input: Record<string, unknown> = {}): Promise<T> {
    const before = cloud.databaseRequests();
    const reply = (await cloud.callFunction(name, { action, ...input }, openid)) as Reply<T>;
    const after = cloud.databaseRequests();
    if (!reply.ok) throw new Error(`${label}: ${reply.error.code}`);
    results.push({ call: label, reads: diff(before, after, READS), writes: diff(before, after, WRITES), transactionControl: diff(before, after, TRANSACTION_CONTROL) });
    return reply.data;
  }

  const first = await measure<WishPage>('wishes.list (first page)', 'demo-resident', 'wishes', 'list');
  await measure('wishes.list (next page)', 'demo-resident', 'wishes', 'list', { cursor: first.nextCursor });
  await measure('wishes.list (filtered)', 'demo-resident', 'wishes', 'list', { category: '助学', gridId: 'xinsheng-g2' });
  await measure('wishes.mine', 'demo-volunteer', 'wishes', 'mine');
  await measure('wishes.adminList', 'demo-admin', 'wishes', 'adminList', { status: 'pending_review' });
  const created = await measure<WishDetail>('wishes.create', 'demo-resident', 'wishes', 'create', {
    title: '想请人帮忙搬花盆',
    story: '阳台的花盆太重了，想请人帮忙搬到楼下花坛。',
    category: '助老服务',
    beneficiaryType: '高龄老人',
    clientRequestId: `bench-${Date.now()}`,
  });
  await measure('wishes.create (grid worker, on behalf)', 'demo-gridworker', 'wishes', 'create', {
    title: '想要一副护膝',
    story: '冬天膝盖疼，想要一副护膝。',
    category: '生活物资',
    beneficiaryType: '独居老人',
    onBehalfOf: { name: '钱大爷', buildingId: 'xinsheng-b01' },
    clientRequestId: `bench-gw-${Date.now()}`,
  });
  await measure('wishes.review (approve)', 'demo-admin', 'wishes', 'review', { id: created.id, approve: true });
  await measure('wishes.get', 'demo-resident', 'wishes', 'get', { id: created.id });
  await measure('wishes.claim', 'demo-volunteer-2', 'wishes', 'claim', { id: created.id });
  await measure('wishes.get (claimed)', 'demo-admin', 'wishes', 'get', { id: created.id });
  await measure('wishes.cancelClaim', 'demo-volunteer-2', 'wishes', 'cancelClaim', { id: created.id });
  await measure('wishes.claim (again)', 'demo-volunteer-2', 'wishes', 'claim', { id: created.id });
  await measure('wishes.fulfil', 'demo-volunteer-2', 'wishes', 'fulfil', { id: created.id, note: '花盆已搬好' });
  await measure('wishes.confirm', 'demo-resident', 'wishes', 'confirm', { id: created.id, thanks: '谢谢' });
  const [toReject, toWithdraw] = seed.samples.pending;
  await measure('wishes.review (reject)', 'demo-admin', 'wishes', 'review', { id: toReject, approve: false, reason: '请线下联系社区' });
  await measure('wishes.withdraw', `bench-resident-${Number(toWithdraw!.slice(-5)) % 500}`, 'wishes', 'withdraw', { id: toWithdraw });
  await measure('inbox.list', 'demo-resident', 'inbox', 'list');
  await measure('inbox.unreadCount', 'demo-resident', 'inbox', 'unreadCount');
  await measure('users.me', 'demo-resident', 'users', 'me');
  await measure('users.listOrg', 'demo-resident', 'users', 'listOrg');
  return results;
}

export function formatOperations(counts: OperationCount[]): string[] {
  return [
    '| call | reads | writes | total | transaction begin/commit |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...counts.map((count) => `| ${count.call} | ${count.reads} | ${count.writes} | ${count.reads + count.writes} | ${count.transactionControl} |`),
  ];
}
