import { messageNotifications } from './message-notifications';
import type { ObservationMessage } from './observation-message';
import { validateMessage } from './validate-message';

const observation = {
  id: 'obs-1',
  description: 'Vuokrat nousevat.',
  reporterId: 'u-reporter',
  coReporterIds: ['u-colleague'],
};
const message = (overrides: Partial<ObservationMessage>): ObservationMessage => ({
  id: 'm-1',
  observationId: 'obs-1',
  authorId: 'u-reporter',
  authorName: 'Raili Raportoija',
  side: 'reporter',
  text: 'Koskee myös Kuhmoa.',
  at: '2026-03-10T08:00:00.000Z',
  ...overrides,
});
const recipients = (notes: ReturnType<typeof messageNotifications>) =>
  notes.map((n) => (n.recipient.kind === 'user' ? n.recipient.userId : 'channel'));

describe('messageNotifications', () => {
  it('tells the handlers of a reporter’s message, and handlers who wrote in the thread', () => {
    const earlier = message({ id: 'm-0', authorId: 'u-rake', side: 'handler' });
    const notes = messageNotifications(
      observation,
      message({ authorId: 'u-colleague' }),
      [{ id: 'u-supervisor' }],
      [earlier],
    );
    expect(recipients(notes)).toEqual(['u-supervisor', 'u-rake']);
    expect(notes[0]).toMatchObject({
      key: 'observation_message:m-1:u-supervisor',
      kind: 'observation_message',
      data: { audience: 'handler', text: 'Koskee myös Kuhmoa.', excerpt: 'Vuokrat nousevat.' },
    });
  });

  it('tells the reporters of a handler’s message (not its author), linking their own view', () => {
    const notes = messageNotifications(
      observation,
      message({ authorId: 'u-supervisor', side: 'handler' }),
      [{ id: 'u-supervisor' }],
      [],
    );
    expect(recipients(notes)).toEqual(['u-reporter', 'u-colleague']);
    expect(
      notes.every((n) => n.kind === 'observation_message' && n.data.audience === 'reporter'),
    ).toBe(true);
  });

  it('tells no resident of the public form, only the other handlers who wrote', () => {
    const earlier = message({ id: 'm-0', authorId: 'u-rake', side: 'handler' });
    const notes = messageNotifications(
      { ...observation, reporterId: 'public:sub-1', coReporterIds: [] },
      message({ authorId: 'u-coordinator', side: 'handler' }),
      [{ id: 'u-coordinator' }],
      [earlier],
    );
    expect(recipients(notes)).toEqual(['u-rake']);
  });
});

describe('validateMessage', () => {
  it('keeps the text as typed, within 2,000 characters, something visible', () => {
    expect(validateMessage({ text: ' Hei ' })).toEqual({ ok: true, value: { text: ' Hei ' } });
    expect(validateMessage({ text: '\u200B ' })).toEqual({
      ok: false,
      error: [{ field: 'text', code: 'required' }],
    });
    expect(validateMessage({ text: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      error: [{ field: 'text', code: 'too_long', limit: 2000 }],
    });
    expect(validateMessage({ text: 'Hei', to: 'x' }).ok).toBe(false);
  });
});
