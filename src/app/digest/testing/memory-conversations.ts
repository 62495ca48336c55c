import type { ConversationAddress, ConversationDirectory, TeamChannel } from '../../../ports';

/** A ConversationDirectory in memory for digest tests; the first team saved is the RAKE team. */
export function memoryConversations(): ConversationDirectory {
  const users = new Map<string, ConversationAddress>();
  const teams: TeamChannel[] = [];
  let rake: ConversationAddress | null = null;
  return {
    async saveUser(userId, address) {
      users.set(userId, address);
    },
    async user(userId) {
      return users.get(userId) ?? null;
    },
    async saveUserLocale() {},
    async saveTeam(teamId, address) {
      const at = teams.findIndex((t) => t.teamId === teamId);
      if (at >= 0) teams[at] = { teamId, address };
      else teams.push({ teamId, address });
      rake ??= address;
    },
    async rakeChannel() {
      return rake;
    },
    async teamChannels() {
      return [...teams];
    },
    async setRakeChannel(address) {
      rake = address;
    },
    async forgetUser(userId) {
      users.delete(userId);
    },
    async forgetTeam(teamId) {
      const at = teams.findIndex((t) => t.teamId === teamId);
      if (at < 0) return;
      const [gone] = teams.splice(at, 1);
      if (gone !== undefined && rake === gone.address) rake = null;
    },
  };
}

/** A stored team channel reference as the bot would keep it (invented ids). */
export function teamAddress(conversationId: string, name?: string): ConversationAddress {
  return {
    reference: {
      conversation: { id: conversationId, ...(name === undefined ? {} : { name }) },
      serviceUrl: 'https://smba.example.invalid/emea/',
    },
    locale: 'fi-FI',
    updatedAt: '2026-01-15T09:00:00.000Z',
  };
}
