/**
 * GENERATED FILE – do not edit. Run `npm run api:types` to regenerate.
 *
 * TypeScript types of the API's OpenAPI document (GET /api/openapi.json), made by
 * openapi-typescript from createOpenApiDocument (src/adapters/http/openapi). The tab takes its
 * API shapes from here (tab/src/api/types.ts); a unit test fails when this file is stale.
 */

export interface paths {
  readonly '/api/health': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Liveness */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description ok */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Health'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/config': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** County configuration */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The county */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['CountyDescription'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/openapi.json': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** This document */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description OpenAPI 3.1 */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The signed-in caller */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Caller */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Me'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/staff': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Staff for the supervisor and co-reporter pickers */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly role?: string;
          readonly serviceArea?: string;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Staff */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['StaffList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/dev/identities': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Demo staff for the "acting as" picker (RAKE_AUTH=dev only, else 404) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Identities */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['DevIdentities'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The triage board (supervisors and RAKE roles) */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Repeatable or comma list of: received, in_review, forwarded, action_proposed, closed, returned, withdrawn */
          readonly status?: string;
          readonly serviceArea?: string;
          readonly municipality?: string;
          readonly topic?: string;
          /** @description e.g. 2026-Q1 or 2026-H2 */
          readonly period?: string;
          /** @description Text in description or solution proposal */
          readonly q?: string;
          /** @description filed_desc: newest first; filed_asc: oldest first; waiting_desc: unanswered first, longest waiting first, then answered, slowest first answer first; priority_asc: priority number (1 = most urgent) first, none last, ties oldest first */
          readonly sort?: 'filed_desc' | 'filed_asc' | 'waiting_desc' | 'priority_asc';
          /** @description nextCursor of the previous page, of the same sort (another sort: 422) */
          readonly cursor?: string;
          readonly limit?: number;
          /** @description public: instead of the board, the public form’s waiting submissions, exactly as GET /api/public-submissions answers (PublicSubmissionQueue; coordinator and admins, others 403) */
          readonly source?: 'public';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['BoardPage'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    /** File an observation (havainto) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description An opaque token (e.g. a UUID); anything else is 422 invalid_format. The same key by the same reporter with the same form returns the first observation; with a changed form, 409 idempotency_key_reused */
          readonly 'Idempotency-Key'?: string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['ObservationDraft'];
        };
      };
      readonly responses: {
        /** @description Filed (or replayed) */
        readonly 201: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly Location?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['SubmittedObservation'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description idempotency_key_reused: the key already filed the observation `observationId` with other form fields; nothing was stored. Send the changed form with a new key to file it as a new observation */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/mine': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Own and co-reported, newest first, a page at a time */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description nextCursor of the previous page */
          readonly cursor?: string;
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['MyReportsPage'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One observation */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Observation, with what it led to */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ObservationWithOutcome'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/{id}/triage': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /** Update the supervisor's ten triage fields */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header: {
          readonly 'If-Match': string;
        };
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['TriagePatch'];
        };
      };
      readonly responses: {
        /** @description Updated */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ObservationView'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_failed: If-Match is stale; ETag has the current version */
        readonly 412: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_required: If-Match missing */
        readonly 428: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/observations/{id}/triage/history': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Every saved edit of the triage record (who changed which fields from what to what, when), oldest first. Only for those who may triage: a reporter gets 403 */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Triage history */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['TriageHistory'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/{id}/transitions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Move along the lifecycle, with feedback to the reporter */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          readonly 'If-Match'?: string;
        };
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['TransitionRequest'];
        };
      };
      readonly responses: {
        /** @description Moved */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ObservationView'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description illegal_transition */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_failed: If-Match is stale; ETag has the current version */
        readonly 412: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/{id}/history': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The timeline, oldest first */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description History */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['HistoryList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/digest': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Post the pre-meeting digest to the RAKE channel now (coordinator, admin) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description In the outbox */
        readonly 202: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['DigestSent'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/digest/preview': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The digest as POST /api/digest would send it now, without sending (coordinator, admin) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The digest and its card */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['DigestPreview'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/locale': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** Remember the user's language for the cards the bot sends them */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['LocaleChoice'];
        };
      };
      readonly responses: {
        /** @description Remembered */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['LocaleChoice'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/rake-channel': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Where digests go, and the team channels the app knows (coordinator, admin) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Channels */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['RakeChannel'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    /** Choose the team channel for digests (coordinator, admin) */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['RakeChannelChoice'];
        };
      };
      readonly responses: {
        /** @description Chosen */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['RakeChannel'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/deliveries': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Notifications that did not arrive (admin) */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly state?: 'dead' | 'not_installed';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Deliveries */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['DeliveryList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/deliveries/{key}/retry': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Deliver a dead or not-installed notification again, now (admin) */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description The outbox key, percent-encoded */
          readonly key: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Pending again */
        readonly 202: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['DeliveryRetried'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/phenomena': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Phenomena (ilmiöt), newest first. Also supervisors and editors (read only); reporters 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Phenomena */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['PhenomenonList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    /** Name a phenomenon. RAKE members, the coordinator and admins; others 403. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['PhenomenonDraft'];
        };
      };
      readonly responses: {
        /** @description Created */
        readonly 201: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Phenomenon'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/phenomena/trends': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Each phenomenon's observations in a period against the previous one, by service area and municipality. Also supervisors and editors (read only); reporters 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description A county period id (2026-Q4, 2026-H2); default the current one */
          readonly period?: string;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Trends */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['PhenomenonTrends'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/phenomena/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A phenomenon and the linked observations the caller may see. Also supervisors and editors (read only); reporters 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Phenomenon */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['PhenomenonDetails'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /** Edit a phenomenon. RAKE members, the coordinator and admins; others 403. */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header: {
          /** @description The ETag of the version the edit is based on */
          readonly 'If-Match': string;
        };
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['PhenomenonPatch'];
        };
      };
      readonly responses: {
        /** @description Edited */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Phenomenon'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_failed: If-Match is stale; ETag has the current version */
        readonly 412: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_required: If-Match missing */
        readonly 428: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/phenomena/{id}/observations/{observationId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** Link an observation (linking twice changes nothing). RAKE members, the coordinator and admins; others 403. */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
          readonly observationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Done */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly post?: never;
    /** Unlink an observation. RAKE members, the coordinator and admins; others 403. */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
          readonly observationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Done */
        readonly 204: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/proposals': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Action proposals (toimenpide-ehdotukset), newest first. Also supervisors and editors (read only); reporters 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Proposals */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ProposalList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    /** Write an action proposal (a draft). RAKE members, the coordinator and admins; others 403. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['ProposalDraft'];
        };
      };
      readonly responses: {
        /** @description Created */
        readonly 201: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Proposal'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/proposals/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A proposal with its history. Also supervisors and editors (read only); reporters 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Proposal */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ProposalDetails'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /** Edit a proposal's content (not its status). RAKE members, the coordinator and admins; others 403. */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header: {
          /** @description The ETag of the version the edit is based on */
          readonly 'If-Match': string;
        };
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['ProposalPatch'];
        };
      };
      readonly responses: {
        /** @description Edited */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Proposal'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_failed: If-Match is stale; ETag has the current version */
        readonly 412: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_required: If-Match missing */
        readonly 428: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/proposals/{id}/transitions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Move a proposal: draft → proposed → accepted | rejected (note: the decision); accepted → in_progress → done (note: the result); proposed → draft. Reporters whose observations it rests on are told of decisions and results. RAKE members, the coordinator and admins; others 403. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description The ETag of the version the edit is based on */
          readonly 'If-Match'?: string;
        };
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['ProposalMove'];
        };
      };
      readonly responses: {
        /** @description Moved */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Proposal'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description illegal_transition */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_failed: If-Match is stale; ETag has the current version */
        readonly 412: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/meetings': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The RAKE group's meetings by date; the county rhythm's are made when missing. RAKE members, the coordinator and admins; others 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Meetings */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['MeetingList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    /** Add a meeting outside the rhythm. The coordinator and admins; others 403. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['MeetingDraft'];
        };
      };
      readonly responses: {
        /** @description Added */
        readonly 201: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/meetings/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /** Move or rename a meeting. The coordinator and admins; others 403. */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header: {
          /** @description The ETag of the version the edit is based on */
          readonly 'If-Match': string;
        };
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['MeetingPatch'];
        };
      };
      readonly responses: {
        /** @description Changed */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_failed: If-Match is stale; ETag has the current version */
        readonly 412: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_required: If-Match missing */
        readonly 428: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/meetings/{id}/agenda': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The agenda built for the meeting: observations since the previous meeting, proposals due for follow-up, open enrichment requests. RAKE members, the coordinator and admins; others 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Agenda */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Agenda'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/meetings/{id}/minutes': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** Record the minutes: a decision per agenda item (link_to_phenomenon also links the observation). The coordinator and admins; others 403. */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          /** @description The ETag of the version the edit is based on */
          readonly 'If-Match'?: string;
        };
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['MinutesDraft'];
        };
      };
      readonly responses: {
        /** @description Recorded */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_failed: If-Match is stale; ETag has the current version */
        readonly 412: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/compilations': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Compilations (koosteet) without their observations, newest first. RAKE members, the coordinator and admins any area; supervisors only their own areas. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Compilations */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['CompilationList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    /** Compile a period (a frozen snapshot). RAKE members, the coordinator and admins any area; supervisors only their own areas. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['CompilationRequest'];
        };
      };
      readonly responses: {
        /** @description Compiled */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Compilation'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/compilations/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A compilation, whole, with the enrichment requests made from it. RAKE members, the coordinator and admins any area; supervisors only their own areas. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Compilation */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Compilation'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/compilations/{id}/export.csv': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A compilation's observations as CSV (UTF-8 with BOM, `;`, CRLF, d.M.yyyy): id, filed, status, kind, the county's lists, the beginning of the description, its phenomena; formulas neutralised. RAKE members, the coordinator and admins any area; supervisors only their own areas. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description CSV */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'text/csv; charset=utf-8': string;
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/compilations/{id}/export.xlsx': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A compilation's observations as an Excel workbook. RAKE members, the coordinator and admins any area; supervisors only their own areas. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Excel workbook */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/compilations/{id}/enrichments': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Hand the compilation's observations of a service area (or those named) to it for enrichment; its supervisors are told. RAKE members, the coordinator and admins; others 403. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['EnrichmentRequest'];
        };
      };
      readonly responses: {
        /** @description Requested */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Enrichment'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/enrichments': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Enrichment requests the caller sees, newest first. The area's supervisors, the people named, and the RAKE group. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Requests */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['EnrichmentList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    /** Hand observations to a service area for enrichment, without a compilation. RAKE members, the coordinator and admins; others 403. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['EnrichmentRequest'];
        };
      };
      readonly responses: {
        /** @description Requested */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Enrichment'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/enrichments/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One enrichment request with its answers. The area's supervisors, the people named, and the RAKE group. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Request */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Enrichment'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/enrichments/{id}/answers': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Answer: a comment and optionally a proposal (refused once closed). The area's supervisors, the people named, and the RAKE group. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['EnrichmentAnswerDraft'];
        };
      };
      readonly responses: {
        /** @description Answered */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Enrichment'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/enrichments/{id}/assignees': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** Name who else answers (replaces the list); new names are told. The area's supervisors and the RAKE group. */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['EnrichmentAssignees'];
        };
      };
      readonly responses: {
        /** @description Named */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Enrichment'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/enrichments/{id}/close': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Close a request: no more answers. RAKE members, the coordinator and admins; others 403. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Closed */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Enrichment'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/{id}/phenomenon-suggestions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The three phenomena the observation most likely belongs to, best first
     * @description For those who may see the observation on their board: supervisors in scope, RAKE members, the coordinator and admins; reporters and editors 403, an observation the caller may not see 404. Scores are TF-IDF cosine similarities over Finnish terms: with Voikko (RAKE_TEXT_ANALYZER) base forms and compound parts, so "häätöuhan" and "häädetään" meet "häätö"; without it character n-grams. New observations are found on the next request. Phenomena it is already linked to are not suggested; below a minimum score nothing is. A phenomenon is matched on its title, description and the observations linked to it.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Suggestions */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['PhenomenonSuggestions'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/{id}/similar': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Near-duplicates: the five observations worded most like this one
     * @description For those who may see the observation on their board: supervisors in scope, RAKE members, the coordinator and admins; reporters and editors 403, an observation the caller may not see 404. Scores are TF-IDF cosine similarities over Finnish terms: with Voikko (RAKE_TEXT_ANALYZER) base forms and compound parts, so "häätöuhan" and "häädetään" meet "häätö"; without it character n-grams. New observations are found on the next request. Only observations the caller may see; never itself.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Similar observations */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['SimilarObservations'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/export.csv': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The board as CSV (Finnish Excel: UTF-8 with BOM, `;`, CRLF, dates d.M.yyyy)
     * @description The board as a file: every page of it, with the board’s filters, order and visibility (supervisors their areas and what names them, RAKE roles and admins all; reporters 403). Columns in the language of Accept-Language: id, filed, reporter, status, kind, service area, municipality, topic, target group, description, solution proposal, period, first feedback, then the supervisor's ten triage fields in Kainuu's order (empty where the caller may not read them). A text that a spreadsheet could run as a formula (beginning with = + - @, a tab or a line break, also after blanks) is sent with a `'` in front. Streamed: a store that fails after the first page breaks the download off. `cursor` and `limit` are refused (422).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Repeatable or comma list of: received, in_review, forwarded, action_proposed, closed, returned, withdrawn */
          readonly status?: string;
          readonly serviceArea?: string;
          readonly municipality?: string;
          readonly topic?: string;
          /** @description e.g. 2026-Q1 or 2026-H2 */
          readonly period?: string;
          /** @description Text in description or solution proposal */
          readonly q?: string;
          /** @description filed_desc: newest first; filed_asc: oldest first; waiting_desc: unanswered first, longest waiting first, then answered, slowest first answer first; priority_asc: priority number (1 = most urgent) first, none last, ties oldest first */
          readonly sort?: 'filed_desc' | 'filed_asc' | 'waiting_desc' | 'priority_asc';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description CSV */
        readonly 200: {
          headers: {
            /** @description `attachment; filename="rake-havainnot-<county's date YYYY-MM-DD>.csv"` */
            readonly 'Content-Disposition'?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'text/csv; charset=utf-8': string;
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/export.xlsx': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The board as an Excel workbook (one sheet, heading row frozen, date cells)
     * @description The board as a file: every page of it, with the board’s filters, order and visibility (supervisors their areas and what names them, RAKE roles and admins all; reporters 403). Columns in the language of Accept-Language: id, filed, reporter, status, kind, service area, municipality, topic, target group, description, solution proposal, period, first feedback, then the supervisor's ten triage fields in Kainuu's order (empty where the caller may not read them). A text that a spreadsheet could run as a formula (beginning with = + - @, a tab or a line break, also after blanks) is sent with a `'` in front. Streamed: a store that fails after the first page breaks the download off. `cursor` and `limit` are refused (422).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Repeatable or comma list of: received, in_review, forwarded, action_proposed, closed, returned, withdrawn */
          readonly status?: string;
          readonly serviceArea?: string;
          readonly municipality?: string;
          readonly topic?: string;
          /** @description e.g. 2026-Q1 or 2026-H2 */
          readonly period?: string;
          /** @description Text in description or solution proposal */
          readonly q?: string;
          /** @description filed_desc: newest first; filed_asc: oldest first; waiting_desc: unanswered first, longest waiting first, then answered, slowest first answer first; priority_asc: priority number (1 = most urgent) first, none last, ties oldest first */
          readonly sort?: 'filed_desc' | 'filed_asc' | 'waiting_desc' | 'priority_asc';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Excel workbook */
        readonly 200: {
          headers: {
            /** @description `attachment; filename="rake-havainnot-<county's date YYYY-MM-DD>.xlsx"` */
            readonly 'Content-Disposition'?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Reports, newest first, without their text. Also supervisors and editors (read only); reporters 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Reports */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    /** Draft a report from the data: a compilation's, a phenomenon's, or a year's (the annual social report). The coordinator, RAKE members and admins; others 403. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['ReportRequest'];
        };
      };
      readonly responses: {
        /** @description Created */
        readonly 201: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Report'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A report whole, with exact counts. Also supervisors and editors (read only); reporters 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Report */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Report'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /** Rewrite the title, introduction or sections; a new kept version. Text is guarded (identity codes 422 personal_data). The coordinator, RAKE members and admins; others 403. */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header: {
          readonly 'If-Match': string;
        };
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['ReportPatch'];
        };
      };
      readonly responses: {
        /** @description Edited */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Report'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_failed: If-Match is stale; ETag has the current version */
        readonly 412: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_required: If-Match missing */
        readonly 428: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/observations': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The observations the report rests on whose text holds q (all without), newest first, to choose quotations from; no reporter. The coordinator, RAKE members and admins; others 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly q?: string;
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Observations */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['QuotableObservationList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/versions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The kept versions of the text, oldest first. Also supervisors and editors (read only); reporters 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Versions */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportVersionList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/document.docx': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The report as a Word document: title page, table of contents, native (editable) charts with alt text, tables with header rows. Also supervisors and editors (read only); reporters 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description publishing (default): counts of 1–4 by municipality, service area or target group shown as "< 5" with secondary suppression, as it may leave the app. internal: exact counts, for writers only (403 otherwise). */
          readonly counts?: 'publishing' | 'internal';
        };
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Word document */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/page.html': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The report as the intranet page shows it: charts as SVG with a data table beside each. Also supervisors and editors (read only); reporters 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description publishing (default): counts of 1–4 by municipality, service area or target group shown as "< 5" with secondary suppression, as it may leave the app. internal: exact counts, for writers only (403 otherwise). */
          readonly counts?: 'publishing' | 'internal';
        };
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description HTML */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'text/html': string;
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/publish': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Publish (or republish, as a new version of the same page) on the intranet subpage, as the editor; small counts suppressed. The first publication tells every reporter whose observation it rests on. Editors and admins; others 403. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Published */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportPublication'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description intranet_unavailable: the intranet did not take the page; `reason` unavailable (try again) or not_configured. With reason forbidden the status is 403: SharePoint refused the editor. */
        readonly 503: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/publication': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Withdraw the page from the intranet and its index. Editors and admins; others 403. */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Withdrawn */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportPublication'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description intranet_unavailable: the intranet did not take the page; `reason` unavailable (try again) or not_configured. With reason forbidden the status is 403: SharePoint refused the editor. */
        readonly 503: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/indicators': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The implementation plan's indicators for a year, each achieved or not with its evidence. Also supervisors and editors (read only); reporters 403. */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Default: the current year */
          readonly year?: number;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Indicators */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['IndicatorList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/audit': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The audit log, newest first (admin); `format=csv` for the range as a file
     * @description Who filed, read another’s observation, moved, triaged, exported, published and administered what, and when. Entries are never edited or deleted through the app. `from` and `to` are days of the county’s calendar, both whole (default: the last 30 days). With `format=csv` (or `Accept: text/csv`) the whole range comes as CSV for Finnish Excel (UTF-8 with BOM, `;`, dates d.M.yyyy, times in the county’s zone, formulas neutralised); `cursor` and `limit` are then refused.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description First day, yyyy-mm-dd */
          readonly from?: string;
          /** @description Last day, yyyy-mm-dd (default today) */
          readonly to?: string;
          readonly limit?: number;
          readonly cursor?: string;
          readonly format?: 'json' | 'csv';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of entries, or the range as CSV */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['AuditPage'];
            readonly 'text/csv; charset=utf-8': string;
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/me/data': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Download your own data: your observations with their history, messages and actions
     * @description A JSON file (Content-Disposition: attachment): what the caller filed or co-reported, each with its history and message thread, every message they wrote and their own entries of the audit log. The download itself is recorded (own_data.downloaded).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Your data */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['OwnData'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/{id}/withdraw': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The reporter withdraws their observation while it is received
     * @description Status `withdrawn`: final, kept in the history, counted nowhere (compilations, reports, digests, reminders). Those who would have answered for it are told. 404 for anyone but its reporter and co-reporters; 403 for a co-reporter; 409 `already_handled` once a supervisor has moved it on.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: {
          readonly 'If-Match'?: string;
        };
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Withdrawn */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ObservationView'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description illegal_transition */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_failed: If-Match is stale; ETag has the current version */
        readonly 412: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/{id}/resubmit': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The reporter amends a returned observation and sends it again (→ received)
     * @description Only its reporter (404 to others, 403 to co-reporters), only while `returned` (409 `not_returned`). The history entry keeps both versions of each changed field (`changes`); the supervisors get the new-observation card again, marked resubmitted.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header: {
          readonly 'If-Match': string;
        };
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['ResubmitRequest'];
        };
      };
      readonly responses: {
        /** @description Sent again */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ResubmittedObservation'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description illegal_transition */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_failed: If-Match is stale; ETag has the current version */
        readonly 412: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_required: If-Match missing */
        readonly 428: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/{id}/messages': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The message thread on an observation, oldest first
     * @description For whoever may read the observation; 404 for anyone else.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Thread */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['MessageList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    /** Write a message on an observation; the other side is notified in Teams */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['MessageRequest'];
        };
      };
      readonly responses: {
        /** @description Written */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['PostedMessage'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/county': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The county settings in force, with their version (admin)
     * @description The preset and the environment (RAKE_COUNTY, RAKE_COUNTY_OVERRIDES, RAKE_*_DAYS) with what the admin saved laid over them.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Settings */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['CountySettingsDocument'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    /**
     * Save the county settings whole (admin; If-Match required)
     * @description Used at once by this instance and by the others within 30 seconds. New list ids are welcome; an entry is retired, never deleted (422 retire_instead).
     */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header: {
          readonly 'If-Match': string;
        };
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['CountySettings'];
        };
      };
      readonly responses: {
        /** @description Saved */
        readonly 200: {
          headers: {
            /** @description The version, `"<n>"` */
            readonly ETag?: string;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['CountySettingsDocument'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_failed: If-Match is stale; ETag has the current version */
        readonly 412: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description precondition_required: If-Match missing */
        readonly 428: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/service-areas': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Every service area with its supervisors and Entra groups (admin) */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Service areas */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ServiceAreaSupervisionList'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/service-areas/{id}/supervisors': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /**
     * Set the supervisors of a service area (admin)
     * @description Exactly these staff members supervise the area (they get the supervisor role); the others assigned to it lose it. The next filing in the area reaches them. From then on RAKE_SUPERVISOR_AREAS no longer applies to the area. Members of the given Entra groups supervise it from their next sign-in, for as long as they are members. 422 for an unknown staff id.
     */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['AreaSupervisorsChoice'];
        };
      };
      readonly responses: {
        /** @description Saved */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ServiceAreaSupervision'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/staff': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Add a person to the staff directory before their first sign-in (admin)
     * @description `id` is their Entra object id, so that their first sign-in finds the areas assigned to them. 201 when added; 200 with the member already there.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['NewStaffMember'];
        };
      };
      readonly responses: {
        /** @description Already in the directory */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['StaffMember'];
          };
        };
        /** @description Added */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['StaffMember'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/observations': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * A resident, client or association files through the public form
     * @description Off unless the county turns the public form on (RAKE_PUBLIC_FORM=1 or the admin setting): then 404. No sign-in. The submission waits for the coordinator. An identity code is refused (422 personal_data); other likely personal data comes back as warnings. A filled honeypot or a form sent too soon after rendering is answered 201 with a receipt that leads nowhere, and nothing is stored. Submissions are limited per client (RAKE_RATE_PUBLIC_PER_MINUTE), counted by a salted hash of the address; no address is stored. The same form is served as HTML at `GET /public` and posted there form-encoded (answering HTML).
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['PublicSubmissionRequest'];
        };
      };
      readonly responses: {
        /** @description Received: the receipt */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['PublicSubmitted'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description payload_too_large */
        readonly 413: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/status/{receipt}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The status behind a receipt: no text, names or reasons
     * @description Off unless the county turns the public form on (RAKE_PUBLIC_FORM=1 or the admin setting): then 404. received → in_handling → action_proposed → closed, or not_taken_forward. An accepted submission follows its observation. HTML: `GET /public/status/{receipt}`.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly receipt: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The status */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['PublicStatus'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public-submissions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The public form’s waiting submissions (also `GET /api/observations?source=public`)
     * @description The RAKE coordinator and admins; others 403. The queue stays reachable while the form is off.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Oldest first */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['PublicSubmissionQueue'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public-submissions/{id}/accept': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Accept a submission into the normal flow
     * @description The RAKE coordinator and admins; others 403. The queue stays reachable while the form is off. It becomes an observation (source public) in the named service area and topic, filed when it was sent, routed and notified like any filing; its reporter is never notified. 409 already_decided when accepted or discarded before.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['AcceptPublicSubmission'];
        };
      };
      readonly responses: {
        /** @description The observation it became */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ObservationView'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description illegal_transition */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public-submissions/{id}/discard': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Discard a submission with a reason
     * @description The RAKE coordinator and admins; others 403. The queue stays reachable while the form is off. The public status says only "not taken forward". 409 already_decided when decided before.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['DiscardPublicSubmission'];
        };
      };
      readonly responses: {
        /** @description The discarded submission */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['PublicSubmissionView'];
          };
        };
        /** @description malformed_json: the body is not JSON */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unauthenticated */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description forbidden */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description not_found: unknown, or not visible to the caller */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description illegal_transition */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description unsupported_media_type: the body is not JSON in UTF-8 */
        readonly 415: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description validation or personal_data */
        readonly 422: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address */
        readonly 429: {
          headers: {
            /** @description Seconds until the window ends */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator */
        readonly 503: {
          headers: {
            /** @description Seconds; for throttled and unavailable only */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description storage_unavailable with reason timeout: the store did not answer in time */
        readonly 504: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    readonly Choice: {
      readonly id: string;
      readonly label: components['schemas']['LocalizedText'];
      /** @description Retired by the admin: label old observations with it, never offer it for new ones */
      readonly retired?: boolean;
    };
    /** @enum {string} */
    readonly Kind: 'negative' | 'positive' | 'other';
    readonly LocalizedText: {
      readonly fi: string;
      readonly sv: string;
      readonly en: string;
    };
    readonly Period: {
      readonly id: string;
      /** Format: date */
      readonly start: string;
      /** Format: date */
      readonly end: string;
    };
    /** @enum {string} */
    readonly ReturnReason: 'spro_haipro' | 'own_unit' | 'not_structural' | 'other';
    /** @enum {string} */
    readonly Role:
      'reporter' | 'supervisor' | 'rake_member' | 'rake_coordinator' | 'editor' | 'admin';
    /** @enum {string} */
    readonly Status:
      | 'received'
      | 'in_review'
      | 'forwarded'
      | 'action_proposed'
      | 'closed'
      | 'returned'
      | 'withdrawn';
    readonly TriageRecord: {
      readonly coreContent: string | null;
      readonly goal: string | null;
      readonly audiences: string | null;
      readonly keyMessage: string | null;
      readonly channel: string | null;
      /** @description A day, `yyyy-mm-dd`; older records may hold free text */
      readonly timing: string | null;
      /** @description A member of staff's name, or free text */
      readonly owner: string | null;
      /** @description A day, `yyyy-mm-dd`; older records may hold free text */
      readonly followUp: string | null;
      /** @description 1 = most urgent */
      readonly priority: number | null;
      readonly result: string | null;
    };
    readonly ObservationDraft: {
      readonly kind: components['schemas']['Kind'];
      /** @description A personal identity code anywhere in the text is refused (personal_data) */
      readonly description: string;
      readonly solutionProposal?: string | null;
      readonly topic: string;
      readonly serviceArea: string;
      readonly municipality: string;
      readonly targetGroup: string;
      /** @description A staff member with the supervisor role */
      readonly supervisorId?: string | null;
      readonly coReporterIds?: readonly string[] | null;
    };
    /** @description Only the named fields change; null clears one; at least one field */
    readonly TriagePatch: {
      readonly coreContent?: string | null;
      readonly goal?: string | null;
      readonly audiences?: string | null;
      readonly keyMessage?: string | null;
      readonly channel?: string | null;
      /** @description A day, `yyyy-mm-dd` (also d.M.yyyy; stored as yyyy-mm-dd). A text written as a date must be a real day (invalid_date); other free text is still accepted */
      readonly timing?: string | null;
      readonly owner?: string | null;
      /** @description A day, `yyyy-mm-dd` (also d.M.yyyy; stored as yyyy-mm-dd). A text written as a date must be a real day (invalid_date); other free text is still accepted */
      readonly followUp?: string | null;
      readonly priority?: number | null;
      readonly result?: string | null;
    };
    readonly TransitionRequest: {
      readonly to: components['schemas']['Status'];
      readonly feedback?: string | null;
      readonly returnReason?: components['schemas']['ReturnReason'] | null;
    };
    readonly BoardPage: {
      readonly items: readonly components['schemas']['ObservationView'][];
      /** @description Items of this page nobody answers for (no supervisor named, none in the service area): the RAKE coordinators were told instead */
      readonly unroutedIds: readonly string[];
      readonly nextCursor: string | null;
      /** @description Observations the filters match on all pages together (the cursor aside), counted up to 5,000 */
      readonly total: number;
      /** @description false: the store stopped counting, and `total` is a lower bound ("at least") */
      readonly totalExact: boolean;
      readonly medianHoursToFirstAnswer: number | null;
      readonly period: components['schemas']['Period'];
    };
    readonly CountyDescription: {
      readonly county: {
        readonly id: string;
        readonly name: components['schemas']['LocalizedText'];
      };
      readonly serviceAreas: readonly components['schemas']['Choice'][];
      readonly municipalities: readonly components['schemas']['Choice'][];
      readonly topics: readonly components['schemas']['Choice'][];
      readonly targetGroups: readonly components['schemas']['Choice'][];
      readonly kinds: readonly components['schemas']['Choice'][];
      readonly periods: readonly components['schemas']['Period'][];
      readonly currentPeriod: components['schemas']['Period'];
      readonly meetings: {
        readonly months: readonly number[];
        readonly description: components['schemas']['LocalizedText'];
      };
      readonly supervisorNamedByReporter: boolean;
      /** @description IANA time zone, e.g. Europe/Helsinki */
      readonly timeZone: string;
      readonly statuses: readonly components['schemas']['Choice'][];
      readonly returnReasons: readonly components['schemas']['Choice'][];
      readonly triageFields: readonly components['schemas']['Choice'][];
      readonly limits: {
        readonly text: number;
      };
    };
    readonly DevIdentities: {
      readonly items: readonly components['schemas']['StaffMember'][];
    };
    readonly ErrorBody: {
      readonly error: {
        /** @enum {string} */
        readonly code:
          | 'malformed_json'
          | 'bad_request'
          | 'validation'
          | 'personal_data'
          | 'unauthenticated'
          | 'forbidden'
          | 'not_found'
          | 'illegal_transition'
          | 'already_handled'
          | 'not_returned'
          | 'already_decided'
          | 'idempotency_key_reused'
          | 'precondition_failed'
          | 'precondition_required'
          | 'payload_too_large'
          | 'unsupported_media_type'
          | 'rate_limited'
          | 'host_not_allowed'
          | 'headers_too_large'
          | 'request_timeout'
          | 'storage_unavailable'
          | 'intranet_unavailable'
          | 'internal';
        readonly message: string;
        readonly field?: string;
        readonly fields?: readonly {
          readonly field: string;
          readonly code: string;
          readonly message: string;
        }[];
        /**
         * @description storage_unavailable only: why the store could not answer
         * @enum {string}
         */
        readonly reason?: 'throttled' | 'unavailable' | 'timeout' | 'denied' | 'not_provisioned';
        /** @description idempotency_key_reused only: the observation the key filed earlier */
        readonly observationId?: string;
      };
    };
    readonly Health: {
      /** @constant */
      readonly status: 'ok';
    };
    readonly HistoryEntry: {
      readonly id: string;
      readonly observationId: string;
      /** @description ISO 8601 instant */
      readonly at: string;
      readonly actorId: string;
      readonly actorName: string;
      readonly from: components['schemas']['Status'] | null;
      readonly to: components['schemas']['Status'];
      readonly feedback: string | null;
      readonly returnReason: components['schemas']['ReturnReason'] | null;
      /** @description Only on a resubmit: what the reporter amended, both versions */
      readonly changes?: readonly {
        /** @enum {string} */
        readonly field:
          | 'kind'
          | 'description'
          | 'solutionProposal'
          | 'topic'
          | 'serviceArea'
          | 'municipality'
          | 'targetGroup';
        readonly before: string;
        readonly after: string;
      }[];
    };
    readonly HistoryList: {
      readonly items: readonly components['schemas']['HistoryEntry'][];
    };
    readonly Me: {
      readonly id: string;
      readonly name: string;
      readonly email: string | null;
      readonly roles: readonly components['schemas']['Role'][];
      readonly serviceAreas: readonly string[];
    };
    readonly MyReportsPage: {
      readonly items: readonly components['schemas']['ObservationWithOutcome'][];
      /** @description Pass as `cursor` for the next page; null: the last */
      readonly nextCursor: string | null;
    };
    readonly ObservationView: {
      readonly id: string;
      readonly kind: components['schemas']['Kind'];
      readonly description: string;
      readonly solutionProposal: string;
      readonly topic: string;
      readonly serviceArea: string;
      readonly municipality: string;
      readonly targetGroup: string;
      readonly supervisorId: string | null;
      readonly coReporterIds: readonly string[];
      readonly reporterId: string;
      readonly reporterName: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      readonly period: string;
      readonly status: components['schemas']['Status'];
      readonly firstAnsweredAt: string | null;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly version: number;
      /** @description Only for callers who may triage */
      readonly triage?: components['schemas']['TriageRecord'];
      readonly allowedTransitions: readonly components['schemas']['Status'][];
      readonly canTriage: boolean;
      readonly hoursToFirstAnswer: number;
      /**
       * @description `public`: accepted from the public form (its reporter is not on the staff); absent: staff
       * @enum {string}
       */
      readonly source?: 'staff' | 'public';
    };
    readonly ObservationWithOutcome: {
      readonly id: string;
      readonly kind: components['schemas']['Kind'];
      readonly description: string;
      readonly solutionProposal: string;
      readonly topic: string;
      readonly serviceArea: string;
      readonly municipality: string;
      readonly targetGroup: string;
      readonly supervisorId: string | null;
      readonly coReporterIds: readonly string[];
      readonly reporterId: string;
      readonly reporterName: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      readonly period: string;
      readonly status: components['schemas']['Status'];
      readonly firstAnsweredAt: string | null;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly version: number;
      /** @description Only for callers who may triage */
      readonly triage?: components['schemas']['TriageRecord'];
      readonly allowedTransitions: readonly components['schemas']['Status'][];
      readonly canTriage: boolean;
      readonly hoursToFirstAnswer: number;
      /**
       * @description `public`: accepted from the public form (its reporter is not on the staff); absent: staff
       * @enum {string}
       */
      readonly source?: 'staff' | 'public';
      /** @description Enrichment requests that include it: only for those asked and the RAKE group */
      readonly enrichments: readonly {
        readonly id: string;
        readonly serviceArea: string;
        readonly question: string;
        /** @description yyyy-mm-dd, county time */
        readonly dueDate: string;
        readonly answers: readonly {
          readonly id: string;
          readonly text: string;
          readonly proposal: string | null;
          readonly authorId: string;
          readonly authorName: string;
          /** @description ISO 8601 instant */
          readonly at: string;
        }[];
      }[];
      readonly phenomena: readonly {
        readonly id: string;
        readonly title: string;
      }[];
      /** @description Reports on the intranet that rest on it */
      readonly publications: readonly {
        readonly reportId: string;
        readonly title: string;
        readonly url: string;
        /** @description ISO 8601 instant */
        readonly publishedAt: string;
      }[];
      readonly proposals: readonly {
        readonly id: string;
        readonly title: string;
        readonly status: components['schemas']['ProposalStatus'];
        readonly decision: {
          readonly text: string;
          readonly by: string;
          /** @description yyyy-mm-dd, county time */
          readonly on: string;
        } | null;
        readonly result: {
          readonly text: string;
          readonly by: string;
          /** @description yyyy-mm-dd, county time */
          readonly on: string;
        } | null;
      }[];
    };
    readonly StaffList: {
      readonly items: readonly {
        readonly id: string;
        readonly name: string;
        readonly title: string | null;
      }[];
    };
    readonly StaffMember: {
      readonly id: string;
      readonly name: string;
      readonly email: string | null;
      readonly roles: readonly components['schemas']['Role'][];
      readonly serviceAreas: readonly string[];
      readonly title: string | null;
    };
    readonly SubmittedObservation: {
      readonly id: string;
      readonly kind: components['schemas']['Kind'];
      readonly description: string;
      readonly solutionProposal: string;
      readonly topic: string;
      readonly serviceArea: string;
      readonly municipality: string;
      readonly targetGroup: string;
      readonly supervisorId: string | null;
      readonly coReporterIds: readonly string[];
      readonly reporterId: string;
      readonly reporterName: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      readonly period: string;
      readonly status: components['schemas']['Status'];
      readonly firstAnsweredAt: string | null;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly version: number;
      /** @description Only for callers who may triage */
      readonly triage?: components['schemas']['TriageRecord'];
      readonly allowedTransitions: readonly components['schemas']['Status'][];
      readonly canTriage: boolean;
      readonly hoursToFirstAnswer: number;
      /**
       * @description `public`: accepted from the public form (its reporter is not on the staff); absent: staff
       * @enum {string}
       */
      readonly source?: 'staff' | 'public';
      readonly warnings: readonly components['schemas']['Warning'][];
    };
    readonly TriageEdit: {
      readonly id: string;
      readonly observationId: string;
      /** @description ISO 8601 instant */
      readonly at: string;
      readonly actorId: string;
      readonly actorName: string;
      /** @description Only the fields whose value changed, in the order of the ten fields */
      readonly changes: readonly {
        /** @enum {string} */
        readonly field:
          | 'coreContent'
          | 'goal'
          | 'audiences'
          | 'keyMessage'
          | 'channel'
          | 'timing'
          | 'owner'
          | 'followUp'
          | 'priority'
          | 'result';
        readonly before: (string | number) | null;
        readonly after: (string | number) | null;
      }[];
    };
    readonly TriageHistory: {
      readonly items: readonly components['schemas']['TriageEdit'][];
    };
    readonly Warning: {
      readonly field: string;
      /** @enum {string} */
      readonly kind: 'phone_number' | 'email_address' | 'street_address' | 'client_name';
      readonly message: string;
    };
    readonly Delivery: {
      readonly key: string;
      /** @enum {string} */
      readonly kind:
        | 'new_observation'
        | 'status_changed'
        | 'digest'
        | 'reminder'
        | 'proposal_changed'
        | 'enrichment_requested'
        | 'report_published'
        | 'observation_in_report'
        | 'observation_withdrawn'
        | 'observation_message';
      readonly recipient:
        | {
            /** @constant */
            readonly kind: 'user';
            readonly userId: string;
          }
        | {
            /** @constant */
            readonly kind: 'rake_channel';
          };
      /** @enum {string} */
      readonly state: 'pending' | 'delivered' | 'not_installed' | 'dead';
      readonly attempts: number;
      readonly lastError: string | null;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
    };
    /** @enum {string} */
    readonly DeliveryAttentionState: 'dead' | 'not_installed';
    readonly DeliveryList: {
      readonly items: readonly components['schemas']['Delivery'][];
    };
    readonly DeliveryRetried: {
      readonly key: string;
    };
    readonly DigestPreview: {
      /** Format: date */
      readonly meetingDate: string;
      /** Format: date */
      readonly since: string;
      readonly total: number;
      /** @description Where it would go; null: the app is in no team */
      readonly channel: string | null;
      /** @description The Adaptive Card as the channel would get it, in the caller’s language */
      readonly card: {
        readonly [key: string]: unknown;
      } | null;
    };
    readonly DigestSent: {
      /** @description The outbox key: one digest per meeting and day */
      readonly key: string;
      /** Format: date */
      readonly meetingDate: string;
      /**
       * Format: date
       * @description The previous meeting: observations filed on or after it
       */
      readonly since: string;
      readonly total: number;
      /** @description Items on the card; total - listed are "and N more" */
      readonly listed: number;
      /** @description The RAKE channel it goes to; null: the app is in no team, so it waits until it is */
      readonly channel: string | null;
    };
    readonly LocaleChoice: {
      /** @enum {string} */
      readonly locale: 'fi' | 'sv' | 'en';
    };
    readonly RakeChannel: {
      readonly current: {
        readonly teamId: string;
        readonly name: string;
        readonly current: boolean;
      } | null;
      readonly channels: readonly {
        readonly teamId: string;
        readonly name: string;
        readonly current: boolean;
      }[];
    };
    readonly RakeChannelChoice: {
      readonly teamId: string;
    };
    readonly Agenda: {
      readonly meeting: components['schemas']['Meeting'];
      /** @description The previous meeting's date; null: the first on record */
      readonly since: string | null;
      readonly observations: readonly {
        readonly id: string;
        readonly kind: components['schemas']['Kind'];
        readonly status: components['schemas']['Status'];
        readonly serviceArea: string;
        readonly municipality: string;
        readonly topic: string;
        readonly targetGroup: string;
        /** @description ISO 8601 instant */
        readonly createdAt: string;
        readonly excerpt: string;
        readonly phenomenonIds: readonly string[];
      }[];
      readonly proposalsDue: readonly {
        readonly id: string;
        readonly title: string;
        readonly status: components['schemas']['ProposalStatus'];
        readonly decisionBody: string;
        readonly dueDate: string | null;
      }[];
      readonly enrichments: readonly {
        readonly id: string;
        readonly serviceArea: string;
        readonly question: string;
        /** @description yyyy-mm-dd, county time */
        readonly dueDate: string;
        readonly answerCount: number;
      }[];
    };
    /** @description A frozen snapshot: later filings and edits do not change it */
    readonly Compilation: {
      readonly id: string;
      readonly period: string | null;
      /** @description yyyy-mm-dd, county time */
      readonly from: string;
      /** @description yyyy-mm-dd, county time */
      readonly to: string;
      /** @description yyyy-mm-dd, county time */
      readonly previousFrom: string;
      /** @description yyyy-mm-dd, county time */
      readonly previousTo: string;
      readonly serviceArea: string | null;
      readonly total: number;
      readonly byServiceArea: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      readonly byMunicipality: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      readonly byTopic: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      readonly byKind: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      readonly byTargetGroup: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      readonly byStatus: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      /** @description How many had had feedback when it was made */
      readonly answered: number;
      readonly medianDaysToFirstFeedback: number | null;
      readonly createdBy: string;
      readonly createdByName: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      readonly phenomena: readonly {
        readonly id: string;
        readonly title: string;
        readonly count: number;
        readonly previousCount: number;
        readonly observationIds: readonly string[];
      }[];
      readonly observations: readonly {
        readonly id: string;
        readonly kind: components['schemas']['Kind'];
        readonly status: components['schemas']['Status'];
        readonly serviceArea: string;
        readonly municipality: string;
        readonly topic: string;
        readonly targetGroup: string;
        /** @description ISO 8601 instant */
        readonly createdAt: string;
        readonly excerpt: string;
        readonly phenomenonIds: readonly string[];
      }[];
      /** @description GET only: requests made from it */
      readonly enrichments?: readonly components['schemas']['Enrichment'][];
    };
    readonly CompilationList: {
      readonly items: readonly components['schemas']['CompilationSummary'][];
    };
    /** @description Either `period`, or `from` and `to` (both days included) */
    readonly CompilationRequest: {
      /** @description A county period id: 2026-Q4, 2026-H2 */
      readonly period?: string;
      /** @description yyyy-mm-dd, county time */
      readonly from?: string;
      /** @description yyyy-mm-dd, county time */
      readonly to?: string;
      readonly serviceArea?: string | null;
    };
    readonly CompilationSummary: {
      readonly id: string;
      readonly period: string | null;
      /** @description yyyy-mm-dd, county time */
      readonly from: string;
      /** @description yyyy-mm-dd, county time */
      readonly to: string;
      /** @description yyyy-mm-dd, county time */
      readonly previousFrom: string;
      /** @description yyyy-mm-dd, county time */
      readonly previousTo: string;
      readonly serviceArea: string | null;
      readonly total: number;
      readonly byServiceArea: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      readonly byMunicipality: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      readonly byTopic: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      readonly byKind: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      readonly byTargetGroup: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      readonly byStatus: readonly {
        readonly id: string;
        readonly count: number;
      }[];
      /** @description How many had had feedback when it was made */
      readonly answered: number;
      readonly medianDaysToFirstFeedback: number | null;
      readonly createdBy: string;
      readonly createdByName: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      readonly phenomenonCount: number;
    };
    readonly Enrichment: {
      readonly id: string;
      readonly compilationId: string | null;
      readonly serviceArea: string;
      readonly question: string;
      /** @description yyyy-mm-dd, county time */
      readonly dueDate: string;
      readonly observationIds: readonly string[];
      readonly assigneeIds: readonly string[];
      readonly requestedBy: string;
      readonly requestedByName: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      readonly closedAt: string | null;
      readonly answers: readonly {
        readonly id: string;
        readonly text: string;
        readonly proposal: string | null;
        readonly authorId: string;
        readonly authorName: string;
        /** @description ISO 8601 instant */
        readonly at: string;
      }[];
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly version: number;
    };
    readonly EnrichmentAnswerDraft: {
      readonly text: string;
      readonly proposal?: string | null;
    };
    readonly EnrichmentAssignees: {
      readonly assigneeIds: readonly string[];
    };
    readonly EnrichmentList: {
      readonly items: readonly components['schemas']['Enrichment'][];
    };
    readonly EnrichmentRequest: {
      readonly serviceArea: string;
      readonly question: string;
      /** @description yyyy-mm-dd, county time */
      readonly dueDate: string;
      /** @description Default: the compilation's observations of the service area */
      readonly observationIds?: readonly string[];
      readonly assigneeIds?: readonly string[];
    };
    readonly LedTo: {
      /** @description Enrichment requests that include it: only for those asked and the RAKE group */
      readonly enrichments: readonly {
        readonly id: string;
        readonly serviceArea: string;
        readonly question: string;
        /** @description yyyy-mm-dd, county time */
        readonly dueDate: string;
        readonly answers: readonly {
          readonly id: string;
          readonly text: string;
          readonly proposal: string | null;
          readonly authorId: string;
          readonly authorName: string;
          /** @description ISO 8601 instant */
          readonly at: string;
        }[];
      }[];
      readonly phenomena: readonly {
        readonly id: string;
        readonly title: string;
      }[];
      /** @description Reports on the intranet that rest on it */
      readonly publications: readonly {
        readonly reportId: string;
        readonly title: string;
        readonly url: string;
        /** @description ISO 8601 instant */
        readonly publishedAt: string;
      }[];
      readonly proposals: readonly {
        readonly id: string;
        readonly title: string;
        readonly status: components['schemas']['ProposalStatus'];
        readonly decision: {
          readonly text: string;
          readonly by: string;
          /** @description yyyy-mm-dd, county time */
          readonly on: string;
        } | null;
        readonly result: {
          readonly text: string;
          readonly by: string;
          /** @description yyyy-mm-dd, county time */
          readonly on: string;
        } | null;
      }[];
    };
    readonly Meeting: {
      readonly id: string;
      /** @description yyyy-mm-dd, county time */
      readonly date: string;
      /** @description Empty: name it by its date */
      readonly title: string;
      /** @description The rhythm's date it was made for; null: added by hand */
      readonly scheduledFor: string | null;
      readonly minutes: {
        readonly summary: string;
        readonly items: readonly {
          /** @enum {string} */
          readonly subject: 'observation' | 'proposal' | 'enrichment';
          readonly subjectId: string;
          /** @enum {string} */
          readonly decision:
            'link_to_phenomenon' | 'make_proposal' | 'hand_to_service_area' | 'noted';
          readonly phenomenonId: string | null;
          readonly proposalId: string | null;
          readonly serviceArea: string | null;
          readonly note: string | null;
        }[];
        readonly recordedBy: string;
        readonly recordedByName: string;
        /** @description ISO 8601 instant */
        readonly recordedAt: string;
      } | null;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly version: number;
    };
    readonly MeetingDraft: {
      /** @description yyyy-mm-dd, county time */
      readonly date: string;
      readonly title?: string;
    };
    readonly MeetingList: {
      readonly items: readonly components['schemas']['Meeting'][];
    };
    readonly MeetingPatch: {
      /** @description yyyy-mm-dd, county time */
      readonly date?: string;
      readonly title?: string;
    };
    readonly MinutesDraft: {
      readonly summary?: string;
      readonly items: readonly {
        /** @enum {string} */
        readonly subject: 'observation' | 'proposal' | 'enrichment';
        readonly subjectId: string;
        /** @enum {string} */
        readonly decision:
          'link_to_phenomenon' | 'make_proposal' | 'hand_to_service_area' | 'noted';
        /** @description Required for link_to_phenomenon */
        readonly phenomenonId?: string | null;
        /** @description Required for make_proposal */
        readonly proposalId?: string | null;
        /** @description Required for hand_to_service_area */
        readonly serviceArea?: string | null;
        readonly note?: string | null;
      }[];
    };
    readonly Phenomenon: {
      readonly id: string;
      readonly title: string;
      readonly description: string;
      readonly forms: readonly ('knowledge' | 'strategy' | 'inclusion' | 'justice' | 'policy')[];
      readonly level: ('micro' | 'meso' | 'macro') | null;
      readonly createdBy: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly version: number;
      readonly observationCount: number;
    };
    readonly PhenomenonDetails: {
      readonly id: string;
      readonly title: string;
      readonly description: string;
      readonly forms: readonly ('knowledge' | 'strategy' | 'inclusion' | 'justice' | 'policy')[];
      readonly level: ('micro' | 'meso' | 'macro') | null;
      readonly createdBy: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly version: number;
      readonly observationCount: number;
      readonly observations: readonly {
        readonly id: string;
        readonly kind: components['schemas']['Kind'];
        readonly status: components['schemas']['Status'];
        readonly serviceArea: string;
        readonly municipality: string;
        readonly topic: string;
        readonly period: string;
        /** @description ISO 8601 instant */
        readonly createdAt: string;
        readonly excerpt: string;
        /** @description ISO 8601 instant */
        readonly linkedAt: string;
      }[];
      /** @description Linked observations outside what the caller may see */
      readonly hiddenObservationCount: number;
    };
    readonly PhenomenonDraft: {
      readonly title: string;
      readonly description?: string;
      readonly forms?: readonly ('knowledge' | 'strategy' | 'inclusion' | 'justice' | 'policy')[];
      readonly level?: ('micro' | 'meso' | 'macro') | null;
    };
    readonly PhenomenonList: {
      readonly items: readonly components['schemas']['Phenomenon'][];
    };
    /** @description Only the named fields change; at least one field */
    readonly PhenomenonPatch: {
      readonly title?: string;
      readonly description?: string;
      readonly forms?: readonly ('knowledge' | 'strategy' | 'inclusion' | 'justice' | 'policy')[];
      readonly level?: ('micro' | 'meso' | 'macro') | null;
    };
    readonly PhenomenonTrends: {
      readonly period: components['schemas']['Period'];
      readonly previousPeriod: components['schemas']['Period'];
      readonly items: readonly {
        readonly phenomenonId: string;
        readonly title: string;
        readonly count: number;
        readonly previousCount: number;
        /** @description count − previousCount */
        readonly change: number;
        readonly byServiceArea: readonly {
          readonly id: string;
          readonly count: number;
        }[];
        readonly byMunicipality: readonly {
          readonly id: string;
          readonly count: number;
        }[];
      }[];
    };
    readonly Proposal: {
      readonly id: string;
      readonly title: string;
      readonly rationale: string;
      readonly phenomenonIds: readonly string[];
      readonly observationIds: readonly string[];
      readonly decisionBody: string;
      readonly owner: string | null;
      readonly dueDate: string | null;
      readonly forms: readonly ('knowledge' | 'strategy' | 'inclusion' | 'justice' | 'policy')[];
      readonly level: ('micro' | 'meso' | 'macro') | null;
      readonly status: components['schemas']['ProposalStatus'];
      readonly decision: {
        readonly text: string;
        readonly by: string;
        /** @description yyyy-mm-dd, county time */
        readonly on: string;
      } | null;
      readonly result: {
        readonly text: string;
        readonly by: string;
        /** @description yyyy-mm-dd, county time */
        readonly on: string;
      } | null;
      readonly createdBy: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly version: number;
      readonly allowedTransitions: readonly components['schemas']['ProposalStatus'][];
    };
    readonly ProposalDetails: {
      readonly id: string;
      readonly title: string;
      readonly rationale: string;
      readonly phenomenonIds: readonly string[];
      readonly observationIds: readonly string[];
      readonly decisionBody: string;
      readonly owner: string | null;
      readonly dueDate: string | null;
      readonly forms: readonly ('knowledge' | 'strategy' | 'inclusion' | 'justice' | 'policy')[];
      readonly level: ('micro' | 'meso' | 'macro') | null;
      readonly status: components['schemas']['ProposalStatus'];
      readonly decision: {
        readonly text: string;
        readonly by: string;
        /** @description yyyy-mm-dd, county time */
        readonly on: string;
      } | null;
      readonly result: {
        readonly text: string;
        readonly by: string;
        /** @description yyyy-mm-dd, county time */
        readonly on: string;
      } | null;
      readonly createdBy: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly version: number;
      readonly allowedTransitions: readonly components['schemas']['ProposalStatus'][];
      readonly history: readonly components['schemas']['ProposalHistoryEntry'][];
    };
    readonly ProposalDraft: {
      readonly title: string;
      readonly rationale?: string;
      readonly phenomenonIds?: readonly string[];
      readonly observationIds?: readonly string[];
      /** @description Leadership group, regional government, a committee, a municipal HYTE group … */
      readonly decisionBody: string;
      readonly owner?: string | null;
      readonly dueDate?: string | null;
      readonly forms?: readonly ('knowledge' | 'strategy' | 'inclusion' | 'justice' | 'policy')[];
      readonly level?: ('micro' | 'meso' | 'macro') | null;
    };
    readonly ProposalHistoryEntry: {
      readonly id: string;
      readonly proposalId: string;
      /** @description ISO 8601 instant */
      readonly at: string;
      readonly actorId: string;
      readonly actorName: string;
      readonly from: components['schemas']['ProposalStatus'] | null;
      readonly to: components['schemas']['ProposalStatus'];
      readonly note: string | null;
    };
    readonly ProposalList: {
      readonly items: readonly components['schemas']['Proposal'][];
    };
    readonly ProposalMove: {
      readonly to: components['schemas']['ProposalStatus'];
      /** @description The decision (accepted, rejected) or the result and evaluation (done): required there */
      readonly note?: string | null;
      /** @description Who decided; default the decision body (for done: the caller) */
      readonly by?: string | null;
      /** @description When; default today */
      readonly on?: string | null;
    };
    /** @description Only the named fields change; at least one field */
    readonly ProposalPatch: {
      readonly title?: string;
      readonly rationale?: string;
      readonly phenomenonIds?: readonly string[];
      readonly observationIds?: readonly string[];
      /** @description Leadership group, regional government, a committee, a municipal HYTE group … */
      readonly decisionBody?: string;
      readonly owner?: string | null;
      readonly dueDate?: string | null;
      readonly forms?: readonly ('knowledge' | 'strategy' | 'inclusion' | 'justice' | 'policy')[];
      readonly level?: ('micro' | 'meso' | 'macro') | null;
    };
    /** @enum {string} */
    readonly ProposalStatus:
      'draft' | 'proposed' | 'accepted' | 'rejected' | 'in_progress' | 'done';
    readonly PhenomenonSuggestions: {
      readonly items: readonly {
        readonly phenomenonId: string;
        readonly title: string;
        /** @description Cosine similarity of the texts’ terms (TF-IDF), two decimals */
        readonly score: number;
        /** @description The observation’s words that weighed most, biggest first: base forms with Voikko ("häätö", "vuokra"), the words as written with the n-gram fallback */
        readonly matchedTerms: readonly string[];
      }[];
    };
    readonly SimilarObservations: {
      readonly items: readonly {
        readonly observationId: string;
        /** @description Cosine similarity of the texts’ terms (TF-IDF), two decimals */
        readonly score: number;
        /** @description The observation’s words that weighed most, biggest first: base forms with Voikko ("häätö", "vuokra"), the words as written with the n-gram fallback */
        readonly matchedTerms: readonly string[];
      }[];
    };
    readonly Indicator: {
      /** @description observations_collected, phenomenon_report_written, working_group_met, leadership_group_met, products_handled, communicated */
      readonly id: string;
      readonly label: string;
      readonly achieved: boolean;
      readonly evidence: {
        readonly summary: string;
        readonly items: readonly {
          readonly label: string;
          readonly value?: number;
          /** @description yyyy-mm-dd, county time */
          readonly date?: string;
          readonly url?: string;
        }[];
      };
    };
    readonly IndicatorList: {
      readonly year: number;
      readonly items: readonly components['schemas']['Indicator'][];
    };
    readonly QuotableObservationList: {
      readonly items: readonly {
        readonly id: string;
        /** @description ISO 8601 instant */
        readonly createdAt: string;
        readonly municipality: string;
        readonly description: string;
        readonly solutionProposal: string;
      }[];
    };
    readonly Report: {
      readonly id: string;
      /** @enum {string} */
      readonly kind: 'compilation' | 'phenomenon' | 'annual';
      readonly source:
        | {
            /** @constant */
            readonly kind: 'compilation';
            readonly compilationId: string;
          }
        | {
            /** @constant */
            readonly kind: 'phenomenon';
            readonly phenomenonId: string;
          }
        | {
            /** @constant */
            readonly kind: 'annual';
            readonly year: number;
          };
      /** @enum {string} */
      readonly language: 'fi' | 'sv' | 'en';
      readonly title: string;
      /** @description yyyy-mm-dd, county time */
      readonly from: string;
      /** @description yyyy-mm-dd, county time */
      readonly to: string;
      readonly createdBy: string;
      readonly createdByName: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      readonly updatedBy: string;
      readonly updatedByName: string;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly publication: components['schemas']['ReportPublication'] | null;
      /** @description The writers handed the draft over to the editors ("valmis julkaistavaksi"); edits of the text keep it */
      readonly handedOver: {
        readonly by: string;
        readonly byName: string;
        /** @description ISO 8601 instant */
        readonly at: string;
      } | null;
      readonly version: number;
      readonly introduction: string;
      readonly sections: readonly components['schemas']['ReportSection'][];
      /** @description Exact counts: the internal view */
      readonly figures: readonly {
        readonly key: string;
        readonly sectionKey: string;
        readonly title: string;
        readonly labelHeading: string;
        readonly countHeading: string;
        /** @enum {string} */
        readonly chart: 'bar' | 'line';
        readonly rows: readonly {
          readonly id: string;
          readonly label: string;
          readonly count: number;
        }[];
        readonly total: number | null;
        /** @description By municipality, service area or target group: 1–4 never published */
        readonly smallCountsProtected: boolean;
      }[];
      /** @description Chosen by the RAKE group; none until they do */
      readonly quotations: readonly {
        /** @description An observation the report rests on */
        readonly observationId: string;
        /** @description The section it is shown in, after the text */
        readonly sectionKey: string;
        /** @description The observation's own words (description or solution proposal), with … where words are left out; anything else is 422 not_quoted */
        readonly text: string;
        /** @description Where it was seen; published only where the report's table shows that count */
        readonly municipality: string;
      }[];
      readonly observationIds: readonly string[];
    };
    readonly ReportList: {
      readonly items: readonly components['schemas']['ReportSummary'][];
    };
    readonly ReportPatch: {
      readonly title?: string;
      readonly introduction?: string;
      readonly sections?: readonly components['schemas']['ReportSection'][];
      /** @description The whole list, in order; each from an observation the report rests on */
      readonly quotations?: readonly {
        /** @description An observation the report rests on */
        readonly observationId: string;
        /** @description The section it is shown in, after the text */
        readonly sectionKey: string;
        /** @description The observation's own words (description or solution proposal), with … where words are left out; anything else is 422 not_quoted */
        readonly text: string;
      }[];
      /** @description true: hand over to the editors (an earlier hand-over is kept); false: take it back */
      readonly handedOver?: boolean;
    };
    readonly ReportPublication: {
      readonly slug: string;
      readonly url: string;
      /** @description SharePoint's page id; null on the local intranet */
      readonly pageId: string | null;
      /** @description The report version that was published */
      readonly version: number;
      /** @description ISO 8601 instant */
      readonly publishedAt: string;
      readonly publishedBy: string;
      readonly publishedByName: string;
      /**
       * @description awaiting_approval: the site's page approval holds the page
       * @enum {string}
       */
      readonly state: 'published' | 'awaiting_approval' | 'withdrawn';
      readonly withdrawnAt: string | null;
    };
    /** @description compilation: compilationId; phenomenon: phenomenonId; annual: year */
    readonly ReportRequest: {
      /** @enum {string} */
      readonly kind: 'compilation' | 'phenomenon' | 'annual';
      readonly title: string;
      readonly compilationId?: string;
      readonly phenomenonId?: string;
      readonly year?: number;
      /**
       * @description Default fi
       * @enum {string}
       */
      readonly language?: 'fi' | 'sv' | 'en';
    };
    readonly ReportSection: {
      /** @description Stable within the report; figures follow the section with their key */
      readonly key: string;
      readonly heading: string;
      /** @description Paragraphs separated by a blank line */
      readonly text: string;
    };
    readonly ReportSummary: {
      readonly id: string;
      /** @enum {string} */
      readonly kind: 'compilation' | 'phenomenon' | 'annual';
      readonly source:
        | {
            /** @constant */
            readonly kind: 'compilation';
            readonly compilationId: string;
          }
        | {
            /** @constant */
            readonly kind: 'phenomenon';
            readonly phenomenonId: string;
          }
        | {
            /** @constant */
            readonly kind: 'annual';
            readonly year: number;
          };
      /** @enum {string} */
      readonly language: 'fi' | 'sv' | 'en';
      readonly title: string;
      /** @description yyyy-mm-dd, county time */
      readonly from: string;
      /** @description yyyy-mm-dd, county time */
      readonly to: string;
      readonly createdBy: string;
      readonly createdByName: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      readonly updatedBy: string;
      readonly updatedByName: string;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly publication: components['schemas']['ReportPublication'] | null;
      /** @description The writers handed the draft over to the editors ("valmis julkaistavaksi"); edits of the text keep it */
      readonly handedOver: {
        readonly by: string;
        readonly byName: string;
        /** @description ISO 8601 instant */
        readonly at: string;
      } | null;
      readonly version: number;
    };
    readonly ReportVersion: {
      readonly reportId: string;
      readonly version: number;
      /** @description ISO 8601 instant */
      readonly at: string;
      readonly actorId: string;
      readonly actorName: string;
      readonly title: string;
      readonly introduction: string;
      readonly sections: readonly components['schemas']['ReportSection'][];
    };
    readonly ReportVersionList: {
      readonly items: readonly components['schemas']['ReportVersion'][];
    };
    readonly AuditEntry: {
      readonly id: string;
      /** @description ISO 8601 instant */
      readonly at: string;
      readonly actorId: string;
      readonly actorName: string;
      /** @description observation.filed, observation.read (another’s observation opened), observation.moved, observation.triaged, export, report.published, report.withdrawn, retention.run, own_data.downloaded, or admin.<name> for administration */
      readonly action: string;
      readonly targetType: string;
      readonly targetId: string | null;
      readonly detail: string;
    };
    readonly AuditPage: {
      readonly items: readonly components['schemas']['AuditEntry'][];
      /** @description Pass as `cursor` for the next (older) page */
      readonly next?: string;
    };
    readonly OwnData: {
      readonly person: {
        readonly id: string;
        readonly name: string;
      };
      /** @description ISO 8601 instant */
      readonly exportedAt: string;
      readonly observations: readonly {
        readonly id: string;
        /** @enum {string} */
        readonly yourPart: 'reporter' | 'co_reporter';
        /** @description ISO 8601 instant */
        readonly filedAt: string;
        readonly period: string;
        /** @description A stored code with its label in the caller's language */
        readonly status: {
          readonly code: string;
          readonly label: string;
        };
        /** @description A stored code with its label in the caller's language */
        readonly kind: {
          readonly code: string;
          readonly label: string;
        };
        /** @description A stored code with its label in the caller's language */
        readonly serviceArea: {
          readonly code: string;
          readonly label: string;
        };
        /** @description A stored code with its label in the caller's language */
        readonly municipality: {
          readonly code: string;
          readonly label: string;
        };
        /** @description A stored code with its label in the caller's language */
        readonly topic: {
          readonly code: string;
          readonly label: string;
        };
        /** @description A stored code with its label in the caller's language */
        readonly targetGroup: {
          readonly code: string;
          readonly label: string;
        };
        readonly description: string;
        readonly solutionProposal: string;
        readonly reporterName: string;
        readonly firstFeedbackAt: string | null;
        readonly history: readonly {
          /** @description ISO 8601 instant */
          readonly at: string;
          readonly by: string;
          readonly from: {
            readonly code: string;
            readonly label: string;
          } | null;
          /** @description A stored code with its label in the caller's language */
          readonly to: {
            readonly code: string;
            readonly label: string;
          };
          readonly feedback: string | null;
          readonly returnReason: {
            readonly code: string;
            readonly label: string;
          } | null;
          readonly changes: readonly {
            readonly field: string;
            readonly before: string;
            readonly after: string;
          }[];
        }[];
        readonly messages: readonly {
          /** @description ISO 8601 instant */
          readonly at: string;
          readonly observationId: string;
          /** @description The writer's name */
          readonly by: string;
          /** @enum {string} */
          readonly side: 'reporter' | 'handler';
          readonly text: string;
        }[];
      }[];
      /** @description Every message the person wrote, on any observation */
      readonly messages: readonly {
        /** @description ISO 8601 instant */
        readonly at: string;
        readonly observationId: string;
        /** @description The writer's name */
        readonly by: string;
        /** @enum {string} */
        readonly side: 'reporter' | 'handler';
        readonly text: string;
      }[];
      /** @description The person's own entries of the audit log */
      readonly actions: readonly components['schemas']['AuditEntry'][];
    };
    /** @description Any of the form’s fields; the rest stay as filed. The amended whole is checked as a filing is */
    readonly ResubmitRequest: {
      readonly kind?: components['schemas']['Kind'];
      /** @description A personal identity code anywhere in the text is refused (personal_data) */
      readonly description?: string;
      readonly solutionProposal?: string | null;
      readonly topic?: string;
      readonly serviceArea?: string;
      readonly municipality?: string;
      readonly targetGroup?: string;
    };
    readonly ResubmittedObservation: {
      readonly id: string;
      readonly kind: components['schemas']['Kind'];
      readonly description: string;
      readonly solutionProposal: string;
      readonly topic: string;
      readonly serviceArea: string;
      readonly municipality: string;
      readonly targetGroup: string;
      readonly supervisorId: string | null;
      readonly coReporterIds: readonly string[];
      readonly reporterId: string;
      readonly reporterName: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      readonly period: string;
      readonly status: components['schemas']['Status'];
      readonly firstAnsweredAt: string | null;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly version: number;
      /** @description Only for callers who may triage */
      readonly triage?: components['schemas']['TriageRecord'];
      readonly allowedTransitions: readonly components['schemas']['Status'][];
      readonly canTriage: boolean;
      readonly hoursToFirstAnswer: number;
      /**
       * @description `public`: accepted from the public form (its reporter is not on the staff); absent: staff
       * @enum {string}
       */
      readonly source?: 'staff' | 'public';
      readonly warnings: readonly components['schemas']['Warning'][];
    };
    readonly MessageRequest: {
      /** @description A personal identity code is refused (personal_data); other personal data warned */
      readonly text: string;
    };
    readonly ObservationMessage: {
      readonly id: string;
      readonly observationId: string;
      readonly authorId: string;
      readonly authorName: string;
      /**
       * @description reporter: the reporter or a co-reporter; handler: a supervisor or a RAKE role
       * @enum {string}
       */
      readonly side: 'reporter' | 'handler';
      readonly text: string;
      /** @description ISO 8601 instant */
      readonly at: string;
    };
    readonly MessageList: {
      readonly items: readonly components['schemas']['ObservationMessage'][];
    };
    readonly PostedMessage: {
      readonly id: string;
      readonly observationId: string;
      readonly authorId: string;
      readonly authorName: string;
      /**
       * @description reporter: the reporter or a co-reporter; handler: a supervisor or a RAKE role
       * @enum {string}
       */
      readonly side: 'reporter' | 'handler';
      readonly text: string;
      /** @description ISO 8601 instant */
      readonly at: string;
      readonly warnings: readonly components['schemas']['Warning'][];
    };
    readonly AreaSupervisorsChoice: {
      /** @description Exactly the assigned supervisors, by staff id */
      readonly staffIds: readonly string[];
      /** @description Entra group object ids; absent: the groups stay as they are */
      readonly groupIds?: readonly string[];
    };
    /** @description Lists with fi/sv/en labels (an entry observations may name is never deleted: `retired: true` instead; removing one is 422 retire_instead), the period scheme, the meeting months and day, the daily run’s days, the public form switch and retention */
    readonly CountySettings: {
      readonly serviceAreas: readonly {
        readonly id: string;
        readonly label: {
          readonly fi: string;
          readonly sv: string;
          readonly en: string;
        };
        readonly retired?: boolean;
      }[];
      readonly municipalities: readonly {
        readonly id: string;
        readonly label: {
          readonly fi: string;
          readonly sv: string;
          readonly en: string;
        };
        readonly retired?: boolean;
      }[];
      readonly topics: readonly {
        readonly id: string;
        readonly label: {
          readonly fi: string;
          readonly sv: string;
          readonly en: string;
        };
        readonly retired?: boolean;
      }[];
      readonly targetGroups: readonly {
        readonly id: string;
        readonly label: {
          readonly fi: string;
          readonly sv: string;
          readonly en: string;
        };
        readonly retired?: boolean;
      }[];
      /** @enum {string} */
      readonly periodScheme: 'quarters' | 'half-years-dec';
      readonly meetings: {
        readonly months: readonly number[];
        readonly day: {
          readonly weekday: number;
          readonly nth: number;
        };
      };
      readonly timing: {
        readonly digestDaysBefore: number;
        readonly reminderDays: number;
        readonly escalationDays: number;
      };
      readonly publicForm: boolean;
      readonly retention: {
        readonly years: number;
        /** @enum {string} */
        readonly mode: 'anonymise' | 'delete';
      };
    };
    readonly CountySettingsDocument: {
      /** @description 0 until the admin first saves; the ETag is `"<version>"` */
      readonly version: number;
      readonly settings: components['schemas']['CountySettings'];
    };
    readonly NewStaffMember: {
      /** @description The person’s Entra object id (what their sign-in carries) */
      readonly id: string;
      readonly name: string;
      readonly email?: string | null;
    };
    readonly ServiceAreaSupervision: {
      readonly id: string;
      readonly label: components['schemas']['LocalizedText'];
      readonly retired: boolean;
      readonly supervisors: readonly {
        readonly id: string;
        readonly name: string;
        readonly email: string | null;
        /** @description The bot can reach them; false: they are not notified */
        readonly botInstalled: boolean;
        /** @description Supervises through a mapped Entra group, not by assignment */
        readonly viaGroup: boolean;
      }[];
      /** @description Entra group object ids whose members supervise the area */
      readonly groups: readonly string[];
      /** @description The admin has saved the area: RAKE_SUPERVISOR_AREAS no longer applies to it */
      readonly assigned: boolean;
    };
    readonly ServiceAreaSupervisionList: {
      readonly items: readonly components['schemas']['ServiceAreaSupervision'][];
    };
    readonly PublicSubmissionRequest: {
      readonly kind: components['schemas']['Kind'];
      /** @description A personal identity code anywhere in the text is refused (personal_data) */
      readonly description: string;
      readonly solutionProposal?: string | null;
      readonly municipality: string;
      readonly targetGroup: string;
      /** @enum {string} */
      readonly reporterType: 'resident' | 'client' | 'association' | 'other';
      /** @description Kept only with contactConsent true; without it the form is refused (422) */
      readonly contactEmail?: string | null;
      readonly contactConsent?: boolean | null;
      /** @description Honeypot: leave empty. Filled, the form is answered 201 and not stored */
      readonly website?: string | null;
      /** @description When the form was rendered (ms since 1970, the server’s time, from the page): sent sooner than 3 s after, the form is answered 201 and not stored */
      readonly startedAt: number;
    };
    readonly AcceptPublicSubmission: {
      /** @description Decides who is told, as for any filing */
      readonly serviceArea: string;
      readonly topic: string;
    };
    readonly DiscardPublicSubmission: {
      /** @description For the coordinators only; never shown to the public reporter */
      readonly reason: string;
    };
    readonly PublicSubmitted: {
      /** @description The code the reporter follows the status with */
      readonly receipt: string;
      /** @description The status page: `/public/status/<receipt>` */
      readonly statusUrl: string;
      readonly warnings: readonly {
        readonly field: string;
        /** @enum {string} */
        readonly kind: 'phone_number' | 'email_address' | 'street_address' | 'client_name';
        readonly message: string;
      }[];
    };
    readonly PublicStatus: {
      /** @description The code the reporter follows the status with */
      readonly receipt: string;
      /** @enum {string} */
      readonly status:
        'received' | 'in_handling' | 'action_proposed' | 'closed' | 'not_taken_forward';
      /** @description ISO 8601 instant */
      readonly submittedAt: string;
    };
    readonly PublicSubmissionView: {
      readonly id: string;
      /** @description ISO 8601 instant */
      readonly createdAt: string;
      /** @description ISO 8601 instant */
      readonly updatedAt: string;
      readonly version: number;
      /** @enum {string} */
      readonly state: 'pending' | 'accepted' | 'discarded';
      readonly decision:
        | (
            | {
                /** @constant */
                readonly state: 'accepted';
                /** @description ISO 8601 instant */
                readonly at: string;
                readonly byId: string;
                readonly byName: string;
                readonly observationId: string;
                readonly serviceArea: string;
                readonly topic: string;
              }
            | {
                /** @constant */
                readonly state: 'discarded';
                /** @description ISO 8601 instant */
                readonly at: string;
                readonly byId: string;
                readonly byName: string;
                readonly reason: string;
              }
          )
        | null;
      readonly kind: components['schemas']['Kind'];
      readonly description: string;
      readonly solutionProposal: string;
      readonly municipality: string;
      readonly targetGroup: string;
      /** @enum {string} */
      readonly reporterType: 'resident' | 'client' | 'association' | 'other';
      /** @description Only given with the reporter’s consent */
      readonly contactEmail: string | null;
    };
    readonly PublicSubmissionQueue: {
      /** @description Waiting submissions, oldest first (at most 500) */
      readonly items: readonly components['schemas']['PublicSubmissionView'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
