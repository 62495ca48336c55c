import type Database from 'better-sqlite3';
import type {
  ConversationAddress,
  ConversationDirectory,
  TeamChannel,
} from '../../ports/conversation-directory';

type AddressRow = { reference: string | null; locale: string | null; updated_at: string | null };

const toAddress = (row: AddressRow | undefined): ConversationAddress | null =>
  row === undefined || row.reference === null || row.updated_at === null
    ? null
    : {
        reference: JSON.parse(row.reference) as Record<string, unknown>,
        locale: row.locale,
        updatedAt: row.updated_at,
      };

/**
 * Where the bot reaches people, on the shared connection. A user's row outlives their
 * conversation (forgetUser clears only the reference) so that the language the tab reported
 * is still known when they install the app again.
 */
export function createSqliteConversationDirectory(db: Database.Database): ConversationDirectory {
  const sql = {
    saveUser: db.prepare(
      `INSERT INTO conversation_users (user_id, reference, locale, updated_at)
       VALUES (@id, @reference, @locale, @updatedAt)
       ON CONFLICT (user_id) DO UPDATE SET reference = excluded.reference,
         locale = COALESCE(excluded.locale, locale), updated_at = excluded.updated_at`,
    ),
    user: db.prepare<[string], AddressRow>(
      'SELECT reference, locale, updated_at FROM conversation_users WHERE user_id = ?',
    ),
    saveLocale: db.prepare(
      `INSERT INTO conversation_users (user_id, locale) VALUES (@id, @locale)
       ON CONFLICT (user_id) DO UPDATE SET locale = excluded.locale`,
    ),
    forgetUser: db.prepare(
      'UPDATE conversation_users SET reference = NULL, updated_at = NULL WHERE user_id = ?',
    ),
    // An update keeps the team's place (seq) in the order of installation.
    saveTeam: db.prepare(
      `INSERT INTO conversation_teams (team_id, reference, locale, updated_at)
       VALUES (@id, @reference, @locale, @updatedAt)
       ON CONFLICT (team_id) DO UPDATE SET reference = excluded.reference,
         locale = excluded.locale, updated_at = excluded.updated_at`,
    ),
    teams: db.prepare<[], AddressRow & { team_id: string }>(
      'SELECT team_id, reference, locale, updated_at FROM conversation_teams ORDER BY seq',
    ),
    // The first team becomes the RAKE team; a later save of that team refreshes its channel,
    // unless the coordinator has picked one.
    offerChannel: db.prepare(
      `INSERT INTO rake_channel (id, team_id, chosen, reference, locale, updated_at)
       VALUES (1, @id, 0, @reference, @locale, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET reference = excluded.reference,
         locale = excluded.locale, updated_at = excluded.updated_at
       WHERE rake_channel.chosen = 0 AND rake_channel.team_id = excluded.team_id`,
    ),
    // The coordinator picks a channel of the RAKE team: the team stays the same.
    chooseChannel: db.prepare(
      `INSERT INTO rake_channel (id, team_id, chosen, reference, locale, updated_at)
       VALUES (1, NULL, 1, @reference, @locale, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET chosen = 1, reference = excluded.reference,
         locale = excluded.locale, updated_at = excluded.updated_at`,
    ),
    rakeChannel: db.prepare<[], AddressRow>(
      'SELECT reference, locale, updated_at FROM rake_channel WHERE id = 1',
    ),
    forgetTeam: db.prepare('DELETE FROM conversation_teams WHERE team_id = ?'),
    forgetChannelOf: db.prepare('DELETE FROM rake_channel WHERE team_id = ?'),
  };
  const params = (id: string, address: ConversationAddress) => ({
    id,
    reference: JSON.stringify(address.reference),
    locale: address.locale,
    updatedAt: address.updatedAt,
  });
  const saveTeam = db.transaction((teamId: string, address: ConversationAddress) => {
    sql.saveTeam.run(params(teamId, address));
    sql.offerChannel.run(params(teamId, address));
  });
  const forgetTeam = db.transaction((teamId: string) => {
    sql.forgetTeam.run(teamId);
    sql.forgetChannelOf.run(teamId);
  });

  return {
    async saveUser(userId, address) {
      sql.saveUser.run(params(userId, address));
    },
    async user(userId) {
      return toAddress(sql.user.get(userId));
    },
    async saveUserLocale(userId, locale) {
      sql.saveLocale.run({ id: userId, locale });
    },
    async saveTeam(teamId, address) {
      saveTeam.immediate(teamId, address);
    },
    async rakeChannel() {
      return toAddress(sql.rakeChannel.get());
    },
    async teamChannels() {
      return sql.teams.all().flatMap((row): TeamChannel[] => {
        const address = toAddress(row);
        return address === null ? [] : [{ teamId: row.team_id, address }];
      });
    },
    async setRakeChannel(address) {
      const { reference, locale, updatedAt } = params('', address);
      sql.chooseChannel.run({ reference, locale, updatedAt });
    },
    async forgetUser(userId) {
      sql.forgetUser.run(userId);
    },
    async forgetTeam(teamId) {
      forgetTeam.immediate(teamId);
    },
  };
}
