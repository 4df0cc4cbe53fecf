import type { Actor } from '../../../types/actor';
import type { ComplaintDoc, DepartmentDoc, Summon, SummonStatus } from '../../../types/complaint';
import { complaintIdInput, resultInput, summonInput } from '../../../types/complaint';
import { defineAction } from '../../_shared/action';
import { complaintScheduleFields, writeComplaint } from './write-complaint';
import { DEPARTMENTS } from '../../_shared/complaints/complaint-store';
import { handlersOf, liaisonsOf } from '../../_shared/complaints/recipients';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError } from '../../_shared/errors';
import { hideFailedPhotos } from '../../_shared/media-check-verdict';
import { checkPhotos } from '../../_shared/photos';
import { database, rows } from '../../_shared/runtime';
import type { Loaded } from './load-for-action';
import { loadForAction, others, staffLabel } from './load-for-action';

/**
 * Summons writes compute the schedule from the whole case as read, so they are guarded by it (`updatedAt`,
 * besides the summons themselves); one that lost to a simultaneous change of the same case (another
 * summons, an 报到) is tried again on the case as it now stands, this many times in all.
 */
const ATTEMPTS = 3;

/** A department still answering for the case (summoned or acknowledged), or one that already reported. */
function refuseSummoned(complaint: ComplaintDoc, ids: readonly string[]): void {
  const taken = complaint.summons.filter((summon) => ids.includes(summon.departmentId));
  if (taken.length === 0) return;
  const names = taken.map((summon) => summon.departmentName).join('、');
  const reported = taken.every((summon) => summon.status === 'reported');
  throw new AppError('ALREADY_SUMMONED', reported ? `${names}已反馈过处理结果` : `${names}已在处理这件诉求`);
}

async function loadDepartments(streetId: string | null, ids: readonly string[]): Promise<DepartmentDoc[]> {
  const _ = database().command;
  const found = await rows<DepartmentDoc>(
    database().collection(DEPARTMENTS).where({ _id: _.in([...ids]), streetId }).limit(ids.length),
  );
  return ids.map((id) => found.find((department) => department._id === id)).filter((department): department is DepartmentDoc => Boolean(department));
}

/**
 * 吹哨: the community admin (or the street admin of a case at the street) summons departments of the street;
 * each must 报到 within its own limit. Simultaneous summons of different departments all land: each write
 * is guarded by the summons as read and retried on the case as it now is.
 */
export const summon = defineAction({
  input: summonInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    const ids = [...new Set(input.departmentIds)];
    let { complaint } = await loadForAction(actor, input.id, 'summon', now);
    refuseSummoned(complaint, ids);
    await assertContentAllowed(actor.openid, { note: input.note });
    const departments = await loadDepartments(complaint.streetId, ids);
    if (departments.length !== ids.length) {
      throw new AppError('INVALID_INPUT', '所选部门不存在', [{ path: 'departmentIds', message: '所选部门不存在' }]);
    }
    const liaisons = liaisonsOf(ids);
    const entries: Summon[] = departments.map((department) => ({
      departmentId: department._id,
      departmentName: department.name,
      status: 'summoned',
      summonedAt: now,
      summonedBy: actor.openid,
      dueAt: new Date(now.getTime() + department.reportLimitMinutes * 60_000),
      acknowledgedAt: null,
      reportedAt: null,
      result: null,
      photos: [],
      lateNoticeAt: null,
    }));
    const _ = database().command;
    for (let attempt = 1; ; attempt += 1) {
      const written = await writeComplaint({
        complaint,
        action: 'complaint.summoned',
        to: complaint.status,
        actorOpenid: actor.openid,
        actorLabel: staffLabel(actor),
        note: input.note,
        recipients: others(actor, liaisons),
        guard: {
          _id: complaint._id,
          status: complaint.status,
          summonedDepartmentIds: _.nin(ids),
          summons: _.size(complaint.summons.length),
          updatedAt: complaint.updatedAt,
        },
        changes: {
          summons: _.push(entries),
          summonedDepartmentIds: _.push(ids),
          ...complaintScheduleFields({ ...complaint, summons: [...complaint.summons, ...entries] }),
        },
      });
      if (written) return { id: complaint._id, status: complaint.status, level: complaint.level };
      if (attempt === ATTEMPTS) throw new AppError('COMPLAINT_CHANGED');
      ({ complaint } = await loadForAction(actor, input.id, 'summon', now));
      refuseSummoned(complaint, ids);
    }
  },
});

const dateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value));

/** A summons as read, its times as dates again: the element is written back whole. */
function asRead(summon: Summon): Summon {
  return {
    ...summon,
    summonedAt: new Date(summon.summonedAt),
    dueAt: new Date(summon.dueAt),
    acknowledgedAt: dateOrNull(summon.acknowledgedAt),
    reportedAt: dateOrNull(summon.reportedAt),
    lateNoticeAt: dateOrNull(summon.lateNoticeAt),
  };
}

type Answer = 'acknowledge' | 'reportBack';

const ANSWERS: Record<Answer, { from: SummonStatus; to: SummonStatus; event: string }> = {
  acknowledge: { from: 'summoned', to: 'acknowledged', event: 'complaint.acknowledged' },
  reportBack: { from: 'acknowledged', to: 'reported', event: 'complaint.reported' },
};

/**
 * The liaison's answer to their department's summons. `summons` is written whole, as the scheduler writes
 * it, not by position (`summons.$`), which this project does not rely on the database to support: the
 * update is guarded by that summons still being in the state read and by the case not having changed
 * meanwhile (the array and the schedule written are computed from the case as read).
 */
async function answerSummon(
  actor: Actor,
  id: string,
  answer: Answer,
  fields: (summon: Summon, now: Date) => Partial<Summon>,
  note: string | null,
  beforeWrite?: (loaded: Loaded) => Promise<void>,
) {
  const now = new Date();
  const { from, to, event } = ANSWERS[answer];
  const _ = database().command;
  let loaded = await loadForAction(actor, id, answer, now);
  if (beforeWrite) await beforeWrite(loaded);
  for (let attempt = 1; ; attempt += 1) {
    const { complaint } = loaded;
    const index = complaint.summons.findIndex((summon) => summon.departmentId === actor.departmentId);
    const current = complaint.summons[index]!;
    const changed: Summon = { ...asRead(current), ...fields(current, now), status: to };
    const summons = complaint.summons.map((summon, at) => (at === index ? changed : summon));
    const recipients = others(actor, [current.summonedBy], handlersOf(complaint));
    const written = await writeComplaint({
      complaint,
      action: event,
      to: complaint.status,
      actorOpenid: actor.openid,
      actorLabel: `${current.departmentName}`,
      note,
      recipients,
      guard: {
        _id: complaint._id,
        status: complaint.status,
        summonedDepartmentIds: _.size(complaint.summonedDepartmentIds.length),
        summons: _.elemMatch({ departmentId: current.departmentId, status: from }),
        updatedAt: complaint.updatedAt,
      },
      changes: { summons, ...complaintScheduleFields({ ...complaint, summons }) },
    });
    if (written) return { id: complaint._id, status: complaint.status, level: complaint.level };
    if (attempt === ATTEMPTS) throw new AppError('COMPLAINT_CHANGED');
    loaded = await loadForAction(actor, id, answer, now);
  }
}

/** 报到: the liaison says their department is on the case. */
export const acknowledge = defineAction({
  input: complaintIdInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    return answerSummon(actor, input.id, 'acknowledge', (_summon, now) => ({ acknowledgedAt: now }), null);
  },
});

/** 反馈: the liaison reports what their department did, with photos as proof. */
export const reportBack = defineAction({
  input: resultInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const photos = input.photos ?? [];
    const result = await answerSummon(
      actor,
      input.id,
      'reportBack',
      (_summon, now) => ({ reportedAt: now, result: input.result, photos }),
      input.result,
      async ({ complaint }) => {
        await assertContentAllowed(actor.openid, { result: input.result });
        await checkPhotos(actor.openid, photos, { itemType: 'summon_report', itemId: complaint._id });
      },
    );
    if (photos.length > 0) await hideFailedPhotos('summon_report', input.id);
    return result;
  },
});
