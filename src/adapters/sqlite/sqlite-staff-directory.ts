import type Database from 'better-sqlite3';
import {
  supervisedAreas,
  type StaffDirectory,
  type StaffMember,
} from '../../ports/staff-directory';
import { toStaffMember, toStaffRow, type StaffRow } from './mapper';

const byFinnishName = new Intl.Collator('fi').compare;
const sortByName = (members: readonly StaffMember[]): StaffMember[] =>
  [...members].sort((a, b) => byFinnishName(a.name, b.name) || (a.id < b.id ? -1 : 1));

/** The whole staff table as read once: a county's staff are hundreds of rows. */
type Snapshot = {
  /** `PRAGMA data_version` when read: it changes when another connection commits. */
  readonly version: number;
  readonly byName: readonly StaffMember[];
  readonly byId: ReadonlyMap<string, StaffMember>;
  readonly supervisorsByArea: ReadonlyMap<string, readonly StaffMember[]>;
};

/**
 * The staff directory in the `staff` table; roles and service areas are JSON lists.
 *
 * Reads come from an in-memory copy of the table, because every filing asks who supervises
 * its service area and every signed-in request may look its user up (a `json_each` scan per
 * filing otherwise). The copy is dropped when this directory writes, and read again when
 * `PRAGMA data_version` says another connection (another process on the same file) has
 * committed since. The pragma is asked once per turn of the event loop (it takes a read lock,
 * some microseconds): a read sees what others committed before the turn began.
 */
export function createSqliteStaffDirectory(db: Database.Database): StaffDirectory {
  const sql = {
    all: db.prepare<[], StaffRow>('SELECT * FROM staff'),
    dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
    upsert: db.prepare(
      `INSERT INTO staff (id, name, email, title, roles, service_areas, group_service_areas)
       VALUES (@id, @name, @email, @title, @roles, @service_areas, @group_service_areas)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email,
         title = excluded.title, roles = excluded.roles, service_areas = excluded.service_areas,
         group_service_areas = excluded.group_service_areas`,
    ),
  };
  const upsertAll = db.transaction((members: readonly StaffMember[]) => {
    for (const member of members) sql.upsert.run(toStaffRow(member));
  });

  let snapshot: Snapshot | null = null;
  let checkedThisTurn = false;
  const endTurn = (): void => {
    checkedThisTurn = false;
  };
  const read = (version: number): Snapshot => {
    const byName = sortByName(sql.all.all().map(toStaffMember));
    const supervisorsByArea = new Map<string, StaffMember[]>();
    for (const member of byName) {
      if (!member.roles.includes('supervisor')) continue;
      for (const area of supervisedAreas(member)) {
        const list = supervisorsByArea.get(area) ?? [];
        list.push(member);
        supervisorsByArea.set(area, list);
      }
    }
    return { version, byName, byId: new Map(byName.map((m) => [m.id, m])), supervisorsByArea };
  };
  const current = (): Snapshot => {
    if (snapshot !== null && checkedThisTurn) return snapshot;
    const version = sql.dataVersion.get() as number;
    if (snapshot === null || snapshot.version !== version) snapshot = read(version);
    if (!checkedThisTurn) {
      checkedThisTurn = true;
      setImmediate(endTurn);
    }
    return snapshot;
  };

  return {
    async list() {
      return [...current().byName];
    },
    async get(id) {
      return current().byId.get(id) ?? null;
    },
    async supervisorsOf(serviceArea) {
      return [...(current().supervisorsByArea.get(serviceArea) ?? [])];
    },
    async upsert(members) {
      try {
        upsertAll.immediate(members);
      } finally {
        snapshot = null;
      }
    },
  };
}
