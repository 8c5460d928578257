// What another phone sent, checked like a restored backup's record before it is applied: its
// text passes the one rule for control and bidi characters (a timeline entry keeps what its
// hash covers), and an address in 備え passes the one e-mail address rule.
import { isEmailAddress } from '../lib/email';
import { stripUnsafeChars, stripUnsafeRecord } from '../lib/unsafe-text';
import type { Envelope } from './docs';
import { TeamError } from './errors';

/** The envelope ready to apply; TeamError('invalid') for a record this phone does not accept. */
export function checkArrival(env: Envelope): Envelope {
  const record = stripUnsafeRecord(env.type, env.record);
  if (env.type === 'prep') {
    const email = (record as { email?: unknown }).email;
    if (typeof email === 'string' && email !== '' && !isEmailAddress(email)) {
      throw new TeamError('invalid');
    }
  }
  const name = stripUnsafeChars(env.name);
  return record === env.record && name === env.name ? env : { ...env, record, name };
}
