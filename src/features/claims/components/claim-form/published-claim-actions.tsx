// What can be done with a published fact-check from its panel: see its public page, and for
// an editor open a correction (the published version stays public until the correction is
// approved and published). Retracting is an admin's decision, taken in the review view.
import { Link } from 'wouter';
import { ErrorAlert } from '../../../../components/error-alert';
import { hasRole, roleIn } from '../../../../entities/viewer/utils/roles';
import { useViewer } from '../../../../entities/viewer/hooks/use-viewer';
import type { ClaimWithSources } from '../../api/claim-types';
import { useStartCorrection } from '../../hooks/claim-form/use-correction';

export function PublishedClaimActions({ claim, newsroomId }: { claim: ClaimWithSources; newsroomId: string }) {
  const viewer = useViewer();
  const correction = useStartCorrection();
  const role = roleIn(viewer.data, newsroomId);
  const published = claim.status === 'published';
  if (claim.published_at === null || (claim.status !== 'published' && claim.status !== 'retracted')) return null;
  return (
    <div className="claim-published-actions">
      <p>
        <Link href={`/p/${claim.article_id}/${claim.id}`}>See the public page of this fact-check</Link>
      </p>
      {published && hasRole(role, 'editor') && (
        <>
          <div className="claim-actions">
            <button
              type="button"
              className="button"
              disabled={correction.isPending}
              onClick={() => correction.mutate({ claimId: claim.id, expectedVersion: claim.version })}
            >
              {correction.isPending ? 'Opening a correction…' : 'Correct'}
            </button>
          </div>
          {correction.isError && <ErrorAlert title={`No correction was opened: ${correction.error.message}`} />}
        </>
      )}
    </div>
  );
}
