import type { GridFigures, MonthFigures } from '../../../types/report';
import type { ComplaintTally, MeetingTally, WishTally } from '../../../types/report-figures';
import {
  addComplaintTallies, addMeetingTallies, addWishTallies, complaintRates, emptyComplaintTally, emptyMeetingTally,
  emptyWishTally, median, rate,
} from '../../../types/report-figures';

export interface Tallies {
  complaints: ComplaintTally;
  wishes: WishTally;
  meetings: MeetingTally;
}

export function emptyTallies(): Tallies {
  return { complaints: emptyComplaintTally(), wishes: emptyWishTally(), meetings: emptyMeetingTally() };
}

/** Rows of grids (or of communities) as one. */
export function sumTallies(rows: ReadonlyArray<Tallies | GridFigures>): Tallies {
  return rows.reduce<Tallies>(
    (sum, row) => ({
      complaints: addComplaintTallies(sum.complaints, row.complaints),
      wishes: addWishTallies(sum.wishes, row.wishes),
      meetings: addMeetingTallies(sum.meetings, row.meetings),
    }),
    emptyTallies(),
  );
}

/** The figures a person reads, from the counts a month keeps. */
export function monthFigures(month: string, tallies: Tallies): MonthFigures {
  const { complaints, wishes, meetings } = tallies;
  return {
    month,
    complaints: {
      ...complaintRates(complaints),
      received: complaints.received,
      bySource: complaints.bySource,
      byCategory: complaints.byCategory,
      summoned: complaints.summoned,
      reopened: complaints.reopened,
      closed: complaints.closed,
    },
    wishes: {
      filed: wishes.filed,
      filedOwn: wishes.filedOwn,
      filedOnBehalf: wishes.filedOnBehalf,
      published: wishes.published,
      claimed: wishes.claimed,
      confirmed: wishes.confirmed,
      expired: wishes.expired,
      medianDaysToConfirm: median(wishes.confirmDays),
      pointsCredited: wishes.pointsCredited,
      activeVolunteers: wishes.volunteers.length,
    },
    meetings: {
      ...meetings,
      attendanceRate: rate(meetings.attended, meetings.registered),
      evaluationSatisfactionRate: rate(meetings.evaluationsSatisfied, meetings.evaluations),
    },
  };
}

/** Tallies gathered one item at a time: what grows with the items (days to confirm, volunteers) is appended, not copied. */
export class TallyAccumulator {
  private complaints = emptyComplaintTally();
  private meetings = emptyMeetingTally();
  private readonly wishes = emptyWishTally();
  private readonly volunteers = new Set<string>();

  addComplaint(tally: ComplaintTally): void {
    this.complaints = addComplaintTallies(this.complaints, tally);
  }

  addWish(tally: WishTally): void {
    const { confirmDays, volunteers, ...counts } = tally;
    for (const key of Object.keys(counts) as Array<keyof typeof counts>) this.wishes[key] += counts[key];
    this.wishes.confirmDays.push(...confirmDays);
    for (const volunteer of volunteers) this.volunteers.add(volunteer);
  }

  addVolunteer(openid: string): void {
    this.volunteers.add(openid);
  }

  addMeeting(tally: MeetingTally): void {
    this.meetings = addMeetingTallies(this.meetings, tally);
  }

  tallies(): Tallies {
    return { complaints: this.complaints, wishes: { ...this.wishes, volunteers: [...this.volunteers] }, meetings: this.meetings };
  }
}
