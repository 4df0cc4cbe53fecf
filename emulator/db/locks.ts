/**
 * Transaction locks on documents, as CloudBase takes them: a transaction's write locks the document
 * until the transaction ends; another transaction's write to it fails at once, a plain write waits.
 */

export class DocumentLocks {
  private readonly owners = new Map<string, string>();
  private readonly waiters = new Map<string, Set<() => void>>();

  ownerOf(mark: string): string | undefined {
    return this.owners.get(mark);
  }

  /** Takes the lock for `owner`; false when another owner holds it. */
  acquire(mark: string, owner: string): boolean {
    const current = this.owners.get(mark);
    if (current !== undefined && current !== owner) return false;
    this.owners.set(mark, owner);
    return true;
  }

  release(marks: Iterable<string>, owner: string): void {
    for (const mark of marks) {
      if (this.owners.get(mark) !== owner) continue;
      this.owners.delete(mark);
      const waiting = this.waiters.get(mark);
      this.waiters.delete(mark);
      for (const wake of waiting ?? []) wake();
    }
  }

  /** Resolves true once `mark` is free, false if it is still locked after `timeoutMs`. */
  waitFor(mark: string, timeoutMs: number): Promise<boolean> {
    if (!this.owners.has(mark)) return Promise.resolve(true);
    return new Promise((resolve) => {
      let waiting = this.waiters.get(mark);
      if (!waiting) {
        waiting = new Set();
        this.waiters.set(mark, waiting);
      }
      const set = waiting;
      const wake = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        set.delete(wake);
        resolve(false);
      }, Math.max(0, timeoutMs));
      timer.unref();
      set.add(wake);
    });
  }
}
