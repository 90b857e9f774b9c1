import type { DAYS } from '../org/schema-access';
import type { OrgState, OrgUser } from './org-state';

/**
 * Why a login is refused before any session exists: a frozen user (UserLogin.IsFrozen), login IP ranges or
 * login hours of the user's profile. Each refusal carries the LoginHistory Status and the API faults.
 * Sources: Salesforce's UserLogin reference ("If a user's account is frozen, they can't log in"); OAuth answers
 * `invalid_grant` / `ip restricted` with LoginHistory Status "Restricted IP" (forceworkbench/forceworkbench#772).
 */
export interface LoginRefusal {
  kind: 'frozen' | 'ip' | 'hours';
  /** LoginHistory.Status */
  status: string;
  /** OAuth error_description with error invalid_grant */
  oauthDescription: string;
  /** SOAP LoginFault exceptionCode and message */
  soapCode: string;
  soapMessage: string;
}

const REFUSALS: Record<LoginRefusal['kind'], LoginRefusal> = {
  // Unconfirmed Status text for frozen users; the OAuth description is the generic one.
  frozen: {
    kind: 'frozen',
    status: 'User is Frozen',
    oauthDescription: 'authentication failure',
    soapCode: 'INVALID_LOGIN',
    soapMessage: 'Invalid username, password, security token; or user locked out.',
  },
  ip: {
    kind: 'ip',
    status: 'Restricted IP',
    oauthDescription: 'ip restricted',
    soapCode: 'LOGIN_DURING_RESTRICTED_DOMAIN',
    soapMessage: 'LOGIN_DURING_RESTRICTED_DOMAIN',
  },
  // Unconfirmed Status and OAuth texts for login hours; LOGIN_DURING_RESTRICTED_TIME is a SOAP ExceptionCode.
  hours: {
    kind: 'hours',
    status: 'Invalid - Outside of Login Hours',
    oauthDescription: 'login hours restricted',
    soapCode: 'LOGIN_DURING_RESTRICTED_TIME',
    soapMessage: 'LOGIN_DURING_RESTRICTED_TIME',
  },
};

export function isFrozen(state: OrgState, userId: string): boolean {
  return state.store.all('UserLogin').some((row) => row.UserId === userId && row.IsFrozen === true);
}

/** The emulator only listens on loopback: every request comes from this address. */
export const SOURCE_IP = '127.0.0.1';

export function loginRefusal(
  state: OrgState,
  user: OrgUser,
  ip: string = SOURCE_IP,
  now: Date = new Date(),
): LoginRefusal | undefined {
  if (isFrozen(state, user.id)) return REFUSALS.frozen;
  const { loginIpRanges, loginHours } = user.profile.definition;
  if (loginIpRanges.length > 0 && !loginIpRanges.some((range) => inRange(ip, range.start, range.end))) {
    return REFUSALS.ip;
  }
  if (loginHours && !withinHours(loginHours, clockIn(state.definition.org.timeZone, now)))
    return REFUSALS.hours;
  return undefined;
}

function ipNumber(ip: string): number {
  return ip.split('.').reduce((total, part) => total * 256 + Number(part), 0);
}

function inRange(ip: string, start: string, end: string): boolean {
  const value = ipNumber(ip);
  return value >= ipNumber(start) && value <= ipNumber(end);
}

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return hours * 60 + mins;
}

/** Login hours are kept in the org's default time zone (docs/salesforce-facts.md#login-hours). */
function withinHours(
  hours: Partial<Record<(typeof DAYS)[number], { start: string; end: string }>>,
  clock: { day: (typeof DAYS)[number]; minutes: number },
): boolean {
  const window = hours[clock.day];
  if (!window) return false;
  return clock.minutes >= minutes(window.start) && clock.minutes < minutes(window.end);
}

/** The weekday and minutes after midnight of `now` in `timeZone`. */
function clockIn(timeZone: string, now: Date): { day: (typeof DAYS)[number]; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'long',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const day = String(parts.weekday).toLowerCase() as (typeof DAYS)[number];
  return { day, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}
