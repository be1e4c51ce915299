// What a role lets the viewer do, as the pages need to know it to offer the right controls.
// Roles are per newsroom: the viewer's role is the one in the current newsroom (null in
// none). The database decides for real, with the role in the row's newsroom: each rule
// names the SQL it mirrors, and a page that offers more than the database allows only gets
// a refusal, never a wrong write.

export const roles = ['checker', 'editor', 'admin'] as const;

export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Mirrors private.has_newsroom_role: roles rank checker < editor < admin; no role has none. */
export function hasRole(role: Role | null | undefined, required: Role): boolean {
  return role != null && roles.indexOf(role) >= roles.indexOf(required);
}

/** Mirrors public.review_claim and public.publish_claim: editors and admins decide. */
export function mayReview(viewer: { role: Role | null } | null | undefined): boolean {
  return hasRole(viewer?.role, 'editor');
}

/** Mirrors public.save_article_text: the article's creator, or an editor or admin (members only). */
export function mayEditArticleText(viewer: { id: string; role: Role | null } | null | undefined, createdBy: string | null): boolean {
  if (viewer == null || viewer.role === null) return false;
  return hasRole(viewer.role, 'editor') || (createdBy !== null && createdBy === viewer.id);
}

/** The viewer's role in the newsroom a row belongs to (rules are judged there), null outside it. */
export function roleIn(
  viewer: { newsrooms: readonly { id: string; role: Role }[] } | null | undefined,
  newsroomId: string | null | undefined,
): Role | null {
  if (viewer == null || newsroomId == null) return null;
  return viewer.newsrooms.find((newsroom) => newsroom.id === newsroomId)?.role ?? null;
}

/** What each role may do, in the words the settings and invitations show. */
export const roleDescriptions: Record<Role, string> = {
  checker: 'Checker: annotates articles and submits claims for review',
  editor: 'Editor: also reviews, approves and publishes other people’s claims',
  admin: 'Admin: also manages members, invitations and the newsroom’s settings',
};
