// Generated from the live database by stack/typegen (npm run db:types); do not edit by hand.
// Same format as `supabase gen types typescript`; a test compares it with the schema.
export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: "12"
  }
  public: {
    Tables: {
      article_revisions: {
        Row: {
          article_id: string
          created_at: string
          id: number
          note: string | null
          previous_body: Json
          previous_body_text: string
          revised_by: string | null
          revised_by_name: string
        }
        Insert: {
          article_id: string
          created_at?: string
          id?: never
          note?: string | null
          previous_body: Json
          previous_body_text: string
          revised_by?: string | null
          revised_by_name: string
        }
        Update: {
          article_id?: string
          created_at?: string
          id?: never
          note?: string | null
          previous_body?: Json
          previous_body_text?: string
          revised_by?: string | null
          revised_by_name?: string
        }
        Relationships: [
          {
            foreignKeyName: "article_revisions_article_id_fkey"
            columns: ["article_id"]
            isOneToOne: false
            referencedRelation: "articles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "article_revisions_revised_by_fkey"
            columns: ["revised_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      articles: {
        Row: {
          body: Json
          body_text: string
          created_at: string
          created_by: string | null
          id: string
          newsroom_id: string
          own_text: boolean
          published_at: string | null
          publisher: string | null
          title: string
          updated_at: string
          url: string | null
        }
        Insert: {
          body?: Json
          body_text?: string
          created_at?: string
          created_by?: string | null
          id?: string
          newsroom_id: string
          own_text?: boolean
          published_at?: string | null
          publisher?: string | null
          title: string
          updated_at?: string
          url?: string | null
        }
        Update: {
          body?: Json
          body_text?: string
          created_at?: string
          created_by?: string | null
          id?: string
          newsroom_id?: string
          own_text?: boolean
          published_at?: string | null
          publisher?: string | null
          title?: string
          updated_at?: string
          url?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "articles_created_by_fkey"
            columns: ["created_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "articles_newsroom_id_fkey"
            columns: ["newsroom_id"]
            isOneToOne: false
            referencedRelation: "newsrooms"
            referencedColumns: ["id"]
          },
        ]
      }
      claim_comments: {
        Row: {
          author_id: string | null
          body: string
          claim_id: string
          created_at: string
          id: string
        }
        Insert: {
          author_id?: string | null
          body: string
          claim_id: string
          created_at?: string
          id?: string
        }
        Update: {
          author_id?: string | null
          body?: string
          claim_id?: string
          created_at?: string
          id?: string
        }
        Relationships: [
          {
            foreignKeyName: "claim_comments_author_id_fkey"
            columns: ["author_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "claim_comments_claim_id_fkey"
            columns: ["claim_id"]
            isOneToOne: false
            referencedRelation: "claims"
            referencedColumns: ["id"]
          },
        ]
      }
      claim_events: {
        Row: {
          action: string
          actor_id: string | null
          actor_name: string
          claim_id: string
          created_at: string
          from_status: string | null
          from_verdict: string | null
          id: number
          note: string | null
          to_status: string | null
          to_verdict: string | null
        }
        Insert: {
          action: string
          actor_id?: string | null
          actor_name?: string
          claim_id: string
          created_at?: string
          from_status?: string | null
          from_verdict?: string | null
          id?: never
          note?: string | null
          to_status?: string | null
          to_verdict?: string | null
        }
        Update: {
          action?: string
          actor_id?: string | null
          actor_name?: string
          claim_id?: string
          created_at?: string
          from_status?: string | null
          from_verdict?: string | null
          id?: never
          note?: string | null
          to_status?: string | null
          to_verdict?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "claim_events_actor_id_fkey"
            columns: ["actor_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      claim_publications: {
        Row: {
          approved_by: string | null
          approved_by_name: string | null
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_id: string
          claim_text: string
          claimant: string | null
          claimant_kind: string
          id: number
          kind: string
          newsroom_id: string
          note: string | null
          published_at: string
          published_by: string | null
          published_by_name: string
          quote_exact: string
          quote_sentence: string | null
          rationale: string | null
          revision: number
          sources: Json
          verdict_color: string | null
          verdict_id: string | null
          verdict_label: string | null
          verdict_rating_value: number | null
        }
        Insert: {
          approved_by?: string | null
          approved_by_name?: string | null
          article_id: string
          claim_appearance_url?: string | null
          claim_date?: string | null
          claim_id: string
          claim_text: string
          claimant?: string | null
          claimant_kind: string
          id?: never
          kind: string
          newsroom_id: string
          note?: string | null
          published_at?: string
          published_by?: string | null
          published_by_name: string
          quote_exact: string
          quote_sentence?: string | null
          rationale?: string | null
          revision: number
          sources?: Json
          verdict_color?: string | null
          verdict_id?: string | null
          verdict_label?: string | null
          verdict_rating_value?: number | null
        }
        Update: {
          approved_by?: string | null
          approved_by_name?: string | null
          article_id?: string
          claim_appearance_url?: string | null
          claim_date?: string | null
          claim_id?: string
          claim_text?: string
          claimant?: string | null
          claimant_kind?: string
          id?: never
          kind?: string
          newsroom_id?: string
          note?: string | null
          published_at?: string
          published_by?: string | null
          published_by_name?: string
          quote_exact?: string
          quote_sentence?: string | null
          rationale?: string | null
          revision?: number
          sources?: Json
          verdict_color?: string | null
          verdict_id?: string | null
          verdict_label?: string | null
          verdict_rating_value?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "claim_publications_approved_by_fkey"
            columns: ["approved_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "claim_publications_article_id_fkey"
            columns: ["article_id"]
            isOneToOne: false
            referencedRelation: "articles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "claim_publications_claim_id_fkey"
            columns: ["claim_id"]
            isOneToOne: false
            referencedRelation: "claims"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "claim_publications_newsroom_id_fkey"
            columns: ["newsroom_id"]
            isOneToOne: false
            referencedRelation: "newsrooms"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "claim_publications_published_by_fkey"
            columns: ["published_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      claims: {
        Row: {
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_text: string
          claimant: string | null
          claimant_kind: string
          correction_note: string | null
          corrector_id: string | null
          created_at: string
          created_by: string | null
          end_offset: number | null
          id: string
          published_at: string | null
          quote_changed_at: string | null
          quote_exact: string
          quote_prefix: string
          quote_suffix: string
          rationale: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          start_offset: number | null
          status: string
          updated_at: string
          verdict_id: string | null
          version: number
        }
        Insert: {
          article_id: string
          claim_appearance_url?: string | null
          claim_date?: string | null
          claim_text: string
          claimant?: string | null
          claimant_kind?: string
          correction_note?: string | null
          corrector_id?: string | null
          created_at?: string
          created_by?: string | null
          end_offset?: number | null
          id?: string
          published_at?: string | null
          quote_changed_at?: string | null
          quote_exact: string
          quote_prefix?: string
          quote_suffix?: string
          rationale?: string | null
          reviewed_at?: string | null
          reviewed_by?: string | null
          start_offset?: number | null
          status?: string
          updated_at?: string
          verdict_id?: string | null
          version?: number
        }
        Update: {
          article_id?: string
          claim_appearance_url?: string | null
          claim_date?: string | null
          claim_text?: string
          claimant?: string | null
          claimant_kind?: string
          correction_note?: string | null
          corrector_id?: string | null
          created_at?: string
          created_by?: string | null
          end_offset?: number | null
          id?: string
          published_at?: string | null
          quote_changed_at?: string | null
          quote_exact?: string
          quote_prefix?: string
          quote_suffix?: string
          rationale?: string | null
          reviewed_at?: string | null
          reviewed_by?: string | null
          start_offset?: number | null
          status?: string
          updated_at?: string
          verdict_id?: string | null
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: "claims_article_id_fkey"
            columns: ["article_id"]
            isOneToOne: false
            referencedRelation: "articles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "claims_corrector_id_fkey"
            columns: ["corrector_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "claims_created_by_fkey"
            columns: ["created_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "claims_reviewed_by_fkey"
            columns: ["reviewed_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "claims_verdict_id_fkey"
            columns: ["verdict_id"]
            isOneToOne: false
            referencedRelation: "verdicts"
            referencedColumns: ["id"]
          },
        ]
      }
      newsroom_invitations: {
        Row: {
          accepted_at: string | null
          created_at: string
          email: string
          expires_at: string
          id: string
          invited_by: string | null
          newsroom_id: string
          revoked_at: string | null
          role: string
        }
        Insert: {
          accepted_at?: string | null
          created_at?: string
          email: string
          expires_at?: string
          id?: string
          invited_by?: string | null
          newsroom_id: string
          revoked_at?: string | null
          role: string
        }
        Update: {
          accepted_at?: string | null
          created_at?: string
          email?: string
          expires_at?: string
          id?: string
          invited_by?: string | null
          newsroom_id?: string
          revoked_at?: string | null
          role?: string
        }
        Relationships: [
          {
            foreignKeyName: "newsroom_invitations_invited_by_fkey"
            columns: ["invited_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "newsroom_invitations_newsroom_id_fkey"
            columns: ["newsroom_id"]
            isOneToOne: false
            referencedRelation: "newsrooms"
            referencedColumns: ["id"]
          },
        ]
      }
      newsroom_member_events: {
        Row: {
          action: string
          actor_id: string | null
          created_at: string
          email: string | null
          from_role: string | null
          id: number
          invitation_id: string | null
          newsroom_id: string
          to_role: string | null
          user_id: string | null
        }
        Insert: {
          action: string
          actor_id?: string | null
          created_at?: string
          email?: string | null
          from_role?: string | null
          id?: never
          invitation_id?: string | null
          newsroom_id: string
          to_role?: string | null
          user_id?: string | null
        }
        Update: {
          action?: string
          actor_id?: string | null
          created_at?: string
          email?: string | null
          from_role?: string | null
          id?: never
          invitation_id?: string | null
          newsroom_id?: string
          to_role?: string | null
          user_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "newsroom_member_events_actor_id_fkey"
            columns: ["actor_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "newsroom_member_events_invitation_id_fkey"
            columns: ["invitation_id"]
            isOneToOne: false
            referencedRelation: "newsroom_invitations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "newsroom_member_events_newsroom_id_fkey"
            columns: ["newsroom_id"]
            isOneToOne: false
            referencedRelation: "newsrooms"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "newsroom_member_events_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      newsroom_members: {
        Row: {
          created_at: string
          newsroom_id: string
          role: string
          user_id: string
        }
        Insert: {
          created_at?: string
          newsroom_id: string
          role: string
          user_id: string
        }
        Update: {
          created_at?: string
          newsroom_id?: string
          role?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "newsroom_members_newsroom_id_fkey"
            columns: ["newsroom_id"]
            isOneToOne: false
            referencedRelation: "newsrooms"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "newsroom_members_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      newsrooms: {
        Row: {
          created_at: string
          id: string
          logo_url: string | null
          name: string
          slug: string
          url: string | null
        }
        Insert: {
          created_at?: string
          id?: string
          logo_url?: string | null
          name: string
          slug: string
          url?: string | null
        }
        Update: {
          created_at?: string
          id?: string
          logo_url?: string | null
          name?: string
          slug?: string
          url?: string | null
        }
        Relationships: []
      }
      notifications: {
        Row: {
          actor_name: string
          article_id: string
          claim_id: string
          created_at: string
          id: string
          kind: string
          read_at: string | null
          recipient_id: string
        }
        Insert: {
          actor_name: string
          article_id: string
          claim_id: string
          created_at?: string
          id?: string
          kind: string
          read_at?: string | null
          recipient_id: string
        }
        Update: {
          actor_name?: string
          article_id?: string
          claim_id?: string
          created_at?: string
          id?: string
          kind?: string
          read_at?: string | null
          recipient_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "notifications_article_id_fkey"
            columns: ["article_id"]
            isOneToOne: false
            referencedRelation: "articles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notifications_claim_id_fkey"
            columns: ["claim_id"]
            isOneToOne: false
            referencedRelation: "claims"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notifications_recipient_id_fkey"
            columns: ["recipient_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      profiles: {
        Row: {
          created_at: string
          deleted_at: string | null
          display_name: string
          id: string
        }
        Insert: {
          created_at?: string
          deleted_at?: string | null
          display_name: string
          id: string
        }
        Update: {
          created_at?: string
          deleted_at?: string | null
          display_name?: string
          id?: string
        }
        Relationships: []
      }
      sources: {
        Row: {
          accessed_on: string | null
          claim_id: string
          created_at: string
          created_by: string | null
          id: string
          publisher: string | null
          quote: string | null
          stance: string
          title: string | null
          url: string
        }
        Insert: {
          accessed_on?: string | null
          claim_id: string
          created_at?: string
          created_by?: string | null
          id?: string
          publisher?: string | null
          quote?: string | null
          stance: string
          title?: string | null
          url: string
        }
        Update: {
          accessed_on?: string | null
          claim_id?: string
          created_at?: string
          created_by?: string | null
          id?: string
          publisher?: string | null
          quote?: string | null
          stance?: string
          title?: string | null
          url?: string
        }
        Relationships: [
          {
            foreignKeyName: "sources_claim_id_fkey"
            columns: ["claim_id"]
            isOneToOne: false
            referencedRelation: "claims"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sources_created_by_fkey"
            columns: ["created_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      verdicts: {
        Row: {
          color: string
          description: string
          id: string
          label: string
          newsroom_id: string
          rating_value: number | null
          retired: boolean
          sort: number
        }
        Insert: {
          color: string
          description?: string
          id?: string
          label: string
          newsroom_id: string
          rating_value?: number | null
          retired?: boolean
          sort: number
        }
        Update: {
          color?: string
          description?: string
          id?: string
          label?: string
          newsroom_id?: string
          rating_value?: number | null
          retired?: boolean
          sort?: number
        }
        Relationships: [
          {
            foreignKeyName: "verdicts_newsroom_id_fkey"
            columns: ["newsroom_id"]
            isOneToOne: false
            referencedRelation: "newsrooms"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Views: {
      claim_counts_by_article: {
        Row: {
          article_id: string | null
          article_title: string | null
          claims: number | null
          newsroom_id: string | null
          status: string | null
          verdict_color: string | null
          verdict_id: string | null
          verdict_label: string | null
          verdict_sort: number | null
        }
        Relationships: []
      }
      latest_change_requests: {
        Row: {
          actor_name: string | null
          claim_id: string | null
          created_at: string | null
          created_by: string | null
          note: string | null
        }
        Relationships: []
      }
      latest_claim_publications: {
        Row: {
          article_id: string | null
          claim_appearance_url: string | null
          claim_date: string | null
          claim_id: string | null
          claim_text: string | null
          claimant: string | null
          claimant_kind: string | null
          first_published_at: string | null
          id: number | null
          kind: string | null
          newsroom_id: string | null
          note: string | null
          published_at: string | null
          published_by_name: string | null
          quote_exact: string | null
          quote_sentence: string | null
          rationale: string | null
          revision: number | null
          sources: Json | null
          verdict_color: string | null
          verdict_id: string | null
          verdict_label: string | null
          verdict_rating_value: number | null
        }
        Relationships: []
      }
      newsroom_published_verdicts: {
        Row: {
          fact_checks: number | null
          newsroom_id: string | null
          verdict_label: string | null
          verdict_rating_value: number | null
        }
        Relationships: []
      }
    }
    Functions: {
      accept_invitation: {
        Args: { invitation_id: string }
        Returns: {
          created_at: string
          newsroom_id: string
          role: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "newsroom_members"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      approval_blocker: {
        Args: { claim_id: string }
        Returns: string
      }
      claim_thread_counts: {
        Args: { claim_id: string }
        Returns: {
          comments: number
          events: number
        }[]
      }
      confirm_quote: {
        Args: { claim_id: string; expected_version: number }
        Returns: {
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_text: string
          claimant: string | null
          claimant_kind: string
          correction_note: string | null
          corrector_id: string | null
          created_at: string
          created_by: string | null
          end_offset: number | null
          id: string
          published_at: string | null
          quote_changed_at: string | null
          quote_exact: string
          quote_prefix: string
          quote_suffix: string
          rationale: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          start_offset: number | null
          status: string
          updated_at: string
          verdict_id: string | null
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "claims"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      create_newsroom: {
        Args: { name: string; slug: string }
        Returns: {
          created_at: string
          id: string
          logo_url: string | null
          name: string
          slug: string
          url: string | null
        }
        SetofOptions: {
          from: "*"
          to: "newsrooms"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      delete_claim: {
        Args: { claim_id: string; reason?: string }
        Returns: undefined
      }
      discard_correction: {
        Args: { claim_id: string; expected_version: number }
        Returns: {
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_text: string
          claimant: string | null
          claimant_kind: string
          correction_note: string | null
          corrector_id: string | null
          created_at: string
          created_by: string | null
          end_offset: number | null
          id: string
          published_at: string | null
          quote_changed_at: string | null
          quote_exact: string
          quote_prefix: string
          quote_suffix: string
          rationale: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          start_offset: number | null
          status: string
          updated_at: string
          verdict_id: string | null
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "claims"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      initial_display_name: {
        Args: { email: string; user_metadata: Json }
        Returns: string
      }
      invite_member: {
        Args: { email: string; newsroom_id: string; role: string }
        Returns: {
          accepted_at: string | null
          created_at: string
          email: string
          expires_at: string
          id: string
          invited_by: string | null
          newsroom_id: string
          revoked_at: string | null
          role: string
        }
        SetofOptions: {
          from: "*"
          to: "newsroom_invitations"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      list_members: {
        Args: { newsroom_id: string }
        Returns: {
          user_id: string
          display_name: string
          email: string
          role: string
          joined_at: string
        }[]
      }
      lock_claim_for_decision: {
        Args: { claim_id: string; expected_version: number }
        Returns: {
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_text: string
          claimant: string | null
          claimant_kind: string
          correction_note: string | null
          corrector_id: string | null
          created_at: string
          created_by: string | null
          end_offset: number | null
          id: string
          published_at: string | null
          quote_changed_at: string | null
          quote_exact: string
          quote_prefix: string
          quote_suffix: string
          rationale: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          start_offset: number | null
          status: string
          updated_at: string
          verdict_id: string | null
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "claims"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      may_edit_claim: {
        Args: { article_id: string; author: string; status: string }
        Returns: boolean
      }
      newsroom_article_claim_counts: {
        Args: {
          after_id?: string
          after_title?: string
          max_articles?: number
          newsroom_id: string
          waiting_only?: boolean
        }
        Returns: {
          article_id: string
          article_title: string
          status: string
          verdict_id: string
          claims: number
        }[]
      }
      newsroom_article_count: {
        Args: { articles?: string; newsroom_id: string }
        Returns: number
      }
      newsroom_claim_counts: {
        Args: { author?: string; newsroom_id: string }
        Returns: {
          status: string
          verdict_id: string
          verdict_label: string
          verdict_color: string
          verdict_sort: number
          claims: number
        }[]
      }
      public_article_body: {
        Args: { article_id: string }
        Returns: Json
      }
      publish_claim: {
        Args: { claim_id: string; expected_version?: number }
        Returns: {
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_text: string
          claimant: string | null
          claimant_kind: string
          correction_note: string | null
          corrector_id: string | null
          created_at: string
          created_by: string | null
          end_offset: number | null
          id: string
          published_at: string | null
          quote_changed_at: string | null
          quote_exact: string
          quote_prefix: string
          quote_suffix: string
          rationale: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          start_offset: number | null
          status: string
          updated_at: string
          verdict_id: string | null
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "claims"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      remove_member: {
        Args: { newsroom_id: string; user_id: string }
        Returns: {
          created_at: string
          newsroom_id: string
          role: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "newsroom_members"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      retract_claim: {
        Args: { claim_id: string; expected_version: number; note: string }
        Returns: {
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_text: string
          claimant: string | null
          claimant_kind: string
          correction_note: string | null
          corrector_id: string | null
          created_at: string
          created_by: string | null
          end_offset: number | null
          id: string
          published_at: string | null
          quote_changed_at: string | null
          quote_exact: string
          quote_prefix: string
          quote_suffix: string
          rationale: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          start_offset: number | null
          status: string
          updated_at: string
          verdict_id: string | null
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "claims"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      review_claim: {
        Args: {
          claim_id: string
          decision: string
          expected_version?: number
          note?: string
        }
        Returns: {
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_text: string
          claimant: string | null
          claimant_kind: string
          correction_note: string | null
          corrector_id: string | null
          created_at: string
          created_by: string | null
          end_offset: number | null
          id: string
          published_at: string | null
          quote_changed_at: string | null
          quote_exact: string
          quote_prefix: string
          quote_suffix: string
          rationale: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          start_offset: number | null
          status: string
          updated_at: string
          verdict_id: string | null
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "claims"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      revoke_invitation: {
        Args: { invitation_id: string }
        Returns: {
          accepted_at: string | null
          created_at: string
          email: string
          expires_at: string
          id: string
          invited_by: string | null
          newsroom_id: string
          revoked_at: string | null
          role: string
        }
        SetofOptions: {
          from: "*"
          to: "newsroom_invitations"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      save_article_text: {
        Args: {
          anchors: Json
          article_id: string
          body: Json
          body_text: string
          expected_updated_at?: string
          note?: string
        }
        Returns: {
          body: Json
          body_text: string
          created_at: string
          created_by: string | null
          id: string
          newsroom_id: string
          own_text: boolean
          published_at: string | null
          publisher: string | null
          title: string
          updated_at: string
          url: string | null
        }
        SetofOptions: {
          from: "*"
          to: "articles"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      save_claim: {
        Args: { claim: Json; sources: Json }
        Returns: {
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_text: string
          claimant: string | null
          claimant_kind: string
          correction_note: string | null
          corrector_id: string | null
          created_at: string
          created_by: string | null
          end_offset: number | null
          id: string
          published_at: string | null
          quote_changed_at: string | null
          quote_exact: string
          quote_prefix: string
          quote_suffix: string
          rationale: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          start_offset: number | null
          status: string
          updated_at: string
          verdict_id: string | null
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "claims"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      set_member_role: {
        Args: { newsroom_id: string; role: string; user_id: string }
        Returns: {
          created_at: string
          newsroom_id: string
          role: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "newsroom_members"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      start_correction: {
        Args: { claim_id: string; expected_version: number }
        Returns: {
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_text: string
          claimant: string | null
          claimant_kind: string
          correction_note: string | null
          corrector_id: string | null
          created_at: string
          created_by: string | null
          end_offset: number | null
          id: string
          published_at: string | null
          quote_changed_at: string | null
          quote_exact: string
          quote_prefix: string
          quote_suffix: string
          rationale: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          start_offset: number | null
          status: string
          updated_at: string
          verdict_id: string | null
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "claims"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      submit_claim: {
        Args: { claim_id: string; expected_version?: number }
        Returns: {
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_text: string
          claimant: string | null
          claimant_kind: string
          correction_note: string | null
          corrector_id: string | null
          created_at: string
          created_by: string | null
          end_offset: number | null
          id: string
          published_at: string | null
          quote_changed_at: string | null
          quote_exact: string
          quote_prefix: string
          quote_suffix: string
          rationale: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          start_offset: number | null
          status: string
          updated_at: string
          verdict_id: string | null
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "claims"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      withdraw_claim: {
        Args: { claim_id: string; expected_version: number }
        Returns: {
          article_id: string
          claim_appearance_url: string | null
          claim_date: string | null
          claim_text: string
          claimant: string | null
          claimant_kind: string
          correction_note: string | null
          corrector_id: string | null
          created_at: string
          created_by: string | null
          end_offset: number | null
          id: string
          published_at: string | null
          quote_changed_at: string | null
          quote_exact: string
          quote_prefix: string
          quote_suffix: string
          rationale: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          start_offset: number | null
          status: string
          updated_at: string
          verdict_id: string | null
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "claims"
          isOneToOne: true
          isSetofReturn: false
        }
      }
    }
    Enums: {
      [_ in never]: never
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {},
  },
} as const
