// Plain text with its http(s) URLs as links that open in a new tab without handing the
// new page a reference back to ours. Everything else is rendered as text, never as markup.
import { linkify } from '../utils/linkify';

export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((piece, index) =>
        piece.kind === 'link' ? (
          <a key={index} href={piece.href} target="_blank" rel="noopener noreferrer">
            {piece.text}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
