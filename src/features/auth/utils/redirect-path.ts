// Where to go after signing in. Only paths inside this app are honoured, so a crafted
// link cannot turn the sign-in page into an open redirect.

export const defaultPathAfterSignIn = '/articles';

export function pathAfterSignIn(from: unknown): string {
  if (typeof from !== 'string') return defaultPathAfterSignIn;
  if (!from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) {
    return defaultPathAfterSignIn;
  }
  if (from === '/sign-in' || from.startsWith('/sign-in?') || from.startsWith('/sign-in#')) {
    return defaultPathAfterSignIn;
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
