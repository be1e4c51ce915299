// Where to go after signing in. Only paths inside this app are honoured, so a crafted
// link cannot turn the sign-in page into an open redirect.

export const defaultPathAfterSignIn = '/articles';

const authPages = ['/sign-in', '/sign-up'];

export function pathAfterSignIn(from: unknown, fallback: string = defaultPathAfterSignIn): string {
  if (typeof from !== 'string') return fallback;
  if (!from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) {
    return fallback;
  }
  if (authPages.some((page) => from === page || from.startsWith(`${page}?`) || from.startsWith(`${page}#`))) {
    return fallback;
  }
  return from;
}

/** The router state a protected page leaves for the sign-in page. */
export interface SignInRedirectState {
  from: string;
}

export function fromLocationState(state: unknown): unknown {
  if (typeof state === 'object' && state !== null && 'from' in state) return state.from;
  return undefined;
}
