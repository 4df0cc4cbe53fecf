import { complaintHistory } from './complaint-factories';
import { demoComplaintHistory } from './demo-history';
import { demoComplaints, demoDepartments, demoMeetings, demoOrg, demoUsers, demoWishes } from './demo-world';
import { meetingHistory } from './meeting-factories';
import { wishHistory } from './factories';

export type SeedDocuments = Record<string, Array<Record<string, unknown>>>;

/** Typed documents as the untyped rows a store takes. */
function rowsOf<T extends object>(docs: T[]): Array<Record<string, unknown>> {
  return docs as unknown as Array<Record<string, unknown>>;
}

/** What `npm start` and `npm run cloud` load into a fresh local cloud. */
export interface DemoOptions {
  /** Six months of handled cases before today's (the workbench's trend and ranking). */
  history?: boolean;
}

export function demoSeed(now: Date = new Date(), options: DemoOptions = {}): SeedDocuments {
  const org = demoOrg();
  const users = demoUsers(org, now);
  const wishes = demoWishes(org, users, now);
  const departments = demoDepartments();
  const complaints = [...demoComplaints(org, users, departments, now), ...(options.history ? demoComplaintHistory(org, users, now) : [])];
  const meetings = demoMeetings(users, now);
  return {
    streets: rowsOf(org.streets),
    communities: rowsOf(org.communities),
    grids: rowsOf(org.grids),
    buildings: rowsOf(org.buildings),
    users: rowsOf(users),
    wishes: rowsOf(wishes),
    departments: rowsOf(departments),
    complaints: rowsOf(complaints),
    meetings: rowsOf(meetings),
    events: rowsOf([...wishes.flatMap(wishHistory), ...complaints.flatMap(complaintHistory), ...meetings.flatMap(meetingHistory)]),
  };
}

export { DEMO_OPENIDS } from './demo-world';
