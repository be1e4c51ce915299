// The public fact-check page of an article (being built for issue 4).
export function PublicArticleRoute({ articleId }: { articleId: string }) {
  return (
    <>
      <title>Fact-check · Factmark</title>
      <h1>Fact-check</h1>
      <p>{articleId}</p>
    </>
  );
}
