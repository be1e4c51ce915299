// Every query key in the app, rooted by the entity it caches, so a mutation can declare
// what it changes (a claim save touches claims and their events) without knowing which
// feature shows them. Features build their queryOptions on these keys; invalidating a
// level refreshes every query below it, on whichever page it is shown.
export const queryKeys = {
  articles: {
    all: ['articles'] as const,
    lists: () => [...queryKeys.articles.all, 'list'] as const,
    detail: (articleId: string) => [...queryKeys.articles.all, 'detail', articleId] as const,
  },
  claims: {
    all: ['claims'] as const,
    // Everything that lists or counts claims: an article's claims, the queue, My work, the dashboard.
    lists: () => [...queryKeys.claims.all, 'list'] as const,
    // Everything about one claim, however much of it a page reads.
    detail: (claimId: string) => [...queryKeys.claims.all, 'detail', claimId] as const,
  },
  claimEvents: {
    all: ['claim-events'] as const,
    ofClaim: (claimId: string) => [...queryKeys.claimEvents.all, claimId] as const,
  },
  comments: {
    all: ['comments'] as const,
    ofClaim: (claimId: string) => [...queryKeys.comments.all, claimId] as const,
  },
  people: { all: ['people'] as const },
  newsrooms: {
    all: ['newsrooms'] as const,
    detail: (newsroomId: string) => [...queryKeys.newsrooms.all, 'detail', newsroomId] as const,
    bySlug: (slug: string) => [...queryKeys.newsrooms.all, 'slug', slug] as const,
  },
  members: {
    all: ['members'] as const,
    ofNewsroom: (newsroomId: string) => [...queryKeys.members.all, newsroomId] as const,
  },
  invitations: {
    all: ['invitations'] as const,
    // The pending invitations a newsroom's admins see.
    ofNewsroom: (newsroomId: string) => [...queryKeys.invitations.all, 'newsroom', newsroomId] as const,
    // The invitations addressed to the signed-in user.
    mine: () => [...queryKeys.invitations.all, 'mine'] as const,
    detail: (invitationId: string) => [...queryKeys.invitations.all, 'detail', invitationId] as const,
  },
  verdicts: {
    all: ['verdicts'] as const,
    // Each newsroom has its own scale.
    ofNewsroom: (newsroomId: string) => [...queryKeys.verdicts.all, newsroomId] as const,
  },
  viewer: { all: ['viewer'] as const },
};
