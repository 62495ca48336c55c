import type Database from 'better-sqlite3';
import type { StaffDirectory, StaffMember } from '../../ports/staff-directory';
import { toStaffMember, toStaffRow, type StaffRow } from './mapper';

const byFinnishName = new Intl.Collator('fi').compare;
const sortByName = (rows: readonly StaffRow[]): StaffMember[] =>
  rows.map(toStaffMember).sort((a, b) => byFinnishName(a.name, b.name) || (a.id < b.id ? -1 : 1));

/** The staff directory in the `staff` table; roles and service areas are JSON lists. */
export function createSqliteStaffDirectory(db: Database.Database): StaffDirectory {
  const sql = {
    all: db.prepare<[], StaffRow>('SELECT * FROM staff'),
    byId: db.prepare<[string], StaffRow>('SELECT * FROM staff WHERE id = ?'),
    supervisorsOf: db.prepare<[string], StaffRow>(
      `SELECT * FROM staff
       WHERE EXISTS (SELECT 1 FROM json_each(staff.roles) WHERE value = 'supervisor')
         AND EXISTS (SELECT 1 FROM json_each(staff.service_areas) WHERE value = ?)`,
    ),
    upsert: db.prepare(
      `INSERT INTO staff (id, name, email, title, roles, service_areas)
       VALUES (@id, @name, @email, @title, @roles, @service_areas)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email,
         title = excluded.title, roles = excluded.roles, service_areas = excluded.service_areas`,
    ),
  };
  const upsertAll = db.transaction((members: readonly StaffMember[]) => {
    for (const member of members) sql.upsert.run(toStaffRow(member));
  });

  return {
    async list() {
      return sortByName(sql.all.all());
    },
    async get(id) {
      const row = sql.byId.get(id);
      return row === undefined ? null : toStaffMember(row);
    },
    async supervisorsOf(serviceArea) {
      return sortByName(sql.supervisorsOf.all(serviceArea));
    },
    async upsert(members) {
      upsertAll.immediate(members);
    },
  };
}
