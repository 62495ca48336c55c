import { body, etagHeader, idParam, ok, stored } from './openapi-paths';

const ifMatch = { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } };

/** Issue 13: the admin's county settings, supervisors per service area and staff. */
export function adminPaths(): Record<string, unknown> {
  return {
    '/api/admin/county': {
      get: {
        summary: 'The county settings in force, with their version (admin)',
        description:
          'The preset and the environment (RAKE_COUNTY, RAKE_COUNTY_OVERRIDES, RAKE_*_DAYS) ' +
          'with what the admin saved laid over them.',
        responses: {
          200: ok('Settings', 'CountySettingsDocument', etagHeader),
          ...stored(401, 403, 404),
        },
      },
      put: {
        summary: 'Save the county settings whole (admin; If-Match required)',
        description:
          'Used at once by this instance and by the others within 30 seconds. New list ids ' +
          'are welcome; an entry is retired, never deleted (422 retire_instead).',
        parameters: [ifMatch],
        requestBody: body('CountySettings'),
        responses: {
          200: ok('Saved', 'CountySettingsDocument', etagHeader),
          ...stored(400, 401, 403, 404, 412, 415, 422, 428),
        },
      },
    },
    '/api/admin/service-areas': {
      get: {
        summary: 'Every service area with its supervisors and Entra groups (admin)',
        responses: {
          200: ok('Service areas', 'ServiceAreaSupervisionList'),
          ...stored(401, 403),
        },
      },
    },
    '/api/admin/service-areas/{id}/supervisors': {
      put: {
        summary: 'Set the supervisors of a service area (admin)',
        description:
          'Exactly these staff members supervise the area (they get the supervisor role); ' +
          'the others assigned to it lose it. The next filing in the area reaches them. ' +
          'From then on RAKE_SUPERVISOR_AREAS no longer applies to the area. Members of the ' +
          'given Entra groups supervise it from their next sign-in, for as long as they are ' +
          'members. 422 for an unknown staff id.',
        parameters: [idParam],
        requestBody: body('AreaSupervisorsChoice'),
        responses: {
          200: ok('Saved', 'ServiceAreaSupervision'),
          ...stored(400, 401, 403, 404, 415, 422),
        },
      },
    },
    '/api/admin/staff': {
      post: {
        summary: 'Add a person to the staff directory before their first sign-in (admin)',
        description:
          '`id` is their Entra object id, so that their first sign-in finds the areas ' +
          'assigned to them. 201 when added; 200 with the member already there.',
        requestBody: body('NewStaffMember'),
        responses: {
          201: ok('Added', 'StaffMember'),
          200: ok('Already in the directory', 'StaffMember'),
          ...stored(400, 401, 403, 415, 422),
        },
      },
    },
  };
}
