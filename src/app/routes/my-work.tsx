// My work: the signed-in user's claims by status, those sent back for changes first.
import { SignedInViewer } from '../../entities/viewer/components/signed-in-viewer';
import { MyWork } from '../../features/review/components/my-work';

export function MyWorkRoute() {
  return (
    <>
      <title>My work · Factmark</title>
      <h1>My work</h1>
      <SignedInViewer>{(viewer) => <MyWork viewer={viewer} />}</SignedInViewer>
    </>
  );
}
