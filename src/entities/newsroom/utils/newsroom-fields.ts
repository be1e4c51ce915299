// The rules for a newsroom's name and slug, as public.newsrooms' check constraints and
// public.create_newsroom state them (a name of 1 to 200 characters that is not blank; a slug
// of 2 to 63 lowercase letters, digits and single hyphens, none at either end), so a form
// names the problem at the field before anything is sent. Also the slug a name suggests.

export const maximumNewsroomNameLength = 200;
export const maximumSlugLength = 63;
const slugShape = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function newsroomNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter the newsroom’s name, as readers know it.';
  if ([...trimmed].length > maximumNewsroomNameLength) {
    return `Keep the name to ${maximumNewsroomNameLength} characters or fewer.`;
  }
  return undefined;
}

export function slugProblem(slug: string): string | undefined {
  if (slug === '') return 'Enter a slug: the short name used in addresses, like harbour-gazette.';
  if (slug.length < 2 || slug.length > maximumSlugLength) return `Use 2 to ${maximumSlugLength} characters.`;
  if (!slugShape.test(slug)) {
    return 'Use lowercase letters, digits and single hyphens, with no hyphen at the start or end.';
  }
  return undefined;
}

/** "Harbour Gazette" → "harbour-gazette"; accents dropped, anything else becomes a hyphen. */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maximumSlugLength)
    .replace(/^-+|-+$/g, '');
}
