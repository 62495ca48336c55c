import type { CountyConfig } from '../../../domain/county/county-config';
import * as admin from './admin-schemas';
import * as audit from './audit-schemas';
import * as common from './common-schemas';
import { createFollowUpSchemas } from './follow-up-schemas';
import {
  createPublicFormRequestSchemas,
  PublicStatus,
  PublicSubmissionQueue,
  PublicSubmissionView,
  PublicSubmitted,
} from './public-form-schemas';
import * as notifications from './notification-schemas';
import { createRequestSchemas } from './request-schemas';
import * as responses from './response-schemas';
import * as suggestions from './suggestion-schemas';
import * as reports from './report-schemas';
import * as workspace from './workspace-schemas';

/**
 * The API's bodies as zod schemas: the OpenAPI document is generated from them, and the
 * integration tests check every answer against them, so the document cannot drift from
 * what the server sends.
 */
export function createApiSchemas(county: CountyConfig) {
  const { instant: _instant, ...shared } = common;
  return {
    ...shared,
    ...createRequestSchemas(county),
    ...responses,
    ...notifications,
    ...workspace,
    ...suggestions,
    ...reports,
    ...audit,
    ...createFollowUpSchemas(county),
    ...admin,
    ...createPublicFormRequestSchemas(county),
    PublicSubmitted,
    PublicStatus,
    PublicSubmissionView,
    PublicSubmissionQueue,
  };
}

export type ApiSchemas = ReturnType<typeof createApiSchemas>;
export type ApiSchemaName = keyof ApiSchemas;
