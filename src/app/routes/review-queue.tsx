// Review queue (being built for issue 4).
export function ReviewQueueRoute() {
  return (
    <>
      <title>Review queue · Factmark</title>
      <h1>Review queue</h1>
    </>
  );
}
