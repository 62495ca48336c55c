import { COUNTY } from '../../../app/testing';
import { createOpenApiDocument } from './openapi-document';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};

describe('the OpenAPI document', () => {
  const doc = createOpenApiDocument(COUNTY) as Doc;

  it('is OpenAPI 3.1 and describes every route of docs/api.md', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/config',
        '/api/dev/identities',
        '/api/health',
        '/api/me',
        '/api/me/locale',
        '/api/observations',
        '/api/observations/mine',
        '/api/observations/export.csv',
        '/api/observations/export.xlsx',
        '/api/observations/{id}',
        '/api/observations/{id}/history',
        '/api/observations/{id}/withdraw',
        '/api/observations/{id}/resubmit',
        '/api/observations/{id}/messages',
        '/api/observations/{id}/phenomenon-suggestions',
        '/api/observations/{id}/similar',
        '/api/observations/{id}/transitions',
        '/api/observations/{id}/triage',
        '/api/observations/{id}/triage/history',
        '/api/openapi.json',
        '/api/staff',
        '/api/digest',
        '/api/digest/preview',
        '/api/rake-channel',
        '/api/admin/deliveries',
        '/api/admin/deliveries/{key}/retry',
        '/api/admin/audit',
        '/api/admin/county',
        '/api/admin/service-areas',
        '/api/admin/service-areas/{id}/supervisors',
        '/api/admin/staff',
        '/api/me/data',
        '/api/phenomena',
        '/api/phenomena/trends',
        '/api/phenomena/{id}',
        '/api/phenomena/{id}/observations/{observationId}',
        '/api/proposals',
        '/api/proposals/{id}',
        '/api/proposals/{id}/transitions',
        '/api/meetings',
        '/api/meetings/{id}',
        '/api/meetings/{id}/agenda',
        '/api/meetings/{id}/minutes',
        '/api/compilations',
        '/api/compilations/{id}',
        '/api/compilations/{id}/enrichments',
        '/api/compilations/{id}/export.csv',
        '/api/compilations/{id}/export.xlsx',
        '/api/enrichments',
        '/api/enrichments/{id}',
        '/api/enrichments/{id}/answers',
        '/api/enrichments/{id}/assignees',
        '/api/enrichments/{id}/close',
        '/api/reports',
        '/api/reports/{id}',
        '/api/reports/{id}/versions',
        '/api/reports/{id}/observations',
        '/api/reports/{id}/document.docx',
        '/api/reports/{id}/page.html',
        '/api/reports/{id}/publish',
        '/api/reports/{id}/publication',
        '/api/indicators',
        '/api/public/observations',
        '/api/public/status/{receipt}',
        '/api/public-submissions',
        '/api/public-submissions/{id}/accept',
        '/api/public-submissions/{id}/discard',
      ].sort(),
    );
  });

  it('generates the request schemas from zod, with this county’s ids and the domain limits', () => {
    const draft = doc.components.schemas.ObservationDraft as {
      properties: Record<string, { enum?: string[]; maxLength?: number }>;
      additionalProperties: boolean;
    };
    expect(draft.additionalProperties).toBe(false);
    expect(draft.properties.municipality?.enum).toContain('kajaani');
    expect(draft.properties.description?.maxLength).toBe(20_000);
  });

  it('states the hardening of issue 9: the key pattern, 415 for bodies, 429 everywhere but health', () => {
    const post = doc.paths['/api/observations']?.post as {
      parameters: { name: string; schema: { pattern?: string } }[];
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    const key = post.parameters.find((p) => p.name === 'Idempotency-Key');
    expect(key?.schema.pattern).toBe('^[A-Za-z0-9._:-]{1,200}$');
    expect(post.responses['415']).toBeDefined();
    expect(post.responses['429']?.headers).toHaveProperty('Retry-After');
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const operation of Object.values(operations)) {
        const codes = Object.keys((operation as { responses: object }).responses);
        expect([path, codes.includes('429')]).toEqual([path, path !== '/api/health']);
      }
    }
    const errorCodes = (
      doc.components.schemas.ErrorBody as {
        properties: { error: { properties: { code: { enum: string[] } } } };
      }
    ).properties.error.properties.code.enum;
    expect(errorCodes).toEqual(
      expect.arrayContaining([
        'unsupported_media_type',
        'rate_limited',
        'host_not_allowed',
        'headers_too_large',
        'request_timeout',
      ]),
    );
  });

  it('resolves every $ref to a component', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const name = ref.replace(/^"\$ref":"#\/components\/schemas\//, '').replace(/"$/, '');
      expect(doc.components.schemas).toHaveProperty(name);
    }
    expect(JSON.stringify(doc.components)).not.toContain('$schema');
  });
});
