// My work: the signed-in user's claims in the current newsroom by status, those sent back
// for changes first.
import { InCurrentNewsroom } from '../../entities/viewer/components/member-viewer';
import { MyWork } from '../../features/review/components/my-work';

export function MyWorkRoute() {
  return (
    <>
      <title>My work · Factmark</title>
      <h1>My work</h1>
      <InCurrentNewsroom>{(viewer) => <MyWork viewer={viewer} />}</InCurrentNewsroom>
    </>
  );
}
