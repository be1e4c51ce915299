// The signed-in viewer (id, name, role) for any page; null data when nobody is signed in.
import { useQuery } from '@tanstack/react-query';
import { viewerQueries } from '../api/viewer-queries';

export function useViewer() {
  return useQuery(viewerQueries.current());
}
