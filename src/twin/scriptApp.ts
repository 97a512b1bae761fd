// ScriptApp's authorization check and project triggers (newTrigger(fn).timeBased().after(ms).create(), getProjectTriggers,
// deleteTrigger), counted as ScriptApp calls; a made trigger is only recorded (the twin has no timer): a test fires it by
// calling its handler, or runs the ones due on the twin's clock with runDue.

import type {
  AuthorizationInfoApi,
  ClockTriggerBuilderApi,
  ScriptAppApi,
  TriggerApi,
  TriggerBuilderApi,
} from '../addon/adapter/services';
import { AuthMode, AuthorizationStatus } from './enums';
import type { TwinEnv } from './env';
import { fail, scopeNotRequired } from './errors';

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
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  /** the project's triggers, oldest first */
  readonly triggers: TwinTrigger[] = [];
  private made = 0;
  /** uniqueIds of the one-off triggers runDue has run */
  private readonly fired = new Set<string>();

  constructor(private readonly env: TwinEnv) {}

  /**
   * Whether the user consented to these scopes, from the twin's manifest and the ones left unticked: a scope the manifest does
   * not list is an error; REQUIRED, with a URL to grant it, when any lacks consent
   * (https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)).
   */
  getAuthorizationInfo(_authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): AuthorizationInfoApi {
    this.env.counter.other('ScriptApp', 'getAuthorizationInfo');
    const listed = this.env.oauthScopes;
    for (const scope of oAuthScopes) if (listed && !listed.includes(scope)) fail(scopeNotRequired(scope));
    const required = oAuthScopes.some((scope) => this.env.deniedScopes.has(scope));
    const count = (method: string) => this.env.counter.other('AuthorizationInfo', method);
    return {
      getAuthorizationStatus: () => {
        count('getAuthorizationStatus');
        return required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
      },
      getAuthorizationUrl: () => {
        count('getAuthorizationUrl');
        return required ? 'https://script.google.com/macros/d/twin-script/authorize' : null;
      },
    };
  }

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

  /**
   * Twin-only: runs through `run`, oldest first and each once, the one-off triggers whose delay has passed on the twin's clock
   * (after(ms) is a minimum: https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)),
   * without a Ui as in any time-driven execution. A fired trigger stays listed until deleted (unconfirmed). Returns the handlers run.
   */
  runDue(run: (handler: string) => void): string[] {
    const due = this.triggers.filter(
      (t) => t.afterMs !== null && !this.fired.has(t.uniqueId) && t.createdAt + t.afterMs <= this.env.now(),
    );
    const ui = this.env.uiAvailable;
    for (const trigger of due) {
      this.fired.add(trigger.uniqueId);
      this.env.uiAvailable = false;
      try {
        run(trigger.handler);
      } finally {
        this.env.uiAvailable = ui;
      }
    }
    return due.map((t) => t.handler);
  }

  /** used by the builder (the create() call is counted here) */
  add(handler: string, afterMs: number | null): TwinTrigger {
    this.env.counter.other('ScriptApp', 'create');
    const trigger = new TwinTrigger(this.env, handler, `twin-trigger-${++this.made}`, afterMs, this.env.now());
    this.triggers.push(trigger);
    return trigger;
  }
}
