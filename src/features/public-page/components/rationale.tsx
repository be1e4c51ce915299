// A claim's rationale on the public page, built from the safe tree of utils/rationale-nodes:
// React elements only, links to http(s) addresses in a new tab without a referrer.
import type { ReactNode } from 'react';
import { parseRationale, type RationaleNode } from '../utils/rationale-nodes';
import { ExternalLink } from '../../../components/external-link';

function renderNode(node: RationaleNode, key: number): ReactNode {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'break':
      return <br key={key} />;
    case 'element': {
      const Tag = node.tag;
      return <Tag key={key}>{node.children.map(renderNode)}</Tag>;
    }
    case 'link':
      return (
        <ExternalLink key={key} href={node.href}>
          {node.children.map(renderNode)}
        </ExternalLink>
      );
  }
}

export function Rationale({ html }: { html: string | null }) {
  const nodes = parseRationale(html);
  if (nodes.length === 0) return null;
  return <div className="public-claim-rationale">{nodes.map(renderNode)}</div>;
}
