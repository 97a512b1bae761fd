// ScriptApp's project triggers (newTrigger(fn).timeBased().after(ms).create(), getProjectTriggers, deleteTrigger), counted as
// ScriptApp calls; a made trigger is only recorded (the twin has no timer): a test fires it by calling its handler.

import type { ClockTriggerBuilderApi, ScriptAppApi, TriggerApi, TriggerBuilderApi } from '../addon/adapter/services';
import type { TwinEnv } from './env';

export class TwinTrigger implements TriggerApi {
  constructor(
    private readonly env: TwinEnv,
    readonly handler: string,
    readonly uniqueId: string,
    /** twin-only: the delay it was made with, and when (env.now()) */
    readonly afterMs: number | null,
    readonly createdAt: number,
  ) {}

  getHandlerFunction(): string {
    this.env.counter.other('Trigger', 'getHandlerFunction');
    return this.handler;
  }

  getUniqueId(): string {
    this.env.counter.other('Trigger', 'getUniqueId');
    return this.uniqueId;
  }
}

class TwinClockTriggerBuilder implements ClockTriggerBuilderApi {
  private afterMs: number | null = null;

  constructor(
    private readonly app: TwinScriptApp,
    private readonly handler: string,
  ) {}

  after(durationMilliseconds: number): this {
    this.afterMs = durationMilliseconds;
    return this;
  }

  create(): TwinTrigger {
    return this.app.add(this.handler, this.afterMs);
  }
}

export class TwinScriptApp implements ScriptAppApi {
  /** the project's triggers, oldest first */
  readonly triggers: TwinTrigger[] = [];
  private made = 0;

  constructor(private readonly env: TwinEnv) {}

  newTrigger(functionName: string): TriggerBuilderApi {
    this.env.counter.other('ScriptApp', 'newTrigger');
    return { timeBased: () => new TwinClockTriggerBuilder(this, functionName) };
  }

  getProjectTriggers(): TwinTrigger[] {
    this.env.counter.other('ScriptApp', 'getProjectTriggers');
    return [...this.triggers];
  }

  deleteTrigger(trigger: TriggerApi): void {
    this.env.counter.other('ScriptApp', 'deleteTrigger');
    const i = this.triggers.findIndex((t) => t.uniqueId === (trigger as TwinTrigger).uniqueId);
    if (i >= 0) this.triggers.splice(i, 1);
  }

  /** used by the builder (the create() call is counted here) */
  add(handler: string, afterMs: number | null): TwinTrigger {
    this.env.counter.other('ScriptApp', 'create');
    const trigger = new TwinTrigger(this.env, handler, `twin-trigger-${++this.made}`, afterMs, this.env.now());
    this.triggers.push(trigger);
    return trigger;
  }
}
