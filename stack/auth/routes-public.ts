// The routes anyone may call: health and settings, sign-up, and the token endpoint
// (password sign-in and refresh-token rotation).
import type pg from 'pg';
import { inTransaction, type AuthContext, type RouteHandler } from './context.ts';
import { badRequest, invalidCredentials, unprocessable } from './errors.ts';
import { objectField, readJsonObject, stringField, type Reply } from './http.ts';
import { createSession, rotateRefreshToken, type SessionGrant } from './sessions.ts';
import { accessTokenLifetimeSeconds } from './tokens.ts';
import {
  checkEmailPassword,
  emailTaken,
  findUserById,
  insertUser,
  isBanned,
  loadUserJson,
  recordSignIn,
  tokenSubject,
  type Db,
  type UserRow,
} from './users.ts';
import { checkPasswordStrength, checkProfileNames, validEmail } from './validation.ts';

const serviceVersion = 'factmark-local';

export const health: RouteHandler = async () => ({
  status: 200,
  body: { version: serviceVersion, name: 'GoTrue', description: 'GoTrue is a user registration and authentication API' },
});

/** What the Supabase CLI's local auth reports with email confirmations off. */
export const settings: RouteHandler = async () => ({
  status: 200,
  body: {
    external: { anonymous_users: false, email: true, phone: false },
    disable_signup: false,
    mailer_autoconfirm: true,
    phone_autoconfirm: false,
    sms_provider: '',
    saml_enabled: false,
  },
});

/** Access tokens are HS256 (a shared secret), so there is no public key to publish. */
export const jwks: RouteHandler = async () => ({ status: 200, body: { keys: [] } });

async function sessionReply(context: AuthContext, db: Db, user: UserRow, grant: SessionGrant): Promise<Reply> {
  const { token, expiresAt } = await context.tokens.issue(tokenSubject(user), {
    id: grant.sessionId,
    createdAt: grant.sessionCreatedAt,
  });
  return {
    status: 200,
    body: {
      access_token: token,
      token_type: 'bearer',
      expires_in: accessTokenLifetimeSeconds,
      expires_at: expiresAt,
      refresh_token: grant.refreshToken,
      user: await loadUserJson(db, user),
    },
  };
}

/** Starts a session for a user who just proved who they are, in the caller's transaction. */
async function signIn(context: AuthContext, client: pg.PoolClient, userId: string): Promise<Reply> {
  const grant = await createSession(client, userId);
  await recordSignIn(client, userId);
  const user = (await findUserById(client, userId)) as UserRow;
  return sessionReply(context, client, user, grant);
}

const userAlreadyExists = () => unprocessable('user_already_exists', 'User already registered');

/**
 * Email sign-up with autoconfirm, as `supabase start` runs with email confirmations off:
 * the user is confirmed at once and gets a session. An email already registered is
 * refused whether or not it was confirmed.
 */
export const signup: RouteHandler = async (context, { request }) => {
  const body = await readJsonObject(request);
  const email = stringField(body, 'email');
  const phone = stringField(body, 'phone');
  const password = stringField(body, 'password');
  const data = objectField(body, 'data') ?? {};
  if (!email && !phone) throw unprocessable('anonymous_provider_disabled', 'Anonymous sign-ins are disabled');
  if (!password) throw badRequest('validation_failed', 'Signup requires a valid password');
  checkPasswordStrength(password);
  if (email && phone) {
    throw badRequest('validation_failed', 'Only an email address or phone number should be provided on signup.');
  }
  if (!email) throw badRequest('phone_provider_disabled', 'Phone signups are disabled');
  const normalized = validEmail(email);
  checkProfileNames(data);

  try {
    return await inTransaction(context.pool, async (client) => {
      if (await emailTaken(client, normalized)) throw userAlreadyExists();
      const user = await insertUser(
        client,
        {
          email: normalized,
          password,
          role: 'authenticated',
          confirmed: true,
          userMetadata: data,
          appMetadata: { provider: 'email', providers: ['email'] },
        },
        data,
      );
      return signIn(context, client, user.id);
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === '23505') throw userAlreadyExists();
    throw error;
  }
};

async function passwordGrant(context: AuthContext, body: Record<string, unknown>): Promise<Reply> {
  const email = stringField(body, 'email');
  const phone = stringField(body, 'phone');
  const password = stringField(body, 'password') ?? '';
  if (email && phone) {
    throw badRequest('validation_failed', 'Only an email address or phone number should be provided on login.');
  }
  if (!email && !phone) throw badRequest('validation_failed', 'missing email or phone');
  if (!email) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');

  const { user, passwordOk } = await checkEmailPassword(context.pool, email, password, context.decoyHash);
  // One answer for an unknown email and a wrong password, so it reveals no accounts.
  if (!user || !passwordOk) throw invalidCredentials();
  if (isBanned(user)) throw badRequest('user_banned', 'User is banned');
  if (!user.email_confirmed_at) throw badRequest('email_not_confirmed', 'Email not confirmed');
  if (user.has_null_token_columns) {
    context.log(
      `auth: user ${user.email} has NULL in confirmation_token, recovery_token, email_change_token_new or ` +
        `email_change; Supabase's own auth cannot load such a user, so set them to '' in the seed`,
    );
  }
  return inTransaction(context.pool, (client) => signIn(context, client, user.id));
}

async function refreshTokenGrant(context: AuthContext, body: Record<string, unknown>): Promise<Reply> {
  const presented = stringField(body, 'refresh_token');
  if (!presented) throw badRequest('validation_failed', 'refresh_token required');
  const outcome = await inTransaction(context.pool, async (client) => {
    const rotation = await rotateRefreshToken(client, presented, context.refreshTokenReuseIntervalSeconds);
    if (rotation.kind === 'refused') {
      if (rotation.commit) {
        context.log('auth: a revoked refresh token was presented again; its session has been ended');
        return { refused: rotation.error };
      }
      throw rotation.error;
    }
    const user = await findUserById(client, rotation.userId);
    if (!user) throw badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
    if (isBanned(user)) throw badRequest('user_banned', 'Invalid Refresh Token: User Banned');
    return { reply: await sessionReply(context, client, user, rotation.grant) };
  });
  if ('refused' in outcome) throw outcome.refused;
  return outcome.reply;
}

export const token: RouteHandler = async (context, { request, url }) => {
  const grantType = url.searchParams.get('grant_type');
  if (grantType !== 'password' && grantType !== 'refresh_token') {
    throw badRequest('invalid_credentials', 'unsupported_grant_type');
  }
  const body = await readJsonObject(request);
  return grantType === 'password' ? passwordGrant(context, body) : refreshTokenGrant(context, body);
};
