// Who runs this execution: Session's email (scope userinfo.email), or, where a domain's policy or a consumer account leaves it
// blank, Session's temporary key for the user (https://developers.google.com/apps-script/reference/base/session).

import type { UserIdentity } from '../core/messages/user';
import type { SessionApi } from './adapter/services';

export function activeUser(session: SessionApi): UserIdentity {
  const email = session.getActiveUser().getEmail() || '';
  return { email, key: email ? '' : session.getTemporaryActiveUserKey() || '' };
}
