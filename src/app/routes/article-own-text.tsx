// The article page's own-text flag as a lazily loaded part of that page (src/app/routes is
// what the router and its pages load on first visit): the article list, whose bundle holds
// ArticleDetails, never downloads it.
export { OwnTextToggle } from '../../features/articles/components/own-text-toggle';
