// The newsroom's claims behind one of the dashboard's counts: /claims?status=…&verdict=…&article=…
import { useSearch } from 'wouter';
import { InCurrentNewsroom } from '../../entities/viewer/components/member-viewer';
import { NewsroomClaims } from '../../features/dashboard/components/newsroom-claims';
import { claimFiltersFrom } from '../../features/dashboard/utils/claims-path';

export function ClaimsRoute() {
  const filters = claimFiltersFrom(useSearch());
  return (
    <>
      <title>Claims · Factmark</title>
      <h1>Claims</h1>
      <InCurrentNewsroom>{(viewer) => <NewsroomClaims newsroomId={viewer.newsroom.id} filters={filters} />}</InCurrentNewsroom>
    </>
  );
}
