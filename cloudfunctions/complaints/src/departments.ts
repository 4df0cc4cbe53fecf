import type { DepartmentDoc, DepartmentView } from '../../../types/complaint';
import { departmentsInput } from '../../../types/complaint';
import { isStaff } from '../../../types/roles';
import { defineAction } from '../../_shared/action';
import { DEPARTMENTS } from '../../_shared/complaints/complaint-store';
import { database, rows } from '../../_shared/runtime';

/** A street has a handful of departments; this bounds the read all the same. */
const DEPARTMENTS_MAX = 100;

/** The street's departments, in order, for the summon picker (吹哨). */
export const departments = defineAction({
  input: departmentsInput,
  access: { kind: 'actor', allow: (actor) => isStaff(actor.roles) },
  async run({ actor }): Promise<DepartmentView[]> {
    if (!actor.streetId) return [];
    const found = await rows<DepartmentDoc>(
      database().collection(DEPARTMENTS).where({ streetId: actor.streetId }).orderBy('order', 'asc').limit(DEPARTMENTS_MAX),
    );
    return found.map((d) => ({ id: d._id, name: d.name, duty: d.duty, reportLimitMinutes: d.reportLimitMinutes }));
  },
});
