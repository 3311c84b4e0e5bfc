/** LockService's document lock: counts acquisitions and can be "held by another execution". */
import type { Accepts } from "./typing";

type Lock = GoogleAppsScript.Lock.Lock;

export class FakeLock
  implements Pick<Lock, "tryLock" | "hasLock" | "releaseLock">, Accepts<Lock, "waitLock">
{
  held = false;
  /** Set to simulate another execution holding the document lock. */
  heldElsewhere = false;
  acquisitions = 0;

  tryLock(_timeoutInMillis: number): boolean {
    if (this.heldElsewhere) return false;
    this.held = true;
    this.acquisitions++;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.held = false;
  }
}
