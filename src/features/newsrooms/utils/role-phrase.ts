// How an invitation names the role it offers, with the article English needs: "as an
// admin", "as a checker".
export function asRole(role: string): string {
  return `as ${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}`;
}
