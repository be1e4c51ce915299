// The review view of one claim (being built for issue 4).
export function ReviewClaimRoute({ claimId }: { claimId: string }) {
  return (
    <>
      <title>Review · Factmark</title>
      <h1>Review</h1>
      <p>{claimId}</p>
    </>
  );
}
