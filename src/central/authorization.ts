// Whether the user granted the central script the scopes a national consolidation needs, asked once before any province is
// read: with granular consent a person may tick some permissions only, and a missing one would fail all 76 files alike.

import type { MailAppApi, ScriptAppApi, Services } from '../addon/adapter/services';
import { errorText } from '../addon/failure';
import { centralRunMessages as C } from '../core/messages/nationalRun';
import type { Text } from '../core/messages/text';

/** The central script's MailApp (centralServices always gives it). */
export function centralMailApp(services: Services): MailAppApi {
  if (!services.mailApp) throw new Error('the central script sends mail with MailApp (see centralServices)');
  return services.mailApp;
}

/** The central script's ScriptApp (centralServices always gives it). */
export function centralScriptApp(services: Services): ScriptAppApi {
  if (!services.scriptApp) throw new Error('the central script runs with ScriptApp (see centralServices)');
  return services.scriptApp;
}

/**
 * ScriptApp.getAuthorizationInfo(AuthMode.FULL, scopes) (https://developers.google.com/apps-script/reference/script/script-app):
 * REQUIRED when one of them lacks consent; a scope the deployed manifest does not list is an error, told as such. Not
 * requireScopes, which ends the execution with Google's own prompt, and only where the surface supports granular consent.
 */
export function checkConsent(scopes: readonly string[], again?: Text): (services: Services) => Text | null {
  return (services) => {
    const app = centralScriptApp(services);
    let info: ReturnType<typeof app.getAuthorizationInfo>;
    try {
      info = app.getAuthorizationInfo(app.AuthMode.FULL, [...scopes]);
    } catch (e) {
      return C.authorizationUnknown(scopes, errorText(e));
    }
    return info.getAuthorizationStatus() === app.AuthorizationStatus.REQUIRED
      ? C.notAuthorized(scopes, info.getAuthorizationUrl(), again)
      : null;
  };
}
