/** A field-level problem with input; the edge turns the code into the user's language. */
export type FieldProblem = {
  readonly field: string;
  readonly code:
    | 'required'
    | 'too_long'
    | 'too_short'
    | 'unknown_choice'
    | 'invalid_type'
    | 'unknown_field'
    | 'out_of_range'
    /** Half a character (a lone surrogate): what was sent is not text. */
    | 'invalid_characters'
    /** The county does not use this field (e.g. naming a supervisor where areas route). */
    | 'not_allowed'
    /** Characters outside what the field accepts (e.g. an Idempotency-Key with spaces). */
    | 'invalid_format'
    /** Not a day of the calendar (31 April, or text where a date belongs). */
    | 'invalid_date'
    /** Not the words of the observation it names: a quotation must be quoted, not rewritten. */
    | 'not_quoted'
    /** A county list entry cannot be deleted (observations may name it): retire it instead. */
    | 'retire_instead'
    /** The same id (or month) twice in one list. */
    | 'duplicate'
    /** A county list entry the admin retired: no longer offered for new observations. */
    | 'retired';
  /** The bound for too_long / too_short / out_of_range. */
  readonly limit?: number;
};
