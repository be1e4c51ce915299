// The signed-in user's own routes: read and update the user, and log out.
import { inTransaction, type RouteHandler } from './context.ts';
import { badRequest, forbidden, unprocessable } from './errors.ts';
import { requireUser } from './guards.ts';
import { objectField, readJsonObject, stringField } from './http.ts';
import { endSessions, type LogoutScope } from './sessions.ts';
import { emailTaken, findUserById, loadUserJson, passwordMatches, updateUser, type UserRow } from './users.ts';
import { checkPasswordStrength, validEmail } from './validation.ts';

export const getUser: RouteHandler = async (context, { request }) => {
  const { user } = await requireUser(context, request);
  return { status: 200, body: await loadUserJson(context.pool, user) };
};

/**
 * GoTrue's PUT /user. Differences, because the local stack sends no mail or SMS: a new
 * email takes effect at once (GoTrue mails a confirmation link first), and phone numbers
 * cannot be set. Like GoTrue, a new password ends the user's other sessions.
 */
export const updateOwnUser: RouteHandler = async (context, { request }) => {
  const caller = await requireUser(context, request);
  const body = await readJsonObject(request);
  const requestedEmail = stringField(body, 'email');
  const password = stringField(body, 'password');
  const data = objectField(body, 'data');
  const appMetadata = objectField(body, 'app_metadata');
  const email = requestedEmail ? validEmail(requestedEmail) : undefined;
  if (stringField(body, 'phone')) throw unprocessable('phone_provider_disabled', 'Phone numbers are disabled');
  if (password !== undefined) checkPasswordStrength(password);
  if (appMetadata) throw forbidden('not_admin', 'Updating app_metadata requires admin privileges');

  const changesEmail = email !== undefined && email !== caller.user.email;
  if (changesEmail && (await emailTaken(context.pool, email, caller.user.id))) {
    throw unprocessable('email_exists', 'A user with this email address has already been registered');
  }
  if (password && (await passwordMatches(context.pool, caller.user.id, password))) {
    throw unprocessable('same_password', 'New password should be different from the old password.');
  }

  const updated = await inTransaction(context.pool, async (client) => {
    const locked = (await findUserById(client, caller.user.id, true)) as UserRow;
    const user = await updateUser(client, locked, {
      ...(changesEmail ? { email } : {}),
      ...(password !== undefined ? { password } : {}),
      ...(data ? { userMetadata: data } : {}),
    });
    if (password !== undefined) await endSessions(client, user.id, caller.sessionId, 'others');
    return user;
  });
  return { status: 200, body: await loadUserJson(context.pool, updated) };
};

function logoutScope(value: string | null): LogoutScope {
  if (value === null || value === '' || value === 'global') return 'global';
  if (value === 'local' || value === 'others') return value;
  throw badRequest('validation_failed', `Unsupported logout scope ${JSON.stringify(value)}`);
}

export const logout: RouteHandler = async (context, { request, url }) => {
  const caller = await requireUser(context, request);
  const scope = logoutScope(url.searchParams.get('scope'));
  await endSessions(context.pool, caller.user.id, caller.sessionId, scope);
  return { status: 204 };
};
