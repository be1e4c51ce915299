// The signed-in user, their role and everyone's names, for the workspace's cards and for
// deciding who is offered edit mode (editors, admins and the article's creator).
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { workspaceQueries } from '../../utils/workspace/workspace-queries';

export function useMyRole() {
  const { data } = useQuery(workspaceQueries.people());
  return useMemo(() => {
    const names = new Map((data?.people ?? []).map((person) => [person.id, person.display_name]));
    const me = data?.people.find((person) => person.id === data.userId);
    return { userId: data?.userId ?? null, role: me?.role ?? null, names };
  }, [data]);
}

export function mayEditArticle(role: string | null, userId: string | null, createdBy: string | null) {
  return role === 'editor' || role === 'admin' || (userId !== null && createdBy === userId);
}
