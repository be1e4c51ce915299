// My work (being built for issue 4).
export function MyWorkRoute() {
  return (
    <>
      <title>My work · Factmark</title>
      <h1>My work</h1>
    </>
  );
}
