/** Counts the database requests the admin endpoint serves, by protocol action: what benchmarks read to count operations per call. */
export class DatabaseMeter {
  private readonly counts = new Map<string, number>();

  record(action: string): void {
    this.counts.set(action, (this.counts.get(action) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}
