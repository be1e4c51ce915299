// Plain text with its http(s) URLs as links that open in a new tab without handing the
// new page a reference back to ours. Everything else is rendered as text, never as markup.
import { linkify } from '../utils/linkify';
import { ExternalLink } from '../../../components/external-link';

export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((piece, index) =>
        piece.kind === 'link' ? (
          <ExternalLink key={index} href={piece.href}>
            {piece.text}
          </ExternalLink>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
