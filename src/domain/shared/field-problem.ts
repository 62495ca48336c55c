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
    | 'out_of_range';
  /** The bound for too_long / too_short / out_of_range. */
  readonly limit?: number;
};
