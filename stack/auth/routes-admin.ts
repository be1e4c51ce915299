// GoTrue's /admin/users routes, for callers holding the service-role key: create, list,
// read, update and delete users. Phone users, bans and soft deletion are not offered by
// the local stack and are refused with a clear error rather than ignored.
import { inTransaction, type RouteHandler, type RouteRequest } from './context.ts';
import { badRequest, notFound, unprocessable } from './errors.ts';
import { requireAdmin } from './guards.ts';
import { booleanField, objectField, readJsonObject, readOptionalJsonObject, stringField, type JsonObject } from './http.ts';
import { endSessions } from './sessions.ts';
import {
  deleteUser,
  emailTaken,
  findUserById,
  identitiesOf,
  insertUser,
  listUsers,
  loadUserJson,
  updateUser,
  userJson,
  type Db,
  type UserRow,
} from './users.ts';
import { checkPasswordStrength, checkProfileNames, isUuid, validEmail } from './validation.ts';

const defaultPerPage = 50;
const maxPerPage = 1000;

const emailExists = () => unprocessable('email_exists', 'A user with this email address has already been registered');

function refuseUnsupported(body: JsonObject) {
  if (stringField(body, 'phone')) throw badRequest('validation_failed', 'Phone users are not supported by the local auth service');
  if (stringField(body, 'ban_duration')) throw badRequest('validation_failed', 'Bans are not supported by the local auth service');
  const aud = stringField(body, 'aud');
  if (aud && aud !== 'authenticated') throw badRequest('validation_failed', 'Only the audience "authenticated" is supported');
}

async function loadTargetUser(db: Db, { params }: RouteRequest, lock = false): Promise<UserRow> {
  const id = params.id ?? '';
  if (!isUuid(id)) throw badRequest('validation_failed', 'user_id must be an UUID');
  const user = await findUserById(db, id, lock);
  if (!user) throw notFound('user_not_found', 'User not found');
  return user;
}

export const createUser: RouteHandler = async (context, { request }) => {
  await requireAdmin(context, request);
  const body = await readJsonObject(request);
  refuseUnsupported(body);
  const requestedEmail = stringField(body, 'email');
  if (!requestedEmail) throw badRequest('validation_failed', 'Cannot create a user without either an email or phone');
  const email = validEmail(requestedEmail);
  const id = stringField(body, 'id');
  if (id !== undefined && !isUuid(id)) throw badRequest('validation_failed', 'id must be a UUID');
  const password = stringField(body, 'password') || undefined;
  if (password !== undefined) checkPasswordStrength(password);
  const userMetadata = objectField(body, 'user_metadata') ?? {};
  checkProfileNames(userMetadata);

  const user = await inTransaction(context.pool, async (client) => {
    if (await emailTaken(client, email)) throw emailExists();
    if (id !== undefined && (await findUserById(client, id))) {
      throw unprocessable('user_already_exists', 'A user with this id already exists');
    }
    return insertUser(client, {
      ...(id !== undefined ? { id } : {}),
      email,
      ...(password !== undefined ? { password } : {}),
      role: stringField(body, 'role') || 'authenticated',
      confirmed: booleanField(body, 'email_confirm') ?? false,
      userMetadata,
      appMetadata: { provider: 'email', providers: ['email'], ...objectField(body, 'app_metadata') },
    });
  });
  return { status: 200, body: await loadUserJson(context.pool, user) };
};

function pageParameter(url: URL, name: string, fallback: number): number {
  const raw = url.searchParams.get(name) ?? '';
  if (raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw badRequest('validation_failed', `Bad Pagination Parameters: ${name} must be a positive integer`);
  }
  return Number(raw);
}

/** GoTrue's Link header (next and last page), which supabase-js's listUsers parses. */
function paginationLink(url: URL, page: number, lastPage: number): string {
  const at = (target: number) => {
    const query = new URLSearchParams(url.searchParams);
    query.set('page', String(target));
    query.sort();
    return `<${url.pathname}?${query.toString()}>`;
  };
  const next = lastPage > page ? `${at(page + 1)}; rel="next", ` : '';
  return `${next}${at(lastPage)}; rel="last"`;
}

export const listAllUsers: RouteHandler = async (context, { request, url }) => {
  await requireAdmin(context, request);
  const page = pageParameter(url, 'page', 1);
  const perPage = Math.min(pageParameter(url, 'per_page', defaultPerPage), maxPerPage);
  const { users, total } = await listUsers(context.pool, page, perPage);
  const identities = await identitiesOf(context.pool, users.map((user) => user.id));
  return {
    status: 200,
    headers: {
      link: paginationLink(url, page, Math.max(Math.ceil(total / perPage), 1)),
      'x-total-count': String(total),
    },
    body: { users: users.map((user) => userJson(user, identities.get(user.id) ?? [])), aud: 'authenticated' },
  };
};

export const getUserById: RouteHandler = async (context, route) => {
  await requireAdmin(context, route.request);
  const user = await loadTargetUser(context.pool, route);
  return { status: 200, body: await loadUserJson(context.pool, user) };
};

/** As GoTrue's admin update, a new password ends all of the user's sessions. */
export const updateUserById: RouteHandler = async (context, route) => {
  await requireAdmin(context, route.request);
  const body = await readJsonObject(route.request);
  refuseUnsupported(body);
  const requestedEmail = stringField(body, 'email');
  const email = requestedEmail ? validEmail(requestedEmail) : undefined;
  const password = stringField(body, 'password');
  if (password !== undefined) checkPasswordStrength(password);
  const role = stringField(body, 'role');
  const userMetadata = objectField(body, 'user_metadata');
  const appMetadata = objectField(body, 'app_metadata');

  const user = await inTransaction(context.pool, async (client) => {
    const target = await loadTargetUser(client, route, true);
    if (email !== undefined && email !== target.email && (await emailTaken(client, email, target.id))) throw emailExists();
    const updated = await updateUser(client, target, {
      ...(email !== undefined && email !== target.email ? { email } : {}),
      ...(password !== undefined ? { password } : {}),
      ...(booleanField(body, 'email_confirm') ? { confirmEmail: true } : {}),
      ...(role ? { role } : {}),
      ...(userMetadata ? { userMetadata } : {}),
      ...(appMetadata ? { appMetadata } : {}),
    });
    if (password !== undefined) await endSessions(client, target.id, undefined, 'global');
    return updated;
  });
  return { status: 200, body: await loadUserJson(context.pool, user) };
};

/** Deletes the user; identities, sessions, refresh tokens and profile go with it by cascade. */
export const deleteUserById: RouteHandler = async (context, route) => {
  await requireAdmin(context, route.request);
  const body = await readOptionalJsonObject(route.request);
  if (booleanField(body, 'should_soft_delete')) {
    throw badRequest('validation_failed', 'Soft deletion is not supported by the local auth service');
  }
  const user = await loadTargetUser(context.pool, route);
  await deleteUser(context.pool, user.id);
  return { status: 200, body: {} };
};
