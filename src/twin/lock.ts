// LockService's document lock: one lock state per workbook. tryLock succeeds when the lock is free or already held
// by this execution; a test simulates another execution holding it with holdBy(). Counted as Lock calls, not Spreadsheet.

import type { LockApi, LockServiceApi } from '../addon/adapter/services';
import type { TwinEnv } from './env';
import { fail, MESSAGES } from './errors';

export interface LockAttempt {
  readonly method: 'tryLock' | 'waitLock';
  readonly timeoutInMillis: number;
  readonly acquired: boolean;
}

export class DocumentLockState {
  /** who holds the lock: the env's executionId for this execution, anything else for a simulated other one */
  holder: string | null = null;
  /** every tryLock/waitLock, in order */
  readonly attempts: LockAttempt[] = [];
  private othersPatience = Infinity;

  constructor(private readonly env: TwinEnv) {}

  /** twin-only: another execution holds the lock; with `releaseAfterAttempts` it lets go after that many failed tries. */
  holdBy(owner: string, options: { releaseAfterAttempts?: number } = {}): void {
    if (owner === this.env.executionId) throw new Error(`twin: "${owner}" is this execution's own id`);
    this.holder = owner;
    this.othersPatience = options.releaseAfterAttempts ?? Infinity;
  }

  /** twin-only: frees the lock whoever holds it. */
  free(): void {
    this.holder = null;
    this.othersPatience = Infinity;
  }

  get heldByThisExecution(): boolean {
    return this.holder === this.env.executionId;
  }

  acquire(method: LockAttempt['method'], timeoutInMillis: number): boolean {
    const acquired = this.holder === null || this.holder === this.env.executionId;
    if (acquired) this.holder = this.env.executionId;
    else if (--this.othersPatience <= 0) this.free();
    this.attempts.push({ method, timeoutInMillis, acquired });
    return acquired;
  }
}

export class TwinLock implements LockApi {
  constructor(
    private readonly env: TwinEnv,
    readonly state: DocumentLockState,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.env.counter.other('Lock', 'tryLock');
    return this.state.acquire('tryLock', timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    this.env.counter.other('Lock', 'waitLock');
    if (!this.state.acquire('waitLock', timeoutInMillis)) fail(MESSAGES.lockTimeout);
  }

  releaseLock(): void {
    this.env.counter.other('Lock', 'releaseLock');
    if (this.state.heldByThisExecution) this.state.holder = null;
  }

  hasLock(): boolean {
    this.env.counter.other('Lock', 'hasLock');
    return this.state.heldByThisExecution;
  }

  /** twin-only: see DocumentLockState.holdBy */
  holdBy(owner: string, options?: { releaseAfterAttempts?: number }): this {
    this.state.holdBy(owner, options);
    return this;
  }
}

export class TwinLockService implements LockServiceApi {
  constructor(
    private readonly env: TwinEnv,
    /** the active spreadsheet, whose lock getDocumentLock gives */
    private readonly activeWorkbook: () => { readonly lock: DocumentLockState },
    /** false: a standalone script (see getDocumentLock) */
    readonly containerBound: boolean,
  ) {}

  /** null outside a container-bound script (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()). */
  getDocumentLock(): TwinLock | null {
    this.env.counter.other('LockService', 'getDocumentLock');
    return this.containerBound ? new TwinLock(this.env, this.activeWorkbook().lock) : null;
  }
}
