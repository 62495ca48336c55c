import { validateTransitionRequest } from './validate-transition-request';

describe('validateTransitionRequest', () => {
  it('accepts the minimal body and fills the absent fields with null', () => {
    expect(validateTransitionRequest({ to: 'in_review' })).toEqual({
      ok: true,
      value: { to: 'in_review', feedback: null, returnReason: null },
    });
  });

  it('accepts feedback and a return reason, keeping the text as typed', () => {
    const feedback = '  Kuuluu HaiPro-ilmoitukseksi.  ';
    expect(
      validateTransitionRequest({ to: 'returned', feedback, returnReason: 'spro_haipro' }),
    ).toEqual({ ok: true, value: { to: 'returned', feedback, returnReason: 'spro_haipro' } });
  });

  it('accepts explicit nulls', () => {
    expect(validateTransitionRequest({ to: 'closed', feedback: null, returnReason: null })).toEqual(
      {
        ok: true,
        value: { to: 'closed', feedback: null, returnReason: null },
      },
    );
  });

  it('requires `to` and knows only the statuses', () => {
    expect(validateTransitionRequest({})).toEqual({
      ok: false,
      error: [{ field: 'to', code: 'required' }],
    });
    expect(validateTransitionRequest({ to: 'archived' })).toEqual({
      ok: false,
      error: [{ field: 'to', code: 'unknown_choice' }],
    });
  });

  it('refuses feedback with half a character (a lone surrogate)', () => {
    expect(validateTransitionRequest({ to: 'closed', feedback: 'Kiitos \uDC00' })).toEqual({
      ok: false,
      error: [{ field: 'feedback', code: 'invalid_characters' }],
    });
  });

  it('limits feedback to 5000 characters', () => {
    expect(validateTransitionRequest({ to: 'closed', feedback: 'x'.repeat(5000) }).ok).toBe(true);
    expect(validateTransitionRequest({ to: 'closed', feedback: 'x'.repeat(5001) })).toEqual({
      ok: false,
      error: [{ field: 'feedback', code: 'too_long', limit: 5000 }],
    });
  });

  it('reports wrong types and unknown return reasons', () => {
    const result = validateTransitionRequest({ to: 3, feedback: 12, returnReason: 'lazy' });
    expect(result).toEqual({
      ok: false,
      error: [
        { field: 'to', code: 'unknown_choice' },
        { field: 'feedback', code: 'invalid_type' },
        { field: 'returnReason', code: 'unknown_choice' },
      ],
    });
  });

  it('refuses unknown fields, each by name', () => {
    expect(
      validateTransitionRequest({ to: 'closed', feedback: 'ok', status: 'x', by: 'me' }),
    ).toEqual({
      ok: false,
      error: [
        { field: 'status', code: 'unknown_field' },
        { field: 'by', code: 'unknown_field' },
      ],
    });
  });

  it.each([null, 'closed', 42, ['closed']])('refuses a body that is not an object: %p', (body) => {
    expect(validateTransitionRequest(body)).toEqual({
      ok: false,
      error: [{ field: 'body', code: 'invalid_type' }],
    });
  });
});
