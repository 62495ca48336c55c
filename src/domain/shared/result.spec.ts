import { err, ok } from './result';

describe('Result', () => {
  it('wraps a value as ok and an error as not ok', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err('forbidden')).toEqual({ ok: false, error: 'forbidden' });
  });
});
