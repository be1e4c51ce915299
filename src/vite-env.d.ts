// Types for the environment variables the app reads at build time.
/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SUPABASE_URL?: string;
  readonly VITE_SUPABASE_ANON_KEY?: string;
  /** The fact-checking organisation named as author of the published ClaimReviews. */
  readonly VITE_FACTMARK_ORGANIZATION_NAME?: string;
  readonly VITE_FACTMARK_ORGANIZATION_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
