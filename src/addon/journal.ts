/**
 * All-or-nothing for every command that writes (SPEC §9): each write registers how to undo it;
 * when any later step fails, the undos run newest first, so the workbook — cells, formats, named
 * ranges, notes — is as it was, and the failure says in words which step Sheets stopped at.
 */
import { messageOf } from "../core/messageOf";
import type { UiMessages } from "../i18n/ui";

/** What the command was doing, as the user reads it ("Sheets stopped while …"). */
export type Step = keyof UiMessages["store"]["steps"];

/** A write failed at `step`; `restored` says whether every earlier write could be undone. */
export class WriteFailed extends Error {
  constructor(
    readonly step: Step,
    readonly restored: boolean,
    readonly reason: string,
  ) {
    super(`${step}: ${reason}`);
  }
}

/**
 * A step that declines, in the user's words, before it writes (the plans cannot follow the
 * save): the command is undone and the reply carries this message as it is.
 */
export class Refused extends Error {}

export class Journal {
  /** The undos, oldest first: pass this list to code that registers its own (PlanSync). */
  readonly undo: (() => void)[] = [];
  private current: Step = "reading";

  /** The step the next writes belong to. */
  at(step: Step): this {
    this.current = step;
    return this;
  }

  /** Registers how to undo the write just made. */
  onUndo(undo: () => void): void {
    this.undo.push(undo);
  }

  /**
   * Runs `work`; when it throws, undoes every registered write (newest first) and throws a
   * {@link WriteFailed} naming the step (a {@link Refused} as it is, once all is undone).
   */
  static run<T>(work: (journal: Journal) => T): T {
    const journal = new Journal();
    try {
      return work(journal);
    } catch (e) {
      const restored = journal.rollback();
      if (e instanceof Refused && restored) throw e;
      throw new WriteFailed(journal.current, restored, messageOf(e));
    }
  }

  /** Runs the undos newest first; true when all of them worked. */
  private rollback(): boolean {
    let ok = true;
    for (let i = this.undo.length - 1; i >= 0; i--) {
      try {
        this.undo[i]?.();
      } catch {
        ok = false;
      }
    }
    return ok;
  }
}
