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
          /** @description Repeatable or comma list of: received, in_review, forwarded, action_proposed, closed, returned */
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
        /** @description Observation */
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
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    readonly Choice: {
      readonly id: string;
      readonly label: components['schemas']['LocalizedText'];
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
      'received' | 'in_review' | 'forwarded' | 'action_proposed' | 'closed' | 'returned';
    readonly TriageRecord: {
      readonly coreContent: string | null;
      readonly goal: string | null;
      readonly audiences: string | null;
      readonly keyMessage: string | null;
      readonly channel: string | null;
      readonly timing: string | null;
      readonly owner: string | null;
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
      readonly timing?: string | null;
      readonly owner?: string | null;
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
      readonly items: readonly components['schemas']['ObservationView'][];
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
      readonly warnings: readonly components['schemas']['Warning'][];
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
      readonly kind: 'new_observation' | 'status_changed' | 'digest' | 'reminder';
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
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
